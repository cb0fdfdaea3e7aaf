import type { Connection } from 'vscode-languageserver';
import { fileTextRequest, teamConfigRequest, workspaceFilesRequest } from '../../../schemas/requests';
import type { TeamConfigReader } from './settingsStore';
import type { WorkspaceFile, WorkspaceFiles } from './workspace';

/**
 * Files read by the client for a server that cannot read any (the web worker). A client that does not know
 * these requests (any editor but ours) answers with an error: then there is no team file and no other file.
 */
export function teamConfigFromClient(connection: Connection): TeamConfigReader {
  return async (documentUri) => {
    const answer = teamConfigRequest.result.safeParse(await connection.sendRequest(teamConfigRequest.method, { uri: documentUri }).catch(() => null));
    return (answer.success && answer.data) || undefined;
  };
}

export function workspaceFilesFromClient(connection: Connection): WorkspaceFiles {
  let listed: Promise<WorkspaceFile[]> | undefined;
  const list = async (): Promise<WorkspaceFile[]> => {
    const answer = workspaceFilesRequest.result.safeParse(await connection.sendRequest(workspaceFilesRequest.method, {}).catch(() => []));
    return (answer.success ? answer.data : []).map(({ uri, name }) => {
      let text: Promise<string> | undefined;
      return { uri, name, text: () => (text ??= fileText(connection, uri)) };
    });
  };
  return {
    // The client knows its folders.
    setFolders: () => undefined,
    list: () => (listed ??= list()),
    invalidate: () => (listed = undefined),
  };
}

async function fileText(connection: Connection, uri: string): Promise<string> {
  const answer = fileTextRequest.result.safeParse(await connection.sendRequest(fileTextRequest.method, { uri }).catch(() => null));
  return (answer.success && answer.data) || '';
}
