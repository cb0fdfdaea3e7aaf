import { IANAZone } from 'luxon';
import type { PostmortemModel } from '../model';
import { anotherUndatedDay, type TimelineEntry } from '../resolveTimeline';
import { zoneOf } from '../timestamps';
import { SUMMER_TIME_OF } from '../zoneNames';
import type { Rule } from './rule';

/**
 * Each entry earlier than the one before it (later, in a newest-first timeline), with that one. Figure fixes read
 * this too, whatever the rule's severity: a timeline out of order is not one to rewrite figures from.
 */
export function outOfOrderEntries(model: PostmortemModel): readonly Disorder[] {
  let found = disorderOf.get(model);
  if (!found) disorderOf.set(model, (found = disorderIn(model)));
  return found;
}

type Disorder = { entry: TimelineEntry; previous: TimelineEntry; newestFirst: boolean };

/** Each model's disorder, read once: two rules and a fix ask (every entry compared: a few milliseconds at 1 MB). */
const disorderOf = new WeakMap<PostmortemModel, readonly Disorder[]>();

function disorderIn(model: PostmortemModel): Disorder[] {
  const found: Disorder[] = [];
  const timed = model.timeline.filter((entry) => entry.instant);
  // Each entry's instant and whether it is written to the second, once: each is compared with both neighbours, twice.
  const millis = timed.map((entry) => entry.instant!.toMillis());
  const toTheSecond = timed.map((entry) => /\d:\d{2}:\d{2}/.test(entry.timeText));
  let summerZones: Set<string> | undefined;
  const summerZonesWritten = () => (summerZones ??= summerZonesOf(model.timeline));
  const deltaOf = (i: number) => (toTheSecond[i] === toTheSecond[i - 1] ? millis[i] - millis[i - 1] : toTheMinute(millis[i]) - toTheMinute(millis[i - 1]));
  const starts = logStarts(model, timed);
  for (let k = 0; k < starts.length; k++) {
    const [from, to] = [starts[k], k + 1 < starts.length ? starts[k + 1] : timed.length];
    // A log of a few entries or more written the other way from the rest (a chronological table above a bot's
    // newest-first export) keeps its own order.
    let [steps, forward, backward] = [0, 0, 0];
    for (let i = from + 1; i < to; i++) {
      if (sameDayUntimed(timed[i], timed[i - 1])) continue;
      steps++;
      const delta = deltaOf(i);
      if (delta > 0) forward++;
      else if (delta < 0) backward++;
    }
    const newestFirst = steps >= 3 && forward !== backward ? backward > forward : model.timelineOrder === 'newest-first';
    for (let i = from + 1; i < to; i++) {
      const delta = deltaOf(i);
      if ((newestFirst ? delta > 0 : delta < 0) && !sameDayUntimed(timed[i], timed[i - 1]) && !undatedOnOtherClocks(timed[i], timed[i - 1], model.timezone) && !WINDOW_END.test(timed[i].event) && !(!newestFirst && clocksWentBack(timed[i], timed[i - 1], delta, summerZonesWritten))) found.push({ entry: timed[i], previous: timed[i - 1], newestFirst });
    }
  }
  return found;
}

/**
 * Where each log begins, as positions in `timed` (entries in document order). Order is judged within one timeline
 * ("Key events" may recap the table below), and a time on a known date cannot be ordered against one on no known
 * date. Each team's log, kept under its own heading ("### Storage (Ceph)") or in its own table, starts again from its
 * own first time.
 */
function logStarts(model: PostmortemModel, timed: TimelineEntry[]): number[] {
  const starts: number[] = [];
  let nextLog = 0;
  const logAt = model.timelineLogStarts;
  for (let i = 0; i < timed.length; i++) {
    const [entry, previous] = [timed[i], timed[i - 1]];
    let newLog = false;
    // One pointer over the sorted log starts: linear in a timeline of thousands of entries.
    for (; nextLog < logAt.length && logAt[nextLog] < entry.start; nextLog++) if (previous && logAt[nextLog] > previous.start) newLog = true;
    // A sentence above a table ("T+ is counted from the global launch at 18:00 CET") is no row of it; nor is a list
    // under a pasted log ("Slack notes (CDT):" below a PagerDuty export in UTC) more of that log. Headings and the
    // bullets or lines under them are one log.
    const anotherBlock = previous !== undefined && previous.form !== entry.form && previous.form !== 'heading' && entry.form !== 'heading';
    if (!previous || newLog || anotherBlock || previous.sectionStart !== entry.sectionStart || previous.dateKnown !== entry.dateKnown || anotherUndatedDay(entry, previous)) starts.push(i);
  }
  return starts;
}

/**
 * "**01.00–03.00 GMT** – Queue depth alerting suppressed", "Between 8:15 am and 9:10 am the bridge investigated ...": a
 * window, written where its story needs it; its start need not follow the entry before it. Its event opens with the
 * window's end.
 */
const WINDOW_END = /^[\s*_]*(?:to|until|till|and)?[\s*_]*(?:[01]?\d|2[0-3])[:.h][0-5]\d\b/i;

/** The summer times the timeline's entries are stamped with ("02:55 CEST"); one named in an entry's words says nothing. */
function summerZonesOf(timeline: readonly TimelineEntry[]): Set<string> {
  const written = new Set<string>();
  for (const entry of timeline) if (entry.stamp?.zone) written.add(entry.stamp.zone.toUpperCase());
  return written;
}

/**
 * "02:55 YOPT started", "03:00 clocks back to 02:00 (CET)", "02:30 (CET) YOPT started again": on the night the clocks
 * go back, an hour's times come twice. The entry marked with the winter time after ones not so marked, at most an hour
 * back on the wall clock, is later in fact: where the region's clocks went back in the hours before it, or (on no
 * known date) where other entries are stamped with the summer time.
 */
function clocksWentBack(entry: TimelineEntry, previous: TimelineEntry, delta: number, summerWritten: () => Set<string>): boolean {
  const winter = entry.stamp?.zone?.toUpperCase();
  const region = winter === undefined ? undefined : SUMMER_TIME_OF[winter];
  if (!region || previous.stamp?.zone?.toUpperCase() === winter || delta < -ONE_HOUR) return false;
  const at = entry.instant!.toMillis();
  const zone = IANAZone.create(region[1]);
  return (entry.dateKnown && zone.offset(at) < zone.offset(at - 3 * ONE_HOUR)) || summerWritten().has(region[0]);
}

const ONE_HOUR = 3_600_000;

/** An instant to the minute: entries written to the minute are compared so ("23:36" after "23:36:15"). */
const toTheMinute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/** A date without a time ("2021-12-17") has no place within its day: not out of order with that day's times. */
function sameDayUntimed(entry: TimelineEntry, previous: TimelineEntry): boolean {
  return (!entry.stamp?.time || !previous.stamp?.time) && entry.instant!.toISO().slice(0, 10) === previous.instant!.toISO().slice(0, 10);
}

/**
 * "00:41" in Central time, then "01:20 CDT", on no known date: two clocks whose difference depends on the day (daylight
 * saving), which the document does not say; their order cannot be judged. Two fixed offsets ("CST", "CDT") differ alike
 * on every day.
 */
function undatedOnOtherClocks(entry: TimelineEntry, previous: TimelineEntry, documentZone: string | undefined): boolean {
  if (entry.dateKnown) return false;
  const [zone, previousZone] = [entry, previous].map((e) => e.stamp?.zone ?? e.blockZone ?? documentZone);
  return zone !== previousZone && ![zone, previousZone].every((name) => zoneOf(name)?.isUniversal);
}

/** What may come before a time that opens its line: a quote mark, emphasis, a bracket, a date. */
const TIME_OPENS_LINE = /^[ \t>*_`[(]*(?:\d{4}-\d{2}-\d{2}[ T])?$/;

export const timelineOutOfOrder: Rule = {
  code: 'timeline-out-of-order',
  defaultSeverity: 'warning',
  description: 'A timeline entry earlier than the one before it (or later, in a newest-first timeline).',
  check({ index, model }, report) {
    // A story told in paragraphs under "What happened" (no timeline section) may step back to explain ("At 11:32 PM
    // errors began. [...] At 11:25 PM, an automated process began adding capacity"): no list to put in order. Under a
    // timeline heading too, a paragraph that tells another thread ("**In the meantime.** At 10.30am Aisha posted ...")
    // goes back in time on purpose; a paragraph that opens with its time is a line of a list, and is put in order.
    const timelines = new Set(model.sections.filter((s) => s.kind === 'timeline').map((s) => s.nameStart));
    const anotherThread = (entry: TimelineEntry, previous: TimelineEntry) => {
      const between = index.text.slice(previous.end, entry.timeStart);
      const paragraphStart = between.search(/\n[ \t]*\n(?![^]*\n[ \t]*\n)/);
      return paragraphStart >= 0 && /\p{L}/u.test(between.slice(paragraphStart).replace(/^\s*(?:at|by|around)?\s*$/i, ''));
    };
    // "**14:45** Error rate back to baseline. Status page: resolved at 15:05 after monitoring.": a later moment told
    // within the entry's own line, which a newest-first timeline cannot put before it.
    const toldWithin = (entry: TimelineEntry, previous: TimelineEntry) => !/\n|<br/i.test(index.text.slice(previous.start, entry.timeStart));
    // Lines that each open with their time, one under the other ("07:42 Ops: consumers stuck" / "07:50 Ana: paging"),
    // are a list in all but its markers, wherever they are.
    const opensLine = (entry: TimelineEntry) => TIME_OPENS_LINE.test(index.text.slice(index.text.lastIndexOf('\n', entry.timeStart - 1) + 1, entry.timeStart));
    const blankLineBetween = (entry: TimelineEntry, previous: TimelineEntry) => /\n[ \t]*\n/.test(index.text.slice(previous.start, entry.timeStart));
    const timedLines = (entry: TimelineEntry, previous: TimelineEntry) => opensLine(entry) && opensLine(previous) && !blankLineBetween(entry, previous);
    for (const { entry, previous, newestFirst } of outOfOrderEntries(model)) {
      if (entry.form === 'line' && previous.form === 'line' && !timedLines(entry, previous) && (!timelines.has(entry.sectionStart) || anotherThread(entry, previous) || toldWithin(entry, previous))) continue;
      // A sentence below the list that tells a later run ("The backfill was resumed on Thursday at 2:00 AM"), or above a
      // pasted log ("the first 404 was served at 10:04 AM"): a story's time, not a row's, ordered with no row.
      const toldInProse = (e: TimelineEntry) => e.form === 'line' && !opensLine(e);
      if (toldInProse(entry) !== toldInProse(previous) && blankLineBetween(entry, previous)) continue;
      report({
        start: entry.timeStart,
        end: entry.timeEnd,
        message: `${entry.timeText} comes after ${previous.timeText} in a ${newestFirst ? 'newest-first' : 'chronological'} timeline: move this entry to its place, or correct its time.`,
        data: { previousTime: previous.timeText },
      });
    }
  },
};
