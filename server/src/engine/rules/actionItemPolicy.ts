import type { ActionItem } from '../actionItems';
import type { CalendarDate } from '../timestamps';

/** Still to be done: a finished or dropped item needs no owner or due date, and cannot be overdue. */
export function isOpen(item: ActionItem): boolean {
  return item.statusKind !== 'done' && item.statusKind !== 'cancelled';
}

/**
 * When an item is due: a date written without its year ("due Jan 9") is its first day on or after the incident (a
 * follow-up of a November incident due in January is due the next year); with no incident year, as written.
 */
export function dueDateOf(item: ActionItem, incident: CalendarDate | undefined): CalendarDate | undefined {
  const due = item.dueDate;
  if (!due || due.year || !incident?.year) return due;
  const later = due.month > incident.month || (due.month === incident.month && due.day >= incident.day);
  return { ...due, year: later ? incident.year : incident.year + 1 };
}

/** Whether a requirement configured per priority applies to an item: an empty list means every item. */
export function requiredFor(item: ActionItem, priorities: readonly string[]): boolean {
  if (priorities.length === 0) return true;
  const priority = item.priority?.text.toLowerCase();
  return priority !== undefined && priorities.some((p) => p.toLowerCase() === priority);
}
