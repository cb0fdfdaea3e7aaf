import type { List, Nodes, Root, RootContent, Table } from 'mdast';
import type { LimitsScan } from './limits';
import { parseMarkdown } from './parse';
import type { Piece } from './pieces';
import { closedByBlankLine, closerOf, scanChunks, type Chunk, type ChunkScan } from './sectionChunks';

type Point = { line: number; column: number; offset?: number };

/**
 * A chunk's parse, its positions the document's for the chunk at `start`, `line`. Never changed once made, unless its
 * memo moves chunks in place (`SectionMemo`), which then changes `start` and `line` with its nodes' positions.
 */
interface ParsedChunk {
  /** Its chunk's key (context and text): every version in which it is unchanged shares this string. */
  readonly key: string;
  start: number;
  line: number;
  readonly children: readonly RootContent[];
  readonly rootStart: Point;
  readonly rootEnd: Point;
  /** Whether a heading line after the chunk may not start a new block (a fence or HTML block left open). */
  readonly endsOpen: boolean;
  /** Every point of its nodes, collected when it first moves in place: a later move shifts them in one flat loop. */
  points?: Point[];
}

/**
 * One document's parsed chunks, by their text: the previous version's, and those of a version being parsed. An edit
 * changes one chunk (or two), so a keystroke parses that chunk and moves the others. By default chunk trees are never
 * changed once made: a chunk that moved is copied with shifted positions, so no version's tree changes under another.
 * A caller that reads no version's tree once the next version's parse has begun (the LSP cache, which keeps no trees)
 * passes `movesInPlace`: a chunk that moved then has its positions shifted where they are, with no copy, which after
 * an edit near the top of a large document saves copying most of its nodes (and collecting the copies).
 */
export class SectionMemo {
  private chunks = new Map<string, ParsedChunk>();
  /** The last version's cuts, from which the next version's scan resumes (valid for any text: it is its text's). */
  lastScan: ChunkScan | undefined;
  /** The last version's limits scan (`limits.ts`), which the next version's resumes from. */
  lastLimits: LimitsScan | undefined;

  constructor(readonly options: { movesInPlace?: boolean } = {}) {}

  lookup(text: string): ParsedChunk | undefined {
    return this.chunks.get(text);
  }

  add(text: string, parsed: ParsedChunk): void {
    this.chunks.set(text, parsed);
  }

  /** Keeps only the chunks of the version just parsed. */
  keepOnly(texts: readonly string[], parsed: readonly ParsedChunk[]): void {
    this.chunks = new Map(texts.map((text, i) => [text, parsed[i]]));
  }

  clear(): void {
    this.chunks.clear();
  }
}

const PIECES = new WeakMap<Root, readonly Piece[]>();

/** The pieces a tree was parsed in, when `parseInSections` parsed it a piece at a time (not whole). */
export function piecesOf(tree: Root): readonly Piece[] | undefined {
  return PIECES.get(tree);
}

/**
 * Parses `text` (lone CRs already written as LF) into the same mdast as one parse of it, in steps: a chunk at a
 * time (`sectionChunks.ts`), each parsed once per text and memoised in `memo`, yielding after each chunk it parses
 * or moves.
 * When the chunks' own parses show a fence or an HTML block running past a chunk's end, the document is parsed whole.
 */
export function* parseInSections(text: string, memo: SectionMemo = new SectionMemo()): Generator<void, Root> {
  const scan = scanChunks(text, memo.lastScan);
  memo.lastScan = scan;
  const chunks = scan?.chunks;
  if (!chunks || chunks.length === 1) {
    memo.clear();
    return parseMarkdown(text);
  }
  const placed: ParsedChunk[] = [];
  const keys = chunks.map((chunk) => chunk.key);
  /** The memo's chunks placed so far in this version: one whose text comes twice is placed the second time as a copy. */
  const taken = new Set<ParsedChunk>();
  yield;
  for (const [i, chunk] of chunks.entries()) {
    const known = memo.lookup(chunk.key);
    if (known) {
      keys[i] = known.key;
      const inPlace = known.start === chunk.start && known.line === chunk.line;
      if (inPlace && !taken.has(known)) placed.push(known);
      else if (memo.options.movesInPlace && !taken.has(known)) placed.push(movedInPlace(known, chunk));
      else placed.push(moved(known, chunk));
      taken.add(known);
      // A moved chunk's nodes are shifted (after an edit near the top, most of the document's): a step each.
      if (!inPlace) yield;
      continue;
    }
    const parsed = parseChunk(chunk);
    keys[i] = parsed.key;
    memo.add(parsed.key, parsed);
    placed.push(parsed);
    taken.add(parsed);
    yield;
  }
  const children = placed.slice(0, -1).some((p) => p.endsOpen) || !frontMatterKept(text, placed[0]) ? undefined : joined(text, chunks, placed);
  if (!children) {
    memo.clear();
    return parseMarkdown(text);
  }
  memo.keepOnly(keys, placed);
  const tree: Root = {
    type: 'root',
    children,
    position: { start: { ...placed[0].rootStart }, end: { ...placed[placed.length - 1].rootEnd } },
  };
  PIECES.set(
    tree,
    chunks.map((chunk, i) => ({ start: chunk.start, end: chunk.start + chunk.text.length, key: keys[i] })),
  );
  return tree;
}

/**
 * The chunks' blocks in order, a continued table's or list's pieces joined into one new node (a list piece after
 * anything but a list of its bullet starts a list of its own); undefined when a piece does not continue the block
 * before it as the scan expected (the document is then parsed whole).
 */
function joined(text: string, chunks: readonly Chunk[], placed: readonly ParsedChunk[]): RootContent[] | undefined {
  const children: RootContent[] = [];
  /** The node made here for the pieces joined so far, whose children the next piece may add to. */
  let made: Table | List | undefined;
  for (let i = 0; i < chunks.length; i++) {
    const blocks = placed[i].children;
    let from = 0;
    const before = children[children.length - 1];
    if (chunks[i].continues === 'table' || (chunks[i].continues === 'list' && sameBulletList(before, text, chunks[i]))) {
      const first = blocks[0];
      if (!continues(before, first, chunks[i], text)) return undefined;
      if (made !== before) {
        made = { ...before, children: [...before.children] } as Table | List;
        children[children.length - 1] = made;
      }
      const rows = (first as Table | List).children;
      // A table's piece repeats the header row (its context): not kept.
      for (let r = first.type === 'table' ? 1 : 0; r < rows.length; r++) (made.children as Nodes[]).push(rows[r]);
      made.position = { start: before.position!.start, end: first.position!.end };
      from = 1;
    }
    for (let b = from; b < blocks.length; b++) children.push(blocks[b]);
  }
  return children;
}

/** Whether a block is a bullet list of the bullet a list piece starts with (which then continues it). */
function sameBulletList(block: RootContent | undefined, text: string, chunk: Chunk): boolean {
  if (block?.type !== 'list' || block.ordered) return false;
  const lastItem = block.children[block.children.length - 1];
  return text[lastItem.position!.start.offset!] === text[chunk.start];
}

/** Whether a piece's first block continues the block the pieces before end with, right up to the cut. */
function continues(before: RootContent | undefined, first: RootContent | undefined, chunk: Chunk, text: string): before is Table | List {
  if (!before || !first || before.type !== first.type) return false;
  const lineEndBefore = chunk.start - (text.charCodeAt(chunk.start - 2) === 13 ? 2 : 1);
  if (before.position!.end.offset !== lineEndBefore) return false;
  if (before.type === 'table' && first.type === 'table') {
    return before.position!.start.offset === chunk.contextStart && first.children[1]?.position!.start.offset === chunk.start && sameAlign(before.align, first.align);
  }
  if (before.type === 'list' && first.type === 'list') {
    return !before.ordered && !first.ordered && before.spread === false && first.spread === false && first.position!.start.offset === chunk.start;
  }
  return false;
}

/** Column alignments compared by value, without joining them into strings for each piece of a long table. */
function sameAlign(a: Table['align'], b: Table['align']): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function parseChunk(chunk: Chunk): ParsedChunk {
  const context = chunk.context ?? '';
  const tree = parseMarkdown(chunk.key);
  // Positions in the document: the context's lines come before the chunk's.
  const offsets = chunk.start - context.length;
  const lines = chunk.line - (context.split('\n').length - 1);
  // A fresh tree nobody else holds: shifted in place.
  for (const child of tree.children) shiftInPlace(child, offsets, lines);
  const last = tree.children[tree.children.length - 1];
  return {
    key: chunk.key,
    start: chunk.start,
    line: chunk.line,
    children: tree.children,
    rootStart: shiftedPoint(tree.position!.start, offsets, lines),
    rootEnd: shiftedPoint(tree.position!.end, offsets, lines),
    endsOpen: last !== undefined && leftOpen(last, chunk),
  };
}

/** The chunk's parse placed at another offset and line: new nodes, the memoised ones untouched. */
function moved(parsed: ParsedChunk, chunk: Chunk): ParsedChunk {
  const offsets = chunk.start - parsed.start;
  const lines = chunk.line - parsed.line;
  return {
    ...parsed,
    start: chunk.start,
    line: chunk.line,
    points: undefined,
    children: parsed.children.map((child) => shiftedCopy(child, offsets, lines)),
    rootStart: shiftedPoint(parsed.rootStart, offsets, lines),
    rootEnd: shiftedPoint(parsed.rootEnd, offsets, lines),
  };
}

/** The chunk's parse moved to another offset and line where it is: its own nodes' positions shifted, nothing copied. */
function movedInPlace(parsed: ParsedChunk, chunk: Chunk): ParsedChunk {
  const offsets = chunk.start - parsed.start;
  const lines = chunk.line - parsed.line;
  // Every node's points are its own (the parser makes a new point for each), so each is shifted once. Collected once:
  // walking the tree's nodes of a dozen shapes costs about ten times the flat loop over points of one shape.
  if (!parsed.points) {
    parsed.points = [parsed.rootStart, parsed.rootEnd];
    for (const child of parsed.children) collectPoints(child, parsed.points);
  }
  for (const point of parsed.points) {
    point.line += lines;
    point.offset = point.offset! + offsets;
  }
  parsed.start = chunk.start;
  parsed.line = chunk.line;
  return parsed;
}

function collectPoints(node: Nodes, points: Point[]): void {
  if (node.position) points.push(node.position.start, node.position.end);
  if ('children' in node) for (const child of node.children) collectPoints(child, points);
}

function shiftedPoint(point: Point, offsets: number, lines: number): Point {
  return { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offsets };
}

function shiftInPlace(node: Nodes, offsets: number, lines: number): void {
  if (node.position) node.position = { start: shiftedPoint(node.position.start, offsets, lines), end: shiftedPoint(node.position.end, offsets, lines) };
  if ('children' in node) for (const child of node.children) shiftInPlace(child, offsets, lines);
}

function shiftedCopy<T extends Nodes>(node: T, offsets: number, lines: number): T {
  const copy = { ...node };
  if (node.position) copy.position = { start: shiftedPoint(node.position.start, offsets, lines), end: shiftedPoint(node.position.end, offsets, lines) };
  if ('children' in node) (copy as { children: Nodes[] }).children = (node.children as Nodes[]).map((child) => shiftedCopy(child, offsets, lines));
  return copy;
}

/**
 * Whether the chunk's last block, or the last block inside it, is a fenced code block without its closing fence or
 * an HTML block not ended. At the top level, the heading line after the chunk would be taken in; inside a list or
 * a quote, the heading ends it, but a parse that ends at the chunk's end ends it one line break later. (Every other
 * block ends at an unindented heading line alike: lists and quotes need their markers or indentation, and a heading
 * is never a paragraph's lazy continuation.)
 */
function leftOpen(last: RootContent, chunk: Chunk): boolean {
  for (let node: Nodes | undefined = last; node; node = CONTAINERS.has(node.type) && 'children' in node ? node.children[node.children.length - 1] : undefined) {
    if ((node.type === 'code' || node.type === 'html') && blockLeftOpen(node, chunk)) return true;
  }
  return false;
}

/** The blocks whose last child is a block too (an html node elsewhere is inline HTML). */
const CONTAINERS = new Set(['list', 'listItem', 'blockquote', 'footnoteDefinition']);

function blockLeftOpen(node: Nodes, chunk: Chunk): boolean {
  const end = node.position!.end.offset! - chunk.start;
  const lines = chunk.text.slice(node.position!.start.offset! - chunk.start, end).split(/\r?\n/);
  const closes = closerOf(lines[0]);
  if (!closes) return false;
  if (closes === closedByBlankLine) return !/^\r?\n[ \t]*\r?\n/.test(chunk.text.slice(end));
  // A closing line inside a container carries its markers or indentation, which `closes` does not take: left open.
  return lines.length < 2 || !closes(lines[lines.length - 1]);
}

/** Front matter must end in the first chunk, as a front matter node (the scan's fence and the parser's agree). */
function frontMatterKept(text: string, first: ParsedChunk): boolean {
  return !/^(?:---|\+\+\+)[ \t]*\r?\n/.test(text) || ['yaml', 'toml'].includes(first.children[0]?.type);
}
