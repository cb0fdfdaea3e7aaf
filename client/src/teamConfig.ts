import * as vscode from 'vscode';
import { teamConfigRequest } from '../../schemas/requests';
import { TEAM_CONFIG_FILE } from '../../schemas/teamConfig';

/**
 * Answers `postmortem/teamConfig` for a server that cannot read files (the web worker): the nearest team file in
 * the document's folder or above, up to its workspace folder (the Node server looks up to the file system's root,
 * which a browser cannot see), read through the workspace file system.
 */
export async function answerTeamConfig(raw: unknown, asUri: (uri: string) => vscode.Uri): Promise<{ uri: string; text: string } | null> {
  const params = teamConfigRequest.params.safeParse(raw);
  if (!params.success) return null;
  const document = asUri(params.data.uri);
  const folder = vscode.workspace.getWorkspaceFolder(document);
  if (!folder) return null;
  const top = withoutTrailingSlash(folder.uri.path);
  for (let dir = vscode.Uri.joinPath(document, '..'); ; dir = vscode.Uri.joinPath(dir, '..')) {
    const candidate = vscode.Uri.joinPath(dir, TEAM_CONFIG_FILE);
    try {
      return { uri: candidate.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(candidate)) };
    } catch {
      // None in this folder: look one up, up to the workspace folder.
    }
    if (withoutTrailingSlash(dir.path) === top || vscode.Uri.joinPath(dir, '..').path === dir.path) return null;
  }
}

function withoutTrailingSlash(path: string): string {
  return path.replace(/\/$/, '');
}
