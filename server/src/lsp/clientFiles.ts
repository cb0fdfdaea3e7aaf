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
  // Read whole when asked (the client cannot send a part), and not kept: the scan keeps only names.
  const file = (uri: string, name: string): WorkspaceFile => ({ uri, name, text: () => fileText(connection, uri) });
  return {
    // The client knows its folders.
    setFolders: () => undefined,
    list: async () => {
      const answer = workspaceFilesRequest.result.safeParse(await connection.sendRequest(workspaceFilesRequest.method, {}).catch(() => []));
      return (answer.success ? answer.data : []).map(({ uri, name }) => file(uri, name));
    },
    // The client answers only for files in its folders; one it cannot read reads as empty, no post-mortem.
    file: async (uri) => (/\.(md|markdown)$/i.test(uri) ? file(uri, decodeURIComponent(uri.split('/').pop() ?? '')) : undefined),
  };
}

async function fileText(connection: Connection, uri: string): Promise<string> {
  const answer = fileTextRequest.result.safeParse(await connection.sendRequest(fileTextRequest.method, { uri }).catch(() => null));
  return (answer.success && answer.data) || '';
}
