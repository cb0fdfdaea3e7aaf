import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { applyTeamConfig, parseTeamConfig } from '../../schemas/teamConfig';
import { analyzeText } from '../../server/src/engine/analyze';

describe('.postmortemrc.json', () => {
  it('applies the keys it sets over the editor settings, slo field by field', () => {
    const { config, problems } = parseTeamConfig(JSON.stringify({ $schema: './x.json', severityScale: ['P1', 'P2'], slo: { targetPercent: 99.95 }, rules: { placeholder: 'error' } }));
    assert.deepEqual(problems, []);
    const settings = applyTeamConfig({ ...DEFAULT_SETTINGS, debounceMs: 50 }, config);
    assert.deepEqual(settings.severityScale, ['P1', 'P2']);
    assert.deepEqual(settings.slo, { targetPercent: 99.95, windowDays: 30 });
    assert.equal(settings.debounceMs, 50);
    assert.equal(analyzeText('# Post-Mortem: [Incident Title]\n', { settings }).findings.find((f) => f.code === 'placeholder')?.severity, 'error');
  });

  it('names a bad or unknown key and keeps the rest', () => {
    const { config, problems } = parseTeamConfig('{ "timezone": 5, "severityScale": ["SEV-A"], "colour": "blue" }');
    assert.deepEqual(config, { severityScale: ['SEV-A'] });
    assert.deepEqual(problems.map((p) => p.key), ['timezone', 'colour']);
    assert.match(problems[0].message, /\.postmortemrc\.json: timezone: .*using the default/);
    assert.match(problems[1].message, /unknown key "colour"/);
  });

  it('falls back to the defaults, with a clear message, on invalid JSON', () => {
    const { config, problems } = parseTeamConfig('{ "rules": { ');
    assert.deepEqual(config, {});
    assert.match(problems[0].message, /\.postmortemrc\.json is not valid JSON/);
  });
});
