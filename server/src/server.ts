// Node entry of the language server: `node dist/server.js --stdio` (any LSP client) or `--node-ipc` (VS Code).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { nodeIdleCollector } from './idleCollection';
import { FramingGuard } from './lspFraming';
import { PiecewiseMessageWriter } from './lspWriter';
import { startLanguageServer } from './lsp/languageServer';
import { messageTurns } from './messageTurns';
import { teamConfigForDocument, teamConfigStamp } from './teamConfigFiles';
import { createWorkspaceFiles } from './workspaceFiles';

// dist/server.js sits beside docs/ in the extension folder and in the repository.
const ruleDocsBaseUri = pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href;

const connection = stdioConnection() ?? createConnection(ProposedFeatures.all);
// A long-running server logs a stray failure (a client that went away mid-request) instead of dying with it.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
// Once a burst of analyses has settled, one full collection gives back the heap V8 reserved for it.
const analysisActivity = nodeIdleCollector((message) => connection.console.log(message));
startLanguageServer(connection, { ruleDocsBaseUri, readTeamConfig: teamConfigForDocument, teamConfigStamp, workspaceFiles: createWorkspaceFiles(), analysisClock: cpuMilliseconds, yieldTurn: messageTurns, analysisActivity });

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Over stdio, stdin passes through the framing guard (a bad Content-Length costs one message, not the session), and
 * messages go out through the piecewise writer (a large post-mortem's diagnostics without one huge buffer).
 * The library then no longer knows it owns stdout, so console output is sent to the client's log here, as it would.
 */
function stdioConnection(): Connection | undefined {
  if (!process.argv.includes('--stdio')) return undefined;
  let connection: Connection | undefined;
  const guard = new FramingGuard((problem) => connection?.console.error(problem));
  // Given a stream for input, the library ends the process when stdin ends (the reader/writer overload would not);
  // for output it takes a message writer as well as a stream (it checks which at run time), so the cast is safe.
  const writer = new PiecewiseMessageWriter(process.stdout) as unknown as NodeJS.WritableStream;
  const created = createConnection(ProposedFeatures.all, process.stdin.pipe(guard), writer);
  connection = created;
  console.log = console.info = (...args: unknown[]) => created.console.log(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => created.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => created.console.error(args.map(String).join(' '));
  return created;
}
