// Web-worker entry of the language server (VS Code for the Web, or any page that starts it as a Worker): the same
// engine and features as server.ts, over the worker's messages. A worker reads no files: the team file and the
// other workspace files come from the client (lsp/clientFiles.ts), and where the rule docs are is in the
// client's initializationOptions (a worker started from a blob cannot tell).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { teamConfigFromClient, workspaceFilesFromClient } from './lsp/clientFiles';
import { startLanguageServer } from './lsp/languageServer';

// The worker's global scope (typed by server/tsconfig.browser.json, which also proves the engine needs no Node).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startLanguageServer(connection, { readTeamConfig: teamConfigFromClient(connection), workspaceFiles: workspaceFilesFromClient(connection) });
