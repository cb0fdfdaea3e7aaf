/**
 * Hostile and pathological Markdown, generated (never stored), at the sizes that broke the server (issue 11). `scale`
 * (0-1] shrinks the inputs that only grow badly, so a test suite can run them in seconds; the inputs that crash or
 * stall a recursive parser keep their size (their point is the depth), as do the paragraphs of thousands of lines
 * (their point is their length).
 */
export interface HostileInput {
  name: string;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function hostileInputs(scale = 1): HostileInput[] {
  const n = (count: number) => Math.max(10, Math.round(count * scale));
  const head = '# Post-Mortem: Hostile input\n\n**Date:** 2025-10-26\n**Severity:** SEV2\n\n';
  return [
    // A stack overflow in the parser: 6 KB of list markers on one line, 10,000 quote markers.
    { name: "'- ' x 3000 on one line", text: `${head}## Timeline\n\n${'- '.repeat(3000)}x\n` },
    { name: "'>' x 10000", text: `${head}## Timeline\n\n${'>'.repeat(10000)} x\n` },
    // Emphasis delimiters that never close: 75 KB.
    { name: "'*a' x 32k", text: `${head}## Summary\n\n${'*a'.repeat(n(32_000))}\n` },
    // 20,000 action-item rows.
    { name: '20,000 action-item rows', text: `${head}## Action Items\n\n| # | Action | Owner | Priority | Due | Status |\n|---|---|---|---|---|---|\n${Array.from({ length: n(20_000) }, (_, i) => `| ${i} | Fix thing ${i} | ${i % 3 ? 'Ann' : ''} | P${i % 4} | 2025-11-${pad((i % 28) + 1)} | Open |`).join('\n')}\n` },
    // A list nested 1,000 deep, one level per line (1 MB of indentation).
    { name: '1,000-deep list', text: `${head}## Timeline\n\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 14:${pad(i % 60)} step ${i}`).join('\n')}\n` },
    // Paragraphs of thousands of lines in a list item (continued lazily) or a quote: the parser's work grows with the
    // square of their lines (16,000 lazy lines: 7 s; issue 11's 120 KB of lazy lines, 22-35 s).
    { name: '16,000 lazy item lines', text: `${head}## Timeline\n\n- 14:00 Alert fired\n${Array.from({ length: 16_000 }, (_, i) => `step ${i} of the rollback & retry`).join('\n')}\n` },
    { name: '16,000 quoted lines', text: `${head}## Summary\n\n${Array.from({ length: 16_000 }, (_, i) => `> customer report ${i}: checkout failed!`).join('\n')}\n` },
    // 100,000 headings, among them sections the engine recognises.
    { name: '100,000 headings', text: head + Array.from({ length: n(100_000) }, (_, i) => `${'#'.repeat((i % 3) + 2)} ${['Timeline', 'Impact', 'Step', 'Root Cause', 'Notes'][i % 5]} ${i}\n\nText.\n`).join('\n') },
  ];
}

/** An ordinary Markdown file of `bytes` (a CHANGELOG): not a post-mortem, and nothing of one should be computed. */
export function changelog(bytes: number): string {
  const parts = ['# Changelog\n\nAll notable changes to this project are documented here.\n\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const entry = `## [${Math.floor(i / 100)}.${i % 100}.0] - 2024-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}\n\n### Fixed\n\n- Fixed a crash when the cache at \`src/cache/${i}.ts\` was empty (#${1000 + i}).\n- Improved the *performance* of the [resolver](https://example.com/${i}).\n\n`;
    parts.push(entry);
    size += entry.length;
  }
  return parts.join('');
}
