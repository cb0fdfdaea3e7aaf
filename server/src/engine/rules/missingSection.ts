import { isSatisfied, SECTION_CATALOGUE, type SectionKind } from '../sectionCatalogue';
import { hasMilestone } from '../resolveTimeline';
import { SAYS_WHAT_HAPPENED } from '../timeline';
import type { Rule } from './rule';

/** Timed entries that make a timeline without its heading: as many as the shortest timed list read as one. */
const TIMELINE_IN_ALL_BUT_NAME = 3;
/** Headings enough that none of them being known says the document names its sections in words the engine does not read. */
const UNREAD_HEADINGS = 4;

export const missingSection: Rule = {
  code: 'missing-section',
  defaultSeverity: 'warning',
  description: 'A required section (setting `postmortem.requiredSections`) is missing, under any of its usual names.',
  check({ index, model, settings }, report) {
    // A log of status updates is not a post-mortem yet: asking it for sections is noise.
    if (model.isIncidentLog) return;
    // Sections under headings none of whose names the engine knows, in a document not written in English ("## 1.
    // Özet", "## 2. Etki", "## 4. Kök Neden Analizi"): named in words it cannot read, not missing. Unsure, it asks for
    // none. (An English post's own headings, "## The fallout", do leave its sections unnamed.)
    if (index.headings.filter((h) => h.depth >= 2).length >= UNREAD_HEADINGS && model.sections.filter((s) => s.source === 'heading').length <= 1 && !writtenInEnglish(index.text)) return;
    const present = new Set<SectionKind>(model.sections.flatMap((section) => [section.kind, ...section.also]));
    // Events listed with their times under another heading ("Leadup", "What happened") are a timeline in all but name;
    // a list of outage windows ("November 4th -- 16:30 to 18:00 UTC") is not.
    if (countUpTo(model.timeline, TIMELINE_IN_ALL_BUT_NAME, (entry) => SAYS_WHAT_HAPPENED.test(entry.event)) >= TIMELINE_IN_ALL_BUT_NAME) present.add('timeline');
    // Work items with an owner or a due date ("## What we'll change" as a table of them): action items in all but name.
    if (model.actionItems.some((item) => item.owner || item.due)) present.add('action-items');
    // Reported on the title, which is what the document as a whole is known by; else on the first line.
    const start = model.title?.start ?? 0;
    const end = model.title ? model.title.end : index.lines.lineEnd(0);
    // Most authors tell the fix in the timeline ("14:32 Rolled back; errors stop") rather than under its own heading: the
    // resolution is there, only not where a reader skimming for it looks.
    // Entries whose time could not be placed ("### Sept 31" over them) may tell it too: unsure, the rule says less.
    const fixTold = () => present.has('response') || model.timeline.some((entry) => hasMilestone(entry, 'mitigated') || hasMilestone(entry, 'resolved') || (entry.stamp?.time !== undefined && !entry.instant));
    for (const kind of settings.requiredSections) {
      if (isSatisfied(kind, present)) continue;
      const { title, synonyms } = SECTION_CATALOGUE[kind];
      const alsoKnownAs = synonyms.length > 0 ? ` (also recognised: ${synonyms.slice(0, 3).join(', ')})` : '';
      report({
        start,
        end,
        message: `Missing section "${title}": add a "## ${title}" heading${alsoKnownAs}.`,
        data: { section: kind, title },
        // Asked only of a missing resolution: a large timeline is not read on each keystroke for nothing.
        softer: kind === 'resolution' && fixTold(),
      });
    }
  },
};

/**
 * English's commonest words, which other languages do not write: their share of a text's words says it is English;
 * so does a text without accented letters.
 */
const ENGLISH_WORDS = /\b(?:the|and|of|that|with|were|this|from|have|which)\b/gi;

function writtenInEnglish(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  if ((sample.match(ENGLISH_WORDS)?.length ?? 0) >= words * 0.03) return true;
  // Terse English (bullets and tables, few of those words) writes no accented letters; the other languages do.
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return (sample.match(/[^\x00-\x7F\s\p{P}\p{S}\p{N}]/gu)?.length ?? 0) < letters * 0.01;
}

/** The items that pass `test`, counted up to `most` (a large timeline's thousands of entries need not all be read). */
function countUpTo<T>(items: readonly T[], most: number, test: (item: T) => boolean): number {
  let count = 0;
  for (let i = 0; i < items.length && count < most; i++) if (test(items[i])) count++;
  return count;
}
