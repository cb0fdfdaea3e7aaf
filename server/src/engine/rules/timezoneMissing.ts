import type { Rule } from './rule';

const SOME_ZONE_STATED = /\b(?:all\s+)?(?:times|timestamps|events)\s+(?:are\s+)?(?:(?:given|shown|documented)\s+)?in\s+[A-Z][\w/+-]*/i;

export const timezoneMissing: Rule = {
  code: 'timezone-missing',
  defaultSeverity: 'hint',
  description: 'Timeline times with no time zone, on the entries or for the document ("All times UTC").',
  check({ index, model }, report) {
    const timed = model.timeline.filter((entry) => entry.stamp?.time && !entry.unreadable);
    if (timed.length === 0 || model.timezone || timed.some((entry) => entry.stamp?.zone || entry.blockZone)) return;
    // "All times in UC/Pacific": a zone is stated, if not one that can be read; the author has done their part.
    if (SOME_ZONE_STATED.test(index.text.slice(0, 20_000))) return;
    const first = timed[0];
    report({
      start: first.timeStart,
      end: first.timeEnd,
      message: `The timeline's times state no time zone: say which ("All times UTC" under the heading, or "${first.timeText} UTC"), so readers in other zones and the computed durations read them right.`,
    });
  },
};
