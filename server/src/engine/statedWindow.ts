import { readTimestamp, writesMonthFirst, zoneOf, type CalendarDate, type Timestamp } from './timestamps';

/** A window written as its two ends: "12:00am to 9:00am", "2025-06-19 12:24 to 2025-06-22 09:30", "20:13UTC to 20:35UTC", "13:41 → 13:53". */
export interface StatedWindow {
  text: string;
  /** Offset of the window within the text it was found in. */
  start: number;
  minutes: number;
  /** Its two ends as written. */
  from: Timestamp;
  to: Timestamp;
}

// "19h02 às 20h46", "19:02 a las 20:46", "19:02 hasta 20:46": Portuguese and Spanish too.
const SEPARATOR = /^\s*(?:to|until|through|and|às|até|a las|hasta|-|–|—|→|->)\s*(?:(?:approximately|about|around|roughly)\s+)?/i;

/** The window at the start of `text` (after spaces and bold markers), or undefined when it is not one. */
export function windowIn(text: string): StatedWindow | undefined {
  // "14:00-14:30": a timestamp reads the pair as one time with its range; read the ends one by one.
  const compact = /^(\s*)(\d{1,2}:\d{2})\s*(?:[-–→]|->)\s*(\d{1,2}:\d{2})(?!\s*[ap]\.?m)/i.exec(text);
  if (compact) {
    const [from, to] = [readTimestamp(compact[2]), readTimestamp(compact[3])];
    const ends = from && to ? between(from, to) : undefined;
    if (ends) return { text: compact[0].slice(compact[1].length), start: compact[1].length, ...ends };
  }
  const from = readTimestamp(text);
  if (!from?.time) return undefined;
  // "21:45 to 23:28 UTC": read as one time with its range; its two ends are read one by one, with its zone.
  const joined = /^(.*?\d(?:\s*[ap]\.?m\.?)?)\s*(?:to|-|–|—)\s*(\d.*)$/i.exec(text.slice(from.start, from.end));
  if (joined) {
    const [written, end] = [readTimestamp(joined[1]), readTimestamp(joined[2])];
    const start = written?.time && end?.time ? withSharedMeridiem(written, joined[1], end, joined[2]) : written;
    const ends = start?.time && end?.time ? between(start, end) : undefined;
    if (ends) return { text: text.slice(from.start, from.end), start: from.start, ...ends };
  }
  const separator = SEPARATOR.exec(text.slice(from.end));
  if (!separator) return undefined;
  const restStart = from.end + separator[0].length;
  const to = readTimestamp(text.slice(restStart));
  if (!to?.time || to.start > 2) return undefined;
  const first = withSharedMeridiem(from, text.slice(from.start, from.end), to, text.slice(restStart, restStart + to.end));
  const byWeekday = minutesByWeekday(text.slice(from.start, from.end), first, text.slice(restStart + to.start, restStart + to.end), to);
  const ends = byWeekday !== undefined ? { minutes: byWeekday, from: first, to } : between(first, to);
  return ends && { text: text.slice(from.start, restStart + to.end), start: from.start, ...ends };
}

/**
 * The window's length and its ends. Two dates either order allows, on a clock whose country writes the month first
 * ("11:48 PM CST (3/8) to 3:14 AM CDT (3/9)"), are read month first: a night, not a month.
 */
function between(first: Timestamp, second: Timestamp): { minutes: number; from: Timestamp; to: Timestamp } | undefined {
  const monthFirst = first.date?.dayMonthAmbiguous && second.date?.dayMonthAmbiguous && (writesMonthFirst(first.zone) || writesMonthFirst(second.zone));
  const swap = (stamp: Timestamp): Timestamp => ({ ...stamp, date: { ...stamp.date!, day: stamp.date!.month, month: stamp.date!.day } });
  const [from, to] = monthFirst ? [swap(first), swap(second)] : [first, second];
  const minutes = minutesBetween(from, to);
  return minutes === undefined ? undefined : { minutes, from, to };
}

const MERIDIEM = /\d\s*[ap]\.?m\b/i;

const WEEKDAY_OPENING = /^[\s*_]*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * "Sun 02:20 → Tue 19:00": two undated ends on one clock, each with its weekday, are that many days apart (within a
 * week); undefined when the ends are not written so.
 */
function minutesByWeekday(fromText: string, from: Timestamp, toText: string, to: Timestamp): number | undefined {
  const [fromDay, toDay] = [WEEKDAY_OPENING.exec(fromText)?.[1], WEEKDAY_OPENING.exec(toText)?.[1]];
  if (!fromDay || !toDay || from.date || to.date || (from.zone && to.zone && from.zone.toUpperCase() !== to.zone.toUpperCase())) return undefined;
  const days = (WEEKDAYS.indexOf(toDay.toLowerCase()) - WEEKDAYS.indexOf(fromDay.toLowerCase()) + 7) % 7;
  const minutes = days * 1440 + clockMinutes(to) - clockMinutes(from);
  return minutes >= 0 ? minutes : undefined;
}

/**
 * "2:55 – 3:51 PM": a first end written without am/pm shares the second's when that keeps it the earlier one;
 * "11:30 – 1:15 PM" starts in the morning.
 */
function withSharedMeridiem(from: Timestamp, fromText: string, to: Timestamp, toText: string): Timestamp {
  const hour = from.time!.hour;
  if (MERIDIEM.test(fromText) || !MERIDIEM.test(toText) || from.date || hour < 1 || hour > 11 || to.time!.hour < 12) return from;
  const afternoon = { ...from, time: { ...from.time!, hour: hour + 12 } };
  return clockMinutes(afternoon) <= clockMinutes(to) ? afternoon : from;
}

/** The longest window read as crossing midnight when only its second end is dated. */
const LONGEST_OVERNIGHT_MINUTES = 12 * 60;

/**
 * From one end to the other; an end without a date is on the same day as the start, or the next if earlier. Ends on
 * two clocks ("20:02 KST → 11:09 UTC") are counted on one; when either clock is unknown, not at all.
 */
function minutesBetween(from: Timestamp, to: Timestamp): number | undefined {
  if (from.zone && to.zone && from.zone.toUpperCase() !== to.zone.toUpperCase()) {
    const [fromZone, toZone] = [zoneOf(from.zone), zoneOf(to.zone)];
    if (!fromZone || !toZone) return undefined;
    const at = Date.UTC(from.date?.year ?? 2000, (from.date?.month ?? 1) - 1, from.date?.day ?? 1);
    // A clock ahead of the other reads later for the same moment.
    const local = minutesOnOneClock(from, to);
    if (local === undefined) return undefined;
    const minutes = local + fromZone.offset(at) - toZone.offset(at);
    // Undated ends were read as crossing midnight when the clocks alone put the second earlier: within a day again.
    return from.date || to.date ? (minutes >= 0 ? minutes : undefined) : ((minutes % 1440) + 1440) % 1440;
  }
  return minutesOnOneClock(from, to);
}

function minutesOnOneClock(from: Timestamp, to: Timestamp): number | undefined {
  // "Day 2 08:40 until Day 10 17:00": days of the incident by their numbers, both ends or neither.
  if (from.dayNumber !== undefined || to.dayNumber !== undefined) {
    if (from.dayNumber === undefined || to.dayNumber === undefined || from.date || to.date) return undefined;
    const minutes = (to.dayNumber - from.dayNumber) * 1440 + clockMinutes(to) - clockMinutes(from);
    return minutes >= 0 ? minutes : undefined;
  }
  // Only the second end dated ("between 07:45 UTC and 16:00 UTC on 09 October 2025"): the date is both ends' when the
  // first is earlier in that day; else, when that makes a window of hours, it crossed midnight into it ("between 22:40
  // and 01:11 UTC on May 20"). A later first end that would make it most of a day cannot be placed (a typo, more
  // likely). An end without a year takes the other's.
  if (to.date && !from.date) {
    const minutes = clockMinutes(to) - clockMinutes(from);
    return minutes >= 0 ? minutes : minutes + 1440 <= LONGEST_OVERNIGHT_MINUTES ? minutes + 1440 : undefined;
  }
  const year = from.date?.year ?? to.date?.year ?? 2000;
  const day = (date: CalendarDate | undefined) => (date ? Date.UTC(date.year ?? year, date.month - 1, date.day) / 60_000 : undefined);
  const fromDay = day(from.date) ?? 0;
  const toDay = day(to.date) ?? fromDay;
  let minutes = toDay + clockMinutes(to) - (fromDay + clockMinutes(from));
  // "12:40-1:10" on a 12-hour clock crosses noon; "23:00-1:00" crosses midnight.
  const twelveHour = (stamp: Timestamp) => stamp.time!.hour >= 1 && stamp.time!.hour <= 12;
  if (minutes < 0 && !to.date && twelveHour(from) && twelveHour(to) && minutes + 720 >= 0) minutes += 720;
  else if (minutes < 0 && !to.date) minutes += 1440;
  return minutes >= 0 ? minutes : undefined;
}

function clockMinutes(stamp: Timestamp): number {
  return stamp.time!.hour * 60 + stamp.time!.minute;
}
