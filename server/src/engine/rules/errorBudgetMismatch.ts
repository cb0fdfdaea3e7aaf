import { isEstimate } from '../milestones';
import type { BudgetClaim } from '../statedFigures';
import { replaceWith, type FixEdit, type Rule } from './rule';

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** What is wrong with one budget statement, and the edit that rights it (none when the text to rewrite was not found). */
export interface BudgetCorrection {
  part: 'budget' | 'breach' | 'availability';
  message: string;
  fix: FixEdit | undefined;
}

/**
 * The budget statement's first error, for its SLO window (the one it names, else the configured one) and a downtime
 * of `downtime` minutes (its own, or the incident's): the budget for its SLO, then the breach verdict, then the
 * availability.
 */
export function budgetCorrection(claim: BudgetClaim, downtime: number | null | undefined, configuredWindowDays: number): BudgetCorrection | undefined {
  const windowDays = claim.windowDays ?? configuredWindowDays;
  const windowMinutes = windowDays * 24 * 60;
  const budgetFor = (slo: number, days = windowDays) => (1 - slo / 100) * days * 24 * 60;
  const windowText = `${windowDays} days`;
  if (claim.sloPercent !== undefined && claim.budgetMinutes !== undefined) {
    const budget = budgetFor(claim.sloPercent);
    const off = (minutes: number) => Math.abs(minutes - claim.budgetMinutes!) > Math.max(0.05, minutes * 0.01);
    // A month's budget may be counted on an average month (99.95% of 30.44 days is 21.9 min) or a long one.
    const monthLengths = windowDays === 30 ? [30, 30.436875, 31] : [windowDays];
    if (monthLengths.every((days) => off(budgetFor(claim.sloPercent!, days)))) {
      const fix = claim.budgetAt ? replaceWith(claim.budgetAt, `${round(budget, 2)} min`, 'Correct the error budget') : undefined;
      return { part: 'budget', fix, message: `The error budget of ${claim.sloPercent}% over ${windowText} is ${round(budget, 2)} min, not ${claim.budgetMinutes} min: correct the figure.` };
    }
  }
  if (downtime === null || downtime === undefined) return undefined;
  if (claim.kind === 'breach' && claim.breached !== undefined && claim.sloPercent !== undefined) {
    const breached = downtime > budgetFor(claim.sloPercent);
    if (breached !== claim.breached) {
      const fix = claim.breachAt ? replaceWith(claim.breachAt, breached ? 'Yes' : 'No', `Say the SLA breach is ${breached ? 'Yes' : 'No'}`) : undefined;
      return { part: 'breach', fix, message: `${downtime} min of downtime ${breached ? 'exceeds' : 'is within'} the ${round(budgetFor(claim.sloPercent), 2)} min budget of ${claim.sloPercent}%: the SLA breach is "${breached ? 'Yes' : 'No'}".` };
    }
  }
  if (claim.kind === 'availability' && claim.availabilityPercent !== undefined) {
    const availability = (100 * (1 - downtime / windowMinutes)).toFixed(claim.availabilityDecimals);
    if (Number(availability) !== claim.availabilityPercent) {
      const stated = claim.availabilityPercent.toFixed(claim.availabilityDecimals);
      const fix = claim.availabilityAt ? replaceWith(claim.availabilityAt, availability, `Correct the availability to ${availability}%`) : undefined;
      return { part: 'availability', fix, message: `${downtime} min of downtime in ${windowText} is ${availability}% availability, not ${stated}%: correct the figure.` };
    }
  }
  return undefined;
}

export const errorBudgetMismatch: Rule = {
  code: 'error-budget-mismatch',
  defaultSeverity: 'warning',
  description: 'An error budget, availability or SLA-breach statement that does not add up for the stated SLO.',
  check({ model, settings }, report) {
    for (const claim of model.budgetClaims) {
      // Against the timeline's impact only when it is not an estimate: a warning must be right.
      const downtime = claim.downtimeMinutes ?? (isEstimate(model.durations, 'impact') ? null : model.durations.impactMinutes);
      const correction = budgetCorrection(claim, downtime, settings.slo.windowDays);
      if (correction) report({ start: claim.start, end: claim.end, message: correction.message, data: { part: correction.part, fixes: correction.fix ? [correction.fix] : [] } });
    }
  },
};
