import type { TimelineView } from '../../../schemas/requests';
import type { KeptAnalysis } from './keptAnalysis';
import { milestonesOf, type Milestone } from '../engine/milestones';
import { severityField } from '../engine/rules/severity';
import { timelineStart } from './features/timelineStart';

/** The timeline as the preview draws it: entries with their minutes from the start, milestones and durations. */
export function toTimelineView(uri: string, version: number, analysis: KeptAnalysis): TimelineView {
  const { index, model } = analysis;
  const started = timelineStart(analysis);
  const startMs = started?.instant?.toMillis();
  const { detectMinutes, acknowledgeMinutes, mitigateMinutes, resolveMinutes, impactMinutes, totalMinutes } = model.durations;
  return {
    uri,
    version,
    title: model.title?.text ?? null,
    severity: severityField(model)?.value ?? null,
    timezone: model.timezone ?? null,
    startAt: started?.instant && started.dateKnown ? started.instant.toISO() : null,
    entries: model.timeline.map((entry) => ({
      line: index.lines.positionAt(entry.start).line,
      time: entry.timeText,
      at: entry.instant && entry.dateKnown ? entry.instant.toISO() : null,
      minutesFromStart: entry.instant && startMs !== undefined ? Math.round((entry.instant.toMillis() - startMs) / 60_000) : null,
      event: entry.event,
      actor: entry.actor ?? null,
      milestone: (entry.milestone as Milestone | undefined) ?? null,
      milestones: milestonesOf(entry),
      approximate: entry.approximate,
      unreadable: entry.unreadable,
    })),
    durations: { detectMinutes, acknowledgeMinutes, mitigateMinutes, resolveMinutes, impactMinutes, totalMinutes },
  };
}
