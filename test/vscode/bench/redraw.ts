// `npm run bench` (the redraw part): in a real VS Code, how long from an edit in the editor to the timeline
// preview's redraw, measured side by side with a baseline in the same extension host: moving the cursor, which
// goes through the same editor and webview round trips but makes no request and redraws nothing but a highlight.
// The ratio is what our work (the request, the analysis, the full redraw) adds to VS Code's own plumbing; the
// median is checked against the 300 ms target. Loaded by code-server like a test suite: exports run().
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { PostmortemExtensionApi } from '../../../client/src/extension';
import { timelineRequest } from '../../../schemas/requests';
import { longTimelinePostmortem } from '../../helpers/largePostmortem';
import { nextRender, writeWorkspaceFile } from '../suite/featureHelpers';
import { activateExtension, workspaceRoot } from '../suite/helpers';
import { copySeedIntoWorkspace } from '../suite/seed';

const TARGET_MS = 300;
const ROUNDS = 30;
const WARM_UP = 3;

interface Measured {
  name: string;
  entries: number;
  redraw: number[];
  highlight: number[];
  request: number[];
}

export async function run(): Promise<void> {
  const api = await activateExtension();
  const seed = await copySeedIntoWorkspace('postmortems/bench-seed.md');
  const long = await writeWorkspaceFile(workspaceRoot(), 'postmortems/bench-500-entries.md', longTimelinePostmortem(500));
  const results = [await measure(api, 'seed (15 entries)', seed), await measure(api, '500 entries over 3 days', long)];

  console.log('redraw  = edit in the editor -> the preview reports its redraw (what the issue asks: <= 300 ms)');
  console.log('cursor  = cursor moved -> the preview reports its highlight (baseline: VS Code\'s own round trips)');
  console.log('request = the postmortem/timeline request for a just-edited version, client -> server -> client');
  let withinTarget = true;
  for (const r of results) {
    const redraw = median(r.redraw);
    const ratio = redraw / median(r.highlight);
    withinTarget &&= redraw <= TARGET_MS;
    console.log(
      `${r.name.padEnd(26)} redraw ${ms(redraw)} (p90 ${ms(percentile(r.redraw, 0.9))})   cursor ${ms(median(r.highlight))}   ratio ${ratio.toFixed(2)}   request ${ms(median(r.request))}   ${redraw <= TARGET_MS ? 'within' : 'OVER'} ${TARGET_MS} ms`,
    );
  }
  console.log(`redraw-bench: ${withinTarget ? 'within' : 'over'} target`);
  if (!withinTarget) throw new Error(`the median redraw is over ${TARGET_MS} ms`);
}

async function measure(api: PostmortemExtensionApi, name: string, uri: vscode.Uri): Promise<Measured> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), vscode.ViewColumn.One);
  const opened = nextRender(api, (r) => r.uri === uri.toString() && r.entries.length > 0);
  await vscode.commands.executeCommand('postmortem.openTimelinePreview');
  const { entries } = await opened;
  // Type into one row in the middle of the timeline, as an engineer correcting an entry would.
  const row = entries[Math.floor(entries.length / 2)];
  const cursorLines = [entries[1].line, entries[entries.length - 2].line];
  const result: Measured = { name, entries: entries.length, redraw: [], highlight: [], request: [] };

  for (let round = -WARM_UP; round < ROUNDS; round++) {
    // Alternate which goes first, so machine noise falls on both alike.
    const steps = round % 2 === 0 ? [redraw, highlight] : [highlight, redraw];
    for (const step of steps) await step(round);
  }
  // The server's share alone, with the preview closed so that nothing else asks for the same version.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const bare = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), vscode.ViewColumn.One);
  for (let round = -WARM_UP; round < ROUNDS; round++) {
    await replaceRow(bare, row, `request ${round}`);
    const uriText = api.client.code2ProtocolConverter.asUri(uri);
    const started = performance.now();
    await api.client.sendRequest(timelineRequest.method, { uri: uriText });
    if (round >= 0) result.request.push(performance.now() - started);
  }
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return result;

  async function redraw(round: number): Promise<void> {
    const event = `Edited entry ${round}`;
    const drawn = nextRender(api, (r) => r.entries.some((e) => e.event === event));
    const started = performance.now();
    await replaceRow(editor, row, event);
    await drawn;
    if (round >= 0) result.redraw.push(performance.now() - started);
  }

  async function highlight(round: number): Promise<void> {
    const line = cursorLines[(round + WARM_UP) % 2];
    const drawn = nextRender(api, (r) => r.current === line);
    const started = performance.now();
    editor.selection = new vscode.Selection(line, 2, line, 2);
    await drawn;
    if (round >= 0) result.highlight.push(performance.now() - started);
  }
}

async function replaceRow(editor: vscode.TextEditor, row: { line: number; time: string }, event: string): Promise<void> {
  const range = editor.document.lineAt(row.line).range;
  const applied = await editor.edit((edit) => edit.replace(range, `| ${row.time} | ${event} | SRE (Jane) |`));
  if (!applied) throw new Error(`the edit of line ${row.line + 1} was not applied`);
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(4)} ms`;
}
