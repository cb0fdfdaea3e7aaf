import { appendAll, concatenated } from './arrays';
import { firstStartingAt, startOfNode, type DocumentIndex } from './documentIndex';
import { finish } from './steps';
import type { Grid, GridRow } from './tables';
import { TextMemo } from './textMemo';

/**
 * A piece of the document parsed on its own (`sectionChunks.ts`, `sectionParse.ts`): the nodes that start in it are
 * the parse of its key (its text, after the context it was parsed with), wherever it is.
 */
export interface Piece {
  readonly start: number;
  readonly end: number;
  /** A flat string, the same object in every version in which the piece is unchanged. */
  readonly key: string;
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * A reading of nodes (of a list in document order) made a piece at a time: each piece's readings are memoised by its
 * key, relative to its start, and shifted to where the piece is now, so a keystroke reads again only the piece it
 * changed and looks up one key per piece, not per node. `read(node, origin)` gives the node's readings with offsets
 * less `origin`. A document parsed whole has no pieces: its nodes are read one by one.
 */
export function readPerPiece<N extends Positioned, R>(index: DocumentIndex, nodes: readonly N[], memo: PieceMemo<R>, read: (node: N, origin: number) => R[], shift: (reading: R, by: number) => R): R[] {
  return finish(readPerPieceSteps(index, nodes, memo, read, shift));
}

/** A piece's readings, and how many items they were read from (the piece's items in the list read). */
export interface PieceReadings<R> {
  readonly items: number;
  readonly readings: readonly R[];
}

/** The memo of a per-piece reader. */
export type PieceMemo<R> = TextMemo<PieceReadings<R>>;

export function pieceMemo<R>(): PieceMemo<R> {
  return new TextMemo<PieceReadings<R>>();
}

/** Pieces read between two steps of `readPerPieceSteps` (a 1 MB post-mortem has about 500). */
const PIECES_PER_STEP = 25;

/**
 * `readPerPiece` in steps, yielding every PIECES_PER_STEP pieces (a document parsed whole: in one step). `startOf`
 * gives an item's start offset, for items other than nodes (a table's rows as read into a grid).
 */
export function* readPerPieceSteps<N, R>(
  index: DocumentIndex,
  nodes: readonly N[],
  memo: PieceMemo<R>,
  read: (node: N, origin: number) => R[],
  shift: (reading: R, by: number) => R,
  startOf: (node: N) => number = startOfNode as (node: N) => number,
): Generator<void, R[]> {
  if (!index.pieces) return concatenated(nodes.map((node) => read(node, 0)));
  const readings: R[] = [];
  let from = firstStartingAt(nodes, index.pieces[0]?.start ?? 0, startOf);
  for (const [i, piece] of index.pieces.entries()) {
    if (i % PIECES_PER_STEP === PIECES_PER_STEP - 1) yield;
    // No item starts in the piece: one probe.
    if (from === nodes.length || startOf(nodes[from]) >= piece.end) continue;
    const found = memo.atPiece(
      piece,
      (origin) => {
        const to = firstStartingAtFrom(nodes, from, piece.end, startOf);
        return { items: to - from, readings: concatenated(nodes.slice(from, to).map((node) => read(node, origin))) };
      },
      // A piece whose items gave no readings (most, for most readers) has no offsets to move: shared, not copied.
      (memoised, by) => (memoised.readings.length === 0 ? memoised : { items: memoised.items, readings: memoised.readings.map((reading) => shift(reading, by)) }),
    );
    // A memoised reading was read from as many items as the piece holds now: the lists read (the index's, a table's
    // rows) hold every item of the piece's parse, which its key decides. The item after them, which the next piece
    // reads first, must not be in this piece.
    const to = from + found.items;
    if (to > nodes.length || (to < nodes.length && startOf(nodes[to]) < piece.end)) throw new Error(`a memoised reading of a piece at ${piece.start} does not match its items`);
    from = to;
    appendAll(readings, found.readings);
  }
  return readings;
}

/**
 * `firstStartingAt` for an answer known to be at `from` or later: a galloping search from `from`, so a piece with
 * few items costs a few probes, not a search of the whole list (each probe reads a node somewhere in memory).
 */
function firstStartingAtFrom<N>(nodes: readonly N[], from: number, offset: number, startOf: (node: N) => number): number {
  // Every item before `low` starts before `offset`.
  let low = from;
  let bound = 1;
  while (low + bound - 1 < nodes.length && startOf(nodes[low + bound - 1]) < offset) {
    low += bound;
    bound *= 2;
  }
  let high = Math.min(low + bound - 1, nodes.length);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (startOf(nodes[mid]) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The readings of tables' rows, by table, for tables read with their own columns (which a row's reading depends on;
 * `key` says them all): a piece at a time, like `readPerPieceSteps`. A piece's reading (one per row, a reading or
 * none, offsets relative to the piece) is memoised by its key and the tables its rows are in (where their first row
 * is in the piece, and their columns), and shifted to where the piece is. A document parsed whole is read row by row.
 */
export function* readRowsPerPiece<C extends { key: string }, R>(
  index: DocumentIndex,
  tables: ReadonlyMap<Grid, C>,
  memos: RowMemos<R>,
  read: (row: GridRow, columns: C, origin: number) => R | undefined,
  shift: (reading: R, by: number) => R,
): Generator<void, Map<Grid, R[]>> {
  // Tables in document order, so their rows are too (each table's are); read through a cursor, not a list of rows.
  const grids = [...tables.keys()].sort((a, b) => a.start - b.start);
  const byGrid = new Map<Grid, R[]>(grids.map((grid) => [grid, []]));
  if (!index.pieces) {
    for (const grid of grids) for (const row of grid.rows) pushDefined(byGrid.get(grid)!, read(row, tables.get(grid)!, 0));
    return byGrid;
  }
  const at = { grid: 0, row: 0 };
  const skipEnded = (cursor: { grid: number; row: number }) => {
    while (cursor.grid < grids.length && cursor.row >= grids[cursor.grid].rows.length) {
      cursor.grid++;
      cursor.row = 0;
    }
  };
  skipEnded(at);
  /** Calls `each` on the `count` rows from `from` on, with their table. */
  const rowsFrom = (from: { grid: number; row: number }, count: number, each: (row: GridRow, grid: Grid, k: number) => void) => {
    const cursor = { ...from };
    for (let k = 0; k < count; k++, cursor.row++, skipEnded(cursor)) each(grids[cursor.grid].rows[cursor.row], grids[cursor.grid], k);
  };
  for (const [i, piece] of index.pieces.entries()) {
    if (i % PIECES_PER_STEP === PIECES_PER_STEP - 1) yield;
    // The tables whose rows start in the piece: where in it (their rows in it are then the parse of its key), and
    // their columns.
    const from = { ...at };
    let count = 0;
    let tablesIn = '';
    for (let last = -1; at.grid < grids.length && grids[at.grid].rows[at.row].start < piece.end; count++, at.row++, skipEnded(at)) {
      if (at.grid !== last) tablesIn += `${grids[at.grid].rows[at.row].start - piece.start}:${tables.get(grids[at.grid])!.key};`;
      last = at.grid;
    }
    if (count === 0) continue;
    const readings = memos.of(tablesIn).atPiece(
      piece,
      (origin) => {
        const fresh: (R | undefined)[] = [];
        rowsFrom(from, count, (row, grid) => fresh.push(read(row, tables.get(grid)!, origin)));
        return fresh;
      },
      (memoised, by) => memoised.map((reading) => (reading === undefined ? undefined : shift(reading, by))),
    );
    rowsFrom(from, count, (_, grid, k) => pushDefined(byGrid.get(grid)!, readings[k]));
  }
  return byGrid;
}

function pushDefined<R>(list: R[], item: R | undefined): void {
  if (item !== undefined) list.push(item);
}

/** The memos of `readRowsPerPiece`: one per set of tables a piece's rows are in (one for nearly every document), the last few. */
export class RowMemos<R> {
  private readonly memos = new Map<string, TextMemo<readonly (R | undefined)[]>>();

  private last: { tablesIn: string; memo: TextMemo<readonly (R | undefined)[]> } | undefined;

  of(tablesIn: string): TextMemo<readonly (R | undefined)[]> {
    // The pieces of one long table ask for the same memo one after another: the last is kept at hand.
    if (this.last?.tablesIn === tablesIn) return this.last.memo;
    const memo = this.memos.get(tablesIn) ?? new TextMemo();
    this.memos.delete(tablesIn);
    this.memos.set(tablesIn, memo);
    if (this.memos.size > ROW_MEMOS) this.memos.delete(this.memos.keys().next().value!);
    this.last = { tablesIn, memo };
    return memo;
  }
}

const ROW_MEMOS = 4;
