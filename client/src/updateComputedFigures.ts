import * as vscode from 'vscode';

/** The server's source action that rewrites every stated figure it can compute (server/src/lsp/features/codeActions.ts). */
const UPDATE_FIGURES_KIND = vscode.CodeActionKind.Source.append('postmortem').append('updateFigures');

/**
 * Post-Mortem: Update Computed Figures. Rewrites every stated duration, ✅/❌ and error-budget figure that the
 * timeline contradicts, in one undoable edit; run twice, the second run changes nothing.
 */
export async function updateComputedFigures(editor = vscode.window.activeTextEditor): Promise<boolean> {
  if (!editor) return false;
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, UPDATE_FIGURES_KIND.value);
  const update = actions?.find((action) => action.kind?.value === UPDATE_FIGURES_KIND.value && action.edit);
  if (!update?.edit) {
    void vscode.window.setStatusBarMessage('Post-Mortem: every computed figure already matches the timeline', 4000);
    return false;
  }
  return vscode.workspace.applyEdit(update.edit);
}
