import * as vscode from 'vscode';
import * as z from '../../../schemas/zod';
import type { TimelineService } from '../timeline/timelineService';
import { planRow, rowLines, type Now } from './timelineRow';
import { escapeNotificationLinks } from '../labels';
import { UTC_CLOCK, zoneClock } from './zoneClock';

/** Optional argument, for tests and keybindings: the moment to write instead of the clock's now. */
const argsSchema = z.optional(z.object({ now: z.optional(z.iso.datetime({ offset: true })) }));

/**
 * Post-Mortem: Insert Timeline Entry. Inserts a row (or bullet, like the timeline's own) for the current time in
 * the document's time zone at its place in time order, as one undoable edit, and puts the cursor in the event
 * cell. The timeline comes from the server (postmortem/timeline).
 */
export async function insertTimelineEntry(timelines: TimelineService, rawArgs?: unknown, attempt = 0): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Insert Timeline Entry: open a post-mortem first.');
    return false;
  }
  const parsed = argsSchema.safeParse(rawArgs instanceof vscode.Uri ? undefined : rawArgs);
  if (!parsed.success) throw new Error(`postmortem.insertTimelineEntry: ${z.prettifyError(parsed.error)}`);
  const document = editor.document;
  const view = await timelines.get(document);
  if (!view) {
    void vscode.window.showInformationMessage(`Insert Timeline Entry: ${escapeNotificationLinks(document.uri.path.split('/').pop() ?? '')} is not a post-mortem.`);
    return false;
  }
  const zone = zoneClock(view.timezone ?? undefined) ?? UTC_CLOCK;
  const millis = parsed.data?.now ? Date.parse(parsed.data.now) : Date.now();
  const now: Now = { millis, ...zone.wallClock(millis) };
  const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i).text);
  const plan = planRow(lines, view.entries, now);
  if (!plan) {
    void vscode.window.showInformationMessage('Insert Timeline Entry: this post-mortem has no timeline entries yet; add a first row under its Timeline heading (snippet pm-timeline-row).');
    return false;
  }
  // The document may have changed while the server answered: the plan is for view.version.
  if (document.version !== view.version) {
    if (attempt < 3) return insertTimelineEntry(timelines, rawArgs, attempt + 1);
    return false;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const atEnd = plan.line >= document.lineCount;
  const position = atEnd ? document.lineAt(document.lineCount - 1).range.end : new vscode.Position(plan.line, 0);
  const { inserted: rows, rowAt } = rowLines(lines, plan);
  const inserted = atEnd ? `${eol}${rows.join(eol)}` : `${rows.join(eol)}${eol}`;
  const applied = await editor.edit((edit) => edit.insert(position, inserted), { undoStopBefore: true, undoStopAfter: true });
  if (!applied) return false;
  const cursor = new vscode.Position(atEnd ? document.lineCount - rows.length + rowAt : plan.line + rowAt, plan.column);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
