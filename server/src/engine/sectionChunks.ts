import { flat } from './textMemo';
import { FRONT_MATTER_FENCE } from './frontMatter';

/**
 * Where a document can be parsed in pieces: the line starts before which Markdown's block structure cannot cross.
 *
 * A boundary is an unindented ATX heading line ("#" to "######" then a space, a tab or the line's end): such a line
 * closes every open block (a paragraph, a list, a quote, a table, indented code) except fenced code, an HTML block
 * and the front matter, which this scan follows. So does any unindented line after a blank line that is not a list
 * item (a blank line has already ended every other block: nothing continues lazily past it). The scan is
 * conservative (a line it cannot place ends nothing, so it splits less); what it still gets wrong (an indented
 * "```" that opens no fence, say) the parse of each piece shows, and `sectionParse.ts` then parses the document
 * whole. Link and footnote definitions resolve across the whole document, so a document that may define one is not
 * split at all.
 *
 * A long table or list is also cut between its rows or items (before a line starting with "|", or with a bullet and
 * some text after a line that is not blank, where a hash of the line says, so an edit moves no other cut). A table's
 * piece continues the table before it and is parsed after the table's header and delimiter rows (its `context`), on
 * which its rows' reading depends. A bullet line with text, unindented, outside fences, HTML blocks and tables,
 * always starts an item of a top-level list (it closes every other block and interrupts a paragraph): a list's piece
 * is parsed alone, and its first list continues the list before it when that one is a bullet list of the same
 * bullet (whatever lazy lines or nested blocks its last item holds), else it starts a new one.
 */
export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  readonly start: number;
  /** 0-based line of that character. */
  readonly line: number;
  readonly text: string;
  /**
   * Its context and text, copied (it holds on to no version's text) once: every version in which the chunk is
   * unchanged shares this string, so memos find it by identity.
   */
  readonly key: string;
  /**
   * A continuation: its first block continues the table the chunk before ends with; or it starts with a bullet list
   * item, which continues the list the chunks before end with if that is a list of the same bullet.
   */
  readonly continues?: 'table' | 'list';
  /** Lines parsed before the text and not kept: a continued table's header and delimiter rows. */
  readonly context?: string;
  /** Where the context is in the document (the table's start, as the parse must find it). */
  readonly contextStart?: number;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BLANK = /^[ \t]*\r?$/;
/** HTML blocks of kinds 1-5 (CommonMark 4.6) end at a marker; every other line starting with "<" at a blank line. */
const HTML_ENDS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const HTML_START = /^ {0,3}</;
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*\r?$|^\|(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\r?$/;
/** A bullet item with some text: it interrupts a paragraph (an empty one does not). */
const BULLET_ITEM = /^([-*+])[ \t]+\S/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/;
/** A line after a blank line that may continue a block before it: indented (a list item's, code), or a list item. */
const INDENTED_OR_ITEM = /^(?:[ \t]|[-*+](?:[ \t]|\r?$)|\d{1,9}[.)](?:[ \t]|\r?$))/;
/** One cut in this many rows or items, on average: pieces of a few kilobytes. */
const CUT_EVERY = 16;
/**
 * A table or list cut where the hash says none for this long is cut at its next row or item anyway (a keystroke
 * parses its piece: about 1 ms per kilobyte). Such a cut moves only when an edit before it, since the last cut, moves
 * the line that crosses this length: most keystrokes move none.
 */
const PIECE_CHARS = 1024;
/** A line that may begin a link or footnote definition: "[" after any quote and list markers. */
const DEFINITION_START = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t>]*)*\[/m;

/** The rows of a table the scan is reading: its header and delimiter rows, and where they start. */
interface TableRows {
  readonly context: string;
  readonly contextStart: number;
}

/** A document's chunks, with what the scan knew before each chunk's first line: the next version's scan resumes there. */
export interface ChunkScan {
  readonly text: string;
  readonly chunks: readonly Chunk[];
  /** Per chunk, the table whose rows the scan was reading before the chunk's first line. */
  readonly tablesBefore: readonly (TableRows | undefined)[];
  /** Whether the text holds "]:" anywhere (a definition needs one). */
  readonly bracketColon?: boolean;
}

/** The document's chunks in order (covering it exactly), or undefined when it must be parsed whole. */
export function sectionChunks(text: string): readonly Chunk[] | undefined {
  return scanChunks(text)?.chunks;
}

/**
 * `sectionChunks` with what the next version's scan needs. Given the previous version's scan, the scan resumes at
 * the last cut before the edit and stops at the first cut past it where its state is the previous scan's there (the
 * same table, after the same line): the cuts before and after the edit are the previous version's (those after it
 * shifted), equal to a scan from the start.
 */
export function scanChunks(text: string, previous?: ChunkScan): ChunkScan | undefined {
  const resumable = previous !== undefined && previous.chunks.length >= 2;
  const edit = resumable ? editBetween(previous, text) : undefined;
  // Without "]:" before the edit, the text has one only if the edit wrote it: the rest is not searched again.
  const bracketColon = previous?.bracketColon === false && edit ? text.slice(Math.max(0, edit.start - 1), edit.end + 1).includes(']:') : text.includes(']:');
  if (bracketColon && DEFINITION_START.test(text)) return undefined;
  const resumeAt = edit && resumePoint(previous!, edit.start);
  const scanned = resumeAt === undefined ? scan(text, START) : scan(text, resumedAt(previous!, resumeAt), { previous: previous!, edit: edit! });
  return { ...scanned, bracketColon };
}

/** Where the scan is before a line: with the text from that line on, all its cuts from there depend on. */
interface ScanState {
  readonly chunks: Chunk[];
  readonly tablesBefore: (TableRows | undefined)[];
  /** The chunk the line is in, and the table before its first line. */
  readonly chunk: Omit<Chunk, 'text' | 'key'>;
  readonly chunkTableBefore: TableRows | undefined;
  readonly table: TableRows | undefined;
  readonly previous: { start: number; line: string };
  /** The line before `previous` (none before the second line). */
  readonly beforePrevious: string | undefined;
  readonly start: number;
  readonly lineNumber: number;
}

const START: ScanState = { chunks: [], tablesBefore: [], chunk: { start: 0, line: 0 }, chunkTableBefore: undefined, table: undefined, previous: { start: 0, line: '' }, beforePrevious: undefined, start: 0, lineNumber: 0 };

/** What an edit changed: `[start, end)` of the new text replaced `[start, end - delta)` of the previous one. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly delta: number;
}

/**
 * The edit between the previous version and `text`: the text before `start` and from `end` on is the previous
 * version's. Each end is found by halving: a few comparisons of long slices (native, at memory speed) rather than
 * one per chunk, which on a 1 MB document was 2,000 comparisons and nearly 2 ms a keystroke.
 */
function editBetween(previous: ChunkScan, text: string): Edit {
  const old = previous.text;
  const shorter = Math.min(text.length, old.length);
  const start = commonLength(shorter, (from, to) => text.slice(from, to) === old.slice(from, to));
  // The common end, not into the common start in either version.
  const end = commonLength(shorter - start, (from, to) => text.slice(text.length - to, text.length - from) === old.slice(old.length - to, old.length - from));
  return { start, end: text.length - end, delta: text.length - old.length };
}

/**
 * The longest run, of at most `limit` characters, that two texts share, found by halving: `equal(from, to)` compares
 * the characters from `from` to `to` of the run, and only those not yet known equal are compared again.
 */
function commonLength(limit: number, equal: (from: number, to: number) => boolean): number {
  // `same` characters are known equal; `differs` or more are not.
  let same = 0;
  let differs = limit + 1;
  while (differs - same > 1) {
    const mid = (same + differs) >>> 1;
    if (equal(same, mid)) same = mid;
    else differs = mid;
  }
  return same;
}

/** The last chunk (not the first) whose first line, with its line break, comes before `editStart`. */
function resumePoint(previous: ChunkScan, editStart: number): number | undefined {
  for (let k = previous.chunks.length - 1; k >= 1; k--) {
    if (previous.chunks[k].start >= editStart) continue;
    const lineBreak = previous.text.indexOf('\n', previous.chunks[k].start);
    if (lineBreak !== -1 && lineBreak < editStart) return k;
  }
  return undefined;
}

/** The scan's state before the first line of the previous version's chunk `k`, in text unchanged up to past that line. */
function resumedAt(previous: ChunkScan, k: number): ScanState {
  const { text, chunks, tablesBefore } = previous;
  const { start, line } = chunks[k];
  const previousStart = text.lastIndexOf('\n', start - 2) + 1;
  const { text: _text, key: _key, ...chunk } = chunks[k - 1];
  return {
    chunks: chunks.slice(0, k - 1),
    tablesBefore: tablesBefore.slice(0, k - 1),
    chunk,
    chunkTableBefore: tablesBefore[k - 1],
    table: tablesBefore[k],
    previous: { start: previousStart, line: text.slice(previousStart, start - 1) },
    beforePrevious: line >= 2 ? text.slice(text.lastIndexOf('\n', previousStart - 2) + 1, previousStart - 1) : undefined,
    start,
    lineNumber: line,
  };
}

/** Scans from `state`; with `rejoin`, stops at the first cut after the edit where the previous scan was in the same state. */
function scan(text: string, state: ScanState, rejoin?: { previous: ChunkScan; edit: Edit }): ChunkScan {
  const chunks = [...state.chunks];
  const tablesBefore = [...state.tablesBefore];
  let { chunk, chunkTableBefore, table, previous, beforePrevious, lineNumber } = state;
  /** What the current line is inside: nothing, a fence (its closing pattern), an HTML block (its end), front matter. */
  let inside: ((line: string) => boolean) | undefined;
  /** The previous version's chunk that may start where this scan's next cut does (with `rejoin`). */
  let known = 0;
  /** The table before the current line, and whether the scan cut before it. */
  let tableBefore: TableRows | undefined;
  let cutHere = false;
  const cut = (next: Omit<Chunk, 'text' | 'key'>) => {
    chunks.push(chunkOf(chunk, text.slice(chunk.start, next.start)));
    tablesBefore.push(chunkTableBefore);
    chunk = next;
    chunkTableBefore = tableBefore;
    cutHere = true;
  };
  for (let start = state.start; start < text.length; lineNumber++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(start, newline === -1 ? text.length : newline);
    tableBefore = table;
    cutHere = false;
    // A table's rows need no leading pipe (nor any pipe: such a row is not cut before, and ends the table here).
    if (table !== undefined && !line.includes('|')) table = undefined;
    if (inside) {
      if (inside(line)) inside = undefined;
    } else if (lineNumber === 0 && FRONT_MATTER_FENCE.test(line)) {
      inside = (l) => l.trimEnd() === line.trimEnd();
    } else if (ATX_HEADING.test(line)) {
      if (start > 0) cut({ start, line: lineNumber });
    } else if (table !== undefined) {
      if (line.startsWith('|') && cutsHere(line, start - chunk.start)) cut({ start, line: lineNumber, continues: 'table', ...table });
    } else if (previous.line.startsWith('|') && line.startsWith('|') && DELIMITER_ROW.test(line) && startsTopLevelBlock(beforePrevious)) {
      table = { context: flat(text.slice(previous.start, end)), contextStart: previous.start };
    } else if (BULLET_ITEM.test(line) && !THEMATIC_BREAK.test(line) && !BLANK.test(previous.line)) {
      if (cutsHere(line, start - chunk.start)) cut({ start, line: lineNumber, continues: 'list' });
    } else {
      // Not before a "---" or "+++" line: a piece is parsed as a document, where that line would open front matter.
      if (BLANK.test(previous.line) && start > 0 && !BLANK.test(line) && !INDENTED_OR_ITEM.test(line) && !FRONT_MATTER_FENCE.test(line)) cut({ start, line: lineNumber });
      inside = closerOf(line);
    }
    // Past the edit, by a line (the line before a cut decides it too), a cut where the previous scan cut, reading the
    // same table: from here on the scan is the previous one's, shifted.
    if (cutHere && rejoin && text.lastIndexOf('\n', start - 2) >= rejoin.edit.end) {
      const { previous: before, edit } = rejoin;
      while (known < before.chunks.length && before.chunks[known].start + edit.delta < start) known++;
      if (known < before.chunks.length && before.chunks[known].start + edit.delta === start && sameTable(before.tablesBefore[known], tableBefore, edit)) {
        const lines = lineNumber - before.chunks[known].line;
        for (let i = known; i < before.chunks.length; i++) {
          const { contextStart, ...moved } = before.chunks[i];
          chunks.push({ ...moved, start: moved.start + edit.delta, line: moved.line + lines, ...(contextStart === undefined ? {} : { contextStart: positionAfter(contextStart, edit) }) });
          const rows = before.tablesBefore[i];
          tablesBefore.push(rows && { context: rows.context, contextStart: positionAfter(rows.contextStart, edit) });
        }
        return { text, chunks, tablesBefore };
      }
    }
    beforePrevious = lineNumber === 0 ? undefined : previous.line;
    previous = { start, line };
    start = end;
  }
  chunks.push(chunkOf(chunk, text.slice(chunk.start)));
  tablesBefore.push(chunkTableBefore);
  return { text, chunks, tablesBefore };
}

function chunkOf(chunk: Omit<Chunk, 'text' | 'key'>, text: string): Chunk {
  if (chunk.context === undefined) {
    const key = flat(text);
    return { ...chunk, text: key, key };
  }
  const key = flat(chunk.context + text);
  return { ...chunk, text: key.slice(chunk.context.length), key };
}

/** Where a position of the previous version is after the edit (unchanged before it, shifted after it; -1 inside it). */
function positionAfter(position: number, edit: Edit): number {
  return position < edit.start ? position : position >= edit.end - edit.delta ? position + edit.delta : -1;
}

/** Whether the previous version's table (before a chunk) is this version's. */
function sameTable(before: TableRows | undefined, now: TableRows | undefined, edit: Edit): boolean {
  if (!before || !now) return before === now;
  return before.context === now.context && positionAfter(before.contextStart, edit) === now.contextStart;
}

/**
 * Whether the line after `line` (undefined: the document's first) starts a block at the top level: after a blank
 * line or a heading. (After a line of text it may be a list item's or a quote's lazy line: a table header there is
 * text, and its rows must not be parsed as a table's.)
 */
function startsTopLevelBlock(line: string | undefined): boolean {
  return line === undefined || BLANK.test(line) || ATX_HEADING.test(line);
}

/** Whether a table or list is cut before this row or item, `length` characters after the last cut. */
function cutsHere(line: string, length: number): boolean {
  return hashOf(line) % CUT_EVERY === 0 || length >= PIECE_CHARS;
}

function hashOf(line: string): number {
  // FNV-1a: every character stirs every bit.
  let hash = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Whether a line ends an HTML block of kind 6 or 7 (and every line starting with "<" this scan cannot place). */
export const closedByBlankLine = (line: string): boolean => BLANK.test(line);

/**
 * What ends the block a line opens, for the blocks a heading line cannot end: a fenced code block (its closing
 * fence), an HTML block (its end marker, or a blank line); undefined when the line opens none, or ends it itself.
 */
export function closerOf(line: string): ((line: string) => boolean) | undefined {
  const fence = FENCE_OPEN.exec(line);
  // A backtick fence's info string has no backtick (else the line is text, not a fence).
  if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
    const closing = new RegExp(`^ {0,3}${fence[1][0]}{${fence[1].length},}[ \\t]*\\r?$`);
    return (l) => closing.test(l);
  }
  if (!HTML_START.test(line)) return undefined;
  for (const [opening, end] of HTML_ENDS) {
    const match = opening.exec(line);
    if (!match) continue;
    // The end marker may be on the opening line itself, after the opening.
    if (end.test(line.slice(match[0].length))) return undefined;
    return (l) => end.test(l);
  }
  return closedByBlankLine;
}
