import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { Settings } from '../../../../schemas/settings';
import type { KeptAnalysis } from '../keptAnalysis';
import { MILESTONES } from '../../engine/milestones';
import { SECTION_CATALOGUE } from '../../engine/sectionCatalogue';
import { isoDateOf } from '../../engine/timestamps';
import { namesInDocument } from './names';
import { CANONICAL_ORDER, MAIN_SECTIONS, sectionSkeleton } from './sectionSkeleton';

export interface CompletionContext {
  offset: number;
  settings: Settings;
  today: string;
  /** The current time in the document's zone, HH:MM. */
  now: string;
  /** Names used in the workspace's other open post-mortems. */
  otherNames: string[];
}

const STATUSES = ['Draft', 'In Review', 'Reviewed', 'Closed'];
const ACTION_STATUSES = ['📅 Planned', '⏳ In Progress', '✅ Done', 'Blocked', 'Cancelled'];

/** What to offer where the cursor is: section headings at a line start, values after keys and in table cells. */
export function completions(analysis: KeptAnalysis, context: CompletionContext): CompletionItem[] {
  const { index } = analysis;
  const { line } = index.lines.positionAt(context.offset);
  const lineStart = index.lines.lineStart(line);
  const before = index.text.slice(lineStart, context.offset);
  const range = (from: number) => index.lines.rangeOf(from, context.offset);

  if (/^\s{0,3}#{0,6}\s*[\w ]*$/.test(before) && !/^\s*\|/.test(before)) return sectionItems(analysis, range(lineStart));

  const key = /(?:^|[\s*|])(severity|sev|status|date[^:|]*|due[^:|]*|owner|author\(?s?\)?|reviewers?|assignee)[*_]*\s*:[*_]*\s*([^|:]*)$/i.exec(before);
  if (key) return valueItems(key[1].toLowerCase(), analysis, context, range(context.offset - key[2].length));

  if (/^\s*\|/.test(before)) {
    const column = (before.match(/(?<!\\)\|/g)?.length ?? 1) - 1;
    const header = tableHeader(index.text, lineStart);
    const cellText = /\|([^|]*)$/.exec(before)![1];
    const from = context.offset - cellText.trimStart().length;
    const name = header?.[column]?.toLowerCase() ?? '';
    if (/time|when/.test(name) || (!header && column === 0)) return [value(context.now, 'now', range(from), '0')];
    if (/owner|who|assignee|responsible/.test(name)) return valueItems('owner', analysis, context, range(from));
    if (/priority/.test(name)) return context.settings.priorities.map((p, i) => value(p, 'priority', range(from), String(i).padStart(2, '0')));
    if (/status/.test(name)) return ACTION_STATUSES.map((s, i) => value(s, 'status', range(from), String(i)));
    if (/due|date|deadline/.test(name)) return valueItems('date', analysis, context, range(from));
    if (/event|description|what/.test(name)) {
      // Only what was typed of the marker is replaced: the cell's text before it stays.
      const marker = /\[\w*$/.exec(cellText);
      return milestoneItems(range(marker ? context.offset - marker[0].length : cellText.trim() === '' ? from : context.offset));
    }
  }
  if (/\[\w*$/.test(before)) return milestoneItems(range(context.offset - /\[\w*$/.exec(before)![0].length));
  return [];
}

function sectionItems(analysis: KeptAnalysis, range: ReturnType<KeptAnalysis['index']['lines']['rangeOf']>): CompletionItem[] {
  const present = new Set(analysis.model.sections.map((s) => s.kind));
  return CANONICAL_ORDER.map((kind, rank) => {
    const missing = !present.has(kind);
    const tier = missing && MAIN_SECTIONS.has(kind) ? 0 : missing ? 1 : 2;
    const title = SECTION_CATALOGUE[kind].title;
    return {
      label: title,
      kind: CompletionItemKind.Module,
      detail: missing ? 'Missing section' : 'Section (already present)',
      sortText: `${tier}${String(rank).padStart(2, '0')}`,
      filterText: `${'#'.repeat(6)} ${title}`,
      preselect: tier === 0 && rank === CANONICAL_ORDER.findIndex((k) => !present.has(k) && MAIN_SECTIONS.has(k)),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: sectionSkeleton(kind, analysis) },
    };
  });
}

function valueItems(key: string, analysis: KeptAnalysis, context: CompletionContext, range: ReturnType<KeptAnalysis['index']['lines']['rangeOf']>): CompletionItem[] {
  if (key.startsWith('sev')) return context.settings.severityScale.map((level, i) => value(level, 'severity', range, String(i).padStart(2, '0')));
  if (key === 'status') return STATUSES.map((s, i) => value(s, 'status', range, String(i)));
  if (key.startsWith('date') || key.startsWith('due')) {
    const incident = analysis.model.incidentDate ? isoDateOf(analysis.model.incidentDate) : null;
    return [value(context.today, 'today', range, '0'), ...(incident && incident !== context.today ? [value(incident, 'incident date', range, '1')] : [])];
  }
  const own = namesInDocument(analysis);
  const names = [...new Set([...own, ...context.otherNames])];
  return names.map((name, i) => value(name, i < own.length ? 'named in this post-mortem' : 'named in another post-mortem', range, String(i).padStart(3, '0')));
}

function milestoneItems(range: ReturnType<KeptAnalysis['index']['lines']['rangeOf']>): CompletionItem[] {
  return MILESTONES.map((m, i) => ({ ...value(`[${m}]`, 'milestone marker', range, String(i)), documentation: `Marks this entry as the "${m}" milestone: durations count from it.` }));
}

function value(text: string, detail: string, range: ReturnType<KeptAnalysis['index']['lines']['rangeOf']>, sortText: string): CompletionItem {
  return { label: text, kind: CompletionItemKind.Value, detail, sortText, textEdit: { range, newText: text } };
}

/** The header cells of the table the line at `lineStart` belongs to (the line above its delimiter row). */
function tableHeader(text: string, lineStart: number): string[] | undefined {
  let end = lineStart - 1;
  for (let steps = 0; end > 0 && steps < 5000; steps++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trimStart().startsWith('|')) return undefined;
    if (/^\s*\|?\s*:?-{2,}/.test(line)) {
      const headerStart = text.lastIndexOf('\n', start - 2) + 1;
      return text.slice(headerStart, start - 1).split('|').slice(1, -1).map((cell) => cell.trim());
    }
    end = start - 1;
  }
  return undefined;
}
