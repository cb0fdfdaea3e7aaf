import { offsetsOf, type DocumentIndex } from './documentIndex';
import { DURATION, durationMinutes } from './durationText';
import type { Grid } from './tables';
import type { Durations } from './milestones';

export type FigureKind = 'detect' | 'acknowledge' | 'triage' | 'identify' | 'mitigate' | 'resolve' | 'impact' | 'total';

/** A duration the author wrote, with what it claims: "Time to acknowledge: 2 minutes (target: <5 min) ✅". */
export interface StatedFigure {
  kind: FigureKind;
  /** The duration as written and its offsets: the narrowest range for a mismatch. */
  text: string;
  start: number;
  end: number;
  statedMinutes: number;
  computedMinutes: number | null;
  target: { operator: '<' | '<=' | '>' | '>='; minutes: number } | undefined;
  /** The ✅ / ❌ after the figure, and its offsets. */
  check: { met: boolean; start: number; end: number } | undefined;
}

/** An availability, error-budget or SLA-breach statement: "SLA Breach: No (30 min < 43.2 min ... for 99.9%)". */
export interface BudgetClaim {
  kind: 'budget' | 'availability' | 'breach';
  start: number;
  end: number;
  /** The SLO the statement names (99.9 for "99.9%"). */
  sloPercent: number | undefined;
  /** The availability it states ("99.93%"). */
  availabilityPercent: number | undefined;
  /** Decimals written in the availability, to compare at the author's precision. */
  availabilityDecimals: number;
  downtimeMinutes: number | undefined;
  budgetMinutes: number | undefined;
  /** "SLA Breach: No" is false, "Yes" true. */
  breached: boolean | undefined;
  /** Offsets of the written budget, availability and Yes/No, for fixes that rewrite just that text. */
  budgetAt: { start: number; end: number } | undefined;
  availabilityAt: { start: number; end: number } | undefined;
  breachAt: { start: number; end: number } | undefined;
}

const FIGURE_KEYS: [RegExp, FigureKind][] = [
  [/^time to (?:detect(?:ion)?|discover(?:y)?)$/, 'detect'],
  [/^time to (?:ack(?:nowledge(?:ment)?)?|respond|response)$/, 'acknowledge'],
  [/^time to triage$/, 'triage'],
  [/^time to identif(?:y|ication)(?: (?:the )?root cause)?$/, 'identify'],
  [/^time to mitigat(?:e|ion)$/, 'mitigate'],
  [/^time to (?:resol(?:ve|ution)|repair|recover(?:y)?|restore)$/, 'resolve'],
  [/^(?:total |incident |outage |impact )*duration$|^(?:total )?downtime$|^total impact duration$/, 'impact'],
];
const KEY = /(?:^|[\s*_(])((?:time to [a-z]+(?: (?:the )?root cause)?)|(?:(?:total |incident |outage |impact )*duration)|(?:total )?downtime)[\s*_]*:?[\s*_]*/gi;
const CHECK = /(✅|✔️?|☑️?|❌|✗|✖️?)/u;
const TARGET = /\(\s*target:?\s*([<>]=?|≤|≥)?\s*([^)]*)\)/i;

/** Reads stated durations and budget statements from the document's paragraphs (list items included). */
export function findStatedFigures(index: DocumentIndex, grids: Grid[]): { figures: StatedFigure[]; budgetClaims: BudgetClaim[] } {
  const figures: StatedFigure[] = [];
  const budgetClaims: BudgetClaim[] = [];
  // Paragraphs, and lines folded into a table as one-cell rows ("Total Duration: ..." under a timeline).
  const spans = index.paragraphs.map(offsetsOf);
  for (const grid of grids) {
    for (const row of grid.rows) {
      const filled = row.cells.filter((c) => c.text);
      if (filled.length === 1) spans.push([row.start, row.end]);
      // | Time to detect | 12 minutes |: a metrics table.
      const kind = filled.length === 2 ? figureKindOf(filled[0].text) : undefined;
      if (kind) figures.push(...figuresInValue(kind, index.text.slice(filled[1].start, filled[1].end), filled[1].start));
      else if (filled.length === 2) {
        const claim = budgetClaimInLine(`${filled[0].text}: ${index.text.slice(filled[1].start, filled[1].end)}`, row.start);
        if (claim) budgetClaims.push({ ...claim, start: row.start, end: row.end });
      }
    }
  }
  for (const [start, end] of spans) {
    let lineStart = start;
    while (lineStart < end) {
      let lineEnd = index.text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const line = index.text.slice(lineStart, lineEnd);
      if (/\d/.test(line)) {
        figures.push(...figuresInLine(line, lineStart));
        const claim = budgetClaimInLine(line, lineStart);
        if (claim) budgetClaims.push(claim);
      }
      lineStart = lineEnd + 1;
    }
  }
  const byPosition = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return { figures: figures.sort(byPosition), budgetClaims: budgetClaims.sort(byPosition) };
}

function figuresInLine(line: string, lineStart: number): StatedFigure[] {
  const figures: StatedFigure[] = [];
  for (const key of line.matchAll(KEY)) {
    const keyKind = figureKindOf(key[1]);
    if (!keyKind) continue;
    const valueFrom = key.index + key[0].length;
    figures.push(...figuresInValue(keyKind, line.slice(valueFrom), lineStart + valueFrom));
  }
  return figures;
}

function figureKindOf(key: string): FigureKind | undefined {
  const normalised = key.toLowerCase().replace(/[*_:]/g, '').replace(/\s+/g, ' ').trim();
  return FIGURE_KEYS.find(([pattern]) => pattern.test(normalised))?.[1];
}

/** The figures of a value: "30 minutes (outage) + 2.5 hours (full resolution)", each part with its own label. */
function figuresInValue(keyKind: FigureKind, value: string, valueStart: number): StatedFigure[] {
  const figures: StatedFigure[] = [];
  let partFrom = 0;
  for (const part of value.split(/\s\+\s/)) {
    const partStart = value.indexOf(part, partFrom);
    partFrom = partStart + part.length;
    const duration = DURATION.exec(part);
    if (!duration || duration.index > 2) break;
    const label = /^\s*\(([^)]*)\)/.exec(part.slice(duration.index + duration[0].length))?.[1] ?? '';
    const kind = /full resolution|total|end.to.end/i.test(label) ? 'total' : /outage|impact|downtime/i.test(label) ? 'impact' : keyKind;
    const target = TARGET.exec(part);
    const targetMinutes = target ? durationMinutes(target[2]) : undefined;
    const check = CHECK.exec(part);
    const at = valueStart + partStart;
    figures.push({
      kind,
      text: duration[0],
      start: at + duration.index,
      end: at + duration.index + duration[0].length,
      statedMinutes: durationMinutes(duration[0])!,
      computedMinutes: null,
      target: target && targetMinutes !== undefined ? { operator: normaliseOperator(target[1]), minutes: targetMinutes } : undefined,
      check: check ? { met: /✅|✔|☑/u.test(check[1]), start: at + check.index, end: at + check.index + check[1].length } : undefined,
    });
  }
  return figures;
}

function normaliseOperator(op: string | undefined): '<' | '<=' | '>' | '>=' {
  if (op === '≤') return '<=';
  if (op === '≥') return '>=';
  return (op as '<' | '<=' | '>' | '>=' | undefined) ?? '<=';
}

const PERCENT = /(\d{2,3}(?:\.(\d+))?)\s*%/g;

function budgetClaimInLine(line: string, lineStart: number): BudgetClaim | undefined {
  const percents = [...line.matchAll(PERCENT)].filter((m) => Number(m[1]) >= 90 && Number(m[1]) <= 100);
  if (percents.length === 0) return undefined;
  const lower = line.toLowerCase();
  const durations = [...line.matchAll(new RegExp(DURATION.source, 'gi'))].map((m) => ({ minutes: durationMinutes(m[0])!, at: span(lineStart + m.index, m[0]) }));
  const breach = /\b(sla|slo)\s+breach(?:ed)?\b[\s*_]*:?[\s*_]*(yes|no)\b/i.exec(line);
  const start = lineStart + line.search(/\S/);
  const end = lineStart + line.trimEnd().length;
  const percentAt = (m: RegExpMatchArray) => span(lineStart + m.index!, m[1]);
  const base = { start, end, availabilityPercent: undefined, availabilityDecimals: 0, downtimeMinutes: undefined, budgetMinutes: undefined, breached: undefined, budgetAt: undefined, availabilityAt: undefined, breachAt: undefined };
  if (breach) {
    // "No (30 min < 43.2 min monthly budget for 99.9%)": the first duration is the downtime, the second the budget.
    const word = lineStart + breach.index + breach[0].length - breach[2].length;
    return { ...base, kind: 'breach', sloPercent: Number(percents[0][1]), downtimeMinutes: durations[0]?.minutes, budgetMinutes: durations[1]?.minutes, budgetAt: durations[1]?.at, breached: breach[2].toLowerCase() === 'yes', breachAt: { start: word, end: word + breach[2].length } };
  }
  if (/\b(actual|achieved|measured|availability was|uptime was)\b/.test(lower) && /downtime|outage/.test(lower)) {
    const percent = percents[0];
    return { ...base, kind: 'availability', sloPercent: undefined, availabilityPercent: Number(percent[1]), availabilityDecimals: percent[2]?.length ?? 0, availabilityAt: percentAt(percent), downtimeMinutes: durations[0]?.minutes };
  }
  if (/\b(target|slo|allowed|budget|objective)\b/.test(lower) && durations.length > 0) {
    return { ...base, kind: 'budget', sloPercent: Number(percents[0][1]), budgetMinutes: durations[0].minutes, budgetAt: durations[0].at };
  }
  return undefined;
}

function span(start: number, text: string): { start: number; end: number } {
  return { start, end: start + text.length };
}

/** The computed value each stated figure claims. */
export function attachComputed(figures: StatedFigure[], durations: Durations): void {
  const computed: Record<FigureKind, number | null> = {
    detect: durations.detectMinutes,
    acknowledge: durations.acknowledgeMinutes,
    triage: durations.triageMinutes,
    identify: durations.identifyMinutes,
    mitigate: durations.mitigateMinutes,
    resolve: durations.resolveMinutes,
    impact: durations.impactMinutes,
    total: durations.totalMinutes,
  };
  for (const figure of figures) figure.computedMinutes = computed[figure.kind];
}

/** Whether `minutes` meets a stated target ("<5 min", "<= 30 min"). */
export function meetsTarget(minutes: number, target: NonNullable<StatedFigure['target']>): boolean {
  const { operator, minutes: limit } = target;
  return operator === '<' ? minutes < limit : operator === '<=' ? minutes <= limit : operator === '>' ? minutes > limit : minutes >= limit;
}
