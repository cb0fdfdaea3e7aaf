import { firstStartingAt, type DocumentIndex } from './documentIndex';
import type { TextMemo } from './textMemo';

/**
 * A piece of the document parsed on its own (`sectionChunks.ts`, `sectionParse.ts`): the nodes that start in it are
 * the parse of its key (its text, after the context it was parsed with), wherever it is.
 */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * A reading of nodes (of a list in document order) made a piece at a time: each piece's readings are memoised by its
 * key, relative to its start, and shifted to where the piece is now, so a keystroke reads again only the piece it
 * changed and looks up one key per piece, not per node. `read(node, origin)` gives the node's readings with offsets
 * less `origin`. A document parsed whole has no pieces: its nodes are read one by one.
 */
export function readPerPiece<N extends Positioned, R>(index: DocumentIndex, nodes: readonly N[], memo: TextMemo<readonly R[]>, read: (node: N, origin: number) => R[], shift: (reading: R, by: number) => R): R[] {
  if (!index.pieces) return nodes.flatMap((node) => read(node, 0));
  const readings: R[] = [];
  let from = firstStartingAt(nodes, index.pieces[0]?.start ?? 0);
  for (const piece of index.pieces) {
    const to = firstStartingAt(nodes, piece.end);
    if (to === from) continue;
    const within = nodes.slice(from, to);
    from = to;
    const shifted = memo.at(piece.key, piece.start, (origin) => within.flatMap((node) => read(node, origin)), (memoised, by) => memoised.map((reading) => shift(reading, by)));
    for (const reading of shifted) readings.push(reading);
  }
  return readings;
}
