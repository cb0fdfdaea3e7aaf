import { BOUND_WORDS, BOUND_QUALIFIER, formatMinutesLike } from '../durationText';
import { entriesAtClock, landmarksOf, tellsOfSeveralOutages, type Milestone } from '../milestones';
import type { HeaderField } from '../headerFields';
import { lineBefore } from '../lineIndex';
import { hasClockTime, hasMilestone, type TimelineEntry } from '../resolveTimeline';
import { belowFloor, toleranceOf, type FigureKind, type Reading, type StatedFigure } from '../statedFigures';
import { windowIn } from '../statedWindow';
import { readTimestamp } from '../timestamps';
import { replaceWith, type Rule } from './rule';
import { outOfOrderEntries } from './timelineOutOfOrder';
import { matchesOf } from '../matches';

const FROM_THE_START = new Set<FigureKind>(['triage', 'identify', 'mitigate', 'resolve', 'impact', 'total']);

export const FIGURE_NAMES: Record<FigureKind, string> = {
  detect: 'time to detect',
  acknowledge: 'time to acknowledge',
  triage: 'time to triage',
  identify: 'time to identify the root cause',
  mitigate: 'time to mitigate',
  resolve: 'time to resolve',
  impact: 'outage duration',
  total: 'time to full resolution',
};

/** Words that round or bound a figure, kept as written when it is rewritten: "Over 14 hours", "just under 2 hours". */
const HEDGE = new RegExp(String.raw`^\s*(?:${BOUND_WORDS}|around|roughly|nearly|almost|at least|at most|some|approximately|approx\.?|about|~|≈|<|>|≤|≥)\s*`, 'i');

/**
 * `minutes` written the way the author wrote `text`: "Over 14 hours" stays "Over 12 hours", "~40 minutes" stays
 * "~35 minutes", "4h 27m" stays compact. Undefined for what is not a figure (negative, fractional, not finite).
 */
export function figureTextLike(minutes: number, text: string): string | undefined {
  if (!Number.isInteger(minutes) || minutes < 0) return undefined;
  const hedge = HEDGE.exec(text)?.[0] ?? '';
  return `${hedge}${formatMinutesLike(minutes, text.slice(hedge.length))}`;
}

const AT_LEAST = new RegExp(String.raw`^\s*(?:${BOUND_QUALIFIER}(?:over|more than)|at least|>|≥)`, 'i');
const SLIGHTLY_OVER = /^\s*(?:just|a bit|a little|slightly)\s+(?:over|more than)\b/i;
/** How far past its figure "a little over" may go: "a little over two hours" is not three. */
const SLIGHT_BOUND = 1.5;
const AT_MOST = new RegExp(String.raw`^\s*(?:${BOUND_QUALIFIER}(?:under|less than)|at most|<|≤)`, 'i');

/**
 * Whether `minutes` agrees with the figure as written: a bound ("more than one hour", "under 10 minutes") by its side,
 * an amount within the rounding it was written with.
 */
function agrees(figure: StatedFigure, minutes: number, tolerance: number): boolean {
  // "A little over two hours": near two hours, past them (3 h 18 min is no "little over two").
  if (AT_LEAST.test(figure.text)) return minutes >= figure.statedMinutes - tolerance && (!SLIGHTLY_OVER.test(figure.text) || minutes <= SLIGHT_BOUND * figure.statedMinutes);
  if (AT_MOST.test(figure.text)) return minutes <= figure.statedMinutes + tolerance;
  return Math.abs(minutes - figure.statedMinutes) <= tolerance;
}

/** Whether both ends of a window written as `text` are the times of entries of `timeline`. */
function endsAreEntries(text: string, timeline: TimelineEntry[]): boolean {
  const window = windowIn(text);
  return window !== undefined && [window.from, window.to].every((end) => end.time !== undefined && entriesAtClock(timeline, end.time).length > 0);
}

/**
 * Whether a sentence's figure may tell of one part of the incident (or of what came before the timeline), where a
 * "Total duration:" field is the whole: the stretch between two entries next to each other ("invoice export was
 * unavailable for 22 minutes while the key was rotated", 14:51 key rotated, 15:13 exports work), or a window an entry
 * writes ("The gateway slowed down for about 45 minutes" beside "Gateway status page confirms degraded latency
 * 06:10–06:55").
 */
function tellsOfAPart(figure: StatedFigure, timeline: TimelineEntry[]): boolean {
  if (figure.form !== 'prose') return false;
  const minutes = figure.statedMinutes;
  const instants = timeline.filter(hasClockTime).map((entry) => entry.instant!.toMillis());
  if (instants.some((at, i) => i > 0 && (at - instants[i - 1]) / 60_000 === minutes)) return true;
  // Longer than the whole timeline ("A skipped step in a change plan sat unnoticed for three days"): of what came
  // before it.
  let [earliest, latest] = [Infinity, -Infinity];
  for (const at of instants) [earliest, latest] = [Math.min(earliest, at), Math.max(latest, at)];
  if (instants.length > 1 && minutes > (latest - earliest) / 60_000 + toleranceOf(figure)) return true;
  return timeline.some((entry) => matchesOf(WINDOW_IN_TEXT, entry.prose).some((m) => windowWritten(m[0])?.minutes === minutes));
}

/** "02:09–02:49", "14:00 to 14:30", "13:41 → 13:53", "between 09:41 and 10:58": a window, wherever the document writes it. */
const WINDOW_IN_TEXT = /\b\d{1,2}:\d{2}\s*(?:[-–—→]|->|to|until)\s*\d{1,2}:\d{2}\b|(?<=\bbetween\s+)\d{1,2}:\d{2}\s+and\s+\d{1,2}:\d{2}\b/gi;

/** A match of WINDOW_IN_TEXT as `windowIn` reads a window ("09:41 and 10:58" as "09:41 to 10:58"). */
const asWindow = (text: string) => text.replace(/\s+and\s+/i, ' to ');
const windowWritten = (text: string) => windowIn(asWindow(text));

/**
 * Whether the text before `start` on its line ends a field's key of a few words: "Impact window: **", "...
 * submissions. Impact window: ", "| Customer impact window | ".
 */
function writtenAsField(text: string, start: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return /(?:^|[.;!?|]\s)[\s>*_-]*(?:[\w()/-]+ ?){1,5}[*_]*\s*[:|][\s*_]*$/.test(before);
}

/** A character inside brackets, which may run on past a soft line break of the paragraph but not past a blank line. */
const IN_BRACKETS = String.raw`(?:[^()\n]|\n(?![ \t]*\n))`;
const WORD_IN_BRACKETS = String.raw`(?:[^()\n\d]|\n(?![ \t]*\n))`;

/** "(channel stopped → backlog fully accepted)", "(from first alert to rollback)": the two moments a figure is counted between, in words. */
const DEFINED_BETWEEN = new RegExp(String.raw`^[*_]*[ \t]*\((?:from[ \t]+)?${WORD_IN_BRACKETS}{2,60}?[ \t]*(?:→|->|⇒|\bto\b|\buntil\b|\btill\b)[ \t]*${WORD_IN_BRACKETS}{2,60}\)`, 'i');
const OWN_ENDS = new RegExp(String.raw`^[*_]*[ \t]*\((${IN_BRACKETS}{5,80})\)`);
/** ", from the first alert at 10:07 to recovery at 10:40": the same two ends, in a clause after the figure. */
const OWN_ENDS_IN_WORDS = /^[*_]*,?[ \t]+((?:from|between)\b[^.;()\n]{5,80})/i;

/** "51 mins (13:40 alert, 14:31 raised)": the two clock times the figure is counted between, written after it (the bracket may wrap onto the next line). */
function ownEndsAgree(after: string, statedMinutes: number): boolean {
  const bracket = OWN_ENDS.exec(after)?.[1] ?? OWN_ENDS_IN_WORDS.exec(after)?.[1];
  const times = bracket ? matchesOf(/\b([01]?\d|2[0-3])[:h.]?([0-5]\d)\b/g, bracket) : [];
  if (times.length !== 2) return false;
  const [from, to] = times.map((t) => +t[1] * 60 + +t[2]);
  return (to - from + 1440) % 1440 === statedMinutes;
}

/** "... from detection", "after the page", "since escalation": a figure's own words for where it counts from. */
const FROM_DETECTION = /^[*_]*\s*(?:\(\s*)?(?:from|after|since)\s+(?:the\s+)?(?:first\s+)?(?:detection|page|paging|alert|escalation)\b/i;

/**
 * A figure's lengths counted from the entry the document's own time to detect puts the detection at (the start plus
 * that figure, at an entry's minute), to each end its readings try. Not from a target ("Target time to detect: 20
 * minutes").
 */
function fromStatedDetection(figure: StatedFigure, figures: readonly StatedFigure[], timeline: TimelineEntry[], text: string): number[] {
  const stated = figures.find((f) => f.kind === 'detect' && f !== figure && !/\b(?:target|goal|objective|slo|budget)\b/i.test(lineBefore(text, f.start, KEY_REACH)));
  const start = timeline.find((entry) => hasMilestone(entry, 'started') && hasClockTime(entry));
  if (!stated || !start) return [];
  const at = start.instant!.toMillis() + stated.statedMinutes * 60_000;
  const detection = timeline.find((entry) => hasClockTime(entry) && entry.instant!.toMillis() === at);
  if (!detection) return [];
  return figure.readings.map((reading) => Math.round((reading.to.instant!.toMillis() - at) / 60_000)).filter((minutes) => minutes > 0);
}

/** The milestones a figure of each kind is counted from and to, by the domain's definition. */
const COUNTED: Record<FigureKind, { from: Milestone; to: Milestone[] }> = {
  detect: { from: 'started', to: ['detected'] },
  acknowledge: { from: 'detected', to: ['acknowledged'] },
  triage: { from: 'started', to: ['triaged'] },
  identify: { from: 'started', to: ['identified'] },
  mitigate: { from: 'started', to: ['mitigated'] },
  resolve: { from: 'started', to: ['resolved'] },
  impact: { from: 'started', to: ['mitigated', 'resolved'] },
  total: { from: 'started', to: ['resolved'] },
};

/** A key that says the figure counts from the detection ("Time to contain (from detection):", "Duration after the first alert:"). */
/** How far back a figure's key is read: a key is a few words; a sentence or two before a figure in prose. */
const KEY_REACH = 200;
const FROM_DETECTION_KEY = /\b(?:detect(?:ed|ion)?|alert(?:ed)?|paged?|report(?:ed)?|declared?|declaration|acknowledge?(?:d|ment)?|ack|notice[ds]?)\b/i;

/**
 * The times the header states the incident began at ("Start time: 21:30", "Date/time: 2016-11-07 21:30") or was
 * reported at (an incident.io export's "Reported at" over its "Duration"), with its date when it gives one: authors
 * count from their own stated start even when no entry is at that time.
 */
function headerStarts(header: HeaderField[]): { year?: number; month?: number; day?: number; hour: number; minute: number }[] {
  return header.flatMap((field) => {
    if (field.name !== 'start' && field.name !== 'incidentDate' && field.name !== 'detected') return [];
    const stamp = readTimestamp(field.value);
    if (!stamp?.time || stamp.invalid || stamp.unknown) return [];
    const { date, time } = stamp;
    return [{ ...(date?.year ? { year: date.year, month: date.month, day: date.day } : {}), hour: time.hour, minute: time.minute }];
  });
}

/** Minutes from a header's stated start to `end` (the day before, when the start has no date and its time is later), on the wall clock. */
function minutesFromHeaderStart(start: ReturnType<typeof headerStarts>[number], end: TimelineEntry): number {
  const endWall = end.instant!.ms + end.instant!.offsetMinutes * 60_000;
  const endDay = new Date(endWall);
  const [year, month, day] = start.year === undefined ? [endDay.getUTCFullYear(), endDay.getUTCMonth() + 1, endDay.getUTCDate()] : [start.year, start.month!, start.day!];
  let startWall = Date.UTC(year, month - 1, day, start.hour, start.minute);
  if (start.year === undefined && startWall > endWall) startWall -= 86_400_000;
  return Math.round((endWall - startWall) / 60_000);
}

/** "over three nights", "across 4 outages", "in total", "combined": a figure summed over several stretches. */
const SUMMED = /^[^.;\n]{0,40}?\b(?:(?:over|across|during|in)\s+(?:the\s+)?(?:two|three|four|five|six|several|multiple|\d+)\s+(?:separate\s+)?(?:nights|days|outages|incidents|waves|episodes|windows|periods|occurrences|rounds|bursts|events)|in\s+total|combined|cumulative(?:ly)?|summed|added\s+up)\b/i;

/**
 * Whether the figure, counted from one end of a reading, lands exactly on an entry no milestone was read from: the
 * author read that entry as the milestone ("10:12 Staged rollout halted" for "Time to mitigate (rollout halted): 1h
 * 31m" from the 08:41 start), in words the engine did not take for one. Only where the engine found no such milestone
 * first: an entry after the mitigation it read plainly is no earlier mitigation the author saw ("14:25 Monitoring for
 * stability" for a time to mitigate typed 25 minutes instead of 15). Counted back from its end, a figure counted from
 * the start of impact does not start after the detection: impact had begun by then.
 */
function landsOnUnmarkedEntry(figure: StatedFigure, readings: Reading[], timeline: TimelineEntry[], declared: TimelineEntry | undefined): boolean {
  const exact = (entry: TimelineEntry) => hasClockTime(entry) && !entry.approximate;
  const unmarked = timeline.filter((entry) => exact(entry) && entry.milestone === undefined && entry.alsoMilestones.length === 0).map((entry) => entry.instant!.toMillis());
  const plainly = (milestone: Milestone) => timeline.find((entry) => hasMilestone(entry, milestone) && !entry.milestoneWeak)?.instant?.toMillis();
  const counted = COUNTED[figure.kind];
  const ends = counted.to.map(plainly).filter((at): at is number => at !== undefined);
  // The impact may end at any entry up to the resolution, or the resolution declared after it (a backlog replayed after
  // the mitigation); other figures end at their own milestone, before which an unmarked entry may be the one the author
  // read as it.
  const declaredAt = declared?.instant?.toMillis();
  const endsBy = ends.length === 0 ? Infinity : figure.kind === 'impact' ? Math.max(...ends, declaredAt ?? -Infinity) : Math.min(...ends);
  const startsFrom = plainly(counted.from) ?? -Infinity;
  const detected = FROM_THE_START.has(figure.kind) ? timeline.find((entry) => hasMilestone(entry, 'detected') || hasMilestone(entry, 'acknowledged'))?.instant?.toMillis() : undefined;
  const stated = figure.statedMinutes * 60_000;
  // To the minute: "11 minutes" from 10:31:05 is the report at 10:42:17.
  const unmarkedAt = (at: number) => unmarked.find((u) => Math.abs(u - at) < 60_000);
  const endsAt = (at: number) => {
    const found = unmarkedAt(at);
    return found !== undefined && found < endsBy;
  };
  const startsAt = (at: number) => {
    const found = unmarkedAt(at);
    return found !== undefined && found > startsFrom && !(detected !== undefined && found > detected);
  };
  const tried = figure.floor ? [...readings, figure.floor] : readings;
  return tried.some(({ from, to }) => (exact(from) && endsAt(from.instant!.toMillis() + stated)) || (exact(to) && startsAt(to.instant!.toMillis() - stated)));
}

/**
 * A figure of the complete outage within a longer degradation: "The portal was fully unavailable for 95 minutes",
 * "Hard-down duration: 85 minutes". Its own words before it say so, not negated ("never completely down").
 */
const FULL_OUTAGE = /\b(?:hard[ -]down|(?:full|complete)[ -]outage(?!\s+(?:ends?|ended|over|is over|was over)\b)|(?:fully|completely|entirely)\s+(?:unavailable|down|offline|inaccessible|unreachable))\b/i;
const NOT_SAID = /\b(?:not|never|no|n['’]t|risk|possible|possibly|could|may|might|would|if)\b/i;

/** Whether `text` says the complete outage, in a clause that does not take it back or make it a risk. */
function saysFullOutage(text: string): boolean {
  const match = FULL_OUTAGE.exec(text);
  return match !== null && !NOT_SAID.test(text.slice(0, match.index).split(/[.;:,(]/).pop()!);
}

/**
 * Readings of a figure of the complete outage (tried beside the others): from the first entry after the start of
 * impact that says the complete outage began, to each later mitigation or resolution.
 */
function fullOutageReadings(figure: StatedFigure, before: string, timeline: TimelineEntry[]): Reading[] {
  if (figure.kind !== 'impact' || !saysFullOutage(before.split(/[.;!?](?:\s|$)/).pop()!)) return [];
  const started = timeline.find((entry) => hasMilestone(entry, 'started'));
  if (!started?.instant) return [];
  const from = timeline.find((entry) => hasClockTime(entry) && entry.instant!.toMillis() > started.instant!.toMillis() && saysFullOutage(entry.prose));
  if (!from) return [];
  const ends = timeline.filter((entry) => hasClockTime(entry) && entry.instant!.toMillis() > from.instant!.toMillis() && (hasMilestone(entry, 'mitigated') || hasMilestone(entry, 'resolved')));
  return ends.map((to) => ({ minutes: Math.round((to.instant!.toMillis() - from.instant!.toMillis()) / 60_000), from, to }));
}

/** Readings besides the one reported that a message names. */
const MAX_READINGS_SHOWN = 3;

/**
 * An impact longer than the timeline's count to the fix, where no entry says the service came back or the incident
 * ended ("Automatic re-run disabled" in a billing error whose refunds reached accounts the next morning): the harm may
 * have gone on past the fix to any later entry, so only a figure longer than the whole timeline contradicts it.
 */
function mayOutlastTheFix(figure: StatedFigure, entries: TimelineEntry[]): boolean {
  const { at, start, last, restored, impactEnded } = landmarksOf(entries);
  const fix = at('mitigated');
  if (!fix || !start || !last || at('resolved') || restored || impactEnded || figure.computedMinutes === null || figure.statedMinutes <= figure.computedMinutes) return false;
  return figure.statedMinutes <= (last.instant!.toMillis() - start.instant!.toMillis()) / 60_000 + toleranceOf(figure);
}

export const statedDurationMismatch: Rule = {
  code: 'stated-duration-mismatch',
  defaultSeverity: 'warning',
  description: 'A duration the author wrote ("Time to acknowledge: 6 minutes") that no reading of the timeline gives.',
  check({ index, model }, reportFinding) {
    const line = (entry: { start: number }) => index.lines.positionAt(entry.start).line + 1;
    const tried = (r: Reading) => `${r.from.timeText} (line ${line(r.from)}) to ${r.to.timeText} (line ${line(r.to)})`;
    // Found once a figure needs them (every entry compared: 2 ms at 1 MB), which most never do.
    let disorderedStarts: number[] | undefined;
    const disordered = () => (disorderedStarts ??= outOfOrderEntries(model).flatMap(({ entry, previous }) => [entry.start, previous.start]));
    // The author's own windows whose two ends are entries of the timeline ("down from 9:48 PM to 12:25 AM"): a reading.
    const windows = model.statedFigures.filter((figure) => figure.form === 'range' && endsAreEntries(figure.text, model.incidentTimeline));
    // Several outages ("Outage 2 starts", "fails again"): a figure counted from the start may be one outage's or their
    // sum. Asked, as are the landing on an unmarked entry and a part told, only of a figure about to be reported
    // (reading every entry on each keystroke cost a millisecond at 1 MB).
    let several: boolean | undefined;
    // Every window the author wrote whose ends are entries ("When: ~02:09–02:49 UTC"), read only when asked.
    let windowsWritten: number[] | undefined;
    const writtenWindows = () => (windowsWritten ??= matchesOf(WINDOW_IN_TEXT, index.text).flatMap((m) => (endsAreEntries(asWindow(m[0]), model.incidentTimeline) ? (windowWritten(m[0])?.minutes ?? []) : [])));
    const starts = headerStarts(model.header);
    // Its key, and the brackets after it: "Time to contain (from detection): 31 minutes", "~29.5 hours (from detection)".
    const keyOf = (figure: StatedFigure) => lineBefore(index.text, figure.start, KEY_REACH) + (/^\s*\([^()\n]*\)/.exec(index.text.slice(figure.end, figure.end + 80))?.[0] ?? '');
    // A key that says it counts from the detection keeps the readings from it.
    const readingsOf = (figure: StatedFigure) => (FROM_DETECTION_KEY.test(keyOf(figure)) ? figure.readings : figure.readings.filter((r) => !r.fromDetectionInstead));
    // What else the author may have counted, tried where readings from the detection were left out: a sum over several
    // stretches, a window written elsewhere, the start the header states.
    const otherwiseGiven = (figure: StatedFigure) => {
      const tolerance = toleranceOf(figure);
      return (
        SUMMED.test(index.text.slice(figure.end, figure.end + 80)) ||
        writtenWindows().some((minutes) => agrees(figure, minutes, tolerance)) ||
        starts.some((start) => figure.readings.some((r) => agrees(figure, minutesFromHeaderStart(start, r.to), tolerance)))
      );
    };
    const report = (figure: StatedFigure, finding: Parameters<typeof reportFinding>[0]) => {
      if (FROM_THE_START.has(figure.kind) && (several ??= tellsOfSeveralOutages(model.incidentTimeline))) return;
      if (landsOnUnmarkedEntry(figure, readingsOf(figure), model.incidentTimeline, landmarksOf(model.incidentTimeline).declared) || tellsOfAPart(figure, model.incidentTimeline)) return;
      // A window the author writes elsewhere between two entries ("Between 09:41 and 10:58 UTC the file was
      // published ...") is what they counted.
      if (writtenWindows().some((minutes) => agrees(figure, minutes, toleranceOf(figure)))) return;
      reportFinding(finding);
    };
    // "08:52–10:02 CEST (1h 20m)", "3h 45m (06:00–10:26)": a length and the window written with it, which says what
    // the length is, whatever the timeline says.
    const againstItsWindow = (kind: FigureKind, length: { text: string; start: number; end: number }, window: { text: string; minutes: number }) => {
      const replacement = figureTextLike(window.minutes, length.text);
      reportFinding({
        start: length.start,
        end: length.end,
        message: `The ${FIGURE_NAMES[kind]} is stated as ${length.text}, but the window written with it, ${window.text}, is ${formatMinutesLike(window.minutes, length.text)}: correct the figure or the window.`,
        data: { replacement, kind, fixes: replacement && /\d/.test(length.text) ? [replaceWith(length, replacement, `Change to ${replacement} (the window's length)`)] : [] },
      });
    };
    /** The figure against the timeline's `minutes`, from the first of `readings` (the others also tried). */
    const reportAgainst = (figure: StatedFigure, minutes: number, readings: Reading[]) => {
      const computed = formatMinutesLike(minutes, figure.text);
      const replacement = figureTextLike(minutes, figure.text);
      const [primary, ...others] = readings;
      // The readings nearest the figure say what the author may have meant; a long list of the rest says nothing more.
      const nearest = new Set([...others].sort((a, b) => Math.abs(a.minutes - figure.statedMinutes) - Math.abs(b.minutes - figure.statedMinutes)).slice(0, MAX_READINGS_SHOWN));
      const more = others.length - nearest.size;
      const shown = others.filter((r) => nearest.has(r)).map((r) => `${tried(r)}, ${formatMinutesLike(r.minutes, figure.text)}`);
      const also = shown.length > 0 ? `; also tried ${shown.join('; ')}${more > 0 ? `; and ${more} other reading${more === 1 ? '' : 's'}` : ''}` : '';
      report(figure, {
        start: figure.start,
        end: figure.end,
        message: `The ${FIGURE_NAMES[figure.kind]} is stated as ${figure.text}, but the timeline gives ${computed} (${tried(primary)}${also}): correct the figure (or the timeline).`,
        // Prose such as "about an hour" is the author's sentence to rewrite; a figure in digits can be replaced.
        data: { replacement, kind: figure.kind, fixes: replacement && /\d/.test(figure.text) ? [replaceWith(figure, replacement, `Change to ${replacement} (from the timeline)`)] : [] },
      });
    };
    // Looked up once per kind, not per figure (a large document states a figure per line of a list).
    const ranges = model.statedFigures.filter((figure) => figure.form === 'range');
    const rangesOfKind = (kind: FigureKind) => ranges.filter((range) => range.kind === kind);
    for (const figure of model.statedFigures) {
      // Only a figure the timeline plainly contradicts: every defensible reading tried, on milestones it states.
      // A window ("14:00 to 14:30") states the times themselves, not a figure to check; only its written length is.
      if (figure.form === 'range') {
        const length = figure.writtenLength;
        const asWritten = length && { ...figure, text: length.text, statedMinutes: length.minutes };
        if (length && asWritten && !agrees(asWritten, figure.statedMinutes, toleranceOf(asWritten))) againstItsWindow(figure.kind, length, { text: figure.text, minutes: figure.statedMinutes });
        continue;
      }
      const tolerance = toleranceOf(figure);
      // "Time to restore: 99 minutes (channel stopped → backlog fully accepted)": the author says between which moments it
      // is counted, in words the engine cannot place on the timeline. Only its own two ends could contradict it.
      const after = index.text.slice(figure.end, figure.end + 160);
      if (DEFINED_BETWEEN.test(after) || ownEndsAgree(after, figure.statedMinutes)) continue;
      // "Time to identify: 2h 35m from detection": counted from the detection the document's own time to detect puts at
      // an entry, though the engine reads an earlier one.
      if (FROM_DETECTION.test(after) && fromStatedDetection(figure, model.statedFigures, model.incidentTimeline, index.text).some((minutes) => agrees(figure, minutes, tolerance))) continue;
      // A length its own window gives ("2h 27m (impact), 08:21Z–10:48Z") states the window's times, as a window does.
      if (figure.writtenWindow) {
        if (!agrees(figure, figure.writtenWindow.minutes, tolerance)) againstItsWindow(figure.kind, figure, figure.writtenWindow);
        continue;
      }
      if (windows.some((window) => window.kind === figure.kind && agrees(figure, window.statedMinutes, tolerance))) continue;
      // "Impact window: 01:52 PM – 03:55 PM CST" beside "Outage Duration: 56 minutes": the author's own window of the same
      // figure, written as a field, says what it is. A sentence's window may tell of another part of the impact
      // ("Download was unavailable from 10:58 to 13:05" beside an "Exposure window").
      const sameKindWindows = rangesOfKind(figure.kind);
      // So does a sentence's window the timeline's own reading agrees with ("unavailable ... from 06:40 to 08:14", the
      // start and the fix): the figure ("Duration: ~45 min") contradicts both.
      const ownWindow =
        figure.form === 'key' ? sameKindWindows.find((window) => writtenAsField(index.text, window.start) || (window.statedMinutes === figure.computedMinutes && windows.includes(window))) : undefined;
      if (ownWindow && !sameKindWindows.some((window) => agrees(figure, window.statedMinutes, tolerance))) {
        const at = index.lines.positionAt(ownWindow.start).line + 1;
        report(figure, {
          start: figure.start,
          end: figure.end,
          message: `The ${FIGURE_NAMES[figure.kind]} is stated as ${figure.text}, but the window stated on line ${at}, ${ownWindow.text}, is ${formatMinutesLike(ownWindow.statedMinutes, figure.text.replace(HEDGE, ''))}: correct the figure or the window.`,
          data: { kind: figure.kind, fixes: [] },
        });
        continue;
      }
      // A figure of the complete outage may count from where the timeline says it began.
      const fullOutage = fullOutageReadings(figure, lineBefore(index.text, figure.start, KEY_REACH), model.incidentTimeline);
      if (fullOutage.some((reading) => agrees(figure, reading.minutes, tolerance))) continue;
      if (figure.computedMinutes === null || !figure.confident) {
        // Unsure where the impact began, and told of its complete part too: nothing to say of it.
        if (fullOutage.length > 0) continue;
        // Where its start is unknown, a figure counted from it is still at least the time from the detection to its end.
        const floor = figure.floor;
        const floorDisordered = floor && disordered().some((start) => start >= floor.from.start && start <= floor.to.start);
        if (floor && !floorDisordered && belowFloor(figure) && !AT_LEAST.test(figure.text)) {
          report(figure, {
            start: figure.start,
            end: figure.end,
            message: `The ${FIGURE_NAMES[figure.kind]} is stated as ${figure.text}, but the timeline gives at least ${formatMinutesLike(floor.minutes, figure.text.replace(HEDGE, ''))} (${tried(floor)}, the latest it can count from to the earliest it can end): correct the figure (or the timeline).`,
            data: { kind: figure.kind, fixes: [] },
          });
          continue;
        }
        // No milestones to count it between: still wrong when no two entries of a complete timeline give it.
        const span = figure.nearestSpan;
        // A lower bound ("over 6 hours") is not checked this way: the nearest span says nothing of the longest.
        if (span && !AT_LEAST.test(figure.text) && !agrees(figure, span.minutes, tolerance)) {
          report(figure, {
            start: figure.start,
            end: figure.end,
            message: `The ${FIGURE_NAMES[figure.kind]} is stated as ${figure.text}, but no two entries of the timeline are that far apart (nearest: ${tried(span)}, ${formatMinutesLike(span.minutes, figure.text.replace(HEDGE, ''))}): correct the figure, or add the entry it is counted to.`,
            data: { kind: figure.kind, fixes: [] },
          });
        }
        continue;
      }
      const readings = readingsOf(figure);
      if (readings.some((reading) => agrees(figure, reading.minutes, tolerance))) continue;
      if (readings.length < figure.readings.length && otherwiseGiven(figure)) continue;
      // Counted across entries out of order, the timeline's reading is as doubtful as the figure: the typo is more
      // likely in a time (timeline-out-of-order says which), so the figure is not called wrong.
      const ends = readings.flatMap((reading) => [reading.from.start, reading.to.start]);
      if (disordered().some((start) => start >= Math.min(...ends) && start <= Math.max(...ends))) continue;
      if (figure.kind === 'impact' && mayOutlastTheFix(figure, model.incidentTimeline)) continue;
      // Said of the complete outage, it is told against that part first.
      reportAgainst(figure, fullOutage[0]?.minutes ?? figure.computedMinutes, [...fullOutage, ...readings]);
    }
  },
};
