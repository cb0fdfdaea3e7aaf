import { priorityIn } from './actionItemPolicy';
import { looksLikePlaceholder } from './placeholder';
import type { Rule } from './rule';

export const actionItemUnknownPriority: Rule = {
  code: 'action-item-unknown-priority',
  defaultSeverity: 'warning',
  description: 'An action-item priority that is not one of `postmortem.priorities`.',
  check({ model, settings }, report) {
    // As written in the settings: found without a lower-case copy of each item's priority.
    const written = new Set(settings.priorities);
    for (const item of model.actionItems) {
      const priority = item.priority;
      if (!priority || written.has(priority.text) || priorityIn(priority.text, settings.priorities) || looksLikePlaceholder(priority.text)) continue;
      report({
        start: priority.start,
        end: priority.end,
        message: `Priority "${priority.text}" is not one of ${settings.priorities.join(', ')}: use one of those, or set postmortem.priorities.`,
      });
    }
  },
};
