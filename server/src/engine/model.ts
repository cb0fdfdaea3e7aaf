import type { DocumentIndex } from './documentIndex';
import { findSections, type Section } from './sections';

export interface Title {
  text: string;
  /** Offsets of the title text (without the heading marker or "Post-Mortem:" prefix). */
  start: number;
  end: number;
}

/** What the engine understands of a post-mortem, built from one parse of one document version. */
export interface PostmortemModel {
  title: Title | undefined;
  sections: Section[];
}

export function buildModel(index: DocumentIndex): PostmortemModel {
  return { title: findTitle(index), sections: findSections(index) };
}

const TITLE_LINE = /^(\s*(?:post[- ]?mortem|incident report|incident review)\s*:\s*)(.*?)\s*$/i;

/** The first level-1 heading, else the first heading, else a "Post-Mortem: ..." line near the top. */
function findTitle(index: DocumentIndex): Title | undefined {
  const heading = index.headings.find((h) => h.depth === 1) ?? index.headings[0];
  const firstBlock = index.tree.children.find((node) => node.type !== 'yaml');
  if (heading && heading === firstBlock) return titleOfHeading(index, heading);
  const searchEnd = heading?.position?.start.offset ?? Math.min(index.text.length, 2000);
  let lineStart = 0;
  for (const line of index.text.slice(0, searchEnd).split('\n')) {
    const match = TITLE_LINE.exec(line);
    if (match) {
      const start = lineStart + match[1].length;
      return { text: match[2], start, end: start + match[2].length };
    }
    lineStart += line.length + 1;
  }
  return heading ? titleOfHeading(index, heading) : undefined;
}

function titleOfHeading(index: DocumentIndex, heading: NonNullable<DocumentIndex['headings'][number]>): Title {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const start = first?.position?.start.offset ?? heading.position?.start.offset ?? 0;
  const end = last?.position?.end.offset ?? heading.position?.end.offset ?? 0;
  return { text: index.text.slice(start, end), start, end };
}
