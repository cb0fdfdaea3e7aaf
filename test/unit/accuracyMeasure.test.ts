import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { engineMilestones, measureDocument } from '../corpus/accuracy';
import type { DocumentLabel } from '../corpus/labelSchema';
import { addDurationAgreement, addMilestoneAgreement, emptyReviewerAgreement } from '../corpus/reviewerAgreement';

const DOCUMENT = `# Checkout outage

## Timeline (all times UTC)

| Time | Event |
|---|---|
| 2024-03-03 14:00 | Errors began on checkout |
| 2024-03-03 14:10 | Alert fired |
| 2024-03-03 14:40 | Rolled back the release |

## Action Items

- [ ] Add a canary stage (owner: @sam)
- [ ] Alert on checkout error rate
`;

const LABEL: DocumentLabel = {
  file: 'synthetic.md',
  folder: 'corpus-2',
  kind: 'postmortem',
  title: 'Checkout outage',
  incidentDate: '2024-03-03',
  timezone: 'UTC',
  severity: null,
  sections: ['timeline', 'action-items'],
  timeline: [
    { line: 7, time: '14:00', instant: '2024-03-03T14:00Z', milestones: ['started'] },
    { line: 8, time: '14:10', instant: '2024-03-03T14:10Z', milestones: ['detected'] },
    // A reader's entry the table does not hold (a wrong line on purpose): a miss, never a match.
    { line: 3, time: '13:00', instant: '2024-03-03T13:00Z', milestones: [] },
    { line: 9, time: '14:40', instant: '2024-03-03T16:40+02:00', milestones: ['mitigated'] },
  ],
  durations: [
    { kind: 'detect', minutes: 10, basis: 'timeline', lines: [7, 8] },
    { kind: 'mitigate', minutes: 45, alternatives: [40], basis: 'timeline', lines: [7, 9] },
  ],
  statedFigures: [],
  actionItems: [
    { line: 13, owner: '@sam', status: 'planned', priority: null, due: null },
    { line: 14, owner: null, status: 'planned', priority: null, due: null },
  ],
  defects: [
    { code: 'action-item-missing-owner', line: 14 },
    { code: 'missing-section', line: null, section: 'root-cause' },
  ],
  notes: '',
};

describe('measuring the engine against a label', () => {
  const fields = measureDocument(LABEL, analyzeText(DOCUMENT, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }), true);

  it('matches timeline entries by line, one to one, and counts a labelled entry the engine lacks as missed', () => {
    assert.deepEqual(fields['timeline entries'], { truePositives: 3, found: 3, expected: 4 });
  });

  it('compares instants exactly, whatever offset the label writes them in', () => {
    // 16:40+02:00 is 14:40Z: all three entries the engine found are right; the fourth was never found.
    assert.deepEqual(fields['instants (dated entries)'], { truePositives: 3, found: 3, expected: 4 });
  });

  it('accepts a duration from any defensible convention the label allows, and no other', () => {
    assert.equal(fields['duration: detect'].expected, 1);
    assert.equal(fields['duration: mitigate'].truePositives, 1, 'mitigated 40 minutes after the start: the alternative');
    assert.equal(fields['duration: resolve'].expected, 0);
  });

  it('reads action items and owners by line', () => {
    assert.deepEqual(fields['action items'], { truePositives: 2, found: 2, expected: 2 });
    assert.deepEqual(fields['action item owners'], { truePositives: 2, found: 2, expected: 2 });
  });

  it('counts each diagnostic that no label supports against the rule, and each label no diagnostic finds as missed', () => {
    const owner = fields['rule: action-item-missing-owner'];
    assert.deepEqual(owner, { truePositives: 1, found: 1, expected: 1 });
    const sections = fields['rule: missing-section'];
    // The engine also misses summary, impact and resolution, which this label does not call defects.
    assert.equal(sections.truePositives, 1);
    assert.ok(sections.found > sections.truePositives);
  });

  it('counts detection only for what the document is', () => {
    assert.deepEqual(fields['post-mortems recognised in a folder'], { truePositives: 1, found: 1, expected: 1 });
    assert.equal(fields['non-post-mortems left alone'], undefined);
  });
});

describe('measuring two reviewers against each other', () => {
  const analysis = analyzeText(DOCUMENT, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
  const engine = engineMilestones(LABEL, analysis);

  it('keys the engine\'s milestones by the labelled entry they are on', () => {
    assert.deepEqual(engine, ['7:started', '8:detected', '9:mitigated']);
  });

  it('counts the second reviewer\'s milestones against the labels, and the engine\'s against what both and either mark', () => {
    const { milestones: agreement } = emptyReviewerAgreement();
    // Labels that leave the rollback unmarked; a second reviewer that agrees on the start, adds acknowledged to the
    // alert, marks the rollback mitigated, and puts a milestone on a line that is no labelled entry.
    const label = { ...LABEL, timeline: LABEL.timeline.map((entry) => (entry.line === 9 ? { ...entry, milestones: [] } : entry)) };
    const second = {
      folder: 'corpus-2' as const,
      file: 'synthetic.md',
      milestones: [
        { line: 7, milestones: ['started' as const] },
        { line: 8, milestones: ['acknowledged' as const] },
        { line: 9, milestones: ['mitigated' as const] },
        { line: 5, milestones: ['triaged' as const] },
      ],
      note: '',
    };
    const problems = addMilestoneAgreement(agreement, label, second, engine);
    assert.deepEqual(problems, ['corpus-2/synthetic.md: second milestones on line 5, not a labelled entry']);
    assert.equal(agreement.documents, 1);
    // Of the second's four, only the start is the labels'; of the labels' two, the second has one.
    assert.deepEqual(agreement.secondVsLabels, { truePositives: 1, found: 4, expected: 2 });
    assert.deepEqual(agreement.engineVsLabels, { truePositives: 2, found: 3, expected: 2 });
    // Both mark only the start, which the engine finds; either marks all three of the engine's (the rollback: the second).
    assert.deepEqual(agreement.engineVsConsensus, { truePositives: 1, found: 3, expected: 1 });
    assert.deepEqual(agreement.engineVsEither, { truePositives: 3, found: 3, expected: 5 });
  });

  it('counts durations kind by kind: both sides accept a figure, the second reviewer to the minute', () => {
    const { durations: agreement } = emptyReviewerAgreement();
    const { detectMinutes, mitigateMinutes } = analysis.model.durations;
    assert.deepEqual([detectMinutes, mitigateMinutes], [10, 40]);
    // The labels: detect 10, mitigate 45 (or 40). The second reviewer: detect 10, mitigate 45 (not 40), resolve 42.
    const second = { folder: 'corpus-2' as const, file: 'synthetic.md', durations: { detect: { minutes: 10 }, mitigate: { minutes: 45 }, resolve: { minutes: 42 } }, note: '' };
    addDurationAgreement(agreement, LABEL, second, analysis.model.durations);
    assert.equal(agreement.documents, 1);
    assert.deepEqual(agreement.secondVsLabels, { truePositives: 2, found: 3, expected: 2 });
    // Both agree on detect and mitigate; the engine's mitigate, 40, is the labels' alternative but not the second's.
    assert.deepEqual([agreement.engineVsConsensus.truePositives, agreement.engineVsConsensus.expected], [1, 2]);
    assert.equal(agreement.engineVsEither.truePositives, 2);

    // A figure only the second reviewer accepts, and one it is 2 minutes off (no rounding is granted it).
    const { durations: alone } = emptyReviewerAgreement();
    const unlabelled = { ...LABEL, durations: [] };
    addDurationAgreement(alone, unlabelled, { ...second, durations: { detect: { minutes: 10 }, mitigate: { minutes: 42 } } }, analysis.model.durations);
    assert.deepEqual([alone.engineVsEither.truePositives, alone.engineVsEither.expected], [1, 2]);
  });
});
