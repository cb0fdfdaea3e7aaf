// Helpers for the extension-host suites. No Node here: the web tier's suite (test/vscode/web) runs them in a browser
// worker too; what needs Node (reading ../shared) is in seed.ts.
import * as vscode from 'vscode';
import type { PostmortemExtensionApi } from '../../../client/src/activation';

export const EXTENSION_ID = 'postmortem-tools.postmortem-lsp';

export async function activateExtension(): Promise<PostmortemExtensionApi> {
  const extension = vscode.extensions.getExtension<PostmortemExtensionApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test workspace has no folder');
  return folder.uri;
}

/** Our diagnostics for a document, as VS Code holds them. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem');
}

/**
 * Resolves with the diagnostics the server publishes for `uri` once `accept` holds for them: real events, no
 * sleeping. Start waiting before the action that causes the publication.
 */
export function nextPublication(
  api: PostmortemExtensionApi,
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = () => true,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const subscription = api.onDidPublishDiagnostics((event) => {
      if (event.uri.toString() !== uri.toString() || !accept(event.diagnostics)) return;
      subscription.dispose();
      resolve(event.diagnostics);
    });
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * Asks (a real round trip each time) until the answer satisfies `done`, for what reaches the server in the
 * background (a new file through the file watcher, the workspace scan). Bounded by a deadline generous for a loaded
 * machine, not by a number of asks, which fast round trips use up before the background work is done.
 */
export async function askUntil<T>(ask: () => Thenable<T>, done: (answer: T) => boolean, deadlineMs = 60_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > deadline) return answer;
    // A short pause between asks, so the background work is not starved of turns.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
