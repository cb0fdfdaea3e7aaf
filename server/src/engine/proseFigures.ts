import { BOUND_WORDS, DURATION_PARTS, durationMinutes } from './durationText';
import { matchesOf } from './matches';
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
  /** A window's length as the sentence writes it with the window ("from 9:18 to 10:52 (roughly 1 hr 14 min)"). */
  length?: { text: string; start: number; end: number; minutes: number };
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
};
const MINUTES_PER_UNIT: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080 };

const HEDGE = String.raw`(?:(?:about|around|approximately|approx\.?|roughly|nearly|almost|${BOUND_WORDS}|some|\\?~|≈|<)\s*)?`;
const WORD_NUMBER = String.raw`(?:(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)|${Object.keys(WORD_NUMBERS).join('|')})`;
// "an hour and forty minutes", "two hours and 15 minutes", "an hour and a half": one amount, not its first part.
const WORDED = String.raw`${WORD_NUMBER}[ -](?:minutes?|hours?|days?|weeks?)(?:,?\s+and\s+(?:a half|(?:${WORD_NUMBER}|\d+)(?:\s+|-)(?:minutes?|hours?)(?!\s+(?:later|after|before|ago|earlier)\b)))?`;
// "47 minutes", "1h 5m", "~2 weeks", "about an hour", "two days", "half an hour", "a day and a half", "98 minute".
// "three and a half hours", "2 and a half days".
const AND_A_HALF = String.raw`(?:${WORD_NUMBER}|\d+)\s+and\s+a\s+half\s+(?:minutes|hours|days|weeks)\b`;
// "9½ hours", "1½ days": a half written as its sign.
const HALF_SIGN = String.raw`\d*½[ -]?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b`;
// "half an hour", "a half hour", "a quarter of an hour", "three quarters of an hour", "half a day".
const FRACTION = String.raw`(?:a|one|three)\s+quarters?\s+of\s+an\s+hour|(?:a\s+)?half[ -](?:an[ -])?hour|half\s+a\s+day`;
const AMOUNT = String.raw`(${HEDGE}(?:${FRACTION}|a day and a half|${AND_A_HALF}|${HALF_SIGN}|${WORDED}|\d+-(?:minute|hour|day|week)\b|\d+(?:\.\d+)?\s*(?:weeks?|w)\b|${DURATION_PARTS}))`;

const OF_IMPACT = /\bof\s+(?:(?:total|partial|cumulative|major|severe)\s+){0,2}(?:downtime|outage|disruption|partial availability|unavailability|impact)\b|\bof\s+(?:diminished|degraded|reduced)\s+(?:capacity|service|performance|availability)\b/i;
const FROM_WORDS = /\bfrom\s+(?:the\s+)?(?:start|beginning|first(?: impact| report)?|impact|detection|discovery)\s+(?:to|until)\b/i;
const FROM_MILESTONE = String.raw`from\s+(?:the\s+)?(?:start|beginning|first impact|impact|detection|discovery|first report)\s+(?:to|until)\s+(?:the\s+)?`;

/**
 * Sentence shapes that state a figure, by the kind they state; AMOUNT is their first capture group. Shapes are
 * grouped by a cheap test their sentence must pass, made once for the group before any of its shapes is tried.
 */
const SHAPES: { word: RegExp; shapes: [RegExp, DurationKind][] }[] = [
  { word: /\blast/i, shapes: [[new RegExp(String.raw`\b(?:lasted|lasting|lasts)\s+(?:for\s+)?${AMOUNT}`, 'gi'), 'impact']] },
  {
    word: /\sfor\s/i,
    shapes: [
      // Not a latent fault told as earlier than the outage ("The backup path had been broken for four days").
      [new RegExp(String.raw`(?=[a-z])(?<!\bhad\s+been\s+(?:\w+ly\s+)?)\b(?:unavailable|unusable|unstable|(?<=\b(?:was|were|been|remained|stayed)\s+(?:\w+ly\s+)?)(?:slow|read-only)|(?<!\bhad\s+)failed(?:\s+(?:on|in|across|for)\s+(?:all|every|most|many)\s+[\w-]+)?|down|offline|dark|frozen|inaccessible|out of service|unreachable|degraded|disrupted|impacted|affected|halted|broken|existed|persisted|was around|not possible|impossible|(?:was|were)\s+not\s+working|(?:wasn['’]t|weren['’]t)\s+working|without\s+(?:[\w-]+\s+){0,2}(?:service|access|connectivity|power|e-?mail|internet|network|data|visibility|telemetry|contact|comms|communications?|signal)|exposed[^.]{0,60}?)\s+for\s+(?:a (?:total )?period of\s+|a total of\s+)?${AMOUNT}`, 'gi'), 'impact'],
      // "for about an hour and a half nobody could submit jobs": the length first, then those who could not.
      [new RegExp(String.raw`\bfor\s+${AMOUNT}\s+(?:(?:nobody|no one|no-one)\s+could|(?:users|customers|clients|players)\s+(?:could\s*not|couldn['’]t|(?:were|was) unable to|cannot|can['’]t))\b`, 'gi'), 'impact'],
      // "Users could not log in for roughly five hours": those affected, not the team ("we could not reproduce it for").
      [new RegExp(String.raw`\b(?:users|customers|clients|members|players|merchants|cardholders|visitors|teachers|students|drivers|riders|patients|clinicians|nurses|doctors|shoppers|buyers|sellers|tenants|subscribers|callers|passengers|travell?ers|guests|schools|stores|branches|pharmacies|clinics|devices|chromebooks|laptops|terminals|kiosks|scanners|tills|nobody|no one|(?<!\b(?:we|I|team|engineers?)\s+)(?:it|they|the (?:site|service|app|api)))\s+(?:could\s*not|couldn['’]t|(?:was|were) unable to|cannot|can['’]t)\s+(?:[\w-]+\s+){1,4}?for\s+${AMOUNT}(?!\s+(?:after|before|following|while|during|each|every|per|at a time)\b)`, 'gi'), 'impact'],
      // Google Cloud's reports: "... experienced elevated error rates for a duration of 2 hours, 15 minutes", "...
      // returned errors ... in six regions, for a duration of 2 hours, 28 minutes".
      [new RegExp(String.raw`\b(?:experienced|errors?|failures?|failed|returned|unavailable|impacted|affected)\b[^.]{0,200}?\bfor\s+a\s+(?:total\s+)?duration\s+of\s+${AMOUNT}`, 'gi'), 'impact'],
    ],
  },
  // "For 47 minutes on Wednesday afternoon, Tallyhoo could not generate invoice PDFs": not what the team could not do.
  {
    word: /\bfor\s/i,
    shapes: [
      [
        new RegExp(
          String.raw`(?:^|[.!?:]\s+)[*_]*for\s+${AMOUNT}(?:\s+(?:on|in|during|this|that|last)\b[^,.]{0,40}?)?(?:,\s+|\s+)(?!(?:we|I|the team|our team|engineers?)\b)[^.]{0,120}?\b(?:could\s*not|couldn['’]t|cannot|can['’]t|(?:was|were) unable|(?:was|were) (?:down|unavailable|offline|read-only)|did not work|didn['’]t work|failed|timed out|returned (?:(?:HTTP\s+)?5\d\d|errors?))\b`,
          'gi',
        ),
        'impact',
      ],
      // "For a total duration of 1 hour 5 minutes, users could not sign in.": the sentence opens with it.
      [new RegExp(String.raw`(?:^|[.!?]\s+)[*_]*for\s+a\s+(?:total\s+)?duration\s+of\s+${AMOUNT}`, 'gi'), 'impact'],
    ],
  },
  // "Total impact was 77 minutes", "The total downtime was about 3 hours", "The period of customer impact was
  // approximately 18 hours", "The total outage time experienced by clients was 1 hour 10 minutes": the figure named,
  // then its length.
  {
    word: /\b(?:impact|downtime|outage)\s+(?:(?:duration|time)\s+)?(?:(?:experienced|seen|felt)\s+by\s+(?:[\w-]+\s+){1,2})?was\s/i,
    shapes: [[new RegExp(String.raw`(?:^|[.!?:]\s+)[*_]*(?:the\s+)?(?:total\s+)?(?:(?:period|duration|length)\s+of\s+(?:the\s+)?)?(?:customer[- ]facing\s+|customer\s+|user\s+)?(?:impact|downtime|outage)\s+(?:(?:duration|time)\s+)?(?:(?:experienced|seen|felt)\s+by\s+(?:[\w-]+\s+){1,2})?was\s+${AMOUNT}(?!\s+(?:after|before|later|earlier|into|in)\b)`, 'gi'), 'impact']],
  },
  // "Total outage ~1h10m.": a field's words run into a sentence, with no colon.
  {
    word: /\b(?:total|overall)\s+(?:outage|downtime|impact)\s/i,
    shapes: [[new RegExp(String.raw`(?:^|[.!?]\s+)[*_]*(?:total|overall)\s+(?:outage|downtime|impact)\s+${AMOUNT}(?=\s*(?:[.;)]|$))`, 'gi'), 'impact']],
  },
  // "... and the total incident duration was 1h47min": the incident's length, start to resolution.
  {
    word: /\bincident\s+duration\s+was\s/i,
    shapes: [[new RegExp(String.raw`(?:^|[.!?:,;]\s+|\b(?:and|while|but)\s+)[*_]*(?:the\s+)?(?:total\s+|overall\s+)?incident\s+duration\s+was\s+${AMOUNT}(?!\s+(?:after|before|later|earlier|into|in|longer|shorter|more|less|over|under|beyond|above|below|than|too|past|by)\b)`, 'gi'), 'total']],
  },
  // "The outage lasted from 2 pm on Thursday until 8:10 pm on Friday, a period of approximately 30 hours."
  { word: /\ba (?:total )?period of\s/i, shapes: [[new RegExp(String.raw`\b(?:lasted|outage|down|unavailable|disruption|downtime)\b[^.]{0,150}?\ba\s+(?:total\s+)?period\s+of\s+${AMOUNT}`, 'gi'), 'impact']] },
  // "About 1 h 08 min with no usable public RPC": a sentence opening with the length of what was missing.
  { word: /\bwith\s+no\b|\bwithout\b/i, shapes: [[new RegExp(String.raw`(?:^|[.!?]\s+)[*_]*${AMOUNT}\s+(?:with\s+no|without)\s+(?:usable\s+|working\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:service|access|api|rpc|site|app|website|login|logins|e-?mail|connectivity|network)\b`, 'gi'), 'impact']] },
  // "a 47-minute outage", "an approximately 1-hour service disruption".
  {
    word: /outage|disruption|downtime|failure|incident/i,
    // "the roughly 90-minute outage": after "the", "this" or "our", only a length said to be about so long (not "the 30-minute
    // incident review", "our 15-minute incident SLA", "the 45-minute outage in January").
    shapes: [[new RegExp(String.raw`\b(?:a|an|(?:the|this|our)\s+(?=(?:about|around|approximately|roughly|nearly|almost|some|~)))\s*${AMOUNT}(?:-|\s+)(?:long\s+)?(?:outage|disruption|service disruption|downtime|cascading failure|failure|incident|partial outage)\b(?!\s+(?:window|budget|allowance|target|slot|limit|review|threshold|alert|alarm|check|timeout|sla|slo|response|meeting|call|drill|test)s?\b)`, 'gi'), 'impact']],
  },
  // "~1hr of total downtime", "14 hours of cumulative major impact", "~4 hours of diminished capacity"; not a time
  // counted from the impact ("the alert fired within five minutes of impact", "paged inside two minutes of impact").
  { word: OF_IMPACT, shapes: [[new RegExp(String.raw`(?<!\b(?:within|inside|in under|under|less than)\s+)(?<![\w~≈<])${AMOUNT}\s+(?:${OF_IMPACT.source})`, 'gi'), 'impact']] },
  { word: /notice|detect/i, shapes: [[new RegExp(String.raw`(?:\bundetected|\bunnoticed|(?:\bnot|n['’]t|\bnever) (?:noticed|detected))(?:\s+by\s+\w+)?\s+for\s+${AMOUNT}`, 'gi'), 'detect']] },
  // "first reported 40 minutes later", "a user notified us only one hour later".
  {
    word: /after|later/i,
    shapes: [[new RegExp(String.raw`\b(?:first )?(?:reported|noticed|detected|discovered|(?:notified|alerted|told) us)\s+(?:only\s+|just\s+)?${AMOUNT}\s+(?:after|later)\b`, 'gi'), 'detect']],
  },
  // A figure named as the domain names it, in a sentence: "our response time was under a minute".
  {
    word: /time\s+(?:was|of)\s|time to \w+\s+(?:was|of)\s/i,
    shapes: [
      [new RegExp(String.raw`\b(?:response time|reaction time|time to (?:respond|acknowledge))\s+(?:was|of)\s+${AMOUNT}`, 'gi'), 'acknowledge'],
      [new RegExp(String.raw`\b(?:detection time|time to detect(?:ion)?)\s+(?:was|of)\s+${AMOUNT}`, 'gi'), 'detect'],
      [new RegExp(String.raw`\b(?:mitigation time|time to mitigat(?:e|ion))\s+(?:was|of)\s+${AMOUNT}`, 'gi'), 'mitigate'],
      [new RegExp(String.raw`\b(?:resolution time|recovery time|time to (?:resol(?:ve|ution)|recover(?:y)?|restore|repair))\s+(?:was|of)\s+${AMOUNT}`, 'gi'), 'resolve'],
    ],
  },
  // A figure written as its definition, from one milestone to another: "roughly a week from detection to resolution".
  {
    word: FROM_WORDS,
    shapes: [
      [new RegExp(String.raw`${AMOUNT}\s+${FROM_MILESTONE}(?:resolution|recovery|restoration|full recovery)\b`, 'gi'), 'resolve'],
      [new RegExp(String.raw`${AMOUNT}\s+${FROM_MILESTONE}mitigation\b`, 'gi'), 'mitigate'],
      [new RegExp(String.raw`${AMOUNT}\s+from\s+(?:the\s+)?(?:start|beginning|first impact|impact)\s+(?:to|until)\s+(?:the\s+)?(?:detection|discovery)\b`, 'gi'), 'detect'],
    ],
  },
  { word: /detection/i, shapes: [[new RegExp(String.raw`\b(?:detection delay|delay in detection)\s*(?:of\s+)?[:(]?\s*${AMOUNT}`, 'gi'), 'detect']] },
  { word: /detection delay/i, shapes: [[new RegExp(String.raw`${AMOUNT}[- ]detection delay\b`, 'gi'), 'detect']] },
  {
    word: /\btook\b/i,
    shapes: [
      [new RegExp(String.raw`\btook\s+(?:us\s+)?${AMOUNT}\s+to\s+(?:\w+\s+)?(?:resolve|fix|recover|restore)\b`, 'gi'), 'resolve'],
      [new RegExp(String.raw`\btook\s+(?:us\s+)?${AMOUNT}\s+to\s+(?:\w+\s+)?identify\b`, 'gi'), 'identify'],
      // "It took us thirty-one minutes to notice", "took 20 minutes for anyone to spot it": from the start; not a look
      // counted from a later step ("took ten minutes to spot once we opened the dashboard"), nor finding the cause or a
      // page ("took 25 minutes to realise that the change was the cause", "to notice the page").
      [new RegExp(String.raw`\btook\s+(?:us\s+)?${AMOUNT}\s+(?:for\s+(?:anyone|anybody|someone|somebody|us)\s+)?to\s+(?:notice|detect|spot|discover|realise|realize)\b(?![^.]{0,60}?\b(?:once|after|when)\b)(?=\s*(?:[.,;!?)…—–-]|$)|\s+(?:because|since|and|but|which|so|until|(?:that\s+)?(?:it|this|anything|something|(?:the|our)\s+(?:outage|problem|issue|failure|errors?|duplicates|incident|site|service|server|app|platform|system)))\b)`, 'gi'), 'detect'],
      // "Finding the cause took 32 minutes", "It took us about an hour to find the cause".
      [new RegExp(String.raw`(?:^|[.!?]\s+)[*_]*(?:finding|identifying|diagnosing|pinpointing|locating|tracking down)\s+(?:the\s+)?(?:root\s+)?cause\s+took\s+(?:us\s+)?${AMOUNT}`, 'gi'), 'identify'],
      [new RegExp(String.raw`\btook\s+(?:us\s+)?${AMOUNT}\s+to\s+(?:find|diagnose|pinpoint|locate|track down)\s+(?:the\s+)?(?:root\s+)?cause\b`, 'gi'), 'identify'],
      // "Detection took 23 minutes".
      [new RegExp(String.raw`(?:^|[.!?]\s+)[*_]*detection\s+took\s+${AMOUNT}`, 'gi'), 'detect'],
    ],
  },
  // "restored broken builds in <1hr", not "could have been solved in 4.5 hours".
  {
    word: /\b(?:restored?|resolved?|recover(?:ed)?|fixed)\b[^.]{0,40}?\bin\s/i,
    // "fixed" the incident, not a part of it ("Sandeep found and fixed it in 10 minutes": the IAM step that failed).
    shapes: [[new RegExp(String.raw`\b(?:restored?|resolved?|recover(?:ed)?|fixed\s+(?:the\s+)?(?:issue|incident|outage|problem))\b(?:(?!\b(?:could|would|should|might)\b)[^.]){0,40}?\bin\s+${AMOUNT}`, 'gi'), 'resolve']],
  },
  // "故障持续 37 分钟", "整体持续约 1 小时 02 分钟": how long the failure lasted, in Chinese.
  { word: /持续/, shapes: [[new RegExp(String.raw`(?:故障|影响|整体|共|总共|累计|服务|业务)?持续(?:了)?\s*(?:约|大约|近|将近|超过)?\s*(${DURATION_PARTS})`, 'g'), 'impact']] },
  // "- **October 21** (103 minutes): Redis overload": one outage of a list, with its length. Not a count over a window
  // ("Unsubscribes (24h): 312", "5xx errors (1h): ~40k").
  { word: /\):/, shapes: [[new RegExp(String.raw`^\W*(?:\*\*|__)?[^*_()]{3,40}?(?:\*\*|__)?\s*\(${AMOUNT}\)\s*:(?![*_\s]*[~≈<>]?\d)`, 'gi'), 'impact']] },
];

/** "Nine hours after the incident started, ... identified the cause": a figure told from the start, by its verb. */
const STARTED_AFTER = String.raw`after\s+(?:the\s+)?(?:issue|incident|outage|problem|shutdown|failure|fault|disruption|it)\s+(?:arose|started|began|occurred|happened)`;
const AFTER_START = new RegExp(String.raw`${AMOUNT}\s+${STARTED_AFTER}`, 'gi');
const SAYS_STARTED_AFTER = new RegExp(String.raw`\b${STARTED_AFTER}`, 'i');
const AFTER_START_VERBS: [RegExp, DurationKind][] = [
  [/\bidentif(?:ied|y)\b|\broot cause\b/i, 'identify'],
  [/\b(?:detected|noticed|reported|discovered)\b/i, 'detect'],
  [/\b(?:restored|resolved|recovered)\b/i, 'resolve'],
];

/** The figures a line of prose states; none for a duration of something else ("a 5 minute TTL", "every 10 minutes"). */
export function proseFigures(written: string): ProseFigure[] {
  const found: ProseFigure[] = [];
  // "Outage lasted about **35 minutes**": the words, not their emphasis (blanked, offsets kept).
  const line = written.includes('**') || written.includes('__') ? written.replace(/\*\*|__/g, '  ') : written;
  // Most paragraphs name no duration at all: one cheap look before the sentence shapes.
  if (!mentionsDuration(line)) return found;
  for (const { word, shapes } of SHAPES) {
    if (!word.test(line)) continue;
    for (const [shape, kind] of shapes) {
      for (const match of matchesOf(shape, line)) {
        const amount = match[1];
        const minutes = amountMinutes(amount);
        if (minutes === undefined || minutes === 0) continue;
        const start = match.index + match[0].indexOf(amount);
        // "within half an hour of impact": never the "an hour" the fraction is of; "lasted a half hour longer than the
        // last one": a difference, not the length.
        if (/\b(?:half|quarters?\s+of)\s+$/i.test(line.slice(Math.max(0, start - 12), start)) || /^\s+(?:longer|shorter|more|less|later|earlier|sooner|faster|slower)\s+than\b/i.test(line.slice(start + amount.length, start + amount.length + 16))) continue;
        // "There will be an approximately 1-hour outage", "should have warned us 10 minutes in": not what happened.
        if (NOT_WHAT_HAPPENED.test(sentenceUpTo(line, match.index + match[0].length))) continue;
        // "The backup path was broken for 5 days": a spare lost, not the service.
        if (SPARE_LOST.test(line.slice(Math.max(0, start - 120), start))) continue;
        // "Same story as INC-2025-014 last February, which lasted almost 3 hours": another incident's; "added 44
        // minutes of impact": a part of this one's; "counts as ~23 minutes of downtime": the SLA's reckoning; "turned a
        // 3-day outage into a 5-hour one": what might have been.
        const sentence = sentenceAround(line, start);
        if (OTHER_INCIDENT.test(sentence) || ACCOUNTED.test(sentence) || COUNTERFACTUAL.test(sentence) || ADDED.test(line.slice(Math.max(0, start - 16), start)) || toldAsUnrelated(line, start)) continue;
        // "so the worst of it lasted 34 minutes": the worst part's length, not the outage's.
        if (kind === 'impact' && WORST_PART.test(line.slice(Math.max(0, start - 80), start))) continue;
        if (found.some((f) => f.start === start)) continue;
        found.push({ kind, form: 'prose', text: amount.replace(/\s+/g, ' '), start, end: start + amount.length, minutes });
      }
    }
  }
  for (const match of SAYS_STARTED_AFTER.test(line) ? matchesOf(AFTER_START, line) : []) {
    const sentence = sentenceAround(line, match.index);
    const kind = NOT_WHAT_HAPPENED.test(sentenceUpTo(line, match.index + match[0].length)) ? undefined : AFTER_START_VERBS.find(([verb]) => verb.test(sentence))?.[1];
    const minutes = amountMinutes(match[1]);
    const start = match.index + match[0].indexOf(match[1]);
    if (kind && minutes && !found.some((f) => f.start === start)) found.push({ kind, form: 'prose', text: match[1], start, end: start + match[1].length, minutes });
  }
  // "Between approximately 21:27 UTC and 07:27 UTC the site could not be accessed": the impact window itself.
  for (const match of /\bbetween\b/i.test(line) ? matchesOf(BETWEEN, line) : []) {
    if (!OUTAGE.test(sentenceAround(line, match.index)) || toldOf(line, match.index, match.index) || RESPITE.test(sentenceUpTo(line, match.index))) continue;
    const at = match.index + match[0].length;
    const window = windowIn(line.slice(at, at + SENTENCE_REACH));
    if (window) found.push(windowFigure(line, at + window.start, window));
  }
  // "The service was unavailable from 20:13UTC to 20:35UTC": the impact window itself.
  for (const match of /\bfrom\b/i.test(line) ? matchesOf(WINDOW, line) : []) {
    const at = match.index + match[0].length;
    if (toldOf(line, match.index, match.index + match[0].length - 1)) continue;
    const window = windowIn(line.slice(at, at + SENTENCE_REACH));
    if (window) found.push(windowFigure(line, at + window.start, window));
  }
  // "On Tuesday, October 22, from about 1:12 p.m. to 3:20 p.m. CDT our shipping system could not generate labels": a
  // window opening its sentence or clause, the outage told after it (not what the team could not do meanwhile).
  for (const match of /\bfrom\b/i.test(line) ? matchesOf(WINDOW_FIRST, line) : []) {
    const at = match.index + match[0].length;
    const window = windowIn(line.slice(at, at + SENTENCE_REACH));
    if (!window || found.some((f) => f.start === at + window.start)) continue;
    const told = line.slice(at + window.start + window.text.length).split(/(?<=[.!?])\s/, 1)[0];
    if (!TEAM_AT_WORK.test(told) && !NO_OUTAGE.test(told) && (OUTAGE.test(told) || SERVICE_COULD_NOT.test(told))) found.push(windowFigure(line, at + window.start, window));
  }
  // "from 17:09 EST to approximately 23:42 EST (6 hours and 33 minutes), the platform was unavailable": a window
  // with its length, in a sentence about the outage.
  // After a comma, only the window's own length ("13:52 – 15:35 UTC, about 1 h 43 min"), not a sum over several
  // windows ("down 9:00-10:00, then again 11:00-11:30, about 90 minutes in all").
  const ownLength = (match: RegExpMatchArray, minutes: number) => {
    const window = windowIn(match[0].slice(0, match[0].lastIndexOf(match[1])));
    // "fully down 13:52 – 14:05 UTC, about 13 minutes, and degraded until 14:39": one window of several, a part.
    const clocks = sentenceAround(line, match.index!).match(/\b\d{1,2}[:.]\d{2}\b/g)?.length ?? 0;
    return window !== undefined && clocks <= 2 && Math.abs(window.minutes - minutes) <= Math.max(5, window.minutes * 0.1);
  };
  const windowLengths = [...(line.includes('(') ? matchesOf(WINDOW_LENGTH, line) : []), ...(line.includes(',') ? matchesOf(WINDOW_COMMA_LENGTH, line).filter((m) => ownLength(m, amountMinutes(m[1]) ?? -1)) : [])];
  for (const match of windowLengths) {
    const amount = match[1];
    const start = match.index + match[0].lastIndexOf(amount);
    const minutes = amountMinutes(amount);
    if (!minutes || found.some((f) => f.start < start && start <= f.end + 3) || !OUTAGE.test(sentenceAround(line, match.index))) continue;
    if (NOT_WHAT_HAPPENED.test(sentenceUpTo(line, match.index))) continue;
    found.push({ kind: 'impact', form: 'prose', text: amount, start, end: start + amount.length, minutes });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The impact window a sentence writes, with the length it gives it: in brackets after it, or after its comma as the
 * clause's last words ("from 9:18 to 10:52, so roughly 1 hr 14 min."), not a time after something ("..., 20 minutes
 * after the deploy").
 */
function windowFigure(line: string, start: number, window: { text: string; minutes: number }): ProseFigure {
  const end = start + window.text.length;
  const figure: ProseFigure = { kind: 'impact', form: 'range', text: window.text, start, end, minutes: window.minutes };
  const after = line.slice(end, end + 60);
  // After a comma, only in a sentence of one window: "..., then down again 11:00 to 11:30, about 2 hours in all" sums.
  const oneWindow = (sentenceAround(line, start).match(/\b\d{1,2}[:.]\d{2}\b/g)?.length ?? 0) <= 2;
  const written = LENGTH_IN_BRACKETS.exec(after) ?? (oneWindow ? LENGTH_AFTER_COMMA.exec(after) : null);
  const text = written?.[1];
  const minutes = text ? amountMinutes(text) : undefined;
  if (!text || !minutes) return figure;
  const at = end + written![0].lastIndexOf(text);
  return { ...figure, length: { text, start: at, end: at + text.length, minutes } };
}

const LENGTH_IN_BRACKETS = new RegExp(String.raw`^[^()\n.;]{0,16}?\(\s*${AMOUNT}\s*\)`, 'i');
const LENGTH_AFTER_COMMA = new RegExp(String.raw`^\s*,\s*(?:so\s+|i\.e\.,?\s+|that is\s+|or\s+)?${AMOUNT}(?=\s*(?:in total|overall|total)?\s*(?:[.;)]|$))`, 'i');

export const OTHER_INCIDENT =
  /\bthat one\b|\b(?:same|similar)\s+(?:story|thing|issue|incident|outage|problem|failure)\s+as\b|\b(?:previous|prior|earlier|last)\s+(?:year|month|week|quarter|incident|outage|time)\b|\blast\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b|\bin\s+(?:INC|PM)-[\w-]*\d|\b(?:than|compared (?:to|with)|versus|vs\.?)\s+(?:the|our|that)\s+(?:[\w/-]+\s+){0,2}(?:downtime|outage|incident)(?=\s*(?:[(.,;:]|$))|\b(?:than|compared (?:to|with)|versus|vs\.?)\s+(?:that|the (?:last|previous|earlier)) one\b/i;
/** "... lasting about four minutes. This turned out to be unrelated and is not part of this incident.": another event's. */
export const UNRELATED = /\bnot (?:a )?part of (?:this|the) (?:incident|outage)\b|\b(?:not related|unrelated) to (?:this|the) (?:incident|outage)\b|\b(?:this|it) (?:is|was|turned out to be|proved to be) (?:an? )?(?:entirely |completely )?unrelated\b/i;
/** Whether the sentence a figure is in, or the one after it, says it tells of something unrelated. */
const toldAsUnrelated = (line: string, start: number) => UNRELATED.test(line.slice(start, start + SENTENCE_REACH).split(/(?<=[.!?])\s+/, 2).join(' '));
// The spare the subject of the lost time, right before it: "The backup path was broken for ", not "When the backup
// generator failed to start, the data centre was offline for ".
const SPARE_LOST = /\b(?:backup|standby|stand-by|secondary|redundant|fallback|failover|spare)\s+(?:[\w-]+\s+){0,2}?(?:path|link|circuit|site|server|node|cluster|database|db|copy|replica|system|generator|route|tunnel|connection|feed|line|power|unit)s?\s+(?:had\s+been|has\s+been|was|were|is|are|remained|stayed)\s+(?:\w+ly\s+)?[\w-]+\s+for\s+(?:a\s+period\s+of\s+)?$/i;
// The status page the subject of the window's clause ('Status page showed "Degraded delivery" from'), not a clause
// before it ("As our status page showed, checkout was down from").
const STATUS_NOTICE = /\bstatus[ -]?page\b[^,;]*$/i;
/** "Affected PSAPs were notified by telephone between", "merchants were emailed from": people told, in the passive. */
const PEOPLE_TOLD = /\b(?:were|was|are|is|been|being)\s+(?:\w+\s+){0,2}?(?:notified|informed|told|contacted|phoned|telephoned|emailed|messaged|briefed)\b[^,;]*$/i;
/**
 * 'Status page showed "Degraded delivery" from 08:25 to 14:35' (the status page in the clause before the window's
 * outage word), "Affected customers were notified between 18:51 and 19:02" (people told, up to the window): when
 * people were told, not the impact.
 */
function toldOf(line: string, outageWordAt: number, windowAt: number): boolean {
  return STATUS_NOTICE.test(sentenceUpTo(line, outageWordAt + 1)) || PEOPLE_TOLD.test(sentenceUpTo(line, windowAt + 1));
}
/** The part of the outage a figure tells of, when it is told of only its worst. */
const WORST_PART = /\bthe\s+(?:worst|peak|brunt|height|most severe|hardest)(?:\s+(?:of\s+(?:it|the\s+\w+)|part|phase|period|stretch))?\s+(?:\w+\s+){0,2}(?:lasted|ran|went on)\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+)?$/i;
const ADDED = /\b(?:added|adds|another|extra|additional)\s+(?:\w+\s+)?$/i;
/** "weighted by the fraction of failed requests, so us-east counts as ~23 minutes of downtime": an SLA's accounting, not the time it lasted. */
const ACCOUNTED = /\b(?:weighted|pro-?rated|counts?\s+as|counted\s+as|equivalent\s+(?:of|to))\b/i;
/** "It turned a 3-day outage for iPad users into a 5-hour one": what might have been, set against what was. */
const COUNTERFACTUAL = /\b(?:turn(?:ed|s|ing)?|cut|reduc(?:ed|es|ing)|shorten(?:ed|s|ing)?)\b[^.]{0,60}?\binto\s+an?\s+[\w.~-]+\s+one\b/i;

const WHOLE_DURATION = new RegExp(`^${DURATION_PARTS}$`, 'i');
// "could not generate invoices", "nobody could submit jobs" is what happened.
const NOT_WHAT_HAPPENED = /\b(?:will|would|(?<!\b(?:nobody|no one|no-one)\s)could(?!\s+not\b|n['’]t)|should|might|planned|scheduled|expected)\b/i;
const MENTIONS_DURATION = /\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\d\s*(?:[hmdw]|hrs?|mins?)\b|\d:\d\d|\d\s*(?:分|小[时時]|時間|天)/i;
const WINDOW = /\b(?:unable to (?:access|reach|use)|unavailable|down|offline|unreachable|outage|disrupted|degraded|impacted|affected|experienced an outage[^.]{0,40}?)\b[^.]{0,60}?\bfrom\s+/gi;

const TIME = String.raw`\d{1,2}(?::\d{2}|\s*[ap]\.?m\.?)`;
/** A window whose two ends are times, then its length in parentheses. */
const WINDOW_LENGTH = new RegExp(String.raw`\bfrom\s+[^().;]{0,30}?${TIME}[^().;]{0,20}?\s(?:to|until|through|-|–)\s+[^().;]{0,30}?${TIME}[^().;]{0,20}?\(\s*${AMOUNT}\s*\)`, 'gi');
/** Two times with no "from", then the length after a comma: "unavailable 13:52 – 15:35 UTC, about 1 h 43 min". */
const WINDOW_COMMA_LENGTH = new RegExp(String.raw`(?<![\d:.])${TIME}(?:\s+[A-Z]{2,5})?\s*(?:to|until|-|–|—)\s*${TIME}(?:\s+[A-Z]{2,5})?,\s+${AMOUNT}`, 'gi');
// "Between 07:45 UTC and 16:00 UTC, a subset of customers experienced intermittent connectivity issues" (Azure's PIRs).
const OUTAGE = /\b(?:unavailable|unusable|down|offline|unreachable|inaccessible|outage|disrupted|degraded|impacted|affected|failing|errors?|experienced|could(?:n't| not) be (?:accessed|reached|used)|(?:nobody|no one|no-one) could|not possible)\b/i;
/** "From about 1:12 p.m. to ...", "..., from 9:18 to ...": a window opening its sentence or clause. */
const WINDOW_FIRST = /(?:^|[.!?]\s+|,\s+)[*_]*from\s+(?:(?:about|around|approximately|roughly)\s+)?(?=\d)/gi;
/** "our shipping system could not generate labels": a service that failed, not the team ("we could not reproduce it"). */
const SERVICE_COULD_NOT = /(?<!\b(?:we|I|you|they|team|engineers?|on-?call|responders?)\s{1,3})\b(?:could\s*not|couldn['’]t|(?:was|were)\s+unable\s+to)\s+[a-z]+/i;
/** A window of something else: a maintenance, a canary, a test, a retry that worked, no one affected. */
const NO_OUTAGE = /\b(?:no (?:customers?|users?|customer traffic|traffic|one)|not (?:affected|impacted)|maintenance|canary|load test|expected|retried successfully)\b/i;
/** A clause whose subject is the team: what it did in the window, not what the service did. */
const TEAM_AT_WORK = /^[\s,*_]*(?:we|I|you|they|the team|our team|(?:the |our )?(?:engineers?|on-?call|sres?|ops|responders?|support))\b/i;
const BETWEEN = /\bbetween\s+(?:(?:approximately|about|around|roughly)\s+)?/gi;
/** "degraded for 3 hours, with a partial recovery between 10:48 PM and 11:55 PM": a window of relief inside the impact. */
const RESPITE = /\b(?:recovery|lull|reprieve|respite|gap|pause|quiet period)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * How far a figure's sentence reaches each side of it, at most: a longer run without a full stop is a pasted log or a
 * flattened table, whose far ends say nothing about the figure, and reading it whole for each of its figures made a
 * long line cost the square of its length.
 */
const SENTENCE_REACH = 500;

/**
 * The sentence holding `end`, up to it: what a figure's own clause says ("could have been solved in ..."). A
 * semicolon ends a clause too: "an alert should have warned us; instead a user told us an hour later" happened.
 */
function sentenceUpTo(line: string, end: number): string {
  const from = Math.max(0, end - SENTENCE_REACH);
  const before = line.slice(from, end + 1);
  return line.slice(from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), 0), end);
}

function sentenceAround(line: string, at: number): string {
  const from = Math.max(0, at - SENTENCE_REACH);
  const dotBefore = line.slice(from, at + 2).lastIndexOf('. ');
  const to = Math.min(line.length, at + SENTENCE_REACH);
  const dotAfter = line.slice(at, to).indexOf('. ');
  return line.slice(dotBefore < 0 ? from : from + dotBefore, dotAfter < 0 ? to : at + dotAfter);
}

/** "during those 36 hours", "that was a tough 36 hours": the length already stated, told again. */
const RESTATED = new RegExp(String.raw`\b(?:those|these|that|(?:a|an)\s+(?:tough|rough|long|difficult|hard|stressful|painful))\s+${AMOUNT}(?!\s*(?:of|after|before|later|earlier|ago|from|into)\b)`, 'gi');

/**
 * The figures a line tells again by pointing back at them ("those 36 hours"): only an amount the document has
 * already stated as the outage's length (`stated`, in minutes) is read, as that same figure.
 */
export function restatedFigures(line: string, stated: number[]): ProseFigure[] {
  const found: ProseFigure[] = [];
  if (!mentionsDuration(line)) return found;
  for (const match of matchesOf(RESTATED, line)) {
    const minutes = amountMinutes(match[1]);
    if (!minutes || !stated.some((m) => Math.abs(m - minutes) <= m * 0.1)) continue;
    const start = match.index + match[0].lastIndexOf(match[1]);
    found.push({ kind: 'impact', form: 'prose', text: match[1], start, end: start + match[1].length, minutes });
  }
  return found;
}

/** "forty" is 40, "twenty-five" 25; undefined for a word that is no number. */
function wordNumber(word: string): number | undefined {
  if (word in WORD_NUMBERS) return WORD_NUMBERS[word];
  const [tens, units] = word.split('-');
  return tens in WORD_NUMBERS && units in WORD_NUMBERS && WORD_NUMBERS[units] < 10 ? WORD_NUMBERS[tens] + WORD_NUMBERS[units] : undefined;
}

/** Whether a text names a duration anywhere: what a figure or a restatement needs. */
export function mentionsDuration(text: string): boolean {
  return MENTIONS_DURATION.test(text);
}

const FRACTIONS: Record<string, number> = { 'half an hour': 30, 'half hour': 30, 'a quarter of an hour': 15, 'three quarters of an hour': 45, 'half a day': 720 };

/** Minutes of an amount: digits and units, or words ("two days", "half an hour", "about an hour"). */
export function amountMinutes(amount: string): number | undefined {
  const bare = amount.replace(new RegExp(`^${HEDGE}`, 'i'), '').toLowerCase().replace(/\s+/g, ' ').trim();
  const fraction = FRACTIONS[bare.replace(/-/g, ' ').replace(/^one quarter/, 'a quarter').replace(/^a half/, 'half')];
  if (fraction) return fraction;
  if (bare === 'a day and a half') return 2160;
  const halfSign = /^(\d*)½[ -]?(m|h|d|w)/.exec(bare);
  if (halfSign) return (Number(halfSign[1] || 0) + 0.5) * MINUTES_PER_UNIT[halfSign[2]];
  const hyphened = /^(\d+)-(minute|hour|day|week)$/.exec(bare);
  if (hyphened) return Number(hyphened[1]) * MINUTES_PER_UNIT[hyphened[2][0]];
  const andAHalf = /^([a-z-]+|\d+) and a half (minute|hour|day|week)s$/.exec(bare);
  const whole = andAHalf && (/^\d+$/.test(andAHalf[1]) ? Number(andAHalf[1]) : wordNumber(andAHalf[1]));
  if (whole) return (whole + 0.5) * MINUTES_PER_UNIT[andAHalf[2][0]];
  const joined = /^(.+?),?\s+and\s+(a half|.+)$/.exec(bare);
  if (joined) {
    const first = amountMinutes(joined[1]);
    const unit = MINUTES_PER_UNIT[/(minute|hour|day|week)s?$/.exec(joined[1])?.[1][0] ?? 'm'];
    const second = joined[2] === 'a half' ? unit / 2 : amountMinutes(joined[2]);
    return first !== undefined && second !== undefined ? first + second : undefined;
  }
  const worded = /^([a-z-]+)[ -](minute|hour|day|week)s?$/.exec(bare);
  const count = worded && wordNumber(worded[1]);
  if (count) return count * MINUTES_PER_UNIT[worded[2][0]];
  const weeks = /^(\d+(?:\.\d+)?)\s*w(?:eeks?)?$/.exec(bare);
  if (weeks) return Number(weeks[1]) * MINUTES_PER_UNIT.w;
  // The whole amount, not a duration somewhere in it ("exceeded our 30 min target" is no amount).
  return WHOLE_DURATION.test(bare) ? durationMinutes(bare) : undefined;
}
