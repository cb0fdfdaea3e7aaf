// Node entry of the extension (desktop VS Code, and the remote extension host of code-server or Codespaces): the
// language server runs as a Node process over IPC.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, type PostmortemExtensionApi } from './activation';

export type { PostmortemExtensionApi } from './activation';
export { deactivate } from './activation';

export function activate(context: vscode.ExtensionContext): PostmortemExtensionApi {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return activateWith(context, (options) => new LanguageClient('postmortem', 'Post-Mortem Assistant', serverOptions, options));
}
