import * as vscode from 'vscode';
import { escapeCodicons } from './labels';
import { formatMinutes } from './timeline/layout';
import { TimelineService } from './timeline/timelineService';

/** Context key: the active editor holds a post-mortem (menus and keybindings use it). */
export const ACTIVE_IS_POSTMORTEM = 'postmortem.activeEditorIsPostmortem';

/**
 * The status bar item on an active post-mortem: its severity and impact duration; clicking it opens the
 * timeline preview. Also keeps the `postmortem.activeEditorIsPostmortem` context key.
 */
export class PostmortemStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with the item's text after each update (undefined when hidden). */
  readonly onDidUpdate = this.changed.event;

  constructor(private readonly timelines: TimelineService) {
    this.item = vscode.window.createStatusBarItem('postmortem.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Post-Mortem';
    this.item.command = 'postmortem.openTimelinePreview';
    this.disposables.push(
      this.item,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document && event.contentChanges.length > 0) {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => void this.update(), 250);
        }
      }),
    );
    void this.update();
  }

  /** The text shown, or undefined when hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const view = document && TimelineService.isCandidate(document) ? await this.timelines.get(document) : null;
    if (generation !== this.generation) return;
    void vscode.commands.executeCommand('setContext', ACTIVE_IS_POSTMORTEM, Boolean(view));
    if (!view) {
      this.item.hide();
      this.visible = false;
      this.changed.fire(undefined);
      return;
    }
    // The severity is the document's text: "$(alert)" in it shows as written, not as an icon.
    const severity = view.severity && view.severity.length <= 24 ? escapeCodicons(view.severity) : 'severity ?';
    const impact = view.durations.impactMinutes === null ? 'impact unknown' : `impact ${formatMinutes(view.durations.impactMinutes)}`;
    this.item.text = `$(flame) ${severity} · ${impact}`;
    this.item.tooltip = new vscode.MarkdownString(
      `**${(view.title ?? 'Post-mortem').replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&')}**\n\nSeverity: ${view.severity ? view.severity.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&') : 'not stated'}  \nImpact: ${formatMinutes(view.durations.impactMinutes)}\n\nClick to open the timeline preview.`,
    );
    this.item.accessibilityInformation = { label: `Post-mortem severity ${view.severity ?? 'not stated'}, ${impact}. Open the timeline preview.`, role: 'button' };
    this.item.show();
    this.visible = true;
    this.changed.fire(this.item.text);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
