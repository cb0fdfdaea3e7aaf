import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';

/**
 * Post-mortems written, by us, in the shapes of the templates teams copy (Atlassian's headings and field table,
 * PagerDuty's "What Happened" bullets and checklist, GitLab's nested day bullets and numbered corrective actions, a
 * Notion page's emoji headings, callout and Start/End fields, Azure's Post Incident Reviews, Google Cloud's incident
 * reports):
 * read as a careful reviewer would, with no warning that is not deserved.
 */
const ATLASSIAN_STYLE = [
  '# Incident postmortem: Payments API degraded',
  '',
  '| | |',
  '|---|---|',
  '| **Postmortem owner** | Priya Raman |',
  '| **Incident** | INC-2291 |',
  '| **Priority** | P1 |',
  '| **Affected services** | Payments API, Checkout |',
  '| **Date** | 2024-05-14 |',
  '',
  '## Summary',
  '',
  'Between 09:12 and 10:03 UTC on May 14, 2024, 38% of payment requests failed with HTTP 503.',
  '',
  '## Leadup',
  '',
  'At 08:55 UTC a config change lowered the connection pool size of the payments service from 200 to 20.',
  '',
  '## Fault',
  '',
  'The pool was exhausted under morning load and requests queued until they timed out.',
  '',
  '## Impact',
  '',
  'For 51 minutes, about 38% of payment attempts failed. 1,240 customers saw an error at checkout.',
  '',
  '## Detection',
  '',
  'The error-rate alert fired at 09:17 UTC, five minutes after the first errors.',
  '',
  '## Response',
  '',
  'The on-call engineer acknowledged the page at 09:20 UTC and opened an incident channel.',
  '',
  '## Recovery',
  '',
  'We reverted the config change at 09:58 UTC; error rates were back to normal by 10:03 UTC.',
  '',
  '## Timeline',
  '',
  'All times UTC.',
  '',
  '| Time | Event |',
  '|---|---|',
  '| 08:55 | Config change deployed lowering pool size to 20 |',
  '| 09:12 | Error rate begins to rise |',
  '| 09:17 | Error-rate alert fires, on-call paged |',
  '| 09:20 | On-call acknowledges the page |',
  '| 09:41 | Root cause identified: pool size change |',
  '| 09:58 | Config change reverted |',
  '| 10:03 | Error rates back to normal, incident resolved |',
  '',
  '## Five whys',
  '',
  '1. Why did payments fail? The connection pool was exhausted.',
  '2. Why was it exhausted? Its size was lowered to 20.',
  '3. Why was it lowered? A config template default changed.',
  '4. Why did the default change? A refactor merged two templates.',
  '5. Why was it not caught? Config changes are not load tested.',
  '',
  '## Root cause',
  '',
  'A template refactor changed the pool size default for every service that used it.',
  '',
  '## Follow-up actions',
  '',
  '| Action | Owner | Due date | Status |',
  '|---|---|---|---|',
  '| Load test config changes in staging | Sam | 2024-06-01 | In progress |',
  '| Alert on pool saturation | Priya | 2024-05-31 | Done |',
].join('\n');

const PAGERDUTY_STYLE = [
  '# Outage of the notifications service - 2024-02-02',
  '',
  '**Authors**: Jo, Lee',
  '**Status**: Complete',
  '**Severity**: SEV-2',
  '',
  '## Summary',
  '',
  'Push notifications were delayed for up to 2 hours for all customers.',
  '',
  '## What Happened',
  '',
  '* 13:05 - Deploy of notifications v4.2 begins.',
  '* 13:09 - Queue depth alert fires. @jo is paged.',
  '* 13:15 - @jo acknowledges and starts investigating.',
  '* 13:40 - Identified a serialization bug in v4.2.',
  '* 13:52 - Rolled back to v4.1.',
  '* 15:05 - Queue drained; notifications delivered on time again.',
  '',
  '## Impact',
  '',
  'Notifications were delayed by up to 2 hours between 13:05 and 15:05 UTC.',
  '',
  '## Root Cause(s)',
  '',
  'A serialization change in v4.2 made each message 10x slower to encode.',
  '',
  '## Resolution and Recovery',
  '',
  'We rolled back to v4.1 and added consumers to drain the queue.',
  '',
  '## Corrective and Preventative Measures',
  '',
  '- [ ] Add an encode benchmark to CI (@lee, due 2024-03-01)',
  '- [ ] Canary deploys for the notifications service — Owner: Jo — Due: 2024-03-15',
  '- [x] Alert on queue age, not only depth (@jo)',
].join('\n');

const GITLAB_STYLE = [
  '# 2024-07-09: Elevated error rates on GitLab.com',
  '',
  '## Summary',
  '',
  'From 2024-07-09 22:10 UTC to 2024-07-10 00:25 UTC, users saw elevated 500 errors on GitLab.com web and API.',
  '',
  '## Impact',
  '',
  '- Duration: 2 hours 15 minutes',
  '- About 4% of web requests returned 500.',
  '',
  '## Timeline',
  '',
  '- 2024-07-09',
  '  - 21:58 UTC - Database migration `AddIndexToEvents` starts on the primary.',
  '  - 22:10 UTC - Apdex drops and 500 errors rise.',
  '  - 22:14 UTC - SLO alert pages the EOC.',
  '  - 22:16 UTC - EOC acknowledges and declares an incident.',
  '  - 23:30 UTC - Identified that the migration is holding a lock on `events`.',
  '  - 23:41 UTC - Migration cancelled; lock released.',
  '- 2024-07-10',
  '  - 00:25 UTC - Error rates back to baseline. Incident mitigated.',
  '  - 02:00 UTC - Incident resolved after monitoring.',
  '',
  '## Root Cause',
  '',
  'The migration took an `ACCESS EXCLUSIVE` lock for longer than expected.',
  '',
  '## Corrective Actions',
  '',
  '1. Run large index migrations concurrently. https://gitlab.com/gitlab-org/gitlab/-/issues/123 — owner @dbre, due 2024-08-01',
  '2. Add a lock timeout to migrations. https://gitlab.com/gitlab-org/gitlab/-/issues/124',
].join('\n');

const NOTION_STYLE = [
  '# 🔥 Incident: Login failures for EU users',
  '',
  '> [!NOTE]',
  '> Status: Resolved · Severity: SEV2 · Incident commander: @maria',
  '',
  '**Start time:** 2024-09-02 07:40 CEST',
  '**End time:** 2024-09-02 08:25 CEST',
  '**Duration:** 45 minutes',
  '',
  '## 📝 Summary',
  '',
  'EU users could not log in for 45 minutes after an expired SAML certificate.',
  '',
  '## 💥 Impact',
  '',
  '~12,000 failed logins.',
  '',
  '## ⏱️ Timeline',
  '',
  '| Time (CEST) | Event |',
  '|---|---|',
  '| 07:40 | SAML certificate expires; logins start failing |',
  '| 07:46 | Support reports a spike in login tickets |',
  '| 07:52 | @maria declares an incident |',
  '| 08:05 | Expired certificate identified as the cause |',
  '| 08:20 | New certificate uploaded |',
  '| 08:25 | Logins succeed again; monitoring confirms recovery |',
  '',
  '## 🔍 Root cause',
  '',
  'The certificate\'s renewal reminder went to a former employee\'s mailbox.',
  '',
  '## 🛠️ Resolution',
  '',
  'Uploaded a renewed certificate.',
  '',
  '## ✅ Action items',
  '',
  '- [ ] @maria: Alert 30 days before any certificate expires — due 2024-10-01',
  '- [ ] Move renewal reminders to a team alias (owner: @it-ops, by 2024-09-15)',
].join('\n');

/** Azure's Post Incident Review: question headings in bold, a bullet timeline dated after each time, repair items. */
const AZURE_PIR_STYLE = [
  '# Post Incident Review (PIR) – Front Door – Connectivity issues',
  '',
  '**What happened?**',
  '',
  'Between 07:45 UTC and 16:00 UTC on 09 October 2025, a subset of customers experienced intermittent connectivity issues.',
  '',
  '**What went wrong and why?**',
  '',
  'A configuration change introduced an invalid route table on a subset of edge nodes.',
  '',
  '**How did we respond?**',
  '',
  '- 07:45 UTC on 09 October 2025 – Customer impact began.',
  '- 07:52 UTC on 09 October 2025 – Our monitoring detected elevated error rates.',
  '- 08:30 UTC on 09 October 2025 – We identified the configuration change as the cause.',
  '- 14:30 UTC on 09 October 2025 – Rollback completed across all regions.',
  '',
  '**How are we making incidents like this less likely or less impactful?**',
  '',
  '- We have added validation for route tables before they are deployed. (Completed)',
  '- We are improving safe deployment for the edge routing tier. Owner: Edge team. (Estimated completion: December 2025)',
  '',
  '**How can customers make incidents like this less impactful?**',
  '',
  '- Consider a multi-region architecture.',
].join('\n');

/** Google Cloud's incident report: headings in capitals, the figure stated as "for a duration of". */
const GOOGLE_CLOUD_STYLE = [
  '# Incident report: Cloud Storage elevated errors',
  '',
  '## ISSUE SUMMARY',
  '',
  'On Tuesday, 3 March 2024, Cloud Storage experienced elevated error rates in us-east1 for a duration of 2 hours, 15 minutes.',
  '',
  '## DETAILED DESCRIPTION OF IMPACT',
  '',
  'On Tuesday, 3 March 2024 from 09:45 to 12:00 US/Pacific, 12% of requests in us-east1 returned HTTP 503.',
  '',
  '## ROOT CAUSE',
  '',
  'A configuration change to the metadata service reduced its capacity.',
  '',
  '## REMEDIATION AND PREVENTION',
  '',
  'Engineers were alerted at 09:52 and rolled the change back; error rates returned to normal at 12:00.',
  '',
  '- Add a capacity check to the configuration pipeline. Owner: Storage SRE, due 2024-06-30.',
].join('\n');

function read(text: string) {
  const { model, findings, index } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-05-20' });
  return {
    findings: findings.map((f) => `${f.code}:${index.lines.positionAt(f.start).line + 1}`),
    milestones: model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join('+')),
    durations: model.durations,
    items: model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]),
  };
}

describe('post-mortems in the shapes of common templates', () => {
  it('Atlassian: field table, Leadup and Fault, a table timeline, Follow-up actions', () => {
    const { findings, milestones, durations, items } = read(ATLASSIAN_STYLE);
    assert.deepEqual(findings, []);
    // The config change at 08:55 is lead-up: impact starts when the error rate begins to rise.
    assert.deepEqual(milestones, ['', 'started', 'detected', 'acknowledged', 'identified', 'mitigated', 'resolved']);
    assert.deepEqual([durations.detectMinutes, durations.acknowledgeMinutes, durations.impactMinutes], [5, 3, 51]);
    assert.deepEqual(items, [
      ['Sam', '2024-06-01', 'in-progress'],
      ['Priya', '2024-05-31', 'done'],
    ]);
  });

  it('PagerDuty: "What Happened" bullets without a zone, a checklist of measures with owners in parentheses or fields', () => {
    const { findings, milestones, items } = read(PAGERDUTY_STYLE);
    // The times state no zone, but the impact paragraph gives the same times in UTC ("between 13:05 and 15:05 UTC"):
    // no hint. Two items are past due on 2024-05-20.
    assert.deepEqual(findings, ['action-item-overdue:34', 'action-item-overdue:35']);
    assert.deepEqual(milestones.slice(0, 5), ['started', 'detected', 'acknowledged', 'identified', 'mitigated']);
    assert.deepEqual(items, [
      ['@lee', '2024-03-01', 'planned'],
      ['Jo', '2024-03-15', 'planned'],
      ['@jo', null, 'done'],
    ]);
  });

  it('GitLab: nested day bullets across midnight, an incident mitigated at once and resolved after monitoring', () => {
    const { findings, milestones, durations } = read(GITLAB_STYLE);
    // No Resolution section, and the second corrective action has neither owner nor due date: deserved.
    assert.deepEqual(findings, ['missing-section:1', 'action-item-missing-owner:32', 'action-item-missing-due-date:32']);
    assert.deepEqual(milestones, ['', 'started', 'detected', 'acknowledged', 'identified', '', 'mitigated+resolved', '']);
    // "Duration: 2 hours 15 minutes" is the impact to the mitigation, where service came back.
    assert.deepEqual([durations.detectMinutes, durations.impactMinutes], [4, 135]);
  });

  it('Azure PIR: question headings, times dated after them ("07:45 UTC on 09 October 2025"), repair items with an estimated completion', () => {
    const { findings, milestones, durations, items } = read(AZURE_PIR_STYLE);
    // A PIR has no Impact or Resolution section of its own: deserved, and nothing else.
    assert.deepEqual(findings, ['missing-section:1', 'missing-section:1']);
    assert.deepEqual(milestones, ['started', 'detected', 'identified', 'mitigated']);
    assert.deepEqual([durations.detectMinutes, durations.mitigateMinutes], [7, 405]);
    assert.deepEqual(items, [
      [null, null, 'done'],
      ['Edge team', 'December 2025', 'in-progress'],
    ]);
  });

  it('Google Cloud: headings in capitals, "for a duration of" as the stated impact', () => {
    const { model, findings } = analyzeText(GOOGLE_CLOUD_STYLE, { settings: DEFAULT_SETTINGS, today: '2024-05-20' });
    // No timeline and no Resolution section of the template's: deserved.
    assert.deepEqual(findings.map((f) => `${f.code}:${f.message.match(/"([^"]+)"/)?.[1]}`), ['missing-section:Timeline', 'missing-section:Resolution']);
    assert.deepEqual(model.statedFigures.map((f) => [f.kind, f.statedMinutes]), [['impact', 135]]);
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text, i.due?.text]), [['Storage SRE', '2024-06-30']]);
  });

  it('Notion: emoji headings, a callout, Start and End time fields, a table timeline in CEST', () => {
    const { findings, milestones, durations, items } = read(NOTION_STYLE);
    assert.deepEqual(findings, []);
    assert.deepEqual(milestones, ['started', 'detected', 'acknowledged', 'identified', '', 'resolved']);
    assert.deepEqual([durations.detectMinutes, durations.impactMinutes], [6, 45]);
    assert.deepEqual(items, [
      ['@maria', '2024-10-01', 'planned'],
      ['@it-ops', '2024-09-15', 'planned'],
    ]);
  });
});
