import type { Code, Heading, Html, List, ListItem, Nodes, Paragraph, Root, Table, Text } from 'mdast';
import type { FrontMatter } from './frontMatter';
import { appendAll, concatenated } from './arrays';
import { LineIndex, loneCrAsLf, type PositionEncoding } from './lineIndex';
import { pastedBulletsAsDashes } from './pastedBullets';
import type { UnclosedBlock } from './unclosedBlock';
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
  readonly frontMatter: FrontMatter | undefined;
  /** Offsets of code, front matter, raw HTML and headings, in document order: lines there are not prose. */
  readonly nonProse: [number, number][];
  /** The pieces the document was parsed in, when it was parsed a piece at a time (`pieces.ts`). */
  readonly pieces: readonly Piece[] | undefined;
  /** A code fence or comment left open that swallowed the sections below it; the tree is the parse with it closed. */
  readonly unclosedBlock: UnclosedBlock | undefined;
}

/** `encoding`: what a position's character counts (the LSP client's agreed position encoding; UTF-16 by default). */
export function indexDocument(text: string, encoding?: PositionEncoding): DocumentIndex {
  text = pastedBulletsAsDashes(loneCrAsLf(text));
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
export function* indexTreeSteps(text: string, tree: Root, encoding?: PositionEncoding, pieces?: readonly Piece[], unclosedBlock?: UnclosedBlock): Generator<void, DocumentIndex> {
  const listed: ListedNodes[] = [];
  // Each block's listed nodes come sorted by type: the index is their concatenation, with no per-node dispatch.
  // Parsed a piece at a time, most blocks are the nodes of the last version's tree (moved, not copied), whose lists
  // are kept; a table or list joined from several pieces is a new node each version: it is listed a piece's rows or
  // items at a time (as any table or list is, so a long one is listed over several steps). Parsed whole, no block is
  // seen again: their lists are not kept.
  let walkedSinceStep = 0;
  for (const block of tree.children) {
    const joined = block.type === 'table' || block.type === 'list';
    if (joined) listed.push(listedNodes(block, false));
    const parts = joined ? (block.children as Nodes[]) : [block];
    for (let i = 0; i < parts.length; ) {
      const run = pieces ? runAt(parts, i, pieces) : { parts: [parts[i]], listed: listedNodes(parts[i], true) };
      listed.push(run.listed);
      i += run.parts.length;
      walkedSinceStep += run.listed.walked;
      if (walkedSinceStep >= NODES_PER_STEP) {
        walkedSinceStep = 0;
        yield;
      }
    }
  }
  // Each list made at once, at its length.
  const all = <T>(pick: (nodes: ListedNodes) => readonly T[] | undefined): T[] => concatenated(listed.map((nodes) => pick(nodes) ?? NONE));
  return {
    text,
    tree,
    lines: new LineIndex(text, encoding),
    headings: all((nodes) => nodes.headings),
    tables: all((nodes) => nodes.tables),
    listItems: all((nodes) => nodes.listItems),
    lists: all((nodes) => nodes.lists),
    orderedItems: new Set(all((nodes) => nodes.orderedItems)),
    paragraphs: all((nodes) => nodes.paragraphs),
    listParagraphs: new Set(all((nodes) => nodes.listParagraphs)),
    texts: all((nodes) => nodes.texts),
    htmls: all((nodes) => nodes.htmls),
    codes: all((nodes) => nodes.codes),
    frontMatter: listed.find((nodes) => nodes.frontMatters)?.frontMatters?.[0],
    nonProse: all((nodes) => nodes.nonProse).map(offsetsOf),
    pieces,
    unclosedBlock,
  };
}

const NONE: readonly never[] = [];

/** Consecutive parts of a block (a block alone, or a joined table's rows or list's items) and their listed nodes. */
interface Run {
  parts: Nodes[];
  listed: ListedNodes;
}

/**
 * The run of parts from `parts[i]` that one piece's parse gave, kept by its first part: parsed nodes and their
 * subtrees never change (only their positions move), so a run whose parts all follow its first one again lists the
 * same nodes, wherever the piece now is. A joined table or list of a 1 MB post-mortem is thus listed a piece (about 16
 * rows or items) at a time, one lookup and one append per piece, not per row.
 */
function runAt(parts: Nodes[], i: number, pieces: readonly Piece[]): Run {
  const kept = RUNS.get(parts[i]);
  if (kept && samePartsAt(parts, i, kept.parts)) return kept;
  // The piece `parts[i]` starts in: the last one starting at or before it.
  const piece = pieces[firstStartingAt(pieces, startOfNode(parts[i]) + 1, (p) => p.start) - 1];
  let end = i + 1;
  while (end < parts.length && piece && startOfNode(parts[end]) < piece.end) end++;
  const run: Run = { parts: parts.slice(i, end), listed: { walked: 0 } };
  for (const part of run.parts) appendListed(run.listed, listedNodes(part, true));
  RUNS.set(parts[i], run);
  return run;
}

function samePartsAt(parts: Nodes[], i: number, kept: Nodes[]): boolean {
  for (let k = 0; k < kept.length; k++) if (parts[i + k] !== kept[k]) return false;
  return true;
}

/** The runs of parts a piece's parse gave, by their first part. */
const RUNS = new WeakMap<Nodes, Run>();

/** A block's nodes of the types the index lists, each list in pre-order (absent when empty). */
interface ListedNodes {
  /** Nodes walked to list them: the work a step counts. */
  walked: number;
  headings?: Heading[];
  tables?: Table[];
  listItems?: ListItem[];
  lists?: List[];
  orderedItems?: ListItem[];
  paragraphs?: Paragraph[];
  listParagraphs?: Paragraph[];
  texts?: Text[];
  htmls?: Html[];
  codes?: Code[];
  frontMatters?: FrontMatter[];
  /** Headings, code, HTML and front matter, in pre-order: their offsets are read when indexed (the block may move). */
  nonProse?: Nodes[];
}

/** The listed nodes of `block` (and its subtree when `subtree`; else of the block alone). */
function listedNodes(block: Nodes, subtree: boolean): ListedNodes {
  const listed: ListedNodes = { walked: 0 };
  const stack: Nodes[] = [block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    listed.walked++;
    switch (node.type) {
      case 'heading':
        (listed.headings ??= []).push(node);
        (listed.nonProse ??= []).push(node);
        break;
      case 'code':
        (listed.codes ??= []).push(node);
        (listed.nonProse ??= []).push(node);
        break;
      case 'table':
        (listed.tables ??= []).push(node);
        break;
      case 'list':
        (listed.lists ??= []).push(node);
        if (node.ordered) appendAll((listed.orderedItems ??= []), node.children);
        break;
      case 'listItem':
        (listed.listItems ??= []).push(node);
        for (const child of node.children) if (child.type === 'paragraph') (listed.listParagraphs ??= []).push(child);
        break;
      case 'paragraph':
        (listed.paragraphs ??= []).push(node);
        break;
      case 'text':
        (listed.texts ??= []).push(node);
        break;
      case 'html':
        (listed.htmls ??= []).push(node);
        (listed.nonProse ??= []).push(node);
        break;
      case 'yaml':
      case 'toml' as Nodes['type']:
        (listed.frontMatters ??= []).push(node as FrontMatter);
        (listed.nonProse ??= []).push(node);
        break;
    }
    if (subtree && 'children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return listed;
}

const LISTS = ['headings', 'tables', 'listItems', 'lists', 'orderedItems', 'paragraphs', 'listParagraphs', 'texts', 'htmls', 'codes', 'frontMatters', 'nonProse'] as const;

/** Adds the listed nodes of a part to those of the parts before it in its run. */
function appendListed(run: ListedNodes, listed: ListedNodes): void {
  run.walked += listed.walked;
  for (const list of LISTS) {
    const nodes = listed[list] as Nodes[] | undefined;
    if (nodes) appendAll((run[list] ??= []) as Nodes[], nodes);
  }
}

/** Start and end offsets of a node in the source text. */
export function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * Offsets of a heading's name: its text without the marker, without the anchor GitBook writes into it
 * ("## <a href="#summary" id="summary"></a>Summary") and without attributes after it; the whole heading when it has no
 * text.
 */
export function headingNameOffsets(heading: Heading): [number, number] {
  const named = heading.children.filter((child) => child.type !== 'html');
  if (named.length === 0) return offsetsOf(heading);
  const last = named[named.length - 1];
  const attributes = last.type === 'text' ? HEADING_ATTRIBUTES.exec(last.value) : null;
  return [offsetsOf(named[0])[0], offsetsOf(last)[1] - (attributes?.[0].length ?? 0)];
}

/**
 * A heading's attributes after its name, as pandoc and Google Docs' export write them ("## Summary {#summary}",
 * "## **1\. Summary** {#1.-summary}", "{.unnumbered}"): no part of the name.
 */
export const HEADING_ATTRIBUTES = /(?<![ \t])[ \t]*\{[#.][^{}\n]*\}[ \t]*$/;

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
