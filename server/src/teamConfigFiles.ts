// Node adapter: finds the team file for a document on disk. The engine and the LSP wiring only see its text.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEAM_CONFIG_FILE } from '../../schemas/teamConfig';

export interface TeamConfigText {
  uri: string;
  text: string;
}

/** The nearest .postmortemrc.json in the folder of `path` or above it, or undefined. */
export function nearestTeamConfig(path: string): TeamConfigText | undefined {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const candidate = join(dir, TEAM_CONFIG_FILE);
    if (existsSync(candidate)) {
      try {
        return { uri: pathToFileURL(candidate).href, text: readFileSync(candidate, 'utf8') };
      } catch {
        return undefined;
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** For the language server: file: documents only (an untitled document has no folder). */
export async function teamConfigForDocument(documentUri: string): Promise<TeamConfigText | undefined> {
  if (!documentUri.startsWith('file:')) return undefined;
  return nearestTeamConfig(fileURLToPath(documentUri));
}
