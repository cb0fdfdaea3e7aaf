import { readTimestamp } from '../timestamps';
import type { Rule } from './rule';
import { matchesOf } from '../matches';

const SOME_ZONE_STATED = /\b(?:all\s+)?(?:times|timestamps|events)\s+(?:are\s+)?(?:(?:given|shown|documented)\s+)?in\s+[A-Z][\w/+-]*/i;

export const timezoneMissing: Rule = {
  code: 'timezone-missing',
  defaultSeverity: 'hint',
  description: 'Timeline times with no time zone, on the entries or for the document ("All times UTC").',
  check({ index, model }, report) {
    const timed = model.timeline.filter((entry) => entry.stamp?.time && !entry.unreadable);
    if (timed.length === 0 || model.timezone || timed.some((entry) => entry.stamp?.zone || entry.blockZone)) return;
    // "All times in UC/Pacific": a zone is stated, if not one that can be read; the author has done their part.
    const head = index.text.slice(0, 20_000);
    if (SOME_ZONE_STATED.test(head) || zoneBesideSomeTime(head, timed.map((entry) => entry.stamp!.time!))) return;
    const first = timed[0];
    report({
      start: first.timeStart,
      end: first.timeEnd,
      message: `The timeline's times state no time zone: say which ("All times UTC" under the heading, or "${first.timeText} UTC"), so readers in other zones and the computed durations read them right.`,
    });
  },
};

/**
 * "From around 16:10 BST on Friday, payments ...", "between 13:05 and 15:05 UTC": a zone the author wrote beside a time
 * of the incident's hours (within an hour of the timeline's), where no entry carries one, tells the reader the clock
 * (the first 200 times looked at). Not one in brackets ("08:55 (04:55 UTC)", "(17:14 UTC on their clock)"), another
 * clock than the times', nor one of other hours ("the vendor's maintenance at 02:00 UTC daily").
 */
function zoneBesideSomeTime(text: string, clocks: { hour: number; minute: number }[]): boolean {
  const minutes = clocks.map((clock) => clock.hour * 60 + clock.minute);
  const [earliest, latest] = [Math.min(...minutes) - 60, Math.max(...minutes) + 60];
  let looked = 0;
  for (const time of matchesOf(/(?<![\d:.])\d{1,2}[:.h]\d{2}(?![\d:.])/g, text)) {
    if (++looked > 200) return false;
    const lineBefore = text.slice(text.lastIndexOf('\n', time.index) + 1, time.index);
    if (lineBefore.lastIndexOf('(') > lineBefore.lastIndexOf(')')) continue;
    const stamp = readTimestamp(text.slice(time.index, time.index + 40));
    const at = stamp?.time && stamp.time.hour * 60 + stamp.time.minute;
    if (stamp?.zone && at !== undefined && at >= earliest && at <= latest) return true;
  }
  return false;
}
