import type { PostmortemModel } from '../model';
import type { TimelineEntry } from '../resolveTimeline';
import { MISTYPED_YEAR } from './dateInvalid';
import { looksLikePlaceholder } from './placeholder';
import type { Rule } from './rule';
import { offsetOutOfRange } from '../zoneNames';

/**
 * A clock time that did not come out: "14:??", "2X:XX", "--:--", "25:70", "9:3o pm". Other text in the time column
 * ("+10 minutes", "Jul 2024", "Between 2023-07-10 and 2023-07-16") is the author's way of placing the event, not a
 * broken time, and is left alone.
 */
const CLOCK_ATTEMPT = /[\d?xX]{1,2}\s*:\s*[\d?xX]{2}|-{1,2}\s*:\s*-{1,2}|\b\d{1,2}\s*[ap]\.?m\b/i;

/** The entries whose clock time was attempted but cannot be read. Figure fixes read this whatever the rule's severity. */
export function unparsedTimeEntries(model: PostmortemModel): TimelineEntry[] {
  // A bad date is date-invalid's to report ("2025-02-30", "20202-01-16 12:00"), and "HH:mm" is a placeholder.
  return model.timeline.filter((entry) => entry.unreadable && !entry.stamp?.invalidDate && !MISTYPED_YEAR.test(entry.timeText) && !looksLikePlaceholder(entry.timeText) && CLOCK_ATTEMPT.test(entry.timeText));
}

/** An entry saying its own time was not kept: "not logged", "time unknown", "estimate ~10:35". */
const TIME_SAID_UNKNOWN = /\b(?:not (?:logged|recorded|known|captured)|(?:time|exact time) (?:is )?unknown|unknown time|no (?:log|record|timestamp)|estimated?\s+~?\d)\b/i;

export const timelineUnparsedTime: Rule = {
  code: 'timeline-unparsed-time',
  defaultSeverity: 'warning',
  description: 'A timeline entry whose time cannot be read ("14:??", "--:--", "25:70"), so no duration can use it.',
  check({ model }, report) {
    for (const entry of unparsedTimeEntries(model)) {
      // "--:-- – Rollback complete on all sites (not logged; estimate ~10:35)": the author knows, and says why.
      if (TIME_SAID_UNKNOWN.test(entry.event)) continue;
      const shown = entry.timeText || '(no time)';
      const zone = entry.stamp?.zone;
      if (zone && offsetOutOfRange(zone)) {
        report({ start: entry.timeStart, end: Math.max(entry.timeEnd, entry.timeStart), message: `Time "${shown}": ${zone} is not a UTC offset (offsets run from UTC-12:00 to UTC+14:00), so the time cannot be placed: write the zone the time was read in (for example UTC+2).` });
        continue;
      }
      report({
        start: entry.timeStart,
        end: Math.max(entry.timeEnd, entry.timeStart),
        message: `Time "${shown}" cannot be read: write it as HH:MM or YYYY-MM-DD HH:MM (24-hour, e.g. 14:05), or "~14:05" if approximate, so durations can use it.`,
      });
    }
  },
};
