import { replaceWith, type Rule } from './rule';
import { severityField, severityLevels } from './severity';

export const severityUnchosen: Rule = {
  code: 'severity-unchosen',
  defaultSeverity: 'warning',
  description: 'The severity still lists the template\'s choices ("SEV1 / SEV2 / SEV3") instead of one.',
  check({ model, settings }, report) {
    const field = severityField(model, settings.severityScale);
    if (!field) return;
    const levels = severityLevels(field.value, settings.severityScale);
    if (levels.length < 2) return;
    report({
      start: field.valueStart,
      end: field.valueEnd,
      message: `Severity "${field.value}" lists ${levels.length} levels: keep the one this incident had (for example "${levels[0]}").`,
      data: { choices: levels, fixes: levels.map((level) => replaceWith({ start: field.valueStart, end: field.valueEnd }, level, `Set severity to ${level}`)) },
    });
  },
};
