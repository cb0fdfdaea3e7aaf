import type { Rule } from './rule';

export const unclosedBlock: Rule = {
  code: 'unclosed-block',
  defaultSeverity: 'warning',
  description: 'A code block or HTML comment never closed, which swallows every section below it (a pasted log, a template instruction).',
  check({ index }, report) {
    const block = index.unclosedBlock;
    if (!block) return;
    const more = block.headings > 1 ? ` and ${block.headings - 1} more heading${block.headings > 2 ? 's' : ''}` : '';
    const [what, effect, closer] = block.kind === 'fence' ? ['code block', 'reads as code', block.opener] : ['comment', 'is hidden', '-->'];
    report({
      start: block.start,
      end: block.end,
      message: `This ${what} is never closed: everything below it, "${block.headingText}"${more} included, ${effect}. Close it with ${closer} where it ends.`,
      data: { fixes: [{ title: `Close the ${what} before "${block.headingText}"`, start: block.closeAt, end: block.closeAt, newText: block.kind === 'fence' ? `\n${closer}` : ` ${closer}` }] },
    });
  },
};
