import { offsetsOf, type DocumentIndex } from './documentIndex';

/**
 * "**@mkoehler** commented · Feb 13, 2024", "**Rafael Nogueira** added a comment - 12/Mar/24 10:46 AM": the line that
 * opens a comment in an issue tracker's thread (GitHub, GitLab, Jira), who wrote it and what follows (its stamp).
 */
// The writer in bold or as a handle, and after the verb only when (not "Priya wrote up the timeline", "> Our VP wrote:").
const COMMENT_HEADER = /^[ \t]*(?:(?:\*\*|__)(@?\p{L}[\p{L}\p{N}._'-]*(?:[ \t]+\p{L}[\p{L}\p{N}._'-]*){0,3})(?:\*\*|__)|(@[\p{L}\p{N}._-]+))[ \t]+(?:commented|added a comment|replied|wrote)(?:[ \t]*(?:[-–—·,|]|on\b)[ \t]*([^\n]{0,40}?\d[^\n]{0,20}))?[ \t]*$/mu;
const MAY_OPEN_A_COMMENT = /commented|added a comment|replied|wrote/;

export interface CommentHeader {
  /** Offsets of the header's line. */
  start: number;
  end: number;
  author: string;
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
    if (header) headers.push({ start, end: start + line.length, author: header[1] ?? header[2] });
  }
  return headers;
}
