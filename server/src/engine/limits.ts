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

export type Refusal =
  | { reason: 'too-large'; message: string }
  | { reason: 'too-deep'; message: string }
  | { reason: 'too-many-markers'; message: string }
  | { reason: 'too-slow'; message: string }
  | { reason: 'failed'; message: string };

const PREFIX = 'Post-mortem checks skipped: this document could not be analysed:';

/** The reason alone ("too deeply nested (...)."), for a report that names the document itself (the CLI's). */
export function refusalReason(refusal: Refusal): string {
  return refusal.message.startsWith(PREFIX) ? refusal.message.slice(PREFIX.length).trim() : refusal.message;
}

/** Why a document is not analysed, or undefined when it can be. Linear in the text, allocation-free. */
export function refusalOf(text: string): Refusal | undefined {
  if (text.length > MAX_ANALYSED_CHARS) {
    return { reason: 'too-large', message: `${PREFIX} too large to analyse (${megabytes(text.length)} MB; the limit is ${megabytes(MAX_ANALYSED_CHARS)} MB).` };
  }
  const { nesting, markers } = measure(text);
  if (nesting > MAX_NESTING) return tooDeep(`${nesting} levels of list, quote or indentation on one line; the limit is ${MAX_NESTING}`);
  if (markers > MAX_MARKERS_PER_PARAGRAPH) {
    return { reason: 'too-many-markers', message: `${PREFIX} too many emphasis, link or HTML markers in one paragraph (${markers}; the limit is ${MAX_MARKERS_PER_PARAGRAPH}).` };
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

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1);
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const CR = 0x0d;

// Marker runs ("**" counts once, "*_" twice) and the openings of HTML comments, declarations and processing
// instructions, found by the regular expression engine rather than a loop over every character.
const MARKER = /([*_~[\]])\1*|<[!?]/g;
// A table's delimiter row after its pipes: dashes, colons, pipes and blanks only.
const DELIMITER_ROW_REST = /[-:| \t\r]*/y;

/**
 * The deepest line (markers plus indentation / 4) and the most markers in one paragraph. A paragraph here is a run
 * of lines up to a blank line or a line opening a list item, quote or heading (each has its own inline content); in
 * a run with a table delimiter row, each row counts alone (each cell is parsed apart). Each line's opening is read
 * character by character; the rest of it by string search (a pass over a 1 MB post-mortem: 4-6 -> 2 ms).
 */
function measure(text: string): { nesting: number; markers: number } {
  let nesting = 0;
  let maxMarkers = 0;
  let markers = 0;
  let inTable = false;
  let i = 0;
  const n = text.length;
  // Where the next marker ends (a run never crosses a line) and where the next pipe is, at or after the line being read
  // (searched again only once passed); 0 when there is none further.
  MARKER.lastIndex = 0;
  let markerEnd = MARKER.test(text) ? MARKER.lastIndex : 0;
  let pipe = text.indexOf('|');
  while (i < n) {
    // The line's opening: indentation and container markers.
    let columns = 0;
    let containers = 0;
    let opensBlock = false;
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
        opensBlock = true;
        i++;
      } else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isBlank(text.charCodeAt(i + 1))) {
        containers++;
        opensBlock = true;
        // The space after a marker belongs to it, not to the indentation.
        i += isSpaceOrTab(text.charCodeAt(i + 1)) ? 2 : 1;
      } else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const after = text.charCodeAt(j);
        if ((after === 0x2e || after === 0x29) /* . ) */ && isBlank(text.charCodeAt(j + 1))) {
          containers++;
          opensBlock = true;
          i = j + (isSpaceOrTab(text.charCodeAt(j + 1)) ? 2 : 1);
        } else break;
      } else break;
    }
    const depth = containers + (columns >> 2);
    if (depth > nesting) nesting = depth;
    // The rest of the line: its markers, whether it is blank, a heading or a table row.
    const c = text.charCodeAt(i);
    const blank = i >= n || c === NEWLINE || c === CR;
    if (blank || opensBlock || c === 0x23 /* # */) {
      markers = 0;
      inTable = false;
    }
    let lineEnd = i < n ? text.indexOf('\n', i) : n;
    if (lineEnd < 0) lineEnd = n;
    // A marker in the line's opening (a "* " bullet) is not the rest's: passed over.
    while (markerEnd > 0 && markerEnd <= i) markerEnd = MARKER.test(text) ? MARKER.lastIndex : 0;
    let lineMarkers = 0;
    while (markerEnd > 0 && markerEnd <= lineEnd) {
      lineMarkers++;
      markerEnd = MARKER.test(text) ? MARKER.lastIndex : 0;
    }
    if (pipe >= 0 && pipe < i) pipe = text.indexOf('|', i);
    const pipes = pipe >= 0 && pipe < lineEnd;
    if (pipes && !blank) {
      DELIMITER_ROW_REST.lastIndex = i;
      DELIMITER_ROW_REST.test(text);
      if (DELIMITER_ROW_REST.lastIndex === lineEnd) inTable = true;
    }
    i = lineEnd + 1;
    markers = inTable && pipes ? lineMarkers : markers + lineMarkers;
    if (markers > maxMarkers) maxMarkers = markers;
  }
  return { nesting, markers: maxMarkers };
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE || code === CR || Number.isNaN(code);
}

function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}
