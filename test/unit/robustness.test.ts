import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { readSeed, sharedMissing } from '../helpers/paths';

function analyzeStrictly(text: string) {
  const errors: string[] = [];
  const analysis = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-12-01', logger: { error: (m) => errors.push(m) } });
  assert.deepEqual(errors, [], 'a rule threw');
  for (const f of analysis.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.code} range ${f.start}-${f.end} outside the text`);
  return analysis;
}

describe('bad input', () => {
  it('gives a half-written document every diagnostic the rest of it deserves', () => {
    const text = [
      '# Post-Mortem: [Incident Title]',
      '',
      '**Date of Incident:** 2025-13-45',
      '',
      '## Timeline',
      '',
      '| Time (UTC) | Event |',
      '|---|---|',
      '| 14:00 | Alert fired |',
      '| 14:?? | Someone restarted the |',
      '| 14:30 | Resolved',
      '',
      '## Action Items',
      '',
      '- [ ] Add a pool alert',
      '- [] Write the runbook',
    ].join('\n');
    const codes = analyzeStrictly(text).findings.map((f) => f.code);
    for (const code of ['placeholder', 'date-invalid', 'timeline-unparsed-time', 'action-item-missing-owner', 'missing-section']) {
      assert.ok(codes.includes(code), `${code} missing from ${codes.join(', ')}`);
    }
    assert.equal(codes.filter((c) => c === 'action-item-missing-owner').length, 2);
  });

  it('never throws on arbitrary Markdown-ish text', () => {
    const markdownish = fc.array(fc.constantFrom('# ', '## Timeline', '| ', ' |', '|---|', '- ', '- [ ] ', '1. ', '**', '14:', '00', '??', 'UTC', '2025-', '13-45', '\n', '\n\n', 'Owner:', 'Time to acknowledge: ', '5 minutes', '✅', '(target: <5 min)', '99.9%', '[Name]', '---\n', 'Why?', '→ ', 'resolved', '~'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(markdownish, fc.string({ maxLength: 400 })), (text) => void analyzeStrictly(text)), { numRuns: 300 });
  });

  it('never throws on the seed cut, spliced and garbled anywhere', { skip: sharedMissing }, () => {
    const seed = readSeed();
    const edit = fc.record({ at: fc.nat(seed.length), remove: fc.nat(200), insert: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let text = seed;
        for (const { at, remove, insert } of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
        analyzeStrictly(text);
      }),
      { numRuns: 60 },
    );
  });
});
