// Web entry of the extension (VS Code for the Web, or code-server running it in its web worker extension host):
// the language server runs as a web worker (dist/web/server.js), the same engine as the Node server.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type PostmortemExtensionApi } from './activation';

export type { PostmortemExtensionApi } from './activation';
export { deactivate } from './activation';

export function activate(context: vscode.ExtensionContext): PostmortemExtensionApi {
  let worker: Worker | undefined;
  // Called on every (re)start: the old worker's server is stopped by then, so it goes. The transports are made
  // here because VS Code's extension host replaces `Worker`, so the client's own `instanceof Worker` check fails.
  const startServer = async () => {
    worker?.terminate();
    worker = await serverWorker(context.extensionUri);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  return activateWith(context, (options) => new LanguageClient('postmortem', 'Post-Mortem Assistant', startServer, options));
}

/**
 * VS Code for the Web serves an extension over http(s), where a worker can load from. An extension on a remote
 * (code-server) has a vscode-remote: URI that no worker can load, so its script is read and started from a blob.
 */
async function serverWorker(extensionUri: vscode.Uri): Promise<Worker> {
  const main = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  if (main.scheme === 'http' || main.scheme === 'https') return new Worker(main.toString(true));
  const source = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([new Uint8Array(source)], { type: 'text/javascript' })));
}
