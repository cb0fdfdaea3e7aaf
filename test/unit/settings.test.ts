import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configurationProperties, generatedSchemaFiles } from '../../schemas/generate';
import { DEFAULT_SETTINGS, parseSettings } from '../../schemas/settings';
import { readRepoFile } from '../helpers/paths';

describe('settings', () => {
  it('keeps good keys and replaces a bad one by its default, naming the key', () => {
    const { settings, problems } = parseSettings({ debounceMs: 'soon', detectByContent: false, requiredSections: ['timeline', 'nonsense'] });
    assert.equal(settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
    assert.equal(settings.detectByContent, false);
    assert.deepEqual(settings.requiredSections, DEFAULT_SETTINGS.requiredSections);
    assert.deepEqual(problems.map((p) => p.key), ['requiredSections', 'debounceMs']);
    assert.match(problems[1].message, /postmortem\.debounceMs/);
  });

  it('treats a missing or non-object value as all defaults', () => {
    assert.deepEqual(parseSettings(undefined), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(parseSettings('x').settings, DEFAULT_SETTINGS);
  });

  it('has its generated JSON Schema checked in and up to date (npm run schemas)', () => {
    for (const [path, content] of Object.entries(generatedSchemaFiles())) {
      assert.equal(readRepoFile(path), content, `${path} is stale: run npm run schemas`);
    }
  });

  it('declares exactly the schema\'s settings in package.json (npm run schemas)', () => {
    const manifest = JSON.parse(readRepoFile('package.json'));
    assert.deepEqual(manifest.contributes.configuration.properties, configurationProperties());
  });
});
