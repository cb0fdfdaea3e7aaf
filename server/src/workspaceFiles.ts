// Node adapter: the Markdown files of the workspace folders, for links between post-mortems and for the names
// used in other post-mortems. Listed once; the scan asks again for a file the client reports created or changed.
// Only regular files are listed and read (a FIFO or device named *.md is skipped); a file beyond the size the server
// analyses (5 MB) is marked and never read; and a file's head can be read alone, so deciding that a large Markdown
// file is not a post-mortem does not read all of it. Nothing read is kept: the scan keeps only names.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { DETECTION_HEAD_CHARS, headOf } from './engine/detect';
import { decodeUtf8, MAX_DOCUMENT_BYTES, readRegularFile, readRegularPrefix } from './fileReading';
import type { FileHead, WorkspaceFile, WorkspaceFiles } from './lsp/workspace';

const LIMIT = 5000;
/** Bytes enough for DETECTION_HEAD_CHARS characters whatever their UTF-8 length (at most 4 bytes each). */
const HEAD_BYTES = DETECTION_HEAD_CHARS * 4;
const MARKDOWN = /\.(md|markdown)$/i;

export function createWorkspaceFiles(): WorkspaceFiles {
  let folders: string[] = [];
  return {
    setFolders(uris) {
      folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    },
    async list() {
      return folders.flatMap((folder) => markdownFiles(folder, [])).slice(0, LIMIT);
    },
    async file(uri) {
      if (!uri.startsWith('file:')) return undefined;
      const path = fileURLToPath(uri);
      // Inside a folder, and in no folder the listing leaves out (hidden, node_modules).
      const inside = folders.map((folder) => relative(folder, path)).find((rel) => rel !== '' && !rel.startsWith('..'));
      if (inside === undefined || inside.split(sep).some(isSkipped) || !MARKDOWN.test(path)) return undefined;
      const stats = statSync(path, { throwIfNoEntry: false });
      return stats?.isFile() ? workspaceFile(path, basename(path), stats.size) : undefined;
    },
  };
}

/** The text of a workspace file: empty when it is not a regular file, cannot be read or is over the size limit. */
export function workspaceFileText(path: string): string {
  return readRegularFile(path, MAX_DOCUMENT_BYTES).text ?? '';
}

/** The head the engine decides "post-mortem or not" from (`headOf`): at most HEAD_BYTES of the file are read. */
export function workspaceFileHead(path: string): FileHead {
  const read = readRegularPrefix(path, HEAD_BYTES);
  if (!read.bytes) return { text: '', whole: true };
  const complete = read.bytes.length < HEAD_BYTES;
  // A prefix is cut before its last (possibly partial) line, so no character is split.
  const decoded = decodeUtf8(complete ? read.bytes : read.bytes.subarray(0, read.bytes.lastIndexOf(0x0a) + 1 || read.bytes.length));
  const text = headOf(decoded);
  return { text, whole: complete && text.length === decoded.length };
}

function workspaceFile(path: string, name: string, bytes: number): WorkspaceFile {
  return {
    uri: pathToFileURL(path).href,
    name,
    tooLarge: bytes > MAX_DOCUMENT_BYTES,
    text: async () => workspaceFileText(path),
    head: async () => workspaceFileHead(path),
  };
}

function isSkipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
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
    if (isSkipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(path, found);
    else if (MARKDOWN.test(entry.name)) {
      const stats = statSync(path, { throwIfNoEntry: false });
      if (stats?.isFile()) found.push(workspaceFile(path, entry.name, stats.size));
    }
  }
  return found;
}
