// Node adapter: finds the team file for a document on disk. The engine and the LSP wiring only see its text.
import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEAM_CONFIG_FILE } from '../../schemas/teamConfig';
import { readRegularFile } from './fileReading';

/** A team file is a few hundred bytes; one larger than this is not read. */
const MAX_TEAM_CONFIG_BYTES = 1024 * 1024;

export interface TeamConfigText {
  uri: string;
  text: string;
  /**
   * Why the file could not be read (a folder, a FIFO or a device of that name, no permission, too large): `text`
   * is then `{}`, so the defaults apply, and the caller reports this.
   */
  problem?: string;
}

/**
 * The nearest .postmortemrc.json in the folder of `path` or above it, or undefined. Only a regular file is read
 * (a FIFO or /dev/zero of that name would never end); anything else of that name is the team file that could not
 * be read, reported through `problem`, and the defaults apply.
 */
export function nearestTeamConfig(path: string): TeamConfigText | undefined {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const candidate = join(dir, TEAM_CONFIG_FILE);
    if (lstatSync(candidate, { throwIfNoEntry: false })) {
      const uri = pathToFileURL(candidate).href;
      // Decoded as UTF-8 without its byte order mark.
      const read = readRegularFile(candidate, MAX_TEAM_CONFIG_BYTES);
      if (read.problem === undefined) return { uri, text: read.text };
      return { uri, text: '{}', problem: `${candidate}: could not read: ${read.problem}; using the defaults.` };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** For the language server: file: documents only (an untitled document has no folder). */
export async function teamConfigForDocument(documentUri: string): Promise<TeamConfigText | undefined> {
  if (!documentUri.startsWith('file:')) return undefined;
  return nearestTeamConfig(fileURLToPath(documentUri));
}

/**
 * A cheap fingerprint of the team file that applies to a document: the nearest one's path, modification time, size
 * and inode, or '' when there is none. A few lstat calls; for clients that cannot watch files, so that a change on
 * disk is seen on the next check of a document.
 */
export function teamConfigStamp(documentUri: string): string {
  if (!documentUri.startsWith('file:')) return '';
  let path: string;
  try {
    path = fileURLToPath(documentUri);
  } catch {
    return '';
  }
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const candidate = join(dir, TEAM_CONFIG_FILE);
    const stat = lstatSync(candidate, { throwIfNoEntry: false, bigint: true });
    if (stat) return `${candidate}:${stat.mtimeNs}:${stat.size}:${stat.ino}`;
    if (dirname(dir) === dir) return '';
  }
}
