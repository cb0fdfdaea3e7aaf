import type { HeaderFieldName } from '../headerFields';
import { MILESTONE_FIELDS } from '../model';
import { FIRST_PLAUSIBLE_YEAR, implausibleYear, readDate, readTimestamp, type CalendarDate } from '../timestamps';
import type { Rule } from './rule';

/** Header fields that state when a milestone happened ("Detected: 2024-03-03 14:06 UTC"). */
const MILESTONE_FIELD_NAMES = new Set<HeaderFieldName>(MILESTONE_FIELDS.map(([name]) => name));

/** "20202-01-16": a date whose year has a digit too many. */
export const MISTYPED_YEAR = /^\s*\d{5,}-\d{1,2}-\d{1,2}\b|^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{5,}\b/;

export const dateInvalid: Rule = {
  code: 'date-invalid',
  defaultSeverity: 'error',
  description: 'A date that does not exist (2025-13-45, February 30) or has a year before 1000 (0001-10-26) in the header (its date and milestone fields), the timeline (its entries and the dates that date them) or an action item.',
  check({ model }, report) {
    const message = (text: string, date?: CalendarDate) =>
      implausibleYear(date)
        ? `"${text}" has no plausible year (before ${FIRST_PLAUSIBLE_YEAR}): write the date as YYYY-MM-DD with its full year (for example 2025-10-26).`
        : `"${text}" is not a real date: write it as YYYY-MM-DD (for example 2025-10-26).`;
    for (const field of model.header) {
      if (field.name === 'incidentDate' || field.name === 'postmortemDate') {
        const read = readDate(field.value);
        if (read?.invalid) report({ start: field.valueStart, end: field.valueEnd, message: message(field.value, read.date) });
      } else if (MILESTONE_FIELD_NAMES.has(field.name)) {
        // "Started At: 2024-02-30 14:00": the date part (a bad time alone is no date's fault).
        const stamp = readTimestamp(field.value);
        if (stamp?.invalidDate) report({ start: field.valueStart, end: field.valueEnd, message: message(field.value, stamp.date) });
      }
    }
    // "31.06.2019" over the day's entries: reported once, where it is written (its entries have no instant).
    for (const written of model.unrealTimelineDates) report({ start: written.start, end: written.end, message: message(written.text, written.date) });
    for (const entry of model.timeline) {
      // "20202-01-16 12:00": a date with a mistyped year is no date at all to the reader of times.
      const mistypedYear = !entry.stamp && MISTYPED_YEAR.exec(entry.timeText)?.[0];
      if (entry.stamp?.invalidDate || mistypedYear) {
        report({ start: entry.timeStart, end: mistypedYear ? entry.timeStart + mistypedYear.length : entry.timeEnd, message: message(mistypedYear || entry.timeText, mistypedYear ? undefined : entry.stamp?.date) });
      }
    }
    for (const item of model.actionItems) {
      if (item.dueInvalid && item.due) report({ start: item.due.start, end: item.due.end, message: message(item.due.text, readDate(item.due.text)?.date) });
    }
  },
};
