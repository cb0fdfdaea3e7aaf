import type { Code, Root } from 'mdast';

/** A code fence at the top level that is never closed, and what it swallowed. */
export interface UnclosedFence {
  /** The opening fence's characters ("```", "~~~~"), where they are. */
  start: number;
  end: number;
  fence: string;
  /** The first heading line it swallowed: the code most likely ends before it. */
  headingStart: number;
  headingText: string;
  /** Heading lines swallowed. */
  headings: number;
}

const OPENING = /^(`{3,}|~{3,})/;
const HEADING_LINE = /^ {0,3}#{1,6}[ \t]+\S.*$/gm;

/**
 * The fence that opens the document's last block when that block is code running to the end of the document with
 * heading lines in it: a fence the author forgot to close (a pasted log), which turns every section below it into
 * code. Read from the tree, so only what Markdown itself left open counts.
 */
export function unclosedFenceOf(text: string, tree: Root): UnclosedFence | undefined {
  const last = tree.children[tree.children.length - 1];
  if (last?.type !== 'code') return undefined;
  const start = last.position?.start.offset;
  const end = last.position?.end.offset;
  if (start === undefined || end === undefined || end < text.trimEnd().length) return undefined;
  const fence = OPENING.exec(text.slice(start, start + 200))?.[1];
  if (!fence) return undefined;
  // Closed on its last line ("```" alone): a complete block that happens to end the document.
  const source = text.slice(start, end);
  const lastLine = source.trimEnd().split('\n').pop() ?? '';
  const firstLineEnd = source.indexOf('\n');
  if (firstLineEnd > 0 && new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(lastLine)) return undefined;
  const headings = [...(last as Code).value.matchAll(HEADING_LINE)];
  if (headings.length === 0 || firstLineEnd < 0) return undefined;
  const headingStart = text.indexOf(headings[0][0], start + firstLineEnd);
  return { start, end: start + fence.length, fence, headingStart, headingText: headings[0][0].trim(), headings: headings.length };
}

/** The text with the unclosed fence's opening line blanked (same length, so every offset stays the original's). */
export function withFenceBlanked(text: string, fence: UnclosedFence): string {
  const lineEnd = text.indexOf('\n', fence.start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return text.slice(0, fence.start) + ' '.repeat(end - fence.start) + text.slice(end);
}
