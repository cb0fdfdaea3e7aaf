import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerFeatures, type PostmortemFeatures } from './features';
import { answerFileRequests } from './fileRequests';
import { DOCUMENT_SCHEMES } from './timeline/timelineService';
import { updateComputedFigures } from './updateComputedFigures';

/**
 * What activate() returns, for other extensions and our tests: `ready` settles when the server has answered
 * initialize; `onDidPublishDiagnostics` fires for every publication, even an empty one (VS Code's own
 * diagnostics event does not say that a file was checked and found clean).
 */
export interface PostmortemExtensionApi {
  ready: Promise<void>;
  client: BaseLanguageClient;
  onDidPublishDiagnostics: vscode.Event<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>;
  /** Commands, timeline preview and status bar (features.ts). */
  features: PostmortemFeatures;
}

let running: BaseLanguageClient | undefined;

/**
 * Everything both entries share (extension.ts starts the server as a Node process, browserExtension.ts as a web
 * worker): the client options, the commands, the features and the API.
 */
export function activateWith(context: vscode.ExtensionContext, createClient: (options: LanguageClientOptions) => BaseLanguageClient): PostmortemExtensionApi {
  const published = new vscode.EventEmitter<{ uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  // The team file changes what is reported, and other post-mortems feed links and name suggestions: the server
  // re-reads them when told.
  const watchers = [vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json'), vscode.workspace.createFileSystemWatcher('**/*.md')];
  context.subscriptions.push(published, ...watchers);
  // Restricted Mode (an untrusted workspace): the server ignores the team file, which is the workspace's configuration.
  // Granting trust restarts the server with the team file. The object is kept by reference: the browser entry adds
  // to it, and a restart sends it again.
  const initializationOptions: { workspaceTrusted: boolean; [key: string]: unknown } = { workspaceTrusted: vscode.workspace.isTrusted };
  const client = createClient({
    initializationOptions,
    // Every Markdown document goes to the server, which decides which ones are post-mortems (paths or content).
    documentSelector: DOCUMENT_SCHEMES.map((scheme) => ({ scheme, language: 'markdown' })),
    synchronize: { configurationSection: 'postmortem', fileEvents: watchers },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        published.fire({ uri, diagnostics });
      },
    },
  });
  running = client;
  answerFileRequests(client);
  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.restartServer', async () => {
      await client.stop();
      await client.start();
    }),
    vscode.commands.registerCommand('postmortem.showOutput', () => client.outputChannel.show()),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      initializationOptions.workspaceTrusted = true;
      if (!client.isRunning()) return;
      await client.stop();
      await client.start();
    }),
    vscode.commands.registerCommand('postmortem.updateComputedFigures', () => updateComputedFigures(client)),
  );
  const ready = client.start();
  const features = registerFeatures(context, client, ready);
  return { ready, client, onDidPublishDiagnostics: published.event, features };
}

export function deactivate(): Thenable<void> | undefined {
  return running?.stop();
}
