import { looksLikePlaceholder } from './placeholder';
import type { Rule } from './rule';

export const actionItemUnknownPriority: Rule = {
  code: 'action-item-unknown-priority',
  defaultSeverity: 'warning',
  description: 'An action-item priority that is not one of `postmortem.priorities`.',
  check({ model, settings }, report) {
    const known = new Set(settings.priorities.map((p) => p.toLowerCase()));
    // As written in the settings: found without a lower-case copy of each item's priority.
    const written = new Set(settings.priorities);
    for (const item of model.actionItems) {
      const priority = item.priority;
      if (!priority || written.has(priority.text) || known.has(priority.text.toLowerCase()) || looksLikePlaceholder(priority.text)) continue;
      report({
        start: priority.start,
        end: priority.end,
        message: `Priority "${priority.text}" is not one of ${settings.priorities.join(', ')}: use one of those, or set postmortem.priorities.`,
      });
    }
  },
};
