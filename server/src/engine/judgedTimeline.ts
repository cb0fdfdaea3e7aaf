import type { Incident } from './incidents';
import { assignMilestones, markChangeAsStart, markStartBeforeDetection, markStatedStart } from './milestones';
import { resolveTimeline, type TimelineEntry, type TimelineOrder } from './resolveTimeline';
import { memosBypassed } from './textMemo';
import type { RawTimelineEntry } from './timeline';
import type { CalendarDate, ClockTime, Timestamp } from './timestamps';

/** The timeline as judged: every entry's instant, the incident's entries and their milestones. */
export interface JudgedTimeline {
  entries: TimelineEntry[];
  order: TimelineOrder;
  zoneOfEntries: string | undefined;
  incident: Incident;
}

/** What the judgement reads besides the entries as written. */
export interface TimelineContext {
  incidentDate: CalendarDate | undefined;
  timezone: string | undefined;
  defaultZone: string;
  /** The order the document says its dates are written in ("dates are US format (MM/DD/YYYY)"), if it says. */
  monthFirst: boolean | undefined;
  /** The offsets the document gives its zone names ("IST = UTC+1": Irish, not India's), by name. */
  zoneDefinitions: ReadonlyMap<string, string>;
  /** The incident's part and entries, from the resolved entries (`firstIncident`). */
  incidentOf: (entries: TimelineEntry[]) => Incident;
  /** What the header states of milestones (their fields' values), and how it marks them on the incident's entries. */
  fieldMilestones: { values: readonly (string | undefined)[]; mark: (entries: TimelineEntry[]) => void };
  /** What the incident's part states of when impact began. */
  statedStartOf: (incident: Incident) => StatedStart;
}

/** What the author's own figures say of the start, for a timeline whose words do not. */
export interface StatedStart {
  /** The first time of the author's window of impact ("from 14:00-14:30"). */
  window: ClockTime | undefined;
  /**
   * The lengths the author states from the start ("Time to detection: 7 hours", "Time to resolve: 54 hours 10
   * minutes"), in minutes, with the unit they are rounded to and how far they may be from the timeline's and agree.
   */
  figures: readonly StatedLength[];
}

export interface StatedLength {
  kind: 'detect' | 'identify' | 'mitigate' | 'resolve' | 'impact';
  minutes: number;
  rounding: number;
  tolerance: number;
}

interface Judgement {
  raw: RawTimelineEntry[];
  incidentDate: CalendarDate | undefined;
  timezone: string | undefined;
  defaultZone: string;
  monthFirst: boolean | undefined;
  zoneDefinitions: ReadonlyMap<string, string>;
  fieldValues: readonly (string | undefined)[];
  statedStart: StatedStart;
  judged: JudgedTimeline;
  /** The steps it was made in. */
  steps: number;
}

/**
 * The last judgements, most recent first: of the documents being typed in, or of the last versions of one. Their
 * entries may hold strings sliced from those versions' texts: a few kept, not one per document ever analysed.
 */
const JUDGEMENTS: Judgement[] = [];
const KEPT_JUDGEMENTS = 4;

/**
 * Resolves the timeline and assigns the incident's milestones, in steps. A version whose entries, dates, zones,
 * header milestones and stated start are all the last judgement's (a keystroke outside the timeline) gets that
 * judgement again: on a 1 MB post-mortem, resolving and assigning are 4 ms of each keystroke and most of its garbage.
 * Both versions' models then hold the same entries, which is safe because nothing changes an entry once judged. A
 * judgement found again takes as many steps as it was made in, empty ones: an analysis' steps depend on its text
 * alone, not on what was memoised, so the server's slices (and the tests that count steps) see the same analysis.
 */
export function* judgeTimeline(raw: RawTimelineEntry[], context: TimelineContext): Generator<void, JudgedTimeline> {
  const { incidentDate, timezone, defaultZone, monthFirst, zoneDefinitions, fieldMilestones, incidentOf, statedStartOf } = context;
  if (!memosBypassed()) {
    for (const [i, last] of JUDGEMENTS.entries()) {
      if (last.timezone !== timezone || last.defaultZone !== defaultZone || last.monthFirst !== monthFirst || !sameDefinitions(last.zoneDefinitions, zoneDefinitions) || !sameDate(last.incidentDate, incidentDate)) continue;
      if (!sameList(last.fieldValues, fieldMilestones.values, Object.is) || !sameList(last.raw, raw, sameRawEntry)) continue;
      const incident = incidentOf(last.judged.entries);
      if (!sameList(incident.entries, last.judged.incident.entries, Object.is) || !sameStatedStart(statedStartOf(incident), last.statedStart)) continue;
      JUDGEMENTS.splice(i, 1);
      // This version's entries as written, equal to the last's: the older version's text need not stay alive.
      JUDGEMENTS.unshift({ ...last, raw });
      for (let step = 0; step < last.steps; step++) yield;
      return { ...last.judged, incident };
    }
  }
  const making = judgeAnew(raw, context);
  let steps = 0;
  let made = making.next();
  for (; !made.done; made = making.next()) {
    steps++;
    yield;
  }
  const { judged, statedStart } = made.value;
  if (!memosBypassed()) {
    JUDGEMENTS.unshift({ raw, incidentDate, timezone, defaultZone, monthFirst, zoneDefinitions, fieldValues: fieldMilestones.values, statedStart, judged, steps });
    JUDGEMENTS.length = Math.min(JUDGEMENTS.length, KEPT_JUDGEMENTS);
  }
  return judged;
}

/** What was derived from each judged list of entries, by the function that derived it. */
const DERIVED = new WeakMap<readonly TimelineEntry[], Map<unknown, unknown>>();

/**
 * `derive(entries)` once per list of judged entries: a judged entry never changes, so what a kept judgement's
 * entries give (their landmarks, durations, date) is found again. Only for entries whose judgement is finished, and
 * for results nobody changes.
 */
export function fromJudged<T>(entries: TimelineEntry[], derive: (entries: TimelineEntry[]) => T): T {
  if (memosBypassed()) return derive(entries);
  let derived = DERIVED.get(entries);
  if (!derived) DERIVED.set(entries, (derived = new Map()));
  if (!derived.has(derive)) derived.set(derive, derive(entries));
  return derived.get(derive) as T;
}

function* judgeAnew(raw: RawTimelineEntry[], context: TimelineContext): Generator<void, { judged: JudgedTimeline; statedStart: StatedStart }> {
  const { entries, order, zoneOfEntries } = yield* resolveTimeline(raw, context.incidentDate, context.timezone, context.defaultZone, context.monthFirst, context.zoneDefinitions);
  const incident = context.incidentOf(entries);
  yield;
  context.fieldMilestones.mark(incident.entries);
  yield* assignMilestones(incident.entries);
  const statedStart = context.statedStartOf(incident);
  markStatedStart(incident.entries, statedStart.window);
  if (!statedStart.window) markStartBeforeDetection(incident.entries, statedStart.figures);
  markChangeAsStart(incident.entries);
  return { judged: { entries, order, zoneOfEntries, incident }, statedStart };
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}

/** Every field the judgement reads. */
function sameRawEntry(a: RawTimelineEntry, b: RawTimelineEntry): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.sectionStart === b.sectionStart &&
    a.form === b.form &&
    a.timeStart === b.timeStart &&
    a.timeEnd === b.timeEnd &&
    a.timeText === b.timeText &&
    sameStamp(a.stamp, b.stamp) &&
    sameDate(a.contextDate, b.contextDate) &&
    a.event === b.event &&
    a.prose === b.prose &&
    a.actor === b.actor &&
    a.blockZone === b.blockZone &&
    a.markedMilestone === b.markedMilestone
  );
}

/** Stamps of table rows are memoised by their text (the same object); others are read again each version. */
function sameStamp(a: Timestamp | undefined, b: Timestamp | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.start === b.start &&
      a.end === b.end &&
      sameDate(a.date, b.date) &&
      sameClock(a.time, b.time) &&
      a.approximate === b.approximate &&
      a.unknown === b.unknown &&
      a.invalid === b.invalid &&
      a.invalidDate === b.invalidDate &&
      a.zone === b.zone)
  );
}

function sameDate(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.year === b.year && a.month === b.month && a.day === b.day && a.monthFirst === b.monthFirst && a.dayMonthAmbiguous === b.dayMonthAmbiguous);
}

function sameStatedStart(a: StatedStart, b: StatedStart): boolean {
  return sameClock(a.window, b.window) && sameList(a.figures, b.figures, (x, y) => x.kind === y.kind && x.minutes === y.minutes && x.rounding === y.rounding && x.tolerance === y.tolerance);
}

function sameClock(a: ClockTime | undefined, b: ClockTime | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.hour === b.hour && a.minute === b.minute && a.second === b.second);
}

function sameDefinitions(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([name, offset]) => b.get(name) === offset);
}
