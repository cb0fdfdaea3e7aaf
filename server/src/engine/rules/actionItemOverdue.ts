import { readDate } from '../timestamps';
import { dueDateOf, isOpen } from './actionItemPolicy';
import { compare } from './dateOrder';
import type { Rule } from './rule';

export const actionItemOverdue: Rule = {
  code: 'action-item-overdue',
  defaultSeverity: 'information',
  description: 'An action item past its due date and not done (relative to today).',
  check({ model, today }, report) {
    const todayDate = today ? readDate(today)?.date : undefined;
    if (!todayDate) return;
    for (const item of model.actionItems) {
      const due = dueDateOf(item, model.incidentDate);
      // "Jan. 15" in a document that names no year: this year's or the next, which nobody can say.
      if (!item.due || !due?.year || !isOpen(item)) continue;
      if (compare(due, todayDate) >= 0) continue;
      report({
        start: item.due.start,
        end: item.due.end,
        message: `Action item "${item.action.text}" was due ${item.due.text} and is ${item.status ? `still "${item.status.text}"` : 'not marked done'}: mark it done, or agree a new due date.`,
      });
    }
  },
};
