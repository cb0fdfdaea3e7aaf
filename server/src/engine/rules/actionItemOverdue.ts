import { readDate, type CalendarDate } from '../timestamps';
import { dueDateOf, isOpen } from './actionItemPolicy';
import { compare } from './dateOrder';
import type { Rule } from './rule';

/** The year that puts a day written without one nearest to `today`. */
function nearestYear(day: CalendarDate, today: CalendarDate): number {
  const year = today.year!;
  const at = (y: number) => Math.abs(Date.UTC(y, day.month - 1, day.day) - Date.UTC(year, today.month - 1, today.day));
  return [year - 1, year + 1].reduce((best, y) => (at(y) < at(best) ? y : best), year);
}

/** The year of the last time the day came, up to `today`. */
function lastYearUpTo(day: CalendarDate, today: CalendarDate): number {
  return today.year! - (day.month > today.month || (day.month === today.month && day.day > today.day) ? 1 : 0);
}

export const actionItemOverdue: Rule = {
  code: 'action-item-overdue',
  defaultSeverity: 'information',
  description: 'An action item past its due date and not done (relative to today).',
  check({ model, today }, report) {
    const todayDate = today ? readDate(today)?.date : undefined;
    if (!todayDate) return;
    // A document that names no year: its timeline's first day ("### Tuesday 3/10") is the last such day up to today,
    // and a due date without a year is read from it as from the incident's date.
    const firstDay = model.incidentDate ? undefined : model.timeline.map((e) => e.stamp?.date ?? e.contextDate).find((d) => d && !d.year);
    const incident = model.incidentDate ?? (firstDay && { ...firstDay, year: lastYearUpTo(firstDay, todayDate) });
    for (const item of model.actionItems) {
      const due = dueDateOf(item, incident);
      if (!item.due || !due || !isOpen(item)) continue;
      // With no day of the incident either, the year nearest today (a target set at a December review is next
      // January's; "by 04-Dec" read on the 5th was due yesterday).
      if (compare(due.year ? due : { ...due, year: nearestYear(due, todayDate) }, todayDate) >= 0) continue;
      report({
        start: item.due.start,
        end: item.due.end,
        message: `Action item "${item.action.text}" was due ${item.due.text} and is ${item.status ? `still "${item.status.text}"` : 'not marked done'}: mark it done, or agree a new due date.`,
      });
    }
  },
};
