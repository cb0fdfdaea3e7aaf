import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TimelinePreview } from './preview/timelinePreview';
import { PostmortemStatusBar } from './statusBar';
import { TimelineService } from './timeline/timelineService';

/** What the features expose to tests and other extensions (through the extension's API). */
export interface PostmortemFeatures {
  timelines: TimelineService;
  preview: TimelinePreview;
  statusBar: PostmortemStatusBar;
}

/**
 * The client-side features, registered from one table (rust-analyzer's commands.ts idea): the commands of the
 * "Post-Mortem" category, the timeline preview and the status bar item. Timelines come from the server only.
 */
export function registerFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient, ready: Promise<void>): PostmortemFeatures {
  const timelines = new TimelineService(client, ready);
  const preview = new TimelinePreview(context.extensionUri, timelines, (message) => client.warn(message, undefined, false));
  const statusBar = new PostmortemStatusBar(timelines);

  /** The post-mortem a command is about: the URI it was invoked on (editor title, explorer), else the active editor. */
  async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    const editor = vscode.window.activeTextEditor;
    if (editor && TimelineService.isCandidate(editor.document)) return editor.document;
    const shown = preview.documentUri;
    return shown ? vscode.workspace.openTextDocument(shown) : undefined;
  }

  // The commands' modules (with the settings schema) are evaluated when a command first runs, not at
  // activation: the bundler inlines each import() as a deferred module initialiser in the same file.
  const commands: Record<string, (...args: unknown[]) => unknown> = {
    'postmortem.newIncident': async (arg) => (trustedToWrite('New Incident') ? (await import('./commands/newIncident')).newIncident(context.extensionUri, arg) : undefined),
    'postmortem.insertTimelineEntry': async (arg) => (await import('./commands/insertTimelineEntry')).insertTimelineEntry(timelines, arg),
    'postmortem.openTimelinePreview': async (arg) => {
      const document = await targetDocument(arg);
      if (!document || !(await timelines.get(document))) {
        void vscode.window.showInformationMessage('Open Timeline Preview: open a post-mortem first.');
        return false;
      }
      await preview.show(document);
      return true;
    },
    'postmortem.exportTimelineSvg': async (arg) =>
      trustedToWrite('Export Timeline as SVG') ? (await import('./commands/exportSvg')).exportTimelineSvg(timelines, preview.documentUri, arg) : undefined,
  };
  for (const [id, run] of Object.entries(commands)) context.subscriptions.push(vscode.commands.registerCommand(id, run));
  context.subscriptions.push(
    preview,
    statusBar,
    vscode.workspace.onDidCloseTextDocument((document) => timelines.forget(document.uri)),
  );
  return { timelines, preview, statusBar };
}

/**
 * Commands that write files run only in a trusted workspace (package.json, `capabilities.untrustedWorkspaces`): in
 * Restricted Mode they say why and do nothing. The palette hides them there too; this covers keybindings and
 * other extensions.
 */
function trustedToWrite(command: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showInformationMessage(`${command} writes files, which Restricted Mode does not allow: trust this workspace to use it.`);
  return false;
}
