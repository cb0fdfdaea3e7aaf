import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { concatenated } from './arrays';
import { offsetsOf, type DocumentIndex } from './documentIndex';
import { BOUND_WORDS, DURATION, durationMinutes } from './durationText';
import { amountMinutes, mentionsDuration, OTHER_INCIDENT, proseFigures, restatedFigures, type ProseFigure } from './proseFigures';
import { pieceMemo, readPerPieceSteps } from './pieces';
import { windowIn, type StatedWindow } from './statedWindow';
import type { Grid, GridRow } from './tables';
import { isEstimate, landmarksOf, type DurationKind, type Durations, type Landmarks } from './milestones';
import { fromJudged } from './judgedTimeline';
import { hasClockTime, type TimelineEntry } from './resolveTimeline';
import { matchesOf } from './matches';

/** Every duration a sentence writes, built once. */
const EVERY_DURATION = new RegExp(DURATION.source, 'gi');

export type FigureKind = DurationKind;

/** One way of reading a figure off the timeline: from one entry to another. */
export interface Reading {
  minutes: number;
  from: TimelineEntry;
  to: TimelineEntry;
  /**
   * Counted from the detection or the acknowledgement, for the outage's length, where an entry plainly states the
   * start: defensible only when the figure's key says so ("Total duration (from first alert)"). A time to mitigate
   * or to repair may count from the detection or the declaration, as incident tools count it.
   */
  fromDetectionInstead?: boolean;
}

/** A duration the author wrote, with what it claims: "Time to acknowledge: 2 minutes (target: <5 min) ✅". */
export interface StatedFigure {
  kind: FigureKind;
  /** "Duration: 45 minutes" (key), "the outage lasted 47 minutes" (prose), "Duration: 14:00 to 14:30" (range). */
  form: 'key' | 'prose' | 'range';
  /** The duration as written and its offsets: the narrowest range for a mismatch. */
  text: string;
  start: number;
  end: number;
  statedMinutes: number;
  /** The figure by the domain's definition (the first reading), or null when the timeline cannot give it. */
  computedMinutes: number | null;
  /** Every defensible reading: teams count from the start, the first entry, the detection or the declaration, and
   *  to mitigation or to resolution. The figure is consistent when any of them gives it. */
  readings: Reading[];
  /** The first reading rests on milestones the timeline states (not an estimated start, not weak wording). */
  confident: boolean;
  /** Its key is another name for the kind ("Time to repair"), which the kind's own name ("Time to resolve") outranks. */
  synonymKey: boolean;
  /**
   * For a figure not `confident`: the two entries of a complete timeline (every entry timed, in order, enough of
   * them) whose distance is nearest the figure, when it is within the timeline's span; undefined otherwise. A
   * figure no two entries are apart by contradicts the timeline whichever entries its author counted between.
   */
  nearestSpan: Reading | undefined;
  /**
   * For a figure not `confident` and counted from the start: the least the timeline allows it, from the latest moment
   * its author may have counted from (the detection, when impact had begun, or the declaration) to the earliest
   * milestone it may end at (the mitigation or the resolution), read from strong wording at an exact time in a listed
   * timeline. The start may be unknown; a figure well below this is contradicted wherever its author started counting.
   */
  floor: Reading | undefined;
  target: { operator: '<' | '<=' | '>' | '>='; minutes: number } | undefined;
  /** The ✅ / ❌ after the figure, and its offsets. */
  check: { met: boolean; start: number; end: number } | undefined;
  /** For a window, the length the author wrote beside it ("Duration: 08:52–10:02 CEST (1h 20m)"), and its offsets. */
  writtenLength: { text: string; start: number; end: number; minutes: number } | undefined;
  /** For a length, the window the author wrote beside it in brackets ("Total duration of impact: 3h 45m (06:00–10:26)"). */
  writtenWindow: { text: string; minutes: number } | undefined;
  /** What its key says it counts between ("Time to detect (first unauthorised login to first alert)"), in words. */
  countedBetween: { from: string; to: string } | undefined;
}

/** An availability, error-budget or SLA-breach statement: "SLA Breach: No (30 min < 43.2 min ... for 99.9%)". */
export interface BudgetClaim {
  kind: 'budget' | 'availability' | 'breach';
  start: number;
  end: number;
  /** The SLO the statement names (99.9 for "99.9%"). */
  sloPercent: number | undefined;
  /** The SLO's window when the statement names one ("99.95% per 30 days"), in days. */
  windowDays: number | undefined;
  /** The availability it states ("99.93%"). */
  availabilityPercent: number | undefined;
  /** Decimals written in the availability, to compare at the author's precision. */
  availabilityDecimals: number;
  downtimeMinutes: number | undefined;
  budgetMinutes: number | undefined;
  /** "SLA Breach: No" is false, "Yes" true. */
  breached: boolean | undefined;
  /** Offsets of the written budget, availability and Yes/No, for fixes that rewrite just that text. */
  budgetAt: { start: number; end: number } | undefined;
  availabilityAt: { start: number; end: number } | undefined;
  breachAt: { start: number; end: number } | undefined;
}

/** "Duración total", "Duração do impacto", "Gesamtdauer der Störung", "Ausfallzeit", "Durée de l'incident", "Totale verstoringsduur", "故障时长", "影響時間", "장애 지속 시간", "Durasi gangguan", "Длительность простоя", "Czas trwania". */
const FOREIGN_DURATION = String.raw`czas (?:trwania|niedostępności|awarii)(?: (?:incydentu|awarii|niedostępności|wpływu|przerwy))?|(?:duraci[óo]n|dura[çc][ãa]o|dur[ée]e)(?: totale?)?(?: d[eo]l? (?:la )?[a-zà-ÿ]+| d[oa] [a-zà-ÿ]+| de l['’][a-zà-ÿ]+| de la [a-zà-ÿ]+)?|per[ií]odo de (?:indisponibilidade|indisponibilidad|impacto|interrup[çc][ãa]o|interrupci[óo]n)|(?:gesamt)?dauer(?: der [a-zà-ÿ]+)?|st[öo]rungsdauer|ausfall(?:zeit|dauer)|(?:totale )?(?:ver)?storingsduur|duur van de (?:ver)?storing|(?:tiempo|tempo) (?:total )?de (?:inactividad|indisponibilidad|indisponibilidade|impacto)|temps d['’]indisponibilit[ée]|故障(?:持续)?时长|影响时长|(?:故障)?持续时间|中断时长|不可用时长|影響時間|障害(?:継続)?時間|停止時間|影響期間|(?:총\s?)?장애\s?(?:지속\s?)?(?:시간|기간)|영향\s?(?:시간|기간)|(?:total )?durasi(?: gangguan| insiden| dampak)?|lama gangguan|(?:tổng )?thời gian (?:gián đoạn|ảnh hưởng|sự cố)|длительность(?: влияния| простоя| деградации| инцидента| сбоя)?|время простоя|простой`;
/** "検知までの時間", "復旧時間", "탐지까지 걸린 시간", "복구 시간": the time to a milestone in Japanese and Korean. */
const CJK_TIME_TO = String.raw`(?:検知|緩和|復旧)(?:までの)?時間|(?:탐지|완화|복구)(?:까지\s?걸린)?\s?시간`;
const FOREIGN_FIGURE_KEY = String.raw`${FOREIGN_DURATION}|(?:tempo|tiempo) (?:até(?: a)?|hasta la|de) (?:detec|mitiga|resolu|recupera)[a-zà-ÿ]+|zeit bis zur [a-zà-ÿ]+|${CJK_TIME_TO}`;

const FIGURE_KEYS: [RegExp, FigureKind][] = [
  [/^time to (?:detect(?:ion)?|discover(?:y)?)$/, 'detect'],
  [/^time to (?:ack(?:nowledge(?:ment)?)?|respond|response)$/, 'acknowledge'],
  [/^time to triage$/, 'triage'],
  [/^time to identif(?:y|ication)(?: (?:the )?root cause)?$/, 'identify'],
  [/^time to (?:mitigat(?:e|ion)|contain(?:ment)?)$/, 'mitigate'],
  [/^time to (?:resol(?:ve|ution)|repair|recover(?:y)?|restore)$/, 'resolve'],
  // "Total impact duration", "Total major impact: Over 14 hours".
  // "Duration of impact: 1h 22m", "Total duration of service impact: 1 hour 27 minutes", "Total outage: 53 minutes",
  // "Customer impact: 25 minutes", "Impact window:
  // 14:06–15:09", "Total time of impact: approx. 31 hours 20 minutes".
  [/^(?:total |incident |outage |impact )*duration$|^(?:total )?duration of (?:the )?(?:(?:service|customer|user) )?(?:impact|outage|incident|disruption|exposure|degradation|(?:unauthori[sz]ed )?access|(?:telemetry|service|connectivity|monitoring|visibility) loss|[a-z-]+ (?:outage|downtime|unavailability))(?: (?:for|on) (?:the )?(?:customers?|users?|clients?))?$|^(?:total )?(?:downtime|outage)(?: duration| length| time)?$|^total (?:[a-z]+ )?impact(?: duration)?$|^total (?!partial )(?:[a-z-]+ )?(?:unavailability|degradation)$|^(?:customer|user)[- ]impacting (?:window|period|time)$|^(?:customer|user)(?:[- ](?:facing|visible))? impact(?: duration)?$|^(?:(?:customer|user) )?(?:impact|outage|downtime|exposure) (?:window|period)$|^(?:total )?(?:time|length) of (?:the )?(?:(?:service|customer|user) )?(?:impact|outage|downtime|disruption|unavailability)$/, 'impact'],
  // The same in Spanish, Portuguese, German and French: "Duración total", "Duração do impacto", "Gesamtdauer der
  // Störung", "Durée de l'incident"; "Tempo até detecção", "Tiempo hasta la mitigación", "Zeit bis zur Behebung".
  [new RegExp(`^(?:${FOREIGN_DURATION})$`), 'impact'],
  [/^(?:tempo|tiempo) (?:até(?: a)?|hasta la|de) (?:detec[çc](?:ão|ion|ión)|detectar)$|^zeit bis zur erkennung$/, 'detect'],
  [/^検知(?:までの)?時間$|^탐지(?:까지 ?걸린)? ?시간$/, 'detect'],
  [/^緩和(?:までの)?時間$|^완화(?:까지 ?걸린)? ?시간$/, 'mitigate'],
  [/^復旧(?:までの)?時間$|^복구(?:까지 ?걸린)? ?시간$/, 'resolve'],
  [/^(?:tempo|tiempo) (?:até(?: a)?|hasta la|de) mitiga(?:[çc](?:ão|ion|ión)|r)$|^zeit bis zur (?:eindämmung|umgehung)$/, 'mitigate'],
  [/^(?:tempo|tiempo) (?:até(?: a)?|hasta la|de) (?:resolu[çc](?:ão|ion|ión)|recupera[çc](?:ão|ion|ión)|resolver|recuperar)$|^zeit bis zur (?:behebung|lösung|wiederherstellung)$/, 'resolve'],
  // The "mean time to" names templates give one incident's figures: "MTTD: 10 minutes", "| MTTR | 1 hour |".
  [/^m?ttd$/, 'detect'],
  // A security report's time from the compromise to its detection.
  [/^(?:attacker )?dwell time$/, 'detect'],
  [/^m?tta$/, 'acknowledge'],
  [/^m?ttm$/, 'mitigate'],
  [/^m?ttr$/, 'resolve'],
];
/** Other names for the time to resolve: the domain's own name outranks them when a document writes both. */
const SYNONYM_KEY = /^time to (?:repair|recover(?:y)?|restore)$|^mttr$/;
// At most eight words before "duration": with no bound, every word of a long run of them ("impact impact ...") read
// the rest of the run (quadratic); a name has three at most ("Total incident duration"). "MTTR" only as a field
// ("MTTR: 1 hour"): in prose it is more often the team's mean over many incidents. A name may carry its abbreviation
// ("Time to Detect (TTD): 5 minutes") or, before its colon, what it counts ("Total duration (start → backfill): ...").
const KEY = new RegExp(String.raw`(?:^|[\s*_(])((?:${FOREIGN_FIGURE_KEY})(?=(?:\s*\((?:kunden|nutzer)(?:impact|auswirkungen?)\))?[\s*_]*[:：])|(?:(?:total )?time to [a-z]+(?: (?:the )?root cause)?)|(?:total )?duration of (?:the )?(?:(?:service|customer|user) )?(?:impact|outage|incident|disruption|exposure|degradation|(?:unauthori[sz]ed )?access|(?:telemetry|service|connectivity|monitoring|visibility) loss|[a-z-]+ (?:outage|downtime|unavailability))(?: (?:for|on) (?:the )?(?:customers?|users?|clients?))?(?=[\s*_]*[:：])|(?:(?:total |incident |outage |impact ){0,8}duration)|(?:total )?downtime|total (?:[a-z]+ )?impact|total (?!partial )(?:[a-z-]+ )?(?:unavailability|degradation)(?=[\s*_]*[:：])|(?:customer|user)[- ]impacting (?:window|period|time)(?=[\s*_]*[:：])|(?:(?:total )?outage(?: duration| length| time)?|(?:customer|user)(?:[- ](?:facing|visible))? impact(?: duration)?|(?:(?:customer|user) )?(?:impact|outage|downtime|exposure) (?:window|period)|(?:total )?(?:time|length) of (?:the )?(?:(?:service|customer|user) )?(?:impact|outage|downtime|disruption|unavailability)|(?:attacker )?dwell time|m?tt[darm])(?=[\s*_]*[:：]))(?:\s*\(\s*(?:[A-Z]{2,5}|mtt[darm])\s*\)|\s*(\([^()\n]{1,60}\))(?=[\s*_]*[:：]))?[\s*_]*[:：]?[\s*_]*`, 'gi');
/** A line opening with the last words of a key wrapped from the line before: "disruption: 3h 10m.". */
const WRAPPED_KEY_END = /^[\s*_]*(?:[a-z]+\s+){0,3}[a-z]+[\s*_]*:\s*\S/i;
/** What opens a line before its first word: list markers, numbering, quote and table marks, emphasis. */
const LINE_OPENING = /^[\s>|*_+#-]*(?:\d+[.)]\s*)?[\s*_]*/;
/** Words an author rounds a key's figure with, before it: "Over 14 hours across four incidents". */
const VALUE_HEDGE = new RegExp(String.raw`^[\s*_]*(${BOUND_WORDS}|around|roughly|nearly|almost|at least)\s+$`, 'i');
/** The length in brackets right after a window: " CEST (1h 20m)". */
const OWN_LENGTH = new RegExp(String.raw`^[^()\n]{0,16}?\(\s*(${DURATION.source})\s*\)`, 'i');
/** "das 19h02 às 20h46, totalizando 1h24min": the window's length in words after it. */
const OWN_LENGTH_WORDED = new RegExp(String.raw`^\s*,?\s*(?:totalizando|totall?ing|en total|no total|i\.e\.|ou seja|es decir)\s+(${DURATION.source})`, 'i');
/** The length written after a window the engine cannot read: "22:30 UTC on October 29 to 05:39 UTC on October 30 (7 hours 9 minutes)". */
const WINDOW_LENGTH = new RegExp(String.raw`\d[^()]{0,60}?\s(?:to|until|through|-|–)\s[^()]{0,60}?\d[^()]{0,40}\(\s*(${DURATION.source})\s*\)`, 'i');
const CHECK = /(✅|✔️?|☑️?|❌|✗|✖️?)/u;
const TARGET = /\(\s*target:?\s*([<>]=?|≤|≥)?\s*([^)]*)\)/i;

/** Table rows, spans or readings gone through between two steps: a few milliseconds' work. */
const ITEMS_PER_STEP = 250;

/**
 * Reads stated durations and budget statements from the document's paragraphs (list items included). In steps,
 * yielding every ITEMS_PER_STEP table rows, readings or spans (a 1 MB post-mortem has about 6,000 rows).
 */
export function* findStatedFigures(index: DocumentIndex, grids: Grid[]): Generator<void, { figures: StatedFigure[]; budgetClaims: BudgetClaim[] }> {
  let items = 0;
  const stepDue = () => ++items % ITEMS_PER_STEP === 0;
  const figures: StatedFigure[] = [];
  const found = new FiguresByStart();
  const add = (figure: StatedFigure) => {
    figures.push(figure);
    found.add(figure);
  };
  const budgetClaims: BudgetClaim[] = [];
  // Paragraphs, and lines folded into a table as one-cell rows ("Total Duration: ..." under a timeline).
  const spans = index.paragraphs.map(offsetsOf);
  // The table rows' own figures and statements, read a piece at a time (memoised by the piece's text).
  const rows = concatenated(grids.map((grid) => grid.rows));
  for (const reading of yield* readPerPieceSteps(index, rows, ROWS, (row, origin) => rowReadings(index.text, row, origin), shiftedRowReading, (row) => row.start)) {
    if (reading.oneCell) spans.push([reading.start, reading.end]);
    for (const figure of reading.figures) add(figure);
    if (reading.claim) budgetClaims.push(reading.claim);
  }
  // Each span's own figures and statements, the paragraphs' read a piece at a time (memoised by the piece's text).
  const readings = [
    ...(yield* readPerPieceSteps(index, index.paragraphs, PARAGRAPHS, (paragraph, origin) => [spanReading(index.text, ...offsetsOf(paragraph), origin)], shiftedSpanReading)),
    ...spans.slice(index.paragraphs.length).map(([start, end]) => spanReading(index.text, start, end, 0)),
  ];
  for (const reading of readings) {
    if (stepDue()) yield;
    for (const figure of reading.prose) {
      if (!found.covering(figure.start)) add(figure);
    }
    for (const line of reading.lines) {
      // Checked against the figures before this line's (its own may share a start).
      for (const figure of line.figures.filter((k) => !found.startingAt(k.start))) add(figure);
      if (line.claim) budgetClaims.push(line.claim);
    }
  }
  // "### Total duration" over "1h 15m": an issue form's field, its answer the paragraph below its label.
  for (const [heading, answer] of formAnswers(index)) {
    const label = toString(heading);
    const kind = figureKindOf(label);
    const [start, end] = offsetsOf(answer);
    if (!kind || end - start > 40 || !DURATION.test(index.text.slice(start, end))) continue;
    for (const figure of figuresInValue(kind, isSynonymKey(label), index.text.slice(start, end), start)) if (!found.startingAt(figure.start)) add(figure);
  }
  // Front matter's metrics ("ttr: 1h05m"), where teams that track them keep them: its fields, not its prose.
  if (index.frontMatter) {
    for (const line of spanReading(index.text, ...offsetsOf(index.frontMatter), 0).lines) for (const figure of line.figures) if (!found.startingAt(figure.start)) add(figure);
  }
  // "during those 36 hours": a length already stated, pointed back at.
  const impacts = figures.filter((f) => f.kind === 'impact' && f.form !== 'range').map((f) => f.statedMinutes);
  if (impacts.length > 0) {
    for (const [k, [start, end]] of spans.entries()) {
      if (stepDue()) yield;
      if (!readings[k].mentionsDuration) continue;
      for (const prose of restatedFigures(proseOf(index.text, start, end), impacts)) {
        if (!found.covering(start + prose.start)) add(proseFigure(prose, start));
      }
    }
  }
  const byPosition = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return { figures: figures.sort(byPosition), budgetClaims: budgetClaims.sort(byPosition) };
}

const MAY_NAME_A_FIGURE = /duration|downtime|outage|impact|time to|dwell|\btt[darm]\b|mttr/i;

/** Each heading with the paragraph right under it (a form's label and its answer). */
function formAnswers(index: DocumentIndex): [Heading, Paragraph][] {
  const pairs: [Heading, Paragraph][] = [];
  const blocks = index.tree.children;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const [heading, answer] = [blocks[i], blocks[i + 1]];
    // Only a short label that may name a figure: a document of many headings reads none of them further.
    if (heading.type === 'heading' && answer.type === 'paragraph' && offsetsOf(heading)[1] - offsetsOf(heading)[0] < 80 && MAY_NAME_A_FIGURE.test(index.text.slice(...offsetsOf(heading)))) pairs.push([heading, answer]);
  }
  return pairs;
}

/**
 * The figures found so far, by start, for the two questions asked of each new one (a 1 MB post-mortem states
 * thousands: a scan of them all per new figure was quadratic).
 */
class FiguresByStart {
  /** Sorted by start. */
  private readonly sorted: StatedFigure[] = [];
  /** The longest reach (end + 3 - start) of a figure: how far before an offset a figure covering it may start. */
  private reach = 0;

  add(figure: StatedFigure): void {
    this.sorted.splice(this.firstAfter(figure.start), 0, figure);
    this.reach = Math.max(this.reach, figure.end + 3 - figure.start);
  }

  /** Whether a figure starts at `offset`. */
  startingAt(offset: number): boolean {
    const i = this.firstAfter(offset) - 1;
    return i >= 0 && this.sorted[i].start === offset;
  }

  /** Whether a figure starts at or before `offset` and ends less than 3 characters before it. */
  covering(offset: number): boolean {
    for (let i = this.firstAfter(offset) - 1; i >= 0 && this.sorted[i].start > offset - this.reach; i--) {
      if (offset < this.sorted[i].end + 3) return true;
    }
    return false;
  }

  /** The index of the first figure starting after `offset`. */
  private firstAfter(offset: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sorted[mid].start <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** What one span (a paragraph, a one-cell row) states by itself: its prose figures, and each line's figures and budget statement. */
interface SpanReading {
  prose: StatedFigure[];
  /** Whether it names a duration at all: only such a span can restate one (`restatedFigures`). */
  mentionsDuration: boolean;
  /** The lines that state a figure or a budget, in order. */
  lines: { figures: StatedFigure[]; claim: BudgetClaim | undefined }[];
}

// The spans' readings of each piece of the document, relative to its start.
const PARAGRAPHS = pieceMemo<SpanReading>();

/** A sentence may wrap over lines: prose is read over the whole span, a newline read as a space. */
function proseOf(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[\r\n]/g, ' ');
}

/** What a table row states by itself: its figures and budget statement, and whether it is a line folded into the table. */
interface RowReading {
  start: number;
  end: number;
  /** One filled cell: a line of prose folded into the table, read as a span. */
  oneCell: boolean;
  figures: StatedFigure[];
  claim: BudgetClaim | undefined;
}

// The table rows' readings of each piece of the document, relative to its start (only rows that state something).
const ROWS = pieceMemo<RowReading>();

/** The row's reading, its offsets less `origin`; none when it states nothing (most rows: a timeline's). */
function rowReadings(text: string, row: GridRow, origin: number): RowReading[] {
  const filled = row.cells.filter((c) => c.text);
  const figures: StatedFigure[] = [];
  let claim: BudgetClaim | undefined;
  // | Time to detect | 12 minutes |: a metrics table.
  const kind = filled.length >= 2 ? figureKindOf(filled[0].text) : undefined;
  // "| Testnet Availability | Halted for ~9 hours |": a figure stated in a cell's sentence.
  if (!kind && filled.length >= 2) for (const cell of filled) for (const prose of proseFigures(text.slice(cell.start, cell.end))) figures.push(proseFigure(prose, cell.start - origin));
  if (kind) {
    // "| TTD | impact start → first alert | 8 min |": the value in a later column, the one between naming its two ends.
    const value = filled.length < 3 || DURATION.test(filled[1].text) ? filled[1] : (filled.slice(2).find((cell) => DURATION.test(cell.text)) ?? filled[1]);
    const ends = value === filled[1] ? /\([^()]*\)\s*$/.exec(filled[0].text.replace(/[*_]/g, ''))?.[0] : `(${filled[1].text})`;
    const read = withCountedBetween(figuresInValue(kind, isSynonymKey(filled[0].text), text.slice(value.start, value.end), value.start - origin), ends);
    // "| Time to acknowledge | 10:11 | 10:13 | 2 min |": a From and a To column before the length, its own window.
    const window = value === filled[3] ? clockWindow(filled[1].text, filled[2].text) : undefined;
    figures.push(...(window ? read.map((figure) => ({ ...figure, writtenWindow: figure.writtenWindow ?? window })) : read));
  }
  const keyed = !kind && filled.length === 2 ? minutesKeyFigure(`${filled[0].text}: ${text.slice(filled[1].start, filled[1].end)}`, filled[1].start - origin - filled[0].text.length - 2) : undefined;
  if (keyed) figures.push(keyed);
  else if (!kind && filled.length === 2) {
    const written = budgetClaimInLine(`${filled[0].text}: ${text.slice(filled[1].start, filled[1].end)}`, row.start - origin);
    if (written) claim = { ...written, start: row.start - origin, end: row.end - origin };
  }
  const oneCell = filled.length === 1;
  return oneCell || figures.length > 0 || claim ? [{ start: row.start - origin, end: row.end - origin, oneCell, figures, claim }] : [];
}

/**
 * A cell that is a clock time and nothing else, perhaps after its weekday: "10:11", "**10:13 CET**", "9:05 PM",
 * "Sun 1700" (a four-digit time, as a From or To column beside a length writes it).
 */
const CLOCK_CELL = /^[*_]*(?:(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)[a-z]*\.?,?\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?|(?:[01]\d|2[0-3])[0-5]\d)(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?[*_]*$/;
/** A four-digit time in such a cell, written with its colon for the window's reading. */
const FOUR_DIGIT_TIME = /\b([01]\d|2[0-3])([0-5]\d)\b/;

/** Two cells that are each a clock time, as the window between them. */
function clockWindow(from: string, to: string): { text: string; minutes: number } | undefined {
  if (!CLOCK_CELL.test(from.trim()) || !CLOCK_CELL.test(to.trim())) return undefined;
  const end = (cell: string) => cell.replace(/[*_]/g, '').trim().replace(FOUR_DIGIT_TIME, '$1:$2');
  const window = windowIn(`${end(from)} to ${end(to)}`);
  return window && { text: `${from.trim()}–${to.trim()}`, minutes: window.minutes };
}

function shiftedRowReading(reading: RowReading, by: number): RowReading {
  return { start: reading.start + by, end: reading.end + by, oneCell: reading.oneCell, figures: reading.figures.map((f) => shiftedFigure(f, by)), claim: reading.claim && shiftedClaim(reading.claim, by) };
}

/**
 * The text with what its code spans hold blanked, offsets kept: a pasted log line or command states no figure of the
 * incident ("`!log ... Synchronized wmf-config (duration: 03m 12s)`").
 */
function codeBlanked(text: string): string {
  return text.includes('`') ? text.replace(/(`+)[^`\n][^\n]*?\1/g, (code) => ' '.repeat(code.length)) : text;
}

const HOURS_AT_END = /\d\s*(?:hours?|hrs?|h)[ \t]*$/i;
// Not "1 hour\n5 minutes of which were spent waiting": the minutes end the figure, before a bracket or a full stop.
const MINUTES_AT_START = /^[ \t>]*\d{1,2}\s*(?:minutes?|mins?|m)\b(?=\s*(?:$|[.,;(]))/i;

/** The span's readings, their offsets less `origin`. */
function spanReading(text: string, start: number, end: number, origin: number): SpanReading {
  const written = codeBlanked(proseOf(text, start, end));
  const prose = proseFigures(written).map((figure) => proseFigure(figure, start - origin));
  const lines: SpanReading['lines'] = [];
  let lineStart = start;
  let previous: { start: number; text: string } | undefined;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    // "... service: 3 hours\n3 minutes (08.52 to 11.55).": a figure wrapped between its hours and its minutes is read
    // whole (the line break read as the space it stands for, so offsets stay).
    if (lineEnd < end && HOURS_AT_END.test(text.slice(Math.max(lineStart, lineEnd - 20), lineEnd)) && MINUTES_AT_START.test(text.slice(lineEnd + 1, lineEnd + 20))) {
      const next = text.indexOf('\n', lineEnd + 1);
      lineEnd = next < 0 || next > end ? end : next;
    }
    const line = codeBlanked(text.slice(lineStart, lineEnd).replace(/\n/g, ' '));
    let figures = figuresInLine(line, lineStart - origin);
    // "Total duration of the\ndisruption: 3h 10m.": a key wrapped in the paragraph is read across its line break.
    if (figures.length === 0 && previous && WRAPPED_KEY_END.test(line) && !/[.!?:;]\s*$/.test(previous.text)) {
      figures = figuresInLine(`${previous.text} ${line}`, previous.start - origin).filter((f) => f.start >= lineStart - origin);
    }
    const claim = budgetClaimInLine(line, lineStart - origin);
    // Only lines that state something: most state nothing, and every reading after an edit is copied.
    if (figures.length > 0 || claim) lines.push({ figures, claim });
    previous = { start: lineStart, text: line };
    lineStart = lineEnd + 1;
  }
  return { prose, mentionsDuration: mentionsDuration(written), lines };
}

/** A memoised reading placed `by` further on. */
function shiftedSpanReading(reading: SpanReading, by: number): SpanReading {
  // One that states nothing has no offsets: shared (readings are never changed by their readers).
  if (reading.prose.length === 0 && reading.lines.length === 0) return reading;
  return {
    prose: reading.prose.map((f) => shiftedFigure(f, by)),
    mentionsDuration: reading.mentionsDuration,
    lines: reading.lines.map((line) => ({ figures: line.figures.map((f) => shiftedFigure(f, by)), claim: line.claim && shiftedClaim(line.claim, by) })),
  };
}

/** A memoised figure placed `by` further on, as written (`withComputed` measures it, in a copy of its own). */
function shiftedFigure(f: StatedFigure, by: number): StatedFigure {
  // Field by field, not a spread: a 1 MB post-mortem's pieces after an edit hold thousands of figures and claims.
  return {
    kind: f.kind,
    form: f.form,
    text: f.text,
    start: f.start + by,
    end: f.end + by,
    statedMinutes: f.statedMinutes,
    computedMinutes: f.computedMinutes,
    readings: f.readings,
    confident: f.confident,
    synonymKey: f.synonymKey,
    nearestSpan: f.nearestSpan,
    floor: f.floor,
    target: f.target,
    check: f.check && { met: f.check.met, start: f.check.start + by, end: f.check.end + by },
    writtenLength: f.writtenLength && { ...f.writtenLength, start: f.writtenLength.start + by, end: f.writtenLength.end + by },
    writtenWindow: f.writtenWindow,
    countedBetween: f.countedBetween,
  };
}

function shiftedClaim(claim: BudgetClaim, by: number): BudgetClaim {
  const at = (span: { start: number; end: number } | undefined) => span && { start: span.start + by, end: span.end + by };
  return {
    kind: claim.kind,
    start: claim.start + by,
    end: claim.end + by,
    sloPercent: claim.sloPercent,
    windowDays: claim.windowDays,
    availabilityPercent: claim.availabilityPercent,
    availabilityDecimals: claim.availabilityDecimals,
    downtimeMinutes: claim.downtimeMinutes,
    budgetMinutes: claim.budgetMinutes,
    breached: claim.breached,
    budgetAt: at(claim.budgetAt),
    availabilityAt: at(claim.availabilityAt),
    breachAt: at(claim.breachAt),
  };
}

/** A figure as written at `start`, not yet measured against the timeline (`withComputed` does that). */
function writtenFigure(kind: FigureKind, form: StatedFigure['form'], text: string, start: number, statedMinutes: number, claims: Partial<Pick<StatedFigure, 'target' | 'check' | 'synonymKey' | 'writtenLength' | 'writtenWindow'>> = {}): StatedFigure {
  const { target, check, synonymKey = false, writtenLength, writtenWindow } = claims;
  return { kind, form, text, start, end: start + text.length, statedMinutes, computedMinutes: null, readings: [], confident: false, nearestSpan: undefined, floor: undefined, synonymKey, target, check, writtenLength, writtenWindow, countedBetween: undefined };
}

function proseFigure(prose: ProseFigure, lineStart: number): StatedFigure {
  const { length } = prose;
  const writtenLength = length && { ...length, start: lineStart + length.start, end: lineStart + length.end };
  return writtenFigure(prose.kind, prose.form, prose.text, lineStart + prose.start, prose.minutes, writtenLength ? { writtenLength } : {});
}

/**
 * How far after its key a figure is read. A figure follows its key within a sentence or two (the corpus's longest line
 * is under 1,000 characters); reading the rest of a long line from every key ("downtime downtime ...") was quadratic.
 */
const MAX_VALUE_CHARS = 2_000;

/**
 * A key that names its unit, with a bare number after it: "Minutes downtime or degradation: 83" (GitLab's incident
 * review), "Downtime (minutes): 83". Minutes only: a bare "2.5" under an hours key would be read to the minute.
 */
const MINUTES_KEY = /(?:^|[\s*_(|])(?:(?:total\s+)?(?:minutes|mins)\s+(?:of\s+)?(?:downtime|outage|impact|degradation)(?:\s+or\s+(?:downtime|outage|impact|degradation))?|(?:downtime|outage|impact|duration)\s*\((?:minutes|mins|min)\))[\s*_]*:[\s*_]*(\d{1,6})(?![\d.,:]|\s*[a-z%])/i;

/** The figure of a line (or a row written as "key: value") whose key names its unit in minutes. */
function minutesKeyFigure(line: string, lineStart: number): StatedFigure | undefined {
  const match = MINUTES_KEY.exec(line);
  return match ? writtenFigure('impact', 'key', match[1], lineStart + match.index + match[0].length - match[1].length, Number(match[1])) : undefined;
}

/** "TTD / TTM / TTR: 6 min / 71 min / 97 min": keys joined by slashes, their values in the same order. */
const SLASHED_KEYS = /(?:^|[\s*_(])((?:m?tt[darm]|time to [a-z]+)(?:\s*\/\s*(?:m?tt[darm]|time to [a-z]+))+)[\s*_]*:[\s*_]*([^\n]*)/i;
/** "TTD 4 min · TTM 50 min · TTR 2h 28m": abbreviated keys each followed by its value, without a colon. */
const INLINE_METRIC = /\b(m?tt[darm])\s+(~?\d[^·•|,;\n]*?)(?=\s*(?:[·•|,;]|$))/gi;

/** The figures of keys written together on one line, each paired with its value; none when they do not pair up. */
function pairedFigures(line: string, lineStart: number): StatedFigure[] | undefined {
  const slashed = SLASHED_KEYS.exec(line);
  if (slashed) {
    const keys = slashed[1].split('/').map((k) => k.trim());
    const valuesFrom = slashed.index + slashed[0].length - slashed[2].length;
    const values = slashed[2].split('/');
    if (values.length !== keys.length) return [];
    const figures: StatedFigure[] = [];
    let at = valuesFrom;
    keys.forEach((key, i) => {
      const kind = figureKindOf(key);
      if (kind) figures.push(...figuresInValue(kind, isSynonymKey(key), values[i], lineStart + at));
      at += values[i].length + 1;
    });
    return figures;
  }
  const inline = matchesOf(INLINE_METRIC, line);
  if (inline.length < 2) return undefined;
  return inline.flatMap((m) => {
    const kind = figureKindOf(m[1]);
    return kind ? figuresInValue(kind, isSynonymKey(m[1]), m[2], lineStart + m.index + m[0].length - m[2].length) : [];
  });
}

function figuresInLine(line: string, lineStart: number): StatedFigure[] {
  const figures: StatedFigure[] = [];
  const keyed = minutesKeyFigure(line, lineStart);
  if (keyed) figures.push(keyed);
  const paired = /\btt[darm]\b|\btime to\b/i.test(line) ? pairedFigures(line, lineStart) : undefined;
  if (paired) return [...figures, ...paired];
  for (const key of matchesOf(KEY, line)) {
    const keyKind = figureKindOf(key[1]);
    // What a key counts, in parentheses, only for a key opening its line: in a sentence ("including downtime (planned
    // maintenance window): 30 minutes of it ...") it is no key.
    if (!keyKind || (key[2] !== undefined && /\p{L}/u.test(line.slice(0, key.index).replace(LINE_OPENING, '')))) continue;
    // "enforce max silence duration (7d)": "duration" alone, no colon, after a word of the sentence is that thing's.
    if (/^duration$/i.test(key[1]) && !/[:：]/.test(key[0]) && /\p{L}[\s*_(]*$/u.test(line.slice(0, key.index + key[0].indexOf(key[1])).replace(LINE_OPENING, ''))) continue;
    // "faster than the 2/14 downtime (28 min)", "previous outage duration: 3h": another incident's.
    if (OTHER_INCIDENT.test(line.slice(Math.max(0, key.index - 60), key.index + key[0].length))) continue;
    const valueFrom = key.index + key[0].length;
    figures.push(...withCountedBetween(figuresInValue(keyKind, isSynonymKey(key[1]), line.slice(valueFrom, valueFrom + MAX_VALUE_CHARS), lineStart + valueFrom), key[2]));
  }
  return figures;
}

/** "(first unauthorised login to first alert)", "(from the first report until mitigation)": a key's own two ends. */
const COUNTED_BETWEEN = /^\(\s*(?:from\s+)?([^()]{3,40}?)\s+(?:to|until|→|->)\s+([^()]{3,40}?)\s*\)$/i;

/** The figures of a key, with the two ends its parenthesis names, if it names them. */
function withCountedBetween(figures: StatedFigure[], parenthesis: string | undefined): StatedFigure[] {
  const between = parenthesis ? COUNTED_BETWEEN.exec(parenthesis.trim()) : null;
  return between ? figures.map((figure) => ({ ...figure, countedBetween: { from: between[1], to: between[2] } })) : figures;
}

/** Words that name no moment of their own: "the first alert" is found by "alert". */
const NOT_A_MOMENT_WORD = /^(?:the|a|an|first|initial|earliest|of|on|in|at|by|our|its|their)$/i;

/** The entry, from `after` on, whose words hold every word of `phrase` that names the moment (at their start). */
function entryTold(entries: TimelineEntry[], phrase: string, after: number): TimelineEntry | undefined {
  const words = phrase.toLowerCase().split(/[^\p{L}\d]+/u).filter((word) => word.length > 1 && !NOT_A_MOMENT_WORD.test(word));
  if (words.length === 0) return undefined;
  const patterns = words.map((word) => new RegExp(`(?<![\\p{L}\\d])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu'));
  return entries.filter((entry) => hasClockTime(entry) && entry.instant!.toMillis() >= after && patterns.every((p) => p.test(entry.prose))).sort((a, b) => a.instant!.toMillis() - b.instant!.toMillis())[0];
}

/** The reading between the two ends a figure's key names, when the timeline tells both. */
function readingBetween(entries: TimelineEntry[], between: { from: string; to: string }): Reading | undefined {
  const from = entryTold(entries, between.from, -Infinity);
  const to = from && entryTold(entries, between.to, from.instant!.toMillis());
  return from && to && to !== from ? { minutes: Math.round((to.instant!.toMillis() - from.instant!.toMillis()) / 60_000), from, to } : undefined;
}

function figureKindOf(key: string): FigureKind | undefined {
  const normalised = normalisedKey(key);
  return FIGURE_KEYS.find(([pattern]) => pattern.test(normalised))?.[1];
}

function isSynonymKey(key: string): boolean {
  return SYNONYM_KEY.test(normalisedKey(key));
}

/**
 * A key as FIGURE_KEYS names it: lower case, without emphasis, the abbreviation it carries ("Time to Resolve (MTTR)",
 * "TTD (time to detect)")
 * or what it counts from ("Time to detect (first user report)", "Time to resolve after detection", "MTTR (customer
 * impact)"): the readings
 * tried count from the detection and the first report too. A key naming a part ("Time to mitigate (all POPs)") is
 * not the incident's.
 */
function normalisedKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[*_:]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\([^()]{0,40}\b(?:from|since|after|first|detection|report|alert|page|start|(?:customer|user|service) impact|(?:kunden|nutzer)(?:impact|auswirkungen?)|(?:incident )?clos(?:ed|ure)|resol(?:ved|ution))\b[^()]{0,40}\)$|\s*\(\s*[a-z]{2,5}\s*\)$|(?<=^m?tt[darm]) ?\(\s*(?:mean )?time to [a-z]+\s*\)$/, '')
    .replace(/ (?:after|from|since) (?:the )?(?:first )?(?:detection|report|alert|page|impact|start)$/, '')
    // "Total time to detect": the time to detect.
    .replace(/^total (?=time to )/, '');
}

/**
 * "installer broken for all platforms, 16:05–18:33 UTC": an impact's one window, after the words saying what it was.
 * Not one of several ("degraded 14:00–14:30, down 14:30–15:10"): each tells of a part; nor one after a longer label
 * the key only began ("Downtime procedures in force: 07:05 to 08:20").
 */
function onlyWindowAfterWords(value: string): StatedWindow | undefined {
  const windows: StatedWindow[] = [];
  // "das 19h02 às 20h46", "de las 19:02 a las 20:46": from and to in Portuguese and Spanish too.
  for (const match of matchesOf(/[,;(—–]\s*(?=\d)|(?<![\p{L}])(?:from|between|das|desde|entre|de las)\s+(?=\d)/giu, value)) {
    if (value.slice(0, match.index).includes(':')) break;
    const at = match.index + match[0].length;
    const window = windowIn(value.slice(at));
    if (window) windows.push({ ...window, start: at + window.start });
  }
  return windows.length === 1 ? windows[0] : undefined;
}

/**
 * "Time to detect: 1h20", "Total downtime: ~2h05": hours and minutes as French and German authors write them, read as
 * a length only as a figure's value (in a sentence "06h05" is a clock time).
 */
// Not a window's first end ("18h58 → 19h55").
const HOURS_AND_MINUTES = /(?<=^[\s*_]*)(?:~\s*)?(?<![\d.,])(\d{1,2})\s?h\s?([0-5]\d)(?![\d:.,]|\s*(?:m|min|[ap]\.?m\b|→|->|[-–—]\s*\d|to\s+\d|until\b))/i;

/** The figures of a value: "30 minutes (outage) + 2.5 hours (full resolution)", each part with its own label. */
function figuresInValue(keyKind: FigureKind, synonymKey: boolean, value: string, valueStart: number): StatedFigure[] {
  const figures: StatedFigure[] = [];
  let partFrom = 0;
  for (const part of value.split(/\s\+\s/)) {
    const partStart = value.indexOf(part, partFrom);
    partFrom = partStart + part.length;
    const duration = DURATION.exec(part) ?? HOURS_AND_MINUTES.exec(part);
    // "Over 14 hours across four incidents": the hedge is part of the figure as written (its rounding).
    const hedge = duration && duration.index > 2 ? VALUE_HEDGE.exec(part.slice(0, duration.index)) : null;
    if (!duration || (duration.index > 2 && !hedge)) {
      // "Duration: 12:00am to 9:00am", "Duration: 2025-06-19 12:24 to 2025-06-22 09:30"
      const opening = windowIn(part);
      const worded = opening ? undefined : /^\s*[*_]*\s*([A-Za-z~\\][^,;(<]{2,30})/.exec(part);
      const wordedMinutes = worded ? amountMinutes(worded[1].trim()) : undefined;
      const range = opening ?? (keyKind === 'impact' && !wordedMinutes ? onlyWindowAfterWords(part) : undefined);
      if (worded && wordedMinutes) {
        const text = worded[1].trim();
        const at = valueStart + partStart + part.indexOf(text);
        figures.push(writtenFigure(keyKind, 'key', text, at, wordedMinutes, { synonymKey }));
      }
      if (range) {
        // "08:52–10:02 CEST (1h 20m)": the length the author gives the window, which the window itself checks.
        const rangeStart = valueStart + partStart + range.start;
        const after = part.slice(range.start + range.text.length);
        const length = OWN_LENGTH.exec(after) ?? OWN_LENGTH_WORDED.exec(after);
        const lengthStart = length && rangeStart + range.text.length + length[0].lastIndexOf(length[1]);
        const writtenLength = length && durationMinutes(length[1]) ? { text: length[1], start: lengthStart!, end: lengthStart! + length[1].length, minutes: durationMinutes(length[1])! } : undefined;
        figures.push(writtenFigure(keyKind, 'range', range.text, rangeStart, range.minutes, { synonymKey, writtenLength }));
      }
      const length = range || (worded && wordedMinutes) || !part.includes('(') ? undefined : WINDOW_LENGTH.exec(part);
      if (length) {
        const at = valueStart + partStart + length.index + length[0].lastIndexOf(length[1]);
        figures.push(writtenFigure(keyKind, 'key', length[1], at, durationMinutes(length[1])!, { synonymKey }));
      }
      break;
    }
    const label = /^\s*\(([^)]*)\)/.exec(part.slice(duration.index + duration[0].length))?.[1] ?? '';
    const kind = /full resolution|total|end.to.end/i.test(label) ? 'total' : /outage|impact|downtime/i.test(label) ? 'impact' : keyKind;
    const target = TARGET.exec(part);
    const targetMinutes = target ? durationMinutes(target[2]) : undefined;
    const check = CHECK.exec(part);
    const at = valueStart + partStart;
    const textStart = hedge ? hedge[0].indexOf(hedge[1]) : duration.index;
    // "3h 45m (06:00–10:26)", "2h 27m (impact), 08:21Z–10:48Z": the window the author counted it over.
    const afterLabel = part.slice(duration.index + duration[0].length).replace(/^\s*\([^)]*\)/, '');
    const windowAfter = /^\s*[,;:—–-]\s*(\S[^,;]*)$/.exec(afterLabel)?.[1];
    const windowFrom = label && windowIn(label) ? label : windowAfter;
    const window = windowFrom ? windowIn(windowFrom) : undefined;
    figures.push(
      writtenFigure(kind, 'key', part.slice(textStart, duration.index + duration[0].length), at + textStart, durationMinutes(duration[0]) ?? Number(duration[1]) * 60 + Number(duration[2]), {
        target: target && targetMinutes !== undefined ? { operator: normaliseOperator(target[1]), minutes: targetMinutes } : undefined,
        check: check ? { met: /✅|✔|☑/u.test(check[1]), start: at + check.index, end: at + check.index + check[1].length } : undefined,
        // A part labelled "(outage)" under "Time to repair" is named by its label, not by the key.
        synonymKey: synonymKey && kind === keyKind,
        // The brackets hold the window and little else ("06:00–10:26 CET"), not a sentence that names two times.
        writtenWindow: window && window.text.length >= windowFrom!.trim().length - 6 ? { text: window.text, minutes: window.minutes } : undefined,
      }),
    );
  }
  return figures;
}

function normaliseOperator(op: string | undefined): '<' | '<=' | '>' | '>=' {
  if (op === '≤') return '<=';
  if (op === '≥') return '>=';
  return (op as '<' | '<=' | '>' | '>=' | undefined) ?? '<=';
}

const PERCENT = /(\d{2,3}(?:\.(\d+))?)\s*%/g;
const DAY_MINUTES = 24 * 60;
// "99.95% per 30 days", "October has 31 days": the SLO's window.
const SLO_WINDOW_BEFORE = /\b(?:per|over|for|every|each|across|in|of|has)\s+(?:(?:a|the|one|any)\s+)?(?:(?:rolling|trailing|calendar)\s+)?$/i;
/** No budget or downtime of a statement is a week or longer: that is its window ("31 days = 44,640 minutes"). */
const LONGEST_BUDGET_MINUTES = 7 * DAY_MINUTES;
/** A statement per sentence: "SLO: 99.9% per month = 43.2 minutes of budget. SLA breach: No (22 min < 43.2 min)." */
const SENTENCE_END = /(?<=[.;])\s+(?=[A-Z*_(])/g;
// Capitalised, as a month is written ("this may be" names none); February's length depends on its year.
const MONTH_DAYS: Record<string, number> = { January: 31, March: 31, April: 30, May: 31, June: 30, July: 31, August: 31, September: 30, October: 31, November: 30, December: 31 };
const MONTH_NAMED = new RegExp(`\\b(${Object.keys(MONTH_DAYS).join('|')})\\b`);

// Not a share of the budget spent ("the incident used 95% of September's budget").
const SHARE_OF_BUDGET = /^\s*of\s+(?:the\s+|our\s+|its\s+|this\s+|\S+['’]s\s+)?(?:(?:monthly|quarterly|weekly|remaining|error)\s+)*budget\b/i;
const slosIn = (text: string) => matchesOf(PERCENT, text).filter((m) => Number(m[1]) >= 90 && Number(m[1]) <= 100 && !SHARE_OF_BUDGET.test(text.slice(m.index + m[0].length)));

const OVER_EVENTS = /^\s*of\s+(?:all\s+)?(?!(?:the\s+)?(?:time|minutes?|hours?|days?|month|week|year|period|window)\b)[a-z][\w-]*s\b/i;

/** The first budget, availability or breach statement of a line, read a sentence at a time. */
function budgetClaimInLine(line: string, lineStart: number): BudgetClaim | undefined {
  const lineSlos = slosIn(line);
  if (lineSlos.length === 0) return undefined;
  let from = 0;
  for (const boundary of [...matchesOf(SENTENCE_END, line), undefined]) {
    const to = boundary ? boundary.index : line.length;
    const claim = budgetClaimIn(line.slice(from, to), lineStart + from, Number(lineSlos[0][1]));
    if (claim) return claim;
    if (boundary) from = boundary.index + boundary[0].length;
  }
  return undefined;
}

/** A sentence's statement; `lineSlo`: the SLO its line names, for a sentence that names none ("SLA breach: No"). */
function budgetClaimIn(sentence: string, sentenceStart: number, lineSlo: number): BudgetClaim | undefined {
  const percents = slosIn(sentence);
  const lower = sentence.toLowerCase();
  // "~90M/month → 900k budget", "~1.57M msgs": a count of requests in millions is no duration.
  const written = matchesOf(EVERY_DURATION, sentence)
    .filter((m) => !/^[~≈]?\d+(?:\.\d+)?M$/.test(m[0].trim()))
    .map((m) => ({ minutes: durationMinutes(m[0])!, at: span(sentenceStart + m.index, m[0]), offset: m.index }));
  const isWindow = ({ minutes, offset }: (typeof written)[number]) => minutes >= DAY_MINUTES && SLO_WINDOW_BEFORE.test(sentence.slice(0, offset));
  const month = MONTH_NAMED.exec(sentence)?.[1];
  const windowMinutes = written.find(isWindow)?.minutes ?? (month ? MONTH_DAYS[month] * DAY_MINUTES : undefined);
  const durations = written.filter((d) => !isWindow(d) && d.minutes < LONGEST_BUDGET_MINUTES);
  const breach = /\b(sla|slo)\s+breach(?:ed)?\b[\s*_]*:?[\s*_]*(yes|no)\b/i.exec(sentence);
  const start = sentenceStart + sentence.search(/\S/);
  const end = sentenceStart + sentence.trimEnd().length;
  const percentAt = (m: RegExpMatchArray) => span(sentenceStart + m.index!, m[1]);
  const slo = percents.find((m) => Number(m[1]) < 100);
  const base = { start, end, windowDays: windowMinutes === undefined ? undefined : windowMinutes / DAY_MINUTES, availabilityPercent: undefined, availabilityDecimals: 0, downtimeMinutes: undefined, budgetMinutes: undefined, breached: undefined, budgetAt: undefined, availabilityAt: undefined, breachAt: undefined };
  if (breach) {
    // "No (30 min < 43.2 min monthly budget for 99.9%)": the first duration is the downtime, the second the budget.
    const word = sentenceStart + breach.index + breach[0].length - breach[2].length;
    return { ...base, kind: 'breach', sloPercent: percents.length > 0 ? Number(percents[0][1]) : lineSlo, downtimeMinutes: durations[0]?.minutes, budgetMinutes: durations[1]?.minutes, budgetAt: durations[1]?.at, breached: breach[2].toLowerCase() === 'yes', breachAt: { start: word, end: word + breach[2].length } };
  }
  if (percents.length > 0 && /\b(actual|achieved|measured|availability was|uptime was)\b/.test(lower) && /downtime|outage/.test(lower)) {
    const percent = percents[0];
    return { ...base, kind: 'availability', sloPercent: undefined, availabilityPercent: Number(percent[1]), availabilityDecimals: percent[2]?.length ?? 0, availabilityAt: percentAt(percent), downtimeMinutes: durations[0]?.minutes };
  }
  // A budget is named as one ("error budget: 43.2 min", "43 min allowed"), for an SLO below 100% (none has a budget):
  // a target and a duration alone are often another figure's ("Time to acknowledge: 2 minutes (target: <5 min)"). The
  // budget is the duration the word names, not another in the sentence ("31 min, or 72% of the 43.2 min monthly budget").
  const named = lower.search(/\b(?:budget|allowed|allowance)\b/);
  if (!slo || named < 0) return undefined;
  // "99% of notifications delivered < 30 s": an SLO over events, whose budget is events, not minutes.
  if (OVER_EVENTS.test(sentence.slice(slo.index! + slo[0].length))) return undefined;
  const gap = (d: (typeof durations)[number]) => (d.offset > named ? d.offset - named : named - (d.offset + d.at.end - d.at.start));
  const budget = durations.filter((d) => gap(d) <= 40).sort((a, b) => gap(a) - gap(b))[0];
  return budget && { ...base, kind: 'budget', sloPercent: Number(slo[1]), budgetMinutes: budget.minutes, budgetAt: budget.at };
}

function span(start: number, text: string): { start: number; end: number } {
  return { start, end: start + text.length };
}

/** For each kind, the entries a figure may be counted from and to, the domain's definition first. */
function candidates(kind: FigureKind, { first, last, start, laterStart, laterDetections, at, restored, declared, settled, closed, impactEnded }: Landmarks): { from: (TimelineEntry | undefined)[]; to: (TimelineEntry | undefined)[] } {
  const fromStart = [start, first, laterStart, at('detected'), at('acknowledged')];
  switch (kind) {
    case 'detect':
      return { from: [at('started'), first, laterStart], to: [at('detected'), ...laterDetections, at('acknowledged')] };
    case 'acknowledge':
      return { from: [at('detected'), ...laterDetections, start, first], to: [at('acknowledged')] };
    case 'triage':
    case 'identify':
      return { from: fromStart, to: [at(kind === 'triage' ? 'triaged' : 'identified')] };
    case 'mitigate':
      // To the fix, or to the service said back after it ("timeouts stop"), as authors count either.
      return { from: fromStart, to: [at('mitigated'), restored, at('resolved')] };
    case 'resolve':
    case 'impact':
      return { from: fromStart, to: [at('resolved'), at('mitigated'), restored, declared, settled, closed, kind === 'resolve' ? last : impactEnded] };
    case 'total':
      return { from: fromStart, to: [last, at('resolved'), declared] };
  }
}

/** The kinds counted from the start of impact, which the detection bounds from above. */
const FROM_START = new Set<FigureKind>(['mitigate', 'resolve', 'impact', 'total']);

/** The least a figure of `kind` counted from the start can be (see `StatedFigure.floor`), when the timeline says. */
function floorOf(kind: FigureKind, { at }: Landmarks): Reading | undefined {
  if (!FROM_START.has(kind)) return undefined;
  // The mitigation, or the impact's end, may be any entry before the resolution when none is read as the mitigation.
  const to = kind === 'mitigate' || kind === 'impact' ? at('mitigated') : earliest([at('mitigated'), at('resolved')]);
  const from = to && latest([at('detected'), at('acknowledged')].filter((e) => e && e.instant!.toMillis() <= to.instant!.toMillis()));
  if (!from || !to || !listedAndExact(from) || !listedAndExact(to) || from.milestoneWeak || to.milestoneWeak) return undefined;
  const minutes = Math.round((to.instant!.toMillis() - from.instant!.toMillis()) / 60_000);
  return minutes > 0 ? { minutes, from, to } : undefined;
}

const byTime = (a: TimelineEntry, b: TimelineEntry) => a.instant!.toMillis() - b.instant!.toMillis();
const present = (entries: (TimelineEntry | undefined)[]) => entries.filter((e): e is TimelineEntry => e !== undefined);
const latest = (entries: (TimelineEntry | undefined)[]) => present(entries).sort(byTime).at(-1);
const earliest = (entries: (TimelineEntry | undefined)[]) => present(entries).sort(byTime)[0];

/** An entry of a timeline kept as a table, list or headings, at an exact time: a sentence of prose may round it. */
function listedAndExact(entry: TimelineEntry): boolean {
  return entry.form !== 'line' && !entry.approximate;
}

/** Every defensible reading of a figure of `kind` off the timeline (distinct values, none negative). */
export function readingsOf(kind: FigureKind, landmarks: Landmarks): Reading[] {
  const { from, to } = candidates(kind, landmarks);
  const started = landmarks.at('started');
  const plainStart = (kind === 'impact' || kind === 'total') && started && !started.milestoneWeak ? started.instant!.toMillis() : undefined;
  const detections = [landmarks.at('detected'), landmarks.at('acknowledged')];
  const readings: Reading[] = [];
  for (const end of to) {
    for (const begin of from) {
      if (!begin || !end || begin === end) continue;
      const minutes = Math.round((end.instant!.toMillis() - begin.instant!.toMillis()) / 60_000);
      const instead = plainStart !== undefined && detections.includes(begin) && begin.instant!.toMillis() > plainStart;
      // One reading per value, one the start gives before one the detection gives.
      if (minutes < 0 || readings.some((r) => r.minutes === minutes && (!r.fromDetectionInstead || instead))) continue;
      readings.push(instead ? { minutes, from: begin, to: end, fromDetectionInstead: true } : { minutes, from: begin, to: end });
    }
  }
  return readings;
}

/**
 * Each stated figure with what the timeline gives for it, by every defensible reading: new figures, in the same
 * order (a figure read from an unchanged piece is shared with the previous version's model, so it is never changed).
 */
export function withComputed(figures: StatedFigure[], durations: Durations, entries: TimelineEntry[]): StatedFigure[] {
  if (figures.length === 0) return [];
  const landmarks = fromJudged(entries, landmarksOf);
  const instants = fromJudged(entries, completeTimelineMillis);
  const nearest = new Map<string, Reading | undefined>();
  const floors = new Map<FigureKind, Reading | undefined>();
  // The readings of each kind, once: a long document states the same kind of figure many times. Shared by its
  // figures, which never change them.
  const readingsByKind = new Map<FigureKind, Reading[]>();
  const readingsFor = (kind: FigureKind, computedMinutes: number | null, basis: Durations['basis'][FigureKind]) => {
    let found = readingsByKind.get(kind);
    if (!found) {
      const readings = readingsOf(kind, landmarks);
      found = basis && computedMinutes !== null ? [{ minutes: computedMinutes, ...basis }, ...readings.filter((r) => r.minutes !== computedMinutes)] : readings;
      readingsByKind.set(kind, found);
    }
    return found;
  };
  return figures.map((figure): StatedFigure => {
    const computedMinutes = durations[`${figure.kind}Minutes`];
    const basis = durations.basis[figure.kind];
    // A figure accuses no one when it rests on weak wording or an approximate time ("~14:10", "+10 minutes").
    const confident = basis !== undefined && !isEstimate(durations, figure.kind);
    // Only a figure the milestones cannot check is checked against every pair of entries.
    const unchecked = !confident && figure.form !== 'range' && !BOUND.test(figure.text);
    let nearestSpan: Reading | undefined;
    if (instants && unchecked) {
      // A pass over the entries per distinct figure: a long document repeats the same few figures many times.
      const key = `${figure.statedMinutes}/${toleranceOf(figure)}`;
      if (!nearest.has(key)) nearest.set(key, nearestSpanOf(instants, entries, figure));
      nearestSpan = nearest.get(key);
    }
    if (!confident && !floors.has(figure.kind)) floors.set(figure.kind, floorOf(figure.kind, landmarks));
    const floor = confident || BOUND.test(figure.text) ? undefined : floors.get(figure.kind);
    // Written out, not spread: a long document states a thousand figures, and a spread extended is slower.
    return {
      kind: figure.kind,
      form: figure.form,
      text: figure.text,
      start: figure.start,
      end: figure.end,
      statedMinutes: figure.statedMinutes,
      computedMinutes,
      readings: withReadingBetween(readingsFor(figure.kind, computedMinutes, basis), figure.countedBetween && readingBetween(entries, figure.countedBetween)),
      confident,
      synonymKey: figure.synonymKey,
      nearestSpan,
      floor,
      target: figure.target,
      check: figure.check,
      writtenLength: figure.writtenLength,
      writtenWindow: figure.writtenWindow,
      countedBetween: figure.countedBetween,
    };
  });
}

/** Fewer entries than this leave out too much of the incident to say that no two of them give a figure. */
const COMPLETE_TIMELINE_ENTRIES = 5;

/**
 * The entries' instants (ms) when the timeline is complete enough to hold any figure's two ends: every entry with a
 * readable, exact time (a date-only or "~14:10" entry may be the end the author counted to), in order, enough of them,
 * kept as a table, a list or time headings. A timeline told in prose names the times its sentences happen to mention
 * ("This was done at 02:09 AM UTC."): the moment a figure counts from may be one no sentence gives.
 */
/** The readings with the one the figure's key names first, when it names one the timeline tells. */
function withReadingBetween(readings: Reading[], between: Reading | undefined): Reading[] {
  return between ? [between, ...readings.filter((r) => r.minutes !== between.minutes)] : readings;
}

function completeTimelineMillis(entries: TimelineEntry[]): number[] | undefined {
  if (entries.length < COMPLETE_TIMELINE_ENTRIES) return undefined;
  const millis: number[] = [];
  for (const entry of entries) {
    if (!hasClockTime(entry) || entry.approximate || entry.form === 'line') return undefined;
    const at = entry.instant!.toMillis();
    if (millis.length > 0 && at < millis[millis.length - 1]) return undefined;
    millis.push(at);
  }
  return millis;
}

/** The two entries whose distance is nearest the figure, when it is more than nothing and within the timeline's span. */
function nearestSpanOf(millis: number[], entries: TimelineEntry[], figure: StatedFigure): Reading | undefined {
  const stated = figure.statedMinutes * 60_000;
  const tolerance = toleranceOf(figure) * 60_000;
  // Nothing to find for a figure of about nothing ("acknowledged at the same time": one entry marks both ends), or
  // one longer than the timeline spans.
  if (stated <= tolerance || stated > millis[millis.length - 1] - millis[0] + tolerance) return undefined;
  // Two pointers over the sorted instants: for each earlier entry, the later one nearest `stated` after it.
  let best: [number, number] | undefined;
  const distance = (i: number, j: number) => Math.abs(millis[j] - millis[i] - stated);
  for (let i = 0, j = 0; i < millis.length; i++) {
    j = Math.max(j, i + 1);
    while (j + 1 < millis.length && millis[j + 1] - millis[i] <= stated) j++;
    for (const k of [j, j + 1]) if (k < millis.length && k > i && (!best || distance(i, k) < distance(...best))) best = [i, k];
  }
  return best && { minutes: Math.round((millis[best[1]] - millis[best[0]]) / 60_000), from: entries[best[0]], to: entries[best[1]] };
}

const FORM_RANK: Record<StatedFigure['form'], number> = { range: 0, key: 1, prose: 2 };
const BOUND = new RegExp(String.raw`^\W*(?:${BOUND_WORDS}|at least|at most|<|>|≤|≥)`, 'i');

/**
 * Where the timeline cannot give a figure (no entry marks the start, no time for a milestone), the document's own
 * statement of it stands instead: "the outage lasted 47 minutes".
 */
export function applyStatedFigures(durations: Durations, figures: StatedFigure[]): void {
  // A stated window is the author's own statement of it, a field outranks a sentence ("over 14 hours of cumulative
  // impact" across several incidents, in the summary above the first incident's "Duration: 21:45 to 23:28").
  const byAuthority = [...figures].sort((a, b) => FORM_RANK[a.form] - FORM_RANK[b.form] || Number(a.synonymKey) - Number(b.synonymKey));
  // A sentence's "restored ... in 15 minutes" may tell of one part; a field or a stated window tells of the incident.
  // "under a minute", "over 14 hours": a bound, not the figure's value; nor one the timeline shows too short (a window
  // the author states, "from 13:52 to 15:28", states its ends: no floor applies).
  const usable = byAuthority.filter((f) => !(f.form === 'prose' && (f.kind === 'resolve' || f.kind === 'mitigate')) && !BOUND.test(f.text) && (f.form === 'range' || !belowFloor(f)));
  followAuthorsConvention(durations, usable);
  for (const figure of usable) {
    const key = `${figure.kind}Minutes` as const;
    // The author's figure outranks an estimate.
    if ((durations[key] !== null && !isEstimate(durations, figure.kind)) || durations.stated.includes(figure.kind)) continue;
    durations[key] = figure.statedMinutes;
    delete durations.basis[figure.kind];
    durations.stated.push(figure.kind);
  }
}

/**
 * Where every figure the author states of a kind agrees with one defensible reading of the timeline, at exact times
 * ("Duration: 29 minutes (impact)", to the mitigation rather than the resolution declared after it), that reading is
 * the document's convention and the computed figure follows it. Not where a figure contradicts every reading: fixing
 * it rewrites it to the first reading, which then stays the figure (fix-all is idempotent).
 */
function followAuthorsConvention(durations: Durations, figures: StatedFigure[]): void {
  const exact = (reading: Reading) => !reading.fromDetectionInstead && ![reading.from, reading.to].some((entry) => entry.approximate || entry.milestoneWeak);
  const agrees = (figure: StatedFigure, reading: Reading) =>
    figure.readings.some((r) => r.from === reading.from && r.to === reading.to) && Math.abs(reading.minutes - figure.statedMinutes) <= toleranceOf(figure);
  for (const kind of new Set(figures.map((f) => f.kind))) {
    const key = `${kind}Minutes` as const;
    const stated = figures.filter((f) => f.kind === kind);
    if (durations[key] === null || isEstimate(durations, kind) || stated.some((f) => !f.confident)) continue;
    // Not counted from before the start the timeline marks: a convention may count from a later moment (the first
    // errors after a deploy), not from an earlier entry (a maintenance window that opened hours before the impact).
    const from = FROM_START.has(kind) ? durations.basis[kind]?.from.instant?.toMillis() : undefined;
    const convention = stated[0].readings.find((reading) => exact(reading) && (from === undefined || reading.from.instant!.toMillis() >= from) && stated.every((figure) => agrees(figure, reading)));
    if (!convention) continue;
    durations[key] = convention.minutes;
    durations.basis[kind] = { from: convention.from, to: convention.to };
  }
}

/** How far below the least the timeline allows a figure must be to be called wrong. */
const FLOOR_MARGIN = 1.25;

/**
 * Whether the figure is well below the least the timeline allows it (`floor`): more than a fifth below, as an end the
 * timeline does not name may come earlier than the one it does.
 */
export function belowFloor(figure: StatedFigure): boolean {
  return figure.floor !== undefined && figure.floor.minutes > FLOOR_MARGIN * figure.statedMinutes + toleranceOf(figure);
}

/** Words that round or bound a figure written before it: "~40 minutes", "about an hour", "a little over 3 hours". */
const APPROXIMATE = new RegExp(String.raw`^\s*(\\?~|≈|about|approx|ca\.|circa|around|roughly|nearly|almost|${BOUND_WORDS}|some|<|>)`);

/**
 * How far a stated figure may be from the timeline's and still agree: the rounding its author wrote. A figure
 * written to the minute agrees within a minute; "2.5 hours" within a quarter of an hour, "9 hours" or "an hour"
 * within half an hour, "two days" within half a day (all short of the half: 2.5 hours is not "3 hours"), "~40 minutes" within five minutes.
 */
export function toleranceOf(figure: StatedFigure): number {
  const approximate = APPROXIMATE.test(figure.text.toLowerCase());
  return Math.max(roundingOf(figure), figure.statedMinutes * (approximate ? 0.1 : 0.02));
}

/** The unit a stated figure is rounded to, in minutes: "371 minutes" to the minute, "7 hours" to the hour. */
export function roundingOf(figure: StatedFigure): number {
  const text = figure.text.toLowerCase();
  const approximate = APPROXIMATE.test(text);
  const minutes = figure.statedMinutes;
  const hasMinutes = /\d\s*m(?![a-z]*\s*s)|minute|\bmin/.test(text);
  // Less than half the unit the figure is rounded to: "3 hours" is not 2.5 hours, which its author would have written.
  // The finest unit written is the rounding: "2 days 4 hours" is rounded to the hour.
  const hasHours = /hour|\bhr|\d\s*h/.test(text);
  return hasMinutes ? (approximate ? 5 : 1) : hasHours ? (Number.isInteger(minutes / 60) ? 29 : 14) : /day|\d\s*d\b/.test(text) ? 719 : /week|\d\s*w\b/.test(text) ? 3.5 * 1440 - 1 : approximate ? 5 : 1;
}

/** Whether `minutes` meets a stated target ("<5 min", "<= 30 min"). */
export function meetsTarget(minutes: number, target: NonNullable<StatedFigure['target']>): boolean {
  const { operator, minutes: limit } = target;
  return operator === '<' ? minutes < limit : operator === '<=' ? minutes <= limit : operator === '>' ? minutes > limit : minutes >= limit;
}
