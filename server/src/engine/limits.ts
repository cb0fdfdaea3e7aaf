/**
 * What the engine refuses to analyse, measured on the text before any parse, in one linear pass: documents beyond
 * a size, and shapes that make the Markdown parser (micromark, remark) overflow its stack or grow quadratically.
 * A refused document gets one diagnostic saying why instead of an analysis (see README, "Limits").
 */

/** Larger documents are not analysed (a 52 MB file exhausted the server's memory). */
export const MAX_ANALYSED_CHARS = 5 * 1024 * 1024;
/**
 * Deepest nesting analysed: list and quote markers opening a line, plus its indentation in steps of four columns.
 * The parser recurses per level ("- " x 3000 on one line, ">" x 10000 overflowed its stack) and a 1,000-deep list
 * took 33 s; real post-mortems nest a few levels.
 */
export const MAX_NESTING = 100;
/**
 * Most emphasis, strikethrough and link markers (runs of `*`, `_`, `~`, `[`, `]`) in one paragraph: the parser pairs
 * them in time quadratic in their number ("*a" x 32k, 75 KB, took 15 s). A paragraph of prose has a few dozen.
 * HTML comments, declarations and processing instructions (`<!`, `<?`) count too: inside a paragraph, a heading or a
 * table cell, the parser reads from each one left open to the end of it ("<!--" x 27k, a 109 KB heading: minutes).
 */
export const MAX_MARKERS_PER_PARAGRAPH = 500;
/**
 * Most lines, plus characters `&`, `!`, `<`, `\`, `` ` ``, in one paragraph (a heading or table row counts alone).
 * Inside a list item or a quote, the parser looks back over the paragraph's lines at each line that continues it
 * lazily (neither indented nor quoted); and it ends a run of text at each line's end and at each of those characters,
 * then merges the runs back one at a time, each time moving every token after them. Both grow quadratically: 16,000
 * lazy lines took 7 s, a 98 KB line of "x&y\\!" 4.5 s, 5,000 lazy lines about a second. Real post-mortems have a
 * few dozen (38 at most in the corpora, in 20 lines).
 */
export const MAX_PARAGRAPH_BREAKS = 5000;

export type Refusal =
  | { reason: 'too-large'; message: string }
  | { reason: 'too-deep'; message: string }
  | { reason: 'too-many-markers'; message: string }
  | { reason: 'paragraph-too-long'; message: string }
  | { reason: 'too-slow'; message: string }
  | { reason: 'failed'; message: string };

const PREFIX = 'Post-mortem checks skipped: this document could not be analysed:';

/** The reason alone ("too deeply nested (...)."), for a report that names the document itself (the CLI's). */
export function refusalReason(refusal: Refusal): string {
  return refusal.message.startsWith(PREFIX) ? refusal.message.slice(PREFIX.length).trim() : refusal.message;
}

/**
 * Why a document is not analysed, or undefined when it can be. Linear in the text; with `memo` (the document's
 * previous version's state), in the part an edit changed, the scan kept in `memo.lastLimits` for the next version.
 */
export function refusalOf(text: string, memo?: { lastLimits?: LimitsScan }): Refusal | undefined {
  if (text.length > MAX_ANALYSED_CHARS) {
    return { reason: 'too-large', message: `${PREFIX} too large to analyse (${megabytes(text.length)} MB; the limit is ${megabytes(MAX_ANALYSED_CHARS)} MB).` };
  }
  const scan = scanLimits(text, memo?.lastLimits);
  if (memo) memo.lastLimits = scan;
  const { nesting, markers, paragraphBreaks, paragraphLine } = measuresOf(scan);
  if (nesting > MAX_NESTING) return tooDeep(`${nesting} levels of list, quote or indentation on one line; the limit is ${MAX_NESTING}`);
  if (markers > MAX_MARKERS_PER_PARAGRAPH) {
    return { reason: 'too-many-markers', message: `${PREFIX} too many emphasis, link or HTML markers in one paragraph (${markers}; the limit is ${MAX_MARKERS_PER_PARAGRAPH}).` };
  }
  if (paragraphBreaks > MAX_PARAGRAPH_BREAKS) {
    const detail = `from line ${paragraphLine}: ${thousands(paragraphBreaks)} lines plus characters & ! < \\ \`; the limit is ${thousands(MAX_PARAGRAPH_BREAKS)}`;
    return { reason: 'paragraph-too-long', message: `${PREFIX} too long a paragraph (${detail}). Break it up with blank lines, or put a pasted log in a fenced code block.` };
  }
  return undefined;
}

export function tooDeep(detail = 'the parser ran out of stack'): Refusal {
  return { reason: 'too-deep', message: `${PREFIX} too deeply nested (${detail}).` };
}

export function tooSlow(budgetMs: number): Refusal {
  return { reason: 'too-slow', message: `${PREFIX} analysis took too long (over ${(budgetMs / 1000).toFixed(1)} s); it was abandoned.` };
}

/** An analysis that threw: a stack overflow is nesting the line scan did not see; anything else is named. */
export function refusalOfError(error: unknown): Refusal {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return tooDeep();
  return { reason: 'failed', message: `${PREFIX} ${error instanceof Error ? error.message : String(error)}.` };
}

function thousands(count: number): string {
  return count.toLocaleString('en-US');
}

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1);
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const CR = 0x0d;

/** What the line scan finds: the deepest line, the most markers and breaks in one paragraph, and where that one starts. */
export interface Measures {
  nesting: number;
  markers: number;
  paragraphBreaks: number;
  paragraphLine: number;
}

/** The scan's state at the start of a line: the paragraph, table and fenced code block it is in, and its number. */
interface LineState {
  markers: number;
  inTable: boolean;
  breaks: number;
  breaksFrom: number;
  paragraphInQuote: boolean;
  fenceCode: number;
  fenceLength: number;
  fenceInContainer: boolean;
  lineNumber: number;
}

/** A run of whole lines, the scan's state where it starts, and what the scan found in it (breaksFrom: a line number). */
interface Segment {
  start: number;
  end: number;
  at: LineState;
  nesting: number;
  markers: number;
  breaks: number;
  breaksFrom: number;
}

/**
 * One version's scan, in segments of about SEGMENT_CHARS, each with the state the scan starts it in: the next
 * version's scan starts again at the first segment its edit changed and stops at the first old segment start past the
 * edit where it is in the same state (the rest of the text being the same), whose segments it reuses shifted. What it
 * finds is what a scan from the start finds: the measures are maxima (the paragraph with the most breaks, the first).
 */
export class LimitsScan {
  constructor(
    readonly text: string,
    readonly segments: readonly Segment[],
  ) {}
}

/** Characters per segment of a scan, about: a keystroke scans about one again. */
const SEGMENT_CHARS = 16 * 1024;

const START: LineState = { markers: 0, inTable: false, breaks: 0, breaksFrom: 0, paragraphInQuote: false, fenceCode: 0, fenceLength: 0, fenceInContainer: false, lineNumber: 0 };

/** The scan of `text`, resumed from `previous` (the scan of the document's previous version) where it can be. */
export function scanLimits(text: string, previous?: LimitsScan): LimitsScan {
  if (!previous || previous.segments.length === 0) return new LimitsScan(text, scanFrom(text, 0, START, [], undefined));
  if (previous.text === text) return previous;
  const old = previous.segments;
  // The first segment the edit changed (the last one, when the text only grew or shrank at its end).
  let first = 0;
  while (first < old.length - 1 && old[first].end <= text.length && previous.text.slice(old[first].start, old[first].end) === text.slice(old[first].start, old[first].end)) first++;
  return new LimitsScan(text, scanFrom(text, old[first].start, old[first].at, old.slice(0, first), { previous, next: first + 1 }));
}

/** Whether the scan goes on from two states alike: the same but for where they are (their lines counted relatively). */
function sameState(a: LineState, b: LineState): boolean {
  return (
    a.markers === b.markers &&
    a.inTable === b.inTable &&
    a.breaks === b.breaks &&
    a.breaksFrom - a.lineNumber === b.breaksFrom - b.lineNumber &&
    a.paragraphInQuote === b.paragraphInQuote &&
    a.fenceCode === b.fenceCode &&
    a.fenceLength === b.fenceLength &&
    a.fenceInContainer === b.fenceInContainer
  );
}

/** The previous scan's segments from `old` on, moved by `by` characters and `lines` lines. */
function shiftedSegments(old: readonly Segment[], by: number, lines: number): Segment[] {
  return old.map((s) => ({ ...s, start: s.start + by, end: s.end + by, at: { ...s.at, breaksFrom: s.at.breaksFrom + lines, lineNumber: s.at.lineNumber + lines }, breaksFrom: s.breaksFrom + lines }));
}

/** What a scan found in its whole text. */
export function measuresOf({ segments }: LimitsScan): Measures {
  const measures: Measures = { nesting: 0, markers: 0, paragraphBreaks: 0, paragraphLine: 0 };
  for (const s of segments) {
    if (s.nesting > measures.nesting) measures.nesting = s.nesting;
    if (s.markers > measures.markers) measures.markers = s.markers;
    if (s.breaks > measures.paragraphBreaks) {
      measures.paragraphBreaks = s.breaks;
      measures.paragraphLine = s.breaksFrom;
    }
  }
  return measures;
}

/**
 * The line scan from `from` (a line start, the scan in state `at` there), appending its segments to `segments`; with
 * `resume`, it stops at a start of the previous scan's segments (from `resume.next` on) where the text from there on
 * and the state are the same, and appends the previous segments from there, shifted.
 *
 * Per line: the deepest line (markers plus indentation / 4), the most markers in one paragraph and the most breaks
 * (lines and characters that end a run of text, see MAX_PARAGRAPH_BREAKS) in one. A paragraph here is a run of lines up to a
 * blank line (one of quote markers alone is blank too) or a line opening a list item, a heading or a fenced code
 * block, or a quoted line after a paragraph that began unquoted (a quote interrupts a paragraph); a quoted line
 * continues a paragraph that began quoted, and a line neither quoted nor indented continues any (a quote's or a list
 * item's paragraph, lazily). In a run with a table delimiter row, each row counts alone (each cell
 * is parsed apart); the lines of a fenced code block belong to none. The scan errs towards ending a paragraph: a
 * line that may open a list item ("2016. A year") ends one.
 */
function scanFrom(text: string, from: number, at: LineState, segments: Segment[], resume: { previous: LimitsScan; next: number } | undefined): Segment[] {
  let { markers, inTable, breaks, breaksFrom, paragraphInQuote, fenceCode, fenceLength, fenceInContainer, lineNumber } = at;
  const by = resume ? text.length - resume.previous.text.length : 0;
  let next = resume?.next ?? 0;
  const old = resume?.previous.segments ?? [];
  let segment: Segment = { start: from, end: from, at, nesting: 0, markers: 0, breaks: 0, breaksFrom: 0 };
  let segmentEnd = from + SEGMENT_CHARS;
  let i = from;
  const n = text.length;
  while (i < n) {
    // A line start: where a segment may end, and where the previous scan may be taken up again.
    while (next < old.length && old[next].start + by < i) next++;
    const resumable = next < old.length && old[next].start + by === i;
    if (i >= segmentEnd || resumable) {
      const state: LineState = { markers, inTable, breaks, breaksFrom, paragraphInQuote, fenceCode, fenceLength, fenceInContainer, lineNumber };
      segment.end = i;
      segments.push(segment);
      if (resumable && sameState(state, old[next].at) && resume!.previous.text.slice(old[next].start) === text.slice(i)) {
        for (const s of shiftedSegments(old.slice(next), by, lineNumber - old[next].at.lineNumber)) segments.push(s);
        return segments;
      }
      segment = { start: i, end: i, at: state, nesting: 0, markers: 0, breaks: 0, breaksFrom: 0 };
      segmentEnd = i + SEGMENT_CHARS;
    }
    lineNumber++;
    // The line's opening: indentation and container markers.
    let columns = 0;
    let containers = 0;
    let quotes = 0;
    let opensItem = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        columns++;
        i++;
      } else if (c === TAB) {
        columns += 4;
        i++;
      } else if (c === 0x3e /* > */) {
        containers++;
        quotes++;
        i++;
      } else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isBlank(text.charCodeAt(i + 1))) {
        containers++;
        opensItem = true;
        // The space after a marker belongs to it, not to the indentation.
        i += isSpaceOrTab(text.charCodeAt(i + 1)) ? 2 : 1;
      } else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const after = text.charCodeAt(j);
        if ((after === 0x2e || after === 0x29) /* . ) */ && isBlank(text.charCodeAt(j + 1))) {
          containers++;
          opensItem = true;
          i = j + (isSpaceOrTab(text.charCodeAt(j + 1)) ? 2 : 1);
        } else break;
      } else break;
    }
    const depth = containers + (columns >> 2);
    if (depth > segment.nesting) segment.nesting = depth;
    // What the line is: blank, a heading, a fence, in a fenced code block, or a paragraph's.
    const c = text.charCodeAt(i);
    const blank = i >= n || c === NEWLINE || c === CR;
    // A fenced code block in a list item or quote ends with it: at a line neither indented nor quoted.
    if (fenceCode !== 0 && fenceInContainer && !blank && containers === 0 && columns === 0) fenceCode = 0;
    const inCode = fenceCode !== 0;
    const fence = inCode ? 0 : fenceAt(text, i);
    if (inCode) {
      if (fenceLengthOf(text, i, fenceCode) >= fenceLength) fenceCode = 0;
    } else if (fence !== 0) {
      fenceCode = c;
      fenceLength = fence;
      fenceInContainer = containers > 0 || columns > 0;
    }
    // A quote opening after a paragraph outside one starts a paragraph of its own ("text" then "> quote").
    const opensQuote = quotes > 0 && breaks > 0 && !paragraphInQuote;
    if (blank || opensItem || opensQuote || c === 0x23 /* # */ || inCode || fence !== 0) {
      markers = 0;
      breaks = 0;
      inTable = false;
    }
    if (!blank && !inCode && fence === 0) {
      if (breaks === 0) {
        breaksFrom = lineNumber;
        paragraphInQuote = quotes > 0;
      }
      breaks++;
    }
    // The rest of the line: its markers, whether it is a table row; lone carriage returns end lines too.
    let lineMarkers = 0;
    let lineBreaks = 0;
    let pipes = false;
    let delimiterRow = !blank;
    let previous = -1;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === NEWLINE) break;
      if (d === 0x7c /* | */) pipes = true;
      else if (d === CR && text.charCodeAt(i + 1) !== NEWLINE) {
        lineNumber++;
        // Two in a row are a blank line.
        if (text.charCodeAt(i + 1) === CR) breaks = lineBreaks = 0;
        else lineBreaks++;
      } else if (d !== 0x2d && d !== 0x3a && d !== SPACE && d !== TAB && d !== CR) delimiterRow = false;
      if ((d === 0x2a || d === 0x5f || d === 0x7e || d === 0x5b || d === 0x5d) && d !== previous) lineMarkers++;
      else if (d === 0x3c /* < */ && (text.charCodeAt(i + 1) === 0x21 /* ! */ || text.charCodeAt(i + 1) === 0x3f) /* ? */) lineMarkers++;
      if (d === 0x26 || d === 0x21 || d === 0x3c || d === 0x5c || d === 0x60 /* & ! < \ ` */) lineBreaks++;
      previous = d;
      i++;
    }
    i++;
    if (pipes && delimiterRow) inTable = true;
    markers = inTable && pipes ? lineMarkers : markers + lineMarkers;
    if (markers > segment.markers) segment.markers = markers;
    if (!inCode && fence === 0) breaks = inTable && pipes ? 1 + lineBreaks : breaks + lineBreaks;
    if (breaks > segment.breaks) {
      segment.breaks = breaks;
      segment.breaksFrom = breaksFrom;
    }
  }
  segment.end = n;
  segments.push(segment);
  return segments;
}

/** The length of the code fence (three or more "`" or "~") opening at `i`, or 0: a "`" fence's info has no "`". */
function fenceAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code !== 0x60 && code !== 0x7e) return 0;
  const length = fenceLengthOf(text, i, code);
  if (length < 3) return 0;
  if (code === 0x60) {
    for (let j = i + length; j < text.length && text.charCodeAt(j) !== NEWLINE; j++) if (text.charCodeAt(j) === 0x60) return 0;
  }
  return length;
}

/** How many `code` characters there are in a row at `i`. */
function fenceLengthOf(text: string, i: number, code: number): number {
  let j = i;
  while (text.charCodeAt(j) === code) j++;
  return j - i;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE || code === CR || Number.isNaN(code);
}

function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}
