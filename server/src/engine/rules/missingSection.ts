import { isSatisfied, SECTION_CATALOGUE, type SectionKind } from '../sectionCatalogue';
import type { Rule } from './rule';

export const missingSection: Rule = {
  code: 'missing-section',
  defaultSeverity: 'warning',
  description: 'A required section (setting `postmortem.requiredSections`) is missing, under any of its usual names.',
  check({ index, model, settings }, report) {
    // A log of status updates is not a post-mortem yet: asking it for sections is noise.
    if (model.isIncidentLog) return;
    const present = new Set<SectionKind>(model.sections.flatMap((section) => [section.kind, ...section.also]));
    // Reported on the title, which is what the document as a whole is known by; else on the first line.
    const start = model.title?.start ?? 0;
    const end = model.title ? model.title.end : index.lines.lineEnd(0);
    for (const kind of settings.requiredSections) {
      if (isSatisfied(kind, present)) continue;
      const { title, synonyms } = SECTION_CATALOGUE[kind];
      const alsoKnownAs = synonyms.length > 0 ? ` (also recognised: ${synonyms.slice(0, 3).join(', ')})` : '';
      report({
        start,
        end,
        message: `Missing section "${title}": add a "## ${title}" heading${alsoKnownAs}.`,
        data: { section: kind, title },
      });
    }
  },
};
