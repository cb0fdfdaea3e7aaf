import type { TimelineEntry } from './resolveTimeline';

export const MILESTONES = ['started', 'detected', 'acknowledged', 'triaged', 'identified', 'mitigated', 'resolved'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Wording that names a milestone: strong wording wins over weak ("resolved" over "traffic restored"). */
const WORDING: Record<Milestone, { strong: RegExp; weak?: RegExp }> = {
  started: {
    strong: /\b(impact (?:start|began|begins)|(?:incident|outage|impact|degradation|errors?|failures?) (?:started|starts|began|begins)|started (?:failing|erroring|to fail)|began (?:failing|to fail|erroring)|first (?:errors?|failures?|reports?)|service (?:went|goes) down|became unavailable)\b/i,
  },
  detected: {
    strong: /\b(alert(?:ed|s)?|detected|paged|fired|noticed|monitoring (?:caught|flagged|showed)|reported by|customers? reported|users? reported)\b/i,
    weak: /\b(reported|notified|escalated)\b/i,
  },
  acknowledged: {
    strong: /\b(acknowledged|acked|ack)\b/i,
    weak: /\b(responded|joined|(?:began|started) investigating|incident (?:declared|opened|created)|war ?room)\b/i,
  },
  triaged: { strong: /\b(triaged?|confirmed|diagnosed|assessed)\b/i },
  identified: { strong: /\b(identified|root cause (?:found|identified|determined)|found (?:the )?(?:cause|culprit|issue|bug|problem)|cause (?:was )?(?:found|determined)|pinpointed)\b/i },
  mitigated: {
    strong: /\b(mitigated|mitigation (?:applied|deployed|in place)|restarted|rolled back|rollback (?:complete|completed|deployed|finished)|reverted|failed over|failover (?:complete|completed)|scaled (?:up|out)|workaround (?:applied|deployed))\b/i,
  },
  resolved: {
    strong: /\b(resolved|incident (?:closed|over|ended)|all clear)\b/i,
    weak: /\b(restored|recovered|back to normal|returned to normal|fully operational|normal operations?)\b/i,
  },
};

/**
 * Marks each milestone on at most one entry, in milestone order: the author's explicit marker first, otherwise
 * the first entry with strong wording after the previous milestone, otherwise the first with weak wording.
 */
export function assignMilestones(entries: TimelineEntry[]): void {
  let floor = 0;
  for (const milestone of MILESTONES) {
    const candidates = entries.slice(floor).filter((e) => !e.milestone);
    const chosen =
      entries.find((e) => !e.milestone && e.markedMilestone === milestone) ??
      candidates.find((e) => WORDING[milestone].strong.test(e.event)) ??
      candidates.find((e) => WORDING[milestone].weak?.test(e.event) ?? false);
    if (!chosen) continue;
    chosen.milestone = milestone;
    floor = entries.indexOf(chosen);
  }
}

/** Durations in minutes, per ../shared/docs/domain.md; null when a milestone or time is missing. */
export interface Durations {
  detectMinutes: number | null;
  acknowledgeMinutes: number | null;
  triageMinutes: number | null;
  identifyMinutes: number | null;
  mitigateMinutes: number | null;
  resolveMinutes: number | null;
  impactMinutes: number | null;
  totalMinutes: number | null;
  /** True when no entry says when impact started and the first timed entry stands in for it. */
  startInferred: boolean;
}

export function computeDurations(entries: TimelineEntry[]): Durations {
  const timed = entries.filter((e) => e.instant);
  const at = (milestone: Milestone) => timed.find((e) => e.milestone === milestone)?.instant?.toMillis();
  const explicitStart = at('started');
  const start = explicitStart ?? earliest(timed);
  const minutes = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined ? null : Math.round((to - from) / 60_000);
  const detected = at('detected');
  const last = latest(timed);
  return {
    // With no "impact started" entry, the first entry stands in for the start; if that entry is the detection
    // itself, the time to detect is unknown, not zero.
    detectMinutes: explicitStart === undefined && detected === start ? null : minutes(start, detected),
    acknowledgeMinutes: minutes(detected, at('acknowledged')),
    triageMinutes: minutes(start, at('triaged')),
    identifyMinutes: minutes(start, at('identified')),
    mitigateMinutes: minutes(start, at('mitigated')),
    resolveMinutes: minutes(start, at('resolved')),
    impactMinutes: minutes(start, at('resolved')),
    totalMinutes: timed.length > 1 ? minutes(start, last) : null,
    startInferred: explicitStart === undefined,
  };
}

function earliest(entries: TimelineEntry[]): number | undefined {
  return entries.reduce<number | undefined>((min, e) => Math.min(min ?? Infinity, e.instant!.toMillis()), undefined);
}

function latest(entries: TimelineEntry[]): number | undefined {
  return entries.reduce<number | undefined>((max, e) => Math.max(max ?? -Infinity, e.instant!.toMillis()), undefined);
}

/** The error budget of an SLO over its window, and what this incident's downtime did to it. */
export interface ErrorBudget {
  sloPercent: number;
  windowMinutes: number;
  budgetMinutes: number;
  downtimeMinutes: number | null;
  availabilityPercent: number | null;
  breached: boolean | null;
}

export function computeErrorBudget(slo: { targetPercent: number; windowDays: number }, durations: Durations): ErrorBudget {
  const windowMinutes = slo.windowDays * 24 * 60;
  const budgetMinutes = ((100 - slo.targetPercent) / 100) * windowMinutes;
  const downtime = durations.impactMinutes;
  return {
    sloPercent: slo.targetPercent,
    windowMinutes,
    budgetMinutes: Math.round(budgetMinutes * 100) / 100,
    downtimeMinutes: downtime,
    availabilityPercent: downtime === null ? null : Math.round((100 - (100 * downtime) / windowMinutes) * 10_000) / 10_000,
    breached: downtime === null ? null : downtime > budgetMinutes,
  };
}
