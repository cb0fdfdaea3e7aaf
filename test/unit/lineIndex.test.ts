import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { LineIndex, loneCrAsLf } from '../../server/src/engine/lineIndex';

describe('LineIndex', () => {
  it('counts characters in the agreed position encoding (UTF-8 bytes, code points, UTF-16 units) both ways', () => {
    const text = 'x\n🚨 é|end\n';
    const bar = text.indexOf('|');
    for (const [encoding, character] of [['utf-16', 4], ['utf-8', 7], ['utf-32', 3]] as const) {
      const lines = new LineIndex(text, encoding);
      assert.deepEqual(lines.positionAt(bar), { line: 1, character }, encoding);
      assert.equal(lines.offsetAt({ line: 1, character }), bar, encoding);
      assert.equal(lines.offsetAt({ line: 1, character: 999 }), lines.lineEnd(1), encoding);
    }
  });

  it('converts offsets to 0-based positions across LF, CRLF and CR line breaks and back', () => {
    const text = 'ab\r\ncd\ne\rf';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = lines.positionAt(offset);
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF pair
      assert.equal(lines.offsetAt(position), offset, `offset ${offset}`);
    }
    assert.deepEqual(lines.positionAt(text.indexOf('f')), { line: 3, character: 0 });
    assert.equal(lines.lineEnd(0), 2);
  });

  it('counts UTF-16 code units, as LSP positions do', () => {
    const lines = new LineIndex('✅ 😀 x');
    assert.deepEqual(lines.positionAt('✅ 😀 x'.indexOf('x')), { line: 0, character: 5 });
  });
});

describe('lone-CR line endings', () => {
  // Pasted from a wiki, as the seed is: sections are bare lines, the timeline a table.
  const lf = [
    'Post-Mortem: Checkout outage',
    'Date of Incident: 2025-10-26 Severity: SEV2',
    'Summary',
    'Checkout failed for 30 minutes.',
    'Timeline',
    '| Time (UTC) | Event |',
    '|---|---|',
    '| 14:00 | Errors began, alert fired |',
    '| 14:05 | On-call acknowledged |',
    '| 14:30 | Service restored |',
    'Root Cause',
    'A leak. [Details]',
    'Action Items',
    '- Add a test for the leak',
    '',
  ].join('\n');
  const cr = lf.replace(/\n/g, '\r');

  it('keeps every length and offset: only lone CRs become LF', () => {
    assert.equal(loneCrAsLf(cr), lf);
    assert.equal(loneCrAsLf('a\r\nb\rc'), 'a\r\nb\nc');
  });

  it('reads the same timeline, sections and action items, at the same positions, as with LF', () => {
    const summary = (text: string) => {
      const { index, model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-12-01' });
      return {
        timeline: model.timeline.map((e) => index.lines.positionAt(e.start)),
        sections: model.sections.map((s) => [s.kind, index.lines.positionAt(s.nameStart)]),
        actionItems: model.actionItems.length,
        findings: findings.map((f) => [f.code, index.lines.rangeOf(f.start, f.end)]),
      };
    };
    const expected = summary(lf);
    assert.equal(expected.timeline.length, 3);
    assert.equal(expected.actionItems, 1);
    assert.deepEqual(summary(cr), expected);
    assert.deepEqual(summary(lf.replace(/\n/g, '\r\n')), expected);
  });
});
