import picomatch from 'picomatch/posix';
import type { Analysis } from './analyze';
import type { DocumentIndex } from './documentIndex';
import { frontMatterData } from './frontMatter';
import { headingKindsOf, type SectionKind } from './sectionCatalogue';
import { dateWithin } from './timestamps';

const TITLE_WORDS = /\b(post[- ]?mortem|incident (?:report|review|analysis|retrospective)|retrospective|root cause analysis|PIR)\b/i;

/** True when a path matches one of the post-mortem globs (case-insensitive, posix separators). */
export function pathMatchesGlobs(path: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  let matches = matchers.get(globs);
  if (!matches) {
    matches = picomatch(globs as string[], { nocase: true, dot: true });
    matchers.set(globs, matches);
  }
  return matches(path.replace(/\\/g, '/'));
}

/** Each list of globs compiled once: a folder's files share their settings' list, and compiling it cost more than matching. */
const matchers = new WeakMap<readonly string[], (path: string) => boolean>();

/** Sections that analyse an incident; a summary or an appendix could be in any document. */
const ANALYSIS_KINDS: ReadonlySet<SectionKind> = new Set(['timeline', 'impact', 'root-cause', 'five-whys', 'contributing-factors', 'detection', 'response', 'resolution', 'action-items', 'lessons-learned']);
const CAUSE_KINDS: ReadonlySet<SectionKind> = new Set(['timeline', 'root-cause', 'five-whys', 'contributing-factors']);
// "Post-Mortem Assistant", "Postmortem templates", "post-mortems summary": about post-mortems, not one.
const ABOUT_POSTMORTEMS = /\bpost[- ]?mortems?\s+(?:assistant|tool(?:s|ing)?|templates?|guide|process|summary|index|list|policy|extension)\b|\bpost[- ]?mortems\b/i;

/**
 * Content detection: front matter that declares a post-mortem, a title that reads like one (the first heading, or
 * one of the first lines of a document pasted without Markdown headings), or the structure of one: three or more
 * sections of analysis (timeline, impact, root cause, resolution, action items, lessons ...) with a timeline or a
 * cause among them, whatever the title says ("Website Outage 5-26-21", "v1.x Upgrade RCA").
 */
export function looksLikePostmortem({ index, model }: Pick<Analysis, 'index' | 'model'>): boolean {
  if (index.frontMatter && frontMatterDeclaresPostmortem(frontMatterData(index.frontMatter))) return true;
  const firstHeading = index.headings[0];
  const title = firstHeading ? headingText(index, firstHeading) : '';
  if (TITLE_WORDS.test(title) && !ABOUT_POSTMORTEMS.test(title)) return true;
  const openingLines = index.text.slice(0, 2000).split(/\r?\n/, 5);
  if (openingLines.some((line) => /^\s*(?:[A-Za-z]+\s+)?(post[- ]?mortem|incident report)\s*:/i.test(line))) return true;
  const kinds = new Set(model.sections.flatMap((s) => [s.kind, ...s.also]).filter((k) => ANALYSIS_KINDS.has(k)));
  if (kinds.size >= 3 && [...kinds].some((k) => CAUSE_KINDS.has(k))) return true;
  // A timeline of events and one more section of analysis; or a title naming an incident over some analysis.
  const timed = model.timeline.filter((e) => e.instant).length;
  const dated = model.timeline.filter((e) => e.instant && e.dateKnown).length;
  if (kinds.has('timeline') && timed >= 3 && (kinds.size >= 2 || dated >= 3)) return true;
  // A title naming an incident over some analysis, or with its date ("2025-07-30/31 Hex Outage"); not a guide to them.
  const named = model.title?.text ?? title;
  return INCIDENT_TITLE.test(named) && !GUIDE_TITLE.test(named) && (kinds.size >= 1 || timed >= 2 || dateWithin(named) !== undefined);
}

const GUIDE_TITLE = /\b(?:guide|runbook|playbook|process|policy|template|checklist|how to|handbook|procedure)\b/i;

const INCIDENT_TITLE = /\b(?:outages?|incidents?|downtime|degradation|disruption|fail(?:s|ed|ing|ures?)?|breakage|broken|stall(?:ed)?|is down|went down|exposed|breach|takeover|leak(?:ed)?|crash(?:ed|looping)?)\b/i;

/**
 * A template rather than a post-mortem: its file name says so; or a page about post-mortems ("Post-mortems
 * summary", "Post-Mortem Assistant"). In a folder, such files are left alone: a template's placeholders are its
 * purpose. (A draft that still has "[Incident Title]" is a post-mortem whose leftovers are worth reporting.)
 */
export function looksLikeTemplate({ model }: Pick<Analysis, 'model'>, path: string): boolean {
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return /template/i.test(name) || ABOUT_POSTMORTEMS.test(model.title?.text ?? '');
}
/**
 * Text that reads as Markdown, for a file whose name cannot say so (no extension): not a script ("#!"), and two ATX
 * headings ("# Title", "## Timeline"), or a heading (ATX or setext) with a table or a list. Comments of a Makefile or
 * a shell file may pass; the post-mortem test that follows does not let them through.
 */
export function looksLikeMarkdownText(text: string): boolean {
  if (/^\uFEFF?#!/.test(text)) return false;
  const sample = text.slice(0, 20000);
  const headings = sample.match(/^ {0,3}#{1,6}[ \t]+\S.*$/gm)?.length ?? 0;
  const setext = /^ {0,3}\S.*\n {0,3}(?:=+|-{3,})[ \t]*$/m.test(sample);
  const table = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|/m.test(sample);
  const list = /^ {0,3}(?:[-*+]|\d+[.)])[ \t]+\S/m.test(sample);
  return headings >= 2 || ((headings >= 1 || setext) && (table || list));
}

function headingText(index: DocumentIndex, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  return index.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

function frontMatterDeclaresPostmortem(record: Record<string, unknown> | undefined): boolean {
  if (!record) return false;
  // A status page's entry: a severity and whether it is resolved ("severity: major-outage", "resolved: true").
  if ('severity' in record && ('resolved' in record || 'resolvedWhen' in record)) return true;
  return ['type', 'kind', 'category', 'layout', 'template', 'tags'].some((key) => {
    const value = record[key];
    const values = Array.isArray(value) ? value : [value];
    return values.some((v) => typeof v === 'string' && /^(post[- ]?mortem|incident([- ]report)?)$/i.test(v.trim()));
  });
}

/** Content detection looks at this much of a document: every real post-mortem says what it is well before. */
export const DETECTION_HEAD_CHARS = 64 * 1024;

/** The first DETECTION_HEAD_CHARS of a text, cut at a line end. */
export function headOf(text: string): string {
  if (text.length <= DETECTION_HEAD_CHARS) return text;
  const cut = text.lastIndexOf('\n', DETECTION_HEAD_CHARS);
  return text.slice(0, cut > 0 ? cut + 1 : DETECTION_HEAD_CHARS);
}

/**
 * A cheap necessary condition of looksLikePostmortem, read from the head's lines without parsing: front matter, a
 * post-mortem word, an incident word on a line that could be the title (a heading, a setext heading's text, a
 * `title:`), or a line naming a timeline or a cause (the sections every structural test needs) as the engine's
 * catalogue reads names. False means no analysis could recognise the document; true means analyse the head.
 */
export function headMayBePostmortem(head: string): boolean {
  // A keystroke past a large file's head asks again about the same head.
  if (lastHeadScan?.head !== head) lastHeadScan = { head, verdict: scanHead(head) };
  return lastHeadScan.verdict;
}

let lastHeadScan: { head: string; verdict: boolean } | undefined;

function scanHead(head: string): boolean {
  if (/^\uFEFF?---/.test(head) || TITLE_WORDS.test(head)) return true;
  const lines = head.split('\n');
  let paragraphStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') paragraphStart = i + 1;
    if (/^ {0,3}(?:=+|-+)[ \t]*\r?$/.test(line) && lines.slice(paragraphStart, i).some((l) => INCIDENT_TITLE.test(l))) return true;
    if ((ATX_HEADING_LINE.test(line) || /title/i.test(line)) && INCIDENT_TITLE.test(line)) return true;
    if (line.length <= 300 && lineNamesCauseOrTimeline(line)) return true;
  }
  return false;
}

/** Lines already read (a keystroke in a head changes one line): whether each names a timeline or a cause. */
const namesCauseOrTimeline = new Map<string, boolean>();

function lineNamesCauseOrTimeline(line: string): boolean {
  let names = namesCauseOrTimeline.get(line);
  if (names === undefined) {
    const rest = line.replace(/^(?:[ \t>]*(?:[-*+]|\d{1,9}[.)])?[ \t]+|[ \t>]*)#*[ \t]*/, '');
    const plain = rest.replace(/<[^>]*>/g, '').replace(/!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g, '$1');
    // A line without markup or a colon is one candidate, read once (this check is most of a head's cost).
    names = [...new Set([rest, plain, rest.split(':')[0], plain.split(':')[0]])].some((candidate) => candidate.trim() !== '' && headingKindsOf(candidate).some((kind) => CAUSE_KINDS.has(kind)));
    // Bounded: the lines of a few heads.
    if (namesCauseOrTimeline.size >= 50_000) namesCauseOrTimeline.clear();
    namesCauseOrTimeline.set(line, names);
  }
  return names;
}

// A heading line, also inside quotes and list items ("> # Outage", "- ## Outage").
const ATX_HEADING_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*#{1,6}(?:[ \t]|\r?$)/;

/** The head's title or opening lines say "post-mortem" (read without parsing, for a head too hostile to parse). */
export function headTitleSaysPostmortem(head: string): boolean {
  const heading = /^[ \t>]*#{1,6}[ \t]+(.*)$/m.exec(head)?.[1];
  const title = heading ?? head.slice(0, 2000).split(/\r?\n/, 5).join('\n');
  return TITLE_WORDS.test(title) && !ABOUT_POSTMORTEMS.test(title);
}
