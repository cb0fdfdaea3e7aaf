import { replaceWith, type Rule } from './rule';

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

export const errorBudgetMismatch: Rule = {
  code: 'error-budget-mismatch',
  defaultSeverity: 'warning',
  description: 'An error budget, availability or SLA-breach statement that does not add up for the stated SLO.',
  check({ model, settings }, report) {
    const windowMinutes = settings.slo.windowDays * 24 * 60;
    const budgetFor = (slo: number) => (1 - slo / 100) * windowMinutes;
    const windowText = `${settings.slo.windowDays} days`;
    for (const claim of model.budgetClaims) {
      const range = { start: claim.start, end: claim.end };
      if (claim.sloPercent !== undefined && claim.budgetMinutes !== undefined) {
        const budget = budgetFor(claim.sloPercent);
        if (Math.abs(budget - claim.budgetMinutes) > Math.max(0.05, budget * 0.01)) {
          const fixes = claim.budgetAt ? [replaceWith(claim.budgetAt, `${round(budget, 2)} min`, 'Correct the error budget')] : [];
          report({ ...range, message: `The error budget of ${claim.sloPercent}% over ${windowText} is ${round(budget, 2)} min, not ${claim.budgetMinutes} min: correct the figure.`, data: { fixes } });
          continue;
        }
      }
      if (claim.kind === 'breach' && claim.breached !== undefined && claim.sloPercent !== undefined) {
        const downtime = claim.downtimeMinutes ?? model.durations.impactMinutes;
        if (downtime === null || downtime === undefined) continue;
        const breached = downtime > budgetFor(claim.sloPercent);
        if (breached !== claim.breached) {
          const fixes = claim.breachAt ? [replaceWith(claim.breachAt, breached ? 'Yes' : 'No', `Say the SLA breach is ${breached ? 'Yes' : 'No'}`)] : [];
          report({ ...range, message: `${downtime} min of downtime ${breached ? 'exceeds' : 'is within'} the ${round(budgetFor(claim.sloPercent), 2)} min budget of ${claim.sloPercent}%: the SLA breach is "${breached ? 'Yes' : 'No'}".`, data: { fixes } });
        }
      }
      if (claim.kind === 'availability' && claim.availabilityPercent !== undefined) {
        const downtime = claim.downtimeMinutes ?? model.durations.impactMinutes;
        if (downtime === null || downtime === undefined) continue;
        const availability = (100 * (1 - downtime / windowMinutes)).toFixed(claim.availabilityDecimals);
        if (Number(availability) !== claim.availabilityPercent) {
          const stated = claim.availabilityPercent.toFixed(claim.availabilityDecimals);
          const fixes = claim.availabilityAt ? [replaceWith(claim.availabilityAt, availability, `Correct the availability to ${availability}%`)] : [];
          report({ ...range, message: `${downtime} min of downtime in ${windowText} is ${availability}% availability, not ${stated}%: correct the figure.`, data: { fixes } });
        }
      }
    }
  },
};
