import type { Root } from 'mdast';
import { matchesOf } from './matches';
import { headingKindOf } from './sectionCatalogue';

/** A code fence or an HTML comment at the top level that is never closed, and what it swallowed. */
export interface UnclosedBlock {
  kind: 'fence' | 'comment';
  /** The opening fence's characters ("```", "~~~~") or "<!--", where they are. */
  start: number;
  end: number;
  opener: string;
  /** Where the block most likely ends: after the last line with text before the first heading it swallowed. */
  closeAt: number;
  headingText: string;
  /** Heading lines swallowed. */
  headings: number;
}

const FENCE = /^(`{3,}|~{3,})/;
const HEADING_LINE = /^ {0,3}(#{1,6})[ \t]+(\S.*)$/gm;

/**
 * A heading line of the document, not a comment in swallowed code ("# restart the service"): a sub-heading, or a
 * top-level one that names a section.
 */
const isSectionHeading = (hashes: string, text: string) => hashes.length > 1 || headingKindOf(text) !== undefined;

/**
 * The block that ends the document when it is a code fence or an HTML comment never closed, with heading lines in
 * it: one the author forgot to close (a pasted log, a template's instructions), which turns every section below it
 * into code or hides it. Read from the tree, so only what Markdown itself left open counts.
 */
export function unclosedBlockOf(text: string, tree: Root): UnclosedBlock | undefined {
  const last = tree.children[tree.children.length - 1];
  if (last?.type !== 'code' && last?.type !== 'html') return undefined;
  const start = last.position?.start.offset;
  const end = last.position?.end.offset;
  if (start === undefined || end === undefined || end < text.trimEnd().length) return undefined;
  const source = text.slice(start, end);
  const firstLineEnd = source.indexOf('\n');
  if (firstLineEnd < 0) return undefined;
  let opener: string | undefined;
  if (last.type === 'code') {
    opener = FENCE.exec(source)?.[1];
    // Closed on its last line ("```" alone): a complete block that happens to end the document.
    const lastLine = source.trimEnd().split('\n').pop() ?? '';
    if (opener && new RegExp(`^ {0,3}${opener[0] === '`' ? '`' : '~'}{${opener.length},}\\s*$`).test(lastLine)) return undefined;
  } else if (source.startsWith('<!--') && !source.includes('-->')) opener = '<!--';
  if (!opener) return undefined;
  const headings = matchesOf(HEADING_LINE, source.slice(firstLineEnd)).filter((m) => isSectionHeading(m[1], m[2]));
  if (headings.length === 0) return undefined;
  const headingStart = start + firstLineEnd + headings[0].index;
  const closeAt = Math.max(start + opener.length, text.slice(0, headingStart).trimEnd().length);
  return { kind: last.type === 'code' ? 'fence' : 'comment', start, end: start + opener.length, opener, closeAt, headingText: headings[0][0].trim(), headings: headings.length };
}

/**
 * The text as if the block had been closed where it most likely ends: what it holds up to there blanked (line breaks
 * kept, so every offset and line stays the original's), the rest read as the author meant it.
 */
export function withBlockBlanked(text: string, block: UnclosedBlock): string {
  return text.slice(0, block.start) + text.slice(block.start, block.closeAt).replace(/[^\n]/g, ' ') + text.slice(block.closeAt);
}
