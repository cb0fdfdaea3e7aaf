import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { KeptAnalysis } from '../keptAnalysis';
import type { SectionKind } from '../../engine/sectionCatalogue';
import type { FixEdit, Finding } from '../../engine/rules/rule';
import { isoDateOf } from '../../engine/timestamps';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { FIGURE_CODES, findingKey, planFigureFixes, type FigurePlan } from './figureFixes';
import { namesInDocument } from './names';
import { sectionInsertion, sectionPlacement } from './sectionSkeleton';
import { sortTimelineEdit } from './sortTimeline';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
/** Rewrites every stated figure the engine can compute: the "Update Computed Figures" command. */
export const UPDATE_FIGURES_KIND = `${CodeActionKind.Source}.postmortem.updateFigures`;

export interface CodeActionRequest {
  uri: string;
  /** The requested range, as offsets. */
  start: number;
  end: number;
  diagnostics: Diagnostic[];
  only: string[] | undefined;
  today: string;
  /** The client shows a disabled action with its reason (`codeAction.disabledSupport`); else none is sent. */
  disabledSupport?: boolean;
}

/**
 * Quick fixes for our diagnostics, plus the source actions. Each fix is one minimal edit built from the current
 * analysis (the diagnostic's code, line and identity in `data` find the finding again; its edits come from the
 * current analysis, never from the client's copy).
 */
export function codeActions(analysis: KeptAnalysis, request: CodeActionRequest): CodeAction[] {
  const wants = (kind: string) => !request.only || request.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  let plan: FigurePlan | undefined;
  const figurePlan = () => (plan ??= planFigureFixes(analysis));
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of request.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingFor(analysis, diagnostic);
      if (finding) actions.push(...quickFixes(analysis, finding, diagnostic, request, figurePlan));
    }
  }
  // Source actions only when asked for by kind (fix-all on save, the Update Computed Figures command). Both apply
  // only the figure fixes that cannot make a figure worse (figureFixes.ts); sorting the timeline moves the author's
  // rows, so it stays an explicit quick fix.
  const asked = (kind: string) => request.only !== undefined && wants(kind);
  if (asked(FIX_ALL_KIND)) {
    const edits = figurePlan().edits.map((f) => edit(analysis, f.start, f.end, f.newText));
    if (edits.length > 0) actions.push(action('Fix all safe post-mortem problems', FIX_ALL_KIND, request.uri, edits));
  }
  if (asked(UPDATE_FIGURES_KIND)) {
    const { edits, leftAlone } = figurePlan();
    if (edits.length > 0) actions.push(action('Update computed figures', UPDATE_FIGURES_KIND, request.uri, edits.map((f) => edit(analysis, f.start, f.end, f.newText))));
    // What it left alone and why, for the command to say (a disabled action carries nothing else).
    if (leftAlone.length > 0 && request.disabledSupport) {
      const reason = leftAlone.map((l) => `line ${l.line} "${l.text}": ${l.reason}`).join('; ');
      actions.push({ title: `Left ${leftAlone.length} figure${leftAlone.length === 1 ? '' : 's'} alone`, kind: UPDATE_FIGURES_KIND, disabled: { reason }, data: { leftAlone } });
    } else if (figurePlan().timelineDoubt && request.disabledSupport) {
      // No figure is reported, but none could be trusted either: not "every figure matches".
      actions.push({ title: 'Left the figures alone', kind: UPDATE_FIGURES_KIND, disabled: { reason: figurePlan().timelineDoubt! } });
    }
  }
  return actions;
}

/** What names a finding among others of its code on one line: the section, the action item, the placeholder ... */
const IDENTITY_KEYS = ['section', 'item', 'placeholder', 'kind', 'part'] as const;

/**
 * The finding a diagnostic stands for: same code, same line, and the same identity in `data` (the section of a
 * missing section, the action item's text). Never by exact range: a client counting columns in bytes (Neovim 0.7)
 * or another encoding sends back ranges that are not ours, and two findings can share a range (two missing
 * sections, both reported on the title).
 */
function findingFor({ index, findings }: KeptAnalysis, diagnostic: Diagnostic): Finding | undefined {
  const line = diagnostic.range.start.line;
  const data = (diagnostic.data ?? {}) as Record<string, unknown>;
  const candidates = findings.filter(
    (f) => f.code === diagnostic.code && index.lines.positionAt(f.start).line === line && IDENTITY_KEYS.every((key) => data[key] === undefined || f.data?.[key] === data[key]),
  );
  if (candidates.length <= 1) return candidates[0];
  // Several of one code on one line (two placeholders): the nearest to the diagnostic's column.
  const column = diagnostic.range.start.character;
  const distance = (f: Finding) => Math.abs(index.lines.positionAt(f.start).character - column);
  return candidates.reduce((best, f) => (distance(f) < distance(best) ? f : best));
}

function quickFixes(analysis: KeptAnalysis, finding: Finding, diagnostic: Diagnostic, request: CodeActionRequest, figurePlan: () => FigurePlan): CodeAction[] {
  const fix = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({ ...action(title, CodeActionKind.QuickFix, request.uri, edits), diagnostics: [diagnostic], isPreferred: preferred });
  const fixes = (finding.data?.fixes as FixEdit[] | undefined) ?? [];
  const generic = fixes.map((f, i) => fix(f.title, [edit(analysis, f.start, f.end, f.newText)], fixes.length === 1 && i === 0));
  if (FIGURE_CODES.has(finding.code)) {
    const planned = figurePlan().byFinding.get(findingKey(finding));
    if (!planned) return [];
    if ('edits' in planned) return [fix(planned.title, planned.edits.map((f) => edit(analysis, f.start, f.end, f.newText)), true)];
    return request.disabledSupport ? [{ title: 'Correct the figure from the timeline', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: `Left alone: ${planned.reason}.` } }] : [];
  }
  switch (finding.code) {
    case 'missing-section': {
      const kind = finding.data?.section as SectionKind;
      const placement = sectionPlacement(kind, analysis);
      const at = placement.offset;
      return [fix(`Add section "${finding.data?.title}"`, [edit(analysis, at, at, sectionInsertion(kind, analysis, placement))], true)];
    }
    case 'placeholder':
      return placeholderFixes(analysis, finding, request.today).map(([title, text]) => fix(title, [edit(analysis, finding.start, finding.end, text)]));
    case 'action-item-missing-owner':
      return ownerFixes(analysis, finding).map(([title, e], i) => fix(title, [e], i === 0));
    case 'timeline-out-of-order': {
      const sort = sortTimelineEdit(analysis, finding.start);
      return sort ? [fix('Sort the timeline by time', [sort], true)] : [];
    }
    default:
      return generic;
  }
}

/** A date placeholder takes the incident date or today; a name placeholder a name the document already uses. */
function placeholderFixes(analysis: KeptAnalysis, finding: Finding, today: string): [string, string][] {
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

/** Fill the owner: a name from the document (in place of a "TBD" written there), or a visible TBD that the rule keeps reporting. */
function ownerFixes(analysis: KeptAnalysis, finding: Finding): [string, TextEdit][] {
  const item = analysis.model.actionItems.find((i) => i.action.start === finding.start);
  if (!item) return [];
  const names = [...namesInDocument(analysis).slice(0, 5), 'TBD'];
  // "TBD" written where the owner goes: replaced by the name.
  const unfilled = item.ownerUnfilled;
  if (unfilled) return names.filter((name) => name !== 'TBD' && name !== unfilled.text).map((name) => [`Assign to ${name}`, edit(analysis, unfilled.start, unfilled.end, name)]);
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
  // A grid table's row spans lines whose columns must stay aligned: no edit there.
  if (column < 0 || text.slice(rowStart, rowEnd).includes('\n')) return undefined;
  const pipes: number[] = [];
  for (let i = rowStart; i < rowEnd; i++) if (text[i] === '|' && text[i - 1] !== '\\') pipes.push(i);
  // A row may or may not start with a pipe; cells sit between consecutive pipes.
  const leading = text.slice(rowStart, pipes[0]).trim() === '' ? 0 : -1;
  const open = pipes[column + leading];
  const close = pipes[column + leading + 1];
  if (open === undefined || close === undefined || text.slice(open + 1, close).trim() !== '') return undefined;
  return { start: open + 1, end: close };
}

function edit({ index }: KeptAnalysis, start: number, end: number, newText: string): TextEdit {
  return { range: index.lines.rangeOf(start, end), newText };
}

function action(title: string, kind: string, uri: string, edits: TextEdit[]): CodeAction {
  return { title, kind, edit: { changes: { [uri]: edits } } };
}
