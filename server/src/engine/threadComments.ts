import { offsetsOf, type DocumentIndex } from './documentIndex';

/**
 * "**@mkoehler** commented · Feb 13, 2024", "**Rafael Nogueira** added a comment - 12/Mar/24 10:46 AM": the line that
 * opens a comment in an issue tracker's thread (GitHub, GitLab, Jira), who wrote it and what follows (its stamp).
 */
const COMMENT_HEADER = /^[ \t]*(?:\*\*|__)?(@?\p{L}[\p{L}\p{N}._'-]*(?:[ \t]+\p{L}[\p{L}\p{N}._'-]*){0,3})(?:\*\*|__)?[ \t]+(?:commented|added a comment|replied|wrote)\b(?:[ \t]*(?:[-–—·:,|]|on\b)[ \t]*)?([^\n]*)$/mu;
const MAY_OPEN_A_COMMENT = /commented|added a comment|replied|wrote/;

export interface CommentHeader {
  /** Offsets of the header's line. */
  start: number;
  end: number;
  author: string;
  /** What the header says after the verb: its date and time, as the tracker writes them. */
  stamp: string;
  stampStart: number;
}

/** The comment headers of a thread pasted into the document, in order. */
export function commentHeaders(index: DocumentIndex): CommentHeader[] {
  const headers: CommentHeader[] = [];
  for (const paragraph of index.paragraphs) {
    if (index.listParagraphs.has(paragraph)) continue;
    const [start, end] = offsetsOf(paragraph);
    const lineEnd = index.text.indexOf('\n', start);
    const line = index.text.slice(start, lineEnd < 0 || lineEnd > end ? end : lineEnd);
    if (!MAY_OPEN_A_COMMENT.test(line)) continue;
    const header = COMMENT_HEADER.exec(line);
    if (header) headers.push({ start, end: start + line.length, author: header[1], stamp: header[2].trim(), stampStart: start + header[0].length - header[2].length });
  }
  return headers;
}
