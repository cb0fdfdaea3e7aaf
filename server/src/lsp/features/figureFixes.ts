import type { KeptAnalysis } from '../keptAnalysis';
import { durationMinutes } from '../../engine/durationText';
import { isEstimate, landmarksOf } from '../../engine/milestones';
import type { PostmortemModel } from '../../engine/model';
import { budgetCorrection } from '../../engine/rules/errorBudgetMismatch';
import type { FixEdit, Finding } from '../../engine/rules/rule';
import { FIGURE_NAMES, figureTextLike } from '../../engine/rules/statedDurationMismatch';
import { outOfOrderEntries } from '../../engine/rules/timelineOutOfOrder';
import { unparsedTimeEntries } from '../../engine/rules/timelineUnparsedTime';
import { meetsTarget, readingsOf, toleranceOf, type BudgetClaim, type StatedFigure } from '../../engine/statedFigures';

/** The findings whose fixes rewrite a figure the author stated: what fix-all and Update Computed Figures apply. */
export const FIGURE_CODES = new Set(['stated-duration-mismatch', 'stated-check-mismatch', 'error-budget-mismatch']);

/** Longer than a month, a figure is a misreading (a lead-up event, a wrong year), never one to write. */
const LONGEST_MINUTES = 31 * 24 * 60;
/** Only these may be zero: a detection or an acknowledgement in the same minute. An outage of 0 minutes is a misreading. */
const ZERO_ALLOWED = new Set<StatedFigure['kind']>(['detect', 'acknowledge']);

/** One finding's fix: the edits that right it, or why it is left alone. */
export type FigureFix = { title: string; edits: FixEdit[] } | { reason: string };

export interface LeftAlone {
  code: string;
  start: number;
  end: number;
  /** 1-based line of the figure. */
  line: number;
  text: string;
  reason: string;
}

export interface FigurePlan {
  /** Per figure finding (`findingKey`), what its quick fix does. */
  byFinding: Map<string, FigureFix>;
  /** Every edit fix-all and Update Computed Figures apply: sorted, non-overlapping. */
  edits: FixEdit[];
  /** The reported figures they leave alone, and why, in document order. */
  leftAlone: LeftAlone[];
  /** Why no figure may be rewritten from the timeline, when it cannot be trusted (even if no figure is reported). */
  timelineDoubt: string | undefined;
}

export const findingKey = (f: { code: string | number | undefined; start: number; end: number }) => `${f.code}@${f.start}-${f.end}`;

/**
 * What may be rewritten among the figures the rules report, so that a fix never makes a document worse: a figure
 * changes only when the timeline it is counted from can be trusted (times readable and in order, milestones stated
 * plainly, a sane value) and no defensible reading gives the figure as written; a ✅/❌ follows the figure's final
 * value, and an error-budget verdict the downtime it will have. Everything else is left alone, with the reason. The
 * result is a fixed point: applied, the document's figures plan no further edit (test/unit/figureFixes.test.ts).
 */
export function planFigureFixes({ index, model, findings }: KeptAnalysis): FigurePlan {
  const lineOf = (offset: number) => index.lines.positionAt(offset).line + 1;
  const reported = new Map(findings.filter((f) => FIGURE_CODES.has(f.code)).map((f) => [findingKey(f), f]));
  const findingAt = (code: string, range: { start: number; end: number }) => reported.get(findingKey({ code, ...range }));
  const byFinding = new Map<string, FigureFix>();
  const leftAlone: LeftAlone[] = [];
  const refuse = (finding: Finding | undefined, reason: string) => {
    if (!finding) return;
    byFinding.set(findingKey(finding), { reason });
    leftAlone.push({ code: finding.code, start: finding.start, end: finding.end, line: lineOf(finding.start), text: index.text.slice(finding.start, finding.end), reason });
  };
  const doubt = timelineDoubt(model, lineOf);

  // Stated durations first: what each figure will read once fixed decides its ✅/❌ and the budget lines.
  const rewritten = new Map<StatedFigure, { minutes: number; edits: FixEdit[]; title: string }>();
  const inQuestion = new Map<StatedFigure, string>();
  for (const figure of model.statedFigures) {
    const finding = findingAt('stated-duration-mismatch', figure);
    if (!finding) continue;
    const fix = durationFix(figure, doubt);
    if ('reason' in fix) {
      inQuestion.set(figure, fix.reason);
      refuse(finding, fix.reason);
      continue;
    }
    const edit = { title: `Change to ${fix.text} (from the timeline)`, start: figure.start, end: figure.end, newText: fix.text };
    rewritten.set(figure, { minutes: fix.minutes, edits: [edit], title: edit.title });
  }

  // ✅/❌: judged against the figure as it will read.
  for (const figure of model.statedFigures) {
    if (!figure.target || !figure.check) continue;
    const finding = findingAt('stated-check-mismatch', figure.check);
    const question = inQuestion.get(figure);
    if (question !== undefined) {
      refuse(finding, `its figure "${figure.text}" is itself left alone (${question})`);
      continue;
    }
    const fixed = rewritten.get(figure);
    const met = meetsTarget(fixed?.minutes ?? figure.statedMinutes, figure.target);
    if (met !== figure.check.met && (finding || fixed)) {
      const mark = met ? '✅' : '❌';
      const edit = { title: `Change to ${mark}`, start: figure.check.start, end: figure.check.end, newText: mark };
      if (fixed) {
        fixed.edits.push(edit);
        fixed.title += ` and ${figure.check.met ? '✅' : '❌'} to ${mark}`;
      }
      if (finding) byFinding.set(findingKey(finding), fixed ?? { title: edit.title, edits: [edit] });
    } else if (finding && fixed) byFinding.set(findingKey(finding), fixed);
  }
  for (const figure of rewritten.keys()) {
    const finding = findingAt('stated-duration-mismatch', figure)!;
    byFinding.set(findingKey(finding), rewritten.get(figure)!);
  }

  // Budget, availability and SLA-breach statements, on the downtime they will have.
  const windowDays = model.errorBudget.windowMinutes / (24 * 60);
  const budgetEdits: FixEdit[] = [];
  for (const claim of model.budgetClaims) {
    const finding = findingAt('error-budget-mismatch', claim);
    const own = ownDowntime(claim, model.statedFigures);
    if (own && inQuestion.has(own)) {
      refuse(finding, `its downtime "${own.text}" is itself left alone (${inQuestion.get(own)})`);
      continue;
    }
    const ownFixed = own ? rewritten.get(own) : undefined;
    const downtime = ownFixed?.minutes ?? claim.downtimeMinutes ?? model.durations.impactMinutes;
    const correction = budgetCorrection(claim, downtime, windowDays);
    if (!correction) {
      // Right once its downtime is corrected.
      if (finding && ownFixed) byFinding.set(findingKey(finding), ownFixed);
      continue;
    }
    // Not reported (the rule is off) and no consequence of another fix: not ours to touch.
    if (!finding && !ownFixed) continue;
    const reason = budgetDoubt(claim, correction, downtime, doubt, model, windowDays, lineOf);
    if (reason) {
      refuse(finding, reason);
      continue;
    }
    budgetEdits.push(correction.fix!);
    if (finding) byFinding.set(findingKey(finding), { title: correction.fix!.title, edits: [correction.fix!] });
  }

  const all = [...[...rewritten.values()].flatMap((f) => f.edits), ...budgetEdits].sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: FixEdit[] = [];
  for (const edit of all) {
    const last = edits.at(-1);
    if (last && edit.start < last.end) continue;
    if (last && last.start === edit.start && last.end === edit.end) continue;
    edits.push(edit);
  }
  leftAlone.sort((a, b) => a.start - b.start);
  return { byFinding, edits, leftAlone, timelineDoubt: doubt };
}

/** Why the timeline cannot be trusted to rewrite figures from, if it cannot: a time out of order or unreadable. */
function timelineDoubt(model: PostmortemModel, lineOf: (offset: number) => number): string | undefined {
  const [disorder] = outOfOrderEntries(model);
  if (disorder) return `the timeline is out of order (${disorder.entry.timeText} on line ${lineOf(disorder.entry.timeStart)} comes after ${disorder.previous.timeText}): correct the timeline first`;
  const [unread] = unparsedTimeEntries(model);
  if (unread) return `a timeline time cannot be read ("${unread.timeText}" on line ${lineOf(unread.timeStart)}): correct the timeline first`;
  // The author's own window of impact ("from 14:00-14:30") is the document's word on when it began and ended: a
  // timeline that gives no reading of it has a time typed wrong in order (14:30 typed 15:00) as often as not.
  const window = model.statedFigures.find((f) => f.form === 'range' && f.readings.length > 0 && !f.readings.some((r) => Math.abs(r.minutes - f.statedMinutes) <= toleranceOf(f)));
  if (window) return `the timeline does not agree with the window the document states ("${window.text}" on line ${lineOf(window.start)}): correct the timeline or the window first`;
  return undefined;
}

/** The figure's new value and text, or why it keeps the author's. */
function durationFix(figure: StatedFigure, doubt: string | undefined): { minutes: number; text: string } | { reason: string } {
  if (doubt) return { reason: doubt };
  if (figure.form === 'range') return { reason: 'it is a window of times, which the timeline is read against' };
  if (!figure.confident) {
    return { reason: figure.computedMinutes === null ? 'no entry marks the milestones it is counted between, so the timeline gives no figure to write' : 'the milestones it is counted from are not stated plainly' };
  }
  const minutes = figure.computedMinutes;
  if (minutes === null || !Number.isInteger(minutes) || minutes < 0 || minutes > LONGEST_MINUTES) return { reason: 'the timeline gives no sane value for it' };
  if (minutes === 0 && !ZERO_ALLOWED.has(figure.kind)) return { reason: `the timeline gives 0 minutes, which is no ${FIGURE_NAMES[figure.kind]}` };
  const tolerance = toleranceOf(figure);
  const supported = figure.readings.find((r) => Math.abs(r.minutes - figure.statedMinutes) <= tolerance);
  if (supported) return { reason: `a defensible reading gives it (${supported.from.timeText} to ${supported.to.timeText})` };
  if (!/\d/.test(figure.text)) return { reason: 'it is written in words: rewrite the sentence by hand' };
  const text = figureTextLike(minutes, figure.text);
  const reread = text === undefined ? undefined : durationMinutes(text);
  if (text === undefined || reread === undefined || text.includes('-') || Math.abs(reread - minutes) > toleranceOf({ ...figure, text, statedMinutes: reread })) {
    return { reason: `${minutes} minutes cannot be written the way "${figure.text}" is written` };
  }
  return { minutes, text };
}

/** The stated figure a budget line gives its own downtime with ("99.93% (30 min downtime)"), if one was read. */
function ownDowntime(claim: BudgetClaim, figures: StatedFigure[]): StatedFigure | undefined {
  if (claim.downtimeMinutes === undefined) return undefined;
  return figures.find((f) => f.start >= claim.start && f.end <= claim.end && f.statedMinutes === claim.downtimeMinutes);
}

/** Why a budget statement's correction is not applied: its verdict rests on a timeline that cannot be trusted. */
function budgetDoubt(
  claim: BudgetClaim,
  correction: NonNullable<ReturnType<typeof budgetCorrection>>,
  downtime: number | null | undefined,
  doubt: string | undefined,
  model: PostmortemModel,
  windowDays: number,
  lineOf: (offset: number) => number,
): string | undefined {
  if (!correction.fix) return 'the text to rewrite was not found';
  if (correction.part === 'availability' && /^100(?:\.0*)?$/.test(correction.fix.newText) && (downtime ?? 0) > 0) {
    return 'the availability rounds to 100% at the precision written: write it with more decimals';
  }
  // The budget for an SLO is arithmetic, and a downtime the line states is the author's own: neither needs the timeline.
  if (correction.part === 'budget' || claim.downtimeMinutes !== undefined || model.durations.stated.includes('impact')) return undefined;
  if (doubt) return doubt;
  const basis = model.durations.basis.impact;
  if (!basis || model.durations.startUnknown) return 'the timeline does not state when the impact began and ended';
  if (isEstimate(model.durations, 'impact')) return 'the impact rests on weak wording or an approximate time';
  const supporting = readingsOf('impact', landmarksOf(model.incidentTimeline)).find((r) => r.minutes <= LONGEST_MINUTES && !budgetCorrection(claim, r.minutes, windowDays));
  if (supporting) return `a defensible reading of the impact gives it (${supporting.minutes} min, ${supporting.from.timeText} on line ${lineOf(supporting.from.timeStart)} to ${supporting.to.timeText})`;
  return undefined;
}
