import { DateTime } from 'luxon';
import { matchesOf } from './matches';
import { readTimestamp, type Timestamp } from './timestamps';

/**
 * Timelines counted from a moment the author names ("T0 is 2026-07-08 09:14 CEST, when the uploader first failed",
 * then "- T+23m — Finance Ops notices ..."), as incident commanders and game-day write-ups keep them: each offset is
 * that moment plus the offset, on its clock and in its zone.
 */
const T_ZERO = /\bT\s*(?:\+\s*)?0\b[\s*_]*(?:is|was|=|:)[\s*_]*/gi;

/**
 * The moment "T0" (or "T+0") is said to be in `text`, when it says one with a clock time: the first such saying, as
 * "- T+0: rebuild starts" above it says no moment.
 */
export function tZeroIn(text: string): Timestamp | undefined {
  for (const named of matchesOf(T_ZERO, text)) {
    const from = named.index + named[0].length;
    const stamp = readTimestamp(text.slice(from, from + 80));
    if (stamp?.time && stamp.start === 0 && !stamp.unknown && !stamp.invalid) return stamp;
  }
  return undefined;
}

/**
 * The moment T0 was, from the first line counted from it that also gives its clock ("- **T+0** (09:14) — ...", "T+6
 * min (21:53) — ...", "| T+0 (14:02) | ..."): the later lines give only their offsets.
 */
export function tZeroOfClockedOffset(text: string): Timestamp | undefined {
  for (const line of text.split('\n', 200)) {
    const item = line.replace(LIST_MARKER, '');
    const written = T_OFFSET.exec(item);
    if (!written) continue;
    const minutes = written[4] === undefined ? 0 : offsetMinutes(written[4]);
    const clock = /^[\s*_`]*\(\s*/.exec(item.slice(written[0].length));
    if (minutes === undefined || !clock) continue;
    const stamp = readTimestamp(item.slice(written[0].length + clock[0].length).slice(0, 80));
    if (stamp?.time && stamp.start === 0 && !stamp.unknown && !stamp.invalid) return countedFrom(stamp, written[3] === '+' ? -minutes : minutes, 0, 0);
  }
  return undefined;
}

// A list item's marker, or a table row's first pipe ("| T+0 (14:02) | Deploy begins |").
const LIST_MARKER = /^[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+|\|[ \t]*)/;

// "T0", "T+0", "T+6m", "T+1h05m", "T + 12 min", "**T+1h 40m**", "T+12m:", "T+1:05" (hours and minutes): at a line's start.
const T_OFFSET = /^([\s*_`[]*)(T\s*(?:([+\-−–])\s*(\d{1,3}:\d{2}(?!\d)|\d+\s*(?:h(?:ours?|rs?)?|m(?:in(?:ute)?s?)?)?(?:\s*\d+\s*m(?:in(?:ute)?s?)?)?)|0))(?!\w|:\d)/i;

/** The line's "T+23m" read as a clock time counted from `tZero`, with its offsets in the line. */
export function offsetStamp(line: string, tZero: Timestamp): Timestamp | undefined {
  const written = T_OFFSET.exec(line);
  if (!written) return undefined;
  const minutes = written[4] === undefined ? 0 : offsetMinutes(written[4]);
  if (minutes === undefined) return undefined;
  const start = written[1].length;
  return countedFrom(tZero, written[3] === '+' ? minutes : -minutes, start, start + written[2].trimEnd().length);
}

// "T0", "+0:12", "+2h", "+9h30m", "+1d 1h", "T+15h55m": a whole cell of an offset column.
const CELL_OFFSET = /^[\s*_`]*(?:T\s*(?:([+\-−–])\s*)?|([+\-−–])\s*)(?:(\d+)\s*d(?:ays?)?\s*)?(\d{1,3}:\d{2}|\d+\s*h(?:ours?|rs?)?(?:\s*\d+\s*m(?:in)?)?|\d+\s*m(?:in)?|0)?[\s*_`]*$/i;

/** A table cell's offset ("+1d 1h") read as a clock time counted from `tZero`. */
export function offsetCellStamp(cell: string, tZero: Timestamp): Timestamp | undefined {
  const written = CELL_OFFSET.exec(cell);
  if (!written || (!written[3] && !written[4] && !/^[\s*_`]*T/i.test(cell))) return undefined;
  const minutes = Number(written[3] ?? 0) * 1440 + (written[4] ? offsetMinutes(written[4]) ?? 0 : 0);
  const sign = written[1] ?? written[2] ?? '+';
  return countedFrom(tZero, sign === '+' ? minutes : -minutes, 0, cell.length);
}

function countedFrom(tZero: Timestamp, minutes: number, start: number, end: number): Timestamp {
  const { hour, minute } = tZero.time!;
  const counted = hour * 60 + minute + minutes;
  const days = Math.floor(counted / 1440);
  const inDay = counted - days * 1440;
  return {
    ...tZero,
    start,
    end,
    date: days === 0 || !tZero.date?.year ? tZero.date : shifted(tZero.date as { year: number; month: number; day: number }, days),
    time: { hour: Math.floor(inDay / 60), minute: inDay % 60, second: 0 },
  };
}

/** "1h05m" = 65, "23m" = 23, "2h" = 120, "1:05" = 65, "0" = 0, "90" = 90 (minutes). */
function offsetMinutes(text: string): number | undefined {
  const clock = /^(\d+):(\d{2})$/.exec(text.trim());
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const hours = /(\d+)\s*h/i.exec(text);
  const minutes = /(\d+)\s*m/i.exec(text);
  if (!hours && !minutes) return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
  return (hours ? Number(hours[1]) * 60 : 0) + (minutes ? Number(minutes[1]) : 0);
}

function shifted(date: { year: number; month: number; day: number }, days: number): Timestamp['date'] {
  const moved = DateTime.fromObject(date, { zone: 'utc' }).plus({ days });
  return { year: moved.year, month: moved.month, day: moved.day };
}
