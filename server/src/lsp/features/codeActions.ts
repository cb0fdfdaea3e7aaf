import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Analysis } from '../../engine/analyze';
import type { SectionKind } from '../../engine/sectionCatalogue';
import { meetsTarget, type StatedFigure } from '../../engine/statedFigures';
import type { FixEdit, Finding } from '../../engine/rules/rule';
import { isoDateOf } from '../../engine/timestamps';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { namesInDocument } from './names';
import { insertionOffset, sectionInsertion } from './sectionSkeleton';
import { sortTimelineEdit } from './sortTimeline';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
/** Rewrites every stated figure the engine can compute: the "Update Computed Figures" command. */
export const UPDATE_FIGURES_KIND = `${CodeActionKind.Source}.postmortem.updateFigures`;

/** Fixes that need no choice: applied by fix-all and by Update Computed Figures. */
const FIGURE_CODES = new Set(['stated-duration-mismatch', 'stated-check-mismatch', 'error-budget-mismatch']);

export interface CodeActionRequest {
  uri: string;
  /** The requested range, as offsets. */
  start: number;
  end: number;
  diagnostics: Diagnostic[];
  only: string[] | undefined;
  today: string;
}

/**
 * Quick fixes for our diagnostics, plus the source actions. Each fix is one minimal edit built from the current
 * analysis (the diagnostic's code and range find the finding again, so stale `data` is never trusted).
 */
export function codeActions(analysis: Analysis, request: CodeActionRequest): CodeAction[] {
  const wants = (kind: string) => !request.only || request.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of request.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingFor(analysis, diagnostic);
      if (finding) actions.push(...quickFixes(analysis, finding, diagnostic, request));
    }
  }
  // Source actions only when asked for by kind (fix-all on save, the Update Computed Figures command).
  const asked = (kind: string) => request.only !== undefined && wants(kind);
  if (asked(FIX_ALL_KIND)) {
    const edits = figureEdits(analysis);
    const sort = analysis.findings.some((f) => f.code === 'timeline-out-of-order') ? sortTimelineEdit(analysis) : undefined;
    if (sort) edits.push(sort);
    if (edits.length > 0) actions.push(action('Fix all safe post-mortem problems', FIX_ALL_KIND, request.uri, edits));
  }
  if (asked(UPDATE_FIGURES_KIND)) {
    const edits = figureEdits(analysis);
    if (edits.length > 0) actions.push(action('Update computed figures', UPDATE_FIGURES_KIND, request.uri, edits));
  }
  return actions;
}

function findingFor({ index, findings }: Analysis, diagnostic: Diagnostic): Finding | undefined {
  const start = index.lines.offsetAt(diagnostic.range.start);
  const end = index.lines.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.code === diagnostic.code && f.start === start && f.end === end);
}

function quickFixes(analysis: Analysis, finding: Finding, diagnostic: Diagnostic, request: CodeActionRequest): CodeAction[] {
  const fix = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({ ...action(title, CodeActionKind.QuickFix, request.uri, edits), diagnostics: [diagnostic], isPreferred: preferred });
  const fixes = (finding.data?.fixes as FixEdit[] | undefined) ?? [];
  const generic = fixes.map((f, i) => fix(f.title, [edit(analysis, f.start, f.end, f.newText)], fixes.length === 1 && i === 0));
  switch (finding.code) {
    case 'missing-section': {
      const kind = finding.data?.section as SectionKind;
      const at = insertionOffset(kind, analysis);
      return [fix(`Add section "${finding.data?.title}"`, [edit(analysis, at, at, sectionInsertion(kind, analysis, at))], true)];
    }
    case 'placeholder':
      return placeholderFixes(analysis, finding, request.today).map(([title, text]) => fix(title, [edit(analysis, finding.start, finding.end, text)]));
    case 'action-item-missing-owner':
      return ownerFixes(analysis, finding).map(([title, e], i) => fix(title, [e], i === 0));
    case 'timeline-out-of-order': {
      const sort = sortTimelineEdit(analysis);
      return sort ? [fix('Sort the timeline by time', [sort], true)] : [];
    }
    default:
      return generic;
  }
}

/** A date placeholder takes the incident date or today; a name placeholder a name the document already uses. */
function placeholderFixes(analysis: Analysis, finding: Finding, today: string): [string, string][] {
  const text = String(finding.data?.placeholder ?? '');
  if (/YYYY|DD|\[date\]/i.test(text)) {
    const incident = analysis.model.incidentDate ? isoDateOf(analysis.model.incidentDate) : null;
    const choices: [string, string][] = incident ? [[`Use the incident date (${incident})`, incident]] : [];
    if (today !== incident) choices.push([`Use today (${today})`, today]);
    return choices;
  }
  if (/name|owner|author|who|reviewer/i.test(text)) {
    return namesInDocument(analysis)
      .slice(0, 5)
      .map((name) => [`Use "${name}"`, name]);
  }
  return [];
}

/** Fill the owner: a name from the document, or a visible TBD that the rule keeps reporting. */
function ownerFixes(analysis: Analysis, finding: Finding): [string, TextEdit][] {
  const item = analysis.model.actionItems.find((i) => i.action.start === finding.start);
  if (!item) return [];
  const names = [...namesInDocument(analysis).slice(0, 5), 'TBD'];
  if (item.form === 'table') {
    const cell = cellOffsets(analysis.index.text, item.start, item.end, item.ownerColumn);
    if (!cell) return [];
    return names.map((name) => [name === 'TBD' ? 'Mark the owner TBD (still reported)' : `Assign to ${name}`, edit(analysis, cell.start, cell.end, ` ${name} `)]);
  }
  // A bullet: append the owner to the item's first line.
  const lineEnd = analysis.index.text.indexOf('\n', item.action.end);
  const at = lineEnd < 0 || lineEnd > item.end ? item.end : lineEnd;
  const trimmedAt = analysis.index.text.slice(item.action.start, at).trimEnd().length + item.action.start;
  return names.map((name) => [name === 'TBD' ? 'Mark the owner TBD (still reported)' : `Assign to ${name}`, edit(analysis, trimmedAt, trimmedAt, ` — Owner: ${name}`)]);
}

/** Offsets between the pipes around column `column` of a table row. */
function cellOffsets(text: string, rowStart: number, rowEnd: number, column: number): { start: number; end: number } | undefined {
  if (column < 0) return undefined;
  const pipes: number[] = [];
  for (let i = rowStart; i < rowEnd; i++) if (text[i] === '|' && text[i - 1] !== '\\') pipes.push(i);
  // A row may or may not start with a pipe; cells sit between consecutive pipes.
  const leading = text.slice(rowStart, pipes[0]).trim() === '' ? 0 : -1;
  const open = pipes[column + leading];
  const close = pipes[column + leading + 1];
  if (open === undefined || close === undefined || text.slice(open + 1, close).trim() !== '') return undefined;
  return { start: open + 1, end: close };
}

/** Every safe figure fix (stated durations, ✅/❌, error budget), as non-overlapping edits. */
function figureEdits(analysis: Analysis): TextEdit[] {
  const corrected = new Map(analysis.model.statedFigures.map((figure) => [figure.check?.start, figure]));
  const fixes = analysis.findings
    .filter((f) => FIGURE_CODES.has(f.code) && !checkRightOnceCorrected(f, corrected.get(f.start)))
    .flatMap((f) => ((f.data?.fixes as FixEdit[] | undefined) ?? []).slice(0, 1))
    .sort((a, b) => a.start - b.start);
  const edits: TextEdit[] = [];
  let last = -1;
  for (const f of fixes) {
    if (f.start < last) continue;
    edits.push(edit(analysis, f.start, f.end, f.newText));
    last = f.end;
  }
  return edits;
}

/** A ✅ that was wrong for a wrong figure may be right for the corrected one: then only the figure changes. */
function checkRightOnceCorrected(finding: Finding, figure: StatedFigure | undefined): boolean {
  if (finding.code !== 'stated-check-mismatch' || !figure?.target || !figure.check || figure.computedMinutes === null) return false;
  return meetsTarget(figure.computedMinutes, figure.target) === figure.check.met;
}

function edit({ index }: Analysis, start: number, end: number, newText: string): TextEdit {
  return { range: index.lines.rangeOf(start, end), newText };
}

function action(title: string, kind: string, uri: string, edits: TextEdit[]): CodeAction {
  return { title, kind, edit: { changes: { [uri]: edits } } };
}
