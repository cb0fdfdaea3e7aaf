import { toString } from 'mdast-util-to-string';
import { findActionItems, type ActionItem } from './actionItems';
import { headingNameOffsets, nextHeadingAtMost, offsetsOf, startingWithin, type DocumentIndex } from './documentIndex';
import { findFiveWhys, type Why } from './fiveWhys';
import { findHeaderFields, namesAnotherMoment, zoneOfWrittenTimes, type HeaderField } from './headerFields';
import { computeDurations, entriesAtClock, computeErrorBudget, type Durations, type ErrorBudget, type Milestone } from './milestones';
import { firstIncident, type Incident } from './incidents';
import { fromJudged, judgeTimeline, type StatedLength, type StatedStart } from './judgedTimeline';
import { hasMilestone, type TimelineEntry, type TimelineOrder } from './resolveTimeline';
import { findSections, type Section } from './sections';
import { applyStatedFigures, findStatedFigures, roundingOf, toleranceOf, withComputed, type BudgetClaim, type StatedFigure } from './statedFigures';
import { sectionKindOf, type SectionKind } from './sectionCatalogue';
import { readGrids } from './tables';
import { finish } from './steps';
import { readTimeline, type RawTimelineEntry, type WrittenDate } from './timeline';
import { cityZone, dateWithin, isRealDate, MONTH, monthAndDayWithin, monthNumber, writesMonthFirst, readDate, readTimestamp, settleDayMonth, statedZone, WEEKDAYS, weekdayOf, zoneOf, type CalendarDate } from './timestamps';
import { matchesOf } from './matches';

export interface Title {
  text: string;
  /** Offsets of the title text (without the heading marker or "Post-Mortem:" prefix). */
  start: number;
  end: number;
}

export interface ModelOptions {
  /** Zone for times that state none, when the document does not say either (IANA name or abbreviation). */
  defaultTimezone: string;
  /** The availability objective, for the error budget. */
  slo: { targetPercent: number; windowDays: number };
}

/** Sections whose sentences state no figure of the incident: its follow-up work and its whys. */
const FIGURES_ELSEWHERE = new Set<SectionKind>(['action-items', 'five-whys', 'recommendations', 'prevention']);

/**
 * "- 0630 mount the MDT rw, clients recover in ~4 min": a length told after an entry's time, in its row or bullet, is how
 * long that step took, not the time the incident took to resolve.
 */
function stepOfTimeline(entries: readonly RawTimelineEntry[], at: number): boolean {
  return entries.some((entry) => (entry.form === 'bullet' || entry.form === 'table') && entry.timeEnd <= at && at < entry.end);
}

/** What the engine understands of a post-mortem, built from one parse of one document version. */
export interface PostmortemModel {
  title: Title | undefined;
  header: HeaderField[];
  incidentDate: CalendarDate | undefined;
  timezone: string | undefined;
  sections: Section[];
  timeline: TimelineEntry[];
  /** Dates that date timeline entries but are no real dates ("31.06.2019" over a day's entries). */
  unrealTimelineDates: WrittenDate[];
  /** The entries of the incident the milestones and figures measure: the first, when the document tells several. */
  incidentTimeline: TimelineEntry[];
  timelineOrder: TimelineOrder;
  /** Where a heading inside a timeline names no moment ("### Storage (Ceph)"): a team's own log starts there. */
  timelineLogStarts: number[];
  durations: Durations;
  errorBudget: ErrorBudget;
  statedFigures: StatedFigure[];
  budgetClaims: BudgetClaim[];
  actionItems: ActionItem[];
  fiveWhys: Why[];
  fiveWhysSection: Section | undefined;
  /** A status-page log of updates written while the incident ran, not a finished write-up. */
  isIncidentLog: boolean;
}

export function buildModel(index: DocumentIndex, options: ModelOptions): PostmortemModel {
  return finish(modelSteps(index, options));
}

/**
 * The model in steps, yielding between its larger readings (sections, tables, the timeline and its resolution,
 * milestones, stated figures, the five whys, action items), so the server can answer other documents' requests while
 * a large one's model is built.
 */
export function* modelSteps(index: DocumentIndex, options: ModelOptions): Generator<void, PostmortemModel> {
  const title = findTitle(index);
  const sections = findSections(index);
  yield;
  // A paragraph labelled "**Impact:** ..." among the header's fields is a field, not where the header ends.
  // The header runs to the first section, or through it when that section is an "Incident Summary" listing the
  // fields ("* Date: ...", "* Severity: SEV-2", "| **Severity** | Sev 2 |", "**Severity:** SEV-2" on a line of its own).
  const sectionsAfterTitle = sections.filter((s) => s.source !== 'label' && s.nameStart > (title?.end ?? -1));
  const [first, second] = sectionsAfterTitle;
  const fieldsInSummary = first?.kind === 'summary' && /^\s*(?:(?:[-*+]|\|)\s+[*_]*(?:date|severity|duration)\b|[*_]*(?:severity|date\/time|duration)[*_]*\s*:)/im.test(index.text.slice(first.bodyStart, Math.min(first.bodyStart + 1200, second?.nameStart ?? first.bodyEnd)));
  const headerEnd = (fieldsInSummary ? second?.nameStart : first?.nameStart) ?? Math.min(index.text.length, 3000);
  const grids = yield* readGrids(index);
  yield;
  const header = findHeaderFields(index, grids, headerEnd, metadataSections(index, headerEnd));
  const field = (name: HeaderField['name']) => header.find((f) => f.name === name);
  // "When: night of 2024-06-30 into 2024-07-01": the first full date the value's words give. A date field in the
  // document outranks its front matter's, which is when it was published.
  // A page's "Created:" beside its "Date:" (a Notion export's properties) is when the page was made.
  const allDateFields = header.filter((f) => f.name === 'incidentDate');
  const dateFields = allDateFields.length > 1 && allDateFields.some((f) => !RECORD_CREATED.test(f.key)) ? allDateFields.filter((f) => !RECORD_CREATED.test(f.key)) : allDateFields;
  const incidentDateField = dateFields.find((f) => !isPublicationDate(index, f)) ?? dateFields[0];
  // "Thursday 26 – Monday 30 October 2023": a range of days named with their weekdays starts on its first.
  const incidentDateValue = incidentDateField && (readDate(incidentDateField.value) ? incidentDateField.value : incidentDateField.value.replace(WEEKDAY_NAMED, ''));
  const incidentDateWithin = incidentDateValue !== undefined && /^\p{L}/u.test(incidentDateValue) && !readDate(incidentDateValue) ? dateWithin(incidentDateValue) : undefined;
  const incidentDateRead = incidentDateValue === undefined ? undefined : incidentDateWithin ? { date: incidentDateWithin, invalid: false } : withYearWritten(readDate(incidentDateValue), incidentDateValue);
  // Else the date in the title, or in a "Date: ..." heading ("## Date: July 1, 2020"), or the day of a start stated
  // as a field ("Started At: Mar 3, 2024 2:00 PM PST").
  const startRead = field('start') ? readDate(field('start')!.value) : undefined;
  const fieldDate = incidentDateRead && !incidentDateRead.invalid ? incidentDateRead.date : undefined;
  const titleDate = title ? dateWithin(title.text) : undefined;
  // A front matter's "date" is when a post was published: the date its title names ("... (2024-08-14)") is the
  // incident's; else the day the account opens with ("On Tuesday January 9 from 17:09 EST ..."), when it is the same
  // or up to a season before.
  const publishedField = fieldDate !== undefined && isPublicationDate(index, incidentDateField);
  // "Subject: ... login queue (Thu 10/17)" over "Date: Friday, October 18, 2024": the title's day, in the weeks before
  // (unless the opening names the day).
  const titleDay = publishedField && !titleDate && title ? (firstDateOf(title.text, fieldDate) ?? inYearOf(monthAndDayWithin(title.text), fieldDate!)) : undefined;
  const titleDayGap = titleDay ? daysBefore(titleDay, fieldDate!) : -1;
  const titleDayBefore = titleDayGap >= 0 && titleDayGap <= 31 ? titleDay : undefined;
  const writtenDate = (publishedField ? titleDate : undefined) ?? fieldDate ?? titleDate ?? dateHeading(index) ?? (startRead?.date?.year && !startRead.invalid ? startRead.date : undefined);
  const published = publishedField && writtenDate === fieldDate ? writtenDate : undefined;
  const openedWith = published ? openingDate(index, sections, published) : undefined;
  const daysEarlier = openedWith ? daysBefore(openedWith, published!) : -1;
  const opening = index.text.slice(0, Math.min(index.text.length, 20_000));
  // A zone field written as a sentence ("all times are US/Eastern (EST)") states the zone it names; else the zone the
  // document states for its times, or writes on its times elsewhere ("Reported at 23:47 BST" in the header).
  // Under a loose key ("Clock: UTC throughout", "Times: ET") only a value that names a zone is one.
  const zoneKeyed = field('timezone');
  const zoneField = zoneKeyed?.value;
  const zoneRead = zoneField && (zoneOf(zoneField) ? zoneField : (statedZone(`all times ${zoneField}`) ?? zoneNamedIn(zoneField)));
  const written = zoneRead || (zoneKeyed && !LOOSE_ZONE_KEY.test(zoneKeyed.key) ? zoneField : undefined) || statedZone(opening) || zoneSentence(index.text.slice(0, headerEnd));
  // "IST" in an Irish team's document is Irish Standard Time (summer time, GMT in winter), not India's: Ireland named
  // as a place, not as a cloud region or a replica's home ("eu-west-1 (Dublin)", "the Dublin DR replica"), and India not
  // at all.
  const timezone = written?.trim().toUpperCase() === 'IST' && IRISH.test(opening) && !INDIAN.test(opening) ? 'Europe/Dublin' : written;
  const zoneWrittenOnTimes = timezone ? undefined : zoneWrittenOn(opening);
  // "11/7/2025" in a document of a US zone is November 7, unless the document's own dates show the other order
  // ("21/03/2025" beside "10/03/2025" under Mexico's CST); where no zone says it, the order they show ("[3/7/2025 9:02
  // AM]" beside "Friday March 7").
  // One such date may be quoted from elsewhere ("the vendor's notice (issued 21/10/2024)"): the zone's order stands.
  const zoneOfDates = timezone ?? zoneWrittenOnTimes;
  const writtenOrder = zoneOfDates === undefined || writesMonthFirst(zoneOfDates) ? writtenDateOrder(opening) : undefined;
  const monthFirst = statedDateOrder(opening) ?? weekdayDateOrder(opening) ?? (zoneOfDates === undefined || (writtenOrder === false && plainlyDayFirst(opening) >= 2) ? writtenOrder : undefined);
  const statedDate = settleDayMonth(daysEarlier >= 0 && daysEarlier <= PUBLISHED_WITHIN_DAYS ? openedWith : ((published && titleDayBefore) || writtenDate), monthFirst ?? writesMonthFirst(zoneOfDates));
  // Else the date the account opens with ("On 31st July 2018 ..."): it dates an undated timeline, but a timeline
  // that dates itself knows better when the impact began.
  // A write-up's own day gives the year of a day the document names without one ("On Tuesday, June 18" under "Posted
  // by ... — June 21, 2024"; a title's "Oct 13–15" beside "Review meeting: Oct 18, 2024").
  const writeUp = statedDate ? undefined : (writeUpDate(index, headerEnd) ?? signedOn(index, sections));
  const openingDay = statedDate ? undefined : (openingDate(index, sections, writeUp) ?? (writeUp && title ? firstDateOf(title.text, writeUp) : undefined));
  const incidentDate = statedDate ?? openingDay;
  // The date a field names as the incident's ("Incident date:", "Date of incident:"), not a bare "Date:".
  const namesTheIncident = /incident|occurred/i.test(incidentDateField?.key ?? '');
  const statedByIncidentField = namesTheIncident && incidentDateRead?.date !== undefined && writtenDate === incidentDateRead.date && statedDate !== openedWith;
  const { entries: raw, unrealDates } = yield* readTimeline(index, sections, grids, incidentDate);
  yield;
  const { figures: read, budgetClaims: claims } = yield* findStatedFigures(index, grids);
  // A sentence of the follow-up work or of the whys tells of what should be ("label stock to cover a 4 hour outage",
  // "Why was the failure not noticed for three days?"), not a figure of this incident.
  const elsewhere = sections.filter((section) => section.source === 'heading' && FIGURES_ELSEWHERE.has(section.kind));
  const figures = read.filter((f) => f.form !== 'prose' || !(elsewhere.some((section) => f.start >= section.bodyStart && f.start < section.bodyEnd) || (f.kind === 'resolve' && stepOfTimeline(raw, f.start))));
  yield;
  // Figures stated outside the incident's part (another incident's, a summary of all) are not measured against it.
  const about = (incident: Incident) => (f: { start: number }) => f.start >= incident.start && f.start < incident.end;
  const { entries, order, zoneOfEntries, incident } = yield* judgeTimeline(raw, {
    // "### Tuesday 4 June" over the entries, "Written: 7 June 2024" above: the days' year is the write-up's; or the
    // title's, when it names the months ("... not imported into billing (Feb/Mar 2025)").
    incidentDate: incidentDate ?? firstDayOf(raw, writeUp ?? yearOfTitle(title?.text)) ?? firstDayDatedElsewhere(raw, index.text),
    timezone,
    // After the zone most entries write: a zone the header writes on its times is the rest's.
    defaultZone: zoneWrittenOnTimes ?? options.defaultTimezone,
    monthFirst,
    zoneDefinitions: zoneDefinitionsIn(opening),
    incidentOf: (resolved) => firstIncident(resolved, sections, index),
    fieldMilestones: { values: MILESTONE_FIELDS.map(([name]) => field(name)?.value), mark: (incidentEntries) => markFieldMilestones(incidentEntries, header) },
    statedStartOf: (judged) => statedImpactStart(figures.filter(about(judged))),
  });
  const incidentTimeline = incident.entries;
  const aboutIncident = about(incident);
  const incidentFigures = figures.filter(aboutIncident);
  const budgetClaims = claims.filter(aboutIncident);
  const statedSlo = sloStated(budgetClaims, options.slo.windowDays);
  yield;
  // A copy: the stated figures change it below.
  const computed = fromJudged(incidentTimeline, computeDurations);
  const durations: Durations = { ...computed, basis: { ...computed.basis }, stated: [...computed.stated] };
  const measured = withComputed(incidentFigures, durations, incidentTimeline);
  applyStatedFigures(durations, measured);
  let nextMeasured = 0;
  const statedFigures = figures.map((f) => (aboutIncident(f) ? measured[nextMeasured++] : f));
  const { whys, section: fiveWhysSection } = findFiveWhys(index, sections);
  yield;
  const actionItems = findActionItems(index, sections, grids);
  yield;
  return {
    title,
    header,
    // "Date of incident: 2026-11-04" says it outright: a lead-up the day before in the timeline does not move it.
    incidentDate: statedDate ? (statedByIncidentField ? statedDate : earlier(statedDate, fromJudged(entries, dateOfIncidentIn))) : (fromJudged(entries, dateOfIncidentIn) ?? openingDay),
    timezone: timezone ?? zoneOfEntries ?? zoneWrittenOnTimes,
    sections,
    timeline: entries,
    unrealTimelineDates: unrealDates,
    incidentTimeline,
    timelineOrder: order,
    timelineLogStarts: timelineLogStarts(index, sections),
    durations,
    errorBudget: computeErrorBudget(statedSlo ?? options.slo, durations, statedSlo !== undefined),
    statedFigures,
    budgetClaims,
    actionItems,
    fiveWhys: whys,
    fiveWhysSection,
    isIncidentLog: isIncidentLog(index, sections),
  };
}

/**
 * Where a timeline starts another log: a sub-heading that is no time ("### Storage (Ceph)"), or each of several
 * tables or code blocks in one section (the state of service over time, then the incident bot's log).
 */
function timelineLogStarts(index: DocumentIndex, sections: Section[]): number[] {
  const timelines = sections.filter((section) => section.kind === 'timeline' && section.source === 'heading');
  const headings = timelines
    .flatMap((section) => startingWithin(index.headings, section.bodyStart, section.bodyEnd))
    .filter((heading) => !readTimestamp(toString(heading)))
    .map((heading) => offsetsOf(heading)[0]);
  // Several pasted chat logs, one a day ("tues nov 17:" between them), are as several tables.
  const startsOfSeveral = (starts: number[]) => (starts.length > 1 ? starts : []);
  const blocks = timelines.flatMap((section) => [
    ...startsOfSeveral(startingWithin(index.tables, section.bodyStart, section.bodyEnd).map((table) => offsetsOf(table)[0])),
    ...startsOfSeveral(startingWithin(index.codes, section.bodyStart, section.bodyEnd).map((code) => offsetsOf(code)[0])),
  ]);
  return [...headings, ...blocks].sort((a, b) => a - b);
}

/** A section of fields about the incident rather than of its account: its fields are the header's too. */
/** Keys that may hold something else than a zone ("Zone: us-east-1a", "Times: see the table"). */
const LOOSE_ZONE_KEY = /^\W*(?:times|times\s+in|clock|zone)\W*$/i;

const METADATA_HEADING = /^\W*(?:key\s+)?(?:milestones|timestamps|times|dates)\W*$|^\W*(?:incident\s+)?(?:details|metadata|information|info|facts)\W*$/i;

/** The bodies of the metadata sections after the header ("## Key Milestones", "## Incident Details"). */
function metadataSections(index: DocumentIndex, headerEnd: number): [number, number][] {
  const ranges: [number, number][] = [];
  index.headings.forEach((heading, i) => {
    const [start, end] = offsetsOf(heading);
    if (start < headerEnd || !METADATA_HEADING.test(toString(heading))) return;
    const next = nextHeadingAtMost(index, i + 1, heading.depth);
    ranges.push([end, next < 0 ? index.text.length : offsetsOf(index.headings[next])[0]]);
  });
  return ranges;
}

/** The header's fields that state a milestone's time, as incident tools export them ("Detected: 2024-03-03 14:06 UTC"). */
export const MILESTONE_FIELDS: [HeaderField['name'], Milestone][] = [
  ['start', 'started'],
  ['detected', 'detected'],
  ['acknowledged', 'acknowledged'],
  ['identified', 'identified'],
  ['mitigated', 'mitigated'],
  ['end', 'resolved'],
];

/**
 * A milestone whose time the header states is marked on the timeline's one entry at that time (the same day, when
 * both say which), as the author's own marker: it outranks wording. When no entry, or more than one, is at that time,
 * nothing is marked.
 */
function markFieldMilestones(entries: TimelineEntry[], header: HeaderField[]): void {
  for (const [name, milestone] of MILESTONE_FIELDS) {
    const field = header.find((f) => f.name === name);
    // "Restored at: 10:30 (read path only)", "Start (planned): 22:00": another moment than the milestone's.
    if (field && namesAnotherMoment(`${field.key} ${field.value}`)) continue;
    const stamp = field && readTimestamp(field.value);
    if (!stamp?.time || stamp.invalid || stamp.unknown) continue;
    const { date, time } = stamp;
    const sameDay = (e: TimelineEntry) => !date?.year || !e.dateKnown || e.instant!.toISO().startsWith(`${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`);
    const at = entriesAtClock(entries, time).filter(sameDay);
    if (at.length === 1 && !at[0].markedMilestone) at[0].markedMilestone = milestone;
  }
}

/**
 * The first time of the author's window of impact ("from 14:00-14:30"), when it is the document's one window: a
 * document that states several different windows tells several incidents or phases.
 */
const FROM_THE_START = new Set<StatedFigure['kind']>(['detect', 'identify', 'mitigate', 'resolve', 'impact']);

function statedImpactStart(figures: StatedFigure[]): StatedStart {
  const windows = figures.filter((f) => f.kind === 'impact' && f.form === 'range');
  const window = windows.length === 0 || windows.some((f) => f.statedMinutes !== windows[0].statedMinutes) ? undefined : readTimestamp(windows[0].text)?.time;
  const lengths = figures.filter((f): f is StatedFigure & { kind: StatedLength['kind'] } => f.form !== 'range' && FROM_THE_START.has(f.kind));
  return { window, figures: lengths.map((f) => ({ kind: f.kind, minutes: f.statedMinutes, rounding: roundingOf(f), tolerance: toleranceOf(f) })) };
}

// The update markers of status pages: "[Update - 2023-03-29 15h50 UTC]", "[Initial message]", "::: update Resolved",
// "**Investigating** - ...", "Monitoring - ...".
// "### Update 6 — 2024-09-18 19:05 UTC": an incident issue's updates as headings.
const STATUS_UPDATE = /^[ \t]*(?:\[(?:update|initial message|final message)\b[^\]\n]*\]|:::[ \t]*update\b|(?:\*\*)?(?:update|investigating|identified|monitoring|resolved)(?:\*\*)?[ \t]+[-–—][ \t]|#{1,6}[ \t]+update[ \t]*#?[ \t]*\d+[ \t]*[-–—:|][ \t]*\d)/im;
// What a write-up has and a log of updates does not.
const WRITE_UP_KINDS = new Set(['timeline', 'root-cause', 'five-whys', 'contributing-factors', 'resolution', 'action-items', 'lessons-learned', 'prevention']);

/** A zone named somewhere in a field's words: "heure de Paris (UTC+2)" is UTC+2. */
function zoneNamedIn(text: string): string | undefined {
  for (const [token] of matchesOf(/(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|\b[A-Z][A-Za-z_]+\/[A-Za-z_]+\b|\b[A-Z]{2,5}\b/g, text)) if (zoneOf(token)) return token;
  return undefined;
}

/** "Fri 19 Sep 2025, running into Sat 20 Sep. AEST.": a zone's abbreviation as a sentence of its own, closing a line. */
const ZONE_SENTENCE = /(?:^|[.;]\s+)([A-Z]{2,5})\.?[ \t]*$/gm;

/** The zone a line of the document's head gives as a sentence of its own, when the zone is a known one. */
function zoneSentence(head: string): string | undefined {
  for (const [, name] of matchesOf(ZONE_SENTENCE, head.slice(0, 3000))) if (zoneOf(name)) return name;
  return undefined;
}

/** The zone the opening of a document writes on its times, found again while the opening is the same. */
function zoneWrittenOn(opening: string): string | undefined {
  if (opening !== lastOpening.text) lastOpening = { text: opening, zone: zoneOfWrittenTimes(opening, (name) => zoneOf(name) !== undefined) };
  return lastOpening.zone;
}
let lastOpening: { text: string; zone: string | undefined } = { text: '', zone: undefined };

/** A status saying the incident is still running ("**Status: investigating**"), as a live incident's notes open. */
const LIVE_STATUS = /^[ \t]*(?:[-*+][ \t]*)?[*_]*status[*_]*[ \t]*:(?:[ \t]|[*_])*(?:investigating|identified|mitigating|monitoring|ongoing|active)\b/im;

/**
 * Status updates, or a status saying the incident still runs, and no section of analysis: a log of the incident as it
 * ran, which a post-mortem's checks do not fit.
 */
function isIncidentLog(index: DocumentIndex, sections: Section[]): boolean {
  const head = index.text.slice(0, 50_000);
  // One that says it is still running ("# [ONGOING] ...", "Running log.") keeps its to-do list as it goes.
  const running = RUNNING_LOG.test(head.slice(0, 2_000));
  return (running || STATUS_UPDATE.test(head) || LIVE_STATUS.test(head.slice(0, 2_000))) && !sections.some((s) => s.source !== 'label' && WRITE_UP_KINDS.has(s.kind) && !(running && s.kind === 'action-items'));
}

/** "# [ONGOING] Outlook rejecting mail", "> Running log. Newest updates at the bottom.": a log still being written. */
const RUNNING_LOG = /^#[ \t]+\[(?:ongoing|active|live|investigating|in progress)\]|\b(?:running|live) (?:incident )?log\b/im;

/**
 * With no date in the header or title, the day the timeline puts the incident on: its start, else its detection,
 * else its first dated entry.
 */
function dateOfIncidentIn(entries: TimelineEntry[]): CalendarDate | undefined {
  const dated = entries.filter((e) => e.instant && e.dateKnown);
  const entry = dated.find((e) => hasMilestone(e, 'started')) ?? dated.find((e) => hasMilestone(e, 'detected')) ?? dated[0];
  if (!entry) return undefined;
  const [year, month, day] = entry.instant!.toISO().slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/**
 * A post's date is often the day it was published, after the incident its timeline dates: the earlier one. A
 * timeline on the same day of another year ("2015-08-15" under a post dated 2019-08-15) has the year wrong: the
 * written date stands.
 */
function earlier(written: CalendarDate | undefined, fromTimeline: CalendarDate | undefined): CalendarDate | undefined {
  if (!written?.year || !fromTimeline) return written ?? fromTimeline;
  if (fromTimeline.month === written.month && fromTimeline.day === written.day) return written;
  const key = (d: CalendarDate) => d.year! * 10_000 + d.month * 100 + d.day;
  return key(fromTimeline) < key(written) ? fromTimeline : written;
}

/**
 * The date an account opens with, when nothing else dates the incident: "On 31st July 2018 a security researcher
 * ...", "On June 17th, 2020 at approximately 18:00 UTC ...", "In the morning of Sept. 18th, 2017 ...", a
 * "Monday, Nov. 13, 2017" line; "Between November 11 and November 15, 2025" is November 11. Read in the first
 * paragraph of the document, or of its summary, past a byline ("June 22nd, 2020 by TravisR", "Posted on ...") and a
 * greeting.
 */
function openingDate(index: DocumentIndex, sections: Section[], published?: CalendarDate): CalendarDate | undefined {
  const headed = sections.filter((s) => s.source !== 'label');
  const summary = headed.find((s) => s.kind === 'summary');
  const preambleEnd = headed[0]?.nameStart ?? index.text.length;
  for (const node of index.tree.children) {
    const start = node.position?.start.offset ?? 0;
    if (node.type !== 'paragraph') continue;
    const inPreamble = start < preambleEnd;
    const inSummary = summary !== undefined && start >= summary.bodyStart && start < summary.bodyEnd;
    if (!inPreamble && !inSummary) continue;
    // "**Review date:** 07/07/2026" under an incident date no calendar has: the review's day, not the incident's.
    // "From: ... / Date: Fri, 25 Apr 2025 18:47 +0800 / Subject: ... outage on Tue 22 April": an e-mail's header, whose
    // date is the day it was sent.
    // A date in code ("from `2022-11-15` to `2024-04-10`", an API's version) is an identifier, not a day.
    const paragraph = toString({ ...node, children: node.children.map((child) => (child.type === 'inlineCode' ? { type: 'text' as const, value: ' '.repeat(child.value.length) } : child)) });
    const mailHeader = MAIL_FROM_OR_TO.test(paragraph.slice(0, 200));
    const text = paragraph.slice(0, mailHeader ? 400 : 200).split('\n').filter((line) => !ANOTHER_DAYS_FIELD.test(line) && !WRITE_UP_DATED.test(line) && !(mailHeader && MAIL_SENT.test(line))).map((line) => line.replace(REVIEW_HELD_DAY, '').replace(REPORT_DATED, '')).join('\n');
    if (BYLINE.test(text)) continue;
    const date = firstDateOf(text, published);
    if (date) return date;
    // Only the opening paragraph of either (a greeting, "Hi all,", opens nothing): a date further on dates something else.
    if (text.trim().length >= 40 && (inSummary || !summary)) break;
  }
  return undefined;
}

// "June 22nd, 2020 by TravisR", "Posted on 2024-03-05", "Last updated: ...", "Prepared by ... for the review,
// 2025-10-07": when the page was written.
/**
 * A header line dating something else than the incident: the review, the write-up, the message; in Chinese, Japanese
 * and Korean too ("复盘会议：", "報告日：", "작성일:").
 */
const ANOTHER_DAYS_FIELD = /^\W*(?:(?:review(?:ed)?|written|document|report|publication|published|sent|updated|last updated|prepared|approved|sign-?off)(?: date| on| meeting| finali[sz]ed| issued| completed)?|复盘(?:会议|日期|时间)?|报告(?:日期|时间)|報告日|作成日|更新日|振り返り(?:日|会)?|회고(?:\s?일시|\s?일자|\s?일)?|작성\s?일(?:자|시)?|보고\s?일(?:자|시)?)[\s*_]*[:：]/i;
/** "Draft 2, last edit 22.02.2024", "Felix Braun – written Wednesday 18 September 2024": when the write-up was. */
const WRITE_UP_DATED = /\b(?:last (?:edit(?:ed)?|updated|modified|revised)|(?:edited|revised|written|drafted)(?: on)?(?= (?:\p{L}+day,? )?\d|\s+\p{L}+day\b))/iu;
/**
 * "Review meeting held Tuesday, Dec. 1, 2026", "Minutes of the Extraordinary Meeting (Incident Review) held on Wednesday
 * 22 May 2024": the review's day, which dates the write-up where a line or sentence opens
 * with it, and is no day of the incident's: the opening's dates are read without it ("The incident review held on 10
 * March covered the outage of 3 March" opens on the 3rd).
 */
const REVIEW_HELD = /(?:\b(?:post-?incident |incident )?review\)?(?: meeting)?|\b(?:minutes of (?:the )?(?:[\w-]+ ){0,2})?meeting(?: \([^()\n]{1,40}\))?) (?:was )?held(?: on)?(?= (?:\p{L}+day,? )?\d|\s+\p{L}+day\b)/iu;
/** The review's clause with its day, taken out of an opening that tells the incident's day too. */
const REVIEW_HELD_DAY = new RegExp(String.raw`${REVIEW_HELD.source}[^;\n]*?\d{4}\b`, 'iu');
/**
 * "1.3 This report was approved by the Management Board on 3 December 2026.": the day the report itself was approved
 * or sent, taken out of its sentence (what the sentence says of the incident stays: "... covers the outage of 19
 * November 2026 and was approved on 3 December 2026").
 */
const REPORT_DATED = /(?<=\b(?:this|the present|our) (?:report|document|review|post-?mortem|analysis|write-?up|memo(?:randum)?|notification)\b[^.;\n]*?)\b(?:approved|submitted|prepared|written|issued|finali[sz]ed|signed(?: off)?|sent|published|circulated|adopted)(?:\s+(?:by|to)\s+(?:(?!\b(?:after|following|before|outage|incident|failure)\b)[^.;,\n\d]){1,60}?)?\s+on\s+[^.;\n]{0,40}?\d{4}/gi;
const BYLINE = /^\s*(?:(?:posted|published|updated|last updated|written|prepared|compiled|authored|reviewed)\b|[^.\n]{0,40}\d{4}\s+by\s+\S)/i;

/** The first day the timeline names without its year. */
function firstYearlessDay(raw: RawTimelineEntry[]): CalendarDate | undefined {
  return raw.map((entry) => entry.stamp?.date ?? entry.contextDate).find((date) => date !== undefined && date.year === undefined && isRealDate(date));
}

/** The first day the timeline names without its year, in the year up to the write-up's day. */
function firstDayOf(raw: RawTimelineEntry[], writeUp: CalendarDate | undefined): CalendarDate | undefined {
  return writeUp && inYearOf(firstYearlessDay(raw), writeUp);
}

/**
 * The first day the timeline names without its year ("Tuesday, March 12th" over a pasted chat), in the year the
 * document logs a moment of that same day with elsewhere ("Value: 68.4% at 2024-03-12 13:35 UTC" in a bot's message).
 */
function firstDayDatedElsewhere(raw: RawTimelineEntry[], text: string): CalendarDate | undefined {
  const day = firstYearlessDay(raw);
  if (!day) return undefined;
  // The year must put the day on the weekday it is named by, if it is named by one.
  const weekday = weekdayNamed(text, day);
  let looked = 0;
  for (const year of matchesOf(/(?<![\d.:-])(?:19|20)\d{2}(?![\d:])/g, text)) {
    // A long document writes many years: the first few are enough to find the day's.
    if (++looked > 200) break;
    // A moment logged that day ("2024-03-12 13:35 UTC", "March 12, 2024 at 10:05"), not a day named in passing ("next
    // drill on March 12, 2025", "valid until March 12, 2025").
    if (!/^[^\n]{0,10}?\b\d{1,2}:\d{2}\b/.test(text.slice(year.index + 4, year.index + 24))) continue;
    const dated = dateWithin(text.slice(Math.max(0, year.index - 24), year.index + 12));
    if (dated?.month === day.month && dated.day === day.day && (weekday === undefined || weekdayOf(dated.year!, day.month, day.day) === weekday)) return { ...day, year: dated.year };
  }
  return undefined;
}

/** The weekday the document names the day by ("Tuesday, March 12th"), Sunday 0, if it names one. */
function weekdayNamed(text: string, day: CalendarDate): number | undefined {
  let looked = 0;
  for (const named of matchesOf(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, text)) {
    if (++looked > 50) break;
    const read = readTimestamp(text.slice(named.index, named.index + 40))?.date;
    if (read?.month === day.month && read.day === day.day && read.year === undefined) return WEEKDAYS.indexOf(named[1].slice(0, 3).toLowerCase());
  }
  return undefined;
}

/** "(Feb/Mar 2025)", "— March 2025": the months of the incident and their year, in its title. */
const MONTHS_AND_YEAR = new RegExp(String.raw`\b${MONTH}(?:\s*[/–-]\s*${MONTH})?,?\s+((?:19|20)\d{2})\b`, 'i');

/**
 * The last day of the year a title names with its months: a reference date, so the timeline's first day written
 * without a year ("**Friday 28th February**") is in that year.
 */
function yearOfTitle(title: string | undefined): CalendarDate | undefined {
  const named = title ? MONTHS_AND_YEAR.exec(title) : null;
  return named ? { year: Number(named[named.length - 1]), month: 12, day: 31 } : undefined;
}

/** The day a sign-off section's signature gives ("G. Holt, night shift supervisor, 15/03/2024 0655 hrs"): the write-up's. */
function signedOn(index: DocumentIndex, sections: Section[]): CalendarDate | undefined {
  const signOff = sections.find((s) => s.kind === 'sign-off');
  const date = signOff && dateWithin(index.text.slice(signOff.bodyStart, Math.min(signOff.bodyEnd, signOff.bodyStart + 500)));
  return date?.year ? date : undefined;
}

/** The day the write-up was posted, written or reviewed, from a byline or a field of its head. */
function writeUpDate(index: DocumentIndex, headerEnd: number): CalendarDate | undefined {
  for (const line of index.text.slice(0, Math.min(headerEnd, 3000)).split('\n')) {
    // "| **Review meeting** | Oct 18, 2024 |": a field table's row is a field.
    const plain = line.replace(/[*_]/g, '').replace(/^[\s>|#-]+/, '').replace(/\s*\|\s*(?=\S)/, ': ');
    // "_Page owner: Sanne Hoekstra. Last edited 4 November 2026._": the date after the edit, said of the page (a line or
    // sentence of its own), not "The certificate was last updated 14 March".
    let from = 0;
    if (!BYLINE.test(plain) && !ANOTHER_DAYS_FIELD.test(plain)) {
      const edited = WRITE_UP_DATED.exec(plain) ?? REVIEW_HELD.exec(plain);
      if (!edited || !/(?:^|[.;(|]\s*)$/.test(plain.slice(0, edited.index))) continue;
      from = edited.index;
    }
    const date = dateWithin(plain.slice(from));
    if (date?.year) return date;
  }
  return undefined;
}

/** A day written without its year ("Thu 10/17"), in the year that puts it on or before `later`. */
function inYearOf(day: CalendarDate | undefined, later: CalendarDate): CalendarDate | undefined {
  if (!day || later.year === undefined) return undefined;
  return { ...day, year: later.year - (day.month * 100 + day.day > later.month * 100 + later.day ? 1 : 0) };
}

/**
 * The first date of a text, with the year written after it when it has none ("Between May 3 and May 5, 2024"), or
 * else the year of the post's publication (the year before, for a day after it in the year).
 */
function firstDateOf(text: string, published?: CalendarDate): CalendarDate | undefined {
  const withYear = dateWithin(text);
  // "during the night of 26/27 October 2024": the night's, read whole.
  if (withYear?.afterNight) return withYear;
  if (!withYear && !published?.year) return undefined;
  const key = (d: CalendarDate) => d.month * 100 + d.day;
  for (const at of matchesOf(/(?<![\w-])(?=\d|[A-Za-z]{3})/g, text)) {
    const read = readDate(text.slice(at.index, at.index + 40));
    if (!read?.date || read.invalid) continue;
    if (read.date.year) return read.date;
    if (!withYear) return inYearOf(read.date, published!);
    const date = { ...read.date, year: withYear.year };
    return key(date) <= key(withYear) ? date : withYear;
  }
  return withYear;
}

/**
 * "IST = UTC+1", "IST (UTC+1)", "IST (Dublin)", "Irish Standard Time": the zone a document gives a zone's name, which
 * names another zone elsewhere (IST is read as India's, CST as the US's).
 */
function zoneDefinitionsIn(text: string): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const [name, spelledOut, zone] of OTHER_MEANINGS) if (spelledOut.test(text)) definitions.set(name, zone);
  // "All times IST (Dublin)", "CST (Mexico City)": a city the zone database knows.
  for (const defined of matchesOf(/\b([A-Z]{2,5})\s*\(\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*\)/g, text)) {
    const zone = cityZone(defined[2].replace(' ', '_'));
    if (zone) definitions.set(defined[1], zone);
  }
  // "IST (UTC+1)", "IST = UTC+1", "Irish Standard Time (IST, UTC+01:00)".
  for (const defined of matchesOf(/\b([A-Z]{2,5})\s*(?:=|\(|,|is\s+)\s*((?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\b/g, text)) definitions.set(defined[1], defined[2].replace(/\s+/g, ''));
  return definitions;
}

/** Abbreviations with a second meaning, and the words that say a document means it. */
const OTHER_MEANINGS: [string, RegExp, string][] = [
  ['IST', /\bIrish\s+(?:Standard\s+|Summer\s+)?[Tt]ime\b|\bIST\s*\(\s*(?:Irish|Ireland)\b/, 'Europe/Dublin'],
  ['IST', /\bIsrael(?:i)?\s+(?:Standard\s+)?[Tt]ime\b/, 'Asia/Jerusalem'],
  ['CST', /\bChina\s+Standard\s+Time\b/, 'Asia/Shanghai'],
];

/** "Dates in this report are US format (MM/DD/YYYY)", "(dates DD/MM/YYYY)": the order the document says it writes dates in. */
const IRISH = /(?<!\(\s*)\b(?:Ireland|Irish|Dublin|Cork|Galway|Limerick|Waterford|Eircode)\b(?!\s*(?:\)|DR\b|replicas?\b|regions?\b|data ?cent(?:re|er)s?\b|DC\b|AZ\b))/;
const INDIAN = /\b(?:India|Indian|Bengaluru|Bangalore|Mumbai|Delhi|Chennai|Hyderabad|Pune|Kolkata|Noida|Gurugram|UPI|NPCI|INR)\b|₹/;

function statedDateOrder(text: string): boolean | undefined {
  // Not an ISO mask ("YYYY-MM-DD"), which says nothing of the order of a date written with slashes.
  const stated = /(?<!Y[/.-])\b(MM[/.-]DD|DD[/.-]MM)(?:[/.-](?:YY){1,2})?\b|\bUS (?:date )?format\b/.exec(text);
  return stated ? !/^DD/.test(stated[0]) : undefined;
}

/** "09-03-2024 (Saturday)", "Sat 9/3/2024": a date in numbers with its year and, beside it, its weekday. */
const WEEKDAY_BESIDE_DATE = new RegExp(String.raw`\b(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?[ \t]+(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?![\d/.-])|(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\7(\d{4})[ \t]*[(,]?[ \t]*(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b`, 'gi');

/**
 * The order a date's own weekday proves: "09-03-2024 (Saturday)" is 9 March (3 September 2024 was a Tuesday). Undefined
 * when no such date is written, both orders fit, or the dates disagree.
 */
function weekdayDateOrder(text: string): boolean | undefined {
  let order: boolean | undefined;
  for (const m of matchesOf(WEEKDAY_BESIDE_DATE, text)) {
    const [weekday, a, b, year] = m[1] ? [m[1], +m[2], +m[4], +m[5]] : [m[10], +m[6], +m[8], +m[9]];
    if (a === b || a > 12 || b > 12) continue;
    const day = WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase());
    const monthFirstFits = weekdayOf(year, a, b) === day;
    const dayFirstFits = weekdayOf(year, b, a) === day;
    if (monthFirstFits === dayFirstFits) continue;
    if (order !== undefined && order !== monthFirstFits) return undefined;
    order = monthFirstFits;
  }
  return order;
}

/** "3/7/2025", "21/10/24": a day and month in numbers, with slashes and a year (not "24/7 support", "1/16 of traffic"). */
const NUMERIC_DAY_MONTH = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/g;
// Not "4 may have been affected".
const NAMED_DATE = new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?!(?<=\bmay)\s+(?:not|have|has|be|been|also|need|help|cause|require|still|only|well|affect|see)\b)`, 'gi');

/**
 * The order the document writes its numeric dates in, where it does not say: a date only one order makes ("3/13/2025",
 * "21/10/2024"), or the same day also written with its month's name ("[3/7/2025 9:02 AM]" beside "Friday March 7"). Undefined
 * when the evidence is mixed or missing.
 */
function writtenDateOrder(text: string): boolean | undefined {
  const numeric = matchesOf(NUMERIC_DAY_MONTH, text).map((m) => [+m[1], +m[2]] as const).filter(([a, b]) => a >= 1 && b >= 1 && a <= 31 && b <= 31);
  if (numeric.length === 0) return undefined;
  const plainlyMonthFirst = numeric.some(([a, b]) => a <= 12 && b > 12);
  const plainlyDayFirst = numeric.some(([a, b]) => a > 12 && b <= 12);
  if (plainlyMonthFirst !== plainlyDayFirst) return plainlyMonthFirst;
  if (plainlyMonthFirst) return undefined;
  const named = new Set(matchesOf(NAMED_DATE, text).map((m) => `${monthNumber(m[1] ?? m[4])}-${+(m[2] ?? m[3])}`));
  const ambiguous = numeric.filter(([a, b]) => a !== b);
  const asMonthFirst = ambiguous.some(([a, b]) => named.has(`${a}-${b}`));
  const asDayFirst = ambiguous.some(([a, b]) => named.has(`${b}-${a}`));
  return asMonthFirst !== asDayFirst ? asMonthFirst : undefined;
}

/** How many numeric dates only a day-first reading makes ("21/03/2025"), outside brackets. */
function plainlyDayFirst(text: string): number {
  // Not in brackets, where a date is often quoted from elsewhere ("(dated 21/02/2025 and 28/02/2025, ...)").
  return matchesOf(NUMERIC_DAY_MONTH, text.replace(/\([^()\n]*\)/g, '')).filter((m) => +m[1] > 12 && +m[1] <= 31 && +m[2] >= 1 && +m[2] <= 12).length;
}

/** A front matter's own "date" (not "incident date" nor a "Date:" line below it): a post's publication date. */
function isPublicationDate(index: DocumentIndex, field: HeaderField | undefined): boolean {
  if (field === undefined || !SENT_KEY.test(field.key)) return false;
  // "From: HPC Team / To: hpc-users / Date: 23.09.2026": an e-mail's header, the day it was sent.
  return (index.frontMatter !== undefined && field.valueStart < offsetsOf(index.frontMatter)[1]) || MAIL_HEADER.test(index.text.slice(Math.max(0, field.valueStart - 200), field.valueStart));
}

// In the mail programs' other languages too: "De:/Para:/Data:" (Portuguese), "Von:/An:/Datum:", "De:/Para:/Fecha:".
// Not an outage's window ("From: 07:40 CET").
const DATE_KEYS = String.raw`(?:Date|Data|Fecha|Datum)`;
const SENT_KEY = new RegExp(String.raw`^${DATE_KEYS}$`, 'i');
const MAIL_FROM_OR_TO = /^[ \t*_]*(?:From|To|De|Para|Von|An)[ \t*_]*:(?![ \t*_]*\d)/m;
const MAIL_SENT = new RegExp(String.raw`^[ \t*_]*(?:${DATE_KEYS}|Sent|Enviado|Gesendet)[ \t*_]*:`, 'i');
const MAIL_HEADER = new RegExp(String.raw`^[ \t*_]*(?:From|To|Cc|Subject|De|Para|Von|An|Assunto|Asunto|Betreff)[ \t*_]*:.*\n(?:.*\n){0,3}[ \t*_]*${DATE_KEYS}[ \t*_]*:[ \t*_]*$`, 'im');

const RECORD_CREATED = /^\W*(?:created|opened)(?: on)?\W*$/i;

/** Accounts are published within weeks of the incident; a date earlier than that in the opening is another event's. */
const PUBLISHED_WITHIN_DAYS = 92;

/** Days from one calendar date to a later one (negative when it is earlier). */
function daysBefore(earlier: CalendarDate, later: CalendarDate): number {
  const day = (d: CalendarDate) => Date.UTC(d.year ?? 0, d.month - 1, d.day) / 86_400_000;
  return day(later) - day(earlier);
}

function dateHeading(index: DocumentIndex): CalendarDate | undefined {
  for (const heading of index.headings.slice(0, 5)) {
    const text = toString(heading);
    if (/^\s*date(?: of (?:the )?incident)?\s*:/i.test(text)) return dateWithin(text);
  }
  return undefined;
}

// The label in front of a title: "Post-Mortem: ", "Incident Post-Mortem: ", "Postmortem - ", "Incident Report: ",
// "Post Incident Review: ", "Reason for Outage (RFO): ".
// "**Post-Mortem: SAML login failures**": a bold line (a Google Doc's title, through pandoc) too.
const TITLE_LINE = /^(\s*(?:\*\*|__)?(?:(?:incident\s+)?post[- ]?mortem|incident report|(?:post[- ]incident |incident )review|major incident (?:report|review)|reason for outage(?: \(RFO\))?|RFO)\s*(?::|[-–—](?=\s))\s*)(\S.*?)(?:\*\*|__)?\s*$/i;
// Headings that name a part of the document, not the document: "Metadata", a day ("2023-08-25", "March 3, 2024").
const NOT_A_TITLE = /^\s*(?:(?:document|incident)\s+)?metadata\s*:?\s*$/i;
const MONTH_OR_DAY_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?/gi;

const FIELD_LABEL = /^\s*\w+(?:\s\w+)?\s*:\s*$/;
/** "Oct 3 – Oct 7, 2024": a range's first day, read without a year, takes the year written at its end. */
function withYearWritten(read: ReturnType<typeof readDate>, value: string): ReturnType<typeof readDate> {
  const year = read?.date && read.date.year === undefined ? /\b(?:19|20)\d{2}\b/.exec(value) : null;
  return year ? { ...read!, date: { ...read!.date!, year: Number(year[0]) } } : read;
}

const WEEKDAY_NAMED = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s*/gi;

/** A heading that can be a document's title: not a section's name, "Metadata" or a date alone. */
function canBeTitle(text: string): boolean {
  if (sectionKindOf(text) || NOT_A_TITLE.test(text)) return false;
  return /\p{L}/u.test(text.replace(MONTH_OR_DAY_NAME, '').replace(/\b(?:st|nd|rd|th)\b/gi, ''));
}

/** The first level-1 heading, else the first heading, else a "Post-Mortem: ..." line near the top. */
/** A heading naming only the kind of document: "Post-Incident Report", "OPERATIONAL INCIDENT REPORT", "Privacy and Security Incident Report". */
const DOCUMENT_KIND = /^\s*(?:(?:operational|major|critical|privacy|security|and|it|service|technical|formal|final|draft|internal|incident)\s+)*(?:(?:post[- ]?incident|incident|outage)\s+(?:report|review|analysis)|post[- ]?mortem(?:\s+report)?|after[- ]action\s+report|memo(?:randum)?(?:\s+for\s+(?:the\s+)?record)?)(?:\s*\([A-Z]{2,5}\))?\s*$/i;

/** "SUBJECT: Bald Knob Simulcast Site – Loss of Microwave Backhaul", "RE: TaxConnect portal failure of April 15": a memo's subject line, its title. */
// "Betreff:", "Assunto:", "Asunto:", "Objet :": the same line in German, Portuguese, Spanish and French.
const SUBJECT_LINE = /^([ \t]*(?:\*\*|__)?(?:SUBJECT|Subject|SUBJ|Betreff|BETREFF|Assunto|ASSUNTO|Asunto|ASUNTO|Objet|OBJET)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*)(\S.*?)[ \t]*$/;
/** "RE: ...": a subject only among a memo's or a mail's fields ("FROM:", "TO:", "DATE:" above it), not a reply's line. */
const REGARDING_LINE = /^([ \t]*(?:\*\*|__)?(?:RE|Re|REGARDING|Regarding)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*)(\S.*?)[ \t]*$/;
const MAIL_FIELD = /^[ \t*_]*(?:from|to|date|cc)[ \t*_]*:/im;

/** The line of `text` at `lineStart` as a subject line (a memo's, a mail's). */
function subjectLine(text: string, line: string, lineStart: number): RegExpExecArray | null {
  const regarding = REGARDING_LINE.exec(line);
  return SUBJECT_LINE.exec(line) ?? (regarding && MAIL_FIELD.test(text.slice(Math.max(0, lineStart - 400), lineStart)) ? regarding : null);
}

/** The first subject line of `text`, with its offset in it. */
function subjectIn(text: string): { at: number; match: RegExpExecArray } | undefined {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const match = subjectLine(text, line, lineStart);
    if (match) return { at: lineStart, match };
    lineStart += line.length + 1;
  }
  return undefined;
}

function findTitle(index: DocumentIndex): Title | undefined {
  const declared = frontMatterTitle(index);
  if (declared) return declared;
  const answered = formAnswerTitle(index);
  if (answered) return answered;
  // The first level-1 heading; a document without one, its first heading; bare field labels ("# Title:") passed
  // over. One that is a section's name ("Summary", "Overview", "What happened?"), "Metadata" or a day names no
  // document: an "# Overview" first among the level-1 headings leaves the document untitled, whatever follows it.
  // "# Title:" with the title in the heading under it.
  const labelled = index.headings.findIndex((h) => /^\s*(?:incident\s+)?title\s*:\s*$/i.test(toString(h)));
  const named = index.headings.filter((h) => !FIELD_LABEL.test(toString(h)));
  const chosen = labelled >= 0 && index.headings[labelled + 1] ? index.headings[labelled + 1] : (named.find((h) => h.depth === 1) ?? named[0]);
  // "# OPERATIONAL INCIDENT REPORT" over "## Loss of SCADA Telemetry ...": the kind of document, then its subject.
  const next = chosen && DOCUMENT_KIND.test(toString(chosen)) ? index.headings[index.headings.indexOf(chosen) + 1] : undefined;
  const first = next && next.depth > chosen!.depth && canBeTitle(toString(next)) && !FIELDS_HEADING.test(toString(next)) && !/^\s*(?:\d+(?:\.\d+)*\.?\s+)?\p{L}+\s*$/u.test(toString(next)) ? next : chosen;
  const heading = first && canBeTitle(toString(first)) ? first : undefined;
  // "# Incident Post-Mortem" over "**Title:** Scheduled campaigns sent twice": the kind of document, then its title field.
  const field = heading && heading === chosen && next !== first ? titleFieldBelow(index, heading) : undefined;
  if (field) return field;
  const firstBlock = index.tree.children.find((node) => node !== index.frontMatter);
  if (heading && heading === firstBlock) return titleOfHeading(index, heading);
  const searchEnd = heading?.position?.start.offset ?? Math.min(index.text.length, 2000);
  const head = index.text.slice(0, searchEnd);
  let lineStart = 0;
  for (const line of head.split('\n')) {
    const match = TITLE_LINE.exec(line) ?? subjectLine(head, line, lineStart);
    if (match) {
      const start = lineStart + match[1].length;
      return { text: match[2], start, end: start + match[2].length };
    }
    lineStart += line.length + 1;
  }
  if (heading) return titleOfHeading(index, heading);
  // "**Major Incident Report – Research Scratch Storage Full**", ":rotating_light: **Incident recap: ...**": a bold
  // first line stands for the title of a document with no heading.
  const opening = firstBlock?.type === 'paragraph' ? BOLD_TITLE_LINE.exec(index.text.slice(offsetsOf(firstBlock)[0], offsetsOf(firstBlock)[1]).split('\n', 1)[0]) : null;
  if (!opening) return undefined;
  const start = offsetsOf(firstBlock!)[0] + opening[1].length;
  return { text: opening[2], start, end: start + opening[2].length };
}

/** "**Title:** Scheduled campaigns sent twice" among the lines under a heading, before the next heading. */
function titleFieldBelow(index: DocumentIndex, heading: DocumentIndex['headings'][number]): Title | undefined {
  if (!DOCUMENT_KIND.test(toString(heading))) return undefined;
  const from = offsetsOf(heading)[1];
  // "## Incident Details" right under it holds the fields.
  const at = index.headings.indexOf(heading) + 1;
  const following = index.headings[at] && FIELDS_HEADING.test(toString(index.headings[at])) ? index.headings[at + 1] : index.headings[at];
  const until = Math.min(following ? offsetsOf(following)[0] : index.text.length, from + 2000);
  const match = TITLE_FIELD.exec(index.text.slice(from, until));
  // "# MEMORANDUM" over its fields: its subject line.
  const subject = match ? undefined : subjectIn(index.text.slice(from, until));
  if (subject) {
    const start = from + subject.at + subject.match[1].length;
    return { text: subject.match[2], start, end: start + subject.match[2].length };
  }
  if (!match) return undefined;
  const start = from + match.index + match[1].length;
  return { text: match[2], start, end: start + match[2].length };
}

const FIELDS_HEADING = /^\s*(?:incident\s+)?(?:details|information|info|metadata|facts|overview)\s*$/i;
const TITLE_FIELD = /^([ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:incident[ \t]+)?title[ \t]*(?::(?:\*\*|__)|(?:\*\*|__)?:)[ \t]*)(\S[^\n]*?)[ \t]*$/im;

/**
 * "### Incident title" over "Checkout API elevated 503s": an issue form's label, as GitHub and GitLab render a filed
 * form, with its answer in the paragraph below (a field left empty reads "_No response_").
 */
function formAnswerTitle(index: DocumentIndex): Title | undefined {
  const blocks = index.tree.children.filter((node) => node !== index.frontMatter && node.type !== 'html');
  const [label, answer] = blocks;
  if (label?.type !== 'heading' || answer?.type !== 'paragraph' || !/^\s*(?:incident\s+)?(?:title|name)\s*$/i.test(toString(label))) return undefined;
  const [start, end] = offsetsOf(answer);
  const text = index.text.slice(start, end).split('\n', 1)[0].trim();
  return text && !/^_?no response_?$/i.test(text) ? { text, start, end: start + text.length } : undefined;
}

const BOLD_TITLE_LINE = /^(\s*(?::[\w-]+:\s*)?(?:\*\*|__)(?:(?:major )?incident (?:report|recap|review)|recap|post[- ]?mortem)?\s*(?::|[-–—](?=\s))?\s*)([^*_\n]{6,160}?)\s*(?:\*\*|__)\s*$/i;

/** The front matter's `title:` (`title =` in TOML), or an MDX page's exported `title:`: the title a site shows for the page. */
function frontMatterTitle(index: DocumentIndex): Title | undefined {
  const frontMatter = index.frontMatter;
  const [start, end] = frontMatter ? offsetsOf(frontMatter) : [0, /^export const \w+ = \{/m.test(index.text.slice(0, 2000)) ? Math.min(index.text.length, 2000) : 0];
  const match = (frontMatter?.type === 'toml' ? /^[ \t]*title[ \t]*=[ \t]*(["']?)(.+?)\1[ \t]*$/m : /^[ \t]*title:[ \t]*(["']?)(.+?)\1,?[ \t]*$/m).exec(index.text.slice(start, end));
  if (!match || !match[2].trim()) return undefined;
  // "title: Incident Report: User Account Takeover" is titled "User Account Takeover".
  const prefix = TITLE_LINE.exec(match[2])?.[1]?.length ?? 0;
  const at = start + match.index + match[0].indexOf(match[2], match[0].search(/[:=]/) + 1) + prefix;
  return { text: match[2].slice(prefix), start: at, end: at + match[2].length - prefix };
}

function titleOfHeading(index: DocumentIndex, heading: NonNullable<DocumentIndex['headings'][number]>): Title {
  const [contentStart, contentEnd] = headingNameOffsets(heading);
  // "# Post-Mortem: Checkout outage" is titled "Checkout outage".
  const prefix = TITLE_LINE.exec(index.text.slice(contentStart, contentEnd))?.[1] ?? '';
  const start = contentStart + prefix.length;
  // "# **Post-Incident Review: Wave planning stalled**": the emphasis the label opened closes after the title.
  const emphasis = /^\s*(\*\*|__)/.exec(prefix)?.[1];
  const end = emphasis && index.text.startsWith(emphasis, contentEnd - 2) ? contentEnd - 2 : contentEnd;
  return { text: index.text.slice(start, end), start, end };
}

/** The SLO the document states with its budget ("99.95% monthly, error budget 21.6 min"), over the configured one. */
function sloStated(claims: BudgetClaim[], windowDays: number): { targetPercent: number; windowDays: number } | undefined {
  const stated = claims.find((claim) => claim.sloPercent !== undefined);
  return stated && { targetPercent: stated.sloPercent!, windowDays: stated.windowDays ?? windowDays };
}
