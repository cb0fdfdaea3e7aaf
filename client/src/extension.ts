import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerFeatures, type PostmortemFeatures } from './features';
import { updateComputedFigures } from './updateComputedFigures';

/**
 * What activate() returns, for other extensions and our tests: `ready` settles when the server has answered
 * initialize; `onDidPublishDiagnostics` fires for every publication, even an empty one (VS Code's own
 * diagnostics event does not say that a file was checked and found clean).
 */
export interface PostmortemExtensionApi {
  ready: Promise<void>;
  client: LanguageClient;
  onDidPublishDiagnostics: vscode.Event<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>;
  /** Commands, timeline preview and status bar (features.ts). */
  features: PostmortemFeatures;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PostmortemExtensionApi {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const published = new vscode.EventEmitter<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  // The team file changes what is reported, and other post-mortems feed links and name suggestions: the server
  // re-reads them when told.
  const watchers = [vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json'), vscode.workspace.createFileSystemWatcher('**/*.md')];
  context.subscriptions.push(published, ...watchers);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every Markdown document goes to the server, which decides which ones are post-mortems (paths or content).
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'postmortem',
      fileEvents: watchers,
    },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        published.fire({ uri, diagnostics });
      },
    },
  };
  client = new LanguageClient('postmortem', 'Post-Mortem Assistant', serverOptions, clientOptions);
  const running = client;

  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.restartServer', () => running.restart()),
    vscode.commands.registerCommand('postmortem.showOutput', () => running.outputChannel.show()),
    vscode.commands.registerCommand('postmortem.updateComputedFigures', () => updateComputedFigures()),
  );

  const ready = running.start();
  const features = registerFeatures(context, running, ready);
  return { ready, client: running, onDidPublishDiagnostics: published.event, features };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
