import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { pastedBulletsAsDashes } from '../../server/src/engine/pastedBullets';

describe('bullets pasted from a word processor', () => {
  it('become dashes at a line\'s start only, keeping every offset', () => {
    const text = '● one\n  ○ nested\nA • in a sentence\n•no space\n';
    const read = pastedBulletsAsDashes(text);
    assert.equal(read, '- one\n  - nested\nA • in a sentence\n•no space\n');
    assert.equal(read.length, text.length);
  });

  it('give the timeline entries and action items they list', () => {
    const text = [
      '# Incident review: reminders not sent',
      '',
      '**Timeline** (all times ET, June 9, 2026)',
      '',
      '● 2:14pm – First reminder batch fails with an authentication error',
      '● 2:41pm – Alert fires for failed sends',
      '● 3:31pm – Rolling restart of the worker; sends succeed again',
      '',
      '## Action items',
      '',
      '• Move the worker to the secrets sidecar – Owner: Rafael Okonkwo, due 2026-06-26',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-06-10' });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.milestone]), [['2:14pm', 'started'], ['2:41pm', 'detected'], ['3:31pm', 'resolved']]);
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text]), [['Move the worker to the secrets sidecar', 'Rafael Okonkwo']]);
  });
});
