import * as vscode from 'vscode';
import { escapeNotificationLinks } from './labels';
import type { BaseLanguageClient, CodeAction, CodeActionParams, Command } from 'vscode-languageclient';

/** The server's source action that rewrites the stated figures it can safely compute (server/src/lsp/features/codeActions.ts). */
const UPDATE_FIGURES_KIND = vscode.CodeActionKind.Source.append('postmortem').append('updateFigures').value;

/**
 * Post-Mortem: Update Computed Figures. Rewrites the stated durations, ✅/❌ and error-budget figures that a
 * trustworthy timeline contradicts, in one undoable edit, and says which reported figures it left alone and why (a
 * timeline out of order, an unreadable time, a reading that supports the figure ...); run twice, the second run
 * changes nothing. It asks the server directly rather than through `vscode.executeCodeActionProvider`, which drops
 * the disabled action that carries those reasons.
 */
export async function updateComputedFigures(client: BaseLanguageClient, editor = vscode.window.activeTextEditor): Promise<boolean> {
  if (!editor) return false;
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const version = document.version;
  const params: CodeActionParams = {
    textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
    range: client.code2ProtocolConverter.asRange(whole),
    context: { diagnostics: [], only: [UPDATE_FIGURES_KIND] },
  };
  const answer = await client.sendRequest<(Command | CodeAction)[] | null>('textDocument/codeAction', params);
  const actions = (answer ?? []).filter((a): a is CodeAction => 'kind' in a && a.kind === UPDATE_FIGURES_KIND);
  const update = actions.find((a) => a.edit && !a.disabled);
  const leftAlone = actions.find((a) => a.disabled);
  // Typed over while the server answered: its edit is for the text before.
  const applied = update?.edit && document.version === version ? await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(update.edit)) : false;
  if (leftAlone?.disabled) {
    client.outputChannel.appendLine(`Update Computed Figures: ${leftAlone.title.toLowerCase()}: ${leftAlone.disabled.reason}`);
    const done = applied ? 'Updated the figures the timeline gives with confidence. ' : '';
    // The reason quotes the document's lines, whose "[x](command:...)" a notification would make a link.
    void vscode.window.showInformationMessage(`Post-Mortem: ${done}${leftAlone.title}: ${escapeNotificationLinks(leftAlone.disabled.reason)}`);
  } else if (!applied) {
    void vscode.window.setStatusBarMessage('Post-Mortem: every computed figure already matches the timeline', 4000);
  }
  return applied;
}
