import { IANAZone, type Zone } from 'luxon';
import type { Code, Heading, ListItem, Paragraph } from 'mdast';
import { firstStartingAt, headingNameOffsets, offsetsOf, startingWithin, type DocumentIndex } from './documentIndex';
import { matchesOf } from './matches';
import { MILESTONES } from './milestones';
import { readRowsPerPiece, RowMemos } from './pieces';
import { offsetCellStamp, offsetStamp, tZeroIn, tZeroOfClockedOffset } from './relativeTimes';
import type { Section } from './sections';
import type { SectionKind } from './sectionCatalogue';
import { SUMMER_TIME_OF } from './zoneNames';
import type { Grid, GridRow } from './tables';
import { cityZone, dateWithin, dayAndMonthAlone, unrealDayAndMonthAlone, dayAndMonthOn, instantOf, narratedDayIn, monthAndDayWithin, MONTH, readBareFourDigitTime, readTimestamp, statedZone, trailingDate, WAR_ROOM_COUNT, WEEKDAYS, weekdayOf, zoneOf, type CalendarDate, type ClockTime, type Timestamp } from './timestamps';

export type TimelineForm = 'table' | 'bullet' | 'line' | 'heading';

/** One event of the timeline as written, before its instant is resolved. */
export interface RawTimelineEntry {
  form: TimelineForm;
  /** Where the timeline section holding the entry starts: order is judged within one timeline. */
  sectionStart: number;
  /** Offsets of the whole row, bullet or line. */
  start: number;
  end: number;
  /** The time (or date) text and its offsets; empty when the row has no readable time. */
  timeText: string;
  timeStart: number;
  timeEnd: number;
  stamp: Timestamp | undefined;
  /** Date carried from a date heading, a parent date bullet or a date line above the entry. */
  contextDate: CalendarDate | undefined;
  event: string;
  /** The event as a reader reads it: with the lines that continue it (a bullet's wrapped lines, the paragraph under a time heading). */
  prose: string;
  actor: string | undefined;
  /** Zone stated for the entry's table ("Time (UTC)") or the day it is under ("Monday 4 Nov (CET):"). */
  blockZone: string | undefined;
  /** A milestone the author named explicitly (a Milestone column, "[detected]"). */
  markedMilestone: string | undefined;
  /**
   * Stands for a memoised reading of the entry (a table row's) and is shared by its copies, never changed: later
   * steps keep what they read from the entry's text by it (in a weak map), so a keystroke elsewhere finds that again
   * without a lookup by text.
   */
  readingKey?: object;
}

/** A date heading or date line: the date of the entries below it. */
interface DateMark {
  at: number;
  date: CalendarDate;
  /** "### Day 2": the day's number in the incident, which dates the headings numbered after it. */
  dayNumber?: number;
  /** Where the date is written, when it is no real date ("31.06.2019"): date-invalid's to report. */
  invalid?: WrittenDate;
  /** The timeline section of the entry that wrote the date, when an entry did. */
  entrySection?: number;
  /** "Times ET on January 16 unless marked": the day of every entry that writes none, whatever an entry above writes. */
  byDefault?: boolean;
  /** "Monday 4 Nov (CET):": the zone of that day's entries that write none. */
  zone?: string;
  /** "2026-11-30T23:52:07Z": the moment of the entry that wrote the date, whose day may be another on a later entry's clock. */
  moment?: { time: ClockTime; zone: string };
}

/** A date as written in the document (its offsets, text and reading). */
export interface WrittenDate {
  start: number;
  end: number;
  text: string;
  date: CalendarDate;
}

/** Where a stamp read from `text` (at `textStart` in the document) writes its date, when that date is not real. */
function unrealDate(stamp: Timestamp, textStart: number, text: string): WrittenDate | undefined {
  return stamp.invalidDate && stamp.date ? { start: textStart + stamp.start, end: textStart + stamp.end, text: text.slice(stamp.start, stamp.end), date: stamp.date } : undefined;
}

/** A date heading's or date line's mark: its date, and where it is written when that date is not real. */
/** "All times are Pacific, Tuesday Nov 17." on the line right above a list: the day of the list's times. */
function dateLabelAbove(text: string, listStart: number): DateMark | undefined {
  const from = Math.max(0, listStart - 200);
  const before = text.slice(from, listStart).trimEnd();
  const at = from + before.lastIndexOf('\n') + 1;
  const line = text.slice(at, from + before.length);
  // Only a statement of the times' zone and day, not another event's date ("A similar failure happened on ...:").
  const label = /\b(?:times|timestamps)\b/i.test(line) ? DATE_LABEL.exec(line) : null;
  const labelEnd = label ? label.index + label[0].length : 0;
  const read = label ? readTimestamp(line.slice(labelEnd)) : undefined;
  return read?.date && !read.time ? dateMark(at, read, at + labelEnd, line.slice(labelEnd)) : undefined;
}

function dateMark(at: number, stamp: Timestamp, textStart: number, text: string): DateMark {
  const invalid = unrealDate(stamp, textStart, text);
  return { at, date: stamp.date!, ...(invalid ? { invalid } : {}), ...(stamp.zone ? { zone: stamp.zone } : {}) };
}

/**
 * A timeline's entries, and the dates that date its entries but are no real dates ("31.06.2019" over a day's entries,
 * in a heading, a line, a parent bullet or a table's date column): those entries have no instant, and date-invalid
 * reports each such date once, where it is written.
 */
export interface TimelineReading {
  entries: RawTimelineEntry[];
  unrealDates: WrittenDate[];
}

/** A header naming a time of day, not a date or a count ("Time (UTC)", "Hour", "When"). */
const CLOCK_HEADER = /^\W*(?:(?:local |clock |wall[- ]clock )?time|hour|when|saat|godzina)\b(?![^()]*\b(?:date|day|year|elapsed|offset|since|spent|taken)\b)/i;
const TIME_HEADER = /\b(time|date|when|timestamp|hour|offset|elapsed)|\b(?:hora|horário|horario|ora|orario|tijd|tijdstip|fecha|data|datum|zeit|uhrzeit|zeitpunkt|heure|horaire|tarih|saat|godzina)\b/i;
// "| Date | Time | Status page | Event |": a column named for the event outranks one that may hold it (a status).
const EVENT_HEADER = /\b(event|description|what|happened|details?|activity|entry|ereignis|beschreibung|vorgang|evento|descripci[oó]n|descri[çc][ãa]o|acontecimento|olay|zdarzenie)\b|[ée]v[ée]nement/i;
const MAYBE_EVENT_HEADER = /\b(action|update|summary|notes?|message|status)\b/i;
const ACTOR_HEADER = /\b(actor|who|owner|by|person|people|team|source|responder)\b/i;
const MILESTONE_HEADER = /\b(milestone|phase|stage|type)\b/i;

/**
 * Reads the entries of every timeline section, in document order, from tables, bullets, headings and lines. In
 * steps: each section, and every few pieces' table rows.
 */
export function* readTimeline(index: DocumentIndex, sections: Section[], grids: Grid[], incidentDate?: CalendarDate): Generator<void, TimelineReading> {
  const entries: RawTimelineEntry[] = [];
  const dateMarks: DateMark[] = [];
  /** "### Day 2" with no date: dated from the numbered day before it (or the date in force at the first). */
  const numberedDays: { at: number; dayNumber: number }[] = [];
  /** "### Wednesday 7th": a day of the month alone, dated from the date in force above it. */
  const daysOfMonth: DayOfMonth[] = [];
  const unrealDates: WrittenDate[] = [];
  const timelines = sections.filter((section) => section.kind === 'timeline');
  if (timelines.length === 0) {
    timelines.push(...timedTables(grids, index.text));
    // "### Monday 26 October" over each day's table, under a heading not naming a timeline ("## What happened each
    // day"). One pointer: the tables and the headings are both in document order.
    let above = -1;
    for (const table of timelines) {
      while (above + 1 < index.headings.length && offsetsOf(index.headings[above + 1])[0] < table.bodyStart) above++;
      const read = above >= 0 ? headingRead(index, index.headings[above]) : undefined;
      if (read?.dateMark) dateMarks.push(read.dateMark);
    }
  }
  const gridsIn = (section: Section) => grids.filter((grid) => grid.start >= section.bodyStart && grid.start < section.bodyEnd);
  // Each timeline table's columns, as the first timeline section holding it reads them (a nested one's entries
  // repeat the outer one's, and are dropped below).
  const tables = new Map<Grid, Columns>();
  for (const section of timelines) {
    const sectionZone = statedZone(index.text.slice(section.nameStart, Math.min(section.bodyEnd, section.bodyStart + 300)));
    for (const grid of gridsIn(section)) {
      if (tables.has(grid)) continue;
      const columns = timelineColumns(grid, sectionZone);
      if (columns) tables.set(grid, columns);
    }
  }
  const rowEntries = yield* readRowsPerPiece(index, tables, ROW_ENTRIES, (row, columns, origin) => rowEntry(index.text, row, columns, origin), copied);
  for (const section of timelines) {
    const inBody = (node: { position?: { start: { offset?: number } } }) => {
      const start = node.position?.start.offset ?? -1;
      return start >= section.bodyStart && start < section.bodyEnd;
    };
    const before = entries.length;
    // "## Timeline (T+0 = 2:11 PM PT)": the heading may name the moment the times count from, or the document's head
    // ("Relative times are from T0 = 21:47 UTC"), or the first line counted from it that gives its clock.
    const head = index.text.slice(section.nameStart, Math.min(section.bodyEnd, section.bodyStart + 2000));
    const tZero = tZeroIn(head) ?? tZeroIn(index.text.slice(0, Math.min(sections[0]?.nameStart ?? 0, 2000))) ?? tZeroOfClockedOffset(head);
    // Copies: the readings are memoised, and an entry's section and date are set below.
    const summaries: RawTimelineEntry[] = [];
    for (const grid of gridsIn(section)) {
      const columns = tables.get(grid);
      const dayColumn = columns?.day ?? -1;
      const days = dayColumn >= 0 ? daysOfRows(grid, dayColumn, unrealDates) : undefined;
      for (const entry of rowEntries.get(grid) ?? []) {
        const copy = copied(entry, 0);
        if (days) copy.contextDate = days.get(copy.start);
        // "| +1d 1h | Noor confirms ... |" under "Offsets are from T0 = Tue 14 May 2024, 10:05 UTC.".
        const counted = tZero && offsetCellStamp(copy.timeText, tZero);
        if (counted) copy.stamp = counted;
        (columns && columns.milestone >= 0 && columns.event === columns.milestone ? summaries : entries).push(copy);
      }
    }
    entries.push(...bulletEntries(index, index.listItems.filter(inBody), unrealDates, tZero));
    const headingsAndLines = headingAndLineEntries(index, section);
    entries.push(...headingsAndLines.entries);
    // "| Milestone | Time | Since start |" below the events: a summary of their milestones, not more events; the
    // timeline itself when nothing else is.
    if (entries.length === before) entries.push(...summaries);
    if (headingsAndLines.pastedLogs.length > 0) entries.splice(before, entries.length - before, ...withPastedLogsThatFit(entries.slice(before), headingsAndLines.pastedLogs));
    // "### Timeline (UTC, Tuesday 19 Aug 2025)": the heading's own date dates what follows it; not a range of days or
    // the day it was written ("Timeline (3–5 March 2025)", "Timeline (written up 2025-09-01)").
    const headingDate = HEADING_NOT_THE_DAY.test(section.heading) ? undefined : (dateWithin(section.heading.slice(0, 200)) ?? monthAndDayWithin(section.heading.slice(0, 200)));
    if (headingDate) dateMarks.push({ at: section.nameStart, date: headingDate });
    dateMarks.push(...headingsAndLines.dateMarks);
    numberedDays.push(...headingsAndLines.numberedDays);
    daysOfMonth.push(...headingsAndLines.daysOfMonth);
    // "2019-07-25:" then "* [CVE-...] Issue opened ...": under a date line whose bullets give no times, each bullet
    // is an event of that day.
    if (headingsAndLines.dateMarks.length > 0) {
      const timedStarts = new Set(entries.slice(before).map((e) => e.start));
      entries.push(...datedBullets(index, index.listItems.filter(inBody), headingsAndLines.dateMarks, timedStarts));
    }
    for (const entry of entries.slice(before)) entry.sectionStart = section.nameStart;
    yield;
  }
  // A story told in timed paragraphs under "What happened" (or another account of the incident), in a post-mortem
  // with no timeline section: its timeline in all but name, when it tells at least three moments.
  // Or one whose timeline section told nothing ("!!! danger "Live incident log"" over "### 08:52" headings).
  if (timelines.length === 0 || entries.length === 0) {
    // Numbered paragraphs are read as the story's, unless their list is a timeline of its own (read below).
    let numberedParagraphs: Set<Paragraph> | undefined;
    const candidates: { section: Section; told: ReturnType<typeof headingAndLineEntries>; moments: number }[] = [];
    for (const section of [...sections.filter((s) => [s.kind, ...s.also].some((kind) => TOLD_IN_PROSE.has(kind))), ...untitledTimelines(index, sections)]) {
      const told = headingAndLineEntries(index, section, (numberedParagraphs ??= paragraphsNumbered(index, timelines.length === 0)));
      // Counted once each: a long chat log has thousands of messages.
      const seen = new Set<string>();
      const talking = new Set<string>();
      for (const { actor } of told.entries) if (actor !== undefined) (seen.has(actor) ? talking : seen).add(actor);
      candidates.push({ section, told, moments: told.entries.filter((e) => e.stamp?.time && tellsWhatHappened(e, talking)).length });
    }
    // Or a story told in parts, two moments or more in each ("What happened", "How we found out", "What we did"): four
    // together.
    const inParts = candidates.filter((c) => c.moments >= 2);
    const storyInParts = !candidates.some((c) => c.moments >= 3) && inParts.length >= 2 && inParts.reduce((sum, c) => sum + c.moments, 0) >= 4;
    for (const { section, told, moments } of candidates) {
      if (moments < (storyInParts ? 2 : 3)) continue;
      for (const entry of told.entries) entry.sectionStart = section.nameStart;
      entries.push(...told.entries);
      // "## INC-2502 — Tue 8 Oct 2024" over "### 06:50 UTC — ..." headings: the day of the run of times under it.
      const parent = section.depth === undefined ? undefined : startingWithin(index.headings, 0, section.nameStart).reverse().find((h) => h.depth < section.depth!);
      const parentText = parent ? index.text.slice(...headingNameOffsets(parent)).slice(0, 200) : '';
      const parentDate = parent && !HEADING_NOT_THE_DAY.test(parentText) ? (dateWithin(parentText) ?? monthAndDayWithin(parentText)) : undefined;
      if (parentDate) dateMarks.push({ at: offsetsOf(parent!)[0], date: parentDate });
      dateMarks.push(...told.dateMarks);
      numberedDays.push(...told.numberedDays);
      daysOfMonth.push(...told.daysOfMonth);
    }
  }
  // A timeline in all but name: a list outside any timeline whose items nearly all start with a clock time.
  const inTimeline = (offset: number) => sections.some((s) => s.kind === 'timeline' && offset >= s.bodyStart && offset < s.bodyEnd);
  // The clock times the timeline sections give, which a list elsewhere may only repeat.
  const clockOf = (entry: RawTimelineEntry) => (entry.stamp?.time ? `${entry.stamp.date?.month ?? ''}/${entry.stamp.date?.day ?? ''} ${entry.stamp.time.hour}:${entry.stamp.time.minute}` : undefined);
  const timelineClocks = new Set(entries.map(clockOf).filter((clock) => clock !== undefined));
  for (const list of timedLists(index, timelines.length === 0)) {
    const listStart = offsetsOf(list[0])[0];
    if (inTimeline(listStart)) continue;
    const listed = bulletEntries(index, list, unrealDates);
    // "## Resolution" retelling moments of the timeline above ("- 13:45hrs: PACS accepting images."): a recap, not more.
    // With no timeline section, not a list longer than what it would retell: the day's full story beside a pasted chat
    // excerpt of it.
    if ((timelines.length > 0 || timelineClocks.size >= listed.length) && listed.filter((entry) => timelineClocks.has(clockOf(entry) ?? '')).length * 2 >= listed.length) continue;
    for (const entry of listed) entry.sectionStart = listStart;
    entries.push(...listed);
    // "## What happened", "### Day 1" or "### Monday 18 May", then the list: its headings date it as a timeline's do.
    const story = sections.filter((s) => s.depth !== undefined && s.depth >= 2 && s.bodyStart <= listStart && listStart < s.bodyEnd).sort((a, b) => a.depth! - b.depth!)[0];
    for (const heading of story ? startingWithin(index.headings, story.bodyStart, listStart) : []) {
      const read = headingRead(index, heading);
      if (read?.dayNumber !== undefined) numberedDays.push({ at: offsetsOf(heading)[0], dayNumber: read.dayNumber });
      else if (read?.dayOfMonth) daysOfMonth.push({ at: offsetsOf(heading)[0], ...read.dayOfMonth });
      else if (read?.dateMark) dateMarks.push(read.dateMark);
    }
    const labelled = dateLabelAbove(index.text, listStart);
    if (labelled) dateMarks.push(labelled);
  }
  yield;
  // A status page's log of updates, wherever it is: each update an entry.
  const updates = statusUpdates(index).filter((entry) => !inTimeline(entry.start));
  // Beside a timeline of the team's own, the page's updates retell its moments when they were posted, often minutes
  // or hours later ("Monitoring - The change has been reverted"): they name no milestone of their own.
  const echoes = entries.filter((entry) => entry.stamp?.time).length >= 3;
  for (const entry of updates) {
    entry.sectionStart = updates[0].start;
    if (echoes) entry.prose = '';
  }
  entries.push(...updates);
  // An entry without a date of its own, or of a parent date bullet, takes the last date heading or line above it,
  // or the date of the last entry above it that wrote one ("### 2022-01-27 11:00", then "### 14:35").
  for (const entry of entries) {
    const stamp = entry.stamp;
    if (stamp?.date && !stamp.invalid) dateMarks.push({ at: entry.start, date: stamp.date, entrySection: entry.sectionStart, ...(stamp.time && stamp.zone ? { moment: { time: stamp.time, zone: stamp.zone } } : {}) });
  }
  // "| Day 2, 00:40 | ... |": the entry's own day, just before it (a mark dates the entries after it).
  for (const entry of entries) if (entry.stamp?.dayNumber !== undefined) numberedDays.push({ at: entry.start - 0.5, dayNumber: entry.stamp.dayNumber });
  if (numberedDays.length > 0) dateMarks.push(...dayAnchors(index.text));
  dateMarks.sort((a, b) => a.at - b.at);
  if (numberedDays.length > 0) datedByNumber(dateMarks, numberedDays, incidentDate);
  if (daysOfMonth.length > 0) datedByDayOfMonth(dateMarks, daysOfMonth, incidentDate);
  entries.sort((a, b) => a.start - b.start);
  zonedByLabel(index, entries);
  zonedByHeading(index, entries);
  // An entry's date dates the entries after it, in its own section and in the next, which may go on with the story. Unless
  // the next one's times start half a day or more after the last time before it ("00:55" then "23:00"): another account
  // told from the start ("## What the status page doesn't say" under a pasted, dated status log), on the first day.
  const restarts = new Map<number, CalendarDate | undefined>();
  const firstDay = dateMarks.find((m) => m.entrySection !== undefined)?.date;
  entries.forEach((entry, i) => {
    const before = entries[i - 1];
    const [time, last] = [entry.stamp?.time, before?.stamp?.time];
    if (!before || before.sectionStart === entry.sectionStart || restarts.has(entry.sectionStart) || !time || !last || entry.stamp?.date) return;
    if ((time.hour - last.hour) * 60 + time.minute - last.minute >= 12 * 60) restarts.set(entry.sectionStart, firstDay);
  });
  // One sweep: both lists are in document order.
  let mark = -1;
  let byDefault: DateMark | undefined;
  for (const entry of entries) {
    while (mark + 1 < dateMarks.length && dateMarks[mark + 1].at < entry.start) {
      mark++;
      if (dateMarks[mark].byDefault) byDefault = dateMarks[mark];
      else if (dateMarks[mark].entrySection === undefined) byDefault = undefined;
    }
    const carried = dateMarks[mark];
    if (carried?.zone && carried.entrySection === undefined) entry.blockZone ??= carried.zone;
    if (entry.contextDate || entry.stamp?.date?.year) continue;
    const fromEntry = carried?.entrySection !== undefined;
    entry.contextDate = fromEntry && byDefault ? byDefault.date : fromEntry && carried.entrySection !== entry.sectionStart ? (restarts.get(entry.sectionStart) ?? carried.date) : carried && dayOnClockOf(carried, entry.stamp?.zone);
  }
  // After the days are known: a clock change is read only on a night the region's clocks change.
  zonedByClockChange(index, entries, incidentDate);
  for (const { invalid } of dateMarks) if (invalid) unrealDates.push(invalid);
  // Nested sections ("Timeline" inside "Incident Timeline") must not count an entry twice.
  const once = <T extends { start: number }>(items: T[]) => {
    const seen = new Set<number>();
    return items.filter((item) => (seen.has(item.start) ? false : (seen.add(item.start), true)));
  };
  return { entries: once(entries), unrealDates: once(unrealDates).sort((a, b) => a.start - b.start) };
}

const HEADING_NOT_THE_DAY = /\b(?:written|updated|published|reviewed|drafted|posted|edited|as of)\b|\d\s*(?:[-–—]|to|until)\s*\d/i;

/** Which columns of a timeline table hold what, and the zone of its times: undefined for a table that is no timeline. */
interface Columns {
  time: number;
  /** The column giving the day when another gives the time of day (-1: none). */
  day: number;
  event: number;
  actor: number;
  milestone: number;
  zone: string | undefined;
  /** "| When | Zone | Event |": a column giving each row's zone, where rows from several clocks are merged (-1: none). */
  zoneColumn: number;
  /** The time column's header names a time of day ("Time (CET)", "UTC"), so four bare digits there are one ("0412"). */
  bareTimes: boolean;
  /** All of it, as one string. */
  key: string;
}

function timelineColumns(grid: Grid, sectionZone: string | undefined): Columns | undefined {
  const headers = grid.header.map((cell) => cell.text);
  if (headers.length === 0) return undefined;
  // "| Interval | From | To | Duration |": spans between moments the timeline tells, not moments of their own.
  if (headers.some((h) => /^\W*(?:from|start)\W*$/i.test(h)) && headers.some((h) => /^\W*(?:to|until|end)\W*$/i.test(h))) return undefined;
  // "| Offset | Time (UTC) | Event |": the clock, where a column counted from T0 stands beside it.
  const countedFromT0 = (h: string) => /\b(?:offset|elapsed)\b/i.test(h) && !/\b(?:time|date|when|timestamp|hour)\b/i.test(h);
  let time = headers.findIndex((h) => TIME_HEADER.test(h) && !countedFromT0(h));
  if (time < 0) time = headers.findIndex((h) => TIME_HEADER.test(h));
  // Without a time header: a column headed by a zone alone ("| T+ | CET | Event |"), else the first of the first two
  // columns whose rows mostly hold a time.
  if (time < 0) time = headers.findIndex((h) => zoneHeader(h) !== undefined);
  if (time < 0) {
    const mostlyTimed = (column: number) => {
      const timed = grid.rows.filter((row) => row.cells[column] && readTimestamp(row.cells[column].text)).length;
      return timed > 0 && timed >= grid.rows.length / 2;
    };
    time = [0, 1].find((column) => column < headers.length && mostlyTimed(column)) ?? -1;
    if (time < 0) return undefined;
  }
  // "| Date | Time (UTC) | Event |": one column gives the day, another the time of day.
  // "| Date | PT | UTC | What happened |": a column headed by its zone holds the time of day beside a date column.
  const dateColumn = headers.findIndex((h, i) => i !== time && !countedFromT0(h) && (TIME_HEADER.test(h) || /^\W*day\W*$/i.test(h) || zoneHeader(h) !== undefined));
  const [day, clock] = dateColumn < 0 ? [-1, time] : dayAndClockColumns(grid, time, dateColumn);
  time = clock;
  const pick = (pattern: RegExp) => headers.findIndex((h, i) => i !== time && i !== day && pattern.test(h));
  const actor = pick(ACTOR_HEADER);
  // "| Time | Who | Entry |": the event is not the actor's column, whatever its header.
  // "| When | Who / what | What happened |": the event's header that is not also the actor's.
  // "| PDT | UTC | |": a second clock is no event, whatever column is left unnamed.
  const namesClock = (h: string) => TIME_HEADER.test(h) || zoneHeader(h) !== undefined;
  const event =
    [
      headers.findIndex((h, i) => i !== time && i !== day && i !== actor && EVENT_HEADER.test(h)),
      pick(EVENT_HEADER),
      pick(MAYBE_EVENT_HEADER),
      headers.findIndex((h, i) => i !== time && i !== day && i !== actor && !namesClock(h)),
      headers.findIndex((_, i) => i !== time && i !== day && i !== actor),
      headers.findIndex((_, i) => i !== time && i !== day),
    ].find((column) => column >= 0) ?? -1;
  const milestone = pick(MILESTONE_HEADER);
  // "| UTC | Pacific (PDT) | Event |": a time column headed by its zone alone.
  const zone = statedZone(headers[time]) ?? zoneHeader(headers[time]) ?? (day >= 0 ? statedZone(headers[day]) : undefined) ?? sectionZone;
  const bareTimes = CLOCK_HEADER.test(headers[time]) || zoneHeader(headers[time]) !== undefined;
  const zoneColumn = pick(ZONE_HEADER);
  return { time, day, event, actor, milestone, zone, zoneColumn, bareTimes, key: `${time},${day},${event},${actor},${milestone},${zone ?? ''},${zoneColumn},${bareTimes}` };
}

const ZONE_HEADER = /^[\s*_]*(?:time ?zone|zone|tz)[\s*_]*$/i;

/**
 * A header that is nothing but a zone's name or offset ("UTC", "CET", "UTC+2"), maybe after the column's format ("HH:MM
 * ET"), or that names one in brackets ("When (ET)").
 */
function zoneHeader(header: string): string | undefined {
  const cell = header.replace(/[*_`]/g, '').trim().replace(/^(?:HH|hh)[:.]?(?:MM|mm)(?:[:.](?:SS|ss))?\s+/, '');
  // "When (ET)", "Hora (CET)": the time column's brackets name it.
  const name = /\(\s*([^()]{1,12}?)\s*\)$/.exec(cell)?.[1] ?? cell;
  return /^[A-Za-z]{1,5}(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?$/.test(name) && zoneOf(name.toUpperCase()) ? name.toUpperCase() : undefined;
}

// Each piece's timeline table rows' entries, relative to the piece's start.
const ROW_ENTRIES = new RowMemos<RawTimelineEntry>();

/** A timeline table row's entry, its offsets less `origin`; none for a row that tells no event. */
function rowEntry(source: string, row: GridRow, columns: Columns, origin: number): RawTimelineEntry | undefined {
  const text = (column: number) => row.cells[column]?.text ?? '';
  const filled = row.cells.filter((cell) => cell.text !== '').length;
  const timeCell = row.cells[columns.time];
  const readStamp = (text: string) => readTimestamp(text) ?? (columns.bareTimes ? readBareFourDigitTime(text) : undefined);
  const stamp = timeCell?.text ? readStamp(timeCell.text) : undefined;
  // A line pasted under a table becomes a one-cell row: text, not an event; a row with no time continues the
  // one above.
  if (!timeCell?.text || (!stamp && filled < 2)) return undefined;
  // "| | **CEST** | **CDT** | |": a second header row naming each time column's zone, not an event.
  if (!stamp && !text(columns.event) && zoneOf(timeCell.text.trim())) return undefined;
  // Cell text drops inline markup ("**14:00**"); read the stamp again from the source for exact offsets.
  const sourceStamp = stamp ? readStamp(source.slice(timeCell.start, timeCell.end)) : undefined;
  const timeStart = timeCell.start + (sourceStamp?.start ?? 0);
  const timeEnd = sourceStamp ? timeCell.start + sourceStamp.end : timeCell.end;
  return {
    form: 'table',
    sectionStart: 0,
    start: row.start - origin,
    end: row.end - origin,
    timeText: stamp ? timeCell.text.slice(stamp.start, stamp.end) : timeCell.text,
    timeStart: timeStart - origin,
    timeEnd: timeEnd - origin,
    stamp,
    contextDate: undefined,
    event: text(columns.event),
    prose: text(columns.event),
    actor: text(columns.actor) || undefined,
    blockZone: (columns.zoneColumn >= 0 ? zoneHeader(text(columns.zoneColumn)) : undefined) ?? columns.zone,
    markedMilestone: milestoneNamed(text(columns.milestone)) ?? markedMilestone(text(columns.milestone)) ?? markedMilestone(text(columns.event)),
    readingKey: {},
  };
}

/**
 * "## Notes from Dan (ET)" over "- 5:05 AM got the ping": a heading that names a zone is the zone of the times under
 * it, in a document whose other times are in another. One sweep (both lists in document order); a heading's zone is
 * read only when an entry is under it.
 */
function zonedByHeading(index: DocumentIndex, entries: RawTimelineEntry[]): void {
  const headings = index.headings;
  let h = -1;
  let zone: string | undefined;
  let read = -1;
  for (const entry of entries) {
    while (h + 1 < headings.length && offsetsOf(headings[h + 1])[0] < entry.start) h++;
    if (h < 0 || entry.stamp?.zone || entry.blockZone) continue;
    if (read !== h) {
      const [start, end] = offsetsOf(headings[h]);
      zone = statedZone(index.text.slice(start, Math.min(end, start + 200)));
      read = h;
    }
    if (zone) entry.blockZone = zone;
  }
}

/** A short line ending in a colon: the label of the block right under it ("Slack notes (CDT):"). */
const LABEL_LINE = /^[^\n]{3,100}:[*_]*$/;
const CLOSING_BRACKETS = /\(([^()\n]{2,30})\)[*_]*:[*_]*$/;

/**
 * "Slack notes (CDT):" over "- 13:20 - banner posted", below a log pasted in UTC: a label that names a zone is the
 * zone of the list right under it (nothing between them), before any heading's.
 */
function zonedByLabel(index: DocumentIndex, entries: RawTimelineEntry[]): void {
  const labelled: { start: number; end: number; zone: string }[] = [];
  for (const paragraph of index.paragraphs) {
    const [start, end] = offsetsOf(paragraph);
    // Most paragraphs are told from their length and last character, without a slice.
    if (end - start > 110 || !/[:*_]/.test(index.text[end - 1] ?? '') || index.listParagraphs.has(paragraph)) continue;
    const text = index.text.slice(start, end);
    if (!LABEL_LINE.test(text)) continue;
    // "What happened, from the logs and Slack (Central time):": the zone in the brackets that close the label.
    const bracketed = CLOSING_BRACKETS.exec(text);
    const zone = statedZone(text) ?? (bracketed ? statedZone(`all times ${bracketed[1]}`) : undefined);
    const list = zone ? index.lists[firstStartingAt(index.lists, end)] : undefined;
    if (zone && list && !/\S/.test(index.text.slice(end, offsetsOf(list)[0]))) labelled.push({ start: offsetsOf(list)[0], end: offsetsOf(list)[1], zone });
  }
  if (labelled.length === 0) return;
  for (const entry of entries) {
    if (entry.stamp?.zone || entry.blockZone) continue;
    const block = labelled.find((b) => entry.start >= b.start && entry.start < b.end);
    if (block) entry.blockZone = block.zone;
  }
}

const SUMMER_TIMES = Object.values(SUMMER_TIME_OF).map(([summer]) => summer).join('|');
const WINTER_TIMES = Object.keys(SUMMER_TIME_OF).join('|');
const ZONE_CHANGE_ARROW = String.raw`\s*(?:->|→|⟶|[-–—=]>|to)\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?)?`;
/** "02:00 BST -> 01:00 GMT", "BST → GMT", "CET to CEST": the clocks changing from one of a region's times to its other. */
const ZONE_CHANGE = new RegExp(String.raw`\b(?:(${SUMMER_TIMES})${ZONE_CHANGE_ARROW}(${WINTER_TIMES})|(${WINTER_TIMES})${ZONE_CHANGE_ARROW}(${SUMMER_TIMES}))\b`, 'g');
const CLOCKS_WORDS = /\bclocks?\b|\bDST\b|daylight saving|summer ?time|winter ?time/i;

/**
 * "---- CLOCKS BACK: 02:00 BST -> 01:00 GMT. Everything below is GMT ----" between a log's lines, or a row "| 02:00 →
 * 01:00 | BST → GMT | Clocks go back. |", where the times step back: on the night the clocks go back, the times above
 * the line are on the one clock and those below on the other, whatever zone the document names. A row that only
 * tells the change is no event.
 */
function zonedByClockChange(index: DocumentIndex, entries: RawTimelineEntry[], incidentDate: CalendarDate | undefined): void {
  // Only where the wall clock steps back at most an hour and a half: no text is searched in a timeline without one.
  const changes: { at: number; before: string; after: string }[] = [];
  for (let i = 1; i < entries.length; i++) {
    const [earlier, later] = [entries[i - 1].stamp?.time, entries[i].stamp?.time];
    const back = earlier && later ? earlier.hour * 60 + earlier.minute - (later.hour * 60 + later.minute) : 0;
    if (back <= 0 || back > 90) continue;
    const from = entries[i - 1].start;
    const text = index.text.slice(from, entries[i].start);
    if (!CLOCKS_WORDS.test(text)) continue;
    for (const m of matchesOf(ZONE_CHANGE, text)) {
      const at = from + m.index;
      const line = index.text.slice(index.text.lastIndexOf('\n', at) + 1, Math.max(index.text.indexOf('\n', at), at));
      const [before, after] = [(m[1] ?? m[3]).toUpperCase(), (m[2] ?? m[4]).toUpperCase()];
      const ownDay = entries[i].stamp?.date ?? entries[i].contextDate;
      if (!CLOCKS_WORDS.test(line) || !clocksChangeAround(ownDay ?? incidentDate, SUMMER_TIME_OF[m[2] ?? m[3]][1], ownDay?.year ? 1.5 : 7)) continue;
      changes.push({ at, before, after });
      break;
    }
  }
  if (changes.length === 0) return;
  const notes = new Set<RawTimelineEntry>();
  for (const change of changes) {
    const note = entries.find((entry) => entry.start <= change.at && change.at < entry.end && CLOCKS_WORDS.test(entry.event) && !/\p{L}{3,}/u.test(entry.event.replace(CLOCK_CHANGE_NOTE, '')));
    if (note) notes.add(note);
  }
  // Within one timeline (its day headings included): the section of the entries around the change.
  const sectionAt = (at: number) => {
    const after = entries.findIndex((entry) => entry.start > at && !notes.has(entry));
    return entries[after < 0 ? entries.length - 1 : after].sectionStart;
  };
  const sections = changes.map((change) => sectionAt(change.at));
  for (const entry of entries) {
    if (entry.stamp?.zone || notes.has(entry)) continue;
    // The last change above the entry, or the first below it.
    let above = -1;
    for (let k = 0; k < changes.length; k++) if (changes[k].at < entry.start && sections[k] === entry.sectionStart) above = k;
    const below = changes.findIndex((change, k) => change.at > entry.end && sections[k] === entry.sectionStart);
    if (above >= 0) entry.blockZone = changes[above].after;
    else if (below >= 0) entry.blockZone = changes[below].before;
  }
  let kept = 0;
  for (const entry of entries) if (!notes.has(entry)) entries[kept++] = entry;
  entries.length = kept;
}

/**
 * Whether the region's clocks change within `days` of the day (true when no year says which day): a day and a half of
 * the entry's own day, or the week after the incident's day, which a log that rolls over midnight may run past.
 */
function clocksChangeAround(day: CalendarDate | undefined, region: string, days: number): boolean {
  if (!day?.year) return true;
  const noon = Date.UTC(day.year, day.month - 1, day.day, 12);
  const zone = IANAZone.create(region);
  return zone.offset(noon - Math.min(days, 1.5) * 86_400_000) !== zone.offset(noon + days * 86_400_000);
}

/** What a note of the change says besides: "Clocks go back. All times from here are GMT.", "CLOCKS BACK", "DST ends". */
const CLOCK_CHANGE_NOTE = new RegExp(String.raw`\b(?:clocks?|DST|daylight saving(?: time)?|summer ?time|winter ?time)\b|\b(?:go|goes|went|gone|going|fall|falls|fell|back|forward|one|an|hour|end|ends?|starts?|begins?|changes?|of|all|times?|from|here|on|are|is|in|now|below|after|this|point|the|am|pm|UTC|${SUMMER_TIMES}|${WINTER_TIMES})\b|\d{1,2}[:.]\d{2}|->|→|[-–—=]>`, 'gi');

/** A copy of an entry, moved by `by` characters (written out: a spread is slower). */
function copied(entry: RawTimelineEntry, by: number): RawTimelineEntry {
  return {
    form: entry.form,
    sectionStart: entry.sectionStart,
    start: entry.start + by,
    end: entry.end + by,
    timeText: entry.timeText,
    timeStart: entry.timeStart + by,
    timeEnd: entry.timeEnd + by,
    stamp: entry.stamp,
    contextDate: entry.contextDate,
    event: entry.event,
    prose: entry.prose,
    actor: entry.actor,
    blockZone: entry.blockZone,
    markedMilestone: entry.markedMilestone,
    readingKey: entry.readingKey,
  };
}

/** The day of each row of a table with a day column, by where the row starts: a day written once holds for the rows below it. */
function daysOfRows(grid: Grid, column: number, unrealDates: WrittenDate[]): Map<number, CalendarDate | undefined> {
  const days = new Map<number, CalendarDate | undefined>();
  let day: CalendarDate | undefined;
  for (const row of grid.rows) {
    const cell = row.cells[column];
    // "| Thu 4/25 | 5:00 PM |", "| 30.09. | 22:00 h |": a day and month alone, in the day's own column, is a date.
    const alone = dayAndMonthAlone(cell?.text ?? '');
    const unrealAlone = !alone && cell?.text ? unrealDayAndMonthAlone(cell.text) : undefined;
    const written = cell?.text && !alone && !unrealAlone ? readTimestamp(cell.text) : undefined;
    if (alone) day = alone;
    else if (unrealAlone) {
      // "| 31.09. | 09:30 |": the row's entries get no instant, not the day before's.
      day = unrealAlone;
      unrealDates.push({ start: cell.start, end: cell.end, text: cell.text, date: unrealAlone });
    } else if (written?.date && !written.time && !written.unknown) {
      day = written.date;
      // The cell's plain text drops its emphasis, so its offsets are not the source's: the whole cell is reported.
      const unreal = unrealDate(written, 0, cell.text);
      if (unreal) unrealDates.push({ ...unreal, start: cell.start, end: cell.end });
    }
    days.set(row.start, day);
  }
  return days;
}

/**
 * Of two date or time columns, which gives the day and which the time of day: the day's cells hold dates only, the
 * other's times. [-1, the first] when they are not so split (a "Time" column and a "Detection time" one, both timed).
 */
function dayAndClockColumns(grid: Grid, first: number, second: number): [number, number] {
  const reading = (column: number) => {
    let days = 0;
    let clocks = 0;
    // "| 04/12/2026 | 0648 |": four bare digits under a clock's header are its times.
    const bare = CLOCK_HEADER.test(grid.header[column]?.text ?? '') || zoneHeader(grid.header[column]?.text ?? '') !== undefined;
    // The opening rows tell: read on every keystroke, a long table is not read whole for it.
    for (const row of grid.rows.length > 50 ? grid.rows.slice(0, 50) : grid.rows) {
      const alone = dayAndMonthAlone(row.cells[column]?.text ?? '');
      const stamp = row.cells[column]?.text && !alone ? (readTimestamp(row.cells[column].text) ?? (bare ? readBareFourDigitTime(row.cells[column].text) : undefined)) : undefined;
      if (stamp?.time || stamp?.unknown) clocks++;
      else if (stamp?.date || alone) days++;
    }
    return { days, clocks };
  };
  const [a, b] = [reading(first), reading(second)];
  if (a.days > 0 && a.clocks === 0 && b.clocks > b.days) return [first, second];
  if (b.days > 0 && b.clocks === 0 && a.clocks > a.days) return [second, first];
  return [-1, first];
}

/**
 * Whether a list writes its times as four bare digits ("- **1338** — CT-2 trips"): three items or more open so, and
 * not all of them could be years (19xx, 20xx), which a list of "2019 — ..." would be.
 */
function leadWithBareTimes(index: DocumentIndex, items: ListItem[]): boolean {
  const leads: string[] = [];
  for (const item of items) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const start = offsetsOf(first)[0];
    leads.push(index.text.slice(start, start + 12));
  }
  return bareTimesLead(leads);
}

/** Whether three lines or more open with four bare digits, not all of which could be years. */
function bareTimesLead(lines: readonly string[]): boolean {
  const leads: number[] = [];
  for (const line of lines) {
    const stamp = readBareFourDigitTime(line);
    if (stamp?.time) leads.push(stamp.time.hour * 100 + stamp.time.minute);
  }
  return leads.length >= 3 && leads.some((lead) => lead < 1900 || lead > 2059);
}

/** A paragraph (or text block) whose lines open with four bare digits: "0115  PLCY410D abend", "**0150** CAD froze". */
const BARE_TIME_LINE = /(?:^|\n)[ \t*_]*(?:[01]\d|2[0-3])[0-5]\d[*_]*[ \t]/;
const linesLeadWithBareTimes = (text: string) => BARE_TIME_LINE.test(text) && bareTimesLead(text.split('\n'));

// A bullet in brackets from end to end that tells the clocks changing, not an event ("- _(02:27 – no ack; pager
// escalated)_" is one).
const BRACKETED_NOTE = /^[*_]*\((?=[^()\n]*(?:\d[:.]\d\d[^()\n]*(?:→|->|=>)[^()\n]*\d[:.]\d\d|\b(?:clocks?|DST|Uhren|Zeitumstellung|summer time|winter time|daylight saving)\b))[^()\n]*\)[*_.]*\s*$/i;

function bulletEntries(index: DocumentIndex, items: ListItem[], unrealDates: WrittenDate[], tZero?: Timestamp): RawTimelineEntry[] {
  const entries: RawTimelineEntry[] = [];
  const dateScopes: { end: number; date: CalendarDate }[] = [];
  const bareTimes = leadWithBareTimes(index, items);
  for (const item of items) {
    const [itemStart, itemEnd] = offsetsOf(item);
    while (dateScopes.length > 0 && dateScopes[dateScopes.length - 1].end <= itemStart) dateScopes.pop();
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const [textStart] = offsetsOf(first);
    const lineEnd = lineEndOf(index.text, textStart, offsetsOf(first)[1]);
    const line = index.text.slice(textStart, lineEnd);
    // "- *(02:00 MEZ → 03:00 MESZ, Uhren vorgestellt)*": the author's note on the clocks, no event.
    if (BRACKETED_NOTE.test(line)) continue;
    const read = readTimestamp(line);
    // "- **Hannah** [7:20 AM] oh no, on it": a chat message pasted as a bullet.
    const spoken = read?.time ? undefined : speakerLine(line);
    const speaker = spoken?.saysFrom !== undefined ? spoken : undefined;
    const stamp = speaker?.stamp ?? read ?? (bareTimes ? readBareFourDigitTime(line) : undefined) ?? embeddedTimestamp(line) ?? (tZero && offsetStamp(line, tZero));
    if (!stamp) continue;
    const rest = restAfter(line, stamp);
    // "- 2021-04-13", "- **2026-10-20 (Tue)**" with bullets under it: a date for its children, not an event.
    if (stamp.date && !stamp.time && !stamp.unknown && WEEKDAY_AT_MOST.test(rest) && item.children.length > 1) {
      dateScopes.push({ end: itemEnd, date: stamp.date });
      const unreal = unrealDate(stamp, textStart, line);
      if (unreal) unrealDates.push(unreal);
      continue;
    }
    const entry = lineEntry('bullet', itemStart, itemEnd, textStart, line, stamp, dateScopes[dateScopes.length - 1]?.date);
    if (speaker) spokenBy(entry, speaker.name, line.slice(speaker.saysFrom));
    const wrapped = index.text.slice(lineEnd, offsetsOf(first)[1]);
    entry.prose = proseOf(entry.event, wrapped);
    // A bullet wrapped onto its next lines tells its event in all of them ("... rows" / "  match. Incident closed.").
    if (entry.event && /\S/.test(wrapped)) entry.event = `${entry.event} ${plainLine(wrapped.replace(/\s*\n\s*/g, ' '))}`.trim();
    // "- **07:58**" with what happened in the bullets under it: those tell the event.
    if (!/[^\s*_]/.test(entry.event) && item.children.length > 1) {
      const under = index.text.slice(offsetsOf(item.children[1])[0], itemEnd).replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '');
      entry.event = firstLine(under);
      entry.prose = proseOf(entry.event, under.slice(under.indexOf('\n') + 1 || under.length));
    }
    entries.push(entry);
  }
  return entries;
}

/** What may follow a date that only heads the bullets under it: its weekday and the emphasis around both. */
const WEEKDAY_AT_MOST = /^[\s*_(),.]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?[\s*_(),.:]*$/i;

/** "[Update - 2023-03-29 15h50 UTC]", "::: update Resolved | 2021-05-03T22:51:55Z": a status page's update line. */
const STATUS_UPDATE_LINE = /^\s*(?:\[\s*update\s*[-–:]([^\]\n]*)\]|:::\s*update\s+(\w+)\s*\|([^\n]*))\s*$/i;

/**
 * The stamp an update line gives: its text trimmed (the last blank of one that is all blanks, as `\s*([^\]\n]+?)\s*`
 * read it, lazily, in time quadratic in a long run of blanks).
 */
function statusUpdateStamp(line: string): string | undefined {
  const header = STATUS_UPDATE_LINE.exec(line);
  const written = header ? (header[1] ?? header[3]) : undefined;
  return written ? written.trim() || written.slice(-1) : undefined;
}

/** "**UPDATE 3 (10:35 UTC):** pods spread across 4 nodes now ...": a forum post's update, its time in the label. */
const LABELLED_UPDATE = /^[ \t]*(?:\*\*|__)?update(?:[ \t]*#?\d+)?[ \t]*\(([^()\n]{3,40})\)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*(?=\S)/i;

/** The entry a labelled update paragraph gives, what it says after its label, when the label holds a time. */
function labelledUpdate(text: string, start: number, end: number): RawTimelineEntry | undefined {
  const label = LABELLED_UPDATE.exec(text.slice(start, Math.min(end, start + 120)));
  const stamp = label ? readTimestamp(label[1]) : undefined;
  if (!label || !stamp?.time || stamp.start !== 0) return undefined;
  const at = label[0].indexOf(label[1]);
  const entry = lineEntry('line', start, end, start, text.slice(start, lineEndOf(text, start, end)), { ...stamp, start: at + stamp.start, end: at + stamp.end }, undefined);
  const said = text.slice(start + label[0].length, end);
  entry.event = firstLine(said);
  entry.prose = proseOf('', said);
  entry.markedMilestone = markedMilestone(entry.event);
  return entry;
}

/**
 * A status page's updates, each dated and timed on its own line and followed by what was said. The status word
 * ("Resolved") is not taken for a milestone: pages post it when the update is written, often hours after the fact.
 */
function statusUpdates(index: DocumentIndex): RawTimelineEntry[] {
  const entries: RawTimelineEntry[] = [];
  const postedAfter: RawTimelineEntry[] = [];
  const paragraphs = index.paragraphs.filter((p) => !index.listParagraphs.has(p));
  paragraphs.forEach((paragraph, i) => {
    const [start, end] = offsetsOf(paragraph);
    const lineEnd = lineEndOf(index.text, start, end);
    const line = index.text.slice(start, lineEnd);
    const stampText = statusUpdateStamp(line);
    const stamp = stampText ? readTimestamp(stampText) : undefined;
    if (!stamp?.time || stamp.start !== 0) {
      const posted = lineEnd < end ? postedUpdate(index.text, start, end) : undefined;
      if (posted) postedAfter.push(posted);
      else {
        const labelled = labelledUpdate(index.text, start, end);
        if (labelled) postedAfter.push(labelled);
      }
      return;
    }
    // What was said: the rest of the paragraph, else the paragraph after it.
    const next = paragraphs[i + 1] && offsetsOf(paragraphs[i + 1]);
    const [saidStart, saidEnd] = lineEnd < end ? [lineEnd + 1, end] : next ? next : [end, end];
    const said = index.text.slice(saidStart, saidEnd);
    const at = line.indexOf(stampText!);
    const entry = lineEntry('line', start, Math.max(end, saidEnd), start, line, { ...stamp, start: at + stamp.start, end: at + stamp.end }, undefined);
    entry.event = firstLine(said);
    entry.prose = proseOf('', said);
    entries.push(entry);
  });
  // "### Update 6 — 2024-09-18 19:05 UTC", "### Update 1 — 9:31 PM" over what was said: an incident issue's updates,
  // as headings.
  const updateHeadings: RawTimelineEntry[] = [];
  index.headings.forEach((heading, i) => {
    const [start, end] = offsetsOf(heading);
    // Only a heading that opens with the word is read whole.
    UPDATE_HEADING_OPENING.lastIndex = start;
    if (!UPDATE_HEADING_OPENING.test(index.text)) return;
    const line = index.text.slice(start, lineEndOf(index.text, start, end));
    const written = UPDATE_HEADING.exec(line);
    const stamp = written ? readTimestamp(written[2]) : undefined;
    // A status word's heading dates its update ("### Resolved – 21 January, 17.10"): "### Investigating – 10.45
    // regression" names a version.
    if (!stamp?.time || stamp.start !== 0 || (!/^#+[ \t]+(?:status[ \t]+)?update\b/i.test(line) && !stamp.date)) return;
    const next = index.headings[i + 1];
    const said = index.text.slice(end, next ? offsetsOf(next)[0] : Math.min(index.text.length, end + 2000)).trim();
    const at = written!.index + written![1].length;
    const entry = lineEntry('heading', start, end, start, line, { ...stamp, start: at + stamp.start, end: at + stamp.end }, undefined);
    entry.event = firstLine(said);
    entry.prose = proseOf('', said);
    updateHeadings.push(entry);
  });
  // One paragraph or heading of that shape may be anything; two or more are a page's log.
  return [...entries, ...(postedAfter.length >= 2 ? postedAfter : []), ...(updateHeadings.length >= 2 ? updateHeadings : [])];
}

// "### Resolved – 21 January, 17.10": a status page's update with its status word, as its history page titles it.
const UPDATE_WORD = String.raw`(?:(?:status[ \t]+)?update|resolved|monitoring|identified|investigating|verifying|completed)`;
const UPDATE_HEADING_OPENING = new RegExp(String.raw`#{1,6}[ \t]+${UPDATE_WORD}\b`, 'iy');
const UPDATE_HEADING = new RegExp(String.raw`^(#{1,6}[ \t]+${UPDATE_WORD}(?:[ \t]*#?[ \t]*\d+)?[ \t]*[-–—:|][ \t]*)(\S.*?)[ \t#]*$`, 'i');

/**
 * "**Resolved** - This incident has been resolved.", or "**Resolved**" on a line of its own above it: a status page's
 * update as copied, its status word first.
 */
const POSTED_STATUS = /^\s*(?:\*\*|__)?(?:resolved|monitoring|identified|investigating|update|verifying|completed|postmortem|post-mortem)(?:\*\*|__)?[ \t]*(?:[-–—:]\s*|\n|$)/i;

/**
 * An update as a status page shows it: the status and what was said, then the date and time it was posted on a line
 * of its own ("Mar 3, 2024 - 15:40 UTC", "Posted Mar 03, 2024 - 14:30 UTC").
 */
function postedUpdate(text: string, start: number, end: number): RawTimelineEntry | undefined {
  const said = text.slice(start, end);
  const status = POSTED_STATUS.exec(said);
  if (!status) return undefined;
  const lastLineStart = said.lastIndexOf('\n') + 1;
  const lastLine = said.slice(lastLineStart).trimEnd();
  // In italics as Statuspage shows it: "*Posted Mar 11, 2026 - 17:05 UTC*".
  const at = /^\s*[*_]*(?:posted\s+)?/i.exec(lastLine)![0].length;
  // The status word alone on its line is a status page's only under its "Posted ..." line: a list of follow-ups may
  // title its notes "**Completed**" over a date too.
  if (status[0].endsWith('\n') && !/^\s*[*_]*posted\b/i.test(lastLine)) return undefined;
  const stamp = readTimestamp(lastLine.slice(at));
  if (!stamp?.time || !stamp.date?.year || stamp.start !== 0 || at + stamp.end !== lastLine.replace(/[*_]+$/, '').length) return undefined;
  const entry = lineEntry('line', start, end, start + lastLineStart, lastLine, { ...stamp, start: at, end: at + stamp.end }, undefined);
  const words = said.slice(0, lastLineStart);
  // The status word alone on its line: what was said follows it.
  entry.event = status[0].endsWith('\n') ? `${status[0].replace(/[*_\s]/g, '')}: ${firstLine(words.slice(status[0].length))}` : firstLine(words);
  entry.prose = proseOf('', words.slice(status[0].length));
  entry.markedMilestone = undefined;
  return entry;
}

function everyLineDated(code: string): boolean {
  // An indented line under a dated one is its text wrapped ("05.11.2024 07:31:40  K. Rauch  Work notes: Call ...\n
  //     ASN missing ..."), as a ticket's activity log is copied.
  let dated = false;
  return code.split('\n').every((line) => {
    if (!line.trim()) return true;
    if (dated && /^[ \t]{2,}\S/.test(line)) return true;
    dated = readTimestamp(line)?.date?.year !== undefined;
    return dated;
  });
}

/**
 * Lines each dated, not a system's own output ("[1120] LOG:  terminating ...", "WARN  email-worker ...",
 * "ansible[22107]: TASK ..."): events as a bot or a tool lists them ("pagerduty    ACKNOWLEDGED by kenji.w"), which
 * beside a list may carry the timeline's middle.
 */
function eventLog(code: string): boolean {
  return everyLineDated(code) && !systemLog(code) && !code.split('\n').every((line) => !line.trim() || DAEMON_LOG_LINE.test(line));
}

/** Half its lines or more a program's own output, with a level, a process id or a logger in brackets. */
function systemLog(code: string): boolean {
  const lines = code.split('\n').filter((line) => line.trim());
  return lines.filter((line) => SYSTEM_LOG_LINE.test(line)).length >= lines.length / 2;
}

const SYSTEM_LOG_LINE = /\b(?:INFO|WARN(?:ING)?|ERROR|DEBUG|FATAL|PANIC|TRACE|LOG|DETAIL|CONTEXT|NOTICE)\b(?=:|\s|\])|\w\[[\w.]+\]:|\]\[/;
// "2026-11-10T12:38:14Z kap-sued02-gb-017 kernel: nf_conntrack: table full": syslog's shape, a stamp, a host, then the
// kernel or an agent that writes no process id.
const DAEMON_LOG_LINE = /^\s*\d\S*(?:\s+\d\S*)?\s+[\w.-]+\s+(?:kernel|kubelet|systemd|containerd|dockerd|sshd):\s/;

function hasListOrTable(index: DocumentIndex, section: Section): boolean {
  return startingWithin(index.lists, section.bodyStart, section.bodyEnd).length > 0 || startingWithin(index.tables, section.bodyStart, section.bodyEnd).length > 0;
}

/** Three lines or more, nearly all a time, a speaker and what they said: a chat channel's log as copied. */
function isChatLog(code: string): boolean {
  const lines = code.split('\n').filter((line) => line.trim());
  return lines.length >= 3 && lines.filter((line) => CHAT_LINE.test(line)).length >= lines.length * 0.8;
}

const CHAT_SPEAKER = /^(@?[\w.-]+):\s+/;
/** A log line's source, in lower case and padded to a column: "pagerduty    TRIGGERED ...". */
const LOG_SOURCE = /^([a-z][\w.-]*) {2,}(?=\S)/;
// "[12/11 00:03] Ravi (IT on-call): ack", "[23:51] Wei Ling: checked ...": a day before the time, a speaker's two names
// or role.
const CHAT_LINE = /^\s*\[?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\]?\s+@?[\w.-]+(?: [\w.-]+)?(?: \([^()\n]{1,40}\))?:\s/;

/**
 * The entries of pasted logs, kept only where a log's times run between the entries before and after it: the
 * timeline's middle, pasted. A log that repeats or illustrates moments told around it is left out.
 */
function withPastedLogsThatFit(entries: RawTimelineEntry[], logs: readonly (readonly [number, number])[]): RawTimelineEntry[] {
  const inLog = (entry: RawTimelineEntry) => logs.find(([start, end]) => entry.start >= start && entry.start < end);
  const minutes = (entry: RawTimelineEntry) => (entry.stamp?.time ? entry.stamp.time.hour * 60 + entry.stamp.time.minute : undefined);
  const listed = entries.filter((entry) => !inLog(entry) && minutes(entry) !== undefined).sort((a, b) => a.start - b.start);
  const fits = logs.filter(([start, end]) => {
    const inThisLog = entries.filter((entry) => entry.start >= start && entry.start < end);
    // Minutes of the day compare only within one day.
    if (new Set(inThisLog.map((entry) => (entry.stamp?.date ? `${entry.stamp.date.month}-${entry.stamp.date.day}` : ''))).size > 1) return true;
    const logged = inThisLog.map(minutes);
    if (logged.length === 0 || logged.some((m, i) => m === undefined || (i > 0 && m < logged[i - 1]!))) return false;
    // A log of five lines or more, twice the entries listed beside it: the timeline itself, the list its notes (which
    // may be on another clock: "Opsgenie alert log (UTC)" over "Additional context (BRT)").
    if (logged.length >= 5 && logged.length >= 2 * listed.length) return true;
    const before = listed.filter((entry) => entry.start < start).at(-1);
    const after = listed.find((entry) => entry.start >= end);
    return (before === undefined || minutes(before)! <= logged[0]!) && (after === undefined || logged.at(-1)! <= minutes(after)!);
  });
  return entries.filter((entry) => {
    const log = inLog(entry);
    return !log || fits.includes(log);
  });
}

/** A time to the second ("10:04:37"): a log line's stamp. */
const SECONDS_STAMP = /\b\d{1,2}:\d{2}:\d{2}\b/;

/** Three lines or more stamped to the second, nearly all the timed lines of a text: a log, whatever surrounds it. */
function loggedLines(text: string): boolean {
  const timed = text.split('\n').filter((line) => /\b\d{1,2}[:.]\d{2}\b/.test(line));
  const stamped = timed.filter((line) => SECONDS_STAMP.test(line)).length;
  return stamped >= 3 && stamped >= timed.length * 0.8;
}

/** A code block most of whose lines are stamped to the second: a log, even with untimed lines between. */
function looksLikeLog(code: string): boolean {
  const lines = code.split('\n').filter((line) => line.trim());
  return lines.filter((line) => SECONDS_STAMP.test(line)).length > lines.length / 2;
}

/** Top-level bullets without a time, each an event on the date of the date line above it. */
function datedBullets(index: DocumentIndex, items: ListItem[], marks: DateMark[], timedStarts: Set<number>): RawTimelineEntry[] {
  const entries: RawTimelineEntry[] = [];
  let enclosingEnd = -1;
  const markOf = (offset: number) => marks.filter((m) => m.at < offset).pop();
  // A date whose bullets carry times keeps its untimed bullets as notes: they have no place in the day.
  const timedMarks = new Set([...timedStarts].map(markOf));
  for (const item of items) {
    const [start, end] = offsetsOf(item);
    if (start < enclosingEnd) continue;
    enclosingEnd = end;
    const mark = markOf(start);
    const first = item.children[0];
    if (!mark || timedMarks.has(mark) || timedStarts.has(start) || first?.type !== 'paragraph') continue;
    const [textStart] = offsetsOf(first);
    const lineEnd = lineEndOf(index.text, textStart, offsetsOf(first)[1]);
    const line = index.text.slice(textStart, lineEnd);
    const stamp: Timestamp = { start: 0, end: 0, date: mark.date, time: undefined, approximate: false, unknown: false, invalid: false, invalidDate: false, zone: undefined };
    const entry = { ...lineEntry('bullet', start, end, textStart, line, stamp, mark.date), timeText: '' };
    entry.prose = proseOf(entry.event, index.text.slice(lineEnd, offsetsOf(first)[1]));
    entries.push(entry);
  }
  return entries;
}

/** Lists of three or more items, nearly all of which open with a clock time. */
function timedLists(index: DocumentIndex, bareTimesRead: boolean): ListItem[][] {
  const lists: ListItem[][] = [];
  for (const node of index.lists) {
    const items = node.children;
    if (items.length < 3) continue;
    // "- **0604** – SC-2 trips": times of four bare digits where the list leads with them, in time order, in a document
    // with no timeline section (not error codes, ports or counts: "- 1213: Deadlock found").
    const bareTimes = bareTimesRead && leadWithBareTimes(index, items) && bareTimesInOrder(index, items);
    // Read until more than a fifth of the items have no time (a long list of anything else stops early).
    let timed = 0;
    for (let i = 0; i < items.length && i - timed <= items.length * 0.2; i++) {
      const first = items[i].children[0];
      if (first?.type !== 'paragraph') continue;
      const [textStart, textEnd] = offsetsOf(first);
      const line = index.text.slice(textStart, lineEndOf(index.text, textStart, textEnd));
      if ((readTimestamp(line) ?? (bareTimes ? readBareFourDigitTime(line) : undefined))?.time !== undefined) timed++;
    }
    if (timed >= 3 && timed >= items.length * 0.8) lists.push(items);
  }
  return lists;
}

/** Whether the four-digit times opening a list's items run forward (one turn past midnight allowed). */
function bareTimesInOrder(index: DocumentIndex, items: ListItem[]): boolean {
  let turns = 0;
  let last = -1;
  for (const item of items) {
    const first = item.children[0];
    const stamp = first?.type === 'paragraph' ? readBareFourDigitTime(index.text.slice(offsetsOf(first)[0], offsetsOf(first)[0] + 12)) : undefined;
    if (!stamp?.time) continue;
    const minutes = stamp.time.hour * 60 + stamp.time.minute;
    if (minutes < last && ++turns > 1) return false;
    last = minutes;
  }
  return true;
}

/** An event in words: three words or more. */
export const SAYS_WHAT_HAPPENED = /\p{L}{2,}(?:\P{L}+\p{L}{2,}){2}/u;

/**
 * An entry that tells a moment: an event of three words, or a chat message under the header line of a writer who
 * speaks more than once (`talking`): "Jonas Weber 02:38" over "ack, looking", however terse; not a roster's "Alice
 * Chen 09:00" over "primary".
 */
function tellsWhatHappened(entry: RawTimelineEntry, talking: ReadonlySet<string>): boolean {
  return SAYS_WHAT_HAPPENED.test(entry.event) || (entry.actor !== undefined && talking.has(entry.actor) && /\p{L}{2,}/u.test(entry.event));
}

/**
 * A line opening with a time of day, maybe after a date, a quote mark or bold, not a bullet: "> **07:42** **@oskar:**
 * ...", "**0012hrs** – Station Supervisor reports ...", "**0150** Lang says CAD froze", a log's "13FEB24  0440Z  ITSM
 * ..."; or with who said it, then the
 * time in brackets ("> **Maya** [8:15 PM] anyone know why ...").
 */
/** A month's name in three letters, in any case ("FEB", "Feb"). */
const MONTH_ABBREVIATION = '(?:[Jj][Aa][Nn]|[Ff][Ee][Bb]|[Mm][Aa][Rr]|[Aa][Pp][Rr]|[Mm][Aa][Yy]|[Jj][Uu][Nn]|[Jj][Uu][Ll]|[Aa][Uu][Gg]|[Ss][Ee][Pp]|[Oo][Cc][Tt]|[Nn][Oo][Vv]|[Dd][Ee][Cc])';
const TIMED_LINE = new RegExp(String.raw`^[ \t]*(?:>[ \t]*)*(?:${WAR_ROOM_COUNT}(?=\())?(?:(?:\*\*|__)?[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3}(?:[ \t]+\([^()\n]{1,30}\))?(?:\*\*|__)?[ \t]+(?=\[\d{1,2}:\d{2}[^\]\n]{0,12}\][ \t]*:?[ \t]+\S))?[*_${'`'}\[(]*(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ T]|\d{1,2}-\d{1,2}-\d{4},?[ T]|\d{1,2}[ -]?${MONTH_ABBREVIATION}[ -]?(?:\d{4}|\d{2})?,?[ \t]+|${MONTH_ABBREVIATION}[a-z]*\.? \d{1,2}(?:,? \d{4})?,?[ \t]+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:\d{1,2}:\d{2}(?!\d)|(?:[01]\d|2[0-3])[0-5]\d ?hrs\b|(?:[01]\d|2[0-3])[0-5]\dZ\b|(?<=\*\*|__)(?:[01]\d|2[0-3])[0-5]\d(?=\*\*|__))`, 'gm');

/** A line ending with a time of day, as a chat message's header does (checked further by `speakerLine`). */
const ENDS_WITH_TIME = /^[^\n]{2,80}?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?[ \t]*\\?[ \t]*$/gm;

/** How many lines opening with a time make a document's lead its log. */
const LOG_LEAD_LINES = 5;

/**
 * Headings of no known name ("### The thread, condensed") whose own content, up to the next heading, is three or more
 * lines opening with a time, as sections to read as a timeline (a list of timed items is read wherever it is). Not
 * the title's: the lead of a document is its summary more often than its story.
 */
function untitledTimelines(index: DocumentIndex, sections: Section[]): Section[] {
  const found: Section[] = timeHeadingRuns(index);
  // One pass over the text for its timed lines, then a count per heading (a document of many headings and no timeline
  // reads its text once).
  const timedAt = matchesOf(TIMED_LINE, index.text).map((m) => m.index);
  // "**Rafael Nogueira** 10:42 AM", "Ji-ho Park — Yesterday at 6:15 PM": a chat's message headers are its timed lines.
  const timed = new Set(timedAt);
  const chatHeaders = matchesOf(ENDS_WITH_TIME, index.text).filter((m) => !timed.has(m.index) && speakerLine(m[0]) !== undefined).map((m) => m.index);
  if (chatHeaders.length > 0) {
    timedAt.push(...chatHeaders);
    timedAt.sort((a, b) => a - b);
  }
  if (timedAt.length < 3) return found;
  // "[23/11/2026 10:47] Control Room (Sam): ...": a chat exported whole, with no heading at all; "**12:48 IST** (Priya) —
  // ..." under a running log's title alone.
  const firstSection = index.headings.find((heading) => heading.depth > 1);
  if (!firstSection) found.push({ kind: 'timeline', also: [], heading: '', source: 'line', depth: undefined, nameStart: 0, nameEnd: 0, bodyStart: 0, bodyEnd: index.text.length });
  // A shift's log typed up under its title, its notes and follow-ups in sections after it: the lead is the log when
  // it is mostly timed lines (five at least, as a summary's few timed sentences are not).
  else if (firstStartingAt(timedAt, offsetsOf(firstSection)[0], (at) => at) >= LOG_LEAD_LINES) found.push({ kind: 'timeline', also: [], heading: '', source: 'line', depth: undefined, nameStart: 0, nameEnd: 0, bodyStart: 0, bodyEnd: offsetsOf(firstSection)[0] });
  // A chat or log pasted as a code block under no timeline heading ("**Chat from #digital-incidents:**" over "[09:14]
  // Jo Mills: ...", the lead's "[Sun 08:52] <fenrir> ..."): its lines are the timeline.
  for (const code of index.codes) {
    const [from, to] = offsetsOf(code);
    const first = firstStartingAt(timedAt, from, (at) => at);
    if (first + 2 < timedAt.length && timedAt[first + 2] < to) found.push({ kind: 'timeline', also: [], heading: '', source: 'line', depth: undefined, nameStart: from, nameEnd: from, bodyStart: from, bodyEnd: to });
  }
  const named = new Set(sections.map((s) => s.nameStart));
  const dayAlone = (heading: Heading) => {
    const [nameStart, nameEnd] = headingNameOffsets(heading);
    const stamp = readTimestamp(index.text.slice(nameStart, nameEnd));
    return stamp?.date !== undefined && !stamp.time && stamp.end >= nameEnd - nameStart - 1;
  };
  for (let i = 0; i < index.headings.length; i++) {
    const heading = index.headings[i];
    const [nameStart, nameEnd] = headingNameOffsets(heading);
    if (named.has(nameStart) || heading.depth === 1) continue;
    // "### 04DEC26", "### 05DEC26" over a control log's timed lines: one log across its days, each day heading read
    // as the date of the lines under it.
    let last = i;
    if (dayAlone(heading)) while (last + 1 < index.headings.length && index.headings[last + 1].depth === heading.depth && dayAlone(index.headings[last + 1])) last++;
    const bodyStart = last > i ? offsetsOf(heading)[0] : offsetsOf(heading)[1];
    const bodyEnd = last + 1 < index.headings.length ? offsetsOf(index.headings[last + 1])[0] : index.text.length;
    const first = firstStartingAt(timedAt, bodyStart, (at) => at);
    if (first + 2 < timedAt.length && timedAt[first + 2] < bodyEnd) found.push({ kind: 'timeline', also: [], heading: index.text.slice(nameStart, nameEnd), source: 'heading', depth: heading.depth, nameStart, nameEnd, bodyStart, bodyEnd });
    i = last;
  }
  return found;
}

/**
 * "## Response" over "| When (PDT) | What |" and rows of times: in a post-mortem with no timeline section, a table whose
 * first column is headed as the time and holds three or more times of day is the timeline in all but name (not a
 * table of work: no owner, due date or status column).
 */
const CALLED_A_TIMELINE = /\b(?:timeline|chronology|sequence of events|key times|key timings)\b/i;

function timedTables(grids: Grid[], text: string): Section[] {
  return grids
    .filter((grid) => {
      const headers = grid.header.map((cell) => cell.text);
      // "| Time | Event |", or "| Date | Time | Event |" where the words above it call it the timeline ("Members noted the
      // following timeline"): not a work log's or a rota's days and times.
      const clock = /^\W*(?:time|when|timestamp)\b/i.test(headers[0] ?? '') ? 0 : /^\W*(?:date|day)\W*$/i.test(headers[0] ?? '') && /^\W*time\b/i.test(headers[1] ?? '') && headers.some((h) => /^\W*(?:event|events|what happened|description)\W*$/i.test(h)) && CALLED_A_TIMELINE.test(text.slice(Math.max(0, grid.start - 300), grid.start).trimEnd().split(/\n[ \t]*\n/).pop() ?? '') ? 1 : -1;
      if (clock < 0 || headers.some((h) => WORK_HEADER.test(h))) return false;
      return grid.rows.filter((row) => row.cells[clock] && readTimestamp(row.cells[clock].text)?.time).length >= 3;
    })
    .map((grid) => ({ kind: 'timeline', also: [], heading: '', source: 'line', depth: undefined, nameStart: grid.start, nameEnd: grid.start, bodyStart: grid.start, bodyEnd: grid.end }));
}

const WORK_HEADER = /^\W*(?:owner|assignee|due|due date|deadline|status|priority|ticket)\W*$/i;

/**
 * "### 08:52", "### 09:05", "### 09:11" with what happened under each (or "### 06:50 UTC — rolled out"): a running log's
 * entries as headings, three or more in a row, a timeline whatever heads it.
 */
function timeHeadingRuns(index: DocumentIndex): Section[] {
  const found: Section[] = [];
  let run: Heading[] = [];
  const close = (next: Heading | undefined) => {
    if (run.length >= 3) {
      const [nameStart, nameEnd] = headingNameOffsets(run[0]);
      found.push({ kind: 'timeline', also: [], heading: index.text.slice(nameStart, nameEnd), source: 'heading', depth: run[0].depth, nameStart, nameEnd, bodyStart: offsetsOf(run[0])[0], bodyEnd: next ? offsetsOf(next)[0] : index.text.length });
    }
    run = [];
  };
  for (const heading of index.headings) {
    const [nameStart, nameEnd] = headingNameOffsets(heading);
    // A name opening with a digit (or emphasis) is read at all: 100,000 headings of words cost no slice each.
    const opening = heading.depth > 1 && /[\d*_`]/.test(index.text[nameStart] ?? '') ? index.text.slice(nameStart, Math.min(nameEnd, nameStart + 40)) : undefined;
    if (opening !== undefined && ((nameEnd - nameStart <= 40 && TIME_ALONE.test(opening)) || TIME_THEN_EVENT.test(opening))) run.push(heading);
    else close(heading);
  }
  close(undefined);
  return found;
}

/** "**— Tuesday, July 22, 2025 —**", "-- Tue 22 Jul --": a day between dashes, as chat exports separate days. */
const DAY_SEPARATOR = /^([\s*_]*(?:[—–]|-{2,})[ \t]+)(\S[^\n]*?)[ \t]+(?:[—–]|-{2,})[\s*_]*$/;
const TIME_ALONE = /^[\s*_`]*(?:\d{4}-\d{2}-\d{2}[ T])?(?:[01]?\d|2[0-3])(?:[:.h]|(?<=\d\d)u)[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?[\s*_`]*$/i;
/** "### 06:50 UTC — voucher-renderer v2.8 rolled out": a time, a dash, then what happened. */
const TIME_THEN_EVENT = /^[\s*_`]*(?:\d{4}-\d{2}-\d{2}[ T])?(?:[01]?\d|2[0-3])(?:[:.h]|(?<=\d\d)u)[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?[\s*_`]*\s[—–-]\s+\S/i;

/** The sections that may tell the incident's story, when no section is its timeline: "What happened", "Resolution". */
const TOLD_IN_PROSE = new Set<SectionKind>(['summary', 'impact', 'detection', 'response', 'resolution']);

const DAY_NUMBER = /^[\s*_]*day\s+(\d{1,2})\b[\s*_]*[-–—:,.]?\s*(?=[\w*_(])/i;
/** "### Day 2", "### Day 3 (Wednesday)": a day of the incident by its number alone. */
const DAY_ALONE = /^[\s*_]*day\s+(\d{1,2})\b[\s*_]*(?:[-–—:,(]?\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?)?[\s*_]*$/i;

/**
 * What a heading in a timeline says: the day that follows ("### October 21, 2025 - Redis overload", "### Day 3 —
 * Thursday 11 June 2026"), a day by its number alone ("### Day 2"), or an event at its time ("### 20:15").
 */
function headingRead(index: DocumentIndex, heading: Heading): { dateMark?: DateMark; dayNumber?: number; dayOfMonth?: Omit<DayOfMonth, 'at'>; event?: { text: string; stamp: Timestamp; textStart: number } } | undefined {
  const first = heading.children[0];
  if (!first) return undefined;
  const start = offsetsOf(heading)[0];
  const headingStart = offsetsOf(first)[0];
  const line = index.text.slice(headingStart, lineEndOf(index.text, headingStart, headingNameOffsets(heading)[1]));
  // "## 3.2 Wednesday 10/18": the section's number before the day it names.
  const written = line.replace(NUMBERED_DAY, '');
  const dayAlone = DAY_ALONE.exec(written);
  if (dayAlone) return { dayNumber: Number(dayAlone[1]) };
  const dayOfMonth = DAY_OF_MONTH_ALONE.exec(written);
  if (dayOfMonth) return { dayOfMonth: { day: Number(dayOfMonth[2]), weekday: dayOfMonth[1] ? WEEKDAYS.indexOf(dayOfMonth[1].slice(0, 3).toLowerCase()) : undefined } };
  const weekdayAlone = WEEKDAY_ALONE.exec(written);
  if (weekdayAlone) return { dayOfMonth: { day: undefined, weekday: WEEKDAYS.indexOf(weekdayAlone[1].slice(0, 3).toLowerCase()) } };
  const dayNumbered = DAY_NUMBER.exec(written);
  const numbered = dayNumbered?.[0].length ?? 0;
  const [textStart, text] = [headingStart + line.length - written.length + numbered, written.slice(numbered)];
  // A day and month alone first: "Monday 03.03" would read as the time 03:03.
  const dayAndMonth = numbered > 0 ? undefined : dayAndMonthAlone(text);
  if (dayAndMonth) return { dateMark: { at: start, date: dayAndMonth } };
  const stamp = readTimestamp(text);
  if (!stamp || (numbered > 0 && (stamp.time || !stamp.date))) return undefined;
  if (stamp.date && !stamp.time && !stamp.unknown) return { dateMark: { ...dateMark(start, stamp, textStart, text), ...(dayNumbered ? { dayNumber: Number(dayNumbered[1]) } : {}) } };
  return { event: { text, stamp, textStart } };
}

// Not "3. März 2025": a day of the month, written the German way.
const NUMBERED_DAY = new RegExp(String.raw`^[\s*_]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTH})\b)|\d{1,2}\.?[ \t]+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))`, 'i');

/**
 * Dates the days written by number alone ("### Day 1", "### Day 2"): from the last numbered day with a date ("### Day
 * 1 — 18 May 2026"), else the first of them is the day in force there (a date above it, or the incident's date), and
 * each later one that many days after. Each becomes a date mark, in order among the others.
 */
function datedByNumber(dateMarks: DateMark[], numberedDays: { at: number; dayNumber: number }[], incidentDate: CalendarDate | undefined): void {
  const marks = [...dateMarks];
  let base: { date: CalendarDate; dayNumber: number } | undefined;
  let next = 0;
  for (const day of numberedDays.sort((a, b) => a.at - b.at)) {
    for (; next < marks.length && marks[next].at < day.at; next++) {
      const mark = marks[next];
      if (mark.dayNumber !== undefined) base = { date: mark.date, dayNumber: mark.dayNumber };
    }
    if (!base) {
      const inForce = next > 0 ? marks[next - 1].date : incidentDate;
      if (!inForce) break;
      base = { date: inForce, dayNumber: day.dayNumber };
    }
    const date = daysAfter(base.date, day.dayNumber - base.dayNumber);
    if (date) dateMarks.push({ at: day.at, date, dayNumber: day.dayNumber });
  }
  dateMarks.sort((a, b) => a.at - b.at);
}

/**
 * "### Wednesday 7th": a day of the month by its ordinal, and the weekday written with it (0 for Sunday); "### Sunday":
 * a weekday alone, no day.
 */
interface DayOfMonth {
  at: number;
  day: number | undefined;
  weekday: number | undefined;
}

const DAY_OF_MONTH_ALONE = /^[\s*_]*(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)\b[\s*_:.]*$/i;
const WEEKDAY_ALONE = /^[\s*_]*((?:mon|tues|wednes|thurs|fri|satur|sun)day)[\s*_:.]*$/i;

/**
 * Dates the days written by their day of the month alone ("### Wednesday 7th"): the first such day on or after the
 * date in force above the heading (the one before it, or the incident's date), within a month. None where the
 * weekday written does not fall on that date: the reading is wrong, and no date is better than a wrong one.
 */
function datedByDayOfMonth(dateMarks: DateMark[], daysOfMonth: DayOfMonth[], incidentDate: CalendarDate | undefined): void {
  for (const day of daysOfMonth.sort((a, b) => a.at - b.at)) {
    const inForce = dateMarks[sortedIndex(dateMarks, day.at - 0.5) - 1]?.date ?? incidentDate;
    if (!inForce || inForce.dayMonthAmbiguous) continue;
    if (day.day === undefined) {
      // "### Sunday" after a Saturday: the next day of that name, within the week (the day in force itself included).
      if (day.weekday === undefined || inForce.year === undefined) continue;
      const date = daysAfter(inForce, (day.weekday - weekdayOf(inForce.year, inForce.month, inForce.day) + 7) % 7);
      if (date) dateMarks.splice(sortedIndex(dateMarks, day.at), 0, { at: day.at, date });
      continue;
    }
    const laterMonth = day.day < inForce.day ? 1 : 0;
    const moved = new Date(Date.UTC(inForce.year ?? NOMINAL_YEAR, inForce.month - 1 + laterMonth, day.day));
    if (moved.getUTCDate() !== day.day) continue;
    if (day.weekday !== undefined && inForce.year !== undefined && moved.getUTCDay() !== day.weekday) continue;
    const date = { ...inForce, year: inForce.year === undefined ? undefined : moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: day.day };
    dateMarks.splice(sortedIndex(dateMarks, day.at), 0, { at: day.at, date });
  }
}

/**
 * The day a mark gives an entry written on the clock of `zone`: "2026-11-30T23:52:07Z" logged between entries in ET
 * is 30 November there, and the ET entries after it stay on that day, not the first of December.
 */
function dayOnClockOf(mark: DateMark, zone: string | undefined): CalendarDate {
  const [from, to] = [zoneOf(mark.moment?.zone), zoneOf(zone)];
  if (!mark.moment || !from || !to || mark.moment.zone === zone) return mark.date;
  return dayOnOtherClock(mark.date, mark.moment.time, from, to) ?? mark.date;
}

/** Where a mark at `at` goes among marks sorted by place: after every mark at or before it. */
function sortedIndex(marks: DateMark[], at: number): number {
  const found = marks.findIndex((mark) => mark.at > at);
  return found < 0 ? marks.length : found;
}

/** "Day 1 = Monday 10 August 2026", "Day 1 is 2026-08-10": the date the document gives one of its numbered days. */
const DAY_ANCHOR = /\bday[ \t]+(\d{1,2})[ \t]*(?:=|:|\bis\b|\bwas\b)[ \t]*/gi;

function dayAnchors(text: string): DateMark[] {
  const anchors: DateMark[] = [];
  for (const anchor of matchesOf(DAY_ANCHOR, text)) {
    const stamp = readTimestamp(text.slice(anchor.index + anchor[0].length, anchor.index + anchor[0].length + 60));
    if (stamp?.date?.year && stamp.start === 0 && !stamp.time && !stamp.invalid) anchors.push({ at: anchor.index, date: stamp.date, dayNumber: Number(anchor[1]) });
  }
  return anchors;
}

/** A year to count in when a date's is unknown: not a leap year. */
const NOMINAL_YEAR = 2001;

/**
 * The calendar date `days` after `date` (its year unknown: counted in a year that is not a leap year); none after a
 * date whose day and month may be the other way round.
 */
function daysAfter(date: CalendarDate, days: number): CalendarDate | undefined {
  if (days < 0 || date.dayMonthAmbiguous) return undefined;
  const moved = new Date(Date.UTC(date.year ?? NOMINAL_YEAR, date.month - 1, date.day + days));
  return { ...date, year: date.year === undefined ? undefined : moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

const NONE_NUMBERED: ReadonlySet<Paragraph> = new Set();

/** The paragraphs opening numbered list items, but not those of a list that is a timeline of its own (timedLists). */
function paragraphsNumbered(index: DocumentIndex, bareTimesRead: boolean): Set<Paragraph> {
  if (index.orderedItems.size === 0) return new Set();
  const timed = new Set(timedLists(index, bareTimesRead).flat());
  return new Set([...index.orderedItems].flatMap((item) => (item.children[0]?.type === 'paragraph' && !timed.has(item) ? [item.children[0]] : [])));
}

/**
 * Date and time headings inside the section ("## May 12" / "### 20:15"), and paragraph lines that start with a time.
 * In a story told in prose, its numbered paragraphs too ("11. At 9:52am Joanne Fry emailed ...", as a government
 * review numbers them): paragraphs, not a list of events.
 */
function headingAndLineEntries(index: DocumentIndex, section: Section, numbered: ReadonlySet<Paragraph> = NONE_NUMBERED): { entries: RawTimelineEntry[]; dateMarks: DateMark[]; numberedDays: { at: number; dayNumber: number }[]; daysOfMonth: DayOfMonth[]; pastedLogs: (readonly [number, number])[] } {
  const entries: RawTimelineEntry[] = [];
  const besideList = hasListOrTable(index, section);
  // "```text": a block marked as plain text is as good as unmarked; code in a language is no timeline.
  const codes = startingWithin(index.codes, section.bodyStart, section.bodyEnd).filter((c) => !c.lang || /^(?:te?xt|plain(?:text)?|none)$/i.test(c.lang));
  // Pasted logs whose place is checked by the caller: a channel's log beside a list, and a log dated line by line
  // ("2024-10-03T15:50:57Z RevokeSecurityGroupIngress ...") after a story told in paragraphs, which may illustrate it.
  const pastedLogs = codes.filter((c) => (besideList ? isChatLog(c.value) || eventLog(c.value) : everyLineDated(c.value))).map(offsetsOf);
  // A log pasted as text beside the list ("??? note" and its indented lines, which Markdown reads as one paragraph).
  if (besideList) {
    const paragraphs = startingWithin(index.paragraphs, section.bodyStart, section.bodyEnd).filter((p) => !index.listParagraphs.has(p));
    for (const paragraph of paragraphs) {
      const [start, end] = offsetsOf(paragraph);
      if (loggedLines(index.text.slice(start, end))) pastedLogs.push([start, end]);
    }
  }
  const dateMarks: DateMark[] = [];
  const numberedDays: { at: number; dayNumber: number }[] = [];
  const daysOfMonth: DayOfMonth[] = [];
  // "Timeline" as the first line of a plain-text paragraph, its entries the lines after it: the rest of that paragraph.
  const labelledParagraph = section.source === 'line' ? index.paragraphs[firstStartingAt(index.paragraphs, section.nameStart)] : undefined;
  const restOfLabel = labelledParagraph && offsetsOf(labelledParagraph)[0] === section.nameStart && offsetsOf(labelledParagraph)[1] > section.bodyStart ? labelledParagraph : undefined;
  const blocks: { node: Heading | Paragraph | Code; heading: boolean; from?: number }[] = [
    ...(restOfLabel ? [{ node: restOfLabel, heading: false, from: section.bodyStart }] : []),
    ...startingWithin(index.headings, section.bodyStart, section.bodyEnd).map((node) => ({ node, heading: true })),
    ...startingWithin(index.paragraphs, section.bodyStart, section.bodyEnd).filter((p) => !index.listParagraphs.has(p) || numbered.has(p)).map((node) => ({ node, heading: false })),
    // A timeline kept in a code block to align its columns: its lines are entries like a paragraph's. Not a log
    // excerpt: code in a language, or lines stamped to the second ("Dec 13 18:59:01 fritz bundle[588687]: ..."),
    // unless each line opens with a dated stamp ("[2026-05-19 02:10:04 UTC] asg: ..."): events copied from a bot or a
    // log as the timeline itself. Never beside a list or table, which is the timeline a chat excerpt illustrates.
    // Beside a list or table, a channel's log pasted whole ("[9:02 AM] maya.rosen: ack. looking") may carry the
    // timeline's middle: kept where it fits between the entries around it (pastedLogs, checked by the caller).
    ...codes.filter((c) => (besideList ? isChatLog(c.value) || eventLog(c.value) : (!looksLikeLog(c.value) || everyLineDated(c.value)) && !systemLog(c.value))).map((node) => ({ node, heading: false })),
  ].sort((a, b) => offsetsOf(a.node)[0] - offsetsOf(b.node)[0]);
  const messageHeaders = plainMessageHeaders(index.text, blocks);
  let pendingHeading: { start: number; text: string; stamp: Timestamp; textStart: number } | undefined;
  // A time alone on its line ("2017-12-08 2:45pm" over an underline, "**14:05**" then the event on the next line):
  // its event is the text below it, up to the next time, in the same paragraph or the next one.
  let awaitingEvent: RawTimelineEntry | undefined;
  // A chat message's header awaits the message: a time its lines mention ("fired at 10:12") is part of what was said
  // at the header's time, not a moment of its own.
  let messageAwaited = false;
  // Who wrote the last chat message: a time alone in brackets under it ("[6:16 PM]") is the same writer's next message.
  let lastSpeaker: string | undefined;
  // The entry a paragraph of timed lines ended with, and where that paragraph ends.
  let lastOfBlock: { entry: RawTimelineEntry; blockEnd: number } | undefined;
  // A report's numbered paragraphs ("3.18 At 12:30:00 the incident was closed"): the last number read before a time, and
  // how many were. The next number after them opens a paragraph, not a dotted time ("3.19 The suspension lasted ...").
  let lastNumber: { major: number; minor: number; count: number } | undefined;
  for (const { node, heading, from } of blocks) {
    const [nodeStart, end] = offsetsOf(node);
    const start = from ?? nodeStart;
    // "**15:20:15 UTC** · Status update / Status changed to Fixing." then "> Identified: key rotation at 13:50 UTC.":
    // a quote right under a timed entry is its body (a tool's note on the update), not moments of its own.
    if (lastOfBlock && !heading && node.type === 'paragraph' && QUOTE_GAP.test(index.text.slice(lastOfBlock.blockEnd, start)) && !readTimestamp(firstLine(index.text.slice(start, end)))) {
      lastOfBlock.entry.prose = proseOf(lastOfBlock.entry.prose, index.text.slice(start, end).replace(/^[ \t]*>[ \t>]*/gm, ''));
      lastOfBlock = undefined;
      continue;
    }
    const entriesBefore = entries.length;
    if (heading) {
      awaitingEvent = undefined;
      lastSpeaker = undefined;
      // "### 18:03" followed by a list, not a paragraph: still an event.
      if (pendingHeading) entries.push(headingEntry(pendingHeading));
      pendingHeading = undefined;
      const read = headingRead(index, node as Heading);
      if (read?.dayNumber !== undefined) numberedDays.push({ at: start, dayNumber: read.dayNumber });
      else if (read?.dayOfMonth) daysOfMonth.push({ at: start, ...read.dayOfMonth });
      else if (read?.dateMark) dateMarks.push(read.dateMark);
      else if (read?.event) pendingHeading = { start, ...read.event };
      continue;
    }
    if (pendingHeading) {
      // "### 20:15" followed by a paragraph: the paragraph is the event.
      const entry = lineEntry('heading', pendingHeading.start, end, pendingHeading.textStart, pendingHeading.text, pendingHeading.stamp, undefined);
      entry.event = entry.event || firstLine(index.text.slice(start, end));
      entry.prose = proseOf(entry.event === firstLine(index.text.slice(start, end)) ? '' : entry.event, index.text.slice(start, end));
      entries.push(entry);
      pendingHeading = undefined;
      continue;
    }
    let lineStart = start;
    let eventFound = false;
    let wrappedFrom: RawTimelineEntry | undefined;
    const bareTimes = linesLeadWithBareTimes(index.text.slice(start, end));
    /** Where the lines that start with a time begin, and where their entries end: a time before that is theirs. */
    const timedLines = new Map<number, number>();
    // Only the block right below it: a list or table in between is not its event, nor is what follows them.
    if (awaitingEvent && /\w/.test(index.text.slice(awaitingEvent.end, start))) awaitingEvent = undefined;
    while (lineStart < end) {
      const lineEnd = lineEndOf(index.text, lineStart, end);
      // "> **[10:02 AM] @argocd:** ...": a quoted paragraph's later lines carry the quote's marks before their times.
      const quoteMarks = lineStart > start ? QUOTE_MARKS.exec(index.text.slice(lineStart, Math.min(lineEnd, lineStart + 40))) : null;
      if (quoteMarks) lineStart += quoteMarks[0].length;
      // "\- 9:03am \- First errors": a bullet a document converter escaped (Google Docs' Markdown), read as one.
      const escapedBullet = ESCAPED_BULLET.exec(index.text.slice(lineStart, Math.min(lineEnd, lineStart + 8)));
      if (escapedBullet) lineStart += escapedBullet[0].length;
      const line = index.text.slice(lineStart, lineEnd);
      // A date opening a line that continues a sentence wrapped mid-way ("... log export (requested\n2026-02-05) and
      // the channel.") is the sentence's, not an entry's.
      const readStamp = readTimestamp(line) ?? (bareTimes ? readBareFourDigitTime(line) : undefined);
      const before = lineStart > start ? index.text.slice(Math.max(start, lineStart - 40), lineStart) : '';
      // Nor a time a sentence wrapped right before ("... and it fired at\n10:16. Rui acknowledged ...", "Matched that to
      // the\n4:12 push in the automation log"): its sentence's, which cannot end on such a word.
      // Nor the same moment on another clock, in brackets after a line that ends with its time ("I acked it at
      // **03:15**\n(11:15 SGT; I was in a meeting room").
      // A time in brackets opening its line is a chat message's ("... going to drive in\n[1:32 AM] Greg L: on site").
      const continued =
        readStamp &&
        before !== '' &&
        !/^[ \t]*\[\d{1,2}[:.]\d{2}/.test(line) &&
        (readStamp.time
          ? /(?<![\w-])(?:at|by|around|from|until|since|before|after|about|the|an?|of|to|in|on|with|and|or|our|its|their|for|into|via|was|were|is|are)\s*$/i.test(before) || /(?<![\w-])as\s*$/.test(before) || (/^\s*\(/.test(line) && /\d{1,2}[:.]\d{2}[\s*_`]*$/.test(before))
          : (/^\s*(?:[),;]|[a-z])/.test(line.slice(readStamp.end)) && /[\p{L}\d,(]\s*$/u.test(before)) ||
            // "**Mahesh Rao** 11:20 PM\n... rotated by the org policy on\nOct 15 (90-day max key age) and ...": a date a chat
            // message's sentence wraps before.
            (messageAwaited && awaitingEvent !== undefined && /\p{L}\s*$/u.test(before)));
      const speaker = readStamp ? undefined : speakerLine(line);
      const numbered = lineStart === start && !heading ? PARAGRAPH_NUMBER.exec(line) : null;
      const numberAsTime = numbered !== null && readStamp !== undefined && readStamp.start <= numbered[1].length;
      const follows = numbered !== null && lastNumber?.major === +numbered[2] && lastNumber.minor === +numbered[3] - 1;
      const nextNumber = numberAsTime && follows && lastNumber!.count >= 2;
      if (numbered && (!numberAsTime || nextNumber)) lastNumber = { major: +numbered[2], minor: +numbered[3], count: follows ? lastNumber!.count + 1 : 1 };
      const stamp = continued || nextNumber ? undefined : (readStamp ?? speaker?.stamp);
      if (awaitingEvent && !stamp && /\w/.test(line)) {
        // "14:05 UTC" then ": errors began" on the next line, as a definition list writes it.
        const said = eventFound ? line : leadingSeparatorsDropped(line);
        if (!eventFound) awaitingEvent.event = firstLine(said);
        awaitingEvent.prose = proseOf(eventFound ? awaitingEvent.prose : '', said);
        awaitingEvent.end = lineEnd;
        if (messageAwaited) timedLines.set(lineStart, lineEnd);
        eventFound = true;
      } else if (wrappedFrom && !stamp && /\w/.test(line)) {
        // "At **14:19**, our synthetic check ... failed twice\nin a row and paged the on-call.": the paragraph's lines
        // are the entry's sentences, wrapped, up to a line with a time of its own (a sentence's entry, or the next).
        if (CLOCK_TIME.test(line)) {
          // "10:31 — We roll back to 4.1. Hit rate recovers over the next\nten minutes; back to normal at 10:44.": the
          // sentence left open is the later time's (a sentence's entry, below).
          unfinishedSentenceDropped(wrappedFrom);
          wrappedFrom = undefined;
        } else {
          wrappedFrom.event = `${wrappedFrom.event} ${plainLine(line)}`;
          wrappedFrom.prose = proseOf(wrappedFrom.prose, line);
          wrappedFrom.end = lineEnd;
        }
      }
      // "**Wed 11/15**": the day of the entries below, its year the incident's.
      const dayAlone = stamp || continued ? undefined : dayAndMonthAlone(line);
      if (dayAlone) dateMarks.push({ at: lineStart, date: dayAlone });
      // "**— Tuesday, July 22, 2025 —**": a chat's day separator, the date between dashes.
      const separator = stamp || continued ? null : DAY_SEPARATOR.exec(line);
      const separated = separator ? readTimestamp(separator[2]) : undefined;
      if (separated?.date && !separated.time && !separated.unknown && !/\w/.test(separator![2].slice(separated.end))) dateMarks.push(dateMark(lineStart, separated, lineStart + separator![1].length, separator![2]));
      // "**Date: 2023-11-22**", "Unless noted, everything happened on March 3, 2024 (UTC).", "Times are CET (UTC+1).
      // Tuesday 5 March 2024 unless noted."
      const dateLabel = stamp ? undefined : DATE_LABEL.exec(line);
      const labelled = dateLabel ? readTimestamp(line.slice(dateLabel.index + dateLabel[0].length)) : undefined;
      if (labelled?.date && !labelled.time) {
        const labelEnd = dateLabel!.index + dateLabel![0].length;
        const mark = dateMark(lineStart, labelled, lineStart + labelEnd, line.slice(labelEnd));
        if (UNLESS_MARKED.test(index.text.slice(lineStart + labelEnd, Math.min(end, lineStart + labelEnd + 80)))) mark.byDefault = true;
        dateMarks.push(mark);
      }
      if (stamp) {
        // "2024-03-03" alone, "2024-03-03 (all times UTC)" above a table, "Sunday 3 Nov (UTC, from logs):" above a
        // list: the date of what follows.
        // "**Thursday Oct 3.** At 16:20 Jae-won ran ...": the day of the moments its paragraph tells, not a moment itself.
        const dayOfItsMoments = stamp.date && !stamp.time && !stamp.unknown && node.type === 'paragraph' && momentsSaid(timesWrittenPlainly(index.text.slice(lineStart, end))).length > 0;
        // "Tuesday 5 March 2024 unless noted.": the date of every entry that gives none.
        const unlessNoted = stamp.date && !stamp.time && !stamp.unknown && UNLESS_NOTED_ALONE.test(restAfter(line, stamp));
        if (dayOfItsMoments || unlessNoted || (stamp.date && !stamp.time && !stamp.unknown && (/^\W*(?:\(?\s*(?:all )?times[^)]*\)?\W*|\(?[^()\n]{0,40}\)\W*)?$/i.test(restAfter(line, stamp)) || toAnotherDay(restAfter(line, stamp)) || zoneAlone(restAfter(line, stamp))))) {
          const mark = dateMark(lineStart, stamp, lineStart, line);
          if (unlessNoted) mark.byDefault = true;
          dateMarks.push(mark);
        }
        else {
          // "At 03:40 the apps were put back in the mesh. The incident was closed at 04:05.": a later sentence with a
          // time of its own is another moment (a sentence's entry, below), not this one's.
          // Read on through the paragraph: "The apply finished at\n**15:51**" starts its sentence on this line.
          const laterTime = Math.min(line.length, laterMomentOf(index.text.slice(lineStart, end), stamp));
          const entry = lineEntry('line', lineStart, lineStart + laterTime, lineStart, line.slice(0, laterTime), stamp, undefined);
          const journal = speaker ? undefined : (JOURNAL_HEADER.exec(entry.event) ?? (/^\s*(?:>\s*)*(?:\*\*|__)/.test(line) ? BOLD_SPEAKER.exec(entry.event) : null) ?? messageHeaders.get(lineStart));
          if (speaker?.saysFrom !== undefined) spokenBy(entry, speaker.name, line.slice(speaker.saysFrom, laterTime));
          else if (speaker || journal) {
            entry.event = '';
            entry.actor = speaker?.name ?? journal![1];
          }
          // "[9:04 AM] maya.rosen: ack. looking": in a channel's log, who said it, then what they said.
          // "2025-06-19T23:30:02Z  api          first 'could not write ...'": a log's source column, then its message.
          const chat = node.type === 'code' && besideList ? CHAT_SPEAKER.exec(entry.event) : null;
          const source = node.type === 'code' && !chat ? LOG_SOURCE.exec(entry.event) : null;
          const said = chat ?? source;
          if (said) {
            entry.actor = said[1];
            entry.event = entry.event.slice(said[0].length);
          }
          // A log's wording is its message; a chat's speaker may say what it was ("PagerDuty: Triggered").
          if (source && entry.prose.trimStart().startsWith(source[0])) entry.prose = entry.prose.trimStart().slice(source[0].length);
          entries.push(entry);
          timedLines.set(lineStart, lineStart + laterTime);
          const sameSpeaker = !speaker && lastSpeaker !== undefined && BRACKETED_TIME_ALONE.test(line);
          if (sameSpeaker) entry.actor = lastSpeaker;
          else lastSpeaker = speaker?.name;
          awaitingEvent = /\w/.test(entry.event) ? undefined : entry;
          messageAwaited = speaker !== undefined || sameSpeaker || messageHeaders.has(lineStart);
          wrappedFrom = awaitingEvent || laterTime < line.length ? undefined : entry;
          eventFound = false;
        }
      }
      lineStart = lineEnd + (/^<br\s*\/?>/i.exec(index.text.slice(lineEnd, lineEnd + 6))?.[0].length ?? 1);
    }
    if (eventFound) awaitingEvent = undefined;
    // Only a paragraph of its own, not one inside a quote already.
    const quoted = /^[ \t]*>/.test(index.text.slice(index.text.lastIndexOf('\n', start - 1) + 1, start));
    // Not a chat export's writer alone ("**[9:11 AM] Ravi Shankar**"), whose message is the quote below.
    const last = entries[entries.length - 1];
    lastOfBlock = !heading && node.type === 'paragraph' && !quoted && entries.length > entriesBefore && /\w/.test(last.event) ? { entry: last, blockEnd: end } : undefined;
    // "*Why the alert fired at 06:15 and not 06:09: ...*" in italics under a log or list: the author's comment on it.
    const comment = (besideList || entries.length > 0) && ITALIC_PARAGRAPH.test(index.text.slice(start, end));
    if (node.type === 'paragraph' && !comment && !ASIDE.test(index.text.slice(start, Math.min(end, start + 40)))) {
      const storyFrom = isZoneNote(index.text.slice(start, Math.min(end, start + 200))) ? storyAfterZoneNote(index.text.slice(start, end)) : 0;
      if (storyFrom !== undefined) entries.push(...sentenceEntries(index.text, start + storyFrom, end, timedLines));
    }
  }
  if (pendingHeading) entries.push(headingEntry(pendingHeading));
  return { entries, dateMarks, numberedDays, daysOfMonth, pastedLogs };
}

/** Between a paragraph and a quote opening on the next line: the line break and the quote's marks. */
const QUOTE_GAP = /^[ \t]*\r?\n[ \t]*>[ \t>]*$/;

/** "4 Mar 2026, UTC:": a date's line that only names the zone of the times below it. */
function zoneAlone(rest: string): boolean {
  const name = /^[\s*_(]*([A-Za-z][\w+:-]{1,9}?)[\s*_):]*$/.exec(rest)?.[1];
  return zoneOf(name) !== undefined;
}

/** "**Fri 04 Oct – Mon 07 Oct**": a date's line that goes on to the last day of a range, and says nothing else. */
function toAnotherDay(rest: string): boolean {
  // The dash itself is gone (restAfter drops the separators after a time).
  const end = /^[\s*_]*(?:(?:[-–—]|to|until|through)\s*)?(.+?)[\s*_:]*$/i.exec(rest);
  const read = end ? readTimestamp(end[1]) : undefined;
  return read?.date !== undefined && !read.time && read.start === 0 && !/\w/.test(end![1].slice(read.end));
}

/** An entry's last sentence, when it was left open, taken out of its event and prose. */
function unfinishedSentenceDropped(entry: RawTimelineEntry): void {
  const lastStop = entry.event.search(/[.!?](?=\s+\S[^.!?]*$)/);
  if (lastStop < 0 || /[.!?:;)]\s*$/.test(entry.event)) return;
  const open = entry.event.slice(lastStop + 1).trim();
  entry.event = entry.event.slice(0, lastStop + 1);
  if (entry.prose.endsWith(open)) entry.prose = entry.prose.slice(0, -open.length).trim();
}

const CLOCK_TIME = /\b\d{1,2}(?:[:.h]|(?<=\d\d)u)\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b/i;

/**
 * "**Felix Ong**  3:05 PM", "Priya Natarajan [3:07 PM]", "@dana · 15:20", "**IND4 Floor Ops (Derek)** [3:52 PM]\\", an
 * integration's "**Datadog** APP 10:36 AM" (or `APP`): a chat message's header as a copy of the channel pastes it
 * (through pandoc, with its hard break), a name then the time and nothing else; the message is the lines below it.
 */
const SPEAKER_LINE = /^[ \t]*(?:\*\*|__)?(@[\w.-]+|\p{Lu}[\p{L}\p{N}'.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'.-]*){0,3}(?:[ \t]+\([^()\n]{1,30}\))?)(?:\*\*|__)?(?:[ \t]+`?(?:APP|BOT)`?)?(?:[ \t]+|[ \t]*[-–—·|][ \t]*)\[?(\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)\]?[ \t]*\\?[ \t]*$/u;
/**
 * "> **Hannah** [7:20 AM] oh no. just saw this. on it", "Maya (tutor coordinator) [8:15 PM] anyone know why ...": a
 * chat message copied with its header on one line, the time in brackets, then what was said.
 */
const SPEAKER_MESSAGE = /^[ \t]*(?:\*\*|__)?(@[\w.-]+|\p{Lu}[\p{L}\p{N}'.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'.-]*){0,3}(?:[ \t]+\([^()\n]{1,30}\))?)(?:\*\*|__)?[ \t]+\[(\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)\][ \t]*:?[ \t]+(?=\S)/u;
/** Words that open a line with a time after them but name no one: "Monday 09:00", "Update 14:05". */
const NOT_A_NAME = new RegExp(`^(?:${MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|day|update|posted|today|yesterday|tomorrow|time|start|end|at|around|about|since|until|from|by)$`, 'i');

/** "kaya_mod — 03/22/2025 3:52 PM", "Rui — Today at 3:55 PM": a message's header as Discord copies it. */
const DISCORD_HEADER = /^[ \t]*(?:\*\*)?([\p{L}\d_.-]{2,32}(?:[ \t][\p{L}\d_.()-]{1,32}){0,3})(?:\*\*)?[ \t]+—[ \t]+(?:(?:Today|Yesterday) at[ \t]+)?((?:\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)[ \t]*$/u;

/** "[6:16 PM]": a chat message's time alone, as a channel copies a writer's next message under their first. */
const BRACKETED_TIME_ALONE = /^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\][ \t]*$/;

/** A chat message's entry: who said it, then what, as a chat line with the time first reads ("PagerDuty: Triggered ..."). */
function spokenBy(entry: RawTimelineEntry, name: string, said: string): void {
  entry.event = `${name}: ${said.trim()}`;
  entry.prose = entry.event;
  entry.markedMilestone = markedMilestone(entry.event);
  entry.actor = name;
}

/** The time of a chat message's header line, and who wrote the message. */
function speakerLine(line: string): { stamp: Timestamp; name: string; saysFrom?: number } | undefined {
  const discord = DISCORD_HEADER.exec(line);
  // A display name of several words only with the day Discord writes ("Ji-ho Park — Yesterday at 6:15 PM"): "Deploy
  // finished — 9:06 AM" is an event and its time.
  if (discord && (!/\s/.test(discord[1]) || /(?:Today|Yesterday) at|\d\//.test(discord[0]))) {
    const at = discord[0].lastIndexOf(discord[2]);
    const read = readTimestamp(discord[2]);
    if (read?.time) return { stamp: { ...read, start: at + read.start, end: at + read.end }, name: discord[1] };
  }
  const alone = SPEAKER_LINE.exec(line);
  const header = alone ?? SPEAKER_MESSAGE.exec(line);
  if (!header || header[1].split(/[ \t]+/).some((word) => NOT_A_NAME.test(word))) return undefined;
  const at = alone ? header[0].lastIndexOf(header[2]) : header[0].lastIndexOf(`[${header[2]}]`) + 1;
  const read = readTimestamp(header[2]);
  if (!read?.time) return undefined;
  return { stamp: { ...read, start: at + read.start, end: at + read.end }, name: header[1], saysFrom: alone ? undefined : header[0].length };
}

/**
 * Where a line that starts with a time stops telling of that moment: at the next moment it says ("At 13:15 the alert
 * fired, and Kwame acknowledged it at 13:17."; "... in the mesh. The incident was closed at 04:05."), the clause or
 * sentence that holds it; the line's length when it says none.
 */
function laterMomentOf(written: string, stamp: Timestamp): number {
  const line = timesWrittenPlainly(written);
  const time = stamp.time;
  if (!time) return line.length;
  const firstStop = sentenceEndAfter(line, stamp.end);
  const twelveHour = /[ap]\.?m\b/i.test(line.slice(stamp.start, stamp.end));
  const next = momentsSaid(line, { minutes: time.hour * 60 + time.minute, twelveHour }).find((m) => m.index >= stamp.end);
  if (!next) return line.length;
  if (next.index < firstStop) return clauseEndBefore(line, stamp.end, next.index) ?? line.length;
  const stops = matchesOf(/[.!?]\s+/g, line.slice(0, next.index));
  return stops.length > 0 ? stops[stops.length - 1].index + 1 : line.length;
}

/**
 * "finished at **15:51**", "paged Hannah at (18:14 PST)", "at 7.45am": a time in bold or in brackets after "at", or
 * with a dot, read as written plainly, its markers blanked (offsets kept).
 */
function timesWrittenPlainly(text: string): string {
  // "acknowledged at **13:11 GMT (09:11 ET)**": the time with its zone; the same moment on a second clock, blanked.
  const unbolded =
    text.includes('**') || text.includes('__')
      ? text.replace(
          /(\*\*|__)(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}\b)?)(\s*\([^()\n]{1,24}\))?\1/g,
          (_, marker: string, time: string, secondClock = '') => `${' '.repeat(marker.length)}${time}${' '.repeat(secondClock.length + marker.length)}`,
        )
      : text;
  const unbracketed = unbolded.includes('(') ? unbolded.replace(/(?<=\b(?:[Aa]t|[Bb]y|until|around)\s+)\((\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)\)/g, ' $1 ') : unbolded;
  // "At 7.45am our Fundraising Lead ...": a British 12-hour time, read as "7:45am" (one character for one); "Javier
  // acknowledged at 08.09.": a 24-hour time with a dot after "at", not a date ("at 17.01.2024") nor an amount ("at 9.50 EUR").
  // "At midday Ben confirmed ...", "at 12 noon", "by noon": noon, as a time (not midnight, which schedules name).
  return unbracketed.replace(/\b(\d{1,2})\.(\d{2}\s*[AaPp]\.?[Mm]\b)/g, '$1:$2').replace(DOTTED_TIME_AFTER_AT, '$1:$2').replace(NOON_AFTER_AT, (word) => (word.length < 5 ? '12pm' : '12:00'.padEnd(word.length)));
}

const NOON_AFTER_AT = /(?<=\b(?:[Aa]t|[Bb]y|[Aa]round|[Ff]rom|[Uu]ntil|[Ss]ince)\s+)(?:midday|noon|12[ \t]noon)\b/g;
const DOTTED_TIME_AFTER_AT = /(?<=\b(?:[Aa]t|[Bb]y|[Aa]round|[Ff]rom|[Uu]ntil|[Ss]ince)\s+)([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]\d|\s*(?:%|[€$£]|EUR|USD|GBP|[KMGT]i?B\b|[KMG]bit|ms\b|s\b|x\b|sec|seconds?\b|min|minutes?\b|hours?\b|h\b|percent))/g;

/** A paragraph in italics from end to end (not bold). */
const ITALIC_PARAGRAPH = /^(?:\*(?!\*)[^*]+\*|_(?!_)[^_]+_)\s*$/;

/** "Side note: Marcus saw the alert at 6:41am PDT ...": an aside, whose times retell moments of the timeline. */
const ASIDE = /^[\s*_>]*(?:side ?note|aside|note|nb|fyi)[\s*_]*[:—–]/i;

/**
 * A paragraph opening with the timeline's zone ("All times UTC. UK clocks went back to GMT at 01:00 UTC on 26
 * October."): a note on reading the times, whose sentences are no events.
 */
function isZoneNote(paragraph: string): boolean {
  const opening = /^[^.!?\n]*/.exec(paragraph)![0];
  // "On Friday, 29/11/2024, at 14h12 (horário de Brasília, 17h12 UTC), ...": a moment told, with its zone.
  if (/\d(?::|h)\d\d/.test(opening)) return false;
  // "All times local. Clock change at 03:00 CEST -> 02:00 CET": a note on the clock; not "All times local. The update
  // was pushed at 08:50.", an event told after it.
  return statedZone(opening) !== undefined || (LOCAL_TIMES.test(opening) && (CLOCK_CHANGE.test(paragraph) || momentsSaid(timesWrittenPlainly(paragraph.slice(opening.length))).length === 0));
}

const CLOCK_CHANGE = /\b(?:clock change|clocks? (?:(?:were|was|are|is) )?(?:go|goes|went|going|fell|fall|falls|change|changed|changes|moved?|put|set|turned) (?:back|forward)|daylight (?:saving )?time (?:ended|ends|began|begins|started|starts)|clocks? back|DST|daylight saving|summer ?time|standard time|(?:BST|CEST|EEST|WEST|EDT|CDT|MDT|PDT|AEDT|NZDT) (?:ended|ends|started|starts|began|begins)|Zeitumstellung|Sommerzeit|Winterzeit)\b/i;

/** "All times local.", "Times are local time": the zone said as the place's own clock. */
const LOCAL_TIMES = /^[\s*_]*(?:all )?(?:times|timestamps)(?: below)?(?: are)?(?: in)? (?:local|(?:our|site|terminal|plant|station|store) (?:local )?time)\b/i;

/**
 * Where a zone note's paragraph goes on to tell the story ("Timestamps were taken from the load balancer logs (UTC). At
 * 14:02 the first 502s appeared. At 14:06 ..."): after its opening sentence, when two moments or more follow; else the
 * whole paragraph is the note.
 */
function storyAfterZoneNote(paragraph: string): number | undefined {
  const opening = /^[^.!?\n]*[.!?]\s+/.exec(paragraph);
  if (!opening) return undefined;
  return momentsSaid(timesWrittenPlainly(paragraph.slice(opening[0].length))).length >= 2 ? opening[0].length : undefined;
}

/**
 * A timeline told in sentences wrapped over lines: "... a temporary mitigation. This was done at 02:09 AM UTC. This
 * did not resolve the issue. At 02:22 AM UTC we opened a support ticket." Each sentence saying at what time of day
 * something happened (AT_TIME_OF_DAY) is an event, unless it is the first sentence of a line that starts with a time
 * (read above).
 */
function sentenceEntries(text: string, start: number, end: number, timedLines: ReadonlyMap<number, number>): RawTimelineEntry[] {
  const entries: RawTimelineEntry[] = [];
  const froms: number[] = [];
  const paragraph = timesWrittenPlainly(text.slice(start, end));
  let after = 0;
  // Where the line and the sentence holding the last time looked at start: moved forward only (linear in a paragraph
  // of many times).
  let lineStart = 0;
  let sentenceStart = 0;
  let scanned = 0;
  // "**09:24** — Marcus notices ... Ilya checks the log: it ran a purge-all at 09:14": a time earlier than the one the
  // paragraph opens with looks back.
  const opening = timedLines.has(start) ? readTimestamp(paragraph)?.time : undefined;
  const matches = momentsSaid(paragraph, opening && { minutes: opening.hour * 60 + opening.minute, twelveHour: false });
  // "The token was found on Tuesday 7 May 2024. At around 16:20 CEST, Jonas noticed ...": the day a sentence before the
  // time names is its day, until an entry is dated (the entries after it carry its day).
  let narrated: CalendarDate | undefined;
  let narratedUpTo = 0;
  for (const [k, match] of matches.entries()) {
    const at = match.index;
    for (let i = scanned; i < at; i++) {
      if (paragraph[i] === '\n') lineStart = i + 1;
      // "**Thursday Oct 3.** At 16:20 ...": a stop inside bold ends its sentence too.
      if (/[.!?]/.test(paragraph[i]) && /^[*_]{0,2}\s/.test(paragraph.slice(i + 1, i + 4)) && !INITIAL_BEFORE.test(paragraph.slice(Math.max(0, i - 2), i))) sentenceStart = i + 1;
    }
    scanned = at;
    // A time within the entry of a line that starts with a time is that entry's; after it, the entry's words are not.
    const lineEntryEnd = timedLines.get(start + lineStart);
    if (lineEntryEnd !== undefined) {
      if (start + at < lineEntryEnd) continue;
      after = Math.max(after, lineEntryEnd - start + (/[,;]/.test(text[lineEntryEnd] ?? '') ? 1 : 0));
    }
    if (at < after) continue;
    const openingFrom = Math.max(after, sentenceStart);
    // A clause after the one before: its "and" or "then" joins, and is not its event's ("..., and the checkouts failed at 1:10").
    const sentenceFrom = openingFrom + (/^\s*(?:(?:and|then)\s+)*/.exec(paragraph.slice(openingFrom, at))?.[0].length ?? 0);
    // "At 13:26 a merchant opened a ticket, and at 13:29 Naomi declared an incident.": two moments, a clause each.
    const nextAt = matches[k + 1]?.index ?? paragraph.length;
    const fullStop = sentenceEndAfter(paragraph, at);
    const sentenceEnd = (nextAt < fullStop && clauseEndBefore(paragraph, at, nextAt)) || fullStop;
    const sentence = paragraph.slice(sentenceFrom, sentenceEnd);
    // "**Note:** clocks went back at 02:00 BST on 27/10": an aside on the times, no event.
    if (ASIDE.test(sentence)) continue;
    const opening = SPAN_OPENING.exec(match[0])?.[0] ?? '';
    const timeAt = at + opening.length - sentenceFrom;
    const stamp = readTimestamp(sentence.slice(timeAt));
    if (!stamp?.time) continue;
    // "From 23:40": the opening goes with the time, as "At" does. "I tagged v1.9.0 on Saturday 2024-02-10 at 10:12": the
    // date the sentence gives before its time is the moment's (and dates what follows it).
    const before = sentence.slice(0, timeAt);
    if (sentenceFrom > narratedUpTo) {
      narrated = narratedDayIn(paragraph.slice(narratedUpTo, sentenceFrom)) ?? narrated;
      narratedUpTo = sentenceFrom;
    }
    const dated = stamp.date ?? dateWithin(before) ?? dayAndMonthOn(before) ?? narratedDayIn(before) ?? (ANOTHER_DAY.test(sentence) ? undefined : narrated);
    narrated = undefined;
    // "until 06:49, when the alert fired": the moment is the time, without the word that bounds what came before it.
    const placed = { ...stamp, date: dated, start: opening.startsWith('until') ? timeAt + stamp.start : Math.min(at - sentenceFrom, timeAt + stamp.start), end: timeAt + stamp.end };
    // The entry runs from its time to the sentence's end (its line is the time's); the words before the time are its event's too.
    const entry = lineEntry('line', start + at, start + sentenceEnd, start + sentenceFrom, sentence.replace(/\s*[.!?]$/, ''), placed, undefined);
    // "the second page, at 11:49, woke him": the time taken out leaves no empty clause behind.
    // "3.2 At 18:20 on 4 April, the change was applied": a numbered paragraph's number is not its event's.
    entry.event = entry.event.replace(/\s+/g, ' ').replace(/\s*,\s*,/g, ',').replace(/\s+([,;])/g, '$1').replace(/^\d{1,2}(?:\.\d{1,2}){1,2}\.?[\s,]+/, '');
    // "We removed the images as a mitigation. This was done at 02:09.": what was done is the sentence before, no longer
    // only decided ("We decided to roll back. This was done at 10:31.").
    entry.prose = DONE_ANAPHOR.test(entry.event) ? proseOf(sentenceBefore(paragraph, sentenceFrom).replace(DECIDED_TO, ''), entry.event) : entry.event;
    // "it fired at\n10:16.": one line in messages.
    entry.timeText = entry.timeText.replace(/\s+/g, ' ');
    entries.push(entry);
    froms.push(sentenceFrom);
    after = /[,;]/.test(paragraph[sentenceEnd] ?? '') ? sentenceEnd + 1 : sentenceEnd;
  }
  // "... at 16:06 the hosting provider deployed the empty directory. The site went dark.": the sentences after one
  // with a time, up to the next time, tell more of its moment.
  entries.forEach((entry, k) => {
    const following = paragraph.slice(entry.end - start, k + 1 < entries.length ? froms[k + 1] : paragraph.length).split(/(?<=[.!?])\s+/);
    const timed = following.findIndex((sentence) => CLOCK_TIME.test(sentence));
    const untimed = following.slice(0, timed < 0 ? following.length : timed).join(' ');
    // The moment's sentence lost its stop (the event is written without it): put back, so that "... not rolled out"
    // does not run into "This was the cause" and take it back.
    if (/\w/.test(untimed)) entry.prose = proseOf(/[.!?:;]$/.test(entry.prose) ? entry.prose : `${entry.prose}.`, untimed);
  });
  return entries;
}

/** A sentence that moves to another day than the one named before it: "The next morning at 09:10 ...". */
const ANOTHER_DAY = /\b(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)|\bday (?:after|before)\b|\bovernight\b|\b(?:tomorrow|yesterday)\b/i;

/** A sentence saying only that what the one before it told was done: "This was done", "That was completed". */
const DONE_ANAPHOR = /^(?:this|that|it|which)\s+(?:was|were|got|had been|has been)\s+(?:\w+ly\s+)?(?:done|completed|finished|applied|deployed|carried out|in place|live)\b/i;

const DECIDED_TO = /\b(?:decided|decides|planned|plans|agreed|agrees|chose|chooses|opted|opts)\s+to\s+/gi;

/** The sentence that ends right before `at`. */
function sentenceBefore(paragraph: string, at: number): string {
  const before = paragraph.slice(0, at).trimEnd();
  const stops = matchesOf(/[.!?]\s+/g, before.slice(0, -1));
  return before.slice(stops.length > 0 ? stops[stops.length - 1].index + stops[stops.length - 1][0].length : 0);
}

/**
 * "at 02:09 AM UTC", "At 14:02 UTC": a time of day that says its half of the day or its zone, after "at"; or one that
 * ends its clause ("Rui acknowledged the page at 10:19 and posted in #ops", "at 10:48 we shipped"), not one said to
 * be in another zone ("at 10:42 in some unspecified time zone"). Written with an "h" too, as Spanish and Portuguese
 * writers do ("at 7:55h", "at 14h12"; not "grew by 3h10", a length).
 */
const AT_TIME_OF_DAY =
  /(?:\buntil\s+(?=\d{1,2}:\d{2}(?!\d)(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+when\b)|(?<=^|[.!?][*_]*\s+|^\d{1,2}(?:\.\d{1,2}){1,2}\.?[ \t]+)(?:At|By|Around|From|Between|Shortly after|Just after)\s+(?:(?:about|around|approximately|roughly)\s+|~\s*)?(?=\d{1,2}:\d{2}(?!\d))|(?<=\band\s+)(?:at|by)\s+(?=\d{1,2}:\d{2}(?!\d))|(?<!\b(?:created|updated|modified|dated|expires|expired|expiring|valid|issued|stamped|logged|written)\s+)\b[Aa]t\s+(?=\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})(?![\w:]))|\b(?:[Aa]t|by)\s+(?:(?:about|around|approximately|roughly)\s+|~\s*)?(?=(?:\d{1,2}:\d{2}(?::\d{2})?(?:h\b)?|(?<=\b[Aa]t\s+(?:(?:about|around|approximately|roughly)\s+|~\s*)?)(?:[01]?\d|2[0-3])h[0-5]\d\b)(?:\s*(?:[AaPp]\.?[Mm]\b\.?|UTC\b|GMT\b|[A-Z]{2,4}T\b)|\s*[.,;](?:\s|$)|\s+\(|\s+(?:and|we|I|our|the|they|it|he|she|from|via|with|while|when|so|then|but|as|after|on|[A-Z][a-z]+)\b))|(?<=^|[.!?][*_]*\s+)(?:A las|Às|As|Um|Gegen|Alle|Om|Vers|Hacia las)\s+(?=\d{1,2}:\d{2}(?!\d))|(?<=\s)(?:a las|às|um|gegen|alle|om|vers|hacia las)\s+(?=\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:Uhr\b|hs?\b|UTC\b|[A-Z]{2,4}T\b)|\s*[.,;)](?:\s|$)|\s*$|\s+(?:y|e|und|et|en|ed)\s))|(?<=^|[.!?][*_]*\s+)(?:À|Vers)\s+(?=\d{1,2}[ \u00a0]?h[ \u00a0]?\d{2}(?!\d))|(?<=\s)(?:à|vers)\s+(?=\d{1,2}[ \u00a0]?h[ \u00a0]?\d{2}(?!\d))|(?<=^|[.!?][*_]*\s+|\s)(?:[Pp]ukul|[Ll]úc|[Вв]|[Оо]коло)\s+(?=\d{1,2}[:.]\d{2}(?!\d|\.\d)))/g;
/** The words before a sentence's time that a timestamp does not read itself ("From 23:40 onwards, ..."). */
const SPAN_OPENING = /^(?:From|Between|Shortly after|Just after|until)\s+/;

const SCHEDULE_BEFORE = /\b(?:(?:every|each)\s+(?:(?:other|single|working|business|week)\s+)?(?:day|night|morning|afternoon|evening|hour|minute|week|weekday|month|run|cycle|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b)|daily|nightly|hourly|usually|normally|typically|scheduled|configured|only (?:checks?|runs?|fires?|starts?|sends?|looks?))\b/i;
// "at 02:00 every night", not "From 9:40am every call to the lookup was rejected" (every one of them, from then on).
const SCHEDULE_AFTER = /^\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?|\s+[A-Z]{2,4})?\s+(?:(?:every|each)\s+(?:\d+\s+|other\s+)?(?:days?|nights?|mornings?|evenings?|hours?|minutes?|weeks?|months?|weekdays?|weekends?|few|time|run|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|daily|nightly)\b/;
const PLUPERFECT_BEFORE = /\bhad\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|un|en|ne|wn|ft)\s+$/i;

/** The clock right after an AT_TIME_OF_DAY match (after its date, in an ISO timestamp), and the half of the day it names, if any. */
// "02 h 10", as French writes it, too.
const CLOCK_AT = /(?:\d{4}-\d{2}-\d{2}T)?(\d{1,2})(?::|[ \u00a0]?h[ \u00a0]?|\.(?=\d{2}))(\d{2})(?::\d{2})?(?:\s*([AaPp])\.?[Mm]\b)?/y;

/**
 * The times of day a paragraph's sentences say (AT_TIME_OF_DAY), but not one a few hours before the moment told
 * before it (after `previous`, the minute of the day of a time already read, and whether it named its half of the
 * day): "At 13:58 Kwame found the group stuck on a lock held by an instance terminated at 13:02" looks back, and is
 * 13:58's. Half a day earlier or more, the story went past midnight. On a 12-hour clock a bare time may be in the other
 * half ("at 11:44 p.m. ..., at 11:49"): not a look back when that half puts it within 6 hours after.
 */
function momentsSaid(paragraph: string, previous?: { minutes: number; twelveHour: boolean }): RegExpExecArray[] {
  const kept: RegExpExecArray[] = [];
  let previousMinutes = previous?.minutes;
  let twelveHour = previous?.twelveHour ?? false;
  for (const match of matchesOf(AT_TIME_OF_DAY, paragraph)) {
    // "the capacity addition that had started at 11:25 PM": told as earlier than the moment told, a look back. Opening
    // the paragraph's story ("The backlog had fully drained at 10:26."), it is a moment of its own.
    if (previousMinutes !== undefined && PLUPERFECT_BEFORE.test(paragraph.slice(Math.max(0, match.index - 40), match.index))) continue;
    // "the batch monitor only checks the chain at 05:00", "the job runs at 02:00 every night": a schedule, not a moment.
    if (SCHEDULE_BEFORE.test(paragraph.slice(Math.max(0, match.index - 60), match.index).split(/[.!?]\s/).pop()!) || SCHEDULE_AFTER.test(paragraph.slice(match.index + match[0].length, match.index + match[0].length + 30))) continue;
    CLOCK_AT.lastIndex = match.index + match[0].length;
    const clock = CLOCK_AT.exec(paragraph)!;
    const hour = Number(clock[1]);
    const half = clock[3]?.toLowerCase();
    let minutes = (half ? (hour % 12) + (half === 'p' ? 12 : 0) : hour) * 60 + Number(clock[2]);
    if (half) twelveHour = true;
    if (previousMinutes !== undefined && minutes < previousMinutes) {
      const otherHalf = minutes + 12 * 60;
      if (!half && twelveHour && hour <= 12 && otherHalf >= previousMinutes && otherHalf - previousMinutes <= 6 * 60) minutes = otherHalf;
      else if (previousMinutes - minutes < 12 * 60) continue;
    }
    kept.push(match);
    previousMinutes = minutes;
  }
  return kept;
}

/**
 * Where the clause before a time at `next` ends: at its comma or semicolon after `at`, or before the "and" that
 * joins the next clause ("escalated at 4:44 and I joined at 4:50"); undefined when no clause ends in between.
 */
function clauseEndBefore(paragraph: string, at: number, next: number): number | undefined {
  const between = paragraph.slice(at, next);
  const stop = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'));
  if (stop > 0) return at + stop;
  const joined = matchesOf(/\s(?:and|then)\s/g, between).pop();
  return joined ? at + joined.index : undefined;
}

/** A person's initial before a full stop ("(J. Patel)"): no sentence ends there. */
const INITIAL_BEFORE = /(?:^|[\s(])\p{Lu}$/u;

/** Where the sentence holding `at` ends: after its full stop, question or exclamation mark, or at the paragraph's end. */
function sentenceEndAfter(paragraph: string, at: number): number {
  const stop = /[.!?](?=\s|$)/g;
  stop.lastIndex = at;
  // The stops of "02:09 a.m." are not the sentence's, nor an initial's.
  for (let found = stop.exec(paragraph); found; found = stop.exec(paragraph)) {
    if (INITIAL_BEFORE.test(paragraph.slice(Math.max(at, found.index - 2), found.index))) continue;
    if (!/\b[ap]\.?m?$/i.test(paragraph.slice(Math.max(at, found.index - 3), found.index))) return found.index + 1;
    // "... failed at 1:10 p.m. We rolled back": the next sentence's capital (not a zone's: "02:09 a.m. UTC").
    if (/^\s+[A-Z][a-z]/.test(paragraph.slice(found.index + 1, found.index + 4))) return found.index + 1;
  }
  return paragraph.length;
}

/**
 * "2026-11-20 10:26:41 CET - Maria Lopez (Work notes)": a ticket's activity log (ServiceNow, Jira Service Management)
 * as copied, its author and kind of note after the time (the whole line in bold, too); what happened is the lines below it.
 */
const JOURNAL_HEADER = /^(\p{Lu}[\p{L}'.-]*(?:[ \t]+[\p{L}'.-]+){0,3})[ \t]*\((?:work notes?|additional comments?|comments?|internal notes?|customer[- ]visible(?: comments?)?|journal)\)(?:\*\*|__)?$/iu;
/** "[9:16 AM] Dennis Brennan", "[8:58 AM] Priya Raman (Attendance, Eastbrook MS)": a Teams message's header, alone on its line. */
const PLAIN_MESSAGE_HEADER = /^[ \t]*\[\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\][ \t]+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*\r?$/u;

/** A word of an event's title ("[09:20] Mitigation Applied", "[09:10] Status Update"), which no writer's name holds. */
const EVENT_TITLE_WORD = /\b(?:Update|Updates|Applied|Restored|Resolved|Begins|Began|Begin|Ends|Ended|End|Found|Fired|Declared|Check|Clear|Outage|Incident|Mitigation|Service|Status|Customer|Root|Cause|Alert|Alerts|Page|Paged|Deploy|Deployed|Rollback|Started|Start|Stopped|Down|Up|Back|Fix|Fixed|Issue|Error|Errors|Failure|Failover|Renewed|Expired|Bridge|Call|Meeting|Review|Summary|Note|Notes|Report|Escalation|Escalated|Response|Recovery|Impact|Detected|Acknowledged|Identified|Mitigated|Closed|Opened|Complete|Completed|Done)\b/;

/**
 * The header lines of a chat copied from Teams, by where they start: the time in brackets and a writer's name alone on
 * the paragraph's first line, the message on the lines below ("[9:16 AM] Dennis Brennan\nlast backup was 6/6 11:45 PM").
 * Only in a chat's log: three such paragraphs or more, one writer speaking at least twice ("[14:05] Database Failover"
 * over its story, once, is an event's title).
 */
function plainMessageHeaders(text: string, blocks: readonly { node: Heading | Paragraph | Code; heading: boolean }[]): Map<number, RegExpExecArray> {
  const headers = new Map<number, RegExpExecArray>();
  for (const { node, heading } of blocks) {
    if (heading || node.type !== 'paragraph') continue;
    const [start, end] = offsetsOf(node);
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0 || lineEnd >= end || !/\w/.test(text.slice(lineEnd, end))) continue;
    const header = PLAIN_MESSAGE_HEADER.exec(text.slice(start, lineEnd));
    if (header && !EVENT_TITLE_WORD.test(header[1])) headers.set(start, header);
  }
  const writers = [...headers.values()].map((header) => header[1]);
  return headers.size >= 3 && new Set(writers).size < writers.length ? headers : new Map();
}

/** "**[9:11 AM] Ravi Shankar**" over the message quoted below it: a chat export's header, its writer in bold with the time. */
const BOLD_SPEAKER = /^(\p{Lu}[\p{L}\p{N}'’.-]*(?:[ \t]+[\p{L}\p{N}'’.-]+){0,3})[ \t]*:?[ \t]*(?:\*\*|__)[ \t]*(?:\([^()\n]{0,60}\))?$/u;
/** What says the date of the entries below it: a "Date:" label, or a sentence saying on which day they happened. */
// "Times are US Eastern (EDT) on Wednesday 8 May 2024.", "All UTC, Sunday 12 May 2024.": the zone may come between.
const UNLESS_MARKED = /^[^.]{0,40}?\bunless\s+(?:marked|noted|stated|shown|otherwise|it says)/i;
const UNLESS_NOTED_ALONE = /^\W*unless\s+(?:otherwise\s+)?(?:marked|noted|stated|shown|specified)\W*$/i;
const DATE_LABEL = /^\W*(?:date|day)\s*:\W*|^\W*(?:all\s+)?(?:times|timestamps)\b[^.\n]{1,40}\.\s+(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d))|^\W*all\s+(?:times\s+)?(?:are\s+)?(?:in\s+)?(?:UTC|GMT|CES?T|EES?T|BST|IST|JST|SGT|AE[SD]T|[PMCE][SD]?T|(?:Pacific|Eastern|Central|Mountain)(?:\s+time)?(?:\s*\([A-Z]{1,4}\))?)\s*[,;:—–-]\s*(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d))|\b(?:(?:happened|occurred|took place)\s+(?:on|during)|(?:events|times|entries|everything)(?: (?:are|were|is|was))?(?:\s[^.\n]{1,40}?\s+(?:on|during)|(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d))))\s+(?:the\s+day\s+of\s+)?/i;

function headingEntry(heading: { start: number; text: string; stamp: Timestamp; textStart: number }): RawTimelineEntry {
  return lineEntry('heading', heading.start, heading.textStart + heading.text.length, heading.textStart, heading.text, heading.stamp, undefined);
}

function lineEntry(form: TimelineForm, start: number, end: number, textStart: number, line: string, written: Timestamp, contextDate: CalendarDate | undefined): RawTimelineEntry {
  // "16:37 Denver - Mark updated plugins": the place names the zone.
  const city = written.time && !written.zone ? /^\s*([A-Z][a-z]+)\s+[-–—:]/.exec(line.slice(written.end)) : null;
  const zone = city ? cityZone(city[1]) : undefined;
  const placed = zone ? { ...written, zone, end: written.end + city![0].indexOf(city![1]) + city![1].length } : written;
  // "08:49 PT / 16:49 UTC", "19:18 EDT (23:18 UTC)": the same moment on a second clock is part of the time.
  const second = written.time && written.zone ? SECOND_CLOCK.exec(line.slice(placed.end)) : null;
  // "18:30 GMT / 14:30 ET (28 Oct)": the day written after both clocks is the last clock's, and so the moment's on the
  // first clock's calendar ("23:40 SGT / 00:40 JST (11/11)" is 10/11 in Singapore).
  const dayAfter = second && !placed.date ? trailingDate(line.slice(placed.end + second[0].length)) : undefined;
  const day = dayAfter && dayOnFirstClock(placed, second![0], dayAfter.date);
  const stamp = second ? { ...placed, date: day ?? placed.date, end: placed.end + second[0].length + (day ? dayAfter!.length : 0) } : placed;
  // "[11:34 PM] **PagerDuty**: ... triggered (us-east)": a chat's bold speaker is who acted; its closing marks go.
  const speaker = BOLD_SPEAKER_LEAD.exec(restAfter(line, stamp));
  const event = speaker ? `${speaker[1]}${speaker[2] ?? `:${speaker[3]}`}` : restAfter(line, stamp);
  // "... (Priya)", "(@sam, SRE)": a name or handle in the closing bracket; not a remark such as "(remote, no CR)", nor
  // the time since T0 ("(T+14m)").
  const actor = speaker ? speaker[1] : /\((?!T\s*[+-]\s*\d)([A-Z@][^()]{1,39})\)\s*$/.exec(event)?.[1];
  return {
    form,
    sectionStart: 0,
    start,
    end,
    timeText: line.slice(stamp.start, stamp.end),
    timeStart: textStart + stamp.start,
    timeEnd: textStart + stamp.end,
    stamp,
    contextDate,
    event,
    prose: event,
    actor,
    blockZone: undefined,
    markedMilestone: markedMilestone(event),
  };
}

/**
 * A speaker's name whose opening bold marks went with the time: "deploy-bot**: migrate started", "@lena.f:** ack, on
 * it" (the colon inside the bold).
 */
const BOLD_SPEAKER_LEAD = /^([@\p{L}][\p{L}\p{N}@.' -]{0,38}?)(?:(?:\*\*|__)(\s*:\s[\s\S]*)|:(?:\*\*|__)(\s[\s\S]*))$/u;

/** The calendar day on the first clock of a moment the last of its clocks (in `clocks`) places on `day`. */
function dayOnFirstClock(first: Timestamp, clocks: string, day: CalendarDate): CalendarDate | undefined {
  const lastClock = matchesOf(/\d{1,2}[:.]\d{2}[^/·•,;()]*/g, clocks).pop()?.[0];
  const last = lastClock ? readTimestamp(lastClock) : undefined;
  const [firstZone, lastZone] = [zoneOf(first.zone), zoneOf(last?.zone)];
  if (!first.time || !last?.time || !firstZone || !lastZone) return undefined;
  return dayOnOtherClock(day, last.time, lastZone, firstZone);
}

/** The calendar day on the clock of `to` of the moment `day` and `time` name on the clock of `from`. */
function dayOnOtherClock(day: CalendarDate, time: ClockTime, from: Zone, to: Zone): CalendarDate | undefined {
  // Any year will do to turn one clock into the other; the day's own year, when written, is kept.
  const instant = instantOf({ ...day, year: day.year ?? NOMINAL_YEAR }, time, from);
  if (!instant) return undefined;
  const local = new Date(instant.toMillis() + to.offset(instant.toMillis()) * 60_000);
  return { ...day, year: day.year === undefined ? undefined : local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

const CLOCK = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?[ \t]*)?`;
const CLOCK_ZONE = String.raw`(?:UTC|GMT|Z|[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?`;
// "08:49 PT / 16:49 UTC / 10:49 CET", "12:14am PT (07:14 UTC, 12:44pm IST)", "14:02 UTC · 09:02 Toronto": the same
// moment on other clocks. A city names a clock only after a slash or a dot, where nothing else can follow a time.
const SECOND_CLOCK = new RegExp(
  String.raw`^(?:[ \t]*\([ \t]*${CLOCK}${CLOCK_ZONE}(?:[ \t]*[,;/][ \t]*${CLOCK}${CLOCK_ZONE})*[ \t]*\)|(?:[ \t]*[/·•][ \t]*${CLOCK}(?:${CLOCK_ZONE}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'-]))+[ \t]*\)?)`,
);

/** "First detected 2020-08-14 10:43": a full date and time after a label, in a timeline bullet. */
function embeddedTimestamp(line: string): Timestamp | undefined {
  const at = line.search(/\b\d{4}-\d{1,2}-\d{1,2}[ T]+\d{1,2}:\d{2}/);
  if (at <= 0) return undefined;
  const stamp = readTimestamp(line.slice(at));
  return stamp && { ...stamp, start: at + stamp.start, end: at + stamp.end };
}

const OPENING_BRACKETS = new RegExp(String.raw`^[\s*_]*(?:(?:${WAR_ROOM_COUNT})?[[(${'`'}]+|${WAR_ROOM_COUNT}[—–-])$`);

/** The event text after a timestamp: separators, bold markers and surrounding space removed. */
function restAfter(line: string, stamp: Timestamp): string {
  // The lookbehind starts the trailing run only where it begins: linear in a long run of blanks (was quadratic).
  // "3.10 **2026-319 12:30Z** — ...": a memo's paragraph number is no word of the event.
  const before = line.slice(0, stamp.start).replace(/(?<![\s*_])[\s*_]+$/, '').replace(/^(?:'''|\s)+$|^\s*\d{1,2}\.\d{1,2}\.?$/, '');
  // "[14:05 UTC] errors began", "(14:05 UTC) ...", "`22:00` Window opens", "T+12 (10:12) ...": the brackets or code
  // span around the time go with it, and a war room's count before it.
  const opening = OPENING_BRACKETS.test(before);
  const after = line.slice(stamp.end);
  const codeOpened = before.endsWith('`') || line.slice(stamp.start, stamp.end).includes('`');
  return leadingSeparatorsDropped(before && !opening ? `${before} ${after}` : codeOpened ? after.replace(/^`/, '') : after);
}

/** An event's text without the separators that joined it to its time: "- ", ": ", "| ", "\\- ". */
function leadingSeparatorsDropped(text: string): string {
  // "\- ": a dash a document converter escaped; "-- ": pandoc's en dash, written as two hyphens.
  // Not the colon opening an emoji's code (":rotating_light: INC-42 declared").
  return text.replace(/^(?:'''|[\s*_)\]])*(?:--(?!-)|\\?[-–—|,.]|:(?![a-z\d+-]*_[a-z\d_+-]*:|(?:\+1|-1|warning|fire|eyes|tada|rocket|boom|sos|bell|pager|siren|x|ok):))?[\s*_]*/, '').trim();
}

/** A paragraph opening with its number in a report's section: "3.7 ", "3.19 ". */
const PARAGRAPH_NUMBER = /^([ \t]*)([1-9])\.(\d{1,2})\.?[ \t]+(?=\S)/;
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/;
const ESCAPED_BULLET = /^[ \t]*\\[-*+][ \t]+/;

/** The end of the line at `from`: a newline, or a "<br>" that joins two lines of a pasted timeline. */
function lineEndOf(text: string, from: number, limit: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline < 0 || newline > limit ? limit : newline;
  const br = text.slice(from, end).search(/<br\s*\/?>/i);
  return br < 0 ? end : from + br;
}

/** Text and the Markdown that continues it, read as plain words: link targets, emphasis and line breaks dropped. */
function proseOf(text: string, markdown: string): string {
  const plain = markdown
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/<br\s*\/?>|[*_`[\]]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain ? `${text} ${plain}`.trim() : text;
}

function firstLine(text: string): string {
  return plainLine(text.split('\n', 1)[0]);
}

/** A line without its emphasis markers; those inside a word ("`attribution_daily`") are the word's. */
function plainLine(line: string): string {
  return line.replace(/(?<![\p{L}\d])[*_]+|[*_]+(?![\p{L}\d])/gu, '').trim();
}

/** A Milestone column's value: "Detected", "resolved", or another name for one ("Impact start", "Root cause identified"). */
function milestoneNamed(cell: string): string | undefined {
  const name = cell.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if ((MILESTONES as readonly string[]).includes(name)) return name;
  return MILESTONE_NAMES.find(([, pattern]) => pattern.test(name))?.[0];
}

const MILESTONE_NAMES: [string, RegExp][] = [
  ['started', /^(?:(?:impact|incident|outage|issue|degradation) (?:start(?:ed|s)?|begins?|began)|start(?:ed)?|impact|onset)$/],
  ['detected', /^(?:detection|(?:first )?alert(?:ed)?)$/],
  ['acknowledged', /^(?:ack|acknowledge(?:d|ment)?|acknowledgment|engaged)$/],
  ['triaged', /^(?:triage|confirmed)$/],
  ['identified', /^(?:(?:root )?cause (?:identified|found)|identification|root cause|diagnosed|diagnosis)$/],
  ['mitigated', /^(?:mitigation(?: applied)?)$/],
  ['resolved', /^(?:resolution|recover(?:ed|y)|(?:service )?restored|impact (?:end(?:ed|s)?|over))$/],
];

/**
 * "[detected]", "(milestone: resolved)", "#mitigated", an incident tool's "Milestone changed to **Detected**", or the
 * event labelled with it ("Mitigation: jobs moved to their own queue"): the author's own milestone marker.
 */
function markedMilestone(event: string): string | undefined {
  const m = /(?:\[|\(milestone:\s*|#|\bmilestone (?:changed|set|moved|updated) to[\s*_"']*)(started|detected|acknowledged|triaged|identified|mitigated|resolved)\b\]?\)?/i.exec(event);
  // Not an alert's state as Alertmanager prints it: "[RESOLVED] RedisEvictionsNonZero", "[RESOLVED:1] HighErrorRate".
  if (m && !/^\[RESOLVED(?::\d+)?\]\s*[A-Z][a-z]+[A-Z]/.test(event.slice(m.index))) return m[1].toLowerCase();
  if (m) return undefined;
  // Labels that name a milestone and nothing else ("Cause found:", "Mitigated – operations running again"; "Alert:",
  // "Impact:" may tell of anything).
  const label = /^[\s*_]*((?:impact |incident |root cause )?(?:start(?:ed)?|detect(?:ed|ion)|acknowledged|triaged?|identified|mitigat(?:ed|ion)|resol(?:ved|ution))|(?:root )?cause (?:found|identified))[*_]*(?:[ \t]*:|[ \t]+[—–-][ \t])/i.exec(event);
  return label ? milestoneNamed(label[1]) : undefined;
}
