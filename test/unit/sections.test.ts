import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { sectionKindOf } from '../../server/src/engine/sectionCatalogue';
import { readSeed, sharedMissing } from '../helpers/paths';

function kinds(text: string): string[] {
  return analyzeText(text, { settings: DEFAULT_SETTINGS }).model.sections.map((s) => s.kind);
}

function missing(text: string, requiredSections = DEFAULT_SETTINGS.requiredSections): string[] {
  return analyzeText(text, { settings: { ...DEFAULT_SETTINGS, requiredSections } })
    .findings.filter((f) => f.code === 'missing-section')
    .map((f) => String(f.data?.section));
}

describe('sections', () => {
  it('recognises names by synonym, numbering, emphasis, parentheses and trailing colons', () => {
    assert.equal(sectionKindOf('3. Root Cause Analysis (RCA):'), 'root-cause');
    assert.equal(sectionKindOf('Action Items & Follow-ups'), 'action-items');
    assert.equal(sectionKindOf('TL;DR'), 'summary');
    assert.equal(sectionKindOf('Lessons Learnt'), 'lessons-learned');
    assert.equal(sectionKindOf('Chain of Events'), 'timeline');
    assert.equal(sectionKindOf('Database metrics dashboard'), undefined);
  });

  it('reads ATX and setext headings at any level, bold lines and plain lines', () => {
    const text = [
      'Incident Summary',
      '================',
      '',
      '#### **Impact**',
      '',
      '**Timeline:**',
      '',
      '- 10:00 Alert',
      '',
      'Root Cause',
      'The config was wrong.',
      '',
      '- Action Items',
    ].join('\n');
    assert.deepEqual(kinds(text), ['summary', 'impact', 'timeline', 'root-cause']);
  });

  it('does not take a "Key: value" line or a code block for a section', () => {
    assert.deepEqual(kinds('# Outage\n\nImpact: 10,000 users\n\n```\nTimeline\n```\n'), []);
  });

  it('reports each required section that is missing, once, on the title', () => {
    const text = '# Post-Mortem: Checkout outage\n\n## Summary\n\nx\n\n## Timeline\n\n## Five Whys\n';
    assert.deepEqual(missing(text), ['impact', 'resolution', 'action-items']);
    const finding = analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.find((f) => f.code === 'missing-section')!;
    assert.equal(text.slice(finding.start, finding.end), 'Checkout outage');
  });

  it('follows the requiredSections setting', () => {
    assert.deepEqual(missing('# Outage\n\n## Summary\n', ['summary', 'lessons-learned']), ['lessons-learned']);
  });

  it('finds every section of the flattened seed, so it has no missing-section', { skip: sharedMissing }, () => {
    const seed = readSeed();
    assert.deepEqual(missing(seed), []);
    const found = new Set(kinds(seed));
    for (const kind of ['summary', 'timeline', 'impact', 'root-cause', 'five-whys', 'detection', 'response', 'resolution', 'action-items', 'lessons-learned', 'sign-off']) {
      assert.ok(found.has(kind as never), `seed section ${kind} not found`);
    }
  });
});
