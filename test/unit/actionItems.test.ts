import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';

const items = (text: string) =>
  analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems.map((item) => ({
    action: item.action.text,
    owner: item.owner?.text ?? null,
    status: item.statusKind ?? null,
  }));

describe('action items', () => {
  it('reads the status a group heading gives, in its parenthesis or as its whole short name', () => {
    const text = ['# Outage', '', '## Remediation', '', '### Immediate actions (completed)', '', '- Raised the pool size', '', '### In progress', '', '- Alert on pool usage', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['done', 'in-progress']);
  });

  it('does not take a long heading for a status ("What we are doing about it")', () => {
    const text = ['# Outage', '', "## What we're doing about it", '', '- Alert on pool usage', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), [null]);
  });

  it('reads finished work reported in the past tense as done, and promised work as planned', () => {
    const text = [
      '# Outage',
      '',
      '## Follow-ups',
      '',
      '- **CPU alerting**: Added per-pod CPU alerts',
      '- We enabled branch protection on every repository',
      '- The vulnerable workflow has been disabled',
      '- We will audit the remaining workflows',
      '- **Attachments**: Work has begun to move the tarballs out of the database',
      '- Set up alerting for expiring certificates',
      '- Automate the failover drill',
      '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['done', 'done', 'done', 'planned', 'in-progress', null, null]);
  });

  it('takes the horizon a group heading sets as its items\' due date, and reads dropped work as cancelled', () => {
    const text = ['# Outage', '', '## Action items', '', '### Long-term improvements (Q4 2025 - Q1 2026)', '', '- Quarterly incident drills', '', '### Immediate actions (0-7 days)', '', '- [ ] Add alerts', '', '### Considered', '', '- GPG signing was suggested; the project decided not to adopt it', ''].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(read.map((i) => [i.due?.text ?? null, i.statusKind ?? null]), [['Q4 2025 - Q1 2026', null], ['0-7 days', 'planned'], [null, 'cancelled']]);
  });

  it('takes a bracketed name closing an item for its owner', () => {
    assert.deepEqual(items('# Outage\n\n## Corrective actions\n\n* Require three reviewers before release [Jerry]\n* Brief the family first\n').map((i) => i.owner), ['Jerry', null]);
  });

  it('skips a framing bullet ("In the future, when ...:") and reads the bullets under it', () => {
    const text = ['# Outage', '', '## Action items', '', '- In the future, when changing the API:', '  - Announce the change a week ahead', '  - Run the migration on staging first', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.action), ['Announce the change a week ahead', 'Run the migration on staging first']);
  });

  it('reads an item marked as one wherever it is, but not a heading-like line', () => {
    const text = '# Outage\n\n## What happened\n\n**Action item:** Rotate the leaked keys. Owner: @sam\n\n[Action Item] Register rejected launches as failures\n\n**Action Items**\n';
    assert.deepEqual(items(text).map((i) => [i.action, i.owner]), [['Rotate the leaked keys', '@sam'], ['Register rejected launches as failures', null]]);
  });

  it('warns on an open item without an owner, not on finished work', () => {
    const text = '# Outage\n\n## Action items\n\n- Added an alert on pool usage\n- Add a circuit breaker\n';
    const warned = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).findings.filter((f) => f.code === 'action-item-missing-owner');
    assert.deepEqual(warned.map((f) => text.slice(f.start, f.end)), ['Add a circuit breaker']);
  });
});
