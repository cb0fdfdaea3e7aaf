import * as vscode from 'vscode';
import type { PostmortemExtensionApi } from '../../../client/src/extension';
import type { RenderedReport } from '../../../schemas/webviewMessages';

/**
 * Resolves with the next render the timeline preview reports for which `accept` holds: the webview posts what it
 * drew (texts as textContent) after every render. Start waiting before the action that causes the render.
 */
export function nextRender(api: PostmortemExtensionApi, accept: (report: RenderedReport) => boolean = () => true, timeoutMs = 30_000): Promise<RenderedReport> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no matching render of the timeline preview within ${timeoutMs} ms; last: ${JSON.stringify(api.features.preview.lastRender)?.slice(0, 400)}`));
    }, timeoutMs);
    const subscription = api.features.preview.onDidRender((report) => {
      if (!accept(report)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(report);
    });
  });
}

/** Resolves when the status bar item's text satisfies `accept` (checked now, then on every update). */
export function statusBarText(api: PostmortemExtensionApi, accept: (text: string | undefined) => boolean, timeoutMs = 30_000): Promise<string | undefined> {
  const statusBar = api.features.statusBar;
  if (accept(statusBar.text)) return Promise.resolve(statusBar.text);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`status bar never matched; it says ${JSON.stringify(statusBar.text)}`));
    }, timeoutMs);
    const subscription = statusBar.onDidUpdate((text) => {
      if (!accept(text)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(text);
    });
  });
}

/** Writes `text` to `relativePath` in the workspace and returns its URI. */
export async function writeWorkspaceFile(root: vscode.Uri, relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(root, ...relativePath.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function readWorkspaceFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
