import { toString } from 'mdast-util-to-string';
import { findActionItems, type ActionItem } from './actionItems';
import { offsetsOf, type DocumentIndex } from './documentIndex';
import { findFiveWhys, type Why } from './fiveWhys';
import { findHeaderFields, type HeaderField } from './headerFields';
import { assignMilestones, computeDurations, computeErrorBudget, type Durations, type ErrorBudget } from './milestones';
import { hasMilestone, resolveTimeline, type TimelineEntry, type TimelineOrder } from './resolveTimeline';
import { findSections, type Section } from './sections';
import { applyStatedFigures, attachComputed, findStatedFigures, type BudgetClaim, type StatedFigure } from './statedFigures';
import { sectionKindOf } from './sectionCatalogue';
import { readGrids } from './tables';
import { readTimeline } from './timeline';
import { dateWithin, readDate, statedZone, type CalendarDate } from './timestamps';

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

/** What the engine understands of a post-mortem, built from one parse of one document version. */
export interface PostmortemModel {
  title: Title | undefined;
  header: HeaderField[];
  incidentDate: CalendarDate | undefined;
  timezone: string | undefined;
  sections: Section[];
  timeline: TimelineEntry[];
  timelineOrder: TimelineOrder;
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
  const title = findTitle(index);
  const sections = findSections(index);
  // A paragraph labelled "**Impact:** ..." among the header's fields is a field, not where the header ends.
  // The header runs to the first section, or through it when that section is an "Incident Summary" listing the
  // fields ("* Date: ...", "* Severity: SEV-2").
  const sectionsAfterTitle = sections.filter((s) => s.source !== 'label' && s.nameStart > (title?.end ?? -1));
  const [first, second] = sectionsAfterTitle;
  const fieldsInSummary = first?.kind === 'summary' && /^\s*[-*+]\s+[*_]*(?:date|severity|duration)\b/im.test(index.text.slice(first.bodyStart, Math.min(first.bodyStart + 400, second?.nameStart ?? first.bodyEnd)));
  const headerEnd = (fieldsInSummary ? second?.nameStart : first?.nameStart) ?? Math.min(index.text.length, 3000);
  const grids = readGrids(index);
  const header = findHeaderFields(index, grids, headerEnd);
  const field = (name: HeaderField['name']) => header.find((f) => f.name === name);
  const incidentDateRead = field('incidentDate') ? readDate(field('incidentDate')!.value) : undefined;
  // Else the date in the title, or in a "Date: ..." heading ("## Date: July 1, 2020").
  const incidentDate =
    (incidentDateRead && !incidentDateRead.invalid ? incidentDateRead.date : undefined) ??
    (title ? dateWithin(title.text) : undefined) ??
    dateHeading(index);
  const timezone = field('timezone')?.value ?? statedZone(index.text.slice(0, Math.min(index.text.length, 20_000)));
  const { entries, order, zoneOfEntries } = resolveTimeline(readTimeline(index, sections, grids), incidentDate, timezone, options.defaultTimezone);
  assignMilestones(entries);
  const durations = computeDurations(entries);
  const { figures, budgetClaims } = findStatedFigures(index, grids);
  attachComputed(figures, durations, entries);
  applyStatedFigures(durations, figures);
  const { whys, section: fiveWhysSection } = findFiveWhys(index, sections);
  return {
    title,
    header,
    incidentDate: earlier(incidentDate, dateOfIncidentIn(entries)),
    timezone: timezone ?? zoneOfEntries,
    sections,
    timeline: entries,
    timelineOrder: order,
    durations,
    errorBudget: computeErrorBudget(options.slo, durations),
    statedFigures: figures,
    budgetClaims,
    actionItems: findActionItems(index, sections, grids),
    fiveWhys: whys,
    fiveWhysSection,
    isIncidentLog: isIncidentLog(index, sections),
  };
}

// The update markers of status pages: "[Update - 2023-03-29 15h50 UTC]", "[Initial message]", "::: update Resolved",
// "**Investigating** - ...", "Monitoring - ...".
const STATUS_UPDATE = /^[ \t]*(?:\[(?:update|initial message|final message)\b[^\]\n]*\]|:::[ \t]*update\b|(?:\*\*)?(?:update|investigating|identified|monitoring|resolved)(?:\*\*)?[ \t]+[-–][ \t])/im;
// What a write-up has and a log of updates does not.
const WRITE_UP_KINDS = new Set(['timeline', 'root-cause', 'five-whys', 'contributing-factors', 'resolution', 'action-items', 'lessons-learned', 'prevention']);

/** Status updates and no section of analysis: a log of the incident as it ran, which a post-mortem's checks do not fit. */
function isIncidentLog(index: DocumentIndex, sections: Section[]): boolean {
  return STATUS_UPDATE.test(index.text.slice(0, 50_000)) && !sections.some((s) => s.source !== 'label' && WRITE_UP_KINDS.has(s.kind));
}

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

/** A post's date is often the day it was published, after the incident its timeline dates: the earlier one. */
function earlier(written: CalendarDate | undefined, fromTimeline: CalendarDate | undefined): CalendarDate | undefined {
  if (!written?.year || !fromTimeline) return written ?? fromTimeline;
  const key = (d: CalendarDate) => d.year! * 10_000 + d.month * 100 + d.day;
  return key(fromTimeline) < key(written) ? fromTimeline : written;
}

function dateHeading(index: DocumentIndex): CalendarDate | undefined {
  for (const heading of index.headings.slice(0, 5)) {
    const text = toString(heading);
    if (/^\s*date(?: of (?:the )?incident)?\s*:/i.test(text)) return dateWithin(text);
  }
  return undefined;
}

const TITLE_LINE = /^(\s*(?:post[- ]?mortem|incident report|incident review)\s*:\s*)(.*?)\s*$/i;

/** The first level-1 heading, else the first heading, else a "Post-Mortem: ..." line near the top. */
function findTitle(index: DocumentIndex): Title | undefined {
  const declared = frontMatterTitle(index);
  if (declared) return declared;
  // A first heading that is a section's name ("Summary", "Timeline", "What happened?") or a bare field label
  // ("Title:") names no document.
  const candidates = index.headings.filter((h) => !sectionKindOf(toString(h)) && !/^\s*\w+(?:\s\w+)?\s*:\s*$/.test(toString(h)));
  const heading = candidates.find((h) => h.depth === 1) ?? candidates[0];
  const firstBlock = index.tree.children.find((node) => node.type !== 'yaml');
  if (heading && heading === firstBlock) return titleOfHeading(index, heading);
  const searchEnd = heading?.position?.start.offset ?? Math.min(index.text.length, 2000);
  let lineStart = 0;
  for (const line of index.text.slice(0, searchEnd).split('\n')) {
    const match = TITLE_LINE.exec(line);
    if (match) {
      const start = lineStart + match[1].length;
      return { text: match[2], start, end: start + match[2].length };
    }
    lineStart += line.length + 1;
  }
  return heading ? titleOfHeading(index, heading) : undefined;
}

/** The front matter's `title:`, or an MDX page's exported `title:`: the title a site shows for the page. */
function frontMatterTitle(index: DocumentIndex): Title | undefined {
  const yaml = index.frontMatter;
  const [start, end] = yaml ? offsetsOf(yaml) : [0, /^export const \w+ = \{/m.test(index.text.slice(0, 2000)) ? Math.min(index.text.length, 2000) : 0];
  const match = /^[ \t]*title:[ \t]*(["']?)(.+?)\1,?[ \t]*$/m.exec(index.text.slice(start, end));
  if (!match || !match[2].trim()) return undefined;
  const at = start + match.index + match[0].indexOf(match[2], match[0].indexOf(':') + 1);
  return { text: match[2], start: at, end: at + match[2].length };
}

function titleOfHeading(index: DocumentIndex, heading: NonNullable<DocumentIndex['headings'][number]>): Title {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const contentStart = first?.position?.start.offset ?? heading.position?.start.offset ?? 0;
  const end = last?.position?.end.offset ?? heading.position?.end.offset ?? 0;
  // "# Post-Mortem: Checkout outage" is titled "Checkout outage".
  const prefix = TITLE_LINE.exec(index.text.slice(contentStart, end))?.[1]?.length ?? 0;
  const start = contentStart + prefix;
  return { text: index.text.slice(start, end), start, end };
}
