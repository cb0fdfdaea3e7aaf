// Node adapter: the Markdown files of the workspace folders, for links between post-mortems and for the names
// used in other post-mortems. Read lazily, cached until the client reports a file change. Only regular files are
// listed and read (a FIFO or device named *.md is skipped), each up to the size the server analyses (5 MB; a
// larger or unreadable file reads as empty, which is no post-mortem), and a file's head can be read alone, so
// deciding that a large Markdown file is not a post-mortem does not read all of it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { DETECTION_HEAD_CHARS, headOf } from './engine/detect';
import { decodeUtf8, MAX_DOCUMENT_BYTES, readRegularFile, readRegularPrefix } from './fileReading';
import type { WorkspaceFile, WorkspaceFiles } from './lsp/workspace';

const LIMIT = 5000;
/** Bytes enough for DETECTION_HEAD_CHARS characters whatever their UTF-8 length (at most 4 bytes each). */
const HEAD_BYTES = DETECTION_HEAD_CHARS * 4;

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

/** The text of a workspace file: empty when it is not a regular file, cannot be read or is over the size limit. */
export function workspaceFileText(path: string): string {
  return readRegularFile(path, MAX_DOCUMENT_BYTES).text ?? '';
}

/** The head the engine decides "post-mortem or not" from (`headOf`): at most HEAD_BYTES of the file are read. */
export function workspaceFileHead(path: string): string {
  const read = readRegularPrefix(path, HEAD_BYTES);
  if (!read.bytes) return '';
  if (read.bytes.length < HEAD_BYTES) return decodeUtf8(read.bytes);
  // Cut before the last (possibly partial) line, so no character is split.
  const text = decodeUtf8(read.bytes);
  const cut = text.lastIndexOf('\n');
  return headOf(cut > 0 ? text.slice(0, cut + 1) : text);
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
      let head: string | undefined;
      found.push({
        uri: pathToFileURL(path).href,
        name: entry.name,
        text: async () => (text ??= workspaceFileText(path)),
        head: async () => (head ??= text !== undefined ? headOf(text) : workspaceFileHead(path)),
      });
    }
  }
  return found;
}
