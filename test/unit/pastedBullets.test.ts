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

  it('reads lines an export escaped ("\\- 23:10 – ...") as the list the author typed, keeping every offset', () => {
    assert.equal(pastedBulletsAsDashes('\\- one\n\n  \\* two  \n\\- three\\\n\\- four\n\\- five\nA \\- in a sentence\n\\-no space\n'), ' - one\n\n   * two  \n - three\\\n - four\n - five\nA \\- in a sentence\n\\-no space\n');
    // A dash a wrapped sentence puts first on its line is escaped too, and is no bullet.
    assert.equal(pastedBulletsAsDashes('10:27 - forwards the e-mail.<br> 10:59\n\\- @Hixie replies.\n'), '10:27 - forwards the e-mail.<br> 10:59\n\\- @Hixie replies.\n');
    const text = ['**EDI status backlog – quick writeup**', '', 'Date: 2024-06-03 | Sev 3', '', '**Timeline**  ', '\\- 06:40 – CS starts getting tickets about stale tracking  ', '\\- 08:20 – found listener not bound, restarted it  ', '\\- 09:50 – backlog cleared, tracking current', '', '**Follow ups**  ', '\\- Alert when no status messages arrive for 30 min – Ben', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-06-10' });
    assert.deepEqual(model.timeline.map((e) => e.timeText), ['06:40', '08:20', '09:50']);
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text]), [['Alert when no status messages arrive for 30 min', 'Ben']]);
  });
});
