import type { Analysis } from '../../engine/analyze';
import type { TimelineEntry } from '../../engine/resolveTimeline';

/** The entry durations count from: the "started" milestone, else the earliest timed entry. */
export function timelineStart({ model }: Analysis): TimelineEntry | undefined {
  const timed = model.timeline.filter((e) => e.instant);
  return timed.find((e) => e.milestone === 'started') ?? timed.reduce<TimelineEntry | undefined>((first, e) => (!first || e.instant!.toMillis() < first.instant!.toMillis() ? e : first), undefined);
}
