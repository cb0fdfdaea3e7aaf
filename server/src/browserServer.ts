// Web-worker entry of the language server (VS Code for the Web, or any page that starts it as a Worker): the same
// engine and features as server.ts, over the worker's messages. A worker reads no files: the team file comes from
// the client (`postmortem/teamConfig`), and other workspace files are not read at all.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { teamConfigRequest } from '../../schemas/requests';
import type { TeamConfigReader } from './lsp/settingsStore';
import { startLanguageServer } from './lsp/languageServer';

// The worker's global scope (typed by server/tsconfig.browser.json, which also proves the engine needs no Node).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
// Where the rule docs are comes from the client (initializationOptions.ruleDocsBaseUri): a worker started from a
// blob cannot tell.
startLanguageServer(connection, { readTeamConfig: teamConfigFromClient });

/** A client that does not know the request (any editor but ours) means no team file. */
async function teamConfigFromClient(documentUri: string): ReturnType<TeamConfigReader> {
  try {
    const answer = teamConfigRequest.result.safeParse(await connection.sendRequest(teamConfigRequest.method, { uri: documentUri }));
    return (answer.success && answer.data) || undefined;
  } catch {
    return undefined;
  }
}
