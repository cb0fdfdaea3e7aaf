import { looksLikePlaceholder } from './placeholder';
import type { Rule } from './rule';

export const actionItemUnknownStatus: Rule = {
  code: 'action-item-unknown-status',
  defaultSeverity: 'information',
  description: 'An action-item status that is not a known one (Done, In Progress, Planned, Blocked, Cancelled).',
  check({ model }, report) {
    for (const item of model.actionItems) {
      if (!item.status || item.statusKind || looksLikePlaceholder(item.status.text)) continue;
      report({
        start: item.status.start,
        end: item.status.end,
        message: `Status "${item.status.text}" is not one we know: use Done, In Progress, Planned, Blocked or Cancelled (✅ ⏳ 📅 work too).`,
      });
    }
  },
};
