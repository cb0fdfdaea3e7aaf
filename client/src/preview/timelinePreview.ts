import * as vscode from 'vscode';
import { fromWebviewSchema, type RenderedReport, type ToWebview } from '../../../schemas/webviewMessages';
import { TimelineService } from '../timeline/timelineService';
import { previewHtml, previewOptions } from './previewHtml';

/** Wait after an edit before asking for the new timeline: the redraw lands well within 300 ms. */
const EDIT_DELAY_MS = 15;

/**
 * The live timeline preview: one webview panel beside the editor that follows the active post-mortem, redraws
 * after edits, reveals an entry's line when it is clicked and highlights the entry under the editor's cursor.
 */
export class TimelinePreview implements vscode.Disposable {
  static readonly viewType = 'postmortem.timelinePreview';

  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderedReport>();
  /** Fires with what the webview drew, after every render (the tests' window into the webview). */
  readonly onDidRender = this.rendered.event;
  private lastReport: RenderedReport | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly timelines: TimelineService,
    private readonly log: (message: string) => void,
  ) {
    this.disposables.push(
      this.rendered,
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.panel && this.uri && event.document.uri.toString() === this.uri.toString() && event.contentChanges.length > 0) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.panel && this.uri && event.textEditor.document.uri.toString() === this.uri.toString()) {
          void this.post({ type: 'cursor', line: event.selections[0]?.active.line ?? null });
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.panel && this.uri && document.uri.toString() === this.uri.toString()) {
          void this.post({ type: 'empty', message: `${fileName(document.uri)} was closed.` });
        }
      }),
    );
  }

  /** The document the preview shows, if it is open. */
  get documentUri(): vscode.Uri | undefined {
    return this.panel ? this.uri : undefined;
  }

  /** The last render the webview reported. */
  get lastRender(): RenderedReport | undefined {
    return this.lastReport;
  }

  /** Opens (or reveals) the preview beside the editor, showing `document`. */
  async show(document: vscode.TextDocument): Promise<void> {
    this.uri = document.uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        TimelinePreview.viewType,
        this.title(),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        previewOptions(this.extensionUri),
      );
      this.panel.webview.onDidReceiveMessage((message) => void this.receive(message), undefined, this.disposables);
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.lastReport = undefined;
        clearTimeout(this.timer);
      });
      this.panel.webview.html = previewHtml(this.panel.webview, this.extensionUri);
    } else {
      this.panel.reveal(undefined, true);
      await this.refresh();
    }
    this.panel.title = this.title();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  /** Switches to the newly active editor's document when it is a post-mortem; anything else keeps the preview. */
  private async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!this.panel || !editor || !TimelineService.isCandidate(editor.document)) return;
    if (this.uri && editor.document.uri.toString() === this.uri.toString()) return;
    const view = await this.timelines.get(editor.document);
    if (!view || !this.panel || vscode.window.activeTextEditor !== editor) return;
    this.uri = editor.document.uri;
    this.panel.title = this.title();
    await this.refresh();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), EDIT_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const uri = this.uri;
    if (!this.panel || !uri) return;
    const generation = ++this.generation;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document) {
      await this.post({ type: 'empty', message: `${fileName(uri)} is not open.` });
      return;
    }
    const view = await this.timelines.get(document);
    // A newer refresh (another edit, another document) has started: drop this answer.
    if (generation !== this.generation) return;
    if (!view) {
      await this.post({ type: 'empty', message: `${fileName(uri)} is not a post-mortem (or has no timeline yet).` });
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    await this.post({ type: 'timeline', fileName: fileName(uri), view, cursorLine: editor?.selection.active.line ?? null });
  }

  private async post(message: ToWebview): Promise<void> {
    await this.panel?.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = fromWebviewSchema.safeParse(raw);
    if (!parsed.success) {
      this.log(`Ignored a malformed message from the timeline preview: ${parsed.error.message}`);
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'ready':
        await this.refresh();
        return;
      case 'reveal':
        await this.reveal(message.line);
        return;
      case 'rendered':
        this.lastReport = message;
        this.rendered.fire(message);
        return;
    }
  }

  /** Selects `line` in an editor showing the document (the one it was last in, or a new one beside the preview). */
  private async reveal(line: number): Promise<void> {
    const uri = this.uri;
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    if (line >= document.lineCount) return;
    const range = document.lineAt(line).range;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      selection: new vscode.Selection(range.start, range.end),
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private title(): string {
    return this.uri ? `Timeline: ${fileName(this.uri)}` : 'Timeline';
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
