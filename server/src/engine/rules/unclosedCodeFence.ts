import type { Rule } from './rule';

export const unclosedCodeFence: Rule = {
  code: 'unclosed-code-fence',
  defaultSeverity: 'warning',
  description: 'A code block never closed, which turns every section below it into code (a pasted log left open).',
  check({ index }, report) {
    const fence = index.unclosedFence;
    if (!fence) return;
    const more = fence.headings > 1 ? ` and ${fence.headings - 1} more heading${fence.headings > 2 ? 's' : ''}` : '';
    // The code most likely ends at the last line with text before the first heading it swallowed.
    const closeAt = index.text.slice(0, fence.headingStart).trimEnd().length;
    report({
      start: fence.start,
      end: fence.end,
      message: `This code block is never closed: everything below it, "${fence.headingText}"${more} included, reads as code. Close it with ${fence.fence} on the line after the code.`,
      data: { fixes: [{ title: `Close the code block before "${fence.headingText}"`, start: closeAt, end: closeAt, newText: `\n${fence.fence}` }] },
    });
  },
};
