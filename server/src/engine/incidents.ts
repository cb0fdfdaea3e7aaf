import { offsetsOf, type DocumentIndex } from './documentIndex';
import type { TimelineEntry } from './resolveTimeline';
import type { Section } from './sections';

/** The part of the document that tells the incident the milestones and figures measure, and its entries. */
export interface Incident {
  entries: TimelineEntry[];
  start: number;
  end: number;
}

/**
 * The entries of the incident the document's milestones and figures measure, and its part of the document. A
 * document that tells several incidents gives each its own timeline under its own heading ("### October 21 - Redis
 * overload" ... "Timeline:", then "### October 24 - Rate limiting" ... "Timeline:"): its figures are the first
 * incident's, not a span across them. A timeline split into parts under one heading, or several timeline headings
 * of their own, is one incident.
 */
export function firstIncident(entries: TimelineEntry[], sections: Section[], index: DocumentIndex): Incident {
  const whole = { entries, start: 0, end: index.text.length };
  const timelines = sections.filter((s) => s.kind === 'timeline' || s.also.includes('timeline'));
  const groups = new Map<Section, TimelineEntry[]>();
  for (const entry of entries) {
    // The innermost timeline holding the entry: a "Timeline:" label inside a timeline heading's part.
    const holder = lastOf(timelines, (s) => s.bodyStart <= entry.start && entry.start < s.bodyEnd);
    if (!holder) return whole;
    const group = groups.get(holder);
    if (group) group.push(entry);
    else groups.set(holder, [entry]);
  }
  if (groups.size < 2) return whole;
  const parents = [...groups.keys()].map((timeline) => parentHeadingOf(timeline, index));
  if (parents.some((p) => p === undefined) || new Set(parents).size < parents.length) return whole;
  // The first incident's part runs from its heading to the second's.
  return { entries: groups.values().next().value!, start: parents[0]!, end: parents[1]! };
}

/** The start of the heading whose part holds a section (a heading of a higher level than a heading section). */
function parentHeadingOf(section: Section, index: DocumentIndex): number | undefined {
  const deeperThan = section.depth ?? 7;
  const parent = lastOf(index.headings, (h) => h.depth < deeperThan && offsetsOf(h)[0] < section.nameStart);
  return parent && offsetsOf(parent)[0];
}

function lastOf<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}
