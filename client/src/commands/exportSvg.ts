import * as vscode from 'vscode';
import { timelineSvg } from '../timeline/svg';
import type { TimelineService } from '../timeline/timelineService';
import { escapeNotificationLinks } from '../labels';

/**
 * Post-Mortem: Export Timeline as SVG. Writes the timeline of the active post-mortem (or of the document given as
 * a URI) as a self-contained SVG file, by default beside the document (`<name>.timeline.svg`), asking where with
 * a save dialog. Tests pass the target: `{ target: Uri, document?: Uri }`. Resolves with the written file.
 */
export async function exportTimelineSvg(timelines: TimelineService, previewDocument: vscode.Uri | undefined, raw?: unknown): Promise<vscode.Uri | undefined> {
  const args = (raw instanceof vscode.Uri ? { document: raw } : (raw ?? {})) as { target?: unknown; document?: unknown };
  const documentUri =
    args.document instanceof vscode.Uri
      ? args.document
      : vscode.window.activeTextEditor?.document.languageId === 'markdown'
        ? vscode.window.activeTextEditor.document.uri
        : previewDocument;
  if (!documentUri) {
    void vscode.window.showInformationMessage('Export Timeline as SVG: open a post-mortem first.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(documentUri);
  const view = await timelines.get(document);
  if (!view) {
    void vscode.window.showInformationMessage(`Export Timeline as SVG: ${escapeNotificationLinks(baseName(documentUri))} is not a post-mortem.`);
    return undefined;
  }
  let target = args.target instanceof vscode.Uri ? args.target : undefined;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    // An untitled post-mortem has no folder of its own: the workspace's, else wherever the dialog starts.
    const defaultUri =
      documentUri.scheme !== 'untitled'
        ? documentUri.with({ path: documentUri.path.replace(/(\.[^./]*)?$/, '.timeline.svg') })
        : folder && vscode.Uri.joinPath(folder, 'timeline.svg');
    target = await vscode.window.showSaveDialog({ defaultUri, filters: { 'SVG image': ['svg'] }, title: 'Export Timeline as SVG' });
    if (!target) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(timelineSvg(view, baseName(documentUri))));
  if (!(args.target instanceof vscode.Uri)) void vscode.window.showInformationMessage(`Timeline written to ${escapeNotificationLinks(vscode.workspace.asRelativePath(target))}.`);
  return target;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
