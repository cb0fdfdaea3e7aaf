import { DURATION_PARTS, durationMinutes } from './durationText';
import type { DurationKind } from './milestones';
import { windowIn } from './statedWindow';

/** A duration written in a sentence: "the outage lasted 47 minutes", "went unnoticed for 3 hours". */
export interface ProseFigure {
  kind: DurationKind;
  /** A duration, or a window written as its two ends. */
  form: 'prose' | 'range';
  /** The duration as written ("47 minutes", "about an hour", "two days") and its offsets in the line. */
  text: string;
  start: number;
  end: number;
  minutes: number;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90,
};
const MINUTES_PER_UNIT: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080 };

const HEDGE = String.raw`(?:(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|just over|more than|less than|under|some|\\?~|≈|<)\s*)?`;
// "47 minutes", "1h 5m", "~2 weeks", "about an hour", "two days", "half an hour", "a day and a half", "98 minute".
const AMOUNT = String.raw`(${HEDGE}(?:half an hour|a day and a half|(?:${Object.keys(WORD_NUMBERS).join('|')})[ -](?:minutes?|hours?|days?|weeks?)|\d+-(?:minute|hour|day|week)\b|\d+(?:\.\d+)?\s*(?:weeks?|w)\b|${DURATION_PARTS}))`;

/** Sentence shapes that state a figure, by the kind they state; AMOUNT is their first capture group. */
const SHAPES: [RegExp, DurationKind, RegExp][] = [
  // Each with a cheap word its sentence must hold, tested before the shape itself.
  [new RegExp(String.raw`\b(?:lasted|lasting|lasts)\s+(?:for\s+)?${AMOUNT}`, 'gi'), 'impact', /\blast/i],
  [new RegExp(String.raw`\b(?:unavailable|down|offline|unreachable|degraded|disrupted|impacted|affected|halted|broken|existed|persisted|was around|exposed[^.]{0,60}?)\s+for\s+(?:a period of\s+)?${AMOUNT}`, 'gi'), 'impact', /\sfor\s/i],
  [new RegExp(String.raw`\b(?:a|an)\s+${AMOUNT}(?:-|\s)(?:long\s+)?(?:outage|disruption|service disruption|downtime|cascading failure|failure|incident|partial outage)\b`, 'gi'), 'impact', /outage|disruption|downtime|failure|incident/i],
  [new RegExp(String.raw`${AMOUNT}\s+of\s+(?:total\s+|partial\s+)?(?:downtime|outage|disruption|partial availability|unavailability)\b`, 'gi'), 'impact', /\bof\s+(?:total\s+|partial\s+)?(?:downtime|outage|disruption|partial availability|unavailability)\b/i],
  [new RegExp(String.raw`\b(?:undetected|unnoticed|(?:not|n't|never) (?:noticed|detected))(?:\s+by\s+\w+)?\s+for\s+${AMOUNT}`, 'gi'), 'detect', /notice|detect/i],
  [new RegExp(String.raw`\b(?:first )?(?:reported|noticed|detected|discovered)\s+${AMOUNT}\s+(?:after|later)\b`, 'gi'), 'detect', /after|later/i],
  [new RegExp(String.raw`\b(?:detection delay|delay in detection)\s*(?:of\s+)?[:(]?\s*${AMOUNT}`, 'gi'), 'detect', /detection/i],
  [new RegExp(String.raw`${AMOUNT}[- ]detection delay\b`, 'gi'), 'detect', /detection delay/i],
  [new RegExp(String.raw`\btook\s+(?:us\s+)?${AMOUNT}\s+to\s+(?:\w+\s+)?(?:resolve|fix|recover|restore)\b`, 'gi'), 'resolve', /\btook\b/i],
  [new RegExp(String.raw`\btook\s+(?:us\s+)?${AMOUNT}\s+to\s+(?:\w+\s+)?identify\b`, 'gi'), 'identify', /\btook\b/i],
  // "restored broken builds in <1hr", not "could have been solved in 4.5 hours".
  [new RegExp(String.raw`\b(?:restored?|resolved?|recover(?:ed)?|fixed)\b(?:(?!\b(?:could|would|should|might)\b)[^.]){0,40}?\bin\s+${AMOUNT}`, 'gi'), 'resolve', /restor|resolv|recover|fixed/i],
  // "- **October 21** (103 minutes): Redis overload": one outage of a list, with its length.
  [new RegExp(String.raw`^\W*(?:\*\*|__)?[^*_()]{3,40}?(?:\*\*|__)?\s*\(${AMOUNT}\)\s*:`, 'gi'), 'impact', /\):/],
];

/** "Nine hours after the incident started, ... identified the cause": a figure told from the start, by its verb. */
const AFTER_START = new RegExp(String.raw`${AMOUNT}\s+after\s+(?:the\s+)?(?:issue|incident|outage|problem|it)\s+(?:arose|started|began|occurred|happened)`, 'gi');
const AFTER_START_VERBS: [RegExp, DurationKind][] = [
  [/\bidentif(?:ied|y)\b|\broot cause\b/i, 'identify'],
  [/\b(?:detected|noticed|reported|discovered)\b/i, 'detect'],
  [/\b(?:restored|resolved|recovered)\b/i, 'resolve'],
];

/** The figures a line of prose states; none for a duration of something else ("a 5 minute TTL", "every 10 minutes"). */
export function proseFigures(line: string): ProseFigure[] {
  const found: ProseFigure[] = [];
  // Most paragraphs name no duration at all: one cheap look before the sentence shapes.
  if (!MENTIONS_DURATION.test(line)) return found;
  for (const [shape, kind, word] of SHAPES) {
    if (!word.test(line)) continue;
    for (const match of line.matchAll(shape)) {
      const amount = match[1];
      const minutes = amountMinutes(amount);
      if (minutes === undefined || minutes === 0) continue;
      const start = match.index + match[0].indexOf(amount);
      // "There will be an approximately 1-hour outage", "should have warned us 10 minutes in": not what happened.
      if (NOT_WHAT_HAPPENED.test(sentenceUpTo(line, match.index + match[0].length))) continue;
      if (found.some((f) => f.start === start)) continue;
      found.push({ kind, form: 'prose', text: amount, start, end: start + amount.length, minutes });
    }
  }
  for (const match of /\bafter\s+(?:the\s+)?(?:issue|incident|outage|problem|it)\s+(?:arose|started|began|occurred|happened)/i.test(line) ? line.matchAll(AFTER_START) : []) {
    const sentence = sentenceAround(line, match.index);
    const kind = NOT_WHAT_HAPPENED.test(sentenceUpTo(line, match.index + match[0].length)) ? undefined : AFTER_START_VERBS.find(([verb]) => verb.test(sentence))?.[1];
    const minutes = amountMinutes(match[1]);
    const start = match.index + match[0].indexOf(match[1]);
    if (kind && minutes && !found.some((f) => f.start === start)) found.push({ kind, form: 'prose', text: match[1], start, end: start + match[1].length, minutes });
  }
  // "The service was unavailable from 20:13UTC to 20:35UTC": the impact window itself.
  if (!/\bfrom\b/i.test(line)) return found.sort((a, b) => a.start - b.start);
  for (const match of line.matchAll(WINDOW)) {
    const at = match.index + match[0].length;
    const window = windowIn(line.slice(at));
    if (window) found.push({ kind: 'impact', form: 'range', text: window.text, start: at + window.start, end: at + window.start + window.text.length, minutes: window.minutes });
  }
  return found.sort((a, b) => a.start - b.start);
}

const WHOLE_DURATION = new RegExp(`^${DURATION_PARTS}$`, 'i');
const NOT_WHAT_HAPPENED = /\b(?:will|would|could|should|might|planned|scheduled|expected)\b/i;
const MENTIONS_DURATION = /\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\d\s*(?:[hmdw]|hrs?|mins?)\b|\d:\d\d/i;
const WINDOW = /\b(?:unable to (?:access|reach|use)|unavailable|down|offline|unreachable|outage|disrupted|degraded|impacted|affected|experienced an outage[^.]{0,40}?)\b[^.]{0,60}?\bfrom\s+/gi;

/** The sentence holding `end`, up to it: what a figure's own clause says ("could have been solved in ..."). */
function sentenceUpTo(line: string, end: number): string {
  return line.slice(Math.max(line.lastIndexOf('. ', end - 1), 0), end);
}

function sentenceAround(line: string, at: number): string {
  const from = Math.max(line.lastIndexOf('. ', at), 0);
  const to = line.indexOf('. ', at);
  return line.slice(from, to < 0 ? line.length : to);
}

/** Minutes of an amount: digits and units, or words ("two days", "half an hour", "about an hour"). */
export function amountMinutes(amount: string): number | undefined {
  const bare = amount.replace(new RegExp(`^${HEDGE}`, 'i'), '').toLowerCase().trim();
  if (bare === 'half an hour') return 30;
  if (bare === 'a day and a half') return 2160;
  const hyphened = /^(\d+)-(minute|hour|day|week)$/.exec(bare);
  if (hyphened) return Number(hyphened[1]) * MINUTES_PER_UNIT[hyphened[2][0]];
  const worded = /^([a-z-]+)[ -](minute|hour|day|week)s?$/.exec(bare);
  if (worded && worded[1] in WORD_NUMBERS) return WORD_NUMBERS[worded[1]] * MINUTES_PER_UNIT[worded[2][0]];
  const weeks = /^(\d+(?:\.\d+)?)\s*w(?:eeks?)?$/.exec(bare);
  if (weeks) return Number(weeks[1]) * MINUTES_PER_UNIT.w;
  // The whole amount, not a duration somewhere in it ("exceeded our 30 min target" is no amount).
  return WHOLE_DURATION.test(bare) ? durationMinutes(bare) : undefined;
}
