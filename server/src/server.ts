// Node entry of the language server: `node dist/server.js --stdio` (any LSP client) or `--node-ipc` (VS Code).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';
import { teamConfigForDocument, teamConfigStamp } from './teamConfigFiles';
import { createWorkspaceFiles } from './workspaceFiles';

// dist/server.js sits beside docs/ in the extension folder and in the repository.
const ruleDocsBaseUri = pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href;

const connection = createConnection(ProposedFeatures.all);
// A long-running server logs a stray failure (a client that went away mid-request) instead of dying with it.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
// setImmediate runs after the messages waiting are read, without setTimeout's 1 ms minimum per turn.
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
startLanguageServer(connection, { ruleDocsBaseUri, readTeamConfig: teamConfigForDocument, teamConfigStamp, workspaceFiles: createWorkspaceFiles(), yieldTurn });
