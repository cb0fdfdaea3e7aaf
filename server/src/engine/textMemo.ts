import type { Piece } from './pieces';
/**
 * A bounded memo of a pure reading of a piece of text (a parsed piece of the document, a time, a zone name): a
 * keystroke changes one piece, so the next version's readings of every other piece are looked up instead of read
 * again. A reading that holds offsets keeps them relative to the piece's start (`at` shifts them), so a piece that
 * moved is still found. The key is the piece's text and whatever else the reading depends on; keys are flattened
 * copies, so no version's whole text is kept alive by them.
 *
 * Two generations: a lookup keeps its entry in the current one; when that holds `capacity` characters of keys, it
 * becomes the previous one and the older entries go. So the pieces of the documents being typed in stay, and the
 * memo never holds more than about twice `capacity` characters of keys (and their readings), whatever was read.
 */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  /** Characters of the current generation's keys. */
  private held = 0;
  /** Each memoised reading of a piece (`atPiece`) as last placed: where, and the copy handed out. */
  private readonly placed = new WeakMap<object, { start: number; value: T }>();

  constructor(private readonly capacity = 2_000_000) {}

  /**
   * The reading of a piece at `start` whose offsets are the document's: memoised relative to the piece and shifted by
   * `shift` to where it is now. `readFrom(origin)` reads the piece with offsets less `origin`.
   */
  at(key: string, start: number, readFrom: (origin: number) => T, shift: (value: T, by: number) => T): T {
    return bypassed ? readFrom(0) : shift(this.get(key, () => readFrom(start)), start);
  }

  /**
   * `at` for a piece of the section parse, whose key is already a flat string that every version in which the piece
   * is unchanged shares: kept as it is, so a lookup finds it by identity rather than comparing a piece's text.
   */
  atPiece(piece: Piece, readFrom: (origin: number) => T, shift: (value: T, by: number) => T): T {
    if (bypassed) return readFrom(0);
    // Readings of pieces are objects (`readPerPiece`, `readRowsPerPiece`), which the weak map can hold.
    const memoised = this.lookup(piece.key, () => readFrom(piece.start), piece.key) as T & object;
    // A piece that has not moved since its last lookup gets that lookup's copy again (its readers never change a
    // reading), so a keystroke copies only the pieces after the edit, not every piece of the document.
    const last = this.placed.get(memoised);
    if (last?.start === piece.start) return last.value;
    const value = shift(memoised, piece.start);
    this.placed.set(memoised, { start: piece.start, value });
    return value;
  }

  get(key: string, read: () => T): T {
    return bypassed ? read() : this.lookup(key, read);
  }

  private lookup(key: string, read: () => T, kept?: string): T {
    const found = this.current.get(key);
    if (found !== undefined || this.current.has(key)) return found as T;
    const value = this.previous.has(key) ? this.previous.get(key)! : read();
    if (this.held + key.length > this.capacity) {
      this.previous = this.current;
      this.current = new Map();
      this.held = 0;
    }
    this.current.set(kept ?? flat(key), value);
    this.held += key.length;
    return value;
  }
}

let bypassed = false;

/** Whether readings are being made anew (`readingAnew`): memos elsewhere must not be read either. */
export function memosBypassed(): boolean {
  return bypassed;
}

/** Runs `run` with every memo bypassed, each reading made anew: what a memoised reading must equal. */
export function readingAnew<T>(run: () => T): T {
  const was = bypassed;
  bypassed = true;
  try {
    return run();
  } finally {
    bypassed = was;
  }
}

/** A copy of the string that shares no memory with the text it was sliced from. */
export function flat(key: string): string {
  // A short string is copied by slice already; joining a longer one with a character makes V8 build a new string.
  return `\u0000${key}`.slice(1);
}
