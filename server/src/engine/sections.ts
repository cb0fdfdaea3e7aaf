import { toString } from 'mdast-util-to-string';
import { firstStartingAt, HEADING_ATTRIBUTES, headingNameOffsets, nextHeadingAtMost, offsetsOf, type DocumentIndex } from './documentIndex';
import { headingKindOf, headingKindsOf, labelKindsOf, leadInKindOf, namesOnlyAsHeading, sectionKindOf, titleHeadingKindsOf, WENT_AS_TOLD, type SectionKind } from './sectionCatalogue';
import { dayAndMonthAlone, readTimestamp } from './timestamps';
import { matchesOf } from './matches';

/** Where a section's name was written: a heading, a bold or plain line, or a bold label opening a list item. */
export type SectionSource = 'heading' | 'bold' | 'line' | 'label';

export interface Section {
  kind: SectionKind;
  /** Further kinds a heading that joins names also is ("Root cause and mitigation": root-cause, also resolution). */
  also: SectionKind[];
  /** The name as the author wrote it, without Markdown syntax. */
  heading: string;
  source: SectionSource;
  /** Heading depth (1-6) for headings; undefined for bold and plain lines. */
  depth: number | undefined;
  /** Offsets of the name itself: the narrowest range for anything said about the section. */
  nameStart: number;
  nameEnd: number;
  /** The section's content: from after its name to the next heading of the same or a higher level (headings), or
   *  to the next section or heading (bold and plain lines). */
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Finds the sections of a post-mortem: real headings (ATX or setext, any level), and lines that are nothing but
 * a known section name, plain or bold. Documents pasted from a wiki lose their heading markup, and Markdown then
 * folds such lines into a neighbouring paragraph, list item or table, so lines are read from the source.
 */
export function findSections(index: DocumentIndex): Section[] {
  const sections: Section[] = [];
  for (const heading of index.headings) {
    // GitBook writes an anchor into each heading ("## <a href="#summary" id="summary"></a>Summary"): not its name.
    const name = toString(heading, { includeHtml: false }).replace(HEADING_ATTRIBUTES, '');
    // "# What happened with the March 13 payday, and what we're changing": a document's only level-1 heading, opening
    // it, is its title, a section only when it is wholly section names (titleHeadingKindsOf).
    const title = heading === index.headings[0] && heading.depth === 1 && !index.headings.some((other) => other !== heading && other.depth === 1);
    const [kind, ...also] = title ? titleHeadingKindsOf(name) : headingKindsOf(name);
    if (!kind) continue;
    const [start, end] = headingNameOffsets(heading);
    sections.push({ kind, also, heading: name.trim(), source: 'heading', depth: heading.depth, nameStart: start, nameEnd: end, bodyStart: offsetsOf(heading)[1], bodyEnd: index.text.length });
  }
  const numberedLines: { at: number; number: number }[] = [];
  sections.push(...sectionLines(index, numberedLines), ...labelSections(index));
  sections.sort((a, b) => a.nameStart - b.nameStart);
  setBodyEnds(index, sections);
  // "5. Corrective and preventive actions" ends at "6. Service credits", the series' next heading whatever it names.
  for (const section of sections) {
    const own = section.source === 'line' ? numberedLines.find((line) => line.at === lineStartOf(index.text, section.nameStart)) : undefined;
    const next = own && numberedLines.find((line) => line.at > own.at && line.number > own.number);
    if (next && next.at < section.bodyEnd) section.bodyEnd = next.at;
  }
  // "## Analysis" with nothing of its own before "## What went well": a heading over other sections, no cause told; "How
  // the day went" with no times of its own: a reflection, not the day told in order.
  for (let i = sections.length - 1; i >= 0; i--) if (groupsOthersOnly(index, sections, sections[i]) || reflectsOnly(index, sections[i])) sections.splice(i, 1);
  // "Consumers affected and remediation": making those affected whole, told with the impact, not the follow-ups.
  for (const section of sections) if (section.kind === 'impact' && section.also.includes('action-items') && /\bremediation\b/i.test(section.heading)) section.also = section.also.map((kind) => (kind === 'action-items' ? 'resolution' : kind));
  // "## Remediation" beside an "## Action items" of its own: what was done to fix it, the follow-ups being the other.
  if (sections.some((s) => s.kind === 'action-items' && !REMEDIATION.test(s.heading))) {
    for (const section of sections) if (section.kind === 'action-items' && REMEDIATION.test(section.heading)) section.kind = 'resolution';
  } else if (!sections.some((s) => s.kind === 'action-items')) {
    // "## Fixes" or "## Recommendations" with no action items elsewhere, its bullets each with an owner or a due date
    // (or a table with a column for who is responsible): the follow-ups too.
    for (const section of sections) {
      const mayAssign = (section.kind === 'resolution' && FIXES.test(section.heading)) || section.kind === 'recommendations';
      if (mayAssign && (listsWork(index, section) || tableAssigns(index, section))) [section.kind, section.also] = ['action-items', [section.kind, ...section.also]];
    }
  }
  return sections;
}

const BOLD_LINE_ALONE = /^(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__):?[ \t]*$/;
const REMEDIATION = /^\W*remediation\W*$/i;
const FIXES = /^\W*(?:fix|fixes)\W*$/i;
const ASSIGNED = /\b(?:owner|assignee|due|responsible(?: officer)?|target date)\b\s*[:=]|\(\s*(?:owner|responsible(?: officer)?)\b|@[a-z][\w.-]*|^\s*[-*+]\s+\[[ xX]\]/im;

/** Headings that name the cause only by the work done on it: read as the root cause when they hold words of their own. */
const GENERIC_ANALYSIS = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:incident |causal |cause |technical )?analysis\W*$/i;

function groupsOthersOnly(index: DocumentIndex, sections: Section[], section: Section): boolean {
  if (section.kind !== 'root-cause' || section.source !== 'heading' || !GENERIC_ANALYSIS.test(section.heading)) return false;
  const next = sections.find((other) => other.nameStart > section.nameStart && other.source === 'heading');
  return next !== undefined && next.kind !== 'root-cause' && !/[\p{L}\d]/u.test(index.text.slice(section.bodyStart, lineStartOf(index.text, next.nameStart)));
}

/**
 * Whether a section named as a period "went" ("How the weekend went") tells no times: fewer than two lines (list items,
 * table rows, "[22:10]" stamps, sentences "At 22:10 ...") open with one.
 */
function reflectsOnly(index: DocumentIndex, section: Section): boolean {
  if (section.kind !== 'timeline' || !WENT_AS_TOLD.test(section.heading)) return false;
  const body = index.text.slice(section.bodyStart, Math.min(section.bodyEnd, section.bodyStart + 20_000));
  return (body.match(TIME_LED_LINE) ?? []).length < 2;
}

const TIME_LED_LINE = /^[ \t]*(?:(?:[-*+][ \t]+|\d{1,2}\.[ \t]+)?[*_[]*(?:~|about |around |by |at )?\d{1,2}(?:[:.]\d{2}|[ \t]?[ap]\.?m\b)|\|[ \t]*[*_[]*\d{1,2}(?::\d{2}|[ \t]?[ap]\.?m\b))/gim;

/** Whether most bullets of the section's body name an owner or a due date, or are checklist items. */
function listsWork(index: DocumentIndex, section: Section): boolean {
  const items = index.listItems.filter((item) => offsetsOf(item)[0] >= section.bodyStart && offsetsOf(item)[0] < section.bodyEnd);
  const assigned = items.filter((item) => ASSIGNED.test(index.text.slice(...offsetsOf(item))));
  return items.length > 0 && assigned.length * 2 > items.length;
}

/** Whether a table in the section's body has a column for who is to do each row ("| Recommendation | Responsible officer |"). */
function tableAssigns(index: DocumentIndex, section: Section): boolean {
  return index.tables.some((table) => {
    const start = offsetsOf(table)[0];
    return start >= section.bodyStart && start < section.bodyEnd && (table.children[0]?.children ?? []).some((cell) => /\b(?:owners?|assignee|responsible|dri)\b/i.test(toString(cell)));
  });
}

function setBodyEnds(index: DocumentIndex, sections: Section[]): void {
  const headings = index.headings;
  sections.forEach((section, i) => {
    if (section.source === 'label') return;
    // The first heading in the body, then the first from there of the same or a higher level: binary search and a
    // precomputed table, linear in the number of headings overall.
    const first = firstStartingAt(headings, section.bodyStart);
    let closing = section.depth === undefined ? (first < headings.length ? first : -1) : nextHeadingAtMost(index, first, section.depth);
    // "## Timeline" then "## March 3, 2024" / "### 23:50": day headings at the timeline's own level are its days.
    if (section.kind === 'timeline' && section.depth !== undefined) {
      while (closing >= 0 && isDayHeading(toString(headings[closing]))) closing = nextHeadingAtMost(index, closing + 1, section.depth);
    }
    let end = closing >= 0 ? offsetsOf(headings[closing])[0] : index.text.length;
    if (section.depth === undefined) {
      // A label opening the body ("**Why it happened**", then "In short:" over the list) leads it in, and ends nothing.
      const leadIn = (sections[i + 1]?.source === 'label' || sections[i + 1]?.source === 'line') && !/\S/.test(index.text.slice(section.bodyStart, sections[i + 1].nameStart));
      const next = sections[leadIn ? i + 2 : i + 1];
      if (next && next.nameStart < end) end = lineStartOf(index.text, next.nameStart);
    }
    // "**Action items**" over a table, then "**Links**" over a list: a bold line of its own ends a bold line's section
    // as a heading would, whatever it names.
    if (section.source === 'bold') {
      for (let p = firstStartingAt(index.paragraphs, section.bodyStart); p < index.paragraphs.length; p++) {
        const [start, paragraphEnd] = offsetsOf(index.paragraphs[p]);
        if (start >= end) break;
        const line = index.text.slice(start, paragraphEnd);
        // "**Tuesday 12/15**" under a bold "**3. Timeline**": a day of the timeline, as a day heading is under its heading.
        if (section.kind === 'timeline' && (isDayHeading(line.replace(/[*_]/g, '')) || dayAndMonthAlone(line))) continue;
        if (!index.listParagraphs.has(index.paragraphs[p]) && BOLD_LINE_ALONE.test(line)) {
          end = start;
          break;
        }
      }
    }
    // A bold or plain line's section (not a timeline, which may quote an e-mail) ends at the letter's closing ("Yours
    // sincerely,"): an annex after it ("*Annex – key times*" over a table of times) is no part of it.
    if (section.depth === undefined && section.kind !== 'timeline') end = Math.min(end, closingBefore(index, section.bodyStart, end));
    section.bodyEnd = Math.max(section.bodyStart, end);
  });
}

const CLOSING = /^(?:yours (?:sincerely|faithfully|truly)|(?:with )?(?:kind|best|warm) regards|met vriendelijke groet(?:en)?|mit freundlichen grüßen|atenciosamente|cordialement|saludos cordiales),[ \t]*$/gim;

/** Where a letter's closing line first stands in `[from, to)`, after some text of the section, outside code. */
function closingBefore(index: DocumentIndex, from: number, to: number): number {
  const body = index.text.slice(from, to);
  for (const match of matchesOf(CLOSING, body)) {
    const at = from + match.index;
    if (!/\S/.test(body.slice(0, match.index)) || index.codes.some((code) => offsetsOf(code)[0] <= at && at < offsetsOf(code)[1])) continue;
    return at;
  }
  return to;
}

/**
 * A heading that names a day, or a moment of a day, and nothing else: "March 3, 2024", "Tuesday, Mar 5th",
 * "2024-03-03 (UTC)", "Feb 21, 13:00".
 */
function isDayHeading(text: string): boolean {
  const stamp = readTimestamp(text);
  return stamp?.date !== undefined && !stamp.unknown && /^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*)?$/i.test(text.slice(0, stamp.start)) && /^\W*(?:\([^)]*\))?\W*$/.test(text.slice(stamp.end));
}

/**
 * "- **Impact**: ..." / "- **Key events**" with bullets under it: a section that is the list item itself; and a
 * paragraph opening with a section name as its label ("**Resolution:** After ...", "User impact: Flutter team
 * members ..."): a section that is that paragraph.
 */
function labelSections(index: DocumentIndex): Section[] {
  const found: Section[] = [];
  for (const item of index.listItems) {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') continue;
    const [label, after] = paragraph.children;
    if (label?.type !== 'strong') continue;
    // The label must stand alone or be followed by a colon, outside it or in it: "**Impact**: ...", "**Affected
    // services:** ...", but not "**Impact** was low".
    if (after && !(after.type === 'text' && /^\s*:/.test(after.value)) && !/:\s*$/.test(toString(label))) continue;
    const name = toString(label).replace(/:\s*$/, '');
    const told = index.text.slice(offsetsOf(label)[1], offsetsOf(paragraph)[1]);
    const [kind, ...also] = labelOrLeadInKinds(name, told);
    if (!kind || namesPeople(name, told)) continue;
    const [nameStart, nameEnd] = [offsetsOf(label.children[0] ?? label)[0], offsetsOf(label.children[label.children.length - 1] ?? label)[1]];
    found.push({ kind, also, heading: name.trim(), source: 'label', depth: undefined, nameStart, nameEnd, bodyStart: offsetsOf(label)[1], bodyEnd: offsetsOf(item)[1] });
  }
  for (const paragraph of index.paragraphs) {
    if (index.listParagraphs.has(paragraph)) continue;
    const [paragraphStart, paragraphEnd] = offsetsOf(paragraph);
    // The paragraph's opening, and each line after a hard line break: "Description: ...<br>\nUser impact: ...".
    const lineStarts = [paragraphStart];
    const paragraphText = index.text.slice(paragraphStart, paragraphEnd);
    for (const lineBreak of matchesOf(HARD_BREAK, paragraphText)) lineStarts.push(paragraphStart + lineBreak.index + lineBreak[0].length);
    // "**Total duration:** ~31 hours\n**Impact:** outbound federation delayed": fields a line each, bold, where
    // Markdown joins the lines into one paragraph.
    if (BOLD_FIELD_LINE.test(paragraphText)) for (const line of matchesOf(NEXT_BOLD_FIELD_LINE, paragraphText)) lineStarts.push(paragraphStart + line.index + 1);
    lineStarts.sort((a, b) => a - b);
    lineStarts.forEach((lineStart, i) => {
      const lineEnd = i + 1 < lineStarts.length ? lineStarts[i + 1] : paragraphEnd;
      const head = index.text.slice(lineStart, Math.min(lineEnd, lineStart + 60));
      const opening = PARAGRAPH_LABEL.exec(head) ?? RUN_IN_LABEL.exec(head) ?? EMOJI_LABEL.exec(head) ?? BOLD_TLDR.exec(index.text.slice(lineStart, Math.min(lineEnd, lineStart + 20))) ?? SUMMARY_CALLOUT.exec(head);
      // "**Summary / impact:** ...": a label joining two names is both sections.
      const [kind, ...also] = opening ? labelOrLeadInKinds(opening[2], index.text.slice(lineStart + opening[0].length - 1, lineEnd)) : [];
      const nameStart = lineStart + (opening?.[0].indexOf(opening[2]) ?? 0);
      if (!opening || !kind || namesPeople(opening[2], index.text.slice(nameStart + opening[2].length, lineEnd))) return;
      found.push({ kind, also, heading: opening[2], source: 'label', depth: undefined, nameStart, nameEnd: nameStart + opening[2].length, bodyStart: lineStart + opening[0].length, bodyEnd: lineEnd });
    });
  }
  // "| **Customer impact** | 6,420 card transactions declined |": a row of a table of the incident's facts states that
  // section's content (not its timeline or actions, which are read from their own sections).
  for (const table of index.tables) {
    for (const row of table.children.slice(1)) {
      const [keyCell, valueCell] = row.children;
      if (row.children.length !== 2 || !keyCell || !valueCell || !toString(valueCell).trim()) continue;
      const name = toString(keyCell).replace(/:\s*$/, '').trim();
      const [kind, ...also] = labelKindsOf(name);
      if (!kind || !STATED_IN_A_ROW.has(kind)) continue;
      const [nameStart, nameEnd] = offsetsOf(keyCell);
      const [bodyStart, bodyEnd] = offsetsOf(valueCell);
      found.push({ kind, also, heading: name, source: 'label', depth: undefined, nameStart, nameEnd, bodyStart, bodyEnd });
    }
  }
  // A Notion callout exported as HTML ("<aside>\n💡 **TL;DR** — The nightly job ..."): its bold label names a section.
  for (const html of index.htmls) {
    const callout = CALLOUT_LABEL.exec(html.value);
    const [kind, ...also] = callout ? labelKindsOf(callout[2]) : [];
    if (!callout || !kind) continue;
    const [start, end] = offsetsOf(html);
    const nameStart = start + callout.index + callout[0].indexOf(callout[2]);
    found.push({ kind, also, heading: callout[2], source: 'label', depth: undefined, nameStart, nameEnd: nameStart + callout[2].length, bodyStart: start + callout.index + callout[0].length, bodyEnd: end });
  }
  return found;
}

/**
 * "**Contributors:** Katrin Vogel (Alerting, Berlin), Felipe Soto (Platform)": the people who wrote the review, a
 * byline, not the contributing factors.
 */
/** The kinds a label names, else the one its lead-in names by what it says ("**Who:** All 19 schools"). */
function labelOrLeadInKinds(name: string, told: string): readonly SectionKind[] {
  const kinds = labelKindsOf(name);
  const leadIn = kinds.length === 0 ? leadInKindOf(name, told) : undefined;
  return leadIn ? [leadIn] : kinds;
}

function namesPeople(label: string, value: string): boolean {
  return /^\s*contributors\s*$/i.test(label) && PEOPLE.test(value.replace(/^[\s*_:.—–-]+/, '').trim());
}

const PERSON = String.raw`@?\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,3}(?:[ \t]*\([^()\n]{1,60}\))?`;
const PEOPLE = new RegExp(String.raw`^${PERSON}(?:[ \t]*(?:,|;|\band\b|&)[ \t]*${PERSON})*\.?$`, 'u');

/** The sections a table row may state: a fact of the incident, in a cell. */
const STATED_IN_A_ROW = new Set<SectionKind>(['impact', 'root-cause', 'summary', 'resolution']);

/** A callout's label: an emoji, then a bold name, alone on its line or before the text ("> 💡 **Summary**"). */
const EMOJI_LABEL = /^(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)(\*\*|__)(\p{L}[\p{L} ;/]{2,30}?)\s*:?\1[ \t]*(?:[:—–-][ \t]*)?(?=\n|\S)/u;

/** "**tl;dr** the client cert expired ...", "tl;dr we lost our whole connection ...": that label needs no colon. */
const BOLD_TLDR = /^(\*\*|__)?(tl;dr|(?<=[*_])tldr)\1(?![\w'’]|-\w)[ \t]*[:—–-]?[ \t]*(?=\S)/i;
// "> [!SUMMARY]", "> [!TLDR]-": a GitHub or Obsidian callout of the kind that summarises.
const SUMMARY_CALLOUT = /^(\[!)(summary|abstract|tl;?dr)\][-+]?[ \t]*/i;

/** "<aside>", a line of emoji, then a bold label and a colon or dash before the text. */
const CALLOUT_LABEL = /^<aside>\s*(?:[^\p{L}\p{N}*_<\n]{1,8}\s*)?(\*\*|__)(\p{L}[\p{L} ;/]{2,30}?)\s*:?\1\s*[:—–-]?\s+(?=\S)/iu;

/**
 * The end of a line that breaks the paragraph for the reader: "<br>", a backslash or two spaces before the newline.
 * Only its end is used. Two spaces are looked for from the start of their run of blanks, and only when the run ends
 * the line, so a long run is read once (` {2,}[ \t]*` took cubic time on a line of spaces).
 */
const HARD_BREAK = /(?:<br\s*\/?>|\\|(?<![ \t])(?=[ \t]*\r?\n)[ \t]*?  )[ \t]*\r?\n/gi;

/** "**Impact:**" or "**Impact**:" opening a line. */
const BOLD_KEY = String.raw`(?:\*\*|__)[^*_\n]{2,40}(?::(?:\*\*|__)|(?:\*\*|__):)`;
const BOLD_FIELD_LINE = new RegExp(`^${BOLD_KEY}`);
const NEXT_BOLD_FIELD_LINE = new RegExp(`\\n(?=${BOLD_KEY})`, 'g');

/** A paragraph's opening label: a name of a few words, maybe bold, then a colon and text on the same line. */
// "**TL;DR:** ...": a label may hold a semicolon. "*Impact:* ...": Slack writes bold with one asterisk.
// "**Impact (rough):** ...": how sure the author is, in brackets after the name.
const PARAGRAPH_LABEL = /^(\*\*|__|\*)?(\p{L}[\p{L} ;/]{2,30}?)(?:[ \t]*\([\p{L} ?]{1,20}\))?(?:\1)?\s*:(?:\1)?[ \t]+\S/u;

/**
 * A run-in heading: a bold name closed by a full stop, or followed by a dash, then the text ("**Business impact.**
 * Service Desk took no calls", "**Why** - the RADIUS cert isn't in the expiry monitoring").
 */
const RUN_IN_LABEL = /^(\*\*|__)(\p{L}[\p{L} ;/]{2,30}?)(?:\.\1|\1[ \t]+[-–—])[ \t]+\S/u;

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

// A name alone on its line, maybe bold (Slack's "*Follow-ups:*" too; numbered there, "**4. Root cause**"), maybe with a
// trailing colon; not a list item, a quote, a table row or a "Key: value" field.
const CANDIDATE_LINE = /^[ \t]{0,3}(?:(\*\*|__|\*(?!\s))|(?!\d+[.)]\s))([A-Za-z0-9][^:|\n]*?)(?:\1)?:?(?:\1)?[ \t]*$/;

// A bold name alone on its line with a note in brackets after it: "**Timeline** (11/12/2026, times ET)".
const BOLD_NAME_WITH_NOTE = /^[ \t]{0,3}(\*\*|__)([A-Za-z0-9][^:|\n*_]*?)\1[ \t]*\([^()\n]{1,60}\)[ \t]*:?[ \t]*$/;

// The title of a Docusaurus or MkDocs admonition (":::danger Customer impact", '!!! warning "Customer impact"'): a
// section's name written as a box's title. Group 1 is empty: the name is not bold.
const ADMONITION_TITLE = /^[ \t]{0,3}(?::{3,}|!{3}|\?{3}\+?)[ \t]*[a-z]+[ \t]+()"?([A-Za-z][^"\n]*?)"?[ \t]*$/;

/**
 * "1. Summary", "3. Timeline (UTC)" alone on their line, text after them: a plain-text letter's numbered headings
 * (Markdown reads each as a list of one item). Not a list of names ("1. Summary" then "2. Impact": a table of contents),
 * nor a numbered step inside a Markdown section ("1. Impact assessment" under "## Resolution").
 */
const NUMBERED = /^\d{1,2}[.)][ \t]/;
const NUMBERED_NAME_LINE = /^[ \t]{0,3}\d{1,2}[.)][ \t]+()([A-Za-z][^:|\n]{1,60}?):?[ \t]*$/;

function numberedNameLine(text: string, lineStart: number, lineEnd: number, line: string): RegExpExecArray | null {
  const match = NUMBERED_NAME_LINE.exec(line);
  // Alone in its paragraph: a blank line above it (or the text's start).
  if (!match || (lineStart > 1 && text[lineStart - 2] !== '\n')) return null;
  const after = /^\n[ \t]*\n[ \t]*(\S[^\n]*)/.exec(text.slice(lineEnd, lineEnd + 200));
  const before = /(?:^|\n)[ \t]*(\S[^\n]*)\s*$/.exec(text.slice(Math.max(0, lineStart - 200), lineStart));
  return after && !NUMBERED.test(after[1]) && !(before && NUMBERED.test(before[1])) ? match : null;
}

/** The sections named by lines of their own; `numberedLines` gets the start of each numbered heading line, named or not. */
function sectionLines(index: DocumentIndex, numberedLines: { at: number; number: number }[]): Section[] {
  const found: Section[] = [];
  const { text, nonProse } = index;
  // Numbered lines are headings only in a letter written without Markdown's "##" (a title at most; a banner's rule of
  // dashes under it makes a heading of its own).
  const plainText = !index.headings.some((heading) => heading.depth > 1 && text[offsetsOf(heading)[0]] === '#');
  let skip = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (skip < nonProse.length && nonProse[skip][1] <= lineStart) skip++;
    const insideNonProse = skip < nonProse.length && nonProse[skip][0] <= lineStart;
    if (!insideNonProse && lineEnd - lineStart <= 80) {
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      const numbered = plainText ? numberedNameLine(text, lineStart, lineEnd, line) : null;
      if (numbered) numberedLines.push({ at: lineStart, number: parseInt(line.trimStart(), 10) });
      const match = BOLD_NAME_WITH_NOTE.exec(line) ?? CANDIDATE_LINE.exec(line) ?? ADMONITION_TITLE.exec(line) ?? numbered;
      // "**Summary.** A publish broke every call.": a bold name with text after it is a run-in heading (a label).
      const boldWithText = match?.[1] && match[2].includes(match[1]);
      // "... as the start of\ncustomer impact.": a plain line ending a sentence of prose wrapped onto it is no name (a
      // short line above it, "Incident Details" over "Timeline", is a name of its own; a list item above it, its own).
      const above = match && !match[1] && lineStart > 0 ? text.slice(lineStartOf(text, lineStart - 1), lineStart - 1).trimEnd() : '';
      // Only a line that reads as a sentence's end (lower case first, or a full stop last), never a label ("Impact:").
      const sentenceEnd = /^\s*\p{Ll}|\.\s*$/u.test(line) && !/:\s*$/.test(line);
      const wrapped = sentenceEnd && above.length >= 40 && /[\p{Ll},]$/u.test(above) && !/^\s*(?:[-*+]|\d+[.)]|#|>|\|)/.test(above);
      // "Thanks,", "Hi all,": an email's greeting or sign-off, which no section's name ends with.
      const named = match && !boldWithText && !wrapped && !/,\s*$/.test(match[2]) && !namesOnlyAsHeading(match[2]);
      const single = named ? (match[1] ? headingKindOf(match[2]) : sectionKindOf(match[2])) : undefined;
      // "Fix / todo" over its list: a plain line of known names joined by a slash names them all.
      const [kind, ...also] = single ? [single] : named && !match[1] && match[2].includes('/') ? headingKindsOf(match[2]) : [];
      if (match && kind) {
        const nameStart = lineStart + line.indexOf(match[2]);
        found.push({ kind, also, heading: match[2].trim(), source: match[1] ? 'bold' : 'line', depth: undefined, nameStart, nameEnd: nameStart + match[2].trimEnd().length, bodyStart: lineEnd, bodyEnd: text.length });
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
