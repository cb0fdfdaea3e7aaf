import { looksLikePlaceholder } from './placeholder';
import type { Rule } from './rule';
import { isKnownLevel, severityField, severityLevels } from './severity';

export const severityUnknown: Rule = {
  code: 'severity-unknown',
  defaultSeverity: 'warning',
  description: 'The severity is not a level of the configured scale (`postmortem.severityScale`), or of any common scale while the default is kept.',
  check({ model, settings }, report) {
    const field = severityField(model, settings.severityScale);
    if (!field || looksLikePlaceholder(field.value) || severityLevels(field.value, settings.severityScale).length > 0) return;
    // "Critical (SEV1)" names a level of the scale too.
    if (isKnownLevel(field.value, settings.severityScale) || field.value.split(/[():,]+/).some((part) => isKnownLevel(part, settings.severityScale))) return;
    report({
      start: field.valueStart,
      end: field.valueEnd,
      message: `Severity "${field.value}" is not on the scale (${settings.severityScale.join(', ')}): use one of those, or set postmortem.severityScale.`,
      data: { scale: settings.severityScale },
    });
  },
};
