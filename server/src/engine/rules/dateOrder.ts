import { isoDateOf, readDate, type CalendarDate } from '../timestamps';
import { dueDateOf } from './actionItemPolicy';
import type { Rule } from './rule';

export const dateOrder: Rule = {
  code: 'date-order',
  defaultSeverity: 'warning',
  description: 'A date before the incident: the post-mortem date, or an action item\'s due date.',
  check({ model }, report) {
    const incident = model.incidentDate;
    if (!incident?.year) return;
    const incidentText = isoDateOf(incident);
    const postmortem = model.header.find((f) => f.name === 'postmortemDate');
    const postmortemDate = postmortem ? readDate(postmortem.value) : undefined;
    if (postmortem && postmortemDate?.date && !postmortemDate.invalid && compare(postmortemDate.date, incident) < 0) {
      report({
        start: postmortem.valueStart,
        end: postmortem.valueEnd,
        message: `The post-mortem is dated ${postmortem.value}, before the incident (${incidentText}): correct one of the two dates.`,
      });
    }
    for (const item of model.actionItems) {
      const due = dueDateOf(item, incident);
      // A period's end before the incident ("Q3 2026") may be a fiscal quarter's: not said to be wrong.
      if (!item.due || !due || due.periodEnd || compare(due, incident) >= 0) continue;
      report({
        start: item.due.start,
        end: item.due.end,
        message: `Action item "${item.action.text}" is due ${item.due.text}, before the incident (${incidentText}): set a due date after it.`,
      });
    }
  },
};

/** Compares calendar dates; a date without a year takes the other's year. */
export function compare(a: CalendarDate, b: CalendarDate): number {
  return (a.year ?? b.year ?? 0) - (b.year ?? a.year ?? 0) || a.month - b.month || a.day - b.day;
}
