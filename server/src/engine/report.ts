import type { Analysis } from './analyze';
import { milestonesOf, type ErrorBudget } from './milestones';
import { isoDateOf } from './timestamps';
import { severityField } from './rules/severity';

/** A diagnostic with 1-based lines and columns, as the CLI prints it. */
export interface ReportedDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

/**
 * The model as `postmortem analyze --format json` prints it: a stable contract for scripts (see README), with
 * 1-based lines and null where a value is unknown.
 */
export interface AnalysisReport {
  title: string | null;
  severity: string | null;
  incidentDate: string | null;
  timezone: string | null;
  sections: { kind: string; heading: string; line: number }[];
  timeline: { line: number; time: string; at: string | null; event: string; actor: string | null; milestone: string | null; milestones: string[]; approximate: boolean }[];
  durations: { detectMinutes: number | null; acknowledgeMinutes: number | null; mitigateMinutes: number | null; resolveMinutes: number | null; impactMinutes: number | null; totalMinutes: number | null };
  /** The kinds of `durations` that are the document's own statement, where the timeline cannot give the figure. */
  durationsStated: string[];
  statedFigures: { line: number; text: string; statedMinutes: number; computedMinutes: number | null }[];
  actionItems: { line: number; action: string; owner: string | null; priority: string | null; due: string | null; status: string | null }[];
  diagnostics: ReportedDiagnostic[];
  /** For the configured SLO (postmortem.slo): budget, downtime (the impact duration), availability, breach. */
  errorBudget: ErrorBudget;
}

export function toReport({ index, model, findings }: Analysis): AnalysisReport {
  const line = (offset: number) => index.lines.positionAt(offset).line + 1;
  const { detectMinutes, acknowledgeMinutes, mitigateMinutes, resolveMinutes, impactMinutes, totalMinutes } = model.durations;
  return {
    title: model.title?.text ?? null,
    severity: severityField(model)?.value ?? null,
    incidentDate: model.incidentDate ? isoDateOf(model.incidentDate) : null,
    timezone: model.timezone ?? null,
    sections: model.sections.map((s) => ({ kind: s.kind, heading: s.heading, line: line(s.nameStart) })),
    timeline: model.timeline.map((e) => ({
      line: line(e.start),
      time: e.timeText,
      // Only an instant on a known date is a real point in time.
      at: e.instant && e.dateKnown ? e.instant.toISO() : null,
      event: e.event,
      actor: e.actor ?? null,
      milestone: e.milestone ?? null,
      milestones: milestonesOf(e),
      approximate: e.approximate,
    })),
    durations: { detectMinutes, acknowledgeMinutes, mitigateMinutes, resolveMinutes, impactMinutes, totalMinutes },
    durationsStated: [...model.durations.stated],
    statedFigures: model.statedFigures.map((f) => ({ line: line(f.start), text: f.text, statedMinutes: f.statedMinutes, computedMinutes: f.computedMinutes })),
    actionItems: model.actionItems.map((i) => ({
      line: line(i.start),
      action: i.action.text,
      owner: i.owner?.text ?? null,
      priority: i.priority?.text ?? null,
      due: i.due?.text ?? null,
      status: i.status?.text ?? i.statusKind ?? null,
    })),
    diagnostics: toReportedDiagnostics({ index, model, findings }),
    errorBudget: model.errorBudget,
  };
}

export function toReportedDiagnostics({ index, findings }: Analysis): ReportedDiagnostic[] {
  return findings.map((f) => {
    const start = index.lines.positionAt(f.start);
    const end = index.lines.positionAt(f.end);
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: f.severity, code: f.code, message: f.message };
  });
}
