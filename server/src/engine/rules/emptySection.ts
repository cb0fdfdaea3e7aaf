import type { Rule } from './rule';

export const emptySection: Rule = {
  code: 'empty-section',
  defaultSeverity: 'warning',
  description: 'A section heading with nothing under it (not even subsections).',
  check({ index, model }, report) {
    for (const section of model.sections) {
      // A name on a plain or bold line may be followed straight away by its own subsections: only headings say
      // where a section ends.
      if (section.source !== 'heading') continue;
      const body = index.text.slice(section.bodyStart, section.bodyEnd);
      // Sub-headings, HTML comments (template instructions) and rules are not content.
      const content = body
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/^\s{0,3}(#{1,6}\s.*|[-=*_]{3,}\s*)$/gm, '')
        .trim();
      if (content) continue;
      report({
        start: section.nameStart,
        end: section.nameEnd,
        message: `Section "${section.heading}" is empty: write what happened here, or remove the heading.`,
        data: { section: section.kind },
      });
    }
  },
};
