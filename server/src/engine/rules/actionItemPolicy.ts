import type { ActionItem } from '../actionItems';

/** Still to be done: a finished or dropped item needs no owner or due date, and cannot be overdue. */
export function isOpen(item: ActionItem): boolean {
  return item.statusKind !== 'done' && item.statusKind !== 'cancelled';
}

/** Whether a requirement configured per priority applies to an item: an empty list means every item. */
export function requiredFor(item: ActionItem, priorities: readonly string[]): boolean {
  if (priorities.length === 0) return true;
  const priority = item.priority?.text.toLowerCase();
  return priority !== undefined && priorities.some((p) => p.toLowerCase() === priority);
}
