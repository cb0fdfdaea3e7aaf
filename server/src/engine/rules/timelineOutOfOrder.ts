import type { PostmortemModel } from '../model';
import type { TimelineEntry } from '../resolveTimeline';
import type { Rule } from './rule';

/**
 * Each entry earlier than the one before it (later, in a newest-first timeline), with that one. Figure fixes read
 * this too, whatever the rule's severity: a timeline out of order is not one to rewrite figures from.
 */
export function outOfOrderEntries(model: PostmortemModel): { entry: TimelineEntry; previous: TimelineEntry; newestFirst: boolean }[] {
  const found: { entry: TimelineEntry; previous: TimelineEntry; newestFirst: boolean }[] = [];
  for (const log of logsOf(model)) {
    // A log of a few entries or more written the other way from the rest (a chronological table above a bot's
    // newest-first export) keeps its own order.
    const steps = log.filter((step) => !step.sameDayUntimed);
    const forward = steps.filter(({ delta }) => delta > 0).length;
    const backward = steps.filter(({ delta }) => delta < 0).length;
    const newestFirst = steps.length >= 3 && forward !== backward ? backward > forward : model.timelineOrder === 'newest-first';
    for (const { entry, previous, delta, sameDayUntimed } of log) if ((newestFirst ? delta > 0 : delta < 0) && !sameDayUntimed) found.push({ entry, previous, newestFirst });
  }
  return found;
}

/** The steps from entry to entry of each log: one timeline, or one log of it under its own heading or in its own table. */
function logsOf(model: PostmortemModel): { entry: TimelineEntry; previous: TimelineEntry; delta: number; sameDayUntimed: boolean }[][] {
  const logs: ReturnType<typeof logsOf> = [];
  let log: ReturnType<typeof logsOf>[number] = [];
  let previous: TimelineEntry | undefined;
  for (const entry of model.timeline) {
    if (!entry.instant) continue;
    // Order is judged within one timeline ("Key events" may recap the table below), and a time on a known date
    // cannot be ordered against one on no known date. Each team's log, kept under its own heading ("### Storage
    // (Ceph)") or in its own table, starts again from its own first time.
    const sameLog =
      previous?.instant &&
      previous.sectionStart === entry.sectionStart &&
      previous.dateKnown === entry.dateKnown &&
      !model.timelineLogStarts.some((at) => at > previous!.start && at < entry.start);
    if (!sameLog && log.length > 0) {
      logs.push(log);
      log = [];
    }
    if (sameLog) {
      const delta = entry.instant.toMillis() - previous!.instant!.toMillis();
      // A date without a time ("2021-12-17") has no place within its day: not out of order with that day's times.
      const sameDayUntimed = (!entry.stamp?.time || !previous!.stamp?.time) && entry.instant.toISO().slice(0, 10) === previous!.instant!.toISO().slice(0, 10);
      log.push({ entry, previous: previous!, delta, sameDayUntimed });
    }
    previous = entry;
  }
  if (log.length > 0) logs.push(log);
  return logs;
}

export const timelineOutOfOrder: Rule = {
  code: 'timeline-out-of-order',
  defaultSeverity: 'warning',
  description: 'A timeline entry earlier than the one before it (or later, in a newest-first timeline).',
  check({ model }, report) {
    for (const { entry, previous, newestFirst } of outOfOrderEntries(model)) {
      report({
        start: entry.timeStart,
        end: entry.timeEnd,
        message: `${entry.timeText} comes after ${previous.timeText} in a ${newestFirst ? 'newest-first' : 'chronological'} timeline: move this entry to its place, or correct its time.`,
        data: { previousTime: previous.timeText },
      });
    }
  },
};
