import type { Rule } from './rule';

export const fiveWhysIncomplete: Rule = {
  code: 'five-whys-incomplete',
  defaultSeverity: 'information',
  description: 'A five-whys analysis with fewer than five whys, or a why without an answer.',
  check({ model }, report) {
    const section = model.fiveWhysSection;
    if (!section) return;
    for (const why of model.fiveWhys) {
      if (why.answer) continue;
      report({ start: why.start, end: why.end, message: `"${why.question}" has no answer: write the answer after the question (→ ...), then ask why again.` });
    }
    // No why read at all: the analysis is written in a shape not read here (prose, a table); an empty section is
    // empty-section's to report.
    if (model.fiveWhys.length > 0 && model.fiveWhys.length < 5) {
      report({
        start: section.nameStart,
        end: section.nameEnd,
        message: `The five whys stop at ${model.fiveWhys.length}: keep asking "Why?" until you reach a cause in the system (usually five).`,
        data: { count: model.fiveWhys.length },
      });
    }
  },
};
