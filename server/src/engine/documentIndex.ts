import type { Code, Heading, Html, List, ListItem, Nodes, Paragraph, Root, Table, Text, Yaml } from 'mdast';
import { LineIndex, loneCrAsLf, type PositionEncoding } from './lineIndex';
import { parseMarkdown } from './parse';
import type { Piece } from './pieces';
import { finish } from './steps';

/**
 * One parse and one walk of a document version: every feature and rule reads these lists instead of
 * walking the tree again (the markdownlint "cache" idea).
 */
export interface DocumentIndex {
  readonly text: string;
  readonly tree: Root;
  readonly lines: LineIndex;
  readonly headings: Heading[];
  readonly tables: Table[];
  readonly listItems: ListItem[];
  readonly lists: List[];
  /** Items of numbered lists. */
  readonly orderedItems: Set<ListItem>;
  readonly paragraphs: Paragraph[];
  /** Paragraphs that are the text of a list item (the rest are free-standing or in quotes). */
  readonly listParagraphs: Set<Paragraph>;
  /** Prose text nodes, in document order; text inside code is never here. */
  readonly texts: Text[];
  readonly htmls: Html[];
  /** Fenced and indented code blocks: some authors keep a timeline's columns aligned in one. */
  readonly codes: Code[];
  readonly frontMatter: Yaml | undefined;
  /** Offsets of code, front matter, raw HTML and headings, in document order: lines there are not prose. */
  readonly nonProse: [number, number][];
  /** The pieces the document was parsed in, when it was parsed a piece at a time (`pieces.ts`). */
  readonly pieces: readonly Piece[] | undefined;
}

/** `encoding`: what a position's character counts (the LSP client's agreed position encoding; UTF-16 by default). */
export function indexDocument(text: string, encoding?: PositionEncoding): DocumentIndex {
  text = loneCrAsLf(text);
  return indexTree(text, parseMarkdown(text), encoding);
}

/**
 * The index of a document already parsed: `tree` is the parse of `text`, whose lone CRs are already LFs (made of
 * `pieces` when it was parsed a piece at a time).
 */
export function indexTree(text: string, tree: Root, encoding?: PositionEncoding, pieces?: readonly Piece[]): DocumentIndex {
  return finish(indexTreeSteps(text, tree, encoding, pieces));
}

/** Nodes walked between two steps of `indexTreeSteps`: a few milliseconds' work. */
const NODES_PER_STEP = 5_000;

/** `indexTree` in steps, yielding every NODES_PER_STEP nodes (a 1 MB post-mortem has about 90,000). */
export function* indexTreeSteps(text: string, tree: Root, encoding?: PositionEncoding, pieces?: readonly Piece[]): Generator<void, DocumentIndex> {
  const index: DocumentIndex = {
    text,
    tree,
    lines: new LineIndex(text, encoding),
    headings: [],
    tables: [],
    listItems: [],
    lists: [],
    orderedItems: new Set(),
    paragraphs: [],
    listParagraphs: new Set(),
    texts: [],
    htmls: [],
    codes: [],
    frontMatter: undefined,
    nonProse: [],
    pieces,
  };
  const mutable = index as { frontMatter: Yaml | undefined };
  const add = (node: Nodes): void => {
    switch (node.type) {
      case 'heading':
        index.headings.push(node);
        index.nonProse.push(offsetsOf(node));
        break;
      case 'code':
        index.codes.push(node);
        index.nonProse.push(offsetsOf(node));
        break;
      case 'table':
        index.tables.push(node);
        break;
      case 'list':
        index.lists.push(node);
        if (node.ordered) for (const item of node.children) index.orderedItems.add(item);
        break;
      case 'listItem':
        index.listItems.push(node);
        for (const child of node.children) if (child.type === 'paragraph') index.listParagraphs.add(child);
        break;
      case 'paragraph':
        index.paragraphs.push(node);
        break;
      case 'text':
        index.texts.push(node);
        break;
      case 'html':
        index.htmls.push(node);
        index.nonProse.push(offsetsOf(node));
        break;
      case 'yaml':
        mutable.frontMatter ??= node;
        index.nonProse.push(offsetsOf(node));
        break;
    }
  };
  if (pieces) {
    // Parsed a piece at a time: most blocks are the nodes of the last version's tree (moved, not copied), whose
    // listed nodes are looked up instead of walked again. A table or list joined from several pieces is a new node
    // each version: its rows or items are looked up one by one.
    let added = 0;
    for (const block of tree.children) {
      const joined = block.type === 'table' || block.type === 'list';
      const parts = joined ? (block.children as Nodes[]) : [block];
      if (joined) add(block);
      for (const part of parts) {
        let listed = LISTED.get(part);
        if (!listed) LISTED.set(part, (listed = listedNodes(part)));
        for (const node of listed) add(node);
        added += listed.length;
        if (added >= NODES_PER_STEP) {
          added = 0;
          yield;
        }
      }
    }
    return index;
  }
  // Iterative pre-order walk: documents of any size, no recursion limit.
  const stack: Nodes[] = [tree];
  for (let walked = 1; stack.length > 0; walked++) {
    if (walked % NODES_PER_STEP === 0) yield;
    const node = stack.pop()!;
    add(node);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return index;
}

/** The node types the index lists. */
const LISTED_TYPES = new Set<Nodes['type']>(['heading', 'code', 'table', 'list', 'listItem', 'paragraph', 'text', 'html', 'yaml']);

/**
 * The listed nodes of a block's subtree, in pre-order, by block: a tree parsed a piece at a time reuses the nodes of
 * the pieces an edit did not touch, whose subtrees never change once parsed (only their positions move).
 */
const LISTED = new WeakMap<Nodes, readonly Nodes[]>();

function listedNodes(block: Nodes): Nodes[] {
  const listed: Nodes[] = [];
  const stack: Nodes[] = [block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (LISTED_TYPES.has(node.type)) listed.push(node);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return listed;
}

/** Start and end offsets of a node in the source text. */
export function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * Offsets of a heading's name: its text without the marker, and without the anchor GitBook writes into it
 * ("## <a href="#summary" id="summary"></a>Summary"); the whole heading when it has no text.
 */
export function headingNameOffsets(heading: Heading): [number, number] {
  const named = heading.children.filter((child) => child.type !== 'html');
  return named.length > 0 ? [offsetsOf(named[0])[0], offsetsOf(named[named.length - 1])[1]] : offsetsOf(heading);
}

/** A node's start offset (`offsetsOf` without its pair: binary searches read it for every probe). */
export function startOfNode(node: Positioned): number {
  return node.position?.start.offset ?? 0;
}

/**
 * The index of the first node (of a list in document order, as the index's lists are) starting at or after `offset`;
 * `startOf` gives an item's start (a node's by default).
 */
export function firstStartingAt<T>(nodes: readonly T[], offset: number, startOf: (node: T) => number = startOfNode as (node: T) => number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (startOf(nodes[mid]) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The nodes (of a list in document order) starting in [start, end): two binary searches, not a scan per caller. */
export function startingWithin<T extends Positioned>(nodes: readonly T[], start: number, end: number): T[] {
  return nodes.slice(firstStartingAt(nodes, start), firstStartingAt(nodes, end));
}

// Per index, for each depth d (1-6), the index of the first heading at or after i with depth <= d (-1 for none).
const headingsAtMost = new WeakMap<DocumentIndex, Int32Array[]>();

/**
 * The index in `index.headings` of the first heading at position `from` or later whose depth is at most `depth`
 * (the heading that closes a section of that depth), or -1. Precomputed once per document: linear, where a search
 * from every heading was quadratic in the number of headings.
 */
export function nextHeadingAtMost(index: DocumentIndex, from: number, depth: number): number {
  let table = headingsAtMost.get(index);
  if (!table) {
    const { headings } = index;
    table = Array.from({ length: 7 }, () => new Int32Array(headings.length + 1).fill(-1));
    for (let i = headings.length - 1; i >= 0; i--) {
      for (let d = 1; d <= 6; d++) table[d][i] = headings[i].depth <= d ? i : table[d][i + 1];
    }
    headingsAtMost.set(index, table);
  }
  const d = Math.max(1, Math.min(6, depth));
  return from >= index.headings.length ? -1 : table[d][Math.max(0, from)];
}
