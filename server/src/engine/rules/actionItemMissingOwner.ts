import type { Rule } from './rule';
import { isOpen, requiredFor } from './actionItemPolicy';

export const actionItemMissingOwner: Rule = {
  code: 'action-item-missing-owner',
  defaultSeverity: 'warning',
  description: 'An open action item nobody owns: the most common reason follow-ups never happen.',
  check({ model, settings }, report) {
    for (const item of model.actionItems) {
      if (item.owner || !isOpen(item) || !requiredFor(item, settings.ownerRequiredFor)) continue;
      report({
        start: item.action.start,
        end: item.action.end,
        message: `Action item "${item.action.text}" has no owner: ${item.ownerUnfilled ? `replace "${item.ownerUnfilled.text}"` : item.hasOwnerColumn ? 'fill in its Owner cell' : 'add "Owner: <name>"'} with the person or team who will do it.`,
        data: { form: item.form, hasOwnerColumn: item.hasOwnerColumn, item: item.action.text },
      });
    }
  },
};
