import type { Rule } from './rule';
import { isOpen, requiredFor } from './actionItemPolicy';

export const actionItemMissingDueDate: Rule = {
  code: 'action-item-missing-due-date',
  defaultSeverity: 'information',
  description: 'An open action item with no due date.',
  check({ model, settings }, report) {
    for (const item of model.actionItems) {
      if (item.due || !isOpen(item) || !requiredFor(item, settings.dueDateRequiredFor)) continue;
      report({
        start: item.action.start,
        end: item.action.end,
        message: `Action item "${item.action.text}" has no due date: ${item.dueUnfilled ? `replace "${item.dueUnfilled.text}" with a date` : item.hasDueColumn ? 'fill in its Due Date cell' : 'add "due YYYY-MM-DD"'} so progress can be checked.`,
        data: { form: item.form, hasDueColumn: item.hasDueColumn, item: item.action.text },
      });
    }
  },
};
