import { toString } from 'mdast-util-to-string';
import { firstStartingAt, headingNameOffsets, nextHeadingAtMost, offsetsOf } from '../documentIndex';
import type { Rule } from './rule';

export const emptySection: Rule = {
  code: 'empty-section',
  defaultSeverity: 'warning',
  description: 'A section heading with nothing under it (not even subsections).',
  check({ index, model, settings }, report) {
    const message = (name: string) => `Section "${name}" is empty: write what happened here, or remove the heading.`;
    // Every heading whose body, up to the next heading of the same or a higher level, holds nothing: a known
    // section ("## Root Cause") or any other ("## Analysis", "## Links", "## Call recording:").
    const sectionsByName = new Map(model.sections.filter((s) => s.source === 'heading').map((s) => [s.nameStart, s]));
    index.headings.forEach((heading, i) => {
      const name = toString(heading, { includeHtml: false }).trim();
      // "## Owner: @aronasorman" carries its value; "### 14:05 Alert fired" and "### Mon 11 Nov — rolled out to 100%" are
      // entries of the timeline.
      if (!name || /:\s*\S/.test(name) || DATED.test(name)) return;
      const next = index.headings[nextHeadingAtMost(index, i + 1, heading.depth)];
      const [headingStart, bodyStart] = offsetsOf(heading);
      const [start, end] = headingNameOffsets(heading);
      const section = sectionsByName.get(start);
      // A section may run past headings of its own level ("## Timeline" over its "## March 3" days).
      const bodyEnd = section?.bodyEnd ?? (next ? offsetsOf(next)[0] : index.text.length);
      // The document's title names the document, not a section; "# Title:" holds it in the heading below.
      const title = model.title?.start;
      if (title !== undefined && title >= headingStart && title < bodyEnd) return;
      const body = index.text.slice(bodyStart, bodyEnd);
      // "_No response_": an issue form's field left empty, which only a section the team requires must not be.
      const unanswered = NO_RESPONSE.test(body) && section !== undefined && settings.requiredSections.includes(section.kind);
      if (hasContent(body) && !unanswered) return;
      report({ start, end, message: message(name), data: { section: section?.kind } });
    });
    // A section named on a bold line ("**Where we got lucky**") straight before a heading that closes the part of
    // the document it sits in. (Before a heading one level down, or another bold line, it may be their group.)
    for (const section of model.sections) {
      if (section.source !== 'bold' || hasContent(index.text.slice(section.bodyStart, section.bodyEnd))) continue;
      const followingAt = firstStartingAt(index.headings, section.bodyStart);
      const following = index.headings[followingAt];
      if (following && offsetsOf(following)[0] > section.bodyEnd) continue;
      // The last heading ending before the name: one before those starting at or after it (headings do not nest).
      const before = index.headings[firstStartingAt(index.headings, section.nameStart) - 1];
      const enclosing = before && offsetsOf(before)[1] <= section.nameStart ? before : undefined;
      if (following && enclosing && following.depth > enclosing.depth) continue;
      if (following && !enclosing) continue;
      report({ start: section.nameStart, end: section.nameEnd, message: message(section.heading), data: { section: section.kind } });
    }
  },
};

const NO_RESPONSE = /^\s*_No response_\s*$/i;

/** A heading opening with a time or a date: "14:05 ...", "2024-03-05", "Mon 11 Nov ...", "March 3". */
const DATED = /^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;

/** Sub-headings, HTML comments (template instructions) and rules are not content; a timeline's "### 14:05" is. */
function hasContent(body: string): boolean {
  return (
    opensWithText(body) ||
    body
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/^\s{0,3}(#{1,6}\s+(?![^\p{L}\n]*\d).*|[-=*_]{3,}\s*)$/gmu, '')
      .trim() !== ''
  );
}

/** Lines of a body looked at before it is read whole: a section with text opens with it. */
const OPENING_LINES = 8;

/**
 * A line among the body's first OPENING_LINES that the reading above keeps whatever follows it (a large section's
 * body is not rewritten to find it): its first character not one a heading or a rule opens with (a word, a table
 * row, a quote), or a list item's marker and text ("- Lesson 1"); no comment opened before its end, and the line
 * above it not a bare run of "#", whose blanks run on over blank lines and take the next line with them.
 */
function opensWithText(body: string): boolean {
  let start = 0;
  let above = '';
  for (let i = 0; i < OPENING_LINES && start < body.length; i++) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(start, end);
    if (line.includes('<!--')) return false;
    if (/^\s*(?:[^\s#=*_-]|[-*+]\s+[^\s*_=-])/.test(line)) return !/^\s*#+\s*$/.test(above);
    if (line.trim() !== '') above = line;
    start = end + 1;
  }
  return false;
}
