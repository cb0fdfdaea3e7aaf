import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { fileTextRequest, teamConfigRequest, workspaceFilesRequest } from '../../schemas/requests';
import { TEAM_CONFIG_FILE } from '../../schemas/teamConfigFile';

/**
 * Reads files for a server that cannot (the web worker; the Node server reads them itself and never asks): the
 * team file, the workspace's Markdown files and their text, through the workspace file system, and nothing
 * outside the workspace folders.
 */
export function answerFileRequests(client: BaseLanguageClient): void {
  const asUri = (uri: string) => client.protocol2CodeConverter.asUri(uri);
  client.onRequest(teamConfigRequest.method, (raw) => {
    const params = teamConfigRequest.params.safeParse(raw);
    return params.success ? nearestTeamConfig(asUri(params.data.uri)) : null;
  });
  client.onRequest(workspaceFilesRequest.method, async () => {
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', 5000);
    return files.map((uri) => ({ uri: client.code2ProtocolConverter.asUri(uri), name: uri.path.split('/').pop() ?? '' }));
  });
  client.onRequest(fileTextRequest.method, async (raw) => {
    const params = fileTextRequest.params.safeParse(raw);
    const uri = params.success ? asUri(params.data.uri) : undefined;
    return uri && vscode.workspace.getWorkspaceFolder(uri) ? readText(uri) : null;
  });
}

/**
 * The nearest team file in the document's folder or above, up to its workspace folder (the Node server looks up
 * to the file system's root, which a browser cannot see).
 */
async function nearestTeamConfig(document: vscode.Uri): Promise<{ uri: string; text: string } | null> {
  const folder = vscode.workspace.getWorkspaceFolder(document);
  if (!folder) return null;
  const top = withoutTrailingSlash(folder.uri.path);
  for (let dir = vscode.Uri.joinPath(document, '..'); ; dir = vscode.Uri.joinPath(dir, '..')) {
    const candidate = vscode.Uri.joinPath(dir, TEAM_CONFIG_FILE);
    const text = await readText(candidate, MAX_TEAM_CONFIG_BYTES);
    if (text !== null) return { uri: candidate.toString(), text };
    if (withoutTrailingSlash(dir.path) === top || vscode.Uri.joinPath(dir, '..').path === dir.path) return null;
  }
}

/** The limits of the Node server's reads (server/src/fileReading.ts, teamConfigFiles.ts): a document, the team file. */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const MAX_TEAM_CONFIG_BYTES = 1024 * 1024;

/** A regular file's text up to `maxBytes`, else null (a folder, a device, too large, unreadable). */
async function readText(uri: vscode.Uri, maxBytes = MAX_DOCUMENT_BYTES): Promise<string | null> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type !== vscode.FileType.File && stat.type !== (vscode.FileType.File | vscode.FileType.SymbolicLink)) return null;
    if (stat.size > maxBytes) return null;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

function withoutTrailingSlash(path: string): string {
  return path.replace(/\/$/, '');
}
