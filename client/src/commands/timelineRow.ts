import type { TimelineEntryView } from '../../../schemas/requests';
import { clockMinutes } from '../timeline/layout';

/**
 * Where and what Insert Timeline Entry writes: pure, over the lines of the document and the entries the server
 * found (never re-parsing the timeline). The new row copies the form of its neighbour (table row or bullet),
 * with its time written the way the neighbour writes it.
 */

/** The moment to insert, as the document's zone sees it. */
export interface Now {
  /** Epoch milliseconds. */
  millis: number;
  /** Local calendar date and clock in the document's zone. */
  date: string; // YYYY-MM-DD
  hours: number;
  minutes: number;
  seconds: number;
}

export interface PlannedRow {
  /** Line the row is inserted before (may equal the line count: append at the end). */
  line: number;
  text: string;
  /** Cursor column in `text` (the event cell). */
  column: number;
  /** The row is a paragraph of its own, as the entries it is put among are ("At 14:02 UTC, ..." then a blank line). */
  ownParagraph: boolean;
}

/**
 * The lines to insert before `plan.line` for a planned row: the row, with a blank line between it and a neighbour
 * with text when it is a paragraph of its own (else it would join that paragraph), and the index of the row in them.
 */
export function rowLines(lines: readonly string[], plan: PlannedRow): { inserted: string[]; rowAt: number } {
  if (!plan.ownParagraph) return { inserted: [plan.text], rowAt: 0 };
  const hasText = (line: string | undefined) => line !== undefined && line.trim() !== '';
  const before = hasText(lines[plan.line - 1]) ? [''] : [];
  return { inserted: [...before, plan.text, ...(hasText(lines[plan.line]) ? [''] : [])], rowAt: before.length };
}

const pad = (n: number) => String(n).padStart(2, '0');

const CLOCK = /(\d{1,2}):(\d{2})(:\d{2})?(?:(\s*)([ap]\.?m\.?)(?![a-z]))?/i;

/** `now` written like `reference` ("14:02", "14:02:07", "4:16 PM", "2025-10-26 14:00", "**16:58 UTC**"). */
export function formatTimeLike(reference: string, now: Now): string {
  const clock = CLOCK.exec(reference);
  let time = `${pad(now.hours)}:${pad(now.minutes)}`;
  if (clock) {
    if (clock[3]) time += `:${pad(now.seconds)}`;
    if (clock[5]) {
      const upper = clock[5][0] === clock[5][0].toUpperCase();
      const suffix = now.hours < 12 ? 'am' : 'pm';
      time = `${((now.hours + 11) % 12) + 1}:${pad(now.minutes)}${clock[3] ? `:${pad(now.seconds)}` : ''}${clock[4]}${upper ? suffix.toUpperCase() : suffix}`;
    }
  }
  const date = /\d{4}-\d{2}-\d{2}/.exec(reference);
  if (!clock) return date ? `${now.date} ${time}` : time;
  // Keep whatever surrounds the clock (a zone, a date written before it); drop an "approximately" marker.
  let written = reference.slice(0, clock.index) + time + reference.slice(clock.index + clock[0].length);
  if (date) written = written.replace(date[0], now.date);
  return written.replace(/^(\s*)(~|≈|approx\.?\s+|around\s+|circa\s+)/i, '$1');
}

/** Compares an entry with now: by instant when the entry's date is known, else by clock time. */
function compareWithNow(entry: TimelineEntryView, now: Now): number | undefined {
  if (entry.unreadable) return undefined;
  if (entry.at) {
    const at = Date.parse(entry.at);
    if (!Number.isNaN(at)) return Math.sign(Math.floor(at / 60_000) - Math.floor(now.millis / 60_000));
  }
  const clock = clockMinutes(entry.time);
  return clock === undefined ? undefined : Math.sign(clock - (now.hours * 60 + now.minutes));
}

/** Splits a table row into cells, keeping each cell's offsets in the line. */
function cellsOf(line: string): { start: number; end: number; text: string }[] {
  const cells: { start: number; end: number; text: string }[] = [];
  let start = line.indexOf('|') + 1;
  for (let i = start; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      if (i === line.length && line.slice(start).trim() === '') break;
      cells.push({ start, end: i, text: line.slice(start, i) });
      start = i + 1;
    }
  }
  return cells;
}

/**
 * `now` written like the reference's time, with the date before the clock when the reference is dated and its date
 * is not now's, or its time is relative ("+22 hrs"): a clock alone would be read on the date written above it.
 */
function timeLike(reference: TimelineEntryView, now: Now): string {
  const time = formatTimeLike(reference.time, now);
  const referenceDate = reference.at?.slice(0, 10);
  const dateless = !/\d{4}-\d{2}-\d{2}/.test(time);
  const clock = CLOCK.test(reference.time);
  if (!dateless || !referenceDate || (referenceDate === now.date && clock)) return time;
  const at = clock ? time.search(/\d{1,2}:\d{2}/) : 0;
  return `${time.slice(0, at)}${now.date} ${time.slice(at)}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A table's date cell ("2025-10-24", "Oct 24, 2025", "24/10/2025") holding `referenceDate` (YYYY-MM-DD), written
 * again for `date` in the same form; undefined when the cell holds no such date.
 */
export function dateLike(cell: string, referenceDate: string, date: string): string | undefined {
  if (cell.includes(referenceDate)) return cell.replace(referenceDate, date);
  const [y, m, d] = referenceDate.split('-').map(Number);
  const [ny, nm, nd] = date.split('-').map(Number);
  // Day and month in digits around the year, in either order ("10/24/2025", "24.10.2025").
  const numeric = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4})/.exec(cell);
  if (numeric && Number(numeric[4]) === y) {
    const [first, second] = [Number(numeric[1]), Number(numeric[3])];
    const width = (written: string, value: number) => String(value).padStart(written.length, '0');
    const sep = numeric[2];
    const monthFirst = first === m && second === d;
    if (!monthFirst && !(first === d && second === m)) return undefined;
    const written = monthFirst ? `${width(numeric[1], nm)}${sep}${width(numeric[3], nd)}` : `${width(numeric[1], nd)}${sep}${width(numeric[3], nm)}`;
    return cell.replace(numeric[0], `${written}${sep}${ny}`);
  }
  // A month's name and the day, with or without the year ("Oct 24, 2025", "24 October").
  const named = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+([A-Za-z]{3,9})\b/.exec(cell);
  if (!named) return undefined;
  const monthWord = named[1] ?? named[4];
  const dayWord = named[2] ?? named[3];
  if (MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase()) !== m - 1 || Number(dayWord) !== d) return undefined;
  const full = MONTH_NAMES[nm - 1];
  const name = monthWord.length > 3 ? full : full.slice(0, 3);
  const cased = monthWord === monthWord.toUpperCase() ? name.toUpperCase() : monthWord[0] === monthWord[0].toUpperCase() ? name[0].toUpperCase() + name.slice(1) : name;
  const rewritten = named[1] !== undefined ? named[0].replace(monthWord, cased).replace(/\d{1,2}$/, String(nd)) : named[0].replace(/^\d{1,2}/, String(nd)).replace(monthWord, cased);
  return cell.replace(named[0], rewritten).replace(String(y), String(ny));
}

/** The row (copying `reference`'s form) for an entry at `now`, with the cursor where the event goes. */
export function rowLike(referenceLine: string, reference: TimelineEntryView, now: Now): { text: string; column: number } {
  if (/^\s*\|/.test(referenceLine)) {
    const cells = cellsOf(referenceLine);
    const timeCell = Math.max(0, cells.findIndex((c) => c.text.includes(reference.time)));
    let eventCell = cells.findIndex((c, i) => i !== timeCell && reference.event !== '' && c.text.trim() === reference.event.trim());
    if (eventCell < 0) eventCell = Math.min(timeCell + 1, cells.length - 1);
    // "| Date | Time | Event |": the date goes in its own cell, written like the reference's, and the time alone in its.
    const referenceDate = reference.at?.slice(0, 10);
    const dates = cells.map((c, i) => (referenceDate && i !== timeCell && i !== eventCell ? dateLike(c.text.trim(), referenceDate, now.date) : undefined));
    const dateCell = dates.findIndex((d) => d !== undefined);
    const time = dateCell >= 0 ? formatTimeLike(reference.time, now) : timeLike(reference, now);
    const indent = /^\s*/.exec(referenceLine)![0];
    let text = `${indent}|`;
    let column = 0;
    cells.forEach((_cell, i) => {
      if (i === timeCell) text += ` ${time} |`;
      else if (i === dateCell) text += ` ${dates[i]} |`;
      else if (i === eventCell) {
        column = text.length + 1;
        text += '  |';
      } else text += '  |';
    });
    if (cells.length === 1) {
      column = text.length + 1;
      text += '  |';
    }
    return { text, column };
  }
  // A bullet, a heading or a plain line: keep what comes before the time (marker, bold), the time itself and
  // the separator after it; the event text goes away and the cursor takes its place.
  const time = timeLike(reference, now);
  const at = referenceLine.indexOf(reference.time);
  if (at < 0) {
    const marker = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?/.exec(referenceLine)![0];
    const text = `${marker}${time} - `;
    return { text, column: text.length };
  }
  // "... did not contain malware.<br> 10:39 - @Hixie": the entries a line joins with "<br>" before this one are not its form.
  const before = referenceLine.slice(0, at).replace(/^.*<br\s*\/?>\s*/i, '');
  const after = referenceLine.slice(at + reference.time.length);
  const eventAt = reference.event ? eventStartIn(after, reference.event) : -1;
  const separator = eventAt >= 0 ? after.slice(0, eventAt) : (/^[*_]*\s*[-–—:]?\s*/.exec(after)?.[0] ?? ' ');
  const head = `${before}${time}${separator || ' '}`;
  return { text: head, column: head.length };
}

/** Where the event starts on its line: an event wrapped over lines has only its first words there. */
function eventStartIn(line: string, event: string): number {
  const words = event.split(/\s+/);
  for (let count = words.length; count > 0; count--) {
    const at = line.indexOf(words.slice(0, count).join(' '));
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * Where the row for `now` goes: after the last entry at or before now in a chronological timeline (before the
 * first later one in a newest-first timeline), in the entry's own form.
 */
export function planRow(lines: readonly string[], entries: readonly TimelineEntryView[], now: Now): PlannedRow | undefined {
  const usable = entries.filter((e) => e.line < lines.length);
  if (usable.length === 0) return undefined;
  const timed = usable.filter((e) => compareWithNow(e, now) !== undefined && e.minutesFromStart !== null);
  // Newest first when the timed entries mostly go back in time down the document.
  let down = 0;
  for (let i = 1; i < timed.length; i++) down += Math.sign(timed[i].minutesFromStart! - timed[i - 1].minutesFromStart!);
  const newestFirst = down < 0;
  const byLine = [...usable].sort((a, b) => a.line - b.line);

  let reference: TimelineEntryView;
  let insertBefore: number;
  if (!newestFirst) {
    const notLater = byLine.filter((e) => (compareWithNow(e, now) ?? 1) <= 0);
    const last = notLater.at(-1);
    if (last) {
      reference = last;
      const next = byLine.find((e) => e.line > last.line);
      insertBefore = next ? rightAfter(lines, last.line, next.line) : endOfBlock(lines, last.line);
    } else {
      reference = byLine[0];
      insertBefore = byLine[0].line;
    }
  } else {
    const firstNotLater = byLine.find((e) => (compareWithNow(e, now) ?? 1) <= 0);
    if (firstNotLater) {
      reference = firstNotLater;
      insertBefore = firstNotLater.line;
    } else {
      reference = byLine.at(-1)!;
      insertBefore = endOfBlock(lines, reference.line);
    }
  }
  const { text, column } = rowLike(lines[reference.line], reference, now);
  return { line: insertBefore, text, column, ownParagraph: isOwnParagraph(lines, reference.line) };
}

/** Whether the entry on `line` is a paragraph of its own: a line of text (no list item, row or heading) with blank lines around it. */
function isOwnParagraph(lines: readonly string[], line: number): boolean {
  const blank = (at: number) => at < 0 || at >= lines.length || lines[at].trim() === '';
  return !STARTS_BLOCK.test(lines[line]) && blank(line - 1) && blank(endOfBlock(lines, line));
}

/**
 * Where a row goes after the entry on `line`, before the next entry on `nextLine`: after the entry's own lines (a time
 * heading's event under it stays its own), and before a blank line, so a day heading or date line before the next
 * entry stays after the row.
 */
function rightAfter(lines: readonly string[], line: number, nextLine: number): number {
  const at = Math.min(endOfBlock(lines, line), nextLine);
  // The next entry told mid-paragraph ("... records for the services at 03:24 AM UTC."): a row before its line would
  // cut a sentence in two, so it goes after the paragraph.
  const insideParagraph = at === nextLine && at > 0 && lines[at - 1].trim() !== '' && !STARTS_BLOCK.test(lines[at]) && !TIME_FIRST.test(lines[at]);
  return insideParagraph ? endOfBlock(lines, at) : at;
}

/** A line that opens with a time ("14:30 UTC ...", "At 14:30 UTC, ...", "**~14:30**"). */
const TIME_FIRST = /^[\s*_~`[(]*(?:at\s+|around\s+|by\s+)?\d/i;

/**
 * The line after an entry's own lines: a table row is one line; a heading takes what is under it, up to the next
 * heading of its level or above; a bullet or a line takes its indented continuation and the lines its text wraps onto
 * ("- 14:30 UTC the service was" over "restored after a rollback."), which a row put between would cut in two.
 */
function endOfBlock(lines: readonly string[], line: number): number {
  if (/^\s*\|/.test(lines[line])) return line + 1;
  const heading = /^ {0,3}(#{1,6})\s/.exec(lines[line]);
  let end = line + 1;
  if (heading) {
    const ends = new RegExp(`^ {0,3}#{1,${heading[1].length}}\\s`);
    // A "#" line inside a code fence ("# restart the pods") is no heading.
    let fenced = false;
    while (end < lines.length && (fenced || !ends.test(lines[end]))) {
      if (/^ {0,3}(?:```|~~~)/.test(lines[end])) fenced = !fenced;
      end++;
    }
    // Before the blank lines that part it from the next heading.
    while (end > line + 1 && lines[end - 1].trim() === '') end--;
    return end;
  }
  const indent = indentOf(lines[line]);
  while (end < lines.length && lines[end].trim() !== '' && (indentOf(lines[end]) > indent || !STARTS_BLOCK.test(lines[end]))) end++;
  return end;
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
/** A line that starts a block of its own rather than continuing the text above it. */
const STARTS_BLOCK = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|\||>|```|~~~)/;
