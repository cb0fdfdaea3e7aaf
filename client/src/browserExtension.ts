// Web entry of the extension (VS Code for the Web, or code-server running it in its web worker extension host):
// the language server runs as a web worker (dist/web/server.js), the same engine as the Node server.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivate as deactivateClient, type PostmortemExtensionApi } from './activation';

export type { PostmortemExtensionApi } from './activation';

let server: { worker: Worker; url?: string } | undefined;

export function activate(context: vscode.ExtensionContext): PostmortemExtensionApi {
  // Called on every (re)start: the old worker's server is stopped by then, so it goes. The transports are made
  // here because VS Code's extension host replaces `Worker`, so the client's own `instanceof Worker` check fails.
  const startServer = async () => {
    stopWorker();
    server = await serverWorker(context.extensionUri);
    return { reader: new BrowserMessageReader(server.worker), writer: new BrowserMessageWriter(server.worker) };
  };
  // The worker runs from a blob, where it cannot tell where the rule docs are.
  const ruleDocsBaseUri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true);
  return activateWith(context, (options) => new LanguageClient('postmortem', 'Post-Mortem Assistant', startServer, { ...options, initializationOptions: Object.assign(options.initializationOptions, { ruleDocsBaseUri }) }));
}

export async function deactivate(): Promise<void> {
  await deactivateClient();
  stopWorker();
}

function stopWorker(): void {
  server?.worker.terminate();
  if (server?.url) URL.revokeObjectURL(server.url);
  server = undefined;
}

/**
 * VS Code for the Web serves an extension over http(s), where a worker can load from. An extension on a remote
 * (code-server) has a vscode-remote: URI that no worker can load, so its script is read and started from a blob
 * (kept until the worker stops: VS Code's replacement `Worker` loads it later, from inside the worker).
 */
async function serverWorker(extensionUri: vscode.Uri): Promise<{ worker: Worker; url?: string }> {
  const main = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  if (main.scheme === 'http' || main.scheme === 'https') return { worker: new Worker(main.toString(true)) };
  const source = await vscode.workspace.fs.readFile(main);
  const url = URL.createObjectURL(new Blob([new Uint8Array(source)], { type: 'text/javascript' }));
  return { worker: new Worker(url), url };
}
