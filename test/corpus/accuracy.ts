import type { Analysis } from '../../server/src/engine/analyze';
import type { Durations } from '../../server/src/engine/milestones';
import { cityZone, zoneOf } from '../../server/src/engine/timestamps';
import { DURATION_KINDS, type DocumentLabel, type TimelineEntryLabel } from './labelSchema';

/**
 * Compares what the engine read of one document with what a reader labelled (test/corpus/labels), field by field.
 * Each field counts matches the way its name says: `truePositives` of `found` (what the engine reported) and of
 * `expected` (what the labels hold), giving precision = tp / found and recall = tp / expected.
 */
export interface Tally {
  truePositives: number;
  found: number;
  expected: number;
}

export type FieldTallies = Record<string, Tally>;

/** Diagnostics are measured on documents that are post-mortems or incident logs; defects are labelled only there. */
export const DIAGNOSED_KINDS: readonly DocumentLabel['kind'][] = ['postmortem', 'incident-log'];
/** Codes whose every report contradicts the document's own figures: any false one is a wrong accusation. */
export const MISMATCH_CODES = ['stated-duration-mismatch', 'stated-check-mismatch', 'error-budget-mismatch'] as const;

const tally = (truePositives = 0, found = 0, expected = 0): Tally => ({ truePositives, found, expected });

export function addTally(into: Tally, more: Tally): void {
  into.truePositives += more.truePositives;
  into.found += more.found;
  into.expected += more.expected;
}

/** Everything measured on one document. `detected` is whether `postmortem lint folder/` took it for a post-mortem. */
export function measureDocument(label: DocumentLabel, analysis: Analysis, detected: boolean | undefined): FieldTallies {
  const { model, findings } = analysis;
  const fields: FieldTallies = {};

  // Timeline entries, matched one to one by line: the engine's entry starting on the labelled line, else one spanning it.
  const { lineOf, engineEntries, pairs } = pairedEntries(label, analysis);
  fields['timeline entries'] = tally(pairs.length, engineEntries.length, label.timeline.length);

  const dated = label.timeline.filter((e) => e.instant !== null);
  const datedRight = pairs.filter(([l, e]) => l.instant !== null && instantMatches(l, e.entry)).length;
  const engineDated = engineEntries.filter((e) => e.entry.instant && e.entry.dateKnown).length;
  fields['instants (dated entries)'] = tally(datedRight, engineDated, dated.length);
  const timed = label.timeline.filter((e) => e.time !== null);
  const timeRight = pairs.filter(([l, e]) => l.time !== null && e.entry.instant !== undefined && wallClock(e.entry.instant.toISO()).time === l.time.slice(0, 5)).length;
  fields['times of day'] = tally(timeRight, engineEntries.filter((e) => e.entry.instant && e.entry.stamp?.time).length, timed.length);

  const labelledMilestones = label.timeline.flatMap((l) => l.milestones.map((m) => milestoneKey(l.line, m)));
  fields.milestones = setTally(milestoneKeysOf(engineEntries, pairs), labelledMilestones);

  // Durations, per kind: right when within the author's rounding of the labelled value or a defensible alternative.
  const established = new Map(label.durations.map((d) => [d.kind, d]));
  const all = tally();
  for (const kind of DURATION_KINDS) {
    const computed = model.durations[`${kind}Minutes` as keyof Durations] as number | null;
    const expected = established.get(kind);
    const right = expected !== undefined && computed !== null && acceptedDuration(expected, computed);
    const kindTally = tally(right ? 1 : 0, computed === null ? 0 : 1, expected ? 1 : 0);
    fields[`duration: ${kind}`] = kindTally;
    addTally(all, kindTally);
  }
  fields['durations (all kinds)'] = all;

  const engineFigures = model.statedFigures.map((f) => ({ line: lineOf(f.start), minutes: f.statedMinutes }));
  const figuresRead = label.statedFigures.filter((l) => engineFigures.some((e) => e.line === l.line && closeEnough(e.minutes, l.minutes, true))).length;
  fields['stated figures read'] = tally(figuresRead, engineFigures.length, label.statedFigures.length);

  // Action items and what is read of them (owner, status, priority, due: right when the engine agrees, absence included).
  const engineItems = model.actionItems.map((item) => ({ item, first: lineOf(item.start), last: lineOf(Math.max(item.start, item.end - 1)) }));
  const itemPairs = matchByLine(label.actionItems, engineItems);
  fields['action items'] = tally(itemPairs.length, engineItems.length, label.actionItems.length);
  const agreement = (same: (l: DocumentLabel['actionItems'][number], e: (typeof engineItems)[number]['item']) => boolean) =>
    tally(itemPairs.filter(([l, e]) => same(l, e.item)).length, itemPairs.length, itemPairs.length);
  fields['action item owners'] = agreement((l, e) => (l.owner === null) === (e.owner === undefined));
  fields['action item statuses'] = agreement((l, e) => l.status === (e.statusKind ?? null));
  fields['action item priorities'] = agreement((l, e) => normalised(l.priority) === normalised(e.priority?.text));
  fields['action item due dates'] = agreement((l, e) => dueMatches(l.due, e.due?.text, e.dueDate));

  fields.sections = setTally([...new Set(model.sections.flatMap((s) => [s.kind, ...s.also]))], label.sections);

  const header = (name: string) => model.header.find((f) => f.name === name)?.value;
  fields['header: title'] = valueTally(model.title?.text, label.title, (a, b) => normalised(a) === normalised(b));
  const incidentDate = model.incidentDate?.year ? isoDate(model.incidentDate as { year: number; month: number; day: number }) : undefined;
  fields['header: incident date'] = valueTally(incidentDate, label.incidentDate, (a, b) => a === b);
  fields['header: time zone'] = valueTally(model.timezone, label.timezone, sameZone);
  // "SEV-2 – degraded network operations" is the level SEV-2 with what it meant.
  fields['header: severity'] = valueTally(header('severity'), label.severity, (a, b) => normalised(a).startsWith(normalised(b)));

  if (detected !== undefined && label.kind === 'postmortem') fields['post-mortems recognised in a folder'] = tally(detected ? 1 : 0, 1, 1);
  if (detected !== undefined && (label.kind === 'template' || label.kind === 'other')) fields['non-post-mortems left alone'] = tally(detected ? 0 : 1, 1, 1);

  // Diagnostics, per rule code: one per (code, line), matched to a labelled defect on that line; missing-section by section.
  if (DIAGNOSED_KINDS.includes(label.kind)) {
    const reported = new Map<string, string>();
    for (const finding of findings) {
      const where = finding.code === 'missing-section' ? `section ${String(finding.data?.section)}` : `line ${lineOf(finding.start)}`;
      reported.set(`${finding.code} ${where}`, finding.code);
    }
    const labelled = new Map(label.defects.map((d) => [`${d.code} ${d.code === 'missing-section' ? `section ${d.section}` : `line ${d.line}`}`, d.code]));
    const codes = new Set([...reported.values(), ...labelled.values()]);
    for (const code of codes) {
      const mine = (map: Map<string, string>) => [...map].filter(([, c]) => c === code).map(([key]) => key);
      fields[`rule: ${code}`] = setTally(mine(reported), mine(labelled));
    }
    fields['diagnostics (all rules)'] = setTally([...reported.keys()], [...labelled.keys()]);
  }
  return fields;
}

/** A milestone on a labelled entry, as the labels and the engine's paired entries are compared: "42:resolved". */
export function milestoneKey(line: number, milestone: string): string {
  return `${line}:${milestone}`;
}

type EngineEntry = { entry: Analysis['model']['timeline'][number]; first: number; last: number };

/** The engine's timeline entries with their first and last lines, and the labelled entries they are paired with. */
function pairedEntries(label: DocumentLabel, { index, model }: Analysis) {
  const lineOf = (offset: number) => index.lines.positionAt(offset).line + 1;
  const engineEntries: EngineEntry[] = model.timeline.map((entry) => ({ entry, first: lineOf(entry.start), last: lineOf(Math.max(entry.start, entry.end - 1)) }));
  return { lineOf, engineEntries, pairs: matchByLine(label.timeline, engineEntries) };
}

/** The engine's milestones on one document, each keyed by the labelled entry its entry is paired with (else by its own line). */
export function engineMilestones(label: DocumentLabel, analysis: Analysis): string[] {
  const { engineEntries, pairs } = pairedEntries(label, analysis);
  return milestoneKeysOf(engineEntries, pairs);
}

function milestoneKeysOf(engineEntries: EngineEntry[], pairs: [TimelineEntryLabel, EngineEntry][]): string[] {
  return engineEntries.flatMap((e) => {
    const labelled = pairs.find(([, m]) => m === e)?.[0];
    return [e.entry.milestone, ...e.entry.alsoMilestones].filter(Boolean).map((m) => (labelled ? milestoneKey(labelled.line, m!) : `engine${e.first}:${m}`));
  });
}

/** Pairs labelled things with the engine's by line, one to one: same first line first, then a span holding the line. */
function matchByLine<L extends { line: number }, E extends { first: number; last: number }>(labels: L[], engine: E[]): [L, E][] {
  const used = new Set<E>();
  const pairs: [L, E][] = [];
  const unmatched: L[] = [];
  for (const l of labels) {
    // Two entries on one line ("08:05 - ...<br> 08:40 - ..."): the one with the labelled time first.
    const onLine = engine.filter((e) => !used.has(e) && e.first === l.line);
    const exact = onLine.find((e) => sameTime(l, e)) ?? onLine[0];
    if (exact) {
      used.add(exact);
      pairs.push([l, exact]);
    } else unmatched.push(l);
  }
  for (const l of unmatched) {
    const spanning = engine.find((e) => !used.has(e) && e.first <= l.line && l.line <= e.last);
    if (spanning) {
      used.add(spanning);
      pairs.push([l, spanning]);
    }
  }
  return pairs;
}

function sameTime(label: { line: number }, engine: unknown): boolean {
  const time = (label as { time?: string | null }).time;
  const instant = (engine as { entry?: Analysis['model']['timeline'][number] }).entry?.instant;
  return typeof time === 'string' && instant !== undefined && wallClock(instant.toISO()).time === time.slice(0, 5);
}

export function setTally(found: string[], expected: string[]): Tally {
  const expectedSet = new Set(expected);
  const foundSet = new Set(found);
  return tally([...foundSet].filter((f) => expectedSet.has(f)).length, foundSet.size, expectedSet.size);
}

/** A header value: found when the engine has one, expected when the label has one, right when both agree. */
function valueTally(found: string | null | undefined, expected: string | null, same: (a: string, b: string) => boolean): Tally {
  const has = (v: string | null | undefined): v is string => v !== null && v !== undefined && v.trim() !== '';
  return tally(has(found) && has(expected) && same(found, expected) ? 1 : 0, has(found) ? 1 : 0, has(expected) ? 1 : 0);
}

/** Whether a figure is the labelled duration or one of its alternatives, within the rounding its basis allows. */
export function acceptedDuration(label: DocumentLabel['durations'][number], minutes: number): boolean {
  return [label.minutes, ...(label.alternatives ?? [])].some((m) => closeEnough(minutes, m, label.basis === 'stated'));
}

/** Stated figures carry the author's rounding ("about an hour"); timeline figures are exact to the minute. */
export function closeEnough(computed: number, expected: number, rounded: boolean): boolean {
  return Math.abs(computed - expected) <= Math.max(1, rounded ? expected * 0.05 : 0);
}

function wallClock(iso: string): { date: string; time: string; offset: string } {
  const [, date, time, offset] = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso) ?? [];
  return { date, time, offset };
}

/** The label's precision decides: a date alone, a local date and time, or an exact instant with its offset. */
function instantMatches(label: TimelineEntryLabel, entry: Analysis['model']['timeline'][number]): boolean {
  if (!entry.instant || !entry.dateKnown || label.instant === null) return false;
  const engine = wallClock(entry.instant.toISO());
  const [date, rest] = label.instant.split('T');
  if (rest === undefined) return engine.date === date;
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(rest)?.[1];
  if (offset === undefined) return engine.date === date && engine.time === rest.slice(0, 5);
  return entry.instant.toMillis() === Date.parse(label.instant.replace(/T(\d{2}:\d{2})(Z|[+-])/, 'T$1:00$2'));
}

function dueMatches(label: string | null, text: string | undefined, date: { year?: number; month: number; day: number } | undefined): boolean {
  if (label === null) return text === undefined || text.trim() === '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return date?.year !== undefined && isoDate(date as { year: number; month: number; day: number }) === label;
  return normalised(text) === normalised(label);
}

function sameZone(a: string, b: string): boolean {
  if (normalised(a) === normalised(b)) return true;
  const at = Date.UTC(2024, 0, 15);
  // A label writes a zone as the document does ("Denver"), the engine by its name (America/Denver).
  const [za, zb] = [zoneOf(a) ?? zoneOf(cityZone(a)), zoneOf(b) ?? zoneOf(cityZone(b))];
  return za !== undefined && zb !== undefined && za.offset(at) === zb.offset(at) && za.isUniversal === zb.isUniversal;
}

function normalised(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function isoDate({ year, month, day }: { year: number; month: number; day: number }): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
