import { readDate, type CalendarDate } from '../timestamps';
import { dueDateOf, isOpen, weekEnd } from './actionItemPolicy';
import { compare } from './dateOrder';
import type { Rule } from './rule';

/** The last time a day written without its year came, when that was within the last two months, as a week's end. */
function recentlyPast(day: CalendarDate, today: CalendarDate): CalendarDate | undefined {
  const dated = weekEnd({ ...day, year: lastYearUpTo(day, today) });
  const daysAgo = (Date.UTC(today.year!, today.month - 1, today.day) - Date.UTC(dated.year!, dated.month - 1, dated.day)) / 86_400_000;
  return daysAgo <= RECENT_DAYS ? dated : undefined;
}

const RECENT_DAYS = 60;

/** The year of the last time the day came, up to `today` (the 29th of February: the last leap year's). */
function lastYearUpTo(day: CalendarDate, today: CalendarDate): number {
  let year = today.year! - (day.month > today.month || (day.month === today.month && day.day > today.day) ? 1 : 0);
  while (day.month === 2 && day.day === 29 && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1) year--;
  return year;
}

export const actionItemOverdue: Rule = {
  code: 'action-item-overdue',
  defaultSeverity: 'information',
  description: 'An action item past its due date and not done (relative to today).',
  check({ model, today }, report) {
    const todayDate = today ? readDate(today)?.date : undefined;
    if (!todayDate) return;
    // A document that names no year: its incident's day ("**Date:** 8 January") or its timeline's first ("### Tuesday
    // 3/10") is the last such day up to today, and a due date without a year is read from it as from a dated incident's.
    const day = model.incidentDate ?? model.timeline.map((e) => e.stamp?.date ?? e.contextDate).find((d) => d && !d.year);
    const incident = day && !day.year ? { ...day, year: lastYearUpTo(day, todayDate) } : day;
    for (const item of model.actionItems) {
      const written = dueDateOf(item, incident);
      // A status written in words we do not know ("Gereed", a team's own "Parked") may well say done: say nothing.
      if (!item.due || !written || !isOpen(item) || (item.status && !item.statusKind)) continue;
      // With no day of the incident either, only a recent day is known to be past ("by 04-Dec" read on the 5th); "31
      // December" read in June may be last year's or this year's.
      const due = written.year ? written : recentlyPast(written, todayDate);
      if (!due || compare(due, todayDate) >= 0) continue;
      report({
        start: item.due.start,
        end: item.due.end,
        message: `Action item "${item.action.text}" was due ${item.due.text} and is ${item.status ? `still "${item.status.text}"` : 'not marked done'}: mark it done, or agree a new due date.`,
      });
    }
  },
};
