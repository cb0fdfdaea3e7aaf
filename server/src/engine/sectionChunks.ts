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
const FRONT_MATTER_FENCE = /^---[ \t]*\r?$/;
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

/** The document's chunks in order (covering it exactly), or undefined when it must be parsed whole. */
export function sectionChunks(text: string): Chunk[] | undefined {
  if (text.includes(']:') && DEFINITION_START.test(text)) return undefined;
  const chunks: Chunk[] = [];
  let chunk: Omit<Chunk, 'text'> = { start: 0, line: 0 };
  const cut = (at: number, next: Omit<Chunk, 'text'>) => {
    chunks.push({ ...chunk, text: text.slice(chunk.start, at) });
    chunk = next;
  };
  /** What the current line is inside: nothing, a fence (its closing pattern), an HTML block (its end), front matter. */
  let inside: ((line: string) => boolean) | undefined;
  /** The header and delimiter rows of the table the lines are rows of, every line since starting with "|". */
  let table: { context: string; contextStart: number } | undefined;
  let previous = { start: 0, line: '' };
  /** The line before `previous` (none before the second line). */
  let beforePrevious: string | undefined;
  let lineNumber = 0;
  for (let start = 0; start < text.length; lineNumber++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(start, newline === -1 ? text.length : newline);
    // A table's rows need no leading pipe (nor any pipe: such a row is not cut before, and ends the table here).
    if (table !== undefined && !line.includes('|')) table = undefined;
    if (inside) {
      if (inside(line)) inside = undefined;
    } else if (lineNumber === 0 && FRONT_MATTER_FENCE.test(line)) {
      inside = (l) => FRONT_MATTER_FENCE.test(l);
    } else if (ATX_HEADING.test(line)) {
      if (start > 0) cut(start, { start, line: lineNumber });
    } else if (table !== undefined) {
      if (line.startsWith('|') && cutsHere(line, start - chunk.start)) cut(start, { start, line: lineNumber, continues: 'table', ...table });
    } else if (previous.line.startsWith('|') && line.startsWith('|') && DELIMITER_ROW.test(line) && startsTopLevelBlock(beforePrevious)) {
      table = { context: text.slice(previous.start, end), contextStart: previous.start };
    } else if (BULLET_ITEM.test(line) && !THEMATIC_BREAK.test(line) && !BLANK.test(previous.line)) {
      if (cutsHere(line, start - chunk.start)) cut(start, { start, line: lineNumber, continues: 'list' });
    } else {
      // Not before a "---" line: a piece is parsed as a document, where that line would open front matter.
      if (BLANK.test(previous.line) && start > 0 && !BLANK.test(line) && !INDENTED_OR_ITEM.test(line) && !FRONT_MATTER_FENCE.test(line)) cut(start, { start, line: lineNumber });
      inside = closerOf(line);
    }
    beforePrevious = lineNumber === 0 ? undefined : previous.line;
    previous = { start, line };
    start = end;
  }
  chunks.push({ ...chunk, text: text.slice(chunk.start) });
  return chunks;
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
