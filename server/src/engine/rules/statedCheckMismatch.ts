import { formatMinutes } from '../durationText';
import { meetsTarget } from '../statedFigures';
import { replaceWith, type Rule } from './rule';
import { FIGURE_NAMES } from './statedDurationMismatch';

export const statedCheckMismatch: Rule = {
  code: 'stated-check-mismatch',
  defaultSeverity: 'warning',
  description: 'A ✅ or ❌ that contradicts its own target ("6 minutes (target: <5 min) ✅").',
  check({ model }, report) {
    for (const figure of model.statedFigures) {
      if (!figure.target || !figure.check) continue;
      const met = meetsTarget(figure.statedMinutes, figure.target);
      if (met === figure.check.met) continue;
      const target = `${figure.target.operator}${formatMinutes(figure.target.minutes)}`;
      report({
        start: figure.check.start,
        end: figure.check.end,
        message: `${figure.check.met ? '✅' : '❌'} says the ${FIGURE_NAMES[figure.kind]} target (${target}) was ${figure.check.met ? 'met' : 'missed'}, but ${figure.text} ${met ? 'meets' : 'misses'} it: use ${met ? '✅' : '❌'}.`,
        data: { replacement: met ? '✅' : '❌', fixes: [replaceWith(figure.check, met ? '✅' : '❌', `Change to ${met ? '✅' : '❌'}`)] },
      });
    }
  },
};
