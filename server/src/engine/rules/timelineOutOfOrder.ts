import type { PostmortemModel } from '../model';
import type { TimelineEntry } from '../resolveTimeline';
import type { Rule } from './rule';

/**
 * Each entry earlier than the one before it (later, in a newest-first timeline), with that one. Figure fixes read
 * this too, whatever the rule's severity: a timeline out of order is not one to rewrite figures from.
 */
export function outOfOrderEntries(model: PostmortemModel): { entry: TimelineEntry; previous: TimelineEntry }[] {
  const newestFirst = model.timelineOrder === 'newest-first';
  const found: { entry: TimelineEntry; previous: TimelineEntry }[] = [];
  let previous: TimelineEntry | undefined;
  for (const entry of model.timeline) {
    if (!entry.instant) continue;
    // Order is judged within one timeline ("Key events" may recap the table below), and a time on a known date
    // cannot be ordered against one on no known date.
    if (previous?.instant && previous.sectionStart === entry.sectionStart && previous.dateKnown === entry.dateKnown) {
      const delta = entry.instant.toMillis() - previous.instant.toMillis();
      // A date without a time ("2021-12-17") has no place within its day: not out of order with that day's times.
      const sameDayUntimed = (!entry.stamp?.time || !previous.stamp?.time) && entry.instant.toISO().slice(0, 10) === previous.instant.toISO().slice(0, 10);
      // Each team's log, kept under its own heading ("### Storage (Ceph)"), starts again from its own first time.
      const anotherLog = () => model.timelineLogStarts.some((at) => at > previous!.start && at < entry.start);
      if ((newestFirst ? delta > 0 : delta < 0) && !sameDayUntimed && !anotherLog()) found.push({ entry, previous });
    }
    previous = entry;
  }
  return found;
}

export const timelineOutOfOrder: Rule = {
  code: 'timeline-out-of-order',
  defaultSeverity: 'warning',
  description: 'A timeline entry earlier than the one before it (or later, in a newest-first timeline).',
  check({ model }, report) {
    const newestFirst = model.timelineOrder === 'newest-first';
    for (const { entry, previous } of outOfOrderEntries(model)) {
      report({
        start: entry.timeStart,
        end: entry.timeEnd,
        message: `${entry.timeText} comes after ${previous.timeText} in a ${newestFirst ? 'newest-first' : 'chronological'} timeline: move this entry to its place, or correct its time.`,
        data: { previousTime: previous.timeText },
      });
    }
  },
};
