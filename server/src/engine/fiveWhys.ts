import { toString } from 'mdast-util-to-string';
import { offsetsOf, type DocumentIndex } from './documentIndex';
import type { Section } from './sections';

export interface Why {
  question: string;
  answer: string | undefined;
  start: number;
  end: number;
}

/**
 * The five whys: list items, or paragraphs (often a bold question), in a five-whys section that ask "Why ...?",
 * each with the answer after the question (same line, "→ ..." on the next line, or a nested bullet).
 */
export function findFiveWhys(index: DocumentIndex, sections: Section[]): { whys: Why[]; section: Section | undefined } {
  const section = sections.find((s) => s.kind === 'five-whys');
  if (!section) return { whys: [], section: undefined };
  const whys: Why[] = [];
  let enclosingEnd = -1;
  for (const item of index.listItems) {
    const [start, end] = offsetsOf(item);
    if (start < section.bodyStart || start >= section.bodyEnd || start < enclosingEnd) continue;
    const text = toString(item, { includeHtml: false });
    const question = /^(.*?\bwhy\b.*?\?)/is.exec(text);
    if (!question) continue;
    enclosingEnd = end;
    const answer = text.slice(question[0].length).replace(/^[\s→\-–—:>]+/, '').trim();
    const questionEnd = start + index.text.slice(start, end).indexOf('?') + 1;
    whys.push({ question: question[1].trim(), answer: answer || undefined, start: offsetsOf(item.children[0] ?? item)[0], end: questionEnd });
  }
  for (const paragraph of index.paragraphs) {
    const [start, end] = offsetsOf(paragraph);
    if (start < section.bodyStart || start >= section.bodyEnd || index.listParagraphs.has(paragraph)) continue;
    const text = toString(paragraph);
    const question = /^\s*(?:\d+[.)]\s*)?(why\b.*?\?)/is.exec(text);
    if (!question) continue;
    const answer = text.slice(question[0].length).replace(/^[\s→\-–—:>]+/, '').trim();
    const questionEnd = start + index.text.slice(start, end).indexOf('?') + 1;
    whys.push({ question: question[1].trim(), answer: answer || undefined, start, end: questionEnd });
  }
  whys.sort((a, b) => a.start - b.start);
  return { whys, section };
}
