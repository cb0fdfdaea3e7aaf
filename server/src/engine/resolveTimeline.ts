import type { RawTimelineEntry } from './timeline';
import type { Zone } from 'luxon';
import { Instant, instantOf, isRealDate, writesMonthFirst, settleDayMonth, weekdayOf, zoneOf, type CalendarDate } from './timestamps';

export interface TimelineEntry extends RawTimelineEntry {
  /** The instant, when the entry's time is readable; computed on a nominal date when the date is unknown. */
  instant: Instant | undefined;
  /** True when the instant's calendar date is known (its own, a date heading's, or the incident date). */
  dateKnown: boolean;
  /** Days added because the time is earlier than the one before it in a chronological timeline. */
  rolledOverDays: number;
  approximate: boolean;
  /** A time that is there but could not be read ("14:??", "--:--", "sometime later"). */
  unreadable: boolean;
  milestone: string | undefined;
  /** The milestone was read from weak wording only ("traffic restored"): figures resting on it are estimates. */
  milestoneWeak?: boolean;
  /** Further milestones the same entry marks ("Site is down, engineers respond to alarms": started, detected). */
  alsoMilestones: string[];
}

/**
 * An entry at a readable clock time: what minutes are counted from and to (not one dated to the day only, "2019-07-25:
 * fix opened", nor one whose time could not be read, "14:??").
 */
export function hasClockTime(entry: TimelineEntry): boolean {
  return entry.instant !== undefined && !entry.unreadable && entry.stamp?.time !== undefined;
}

/** For each entry, the zone the next entry after it that names one names. */
function zonesNamedAfter(raw: readonly RawTimelineEntry[]): (string | undefined)[] {
  const after: (string | undefined)[] = new Array(raw.length);
  let next: string | undefined;
  for (let i = raw.length - 1; i >= 0; i--) {
    after[i] = next;
    if (raw[i].stamp?.time && raw[i].stamp!.zone) next = raw[i].stamp!.zone;
  }
  return after;
}

/** The year of `date` (written without one) that puts it on or before `later`. */
function yearNotAfter(date: CalendarDate, later: CalendarDate): number {
  return date.month > later.month || (date.month === later.month && date.day > later.day) ? later.year! - 1 : later.year!;
}

/** The first date with a year that an entry writes or sits under. */
function firstDatedIn(raw: readonly RawTimelineEntry[]): CalendarDate | undefined {
  for (const entry of raw) {
    const date = entry.stamp?.date?.year ? entry.stamp.date : entry.contextDate?.year ? entry.contextDate : undefined;
    if (date) return date;
  }
  return undefined;
}

/** Every milestone an entry marks. */
export function hasMilestone(entry: TimelineEntry, milestone: string): boolean {
  return entry.milestone === milestone || entry.alsoMilestones.includes(milestone);
}

export type TimelineOrder = 'chronological' | 'newest-first' | 'none';

// Used only to compute durations between times of a document that never states its date.
const NOMINAL_DATE = { year: 2000, month: 1, day: 1 };
/** The settings' zone when the team configures none. */
const BUILT_IN_ZONE = 'UTC';
const TWELVE_HOURS = 12 * 3600_000;

/** Entries resolved between two steps: a few milliseconds' work (a 1 MB post-mortem has about 3,900). */
const ENTRIES_PER_STEP = 500;

/**
 * Resolves each entry's instant from its own date, the date above it, the incident date, the stated time zone and
 * midnight rollover (a time twelve hours or more earlier than the one before it, in a chronological timeline,
 * is on the next day). Unknown and approximate times are kept and flagged, never guessed. In steps, yielding every
 * ENTRIES_PER_STEP entries.
 */
export function* resolveTimeline(
  raw: RawTimelineEntry[],
  incidentDate: CalendarDate | undefined,
  documentZone: string | undefined,
  defaultZone: string,
  statedMonthFirst?: boolean,
  zoneDefinitions: ReadonlyMap<string, string> = new Map(),
): Generator<void, { entries: TimelineEntry[]; order: TimelineOrder; zoneOfEntries: string | undefined }> {
  // "01-31-2024" elsewhere in the timeline means "01-10-2024" is January 10th.
  let dated = 0;
  let datedMonthFirst = 0;
  const count = (date: CalendarDate | undefined) => {
    if (date?.monthFirst === undefined) return;
    dated++;
    if (date.monthFirst) datedMonthFirst++;
  };
  for (const e of raw) {
    count(e.stamp?.date);
    count(e.contextDate);
  }
  const elapsed = countsElapsedTime(raw);
  // Times that mostly name one zone, or the first time's zone, state the timeline's zone for those that name none.
  const zoneOfEntries = mostEntriesZone(raw, elapsed);
  const timelineZone = documentZone ?? zoneOfEntries;
  const utcTimeline = zoneOf(timelineZone)?.name === 'UTC';
  // With no date that settles it, a timeline in a US zone writes the month first ("11/7/2025" is November 7).
  // The order the document states outranks both.
  const monthFirst = statedMonthFirst ?? (dated > 0 ? datedMonthFirst > dated / 2 : undefined);
  const monthFirstZone = writesMonthFirst(timelineZone);
  const entries: TimelineEntry[] = [];
  let previous: { ms: number; zone: Zone } | undefined;
  let lastDated: CalendarDate | undefined;
  let firstDated: CalendarDate | null | undefined;
  let lastZone: string | undefined;
  let nextZones: (string | undefined)[] | undefined;
  let position = 0;
  for (const rawEntry of raw) {
    if (entries.length % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    const contextDate = settleDayMonth(rawEntry.contextDate, monthFirst, monthFirstZone);
    // Copied only when the date is read the other way round: stamps are memoised, shared and never changed.
    const settled = rawEntry.stamp && settleDayMonth(rawEntry.stamp.date, monthFirst, monthFirstZone);
    const zoned = elapsed && rawEntry.stamp?.zone !== undefined && BARE_OFFSET.test(rawEntry.stamp.zone) ? { ...rawEntry.stamp, zone: undefined } : rawEntry.stamp;
    const stamp = zoned && (settled === zoned.date ? zoned : { ...zoned, date: settled });
    // "8.35am Dubai (4.35am GMT)" in a timeline kept in GMT: the station's clock; in any other, the bracket is not read.
    const named = stamp?.zone ?? (stamp?.onUtcClock && utcTimeline ? stamp.onUtcClock : undefined) ?? rawEntry.blockZone ?? timelineZone;
    let zone = zoneOf((named && zoneDefinitions.get(named)) ?? named) ?? zoneOf(defaultZone) ?? zoneOf('UTC')!;
    // Zones that differ from entry to entry ("00:52 (BST)", "~01:05", "01:35 (BST)", then "01:10 (GMT)" across a clock
    // change): a time naming none between two entries on the same clock is on that clock. Not over a zone the team
    // configured (other than the built-in UTC), nor after one entry on another party's clock (a customer's "09:05 EST"
    // among the author's own times).
    const between = stamp?.time && !named && (!defaultZone || defaultZone === BUILT_IN_ZONE) && lastZone && lastZone === (nextZones ??= zonesNamedAfter(raw))[position] ? zoneOf(zoneDefinitions.get(lastZone) ?? lastZone) : undefined;
    if (between) zone = between;
    if (stamp?.zone) lastZone = stamp.zone;
    position++;
    // "... by 9:35 AM IST", then "I joined at around 9:30 PM Austin time": an undated time on another clock goes on from
    // the moment before it, on that clock's calendar (the Sunday evening in Austin, not Monday's).
    const onOtherClock = previous && previous.zone.offset(previous.ms) !== zone.offset(previous.ms) ? calendarDateAt(previous.ms, zone) : undefined;
    const written = stamp?.date ?? contextDate ?? onOtherClock;
    // With no incident date, "### Tuesday 27 October" under "### Monday 26 October 2026" is in the year of the day above;
    // "26/10 23:30" above "27/10/2024 00:52", in the latest year that does not put it after the first dated entry.
    const reference = incidentDate ?? lastDated;
    const firstAfter = !reference && written && !written.year ? ((firstDated ??= firstDatedIn(raw) ?? null) ?? undefined) : undefined;
    const year = written?.year ?? contextDate?.year ?? (written && reference ? yearNearest(written, reference) : firstAfter ? yearNotAfter(written!, firstAfter) : incidentDate?.year);
    const date = written ? (year ? (written.year === year ? (written as CalendarDate & { year: number }) : { ...written, year }) : undefined) : incidentDate?.year ? (incidentDate as CalendarDate & { year: number }) : undefined;
    const readable = stamp && !stamp.invalid && !stamp.unknown;
    const time = readable ? (stamp.time ?? { hour: 0, minute: 0, second: 0 }) : undefined;
    // "Day 2, 00:40" with nothing to say which day is Day 1: no instant rather than a guess.
    // "### Day 2 — Sat 13 Apr", "### 03/08 01.04" in a document that says no year: its times are still a day after the
    // day before's, on a nominal year (no date is shown for them).
    const nominal = !date && written && !written.year && isRealDate(written) ? { ...written, year: NOMINAL_DATE.year } : NOMINAL_DATE;
    const day = date ?? nominal;
    const instant = time && stamp && (!stamp.date || date || nominal !== NOMINAL_DATE) && (stamp.dayNumber === undefined || date) ? instantOf(stamp.nextDay ? dayAfter(day) : day, time, zone) : undefined;
    if (instant && stamp?.time && date) previous = { ms: instant.ms, zone };
    if (date) lastDated = date;
    // Written out, not spread: a spread and ten properties added after it cost more than the rest of the reading.
    entries.push({
      form: rawEntry.form,
      sectionStart: rawEntry.sectionStart,
      start: rawEntry.start,
      end: rawEntry.end,
      timeText: rawEntry.timeText,
      timeStart: rawEntry.timeStart,
      timeEnd: rawEntry.timeEnd,
      stamp,
      contextDate,
      event: struckOut(rawEntry.event),
      prose: struckOut(rawEntry.prose),
      actor: rawEntry.actor,
      blockZone: rawEntry.blockZone,
      markedMilestone: rawEntry.markedMilestone,
      readingKey: rawEntry.readingKey,
      instant,
      dateKnown: Boolean(date),
      rolledOverDays: 0,
      approximate: stamp?.approximate ?? false,
      unreadable: !stamp || stamp.unknown || stamp.invalid,
      milestone: undefined,
      alsoMilestones: [],
    });
  }
  const bySection = timedBySection(entries);
  // Before the order is judged: "11:44 p.m." then "11:49" is no step back.
  inheritHalfOfDay(bySection);
  const order = orderOf(entries);
  if (order === 'chronological') {
    crossNoon(bySection);
    rollOverMidnight(entries, incidentDate);
  }
  placeOffsets(entries);
  return { entries, order, zoneOfEntries };
}

/** "+05:30", "-0700": an offset written alone, without "UTC" before it. */
const BARE_OFFSET = /^[+-]\d{2}:?\d{2}$/;

/** Offsets with minutes that zones have ("+05:30" India, "+05:45" Nepal, "+09:30" Darwin). */
const ZONE_OFFSET_MINUTES = new Set(['0330', '0430', '0530', '0630', '0930', '1030', '0545', '0845', '1245']);

/**
 * "At 09:55 (+00:45)", "10:22 (+01:12)": times with the time since the start beside them. Offsets written alone are
 * that, not zones, when one is no zone's, or when those after times without a date take three values or more (a
 * log's "2024-03-10T14:00:00+01:00" beside "...-05:00" and "...+09:00" is on three zones' clocks).
 */
function countsElapsedTime(raw: RawTimelineEntry[]): boolean {
  const offsets = new Set<string>();
  const undated = new Set<string>();
  for (const e of raw) {
    if (e.stamp?.zone === undefined || !BARE_OFFSET.test(e.stamp.zone)) continue;
    const digits = e.stamp.zone.replace(/[+:-]/g, '');
    offsets.add(digits);
    if (!e.stamp.date) undated.add(digits);
  }
  return undated.size >= 3 || [...offsets].some((digits) => !digits.endsWith('00') && !ZONE_OFFSET_MINUTES.has(digits));
}

/** The calendar day after `date`. */
function dayAfter(date: CalendarDate & { year: number }): CalendarDate & { year: number } {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** The day on `zone`'s calendar at the moment `ms`. */
function calendarDateAt(ms: number, zone: Zone): CalendarDate {
  const wall = new Date(ms + zone.offset(ms) * 60_000);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** "~~all clear~~ still watching": the words the author struck out are no longer said. */
function struckOut(text: string): string {
  return text.includes('~~') ? text.replace(/~~[^~\n]+~~\s*/g, '').trim() : text;
}

const OFFSET = /^\\?\[?\s*\+\s*(\d+(?:\.\d+)?)\s*(minutes?|mins?|m|hours?|hrs?|h)\s*\\?\]?$/i;

/** "+10 minutes", "[+1.5 hrs]": a row placed after the last row of the timeline that has a clock time. */
function placeOffsets(entries: TimelineEntry[]): void {
  let anchor: TimelineEntry | undefined;
  for (const entry of entries) {
    if (entry.stamp?.time && entry.instant) anchor = entry;
    const offset = entry.stamp ? undefined : OFFSET.exec(entry.timeText.trim());
    if (!offset || !anchor?.instant || anchor.sectionStart !== entry.sectionStart) continue;
    const minutes = Number(offset[1]) * (/^h/i.test(offset[2]) ? 60 : 1);
    const instant = new Instant(anchor.instant.toMillis() + minutes * 60_000, anchor.instant.offsetMinutes);
    const [hour, minute] = instant.toISO().slice(11, 16).split(':').map(Number);
    entry.instant = instant;
    entry.dateKnown = anchor.dateKnown;
    entry.unreadable = false;
    // Placed by arithmetic on the author's rounded offset: kept, and flagged like "~14:10".
    entry.approximate = true;
    entry.stamp = { start: 0, end: entry.timeText.length, date: undefined, time: { hour, minute, second: 0 }, approximate: false, unknown: false, invalid: false, invalidDate: false, zone: anchor.stamp?.zone };
  }
}

function orderOf(entries: TimelineEntry[]): TimelineOrder {
  const timed = entries.filter((e) => e.instant);
  let forward = 0;
  let backward = 0;
  for (let i = 1; i < timed.length; i++) {
    if (anotherUndatedDay(timed[i], timed[i - 1])) continue;
    const delta = timed[i].instant!.toMillis() - timed[i - 1].instant!.toMillis();
    if (delta > 0) forward++;
    else if (delta < 0 && -delta < TWELVE_HOURS) backward++;
  }
  if (timed.length < 2) return timed.length === 1 ? 'chronological' : 'none';
  return backward > forward ? 'newest-first' : 'chronological';
}

/**
 * Under another day written without its year ("- Oct 21" over its times) in a document that says no year: the times
 * are on a day we cannot place, so their order against the day before's is not known.
 */
export function anotherUndatedDay(entry: TimelineEntry, previous: TimelineEntry): boolean {
  const [day, before] = [entry.contextDate, previous.contextDate];
  return !entry.dateKnown && day !== undefined && before !== undefined && (day.month !== before.month || day.day !== before.day);
}

/** A time written with AM or PM, or on a 24-hour clock ("00:40", "13:15", "09:30"): not a bare 12-hour time. */
const NOT_TWELVE_HOUR = (entry: TimelineEntry) => /[ap]\.?\s?m\b/i.test(entry.timeText) || entry.stamp!.time!.hour === 0 || entry.stamp!.time!.hour >= 13;

/** Entries with a readable time, by the section they are in. */
function timedBySection(entries: TimelineEntry[]): TimelineEntry[][] {
  const sections = new Map<number, TimelineEntry[]>();
  for (const entry of entries) {
    if (!entry.instant || !entry.stamp?.time || entry.unreadable) continue;
    const section = sections.get(entry.sectionStart);
    if (section) section.push(entry);
    else sections.set(entry.sectionStart, [entry]);
  }
  return [...sections.values()];
}

const HALF_DAY_MINUTES = 12 * 60;
const DAY_MINUTES = 24 * 60;
const SOON_AFTER_MINUTES = 6 * 60;

/**
 * "Our alert fired at 11:44 p.m. ... the second page, at 11:49, woke him": a timeline on a 12-hour clock names the
 * half of the day once and then leaves it out. A time without it, in a section where others name it and none is on a
 * 24-hour clock ("00:40", "13:15", "09:30"), is in the half that puts it soonest after the time before it, when that is
 * within hours of it.
 */
function inheritHalfOfDay(bySection: TimelineEntry[][]): void {
  const named = (entry: TimelineEntry) => /[ap]\.?\s?m\b/i.test(entry.timeText);
  const twentyFourHour = (entry: TimelineEntry) => !named(entry) && (entry.stamp!.time!.hour === 0 || entry.stamp!.time!.hour >= 13 || /(?:^|\D)0\d:/.test(entry.timeText));
  for (const timed of bySection) {
    // The 24-hour check first: on a 24-hour timeline it stops at its first entries.
    if (timed.some(twentyFourHour) || !timed.some(named)) continue;
    let previous: { entry: TimelineEntry; minuteOfDay: number } | undefined;
    for (const entry of timed) {
      let minuteOfDay = entry.stamp!.time!.hour * 60 + entry.stamp!.time!.minute;
      if (previous && !named(entry) && !entry.stamp!.date && !startsNewDay(entry, previous.entry)) {
        const after = (minutes: number) => (minutes - previous!.minuteOfDay + DAY_MINUTES) % DAY_MINUTES;
        const otherHalf = (minuteOfDay + HALF_DAY_MINUTES) % DAY_MINUTES;
        // Not a look back ("saw the graph fall at 10:03", told after 10:24): half a day later is no moment soon after.
        if (after(otherHalf) < after(minuteOfDay) && after(otherHalf) <= SOON_AFTER_MINUTES) {
          entry.instant = entry.instant!.plus({ days: minuteOfDay < HALF_DAY_MINUTES ? 0.5 : -0.5 });
          minuteOfDay = otherHalf;
        }
      }
      previous = { entry, minuteOfDay };
    }
  }
}

/**
 * "11:50", "12:40", "1:15", "2:00": a timeline written on a 12-hour clock without AM or PM crosses noon (or midnight)
 * where its times fall back by less than twelve hours (and more than six: half a day on is then soon after the time
 * before), and each time after that is twelve hours later than written.
 * Only in a timeline of one section where no time says it is on a 24-hour clock or names its half of the day, and
 * only at a time written without a leading zero ("1:15", not "01:15", which on a 24-hour clock is out of order).
 */
function crossNoon(bySection: TimelineEntry[][]): void {
  for (const timed of bySection) {
    if (timed.some(NOT_TWELVE_HOUR)) continue;
    let halves = 0;
    let previous: TimelineEntry | undefined;
    for (const entry of timed) {
      const newDay = startsNewDay(entry, previous);
      if (entry.stamp!.date || newDay) halves = 0;
      else if (halves > 0) entry.instant = entry.instant!.plus({ days: halves / 2 });
      const back = previous ? previous.instant!.toMillis() - entry.instant!.toMillis() : 0;
      // Half a day on must be soon after the time before ("12:40" then "1:15"): "10:58" then "10:49" is out of order.
      const soonAfter = back > TWELVE_HOURS - SOON_AFTER_MINUTES * 60_000;
      if (previous && !entry.stamp!.date && !newDay && soonAfter && back < TWELVE_HOURS && /^\D*(?:[1-9]|1[01]):/.test(entry.timeText)) {
        halves++;
        entry.instant = entry.instant!.plus({ days: 0.5 });
      }
      previous = entry;
    }
  }
}

/**
 * The year that puts a date written without one nearest the incident's date: "12/14" before an incident on 1 January
 * is in the December before it.
 */
function yearNearest(written: CalendarDate, incidentDate: CalendarDate): number | undefined {
  if (!incidentDate.year) return undefined;
  const incident = Date.UTC(incidentDate.year, incidentDate.month - 1, incidentDate.day);
  const distance = (year: number) => Math.abs(Date.UTC(year, written.month - 1, written.day) - incident);
  return [incidentDate.year - 1, incidentDate.year + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best), incidentDate.year);
}

function rollOverMidnight(entries: TimelineEntry[], incidentDate: CalendarDate | undefined): void {
  if (incidentDate?.afterNight) eveningBefore(entries);
  let previous: TimelineEntry | undefined;
  let days = 0;
  // The last weekday an entry opened with, and the days counted then.
  let lastWeekday: { index: number; days: number } | undefined;
  for (const entry of entries) {
    if (!entry.instant) continue;
    // An entry with its own date, or under a new date heading, starts a new day count.
    const newDay = startsNewDay(entry, previous);
    if (entry.stamp?.date || newDay) [days, lastWeekday] = [0, undefined];
    else if (days > 0) entry.instant = entry.instant.plus({ days });
    const back = previous?.instant && !entry.stamp?.date && !newDay ? previous.instant.toMillis() - entry.instant.toMillis() : 0;
    // "2026-06-08 16:45 Deploy" then "08:10 First failures" under "Date of incident: 2026-06-09": a lead-up dated on
    // a day before the incident's, then the incident's own times on its day.
    const toIncidentDay = back > 0 && previous!.stamp?.date ? daysFrom(entry.contextDate, incidentDate) : 0;
    // "Tue 17:05", then "Wed 08:20": the weekdays say how many days passed.
    // "Tue 14:10", "17:20", then "Wed 09:30": from the last weekday written; with none before, a weekday opening a
    // time earlier than the one before is the next day's.
    const opened = WEEKDAY.exec(entry.timeText);
    const weekdays =
      previous?.instant && !entry.stamp?.date && !newDay
        ? (weekdaysBetween(previous.timeText, entry.timeText) ?? weekdayAfter(previous, entry.timeText) ?? weekdaysSince(lastWeekday, opened, days) ?? (opened && !lastWeekday && back > 0 ? 1 : undefined))
        : undefined;
    if (weekdays !== undefined) {
      days += weekdays;
      entry.instant = entry.instant.plus({ days: weekdays });
    } else if (back >= TWELVE_HOURS || toIncidentDay > 0) {
      const added = Math.max(1, toIncidentDay);
      days += added;
      entry.instant = entry.instant.plus({ days: added });
    }
    entry.rolledOverDays = days;
    if (opened) lastWeekday = { index: WEEKDAYS.indexOf(opened[1].toLowerCase()), days };
    previous = entry;
  }
}

/**
 * "Night shift 26/27.10.": a log dated only by its night that opens in the evening ("22:00 handover", "23:10", then
 * "01:20") puts its evening on the day before the night's morning, where its times after midnight are; a log of the
 * evening alone, all of it.
 */
function eveningBefore(entries: TimelineEntry[]): void {
  const datedByIncident = (entry: TimelineEntry) => entry.instant !== undefined && entry.stamp?.time !== undefined && !entry.stamp.date && !entry.contextDate;
  const evening: TimelineEntry[] = [];
  for (const entry of entries) {
    if (!entry.instant) continue;
    if (!datedByIncident(entry)) return;
    const previous = evening.at(-1);
    if (!previous && entry.stamp!.time!.hour < 12) return;
    if (previous && previous.instant!.toMillis() - entry.instant.toMillis() >= TWELVE_HOURS) break;
    evening.push(entry);
  }
  for (const before of evening) before.instant = before.instant!.plus({ days: -1 });
}

/** Days to add for a weekday an entry opens with, counted from the last weekday written (none if it went back). */
function weekdaysSince(last: { index: number; days: number } | undefined, opened: RegExpExecArray | null, days: number): number | undefined {
  if (!last || !opened) return undefined;
  const since = ((WEEKDAYS.indexOf(opened[1].toLowerCase()) - last.index + 7) % 7) - (days - last.days);
  return since >= 0 ? since : undefined;
}

const WEEKDAY = /^\W*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![a-z])/i;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Days from one entry's weekday to the next's ("Tue" to "Wed": 1), when both open with one. */
function weekdaysBetween(fromText: string, toText: string): number | undefined {
  const [from, to] = [WEEKDAY.exec(fromText), WEEKDAY.exec(toText)];
  if (!from || !to) return undefined;
  return (WEEKDAYS.indexOf(to[1].toLowerCase()) - WEEKDAYS.indexOf(from[1].toLowerCase()) + 7) % 7;
}

/** "12.30pm" on a Tuesday, then "Wednesday 9am": days from the dated entry's day to the weekday the next one opens with. */
function weekdayAfter(previous: TimelineEntry, toText: string): number | undefined {
  const to = WEEKDAY.exec(toText);
  if (!to || !previous.dateKnown || !previous.instant) return undefined;
  const [year, month, day] = previous.instant.toISO().slice(0, 10).split('-').map(Number);
  const from = (weekdayOf(year, month, day) + 6) % 7;
  return (WEEKDAYS.indexOf(to[1].toLowerCase()) - from + 7) % 7;
}

/** Days from `from` to the later `to` (0 when either is unknown or `to` is not later). */
function daysFrom(from: CalendarDate | undefined, to: CalendarDate | undefined): number {
  if (!from || !to?.year) return 0;
  // "18:30 GMT (28 Oct)": a day written without its year is in the incident's year.
  const days = (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year ?? to.year, from.month - 1, from.day)) / 86_400_000;
  return days > 0 ? days : 0;
}

/** Under a new date heading or line: a date carried from the dated entry above is not a new day. */
function startsNewDay(entry: TimelineEntry, previous: TimelineEntry | undefined): boolean {
  return entry.contextDate !== undefined && !sameDate(entry.contextDate, previous?.contextDate ?? previous?.stamp?.date);
}

function sameDate(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  return a?.year === b?.year && a?.month === b?.month && a?.day === b?.day;
}

/**
 * The zone most times name ("16:37 Denver"), or the one the first time names ("2:13pm PDT", then "2:14pm", ...): a
 * zone written once, on the first entry, is the timeline's.
 */
function mostEntriesZone(raw: RawTimelineEntry[], elapsed: boolean): string | undefined {
  const timed = raw.filter((e) => e.stamp?.time);
  // "2025-06-19T23:30:02Z": the zone a reader calls UTC.
  const named = (zone: string) => (zone === 'Z' ? 'UTC' : zone);
  const counts = new Map<string, number>();
  for (const e of timed) if (e.stamp?.zone && !(elapsed && BARE_OFFSET.test(e.stamp.zone))) counts.set(named(e.stamp.zone), (counts.get(named(e.stamp.zone)) ?? 0) + 1);
  const [zone, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (zone !== undefined && count! >= (2 * timed.length) / 3) return zone;
  return counts.size === 1 && timed[0]?.stamp?.zone !== undefined ? named(timed[0].stamp.zone) : undefined;
}
