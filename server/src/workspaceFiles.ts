// Node adapter: the Markdown files of the workspace folders, for links between post-mortems and for the names
// used in other post-mortems. Read lazily, cached until the client reports a file change.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { WorkspaceFile, WorkspaceFiles } from './lsp/workspace';

const LIMIT = 5000;

export function createWorkspaceFiles(): WorkspaceFiles {
  let folders: string[] = [];
  let cached: WorkspaceFile[] | undefined;
  return {
    setFolders(uris) {
      folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
      cached = undefined;
    },
    async list() {
      cached ??= folders.flatMap((folder) => markdownFiles(folder, [])).slice(0, LIMIT);
      return cached;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

function markdownFiles(dir: string, found: WorkspaceFile[]): WorkspaceFile[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (found.length >= LIMIT) break;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(path, found);
    else if (/\.(md|markdown)$/i.test(entry.name) && statSync(path, { throwIfNoEntry: false })?.isFile()) {
      let text: string | undefined;
      found.push({ uri: pathToFileURL(path).href, name: entry.name, text: async () => (text ??= readFileSync(path, 'utf8')) });
    }
  }
  return found;
}
