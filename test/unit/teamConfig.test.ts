import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings } from '../../schemas/settings';
import { applyTeamConfig, parseTeamConfig } from '../../schemas/teamConfig';
import { analyzeText } from '../../server/src/engine/analyze';
import { RULES } from '../../server/src/engine/rules';
import { RULE_CODES } from '../../server/src/engine/rules/codes';

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

  it('takes "constructor", "toString" and "__proto__" as unknown keys, named, not as the prototype', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { config, problems } = parseTeamConfig(`{ "${key}": { "x": 1 }, "timezone": "CET" }`);
      assert.deepEqual(config, { timezone: 'CET' }, key);
      assert.deepEqual(problems.map((p) => p.key), [key]);
      assert.match(problems[0].message, new RegExp(`unknown key "${key}"`));
    }
  });

  it('accepts a UTF-8 byte order mark before the JSON', () => {
    const { config, problems } = parseTeamConfig('\uFEFF{ "timezone": "CET" }');
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { timezone: 'CET' });
  });

  it('reports unknown rule codes with their key, keeps the known ones; the VS Code setting alike', () => {
    const { config, problems } = parseTeamConfig('{ "rules": { "placeholder": "error", "blame-langauge": "off", "__proto__": "off", "constructor": "off" } }');
    assert.deepEqual(config, { rules: { placeholder: 'error' } });
    assert.deepEqual(problems.map((p) => p.key), ['rules.blame-langauge', 'rules.__proto__', 'rules.constructor']);
    assert.match(problems[0].message, /^\.postmortemrc\.json: rules: unknown rule "blame-langauge" is ignored \(rules: placeholder, /);
    const editor = parseSettings({ rules: { 'missing-section': 'off', 'no-such-rule': 'error' } });
    assert.deepEqual(editor.settings.rules, { 'missing-section': 'off' });
    assert.deepEqual(editor.problems.map((p) => p.key), ['rules.no-such-rule']);
    assert.match(editor.problems[0].message, /^postmortem\.rules: unknown rule "no-such-rule"/);
  });

  it('knows every rule code (RULE_CODES is the codes of RULES)', () => {
    assert.deepEqual([...RULE_CODES], RULES.map((rule) => rule.code));
  });
});
