/**
 * A 0-based line/character position; characters count in the position encoding agreed with the client (LSP 3.17
 * `positionEncoding`): UTF-16 code units by default, else UTF-8 bytes or Unicode code points.
 */
export interface Position {
  line: number;
  character: number;
}

export type PositionEncoding = 'utf-8' | 'utf-16' | 'utf-32';

export interface Range {
  start: Position;
  end: Position;
}

/**
 * The text with every lone CR (an old Mac line break, "\r" not followed by "\n") written as LF. Same length, so
 * every offset, and every line/character position (`LineIndex` reads a lone CR as a line break too), is the
 * original's: the engine's readers, which split lines at "\n" (and accept "\r\n"), see the same lines as the
 * editor without mapping anything back.
 */
export function loneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * The text before `at` on its line, the last `reach` characters of it at most: the words a figure or a field follows.
 * Searched back only that far, so a line holding thousands of figures costs no more for each than a short line.
 */
export function lineBefore(text: string, at: number, reach: number): string {
  const window = text.slice(Math.max(0, at - reach), at);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/**
 * The one place where string offsets become line/character positions and back. mdast offsets and JavaScript
 * string indices are both UTF-16 code units; a position's character counts in `encoding` (what the server agreed
 * with its client), converted here and nowhere else.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    readonly encoding: PositionEncoding = 'utf-16',
  ) {
    // Without CRs, the line breaks are found by the engine's native search, several times faster than a loop over
    // every character (about 3 ms for 1 MB).
    if (!text.includes('\r')) {
      for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) this.lineStarts.push(newline + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: this.unitsBetween(this.lineStarts[low], clamped) };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[Math.max(0, position.line)];
    const lineEnd = this.lineEnd(position.line);
    const character = Math.max(0, position.character);
    if (this.encoding === 'utf-16') return Math.min(lineStart + character, lineEnd);
    // Walk the line, a code point at a time, until `character` units are counted (a position inside a character
    // lands after it, as a client's should never be).
    let offset = lineStart;
    for (let units = 0; offset < lineEnd && units < character; ) {
      const codePoint = this.text.codePointAt(offset)!;
      units += this.unitsOf(codePoint);
      offset += codePoint > 0xffff ? 2 : 1;
    }
    return offset;
  }

  /** The characters from `start` to `end` (UTF-16 offsets on one line) in the agreed encoding. */
  private unitsBetween(start: number, end: number): number {
    if (this.encoding === 'utf-16') return end - start;
    let units = 0;
    for (let offset = start; offset < end; ) {
      const codePoint = this.text.codePointAt(offset)!;
      units += this.unitsOf(codePoint);
      offset += codePoint > 0xffff ? 2 : 1;
    }
    return units;
  }

  private unitsOf(codePoint: number): number {
    if (this.encoding === 'utf-32') return 1;
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }

  lineStart(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    while (end > this.lineStart(line) && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }
}
