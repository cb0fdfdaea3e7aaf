import type { Rule } from './rule';

export const timezoneMissing: Rule = {
  code: 'timezone-missing',
  defaultSeverity: 'hint',
  description: 'Timeline times with no time zone, on the entries or for the document ("All times UTC").',
  check({ model }, report) {
    const timed = model.timeline.filter((entry) => entry.stamp?.time && !entry.unreadable);
    if (timed.length === 0 || model.timezone || timed.some((entry) => entry.stamp?.zone || entry.tableZone)) return;
    const first = timed[0];
    report({
      start: first.timeStart,
      end: first.timeEnd,
      message: `The timeline's times state no time zone: say which ("All times UTC" under the heading, or "${first.timeText} UTC"), so readers in other zones and the computed durations read them right.`,
    });
  },
};
