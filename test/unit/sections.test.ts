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

  it('takes a paragraph opening with a section name as its label for that section, but not a code block or a longer key', () => {
    assert.deepEqual(kinds('# Outage\n\nImpact: 10,000 users\n\n**Resolution:** we rolled back.\n\n```\nTimeline\n```\n\nImpact of the change on billing: none\n'), ['impact', 'resolution']);
  });

  it('reads headings written as questions, with emoji codes, misspelt, or joining two names', () => {
    const text = ['# Outage', '## What was impacted?', '## :warning: Root Cuase', "## What we're doing about it", '## Root cause and mitigation', '## Takeaways'].join('\n\nx\n\n');
    assert.deepEqual(
      analyzeText(text, { settings: DEFAULT_SETTINGS }).model.sections.map((s) => [s.kind, ...s.also]),
      [['impact'], ['root-cause'], ['action-items'], ['root-cause', 'resolution'], ['lessons-learned']],
    );
  });

  it('reads the SRE book template as Norwegian teams write it', () => {
    const text = '# Manglende inntekter\n\n**Sammendrag:** Inntekter mangler.\n\n**Konsekvens:** Saksbehandling stanset.\n\n**Rotårsaker:** Ugyldig JSON.\n\n**Løsning:** Fjerne duplikat felt.\n\n## Aksjonspunkter\n\n| Aksjon | Eier |\n|---|---|\n| Fjerne duplikat felt | Jørgen |\n\n## Tidslinje\n\n- 09:42: Feilen oppdages.\n';
    assert.deepEqual(missing(text), []);
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.actionItems.map((i) => i.owner?.text), ['Jørgen']);
  });

  it('reports each required section that is missing, once, on the title', () => {
    const text = '# Post-Mortem: Checkout outage\n\n## Summary\n\nx\n\n## Timeline\n\n## Five Whys\n';
    assert.deepEqual(missing(text), ['impact', 'resolution', 'action-items']);
    const finding = analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.find((f) => f.code === 'missing-section')!;
    assert.equal(text.slice(finding.start, finding.end), 'Checkout outage');
  });

  it('asks a log of status updates for no sections, but a post-mortem that quotes one still', () => {
    const log = '---\ntitle: API unreachable\nseverity: major-outage\n---\n\nRequests fail with 502.\n\n[Update - 2023-03-29 15h50 UTC]\nService restored.\n\n[Initial message]\nInvestigating.\n';
    assert.deepEqual(missing(log), []);
    assert.deepEqual(missing(`${log}\n## Root cause\n\nA bad deploy.\n`), ['summary', 'impact', 'timeline', 'resolution', 'action-items']);
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
