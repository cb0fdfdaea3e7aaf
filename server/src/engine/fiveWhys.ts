import { toString } from 'mdast-util-to-string';
import { offsetsOf, type DocumentIndex } from './documentIndex';
import type { Section } from './sections';
import { matchesOf } from './matches';

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
    // "Why did payouts settle late? → The file was rejected. → Why? → ...": the chain on one line, a why at each turn.
    const chain = chainedWhys(index.text.slice(start, end), start);
    if (chain.length > 1) {
      whys.push(...chain);
      continue;
    }
    const answer = text.slice(question[0].length).replace(/^[\s→\-–—:>]+/, '').trim();
    const questionEnd = start + index.text.slice(start, end).indexOf('?') + 1;
    whys.push({ question: question[1].trim(), answer: answer || undefined, start, end: questionEnd });
  }
  whys.sort((a, b) => a.start - b.start);
  return { whys, section };
}

/** The whys of a paragraph that chains them with arrows, each with the answer after it, or none. */
function chainedWhys(source: string, at: number): Why[] {
  const whys: Why[] = [];
  const parts = matchesOf(/[^→]+/g, source).filter((part) => !/^\s*(?:->|=>)?\s*$/.test(part[0]));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i][0];
    if (!/^\s*why\b[^?]*\?\s*$/i.test(part)) continue;
    const next = parts[i + 1]?.[0].trim();
    const start = at + parts[i].index + part.search(/\S/);
    whys.push({ question: part.trim(), answer: next && !/^why\b/i.test(next) ? next : undefined, start, end: start + part.trim().length });
  }
  return whys;
}
