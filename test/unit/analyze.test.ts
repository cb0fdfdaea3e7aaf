import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { RULES } from '../../server/src/engine/rules';
import type { Rule } from '../../server/src/engine/rules/rule';

describe('analyzeText', () => {
  it('logs and skips a rule that throws, and still reports the others', () => {
    const broken: Rule = { code: 'broken', defaultSeverity: 'error', description: 'throws', check: () => { throw new Error('boom'); } };
    const logged: string[] = [];
    const analysis = analyzeText('# Post-Mortem: [Incident Title]\n', { settings: DEFAULT_SETTINGS, logger: { error: (m) => logged.push(m) }, rules: [broken, ...RULES] });
    assert.ok(analysis.findings.some((f) => f.code === 'placeholder'));
    assert.equal(logged.length, 1);
    assert.match(logged[0], /Rule broken failed and was skipped: Error: boom/);
  });

  it('applies per-rule severity and "off" from settings', () => {
    const text = '# Post-Mortem: [Incident Title]\n';
    const settings = { ...DEFAULT_SETTINGS, rules: { placeholder: 'error' as const, 'missing-section': 'off' as const } };
    const findings = analyzeText(text, { settings }).findings;
    assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['placeholder', 'error']]);
  });
});
