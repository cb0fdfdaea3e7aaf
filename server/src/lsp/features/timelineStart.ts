import type { KeptAnalysis } from '../keptAnalysis';
import { hasMilestone, type TimelineEntry } from '../../engine/resolveTimeline';

/** The entry offsets count from: the one marking the start of impact, else the earliest timed entry. */
export function timelineStart({ model }: KeptAnalysis): TimelineEntry | undefined {
  const timed = model.timeline.filter((e) => e.instant);
  return timed.find((e) => hasMilestone(e, 'started')) ?? timed.reduce<TimelineEntry | undefined>((first, e) => (!first || e.instant!.toMillis() < first.instant!.toMillis() ? e : first), undefined);
}
