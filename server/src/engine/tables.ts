import type { TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { concatenated } from './arrays';
import { offsetsOf, type DocumentIndex } from './documentIndex';
import { matchesOf } from './matches';
import { pieceMemo, readPerPieceSteps } from './pieces';
import { TextMemo } from './textMemo';

/** A table cell: its plain text and the offsets of that text in the source (an empty range when blank). */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface GridRow {
  start: number;
  end: number;
  cells: Cell[];
}

/** A table, whether Markdown parsed it as one or it is pipe rows folded into a paragraph (a wiki paste). */
export interface Grid {
  start: number;
  end: number;
  header: Cell[];
  rows: GridRow[];
}

/**
 * Every table of the document, from the parsed tables and from pipe rows that Markdown read as paragraph text. In
 * steps: the rows' cells are read a few pieces at a time.
 */
export function* readGrids(index: DocumentIndex): Generator<void, Grid[]> {
  const rows = yield* readPerPieceSteps(index, concatenated(index.tables.map((table) => table.children)), GRID_ROWS, (row, origin) => [gridRowOf(row, origin)], shiftedRow);
  let next = 0;
  const grids = index.tables.map((table): Grid => {
    const [start, end] = offsetsOf(table);
    const first = next;
    next += table.children.length;
    const header = rows[first]?.cells ?? [];
    // "| Action items | | | |" over "| **Item** | **Owner** | **Due** |": a Google Doc's merged title row, the real header
    // (in bold) under it.
    const titled = next - first > 2 && header.filter((cell) => cell.text !== '').length === 1 && isBoldHeader(index.text, rows[first + 1].cells);
    return titled ? { start, end, header: rows[first + 1].cells, rows: rows.slice(first + 2, next) } : { start, end, header, rows: rows.slice(first + 1, next) };
  });
  // The first pipe at or after the paragraph: one search per stretch between pipes, not a scan of every paragraph.
  let pipe = -1;
  for (const paragraph of index.paragraphs) {
    const [start, end] = offsetsOf(paragraph);
    if (pipe < start) pipe = index.text.indexOf('|', start);
    if (pipe < 0) break;
    if (pipe >= end) continue;
    const written = index.text.slice(start, end);
    grids.push(...PASTED.at(written, start, (origin) => gridsInText(origin ? written : index.text, start - origin, end - origin), shiftedGrids));
  }
  return grids.sort((a, b) => a.start - b.start);
}

/** A row of two or more filled cells, each all in bold: a header written as a row. */
function isBoldHeader(source: string, cells: Cell[]): boolean {
  const filled = cells.filter((cell) => cell.text !== '');
  return filled.length >= 2 && filled.every((cell) => /^(\*\*|__)[^*_]+\1$/.test(source.slice(cell.start, cell.end).trim()));
}

// Each piece's table rows with their cells, relative to the piece's start.
const GRID_ROWS = pieceMemo<GridRow>();

/** A table row and its cells, their offsets less `origin`. */
function gridRowOf(row: TableRow, origin: number): GridRow {
  const [start, end] = offsetsOf(row);
  return { start: start - origin, end: end - origin, cells: cellsOf(row, origin) };
}

function shiftedRow(row: GridRow, by: number): GridRow {
  return new MovedRow(row, by);
}

/**
 * A memoised row where its piece is now: its cells are shifted when first read. Most rows' cells are read only when
 * their piece changes (the readers memoise per piece too), so a keystroke near the top of a long table no longer
 * copies every cell below it.
 */
class MovedRow implements GridRow {
  readonly start: number;
  readonly end: number;
  private moved: Cell[] | undefined;

  constructor(
    private readonly memoised: GridRow,
    private readonly by: number,
  ) {
    this.start = memoised.start + by;
    this.end = memoised.end + by;
  }

  get cells(): Cell[] {
    return (this.moved ??= shiftedCells(this.memoised.cells, this.by));
  }
}

/** A table row's cells, their offsets less `origin`. */
function cellsOf(row: TableRow, origin: number): Cell[] {
  return row.children.map((cell) => {
    // "~~09:14~~ 09:41": the author struck out what they corrected; the cell says what is left.
    const kept = cell.children.some((child) => child.type === 'delete') ? cell.children.filter((child) => child.type !== 'delete') : cell.children;
    const text = toString({ type: 'tableCell', children: kept }).trim();
    const first = kept[0];
    const last = kept[kept.length - 1];
    const [cellStart, cellEnd] = first && last ? [offsetsOf(first)[0], offsetsOf(last)[1]] : [offsetsOf(cell)[0], offsetsOf(cell)[0]];
    return { text, start: cellStart - origin, end: cellEnd - origin };
  });
}

// The grids of a paragraph's pipe rows, by its text, relative to its start.
const PASTED = new TextMemo<Grid[]>();

function shiftedGrids(grids: Grid[], by: number): Grid[] {
  return grids.map((grid) => ({ start: grid.start + by, end: grid.end + by, header: shiftedCells(grid.header, by), rows: grid.rows.map((row) => shiftedRow(row, by)) }));
}

function shiftedCells(cells: Cell[], by: number): Cell[] {
  return cells.map((cell) => ({ text: cell.text, start: cell.start + by, end: cell.end + by }));
}

const DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function gridsInText(text: string, from: number, to: number): Grid[] {
  const lines: { start: number; end: number }[] = [];
  for (let at = from; at < to; ) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > to) end = to;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const grids: Grid[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (GRID_BORDER.test(line)) {
      const grid = gridTable(text, lines, i);
      if (grid) {
        grids.push(grid.table);
        i = grid.last;
      }
      continue;
    }
    if (!line.trimStart().startsWith('|') || !DELIMITER_ROW.test(text.slice(lines[i + 1].start, lines[i + 1].end))) continue;
    const header = splitRow(text, lines[i].start, lines[i].end);
    const rows: GridRow[] = [];
    let j = i + 2;
    for (; j < lines.length && text.slice(lines[j].start, lines[j].end).trimStart().startsWith('|'); j++) {
      rows.push({ start: lines[j].start, end: lines[j].end, cells: splitRow(text, lines[j].start, lines[j].end) });
    }
    grids.push({ start: lines[i].start, end: lines[j - 1].end, header, rows });
    i = j - 1;
  }
  return grids;
}

/** A pandoc grid table's border: "+----+------+", "+====+======+" under its header. */
const GRID_BORDER = /^\+(?:[-=:]{2,}\+)+[ \t]*$/;

/**
 * A pandoc grid table (as a Google Doc or a Word file converted with pandoc writes a table whose cells wrap): columns
 * at the border's "+", each cell's lines joined, the first row its header (the one above the "=" border). Each
 * cell's offsets run from its first line's text to its last line's; the row's end is its last line's.
 */
function gridTable(text: string, lines: { start: number; end: number }[], first: number): { table: Grid; last: number } | undefined {
  const border = text.slice(lines[first].start, lines[first].end).trimEnd();
  const columns = matchesOf(/\+/g, border).map((m) => m.index);
  const rows: GridRow[] = [];
  let open: { start: number; end: number; parts: { text: string; start: number; end: number }[][] } | undefined;
  let i = first + 1;
  for (; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (GRID_BORDER.test(line)) {
      if (open) rows.push(gridRow(open));
      open = undefined;
      continue;
    }
    if (!line.startsWith('|') || line.trimEnd().length !== border.length) break;
    open ??= { start: lines[i].start, end: lines[i].end, parts: columns.slice(1).map(() => []) };
    open.end = lines[i].end;
    columns.slice(1).forEach((column, k) => {
      const raw = line.slice(columns[k] + 1, column);
      const trimmed = raw.trim();
      const at = lines[i].start + columns[k] + 1 + (raw.length - raw.trimStart().length);
      if (trimmed) open!.parts[k].push({ text: trimmed, start: at, end: at + trimmed.length });
    });
  }
  // Unclosed by a border: not a whole grid table.
  if (open || rows.length < 2) return undefined;
  return { table: { start: lines[first].start, end: lines[i - 1].end, header: rows[0].cells, rows: rows.slice(1) }, last: i - 1 };
}

function gridRow(row: { start: number; end: number; parts: { text: string; start: number; end: number }[][] }): GridRow {
  const cells = row.parts.map((parts): Cell => {
    if (parts.length === 0) return { text: '', start: row.start, end: row.start };
    return { text: parts.map((p) => p.text).join(' ').replace(/\*\*|__|`/g, '').replace(/\\([#*_|])/g, '$1'), start: parts[0].start, end: parts[parts.length - 1].end };
  });
  return { start: row.start, end: row.end, cells };
}

/** Splits "| a | b |" at unescaped pipes into cells with exact offsets. */
function splitRow(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let cellStart = text.indexOf('|', start) + 1;
  for (let at = cellStart; at <= end; at++) {
    if (at < end && (text[at] !== '|' || text[at - 1] === '\\')) continue;
    const raw = text.slice(cellStart, at);
    const trimmedStart = cellStart + (raw.length - raw.trimStart().length);
    const trimmed = raw.trim();
    if (at < end || trimmed) cells.push({ text: trimmed.replace(/\*\*|__|`/g, ''), start: trimmedStart, end: trimmedStart + trimmed.length });
    cellStart = at + 1;
  }
  return cells;
}
