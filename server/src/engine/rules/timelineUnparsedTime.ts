import { looksLikePlaceholder } from './placeholder';
import type { Rule } from './rule';

export const timelineUnparsedTime: Rule = {
  code: 'timeline-unparsed-time',
  defaultSeverity: 'warning',
  description: 'A timeline entry whose time cannot be read ("14:??", "--:--", "25:70"), so no duration can use it.',
  check({ model }, report) {
    for (const entry of model.timeline) {
      if (!entry.unreadable) continue;
      // A real date with a bad time is reported here; a bad date is date-invalid's; "HH:mm" is a placeholder.
      if (entry.stamp?.date && entry.stamp.invalid && !entry.stamp.time) continue;
      if (looksLikePlaceholder(entry.timeText)) continue;
      const shown = entry.timeText || '(no time)';
      report({
        start: entry.timeStart,
        end: Math.max(entry.timeEnd, entry.timeStart),
        message: `Time "${shown}" cannot be read: write it as HH:MM (24-hour, e.g. 14:05), or "~14:05" if approximate, so durations can use it.`,
      });
    }
  },
};
