import { formatMinutesLike } from '../durationText';
import type { FigureKind } from '../statedFigures';
import { replaceWith, type Rule } from './rule';

export const FIGURE_NAMES: Record<FigureKind, string> = {
  detect: 'time to detect',
  acknowledge: 'time to acknowledge',
  triage: 'time to triage',
  identify: 'time to identify the root cause',
  mitigate: 'time to mitigate',
  resolve: 'time to resolve',
  impact: 'outage duration',
  total: 'time to full resolution',
};

export const statedDurationMismatch: Rule = {
  code: 'stated-duration-mismatch',
  defaultSeverity: 'warning',
  description: 'A duration the author wrote ("Time to acknowledge: 6 minutes") that the timeline contradicts.',
  check({ model }, report) {
    for (const figure of model.statedFigures) {
      if (figure.computedMinutes === null) continue;
      const approximate = /^\s*(~|≈|about|approx)/i.test(figure.text);
      const tolerance = Math.max(1, figure.computedMinutes * (approximate ? 0.1 : 0.02));
      if (Math.abs(figure.statedMinutes - figure.computedMinutes) <= tolerance) continue;
      const computed = formatMinutesLike(figure.computedMinutes, figure.text);
      report({
        start: figure.start,
        end: figure.end,
        message: `The ${FIGURE_NAMES[figure.kind]} is stated as ${figure.text}, but the timeline gives ${computed}: correct the figure (or the timeline).`,
        data: { replacement: computed, kind: figure.kind, fixes: [replaceWith(figure, computed, `Change to ${computed} (from the timeline)`)] },
      });
    }
  },
};
