import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, type Settings } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';

/** What a rule reports, as the text it points at. */
function reported(code: string, text: string, settings: Settings = DEFAULT_SETTINGS): string[] {
  return analyzeText(text, { settings, today: '2026-11-28' })
    .findings.filter((f) => f.code === code)
    .map((f) => text.slice(f.start, f.end));
}

describe('severity-unknown', () => {
  const withSeverity = (value: string) => `# Outage\n\n- **Severity:** ${value}\n\n## Summary\n\nText.\n`;

  it('accepts a level of any common scale while the team keeps the default scale', () => {
    for (const value of ['SEV-2', 'Sev 1', 'Critical', '🔴 Critical', '[High]', 'P1', 'major-outage', 'disrupted', 'Minor', '2']) {
      assert.deepEqual(reported('severity-unknown', withSeverity(value)), [], value);
    }
  });

  it('reports a value on no scale, and anything off a scale the team chose itself', () => {
    assert.deepEqual(reported('severity-unknown', withSeverity('Bad')), ['Bad']);
    const ownScale = { ...DEFAULT_SETTINGS, severityScale: ['Critical', 'High', 'Medium', 'Low'] };
    assert.deepEqual(reported('severity-unknown', withSeverity('SEV2'), ownScale), ['SEV2']);
    assert.deepEqual(reported('severity-unknown', withSeverity('High'), ownScale), []);
  });
});

describe('timeline-unparsed-time', () => {
  const timeline = (...rows: string[]) => ['# Outage', '', '## Timeline', '', '| Time | Event |', '|---|---|', ...rows.map((r) => `| ${r} | Something happened |`), ''].join('\n');

  it('reports a clock time that cannot be read', () => {
    assert.deepEqual(reported('timeline-unparsed-time', timeline('14:00', '14:??', '2X:XX', '25:70')), ['14:??', '2X:XX', '25:70']);
  });

  it('leaves other ways of placing an event alone: offsets, months, ranges of days', () => {
    assert.deepEqual(reported('timeline-unparsed-time', timeline('14:00', '+10 minutes', '[+2 hrs]', 'Jul 2024', 'Between 2023-07-10 and 2023-07-16')), []);
  });
});
