import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { dueDateOf } from '../../server/src/engine/rules/actionItemPolicy';

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

  it('does not read a timeline table with a "Who" column, or earlier post-mortems\' actions, as this one\'s actions', () => {
    const timeline = ['## Timeline', '', '| Time | What happened | Who |', '| --- | --- | --- |', '| 9:51 AM | Error rate starts climbing | Jonas Berg |', '| 10:58 AM | Policy change reverted | Jonas Berg |', ''];
    const actions = ['## Follow-up', '', '| Action | Owner |', '| --- | --- |', '| Add a contract test | Kenji |', ''];
    assert.deepEqual(items(['# Outage', '', ...timeline, ...actions].join('\n')).map((i) => i.action), ['Add a contract test']);
    const earlier = ['## Status of previous action items', '', '| From | Action | Owner | Status |', '| --- | --- | --- | --- |', '| PM-2026-003 | Alert on queue latency | Femi | Done |', ''];
    assert.deepEqual(items(['# Outage', '', ...earlier, ...actions].join('\n')).map((i) => i.action), ['Add a contract test']);
  });

  it('reads "Person in charge:" sub-bullets as the owner, and "undecided" as none', () => {
    const text = ['# Login outage', '', '## 7. Recurrence prevention measures', '', '1. Client: backoff with jitter for login retry.', '   - Person in charge: Kobayashi (Client Group)', '   - Deadline: 2026/11/19', '2. Operation: add the rule to the runbook.', '   - Person in charge: undecided', '   - Deadline: 2026/11/20', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ['Kobayashi (Client Group)', null]);
  });

  it('reads an owner wrapped to the next line after its "&" or an initial ("Property &\\n  Facilities", "Dr S.\\n  Nguyen")', () => {
    const text = ['# Outage', '', '## Next steps', '', '- Hold a spare fan motor on site. Owner: Property &', '  Facilities (J. Okafor). By 30 April 2026.', '- Business case for a third chiller. Owner: Dr S.', '  Nguyen. By 29 January 2027.', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ['Property & Facilities (J. Okafor)', 'Dr S. Nguyen']);
  });

  it('reads the author of a post written by one person as the owner of "I will ...", and who did it after "(Done, ...)" or a dash', () => {
    const text = ['# Outage', '', '## What I\'m changing', '', '- I will add a hot standby replica in a second zone.', '- I\'m putting "check the database graphs" at the top of my runbook.', '- Snapshots go from every three hours to hourly. (Done, Tomás.)', '- It refuses to run on more than 20,000 rows. (Done, me.)', '- The state directory has its own volume now (done — Marcus).', '- No deploys to the billing worker on renewal days. — Marco, starting this month', '- We should add more tests.', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ['I', 'I', 'Tomás', 'me', 'Marcus', 'Marco', null]);
  });

  it('reads no action items from an impact table ("| What broke | Who got hurt |"), and a list under "What I want done"', () => {
    const text = ['# Harvest 2024', '', '## The list', '', '| # | Date | What broke | Who got hurt |', '|---|---|---|---|', '| 1 | Sat Sep 7 | Pivot commands not delivered | 29 pivots |', '| 2 | Mon Oct 14 | Ingest backlog | ~4,100 farms |', '', '## What I want done', '', '1. **Fail-safe defaults.** Fans off when inputs are stale. Owner:', '   Marcus. Due: Dec 15.', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ['Marcus']);
  });

  it('reads a "Person in Charge" column as the owner', () => {
    const text = ['# Outage', '', '## Corrective and Preventive Actions', '', '| No. | Action | Person in Charge | Target Completion Date |', '|---|---|---|---|', '| 1 | Add a settlement lag alert | K. Tanaka | 2026-12-20 |', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ['K. Tanaka']);
  });

  it('reads a team in sentence case with its person in brackets after a dash ("– Waste services (Kieran Walsh) – 29 January 2027")', () => {
    const text = ['# Outage', '', '## Actions', '', '- [ ] Daily check that reports reach Greenline – Waste services (Kieran Walsh) – 29 January 2027', ''].join('\n');
    assert.deepEqual(items(text).map((i) => [i.action, i.owner]), [['Daily check that reports reach Greenline', 'Waste services (Kieran Walsh)']]);
  });

  it('reads no priority from the level of an incident the action names ("... raises a P2", "route P1/P2 alerts", "partitions p1–p6")', () => {
    const text = ['# Outage', '', '## Actions', '', '1. Staleness alert in CrewLink: no message for 10 minutes raises a P2.', '   Owner: CrewLink team (A. Mensah). Due: 2027-01-22. Status: Open.', '2. Alert on lag, P1. Owner: Ana. Due: 2027-01-22.', '3. Route P1/P2 alerts to PagerDuty — Kerry-Anne Doyle — 30/09/2026', '4. Test attach per partition (p1–p6 test SIMs) after each node — @sam — due 07/11', ''].join('\n');
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems.map((i) => i.priority?.text ?? null), [null, 'P1', null, null]);
  });

  it('reads a measures table\'s "Until" column as the due date and "in work" as in progress', () => {
    const text = ['# Outage', '', '## Measures', '', '| Measure | Responsible | Until | Status |', '|---|---|---|---|', '| Validate the CDN hostname before the DNS change | R. Imhof | 15.07.2026 | in work |', ''].join('\n');
    const [item] = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual([item.due?.text, item.statusKind], ['15.07.2026', 'in-progress']);
  });

  it('reads a due date written as an ISO week (due by its Sunday) or "EOD <date>"', () => {
    const text = ['# Outage', '', '## Action Items', '', '| Action | Owner | Due | Status |', '|---|---|---|---|', '| Replay the outbox | @core | 2026-W14 | open |', '| Alert on 403s | Priya | EOD 20-02-2026 | open |', '', '- Add a dashboard, owner: Ana, due 2026-W15', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(found.map((i) => i.dueDate && [i.dueDate.year, i.dueDate.month, i.dueDate.day]), [
      [2026, 4, 5],
      [2026, 2, 20],
      [2026, 4, 12],
    ]);
  });

  it('reads who does the work in the prose under an item\'s own title ("**Lag alert.** Marcus is adding ...", a later "Marcus will ...")', () => {
    const text = ['# Scratch outage', '', '## What we\'re changing', '', '1. **Changelog lag alert.** Marcus is adding a check that pages if a reader', '   is behind. Target: Dec 11.', '2. **Changelog GC.** Lustre can deregister a stalled reader on its own. Marcus will turn', '   this on in the January window.', '3. **Scratch docs.** Dana will update the user docs. By the end of the month.', '4. **Failover drills.** The failover had not been exercised since 2023. Lustre will need a test window.', '5. Jordan is setting up a search check that pages on-call.', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => i.owner?.text ?? null), ['Marcus', 'Marcus', 'Dana', null, 'Jordan']);
  });

  it('reads a name at work in any verb\'s progressive, with a role or team beside it, and a two-word name\'s later promise', () => {
    const text = ['# Payments outage', '', '## What we\'re doing about it', '', '- Dev is extending the synthetic monitor so it does a real login.', '- Monitoring is missing the login path entirely.', '- Traffic is returning to the old pool slowly.', '', '## Follow-ups', '', '1. **Log rotation.** Jessica Nguyen on our systems team is correcting the retention settings.', '2. **Storage.** The server is on a small disk. Tom Kowalski will move it to the new array in April.', '3. **After hours.** Our manager, Dana Whitfield, is reviewing how on-call is staffed.', '4. **Drills.** Failover was last tested in 2023. Grafana Agent will scrape it.', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => i.owner?.text ?? null), ['Dev', null, null, 'Jessica Nguyen', 'Tom Kowalski', 'Dana Whitfield', null]);
  });

  it('reads a team or two names at work, a later sentence\'s writer, the author taking it on, and a name with a ticket in a bracket the line wraps', () => {
    const text = [
      '# Runner outage',
      '',
      '## What we\'re changing',
      '',
      '- Our infrastructure team is moving the Mac host certificate into our secrets store. Target: end of June.',
      '- Tomás and QA are putting iOS 16 devices back into the release test pass.',
      '- New features will ship with their flags off. Jason is',
      '  writing that policy for the next sprint.',
      '- **Freshness check.** A job compares index files against upstream. I\'m doing this one, by the end of June.',
      '- We are reviewing every cron job that was touched in the upgrade (PLAT-1234, Tomás,',
      '  12/1).',
      '- Aisha is replacing the synthetic check with a fresh login',
      '  every 5 minutes (PLAT-1232, by 11/26).',
      '- Jonas (@jschulz) will write a runbook for replacing certificates, by 2024-06-21.',
      '- Our monitoring team is seeing the same errors again.',
      '- Dashboards and Alerts are missing the login path.',
      '',
    ].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(
      found.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]),
      [['infrastructure team', 'end of June'], ['Tomás', null], ['Jason', null], ['I', 'the end of June'], ['Tomás', '12/1'], ['Aisha', '11/26'], ['@jschulz', '2024-06-21'], [null, null], [null, null]],
    );
    // The subject's handle glosses the subject: the action is the whole sentence, not "Jonas".
    assert.match(found[6].action.text, /^Jonas \(@jschulz\) will write a runbook/);
  });

  it('reads a first name opening an item before the work and when, a bold name at work, names in brackets, and "owner" wrapped before its name', () => {
    const text = [
      '# DNS outage',
      '',
      '## Follow-ups',
      '',
      '- [ ] Maya — DNS change runbook/checklist (count diff, TTLs) — next Friday',
      '- [x] Luis — Better Stack: 30s interval, alert after 2 fails — done',
      '- [ ] Postgres — bump max_connections',
      '- [ ] Monitoring — add alerts — next sprint',
      '- **Kenji Watanabe** is making the auth pool scale with the shard count. Due Friday 6/27',
      '- Recable the JBOD (needs downtime) [Tobias + Julia] – next maintenance window – open',
      '- Ask the group to test checkpoints [Stefan Richter] – end of October – open',
      '- Write a short checklist [Piotr Nowak] - July',
      '- **Vault clean-up checklist**: check for live certificates first. P2, owner',
      '  Kasia Wójcik, due 31 May.',
      '',
    ].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(
      found.map((i) => i.owner?.text ?? null),
      ['Maya', 'Luis', null, null, 'Kenji Watanabe', 'Tobias + Julia', 'Stefan Richter', 'Piotr Nowak', 'Kasia Wójcik'],
    );
    assert.match(found[0].action.text, /^DNS change runbook\/checklist/);
    assert.equal(found[0].due?.text, 'next Friday');
  });

  it('reads a release as a due with no date to check ("@hsato, 2.17", "before 2.15"), not a number in the work, and a day and month after the owner between dashes', () => {
    const text = '# Outage\n\n## Follow-ups\n\n- [ ] Add fuzzer cases – #4830, @oyelaran, before 2.15\n- [ ] Run the index check after upgrades – @hsato, aiming for 2.15.0\n- [ ] Check collations – @hsato, 2.17\n- [ ] Reduce retries by 1.5 – @hsato\n- [ ] Upgrade Redis to 7.2 – @hsato\n- [ ] Upgrade the client (v2.3.1) – @hsato\n- [ ] Move the token to ExternalSecret — @jdewit — 14.02.\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.due?.text ?? null, i.dueDate === undefined ? null : `${i.dueDate.month}/${i.dueDate.day}`]), [['2.15', null], ['aiming for 2.15.0', null], ['2.17', null], [null, null], [null, null], [null, null], ['14.02.', '2/14']]);
  });

  it('reads a unit with its person in brackets at work ("Vendor Management (Karen Whitfield) to get ..."), a name after a title that says when, and a team\'s short name between dashes', () => {
    const text = [
      '# Outage',
      '',
      '## Actions',
      '',
      '1. Identity & Access Engineering (Marc-André Gagnon) will add a circuit breaker – target end of March.',
      '2. Vendor Management (Karen Whitfield) to get a written RCA from the vendor by Feb. 28.',
      '3. Payments (Stripe) to retry the failed captures.',
      '',
      '## Follow-ups',
      '',
      '- **By February 20:** Marcus Bell will move the archive job to a managed service account.',
      '- **Kafka upgrade.** Kafka will be upgraded next month.',
      '- [ ] TAC case for stale flowspec entries – NetOps – Q2',
      '- [ ] Raise the limit – SRE – 2025-04-14',
      '',
    ].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => i.owner?.text ?? null), ['Identity & Access Engineering', 'Karen Whitfield', null, 'Marcus Bell', null, 'NetOps', 'SRE']);
  });

  it('reads the owner before a calendar week between dashes ("– Ana – wk 16", "– NetOps – W16"), and no week as an owner', () => {
    const text = '# Outage\n\n## Follow-ups\n\n- [ ] TAC case for stale routes – Ana – wk 16\n- [ ] TAC case for stale routes – NetOps – wk 16\n- [ ] TAC case for stale routes – NetOps – W16\n- [ ] TAC case for stale routes – W16\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => i.owner?.text ?? null), ['Ana', 'NetOps', 'NetOps', null]);
  });

  it('reads a month and year among an item\'s fields as its due ("- @panel-team (Rosa) - Jan 2026"), not one in its work', () => {
    const text = '# Outage\n\n## Follow-ups\n\n- [ ] report missed tasks in the panel - @panel-team (Rosa) - Jan 2026\n- [ ] audit other certs issued in the Dec 2024 LB migration - @tyler\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]), [['@panel-team', 'Jan 2026'], ['@tyler', null]]);
  });

  it('reads a status in brackets with a word after it ("(In progress, expected by mid-December.)", "(Under evaluation.)") and a mid-month due date', () => {
    const text = ['# CI outage', '', '## What we\'re changing', '', '- Image boot tests will run a real job instead of checking SSH. (In progress,', '  expected by mid-December.)', '- The autoscaler will back off when new VMs fail health checks. (In progress.)', '- Jobs cancelled during an incident will be re-queued. (Under evaluation.)', '- Raise instance limits, owner: Ana, due early January 2027', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.statusKind, i.due?.text ?? null]), [['in-progress', 'mid-December'], ['in-progress', null], ['planned', null], [undefined, 'early January 2027']]);
    // A mid-month due is past only once its month is: mid-November, on 6 December, is overdue; mid-December is not.
    const overdue = (due: string) => analyzeText(`# Outage on 2026-11-02\n\n## Action Items\n\n- Add an alert, owner: Ana, due ${due}\n`, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).findings.filter((f) => f.code === 'action-item-overdue').length;
    assert.deepEqual([overdue('mid-November'), overdue('mid-December')], [1, 0]);
  });

  it('reads work struck out and "dropped", a list under "Completed:", and the author\'s own work under an item\'s title ("**Linter.** I\'m adding ...")', () => {
    const text = ['# DNS outage', '', '## Remediation', '', 'Completed:', '', '- 19 Nov: snapshot depth reverted to 10 levels', '', 'Planned:', '', '- Separate snapshot generation onto dedicated hosts. Target: Q1 2027.', '- [ ] ~~Move the mirror to an apex ALIAS record~~ dropped, no benefit', ''].join('\n');
    const byAuthor = ['# Migration lock', '', '## What I\'m changing', '', '- **Turn on a migration linter.** I\'m adding `strong_migrations` to the app.', '- **Split the release phase.** Right now migrations run in every deploy. I\'m going to separate them.', '- **A status page.** We did not have one. Marco is setting one up when he is back.', ''].join('\n');
    const found = [text, byAuthor].flatMap((t) => analyzeText(t, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems);
    assert.deepEqual(found.map((i) => [i.statusKind ?? null, i.owner?.text ?? null]), [['done', null], [null, null], ['cancelled', null], [null, 'I'], [null, 'I'], [null, 'Marco']]);
  });

  it('reads work reported done at the start of an "Update" cell ("Done – live since 12th") as done, so it is not overdue', () => {
    const text = ['# Mail migration on 2026-11-07', '', '## Action log', '', '| Ref | Action | Owner | Due | RAG | Update (20th Nov) |', '|---|---|---|---|---|---|', '| A3 | NDR volume alert | Dev Patel | Fri 13th Nov | G | Done – live since 12th |', '| A5 | Contact top senders | Ruth Okafor | Fri 13th Nov | R | 14 of 20 contacted; done by Friday |', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.deepEqual(model.actionItems.map((i) => i.statusKind ?? null), ['done', null]);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-overdue').map((f) => text.slice(0, f.start).split('\n').length), [8]);
  });

  it('reads no owner from a tool or a metric as a sentence\'s subject, nor from the author\'s musings under a title; nor a due year from a wrapped number', () => {
    const text = ['# Kafka outage', '', '## Action Items', '', '- Grafana is showing stale data for the lag panels; add a freshness indicator.', '- Latency is creeping up during deploys; add a canary.', '- **Broker upgrade.** Kafka will be upgraded to 3.7 before the holidays.', '- **KRaft migration.** ZooKeeper is a single point of failure. Kafka will move to KRaft in Q1.', '- **Second paging route.** I\'m not sure this is worth it; needs discussion.', '- **Disk alerts.** I\'ve seen this fail before; someone should add an alert.', '- Raise the file handle limit, owner: Kim, due March 3,', '  10000 handles per process.', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => i.owner?.text ?? null), [null, null, null, null, null, null, 'Kim']);
    assert.equal(found[6].due?.text, 'March 3');
  });

  it('reads no status from a note that takes it back, a word that only starts like one, or a correction struck through', () => {
    const table = ['# Outage on 2026-11-20', '', '## Action log', '', '| Action | Owner | Due | Why | Update |', '|---|---|---|---|---|', '| Automate the DNS failover | Lee | 2026-11-30 | Done – by hand during the incident | |', '| Rotate keys | Ana | 2026-11-30 | | Done – rolled back on 29 Nov, reopened |', '| Pin the agent | Kim | 2026-11-30 | | Completed (partially), EU pending |', '| Add DLQ replay | Sam | 2026-11-30 | | Delivered – live since 28 Nov |', ''].join('\n');
    assert.deepEqual(analyzeText(table, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems.map((i) => i.statusKind ?? null), [null, null, null, null]);
    const list = ['# Outage on 2026-11-20', '', '## Action Items', '', '- Evaluate a sidecar, owner: Ana, due 2026-11-30 (open-source, e.g. Vector)', '- Add retries, owner: Bo, due 2026-11-30 (Under review)', '- ~~Retry~~ Dropped webhooks must be replayed, owner: Kim, due 2026-11-30', '- Make sure events delivered by late may be reprocessed, owner: Ana', ''].join('\n');
    const found = analyzeText(list, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.statusKind ?? null, i.due?.text ?? null]), [[null, '2026-11-30'], ['in-progress', '2026-11-30'], [null, '2026-11-30'], [null, null]]);
  });

  it('reads a role joined by an ampersand ("I&C Supervisor") as the owner, and a due date wrapped after its comma with its year', () => {
    const text = ['# Telemetry loss', '', '## Corrective Actions', '', '1. **Audit of setpoints.** Audit the cutouts at all sites. *Responsible:* I&C Supervisor. *Target:* December 18,', '   2026.', '2. **Radio paths.** Add a second path. *Responsible:* AT&T Account Manager. *Target:* January 15, 2027.', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.owner?.text, i.due?.text, i.dueDate && [i.dueDate.year, i.dueDate.month, i.dueDate.day]]), [
      ['I&C Supervisor', 'December 18, 2026', [2026, 12, 18]],
      ['AT&T Account Manager', 'January 15, 2027', [2027, 1, 15]],
    ]);
  });

  it('reads a week commencing ("w/c 23/11", "week of Nov 30") as due by that week\'s last day', () => {
    const text = ['# Outage on 2026-11-02', '', '## Action Items', '', '- Add alert on checkout errors — Sam O. — w/c 23/11/2026', '- Review the runbook — Priya — week commencing 30 November', '- Fix the pool — Jon — week of Dec 28, 2026', '', '| Action | Owner | Due |', '|---|---|---|', '| Raise limits | Ana | w/c 23/11 |', '| Page on 5xx | Ana | 23/11 |', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    const due = (i: (typeof model.actionItems)[number]) => dueDateOf(i, model.incidentDate);
    assert.deepEqual(model.actionItems.map((i) => [i.due?.text, [due(i)?.year, due(i)?.month, due(i)?.day]]), [
      ['w/c 23/11/2026', [2026, 11, 29]],
      ['week commencing 30 November', [2026, 12, 6]],
      ['week of Dec 28, 2026', [2027, 1, 3]],
      ['w/c 23/11', [2026, 11, 29]],
      ['23/11', [2026, 11, 23]],
    ]);
    // On the 28th only the item due on the 23rd itself is overdue.
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-overdue').map((f) => text.slice(0, f.start).split('\n').length), [12]);
    // A day and month either way round ("w/c 09/11/2026") is the week's first day too, once its order is settled; a
    // week running into January after its year is known.
    const settled = (row: string, today: string) => analyzeText(`# Outage on 2026-11-02\n\n## Action Items\n\n| Action | Owner | Due |\n|---|---|---|\n${row}\n`, { settings: DEFAULT_SETTINGS, today }).findings.filter((f) => f.code === 'action-item-overdue').length;
    assert.deepEqual([settled('| Add a canary | Ana | w/c 09/11/2026 |', '2026-11-15'), settled('| Add a canary | Ana | w/c 09/11/2026 |', '2026-11-16')], [0, 1]);
    assert.deepEqual([settled('| Add a canary | Ana | w/c 28/12 |', '2027-01-03'), settled('| Add a canary | Ana | w/c 28/12 |', '2027-01-04')], [0, 1]);
  });

  it('reads an owner joined to the due date by "by" alone ("– Dan by Fri 11/12", "– Sam by Friday"), and "by Fri 11/12" as its due date', () => {
    const text = '# Double debits on 3/12/2026\n\n## Follow-ups\n\n- [ ] PIR in Confluence – Dan by Fri 11/12\n- [ ] Add a canary – Sam by Friday\n- [ ] Cut retries by 3/4\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-07' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text, i.due?.text]), [
      ['PIR in Confluence', 'Dan', 'Fri 11/12'],
      ['Add a canary', 'Sam', 'Friday'],
      ['Cut retries by 3/4', undefined, undefined],
    ]);
    assert.deepEqual(findings.filter((f) => /missing-(?:owner|due-date)/.test(f.code)).map((f) => f.code), ['action-item-missing-owner', 'action-item-missing-due-date']);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner').map((f) => text.slice(f.start, f.end)), ['Cut retries by 3/4']);
  });

  it('reads an owner who takes the work on in a sentence of its own ("Priya will own this"), on the wrapped line ("Marcus, by 3/21."), or in brackets with when ("(Dave, starting April)")', () => {
    const text = '# Scratch outage\n\n## Action items\n\n- Failover test added to the checklist for the storage servers. Priya will own this, by end of March.\n- Controller battery warnings will go to Nagios instead of a log file.\n  Marcus, by 3/21.\n- [ ] Monthly pager test: send a test page to on-call on the 1st of each month\n  (Dave, starting April)\n- [ ] Add a pager drill (Dave, ongoing)\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text, i.owner && text.slice(i.owner.start, i.owner.end)]), [
      ['Priya', 'Priya'],
      ['Marcus', 'Marcus'],
      ['Dave', 'Dave'],
      ['Dave', 'Dave'],
    ]);
    // A thing before "by" and a period is what is due, not who ("– Postgres by Q3"); a version is no weekday ("before MongoDB 4.4").
    const things = analyzeText('# x\n\n## Action items\n\n- Tighten eviction – Postgres by Q3\n- Upgrade the cluster before MongoDB 4.4 reaches end of life\n- Remove the hotfix pushed by Mon 2/3\'s on-call shift\n', { settings: DEFAULT_SETTINGS }).model.actionItems;
    assert.deepEqual(things.map((i) => [i.owner?.text, i.due?.text]), [[undefined, 'Q3'], [undefined, undefined], [undefined, undefined]]);
    // A sentence of its own only: "the tool will own it" names no one.
    assert.equal(analyzeText('# x\n\n## Action items\n\n- Move alerts to Nagios; the new tool will own it.\n', { settings: DEFAULT_SETTINGS }).model.actionItems[0].owner, undefined);
  });

  it('says nothing of an item past its date whose status is in words it does not know, and reads Dutch statuses ("Gereed", "In behandeling")', () => {
    const table = (status: string) => `# Outage on 2025-01-21\n\n## Actiepunten\n\n| Actie | Eigenaar | Deadline | Status |\n|---|---|---|---|\n| Pin the plugin version | Jan de Vries | 22-01-2025 | ${status} |\n`;
    const read = (status: string) => {
      const { model, findings } = analyzeText(table(status), { settings: DEFAULT_SETTINGS, today: '2026-12-07' });
      return [model.actionItems[0]?.statusKind, findings.filter((f) => f.code === 'action-item-overdue').length];
    };
    assert.deepEqual(read('Gereed'), ['done', 0]);
    assert.deepEqual(read('In behandeling'), ['in-progress', 1]);
    assert.deepEqual(read('Open'), ['planned', 1]);
    assert.deepEqual(read('Parked by CAB'), [undefined, 0]);
    // Words that say it is not done are open, in English and Dutch.
    assert.deepEqual(read('Overdue'), ['in-progress', 1]);
    assert.deepEqual(read('Nog niet gereed'), ['planned', 1]);
    // "n.t.b." (nader te bepalen) and "k.A." are no date yet.
    const unset = analyzeText('# Outage\n\n## Actiepunten\n\n| Actie | Eigenaar | Deadline |\n|---|---|---|\n| Change freeze | S. Jansen | n.t.b. |\n| Lasttest | R. Visser | k.A. |\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(unset.model.actionItems.map((i) => i.due), [undefined, undefined]);
    assert.equal(unset.findings.filter((f) => f.code === 'action-item-missing-due-date').length, 2);
  });

  it('reads a due date without a year, where the document names none, as past only within two months ("by 04-Dec" on the 5th; not "Jan. 15" in December)', () => {
    const table = '## Action items\n\n| Action | Owner | Target |\n|---|---|---|\n| Load test the map | Marcus Bell | Jan. 15 |\n| Add a cache | Kayla | 2026-01-15 |\n';
    const overdue = (head: string) => analyzeText(`# Map outage\n\n${head}${table}`, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).findings.filter((f) => f.code === 'action-item-overdue').map((f) => f.message.split(' was ')[0]);
    assert.deepEqual(overdue(''), ['Action item "Add a cache"']);
    // With the incident's year, "Jan. 15" after a March incident is the next January: overdue by December.
    assert.deepEqual(overdue('**Date:** 2025-03-02\n\n'), ['Action item "Load test the map"', 'Action item "Add a cache"']);
    // With the timeline's days only ("### Tuesday 3/10"), the last March 10th: "3/27" was due this March.
    const march = 'All times Pacific.\n\n## Timeline\n\n### Tuesday 3/10\n\n- **9:40 AM** — the nightly is stuck.\n\n## Follow-ups\n\n- [ ] Fail the build on a pak write error — Marcus, by 3/27\n\n';
    assert.deepEqual(overdue(march), ['Action item "Fail the build on a pak write error"', 'Action item "Add a cache"']);
    // The incident's day without its year ("**Date:** 8 January") anchors them alike: "30 September" is the coming one.
    const january = (today: string) => analyzeText('# Outage\n\n**Date:** 8 January\n\n## Action items\n\n- Add a canary — Priya — by 30 September\n- Page on 5xx — Ana — by 20 December\n', { settings: DEFAULT_SETTINGS, today }).findings.filter((f) => f.code === 'action-item-overdue').length;
    assert.deepEqual([january('2027-01-10'), january('2027-10-05'), january('2027-12-21')], [0, 1, 2]);
    // No day at all: "31 December" read in June is not known to be past; "by 04-Dec" read on the 5th is.
    const undated = (due: string, today: string) => analyzeText(`# Outage\n\n## Action items\n\n- Add a canary — Priya — by ${due}\n`, { settings: DEFAULT_SETTINGS, today }).findings.filter((f) => f.code === 'action-item-overdue').length;
    assert.deepEqual([undated('31 December', '2026-06-10'), undated('04-Dec', '2026-12-05')], [0, 1]);
  });

  it('reads a ticket\'s state in brackets as the status when the table has none (the SRE book\'s Bug column)', () => {
    const text = ['# Outage', '', '## Action Items', '', '| Action Item | Type | Priority | Owner | Due | Bug |', '|---|---|---|---|---|---|', '| Pin the CA profile | mitigate | P0 | mquintero | 2026-08-15 | VID-9921 (done) |', '| Roll back the resolver config | mitigate | P0 | dferreira | | b/771401 (Fixed) |', '| Add staging tests | detect | P1 | abankole | 2026-09-30 | VID-9930 |', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['done', 'done', null]);
    const findings = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).findings.map((f) => `${f.code} ${text.slice(0, f.start).split('\n').length}`);
    assert.deepEqual(findings.filter((f) => /overdue|due-date/.test(f)), ['action-item-overdue 9']);
    // "Done (2025-10-07)" where the target date goes: done, that day.
    const target = ['# Outage', '', '## Commitments', '', '| Commitment | Owner | Target |', '|---|---|---|', '| Add a canary wave | | Done (2025-10-07) |', '| Extend bake time | | Q1 2026 |', ''].join('\n');
    assert.deepEqual(items(target).map((i) => i.status), ['done', null]);
    // Declined in the Bug cell, in capitals: no due date asked of it.
    const declined = ['# Outage', '', '## Action Items', '', '| Action Item | Type | Owner | Bug |', '|---|---|---|---|', "| Disable auto-sync during the peak | mitigate | sgupta | PLAT-2300 **WON'T DO** (see notes) |", '| Alert on pool wait | detect | jli | PAY-1181 **TODO** |', ''].join('\n');
    const declinedFindings = analyzeText(declined, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).findings.filter((f) => f.code === 'action-item-missing-due-date');
    assert.deepEqual(declinedFindings.map((f) => declined.slice(0, f.start).split('\n').length), [8]);
  });

  it('reads the day an owner aims the work at in a paragraph ("He\'s aiming for the week of 4 November")', () => {
    const text = '# Outage\n\n## What we are changing\n\nFelix will add a check that alerts if any table has stale statistics (PLAT-1613). He\'s aiming for the week of 4 November.\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.owner?.text, i.due?.text]), [['Felix', 'week of 4 November']]);
  });

  it('reads "Needs discussion" as a status of open work', () => {
    const text = ['# Outage', '', '## Action items', '', '| Action | Owner | Status |', '|---|---|---|', '| Decide whether the lag alert pages | dcausse | Needs discussion |', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.equal(model.actionItems[0].statusKind, 'planned');
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-unknown-status'), []);
  });

  it('reads a mention with the full name after the "@" as Notion exports it, not a sentence after a handle', () => {
    const text = ['# Outage', '', '## Action items', '', '- [ ] Guard the reindex job @Ravi Menon Due: March 20, 2026', '- [ ] Match staging to prod @Jordan Pike', '- [ ] Review the alerts @dana Please check the thresholds', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ['@Ravi Menon', '@Jordan Pike', '@dana']);
  });

  it('reads no action items from notes folded under a summary that is not work to do (a Notion toggle)', () => {
    const text = ['# Outage', '', '## Action items', '', '- [ ] Add a guard. Owner: Ravi, due 2026-03-20', '', '<details>', '<summary>Notes from the review meeting (Mar 4)</summary>', '', '- Jordan: staging alias change is bigger than it looks', '- Nobody objected to a hard failure', '', '</details>', '', '<details>', '<summary>Follow-ups for the platform team</summary>', '', '- [ ] Scope the alias change', '', '</details>', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.action), ['Add a guard', 'Scope the alias change']);
  });

  it('reads a due month and day only by a month\'s name, and a release as a target ("target: before 0.14")', () => {
    const text = ['# Outage', '', '## Action Items', '', '- Alert when the purge completion exceeds 5 min. Owner: @tomasz, due 2026-04-15', '- Move the CDN config to Terraform — @jonas, target: before 0.14', '- Add a canary, due Sept 3, 2026. Owner: Ana', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(found.map((i) => i.due?.text), ['2026-04-15', 'before 0.14', 'Sept 3, 2026']);
  });

  it('reads an owner on its own line: a name, its team in brackets or after it ("Edge team"), and "TBD" as nobody yet', () => {
    const text = ['# Outage', '', '## Action Items', '', '- Page more people — Owner: TBD', '  directly from the monitor', '- Add a limit — Owner: Jane Smith (SRE)', '- Add a check — Owner: kim', '  (see the notes)', '- Add a canary — Owner: Edge team.', '- Add a dashboard — Owner: Ana since May', '- Review the backlog. Owner: Engineering managers (Sam Ortiz), due 2026-03-31', ''].join('\n');
    assert.deepEqual(
      items(text).map((i) => i.owner),
      [null, 'Jane Smith (SRE)', 'kim', 'Edge team', 'Ana', 'Engineering managers (Sam Ortiz)'],
    );
    // A name wrapped onto the item's next line is whole; a field or a sentence on that line is not its second word.
    const wrapped = ['# Outage', '', '## Action Items', '', '- [ ] Check the sequence number before uploading. Owner: Camille', '  Rousseau, due 2026-06-30', '- [ ] Add a runbook. Owner: Tamsin', '  Reyes', '- [ ] Add a canary. Owner: Ana', '  Status: done', '- [ ] Alert on lag. Owner: Ben', '  See the notes for the thresholds.', ''].join('\n');
    assert.deepEqual(items(wrapped).map((i) => i.owner), ['Camille Rousseau', 'Tamsin Reyes', 'Ana', 'Ben']);
  });

  it('reads a name closing a terse item as its owner: after its full stop and before its due date, or in brackets; a note of figures is no item', () => {
    const text = ['# Outage', '', '## Follow-ups', '', '- [ ] Page on archive failures lasting more than 30 min. Sofia, due 2026-07-10', '- [x] Make the disk alert urgent. Sofia Brandt, done Jun 30', '- add node-local-dns to the upgrade playbook (Ola)', '- Price from the pricing service, not the index (Mehmet) — by end of Feb', '- Retry the upload (API)', '- Add a canary (optional)', '- Review the runbook. Then, due to the freeze, wait', '- TTD was 3 min, fine. TTA 2 min.', ''].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.action, i.owner]),
      [
        ['Page on archive failures lasting more than 30 min', 'Sofia'],
        ['Make the disk alert urgent', 'Sofia Brandt'],
        ['add node-local-dns to the upgrade playbook', 'Ola'],
        ['Price from the pricing service, not the index', 'Mehmet'],
        ['Retry the upload (API)', null],
        ['Add a canary (optional)', null],
        ['Review the runbook. Then, due to the freeze, wait', null],
      ],
    );
    // A note of how the response measured up is no work to do.
  });

  it('leaves a link to the item\'s ticket closing its line out of the action\'s text', () => {
    const text = ['# Outage', '', '## Corrective actions', '', '- Add a canary for runner managers: https://gitlab.com/gitlab-com/gl-infra/production/-/issues/1234', '- https://github.com/org/repo/issues/7', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.action), ['Add a canary for runner managers', 'https://github.com/org/repo/issues/7']);
  });

  it('reads a name opening the parenthesis of an item\'s fields as its owner ("(Priya, due 2024-06-30)")', () => {
    const text = ['# Outage', '', '## Action Items', '', '- [ ] Guard alias deletion in the rebuild job (Priya, due 2024-06-30)', '- [ ] Alert on empty results (Tom Lee; Due 2024-06-20)', '- [ ] Add a runbook (see the wiki, due 2024-07-01)', ''].join('\n');
    const [priya, tom, none] = items(text);
    assert.deepEqual(priya, { action: 'Guard alias deletion in the rebuild job', owner: 'Priya', status: 'planned' });
    assert.deepEqual(tom, { action: 'Alert on empty results', owner: 'Tom Lee', status: 'planned' });
    // Words that are no name are not an owner.
    assert.equal(none.owner, null);
  });

  it('reads a priority level and "due" as fields, not a level named as a kind of work ("why PM-3\'s P0 item slipped") nor "due to"', () => {
    const text = ['# Outage', '', '## Action Items', '', "- Review why PM-2026-003's P0 item was deprioritised. Owner: Sam Ortiz", '- Move jobs to their own queue. Owner: Femi (P0; carried over)', '- Alert on latency P1 Owner: Ida', '- Alert on failures due to expired certs (due 2026-01-10)', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.action.text, i.priority?.text ?? null]), [
      ["Review why PM-2026-003's P0 item was deprioritised", null],
      ['Move jobs to their own queue', 'P0'],
      ['Alert on latency', 'P1'],
      // "due to" is part of the work; "due 2026-01-10" is its field.
      ['Alert on failures due to expired certs', null],
    ]);
  });

  it('reads a level the work moves something to as part of the work ("raise the disk alert to P1 paging")', () => {
    const text = '# Outage\n\n## Action Items\n\n- Raise the disk alert to P1 paging — Owner: @ann — due 2026-12-20\n- Treat as P0 any replica lag page — Owner: @bo\n- Add a disk alert — P2 — Owner: @cy\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.action.text, i.priority?.text ?? null, i.owner?.text ?? null]), [
      ['Raise the disk alert to P1 paging', null, '@ann'],
      ['Treat as P0 any replica lag page', null, '@bo'],
      ['Add a disk alert', 'P2', '@cy'],
    ]);
  });

  it('reads "(Name, when)" after an action as its owner and due date, the due date written without a label', () => {
    const lines = ['(Alice, 2024-06-01)', '(Alice, June 1)', '(Alice Smith, end of Q2)', '(Alice, Q2)', '(Storage team, next sprint)', '(Phase 2, Q3)', '(see RFC 12, section 3)'];
    const text = ['# Outage', '', '## Action Items', '', ...lines.map((fields) => `- [ ] Review the limits ${fields}`), ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    // Each field's range holds its text: diagnostics and fixes point there.
    for (const field of found.flatMap((i) => [i.owner, i.due])) if (field) assert.equal(text.slice(field.start, field.end), field.text);
    const read = found.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]);
    assert.deepEqual(read, [
      ['Review the limits', 'Alice', '2024-06-01'],
      ['Review the limits', 'Alice', 'June 1'],
      ['Review the limits', 'Alice Smith', 'end of Q2'],
      ['Review the limits', 'Alice', 'Q2'],
      ['Review the limits', 'Storage team', 'next sprint'],
      // A phase or a reference is no name: no owner, and the parenthesis stays the action's.
      ['Review the limits (Phase 2, Q3)', null, null],
      ['Review the limits (see RFC 12, section 3)', null, null],
    ]);
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
      "- We've asked our CA to keep issuing through the old intermediate",
      '- Certificate renewals now run a check against every pin',
      '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['done', 'done', 'done', 'planned', 'in-progress', null, null, 'done', 'done']);
  });

  it('reads work a sentence of the item dates as shipped ("This shipped on February 19.") as done, not work shipped without care', () => {
    const status = (item: string) => items(`# Outage\n\n## What we're changing\n\n- ${item}\n`)[0]?.status ?? null;
    assert.equal(status('The rotation job verifies every edge location before signing. This shipped on February 19.'), 'done');
    assert.equal(status('Probe logins from six regions; it went live on 3 March'), 'done');
    assert.equal(status('This was deployed without review; require two approvals for edge changes'), null);
    assert.equal(status('The edge rotation was deployed without review; require two approvals'), null);
    assert.equal(status('Add a login probe. This will be live by the end of February.'), null);
  });

  it('takes the horizon a group heading sets as its items\' due date, and reads dropped work as cancelled', () => {
    const text = ['# Outage', '', '## Action items', '', '### Long-term improvements (Q4 2025 - Q1 2026)', '', '- Quarterly incident drills', '', '### Immediate actions (0-7 days)', '', '- [ ] Add alerts', '', '### Considered', '', '- GPG signing was suggested; the project decided not to adopt it', ''].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(read.map((i) => [i.due?.text ?? null, i.statusKind ?? null]), [['Q4 2025 - Q1 2026', null], ['0-7 days', 'planned'], [null, 'cancelled']]);
  });

  it('takes the priority a group heading gives its items, an item\'s own first', () => {
    const text = ['# Outage', '', '## Action items', '', '### P0', '', '- Add alerts (@ann)', '- Fix retries, P2 (@bob)', '', '### High priority', '', '- Rotate keys (@cy)', '', '### Later', '', '- Rewrite the proxy (@dee)', ''].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(read.map((i) => i.priority?.text ?? null), ['P0', 'P2', 'High', null]);
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

  it('reads marked paragraphs under an action-items heading too, the marker left out of the action', () => {
    const text = [
      '# Outage', '', '## Follow-up', '',
      '**Action item:** Add a canary stage to the pipeline so that', 'a bad build is caught early. Owner: @sam, due 2026-01-10.', '',
      'Action point: review the alert thresholds for the payment', 'provider webhook (Priya, by end of January)', '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => [i.action.split(' ').slice(0, 4).join(' '), i.owner]), [['Add a canary stage', '@sam'], ['review the alert thresholds', 'Priya']]);
  });

  it('reads paragraphs opening with a bold title under Action Items as items: the title, and the owner and date the prose gives', () => {
    const text = [
      '# Outage', '', '## Action items', '', 'The following were agreed in the review on 18 February.', '',
      '**Independent watchdog.** The watchdog will move out of the scheduler and page directly. Katrin owns this; target is 14 March.', '',
      '**Skip vs. delay semantics.** Next-due times will be computed from the last evaluation. Amara owns this, target end of', 'February (ALRT-3102).', '',
      '**Lease timeout.** Keep the 8s client timeout as the permanent setting (ALRT-3103, Amara, done 12 Feb).', '',
      '**Incremental rebuild.** Investigate rebuilding only the changed shards. Owner: Felipe.', '',
      '**Staging parity.** Run three replicas in staging. Owner is the Alerting team.', '',
      '**Change process.** Runbooks must list consuming services. Felipe to', 'propose the template change by 28 February.', '',
      '**Recommendation 1.** Nothing here names the work.', '',
    ].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(read.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]), [
      ['Independent watchdog', 'Katrin', '14 March'],
      ['Skip vs. delay semantics', 'Amara', 'end of February'],
      ['Lease timeout', 'Amara', null],
      ['Incremental rebuild', 'Felipe', null],
      ['Staging parity', 'Alerting team', null],
      ['Change process', 'Felipe', '28 February'],
    ]);
  });

  it('reads a French plan\'s bold-titled paragraphs, their title wrapped, with "Porteur :" and "Statut :"', () => {
    const text = [
      '# Incident', '', "## Plan d'action", '',
      "**PAY-2291 — Reclasser `CODAGEN` en traitement critique avec appel d'astreinte.**", 'Porteur : Luc Janssens (Batch). Échéance : 22/03/2024. Statut : Fait.', '',
      '**PAY-2292 — Corriger `CodaRecordWriter` pour tronquer en octets après conversion dans le jeu de', 'caractères CODA.** Porteur : Aurélie Wouters. Échéance : 12/04/2024. Statut : En cours.', '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => [i.action.slice(0, 30), i.owner, i.status]), [
      ['PAY-2291 — Reclasser `CODAGEN`', 'Luc Janssens (Batch)', 'done'],
      ['PAY-2292 — Corriger `CodaRecor', 'Aurélie Wouters', 'in-progress'],
    ]);
  });

  it('reads a team taking the work up in a bullet\'s later sentence as its owner, not a team merely mentioned', () => {
    const lines = [
      '- We are adding per-partition lag to our alerting. The ingest team', '  expects this to be live by the end of June.',
      '- The autoscaler will hold off while a rebalance is in progress. This is being worked on by the platform team.',
      '- Canary writer changes in US1 first. The SRE team is already stretched.',
    ];
    assert.deepEqual(items(`# Outage\n\n## Action items\n\n${lines.join('\n')}\n`).map((i) => i.owner), ['ingest team', 'platform team', null]);
  });

  it('reads an action-items section written as prose: paragraphs that commit to work, not introductions or musings', () => {
    const text = [
      '# Outage',
      '',
      '## Follow-up',
      '',
      'Here are some of the lessons we have taken.',
      '',
      'Improve our monitoring, especially around the database. This pings @oncall.',
      '',
      'The pager should reach more people.',
      '',
      'The status check points at the old host. (fixed by adding a check for the new one)',
      '',
      'We could stop deploying on Fridays, though it may not matter.',
      '',
      'No fixes were necessary.',
      '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.action, i.owner, i.status]),
      [
        ['Improve our monitoring, especially around the database', null, null],
        ['The pager should reach more people', null, null],
        ['The status check points at the old host', null, 'done'],
      ],
    );
  });

  it('leaves prose alone in an action-items section that has a list', () => {
    const text = '# Outage\n\n## Action items\n\nImprove the alerts as listed:\n\n- Add a disk alert\n';
    assert.deepEqual(items(text).map((i) => i.action), ['Add a disk alert']);
  });

  it('reads a list introduced as the work the team commits to, outside an action-items section', () => {
    const text = [
      '# Outage',
      '',
      'To prevent similar issues in the future, we have made a few changes:',
      '',
      '1. A daily certificate check has been added.',
      '2. The reliance on the API will be removed.',
      '',
      'The platform team will address the following items before the next upgrade:',
      '',
      '1. Announce the upgrade to every user',
      '',
      'Some things you can do to prevent this in the future:',
      '',
      '- Turn on two-factor authentication',
      '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => [i.action, i.status]), [['A daily certificate check has been added', 'done'], ['The reliance on the API will be removed', 'planned'], ['Announce the upgrade to every user', 'planned']]);
  });

  it('reads a prevention list as action items only when every bullet reads as work promised or done', () => {
    const work = '# Outage\n\n## Prevention\n\n- Already added the missing test.\n- We will audit the other routes.\n- We should alert on route changes.\n';
    assert.deepEqual(items(work).map((i) => i.status), ['done', 'planned', null]);
    const advice = '# Outage\n\n## Prevention\n\n- Test webhooks in staging first.\n- We will audit the other routes.\n';
    assert.deepEqual(items(advice), []);
  });

  it('takes a bold line just above a list as its group: status and horizon', () => {
    const text = ['# Outage', '', '## Remediation', '', '**In progress (next 2 weeks):**', '', '- **Redis isolation**: decoupling the two instances', '', '**To complete before re-enabling sync:**', '', '- Define the Redis strategy', ''].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(read.map((i) => [i.statusKind ?? null, i.due?.text ?? null]), [['in-progress', 'next 2 weeks'], [null, null]]);
  });

  it('gives no status from a group offering alternatives, and reads the wording on the line under a bold title', () => {
    const text = [
      '# Outage',
      '',
      '## Remediation',
      '',
      '### Planned actions (planned or in-progress)',
      '',
      '1. **Engine monitoring**',
      '   We plan to add alerts on read amplification.',
      '2. **Customer comms runbooks**',
      '   We have begun writing them.',
      '3. **Other data stores**',
      "   We've been exploring other stores.",
      '4. **Chaos drills**',
      '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['planned', 'in-progress', 'in-progress', null]);
  });

  it('reads rejected work as cancelled and ongoing work as in progress, and not "had to do with" as a status', () => {
    const text = [
      '# Outage',
      '',
      "## What we're doing about it",
      '',
      '- GPG signing was suggested. The committee took a vote and it was rejected.',
      '- We are improving the onboarding documentation',
      '- Document ways to spot unhealthy nodes; some issues had to do with them',
      '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['cancelled', 'in-progress', null]);
  });

  it('reads a status word standing alone in a Notes cell when the table has no status column', () => {
    const text = ['# Outage', '', '## Action items', '', '| Action | Owner | Notes |', '|---|---|---|', '| Pin the dependency | dan | Done |', '| Add a canary bot | ian | done once the bot exists |', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['done', null]);
  });

  it('reads the owner and due date written in bullets nested under the item, "Assigned to:", "TODO(name):" and a quarter', () => {
    const text = [
      '# Outage',
      '',
      '## Action items',
      '',
      '- Add alerting on the error rate',
      '  - Owner: Alice',
      '  - Due: 2024-04-01',
      '- Fix the retry storm. Assigned to: Bob. Due: Q2 2024.',
      '- TODO(carol): rotate the keys by 2024-05-01',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-10' });
    assert.deepEqual(
      model.actionItems.map((i) => [i.owner?.text, i.due?.text]),
      [
        ['Alice', '2024-04-01'],
        ['Bob', 'Q2 2024'],
        ['carol', '2024-05-01'],
      ],
    );
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')), []);
  });

  it('reads a due date written relative to the work ("by EOW", "next sprint", "within 2 weeks", "by end of Q3", "by Fri"), never as overdue', () => {
    const dues = ['by EOW', 'due next sprint', 'by the end of the month', 'within 2 weeks', 'by end of Q3', 'by Fri'];
    const text = `# Outage\n\n## Action items\n\n${dues.map((due) => `- Add an alert (@ana) ${due}`).join('\n')}\n`;
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(
      model.actionItems.map((i) => i.due?.text),
      ['EOW', 'next sprint', 'the end of the month', 'within 2 weeks', 'end of Q3', 'Fri'],
    );
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')), []);
    // The end of a named month is a due date too (no missing-due-date).
    const named = analyzeText('# Outage\n\n## Action items\n\n- Separate the pool — owner: Payments, due by end of November.\n', { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(named.model.actionItems.map((i) => i.due?.text), ['end of November']);
    assert.deepEqual(named.findings.filter((f) => f.code === 'action-item-missing-due-date'), []);
  });

  it('reads a date standing among the fields after the action as its due date, not one in the action or one that says when work was done', () => {
    const lines = [
      '- fsync before rename — owner @kim — 2024-05-20',
      '- Add alert on lag (@ana, 2024-06-10)',
      '- Rotate keys | @bo | 2024-06-12',
      '- Add dashboards — @gus — 06/20/2024',
      '- Add load tests — @hal — Jun 20, 2024',
      '- Fix flaky deploys — @ivy — 2024-Q3',
      '- Tune the autoscaler (@jo) [2024-07-01]',
      '- Investigate the outage of 2024-05-02 further — @fay',
      '- Patch the proxy — @max — closed 2024-05-10',
    ];
    const { model, findings } = analyzeText(`# Outage\n\n## Action items\n\n${lines.join('\n')}\n`, { settings: DEFAULT_SETTINGS, today: '2024-05-15' });
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text, i.due?.text ?? null]),
      [
        ['fsync before rename', '@kim', '2024-05-20'],
        ['Add alert on lag', '@ana', '2024-06-10'],
        ['Rotate keys', '@bo', '2024-06-12'],
        ['Add dashboards', '@gus', '06/20/2024'],
        ['Add load tests', '@hal', 'Jun 20, 2024'],
        ['Fix flaky deploys', '@ivy', '2024-Q3'],
        ['Tune the autoscaler', '@jo', '2024-07-01'],
        ['Investigate the outage of 2024-05-02 further', '@fay', null],
        ['Patch the proxy', '@max', null],
      ],
    );
    const warned = findings.filter((f) => f.code === 'action-item-missing-due-date').map((f) => f.message.split('"')[1]);
    // "closed 2024-05-10" says the work is done: no due date is asked of it.
    assert.deepEqual(warned, ['Investigate the outage of 2024-05-02 further']);
  });

  it('reads a bold handle as the owner, a due date written day first ("13 Nov", "31 May"), "closed" as a field and "Unassigned" as no owner', () => {
    const lines = [
      '- [ ] Refetch keys on an unknown kid — **@dmitri** · due 13 Nov',
      '- Document the rollout plan — @jdoe — **closed**',
      '- Ensure closed tickets are archived — @amy',
      '- [ ] Add a dry run in staging — **Unassigned**',
      '- Archive (closed) incidents older than 90 days — @bo',
      '- Triage unassigned alerts — @cy',
      '- Reduce pages by 3 may be enough — @di',
      '- [ ] Alert on `evicted_keys` > 0 — @nina — TRD-4412 — due 31 May',
    ];
    const { model, findings } = analyzeText(`# Outage on 2026-10-22\n\n## Action items\n\n${lines.join('\n')}\n`, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]),
      [
        ['Refetch keys on an unknown kid', '@dmitri', '13 Nov', 'planned'],
        ['Document the rollout plan', '@jdoe', null, 'done'],
        ['Ensure closed tickets are archived', '@amy', null, null],
        ['Add a dry run in staging', null, null, 'planned'],
        ['Archive (closed) incidents older than 90 days', '@bo', null, null],
        ['Triage unassigned alerts', '@cy', null, null],
        ['Reduce pages by 3 may be enough', '@di', null, null],
        ['Alert on `evicted_keys` > 0', '@nina', '31 May', 'planned'],
      ],
    );
    assert.deepEqual(
      findings.filter((f) => f.code.startsWith('action-item')).map((f) => `${f.code} ${f.message.split('"')[1]}`),
      [
        'action-item-overdue Refetch keys on an unknown kid',
        'action-item-missing-due-date Ensure closed tickets are archived',
        'action-item-missing-owner Add a dry run in staging',
        'action-item-missing-due-date Add a dry run in staging',
        'action-item-missing-due-date Archive (closed) incidents older than 90 days',
        'action-item-missing-due-date Triage unassigned alerts',
        'action-item-missing-due-date Reduce pages by 3 may be enough',
      ],
    );
  });

  it('reads a bold name opening an item, before a dash and the work, as its owner; not a bold title', () => {
    const text = [
      '# Outage',
      '',
      '## Action items',
      '',
      '1. **Owen** — change the dedup key on CDC models. Due 2025-03-21.',
      '2. **Kenji / Payments** — add the data on-call to the review checklist.',
      '3. **Monitoring** — add alerts on the row count.',
      '4. **Rate-limit reassignments.** If more than 5% of workers move, pause.',
      '5. **P1** — add a canary.',
      '6. **JIRA-1234** — fix the parser.',
      '7. **Ana** — ask @sre-team for a review.',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.action, i.owner]),
      [
        ['change the dedup key on CDC models', 'Owen'],
        ['add the data on-call to the review checklist', 'Kenji / Payments'],
        ['**Monitoring** — add alerts on the row count', null],
        ['**Rate-limit reassignments.** If more than 5% of workers move, pause', null],
        ['**P1** — add a canary', null],
        ['fix the parser', null],
        ['ask @sre-team for a review', 'Ana'],
      ],
    );
  });

  it('reads owners named in any Latin script, and a status nested under the item', () => {
    const text = '# Outage\n\n## Action items\n\n- Fix ranking (owner: Léa Dubois, due 2026-05-01)\n- **Owner:** Zoë Müller — add alerts\n- Retry sends\n  - Owner: Ömer Çelik\n  - Status: done (2.31.1)\n';
    assert.deepEqual(
      items(text).map((i) => [i.owner, i.status]),
      [
        ['Léa Dubois', null],
        ['Zoë Müller', null],
        ['Ömer Çelik', 'done'],
      ],
    );
  });

  it('reads a name closing an item after a dash as its owner (before a dash and its due date too; over a handle in the work), and a due date written month/day without its year', () => {
    const text = '# Outage\n\n## Action items\n\n- Add a disk alert on more than one index — Reza (payments-infra)\n- Renew the certificate by automation — Payments Infra, due by end of November.\n- Fix it — unassigned\n- Rotate the keys @dana, due 3/14\n- Reduce pages by 3/4 — @eli\n- [ ] Alert on a customer charged twice in an hour — Priscilla, by June 27\n- [x] Revert the retry wrapper — Marco, done June 9\n- [ ] Move the intermediate to 90 days — Raj Patel — due 2027-01-31\n- Reimburse @gbauer for the CI minutes — @ana-r\n- [ ] Attribute egress traffic — Infra (Petra Lind) — due 2027-01-15\n- [ ] Enable parallel replication — Amara — 2026-12-11\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]),
      [
        ['Add a disk alert on more than one index', 'Reza', null],
        ['Renew the certificate by automation', 'Payments Infra', 'end of November'],
        ['Fix it', null, null],
        ['Rotate the keys', '@dana', '3/14'],
        ['Reduce pages by 3/4', '@eli', null],
        ['Alert on a customer charged twice in an hour', 'Priscilla', 'June 27'],
        ['Revert the retry wrapper', 'Marco', null],
        ['Move the intermediate to 90 days', 'Raj Patel', '2027-01-31'],
        ['Reimburse @gbauer for the CI minutes', '@ana-r', null],
        // A topic before the name is no owner: the name in brackets after it is.
        ['Attribute egress traffic — Infra', 'Petra Lind', '2027-01-15'],
        ['Enable parallel replication', 'Amara', '2026-12-11'],
      ],
    );
  });

  it('reads a due date either way round ("11/06/2026") the way the other items\' dates can only be read ("10/22/2026")', () => {
    const table = (rows: string[]) => `# Outage\n\n**Date:** 2026-10-08\n\n## Action items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n${rows.join('\n')}\n`;
    const monthFirst = table(['| Enable TLS 1.2 | Ana | 10/22/2026 | Done |', '| Add a check to change plans | Tom | 11/06/2026 | Open |', '| Migrate the STAs | Ana | 03/31/2027 | Open |']);
    const { model, findings } = analyzeText(monthFirst, { settings: DEFAULT_SETTINGS, today: '2026-11-02' });
    assert.deepEqual(model.actionItems[1].dueDate, { year: 2026, month: 11, day: 6, dayMonthAmbiguous: false, monthFirst: true });
    assert.deepEqual(findings.filter((f) => f.code === 'date-order' || f.code === 'action-item-overdue'), []);
    // Day first when that is how the others read.
    const dayFirst = analyzeText(table(['| Enable TLS 1.2 | Ana | 22/10/2026 | Done |', '| Add a check | Tom | 11/06/2027 | Open |']), { settings: DEFAULT_SETTINGS });
    assert.deepEqual([dayFirst.model.actionItems[1].dueDate?.month, dayFirst.model.actionItems[1].dueDate?.day], [6, 11]);
  });

  it('reads a one-word owner in lower case after a dash, as solo maintainers write it ("— me —", "- me - by ...", "— sam"), not a status', () => {
    const text = '# Outage\n\n## Follow-ups\n\n- [ ] deploy script: abort on missing secrets - me - by 2026-12-05\n- [ ] disk alert at 80% on every box — me — by 2026-12-06\n- ⬜ alert on any cert expiring in < 14d — sam\n- ⬜ WAF rule changes go through a PR — jo — 2026-12-10\n- [ ] retry the export — done\n- [ ] add a canary — tbd\n- Page on-call when 5xx > 10% — [TBD] — 2026-12-11\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(
      model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]),
      [
        ['me', '2026-12-05'],
        ['me', '2026-12-06'],
        ['sam', null],
        ['jo', '2026-12-10'],
        [null, null],
        [null, null],
        // An owner yet to be found, between dashes: no owner, and the date after it is still the due date.
        [null, '2026-12-11'],
      ],
    );
  });

  it('reads a handle in lower case in brackets after the item\'s ticket ("— T333990 (cdanis)"), not a word in brackets elsewhere', () => {
    const text = '# Outage\n\n## Actionables\n\n* Alert on NEL error rate per site — T333990 (cdanis)\n* Add a lag check — OPS-1234 (done)\n* Retry uploads (optional)\n* Add a size check — #812 (marostegui)\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(
      model.actionItems.map((i) => i.owner?.text ?? null),
      ['cdanis', null, null, 'marostegui'],
    );
  });

  it('reads the owner before a status or a month-and-day after a dash ("— Mei Tanaka — in progress", "— Jess, Nov 18 (done)"), and beside a due date to be decided ("(Hannah Cole, TBD)")', () => {
    const text = '# Outage\n\n## Action items\n\n- Delete the orphaned queue key on upgrade — Mei Tanaka — in progress\n- Expiry check for every listener cert — Jess, Nov 18 (done)\n- Stage rollouts by plan, free first (Hannah Cole, TBD)\n- Add alerting (Dev Patel, 2026-12-09)\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]),
      [
        ['Delete the orphaned queue key on upgrade', 'Mei Tanaka', null, 'in-progress'],
        ['Expiry check for every listener cert', 'Jess', 'Nov 18', 'done'],
        ['Stage rollouts by plan, free first', 'Hannah Cole', 'TBD', null],
        ['Add alerting', 'Dev Patel', '2026-12-09', null],
      ],
    );
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner'), []);
  });

  it('reads no action items from a timeline table with a team column outside the action items ("| Time | Team | Person | What happened |")', () => {
    const text = '# Outage\n\n## Action items\n\n- Add a disk alert (Owner: Kofi, due 2026-12-01)\n\n## Notes\n\n| Time | Team | Person | What happened |\n|---|---|---|---|\n| 10:47 | Orders | — | Writes stop completing |\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.actionItems.map((i) => i.action.text), ['Add a disk alert']);
  });

  it('reads a table headed What / Who / When / State, or Who / By: "When" and "By" are when each item is due', () => {
    const text = '# Outage\n\n## Follow-ups\n\n| What | Who | When | State |\n|---|---|---|---|\n| Page on consumer lag | Aoife Byrne | 2026-12-18 | Planned |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text, i.due?.text, i.status?.text]), [['Page on consumer lag', 'Aoife Byrne', '2026-12-18', 'Planned']]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')), []);
    // "| Who | By |": by when.
    const by = '# Outage\n\n## Follow-ups\n\n| # | Action | Who | By | Status |\n|---|---|---|---|---|\n| 5 | Move WAF rules to RE2 | Sun-hee Cho | 2027-03-31 | In progress |\n';
    assert.deepEqual(analyzeText(by, { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.actionItems.map((i) => [i.owner?.text, i.due?.text]), [['Sun-hee Cho', '2027-03-31']]);
  });

  it('reads who and until when in brackets ("(Marek K., till 11.12)"), a weekday before a date, a team by its last word, a role in brackets, a "Resp." column and "before <date>" closing the item', () => {
    const text = [
      '# Outage',
      '',
      '## Actions',
      '',
      '- [ ] Same check for BR-02 (Agnieszka N. with local IT, till 15.01.2027)',
      '- [ ] Add the firewall check to the checklist (Marek K., till 11.12)',
      '- Site survey in receiving area after new racks - Alejandro - Thu 19/02',
      '- Fix WR-0193 so it preserves SameSite – Security Engineering, target Jan',
      '- Shift handover to include the list of HELD jobs (Batch Ops shift lead)',
      '- [ ] Resume dbt once lag < 1 min (data-eng)',
      '- [ ] Review all jobs scheduled 01.00–01.59 for the same issue before 2027.03.28 (P2)',
      '- [ ] Errors seen before 2024-05-01 were fine, add alerts',
      '',
      '| No. | Action | Resp. | Due |',
      '|---|---|---|---|',
      '| 1 | Renew the OPC UA certificate | KL | 30.06.2026 |',
      '',
    ].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(
      read.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]),
      [
        ['Same check for BR-02', 'Agnieszka N.', '15.01.2027'],
        ['Add the firewall check to the checklist', 'Marek K.', 'till 11.12'],
        ['Site survey in receiving area after new racks', 'Alejandro', '19/02'],
        ['Fix WR-0193 so it preserves SameSite', 'Security Engineering', 'Jan'],
        ['Shift handover to include the list of HELD jobs', 'Batch Ops shift lead', null],
        ['Resume dbt once lag < 1 min', 'data-eng', null],
        ['Review all jobs scheduled 01.00–01.59 for the same issue before 2027.03.28', null, '2027.03.28'],
        ['Errors seen before 2024-05-01 were fine, add alerts', null, null],
        ['Renew the OPC UA certificate', 'KL', '30.06.2026'],
      ],
    );
    assert.deepEqual(read[1].dueDate, { year: undefined, month: 12, day: 11 });
  });

  it('reads "blocked" as a status on its own or blocked on something, not as a word of the work ("an OU with blocked GPO inheritance")', () => {
    const text = ['# Outage', '', '## Actions', '', '- [ ] Create an OU with blocked GPO inheritance (Agnieszka N., till 18.12.2026)', '- [ ] Upgrade the agents — blocked on vendor', '- [ ] Rotate the keys (blocked)', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['planned', 'blocked', 'blocked']);
  });

  it('reads due dates maintainers write: "(@ffaber, this week)", "should land this week", "before v2.9.0"', () => {
    const text = ['# Outage', '', '## What we are changing', '', '- CODEOWNERS entry added for build.mjs (@ffaber, this week).', '- @tcho is adding a smoke test job; it should land this week.', '- P1: @rkaminski to stop moving the major tag automatically before v2.9.0.', ''].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(read.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]), [['@ffaber', 'this week'], ['@tcho', 'this week'], ['@rkaminski', 'v2.9.0']]);
  });

  it('reads "I\'ll give @tcho publish rights" as the author\'s item, the handle part of the work', () => {
    assert.deepEqual(items("# Outage\n\n## Follow-ups\n\n- I'll give @tcho publish rights so releases don't depend on me.\n- Add alerts @ana\n").map((i) => [i.action, i.owner]), [
      ["I'll give @tcho publish rights so releases don't depend on me", 'I'],
      ['Add alerts', '@ana'],
    ]);
  });

  it('reads a handle the work asks ("Ask @dmitri whether ...", "Check with @bo if ...") as part of the work, not its owner', () => {
    assert.deepEqual(items('# Outage\n\n## Follow-ups\n\n- [ ] Ask @dmitri whether the spare drive can go into stor1\n- [ ] Check with @bo if the backups ran @kit\n- [ ] Move the cron to stor2 @kit\n- [ ] Automate the weekly reminder email @jo, due 2026-12-20\n').map((i) => [i.action, i.owner]), [
      ['Ask @dmitri whether the spare drive can go into stor1', null],
      ['Check with @bo if the backups ran', '@kit'],
      ['Move the cron to stor2', '@kit'],
      // Asked only where the item opens so: a handle after "email" later in the work is its owner.
      ['Automate the weekly reminder email', '@jo'],
    ]);
  });

  it('reads a template\'s comment in a cell ("| <!-- owner --> |") as no owner', () => {
    assert.deepEqual(items('# Outage\n\n## Actions\n\n| Action | Owner | Due |\n|---|---|---|\n| Add a canary | <!-- owner --> | <!-- due --> |\n').map((i) => i.owner), [null]);
  });

  it('reads a "Pri" column as the priority', () => {
    const read = analyzeText('# Outage\n\n## Actions\n\n| Pri | Item | Owner | Due |\n|---|---|---|---|\n| P0 | Rotate certs | Ana | 2026-12-20 |\n', { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(read.map((i) => [i.action.text, i.priority?.text]), [['Rotate certs', 'P0']]);
  });

  it("reads a Done? column's Y and N, and Jira's priorities and statuses", () => {
    const text = '# Outage\n\n## Actions\n\n| # | Action | Owner | Priority | Target date | Done? |\n|---|---|---|---|---|---|\n| 1 | Expiry monitoring | Ravi | Highest | 16/05/2026 | Y |\n| 2 | Audit reminders | Sandra | Lowest | 29/05/2026 | N |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(model.actionItems.map((i) => i.statusKind), ['done', 'planned']);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')).map((f) => f.code), ['action-item-overdue']);
    const jira = '# Outage\n\n## Action items\n\n| Key | Summary | Assignee | Priority | ETA | State |\n|---|---|---|---|---|---|\n| VC-1 | Evaluate the assignor | Bogdan | Medium | 2027-09-30 | Selected for Development |\n';
    assert.deepEqual(analyzeText(jira, { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.actionItems.map((i) => i.statusKind), ['planned']);
    // incident.io's and Linear's "Urgent"; a "Done?" column of boxes, empty or ticked.
    const boxes = '# Outage\n\n## Actions\n\n| Done? | Action | Owner | Priority | Due |\n|---|---|---|---|---|\n| ☐ | Add a lag alert | Hana | Urgent | 2027-01-10 |\n| ☑ | Rotate the key | Ravi | High | 2026-11-10 |\n';
    const boxed = analyzeText(boxes, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(boxed.model.actionItems.map((i) => i.statusKind), ['planned', 'done']);
    assert.deepEqual(boxed.findings.filter((f) => f.code.startsWith('action-item')).map((f) => f.code), []);
  });

  it('takes a priority past its decoration, gloss or GitLab label ("🔴 High", "P1 (high)", ~"priority::1") as its level, and still reports one off the scale', () => {
    const rows = ['🔴 High', 'P1 (high)', 'P2 - Medium', '~"priority::1"', '1', 'Someday', 'Sev 2', 'Medium-High'].map((priority, i) => `| Fix ${i} | | ${priority} | 2027-01-10 |`);
    const text = `# Outage\n\n## Action items\n\n| Action | Owner | Priority | Due |\n|---|---|---|---|\n${rows.join('\n')}\n`;
    const settings = { ...DEFAULT_SETTINGS, ownerRequiredFor: ['P1'] };
    const findings = analyzeText(text, { settings, today: '2026-12-01' }).findings.filter((f) => f.code.startsWith('action-item')).map((f) => `${text.slice(0, f.start).split('\n').length} ${f.code}`);
    assert.deepEqual(findings, ['8 action-item-missing-owner', '10 action-item-missing-owner', '11 action-item-missing-owner', '12 action-item-unknown-priority', '13 action-item-unknown-priority', '14 action-item-unknown-priority']);
  });

  it('reads an owner before a status in capitals ("— Camila Rocha — DONE"), a role in lower-case words ("- Consortium service desk manager - by ..."), and "to be defined" as no owner', () => {
    const text = [
      '# Outage',
      '',
      '## Action Items',
      '',
      '- **[P2]** Runbook step as step 1 — Camila Rocha — DONE',
      '- Update the script - Consortium service desk manager - by 7 November 2025',
      '- Rewrite reconciliation - Libris integration team, via Gareth Lowe - by 28 November 2025',
      '- **[P2]** Automatic refund instead of batch — owner:',
      '  to be defined with Backoffice — due Q1 2027',
      '- Check the service desk — by 7 November 2025',
      '- Add alert on checkout errors - Notify customer support team - by 20 November 2025',
      '- Rotate certs — Security desk — BLOCKED',
      '- Restart the pool — Verified — DONE',
      '- Fix the DNS failover - Network operations team',
      '- Fix retries - Platform engineering team - due 2025-12-20',
      '- Route alerts - Contact centre manager - by 20 November 2025',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-11-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text ?? null, i.statusKind ?? null]), [
      ['Camila Rocha', 'done'],
      ['Consortium service desk manager', null],
      ['Libris integration team, via Gareth Lowe', null],
      [null, null],
      [null, null],
      [null, null],
      ['Security desk', 'blocked'],
      [null, 'done'],
      ['Network operations team', null],
      ['Platform engineering team', null],
      ['Contact centre manager', null],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner').map((f) => text.slice(0, f.start).split('\n').length), [8, 10, 11]);
  });

  it('reads a level in the team\'s language ("hoch", "moyenne", "baja") as the scale\'s English level', () => {
    const rows = ['hoch', 'Mittel', 'niedrig', 'moyenne', 'Baja', 'ziemlich'].map((priority, i) => `| Fix ${i} | Ana | ${priority} | 2027-01-10 |`);
    const text = `# Störung\n\n## Maßnahmen\n\n| Maßnahme | Verantwortlich | Priorität | Bis |\n|---|---|---|---|\n${rows.join('\n')}\n`;
    const findings = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).findings.filter((f) => f.code === 'action-item-unknown-priority').map((f) => text.slice(0, f.start).split('\n').length);
    assert.deepEqual(findings, [12]);
    // A team whose scale is P0 to P4 still hears about "hoch": it names no level of theirs.
    const numbered = analyzeText(text, { settings: { ...DEFAULT_SETTINGS, priorities: ['P0', 'P1', 'P2'] }, today: '2026-12-01' }).findings.filter((f) => f.code === 'action-item-unknown-priority');
    assert.equal(numbered.length, 6);
  });

  it('reads the template\'s own rows ("| <action> | <owner> |", "| <!-- action --> |", "| [Action] |") as placeholders left in, not items to assign', () => {
    const text = '# Outage\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Fix the pool | Ana | 2027-01-10 |\n| <action> | <owner> | <YYYY-MM-DD> |\n| <!-- action --> | <!-- owner --> | |\n| [Action] | [Owner] | [Date] |\n| [Runbook](https://example.com/rb) for the pool | | |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(model.actionItems.map((i) => i.action.text), ['Fix the pool', 'Runbook for the pool']);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')).map((f) => `${text.slice(0, f.start).split('\n').length} ${f.code}`), ['11 action-item-missing-owner', '11 action-item-missing-due-date']);
  });

  it('reads whom the work is handed to ("(Sofia to raise with product)", "- Karan to add to runbook"), a full name between dashes, and "by 23/10"', () => {
    const lines = [
      '- [ ] Warn when the cache key holds every query param (Sofia to raise with product)',
      '- [ ] Status page update within 15 min of SEV1 - Karan to add to runbook by end of March',
      '- [ ] Change the predecessor to PRN430 – Colin Hurst – needs CAB, raise RFC by 23/10',
      '- [ ] Jittered backoff for old firmware -> FW-1877 (Anil), target fw 3.8.2',
      '- [ ] Capacity review – Load Planning – then decide',
      '- [ ] Keep the bridge staffed by 24/7 on-call',
      '- [ ] Anil to do the rollout',
      '- [ ] Give the desk a status page for the storage. Siobhán to talk to the desk lead; aiming for end of June.',
      '- [ ] Fix the retry loop. Redis to keep its default timeout.',
      '- [ ] Kelvin to check whether we need a spare terminal unit per berth',
      '- [ ] Planning Control to agree with the line how we notify them, by 20 Nov',
      '- [ ] Dashboards to get a p99 panel',
    ];
    const text = `# Outage\n\n## Action items\n\n${lines.join('\n')}\n`;
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-01-05' }).model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]);
    assert.deepEqual(read, [
      ['Warn when the cache key holds every query param', 'Sofia', null],
      ['Status page update within 15 min of SEV1', 'Karan', 'end of March'],
      ['Change the predecessor to PRN430', 'Colin Hurst', '23/10'],
      ['Jittered backoff for old firmware -> FW-1877', 'Anil', 'fw 3.8.2'],
      ['Capacity review – Load Planning – then decide', null, null],
      ['Keep the bridge staffed by 24/7 on-call', null, null],
      ['Anil to do the rollout', null, null],
      // In a sentence of its own after the work, and the period the owner aims at.
      ['Give the desk a status page for the storage', 'Siobhán', 'end of June'],
      // A sentence's subject is an owner only when it is handed a person's errand: a system "to keep" is none.
      ['Fix the retry loop. Redis to keep its default timeout', null, null],
      // Opening the item: who is handed an errand (check, get, agree), not a thing ("Dashboards").
      ['Kelvin to check whether we need a spare terminal unit per berth', 'Kelvin', null],
      ['Planning Control to agree with the line how we notify them, by 20 Nov', 'Planning Control', '20 Nov'],
      ['Dashboards to get a p99 panel', null, null],
    ]);
    // A sign-off sentence under the action items is no item ("Feel free to ping me ...", "Happy to talk ...").
    const signOff = analyzeText('# Outage\n\n## Action items\n\nFeel free to ping me with any questions about this.\n\nHappy to talk through any of it on Thursday.\n', { settings: DEFAULT_SETTINGS, today: '2026-01-05' });
    assert.deepEqual([signOff.model.actionItems.length, signOff.findings.filter((f) => f.code.startsWith('action-item')).length], [0, 0]);
  });

  it('reads when a public report\'s promises are due from their own sentences: "Over the next two weeks", "We expect this in Q1 2025.", "Targeting end of March."', () => {
    const dues = (body: string[]) => analyzeText(`# Outage\n\n## What we are doing about it\n\n${body.join('\n')}\n`, { settings: DEFAULT_SETTINGS, today: '2024-12-01' }).model.actionItems.map((i) => i.due?.text ?? null);
    assert.deepEqual(dues(['Over the next two weeks we will change the dispatcher rollout so that a new version runs in one PoP first.', '', 'By the end of April we will rate-limit purge requests per account.']), ['Over the next two weeks', 'the end of April']);
    assert.deepEqual(dues(['1. **Prioritised distribution for disables.** Disabling a rule will go through its own channel. We expect this in Q1 2025.', '2. **Relay capacity.** We are doubling relay capacity in the region, as we did in Q1 2024.']), ['Q1 2025', null]);
    assert.deepEqual(dues(['Kenji will add a validation step to the signer pipeline. Targeting end of March.']), ['end of March']);
  });

  it('reads a paragraph\'s owner from the author\'s "I\'m changing ..." or a later sentence taking it up ("@t.brandt said he\'d pick that up", "(Helga).")', () => {
    const owners = (paragraph: string) => analyzeText(`# Outage\n\n## What's next\n\n${paragraph}\n`, { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.actionItems.map((i) => i.owner?.text ?? null);
    assert.deepEqual(owners("I'm changing the bridge so it does not republish on startup (BE-6120)."), ['I']);
    assert.deepEqual(items('# Outage\n\n## What we are doing\n\n- And I\'m going through every other Redis setting I made in 2021.\n').map((i) => i.owner), ['I']);
    assert.deepEqual(owners("We should wait for the record to resolve from outside. @t.brandt said he'd pick that up this sprint."), ['@t.brandt']);
    assert.deepEqual(owners('We should notify the affected accounts. Support is drafting that (Helga).'), ['Helga']);
    assert.deepEqual(owners('We should lower the TTL to 300 — I\'ll do that one myself.'), ['I']);
    assert.deepEqual(owners('We should notify the affected accounts (EU and US). Nobody has looked yet.'), [null]);
    assert.deepEqual(analyzeText('# Outage\n\n## Follow-ups\n\n- [ ] fail startup if signing key empty (me)\n', { settings: DEFAULT_SETTINGS }).model.actionItems.map((i) => i.owner?.text ?? null), ['me']);
  });

  it('reads GitLab\'s priority label in a checklist (~"priority::1") and "Needs owner" as open work', () => {
    const text = '# Outage\n\n## Action items\n\n- [ ] Add a config diff job — @jk — due 2026-12-17 ~"priority::1"\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Auto-disable only our own faults | | | Needs owner |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.priority?.text ?? null, i.statusKind ?? null]), [['~"priority::1"', 'planned'], [null, 'planned']]);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-unknown-priority' || f.code === 'action-item-unknown-status'), []);
  });

  it('reads a Google Doc table under its merged title row ("| Action items | | |" over "| **Item** | **Owner** | **Due** |"), and Dutch "Wat / Wie / Wanneer" columns', () => {
    const read = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-01-05' }).model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]);
    const merged = '# Outage\n\n## Follow-ups\n\n| Action items |  |  |\n| :---- | :---- | :---- |\n| **Item** | **Owner** | **Due** |\n| Daily cert check | Sanne de Vries | 2025-02-21 |\n';
    assert.deepEqual(read(merged), [['Daily cert check', 'Sanne de Vries', '2025-02-21']]);
    // A title row over data rows is a header as any.
    const plain = '# Outage\n\n## Follow-ups\n\n| Action | Owner | Due |\n|---|---|---|\n| Daily cert check | Sanne | 2025-02-21 |\n';
    assert.deepEqual(read(plain), [['Daily cert check', 'Sanne', '2025-02-21']]);
    const dutch = '# Storing\n\n## Acties\n\n| Wat | Wie | Wanneer |\n|---|---|---|\n| Post-apply DNS check | Joost | end of sprint 7 |\n| Cross-region alert | Kayla | - |\n';
    assert.deepEqual(read(dutch), [['Post-apply DNS check', 'Joost', 'end of sprint 7'], ['Cross-region alert', 'Kayla', null]]);
  });

  it('reads a bold name then "to" and the work ("**Luis** to set ...") as the owner, and work struck out ("~~Restart pods weekly~~ — dropped") as dropped', () => {
    const text = '# DNS cache outage\n\n## Follow-ups\n\n- **Luis** to set the DNS cache TTL to 60 s in the base image — by 2024-07-05. P1.\n- **Monitoring** — add a zero-result alert — @priya — due 2024-07-12\n- ~~Restart adapter pods weekly as a stopgap~~ — dropped, the TTL fix makes this unnecessary.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-07-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text ?? null, i.statusKind ?? null]), [['Luis', null], ['@priya', null], [null, 'cancelled']]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')), []);
  });

  it('takes "Root cause: TBD" in a running log\'s to-do list for a section still to write, not an action, and "- Monday" for when it is due', () => {
    const text = '# Fax backlog - running log\n\n## Notes / TODO (for writeup)\n\n- Root cause: TBD (probably a big fax loaded in memory)\n- Impact: TBD - need count of delayed faxes\n- [ ] alert on ocr-worker crashloop, not just queue depth\n- [ ] deliver the parked fax manually (@Sam) - Monday\n';
    const items = analyzeText(text, { settings: DEFAULT_SETTINGS }).model.actionItems;
    assert.deepEqual(items.map((i) => [i.action.text, i.due?.text ?? null]), [['alert on ocr-worker crashloop, not just queue depth', null], ['deliver the parked fax manually', 'Monday']]);
  });

  it('reads terse engineer notes: initials between dashes before a ticket ("– JB – OPS-4412 – ..."), "RK / AO", a ticket key no owner, "target done by" a deadline, not a status', () => {
    const text =
      '# SAN outage notes\n\n## Actions\n\n' +
      '- [ ] FW 6.2.4 on all 3 arrays – JB – OPS-4412 – CAB 12/03, target done by 31/03\n' +
      '- [ ] Alert grouping for SAN → datastore → VM – DM – OPS-4413\n' +
      '- [ ] VM restart priority list per customer – RK / AO – OPS-4415 – end of month\n' +
      '1. Upgrade CR-02 in a new window – MF – CHG0034601 – 28/11/2023 – P1\n\n' +
      '## Preventative measures\n\n1. The sync job will be changed to validate that a generated policy set is complete before it is applied.\n';
    const items = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2023-03-01' }).model.actionItems;
    assert.deepEqual(items.map((i) => [i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]), [
      ['JB', '31/03', 'planned'],
      ['DM', null, 'planned'],
      ['RK / AO', 'end of month', 'planned'],
      ['MF', '28/11/2023', null],
      [null, null, 'planned'],
    ]);
  });

  it('reads Japanese and Korean action tables (対策 / 担当 / 期限 / Status, 대책 / 담당 / 기한 / 상태) and their statuses', () => {
    const read = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]);
    const japanese = '# 障害報告\n\n## 再発防止策 / Countermeasures\n\n| # | 対策 | 担当 | 期限 | 優先度 | Status |\n|---|---|---|---|---|---|\n| 1 | Verify the loaded cert | Payment Platform Team | 2024/03/15 | 高 | 完了 (3/6) |\n| 2 | Expiry alert per cluster | SRE Team | 2024/03/29 | 高 | 対応中 |\n| 3 | Separate error code | Payment Platform Team | - | 中 | 未着手 |\n';
    assert.deepEqual(read(japanese), [
      ['Verify the loaded cert', 'Payment Platform Team', '2024/03/15', 'done'],
      ['Expiry alert per cluster', 'SRE Team', '2024/03/29', 'in-progress'],
      ['Separate error code', 'Payment Platform Team', null, 'planned'],
    ]);
    const korean = '# 장애 보고서\n\n## 6. 재발 방지 대책 (Countermeasures)\n\n| No | 대책 | 담당 | 기한 | 상태 |\n|---|---|---|---|---|\n| 1 | Set DNS cache TTL to 30s | Platform팀 | ~4/19 | 완료 |\n| 2 | Alert mutes expire | SRE팀 | ~4/30 | 진행중 |\n';
    assert.deepEqual(read(korean), [
      ['Set DNS cache TTL to 30s', 'Platform팀', '~4/19', 'done'],
      ['Alert mutes expire', 'SRE팀', '~4/30', 'in-progress'],
    ]);
  });

  it('reads when it is due after the owner on a wrapped line ("... on mismatch –\\n  @chris.lowe – end of March")', () => {
    const text = '# Outage\n\n## Actions\n\n- [ ] Add reconciliation check: planner results vs Live Departures every 15 min, alert on mismatch –\n      @chris.lowe – end of March\n- [ ] Fix the overlay date check –\n      @amira – 2026-03-13\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-03-01' }).model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]), [['@chris.lowe', 'end of March'], ['@amira', '2026-03-13']]);
  });

  it('reads "**Due:** end Nov." as when it is due, as "end of November" is', () => {
    const text = '# Outage\n\n## Actions\n\n1. Block key rotation unless the sync succeeded. **Owner:** mTicket team (S. Greaves). **Due:** end Nov. **Priority:** P2.\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-01' }).model.actionItems.map((i) => i.due?.text ?? null), ['end Nov']);
  });

  it('reads "before 8.1" in a Due column as a release, with no date to be overdue by; "before 8.1." and "till 11.12" are days', () => {
    const text = '# Outage\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Set lock_timeout by default | @tanvir | before 8.1 |\n| Split the migration | @ana | before 8.1. |\n| Add the check | @jo | till 11.12 |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-20' });
    assert.deepEqual(model.actionItems.map((i) => i.dueDate ?? null), [null, { year: undefined, month: 1, day: 8 }, { year: undefined, month: 12, day: 11 }]);
    // No year anywhere: on the 20th of December, the 11th was nine days ago; the 8th of January is the next one's.
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-overdue').map((f) => text.slice(0, f.start).split('\n').length), [9]);
  });

  it('reads the Owner column of a table that also names the team', () => {
    const text = '# Outage\n\n## Action items\n\n| # | Action | Team | Owner | Due |\n|---|---|---|---|---|\n| 1 | Add VLAN routes | NetEng | Anders Holm | 2026-02-13 |\n| 2 | Async receipts | Payments | TBD | 2026-03-31 |\n';
    assert.deepEqual(items(text).map((i) => [i.action, i.owner]), [['Add VLAN routes', 'Anders Holm'], ['Async receipts', null]]);
  });

  it('reads a table row with only its action filled as an item without owner, not a group label or a line pasted under the table', () => {
    const text = '# Outage\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| **Short term** | | |\n| Add an e2e test for the SSO login | | |\n| Long term | | |\n| Add a canary | @raj | 2026-05-01 |\nNotes below the table\n';
    assert.deepEqual(items(text).map((i) => [i.action, i.owner]), [['Add an e2e test for the SSO login', null], ['Add a canary', '@raj']]);
  });

  it('reads "Not started" as planned work, not as started', () => {
    const text = '# Outage\n\n## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n| Review the defaults | @ana | Not started |\n| Add an alert | @bo | not yet started |\n| Pin the policy | @cy | Started |\n';
    assert.deepEqual(items(text).map((i) => i.status), ['planned', 'planned', 'in-progress']);
  });

  it('reads a status by its word before the emoji beside it ("⏳ Todo" is planned), and by the emoji alone', () => {
    const rows = ['✅ Done', '🚧 In progress', '⏳ Todo', '⏳', '✅', '📅'];
    const text = ['# Outage', '', '## Action items', '', '| Action | Owner | Status |', '|---|---|---|', ...rows.map((status, i) => `| Task ${i} | @ana | ${status} |`), ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), ['done', 'in-progress', 'planned', 'in-progress', 'done', 'planned']);
  });

  it("reads a status marker in capitals in another column when the table has none for the status (the SRE book's Bug column)", () => {
    const text = '# Outage\n\n## Action items\n\n| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n| Update the playbook | mitigate | jennifer | n/a **DONE** |\n| Add a circuit breaker | prevent | martym | **TODO** Bug 5554825 |\n| Parse the DONE flag | prevent | ana | Bug 1 |\n';
    assert.deepEqual(items(text).map((i) => i.status), ['done', 'planned', null]);
    // The marker is the item's status, not a template's leftover.
    const { findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(findings.filter((f) => f.code === 'placeholder'), []);
  });

  it('warns on an open item without an owner, not on finished work', () => {
    const text = '# Outage\n\n## Action items\n\n- Added an alert on pool usage\n- Add a circuit breaker\n';
    const warned = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).findings.filter((f) => f.code === 'action-item-missing-owner');
    assert.deepEqual(warned.map((f) => text.slice(f.start, f.end)), ['Add a circuit breaker']);
  });

  it('reads owners written with initials ("Owner: T. Osei", "— owner A. Ferri") and a bold title\'s action without its markers', () => {
    const text = [
      '# Outage', '', '## Action items', '',
      '1. **Full diversity audit of all backbone pairs.**', '   Owner: T. Osei, Transmission Planning. Due: 2024-05-31.',
      '2. **Pre-build TE tunnels.** Owner: A. Moreau. Due: 2024-04-15.', '', '### Voice', '',
      '- [ ] **Add legacy PBX models to lab regression** — owner A. Ferri',
      '- [ ] **Contact the customers on legacy TLS** — owner Customer Success (E. Marino), due 2024-04-30',
      '- [x] **Roll back to 11.2.1 on both nodes** — done 20 Feb', '',
    ].join('\n');
    assert.deepEqual(items(text), [
      { action: 'Full diversity audit of all backbone pairs', owner: 'T. Osei', status: null },
      { action: 'Pre-build TE tunnels', owner: 'A. Moreau', status: null },
      { action: 'Add legacy PBX models to lab regression', owner: 'A. Ferri', status: 'planned' },
      { action: 'Contact the customers on legacy TLS', owner: 'Customer Success (E. Marino)', status: 'planned' },
      { action: 'Roll back to 11.2.1 on both nodes', owner: null, status: 'done' },
    ]);
  });

  it('reads a lower-case handle after "owner" as the owner ("— owner pnair — due 2026-12-04"), not a word of a phrase', () => {
    const text = [
      '# Outage', '', '## Actions', '',
      '- [ ] Add a prefix-count panel to the NOC dashboard — owner pnair — due 2026-12-04',
      '- [x] Prefix-count check in rollbot — owner rkhan — done 2026-11-19',
      '- [ ] Lab route seeding — owner tbd — due 2026-12-18',
      '- [ ] Canary ordering for routing changes — owner approval needed — due 2026-12-18', '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ['pnair', 'rkhan', null, null]);
    // Placeholders and words are no handles.
    for (const word of ['someone', 'open', 'n.a.', 'vacant', 'same', 'decision', 'everyone', 'the', 'will', 'me']) {
      assert.deepEqual(items(`# Outage\n\n## Actions\n\n- [ ] Add a panel — owner ${word} — due 2026-12-04\n`).map((i) => i.owner), [null], word);
    }
  });

  it('reads "fällig 29.01.2027" as the due date, "@Sabine Krüger" whole, and no owner from a day closing the line ("— today")', () => {
    const text = [
      '# Störung', '', '## Maßnahmen', '',
      '- [ ] NLB-4516 Runbook "push-TAN down" — @Sabine Krüger — fällig 04.12.2026',
      '- [ ] NLB-4517 Abgelaufene Prompts verwerfen — fällig 29.01.2027',
      '- [ ] Send Andrea the list of affected restaurant IDs — today',
      '- [ ] Send the list — Kim — Friday',
      '- [ ] @dmitri pin adkafka to 3.8 until decoding is sorted — today', '',
    ].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.actionItems;
    assert.deepEqual(read.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]), [['@Sabine Krüger', '04.12.2026'], [null, '29.01.2027'], [null, 'today'], ['Kim', 'Friday'], ['@dmitri', 'today']]);
    const accented = analyzeText('# Störung\n\n## Maßnahmen\n\n- [ ] Runbook — @Jürgen Müller fällig 20.12.2026\n- [ ] Alert — @Zoë Kim — 2026-12-20\n- [ ] Lasttest — Fälligkeit: 15.01.2027\n', { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.actionItems;
    assert.deepEqual(accented.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]), [['@Jürgen Müller', '20.12.2026'], ['@Zoë Kim', '2026-12-20'], [null, '15.01.2027']]);
  });

  it('reads a list introduced as partly done and partly scheduled as not all done', () => {
    const intro = (line: string) => `# Outage\n\n## What we are changing\n\n${line}\n\n1. **By 11 December:** no system updates on Friday evenings.\n2. **In January:** every update will be load tested.\n`;
    const kinds = (line: string) => analyzeText(intro(line), { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.actionItems.map((i) => i.statusKind === 'done');
    assert.deepEqual(kinds("We've already made some changes and have others scheduled. We'll tell you when each one is done:"), [false, false]);
    assert.deepEqual(kinds("We've already made these changes and have more planned:"), [false, false]);
    assert.deepEqual(kinds("We've already done the following:"), [true, true]);
    // Done lists whatever else the lead-in says: a version, an abbreviation, the rest scheduled elsewhere.
    for (const line of ["We've already shipped v4.2.1 with the fix:", "We've already made these changes, e.g. the alerting fixes:", 'We have already completed the following; others are scheduled below:', "We've already put in place the following, with more safeguards coming in Q1:"]) {
      assert.deepEqual(kinds(line), [true, true], line);
    }
  });

  it('reads the owner of a RACI matrix under "R"', () => {
    const text = '# Outage\n\n## Corrective and preventive actions\n\n| ID | Action | R | A | C | I | Due | Status |\n|---|---|---|---|---|---|---|---|\n| 1 | Add an I/O-wait alert | J. Weber | M. Braun | Ops | All | 05.12.2025 | Open |\n';
    assert.deepEqual(items(text), [{ action: 'Add an I/O-wait alert', owner: 'J. Weber', status: 'planned' }]);
  });

  it('reads "by 8/30" after an owner as the due date', () => {
    const text = '# Outage\n\n## Follow-ups\n\n- Require a cap before a code can be activated — @theo.v, by 8/30\n- Normalize emails in promo checks — @theo.v\n';
    const due = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-08-01' }).model.actionItems.map((i) => i.due?.text ?? null);
    assert.deepEqual(due, ['8/30', null]);
  });

  it('reads a RAG rating as the state of open work, not an unknown status', () => {
    const text = '# Outage\n\n## Actions\n\n| Action | Owner | Target | Status |\n|---|---|---|---|\n| Add a contract test | Ledger Lead | Q2 2025 | Green |\n| Weekend reconciliation | Treasury Manager | Q2 2025 | Amber |\n| Block the funding run | Head of Finance | Q3 2025 | Red |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-04-01' });
    assert.deepEqual(model.actionItems.map((i) => i.statusKind), ['in-progress', 'in-progress', 'blocked']);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-unknown-status'), []);
  });

  it('reads a vendor being chased as work in progress, awaiting as blocked, and no status in "isn\'t blocked on" or "not blocked by"', () => {
    const text = '# Outage\n\n## Actions\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Obtain the vendor RCA | Vendor Mgmt | 2027-01-11 | Chasing |\n| Contract test | Procurement | 2027-01-29 | Awaiting vendor |\n\n- [ ] Let any maintainer approve, so a release isn\'t blocked on one person — @x, due 2027-01-01\n- [ ] Make sure builds are not blocked by lint — @z, due 2027-01-01\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-03' });
    assert.deepEqual(model.actionItems.map((i) => i.statusKind), ['in-progress', 'blocked', 'planned', 'planned']);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-unknown-status'), []);
  });

  it('reads a role as the owner ("Owner: Head of Digital Channels Engineering.", "Vendor & Partner Manager") and a "RAG:" field as the status', () => {
    const text = '# Outage\n\n## Actions\n\n1. **Bind sessions to the device.**\n   Owner: Head of Digital Channels Engineering. Target: Q2 2025. RAG: Amber.\n2. Audit contact records — **Owner:** Vendor & Partner Manager — **Target:** Q3 2025 — **RAG:** Red\n3. Add an upload health check — **Owner:** Settlement Engineering Lead — **Target:** Q4 2025\n';
    assert.deepEqual(items(text), [
      { action: 'Bind sessions to the device', owner: 'Head of Digital Channels Engineering', status: 'in-progress' },
      { action: 'Audit contact records', owner: 'Vendor & Partner Manager', status: 'blocked' },
      { action: 'Add an upload health check', owner: 'Settlement Engineering Lead', status: null },
    ]);
  });

  it('reads a bold team after a dash or a bold name after the action ("**Kenji Mori**, due ..."), a week or sprint as the due date, a weekday before a date', () => {
    const text = '# Outage\n\n## Action items\n\n- [ ] Move the sync jobs to their own queue. **Kenji Mori**, due 2024-09-06.\n- [ ] Add a watchdog to the scanner — **Store Systems**, due W34\n- [ ] Pin the resolver config – owner: Platform Ops – due Sprint 14\n- [ ] Lower the disk threshold — Priya, by Friday 28 March 2025\n';
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-08-01' }).model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]);
    assert.deepEqual(read, [
      ['Move the sync jobs to their own queue', 'Kenji Mori', '2024-09-06'],
      ['Add a watchdog to the scanner', 'Store Systems', 'W34'],
      ['Pin the resolver config', 'Platform Ops', 'Sprint 14'],
      ['Lower the disk threshold', 'Priya', 'Friday 28 March 2025'],
    ]);
  });

  it('reads recommendations written as paragraphs with "Responsible:" and "By:" lines, and asks for no Action Items section beside owned work', () => {
    const text = '# Incident report: scheduler outage\n\n## 8. Recommendations\n\n**Recommendation 1: Restore automatic clean-up of database logs**\nSet `expire_logs_days = 7` on the database.\nResponsible: Priya Natarajan\nBy: Friday 14 March 2025\nStatus: Complete\n\n**Recommendation 2: Lower the disk space warning threshold**\nWarn at 80%.\nResponsible: James Okafor (HPC Systems Lead)\nBy: Friday 28 March 2025\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-03-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]), [
      ['Priya Natarajan', 'Friday 14 March 2025', 'done'],
      ['James Okafor (HPC Systems Lead)', 'Friday 28 March 2025', null],
    ]);
    assert.ok(!findings.some((f) => f.code === 'missing-section' && f.data?.section === 'action-items'));
  });

  it('reads paragraphs opening with a bold title whose owner follows it or the sentences that explain it, the title as the work', () => {
    const text = [
      '# Invoice batch ran twice',
      '',
      '## Action items',
      '',
      '**MOBBLD-311 — Release builds do not read from the remote cache.** Owner: Hannah Lindqvist.',
      'Due 23 Feb 2024. Status: done.',
      '',
      '**Make the invoice batch idempotent.** Checkpoint per customer, and a restart skips invoices already sent. Owner: Jana Vogt, ticket BILL-2231, due 15.12.2023. Status: in progress.',
      '',
      '**Recommendation 1.** The payments team add a synthetic check. Owner: Director, due 30.09.2024.',
      '',
    ].join('\n');
    const read = items(text);
    assert.deepEqual(read.slice(0, 2), [
      { action: 'Release builds do not read from the remote cache', owner: 'Hannah Lindqvist', status: 'done' },
      { action: 'Make the invoice batch idempotent', owner: 'Jana Vogt', status: 'in-progress' },
    ]);
    // A label names no work: the sentence after it does.
    assert.equal(read.length, 3);
    assert.match(read[2].action, /add a synthetic check$/);
  });

  it('reads a bold status opening an item ("**Planned (Q2):** Show latency") and a list introduced as done ("We\'ve already done the following:")', () => {
    const text = '# Outage\n\n## What we are doing\n\n- **Done:** Reverted the rebalancing change.\n- **Planned (Q2):** Show per-endpoint latency in the dashboard.\n\nWe\'ve already done the following:\n\n- Re-enabled SHA-1 verification explicitly, with a log line whenever it is used.\n';
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-20' }).model.actionItems.map((i) => [i.action.text, i.statusKind ?? null, i.due?.text ?? null]);
    assert.deepEqual(read, [
      ['Reverted the rebalancing change', 'done', null],
      ['Show per-endpoint latency in the dashboard', 'planned', 'Q2'],
      ['Re-enabled SHA-1 verification explicitly, with a log line whenever it is used', 'done', null],
    ]);
    // "**In progress, by Dec 4:**", "**Planned, Q1 2027:**": the status, a comma, then when.
    const commas = '# Outage\n\n## What we are doing\n\n- **In progress, by Dec 4:** The health check will include a database read.\n- **Planned, Q1 2027:** Failover will use a write probe.\n- **Done, at last:** Rotated the keys.\n';
    assert.deepEqual(analyzeText(commas, { settings: DEFAULT_SETTINGS, today: '2026-11-20' }).model.actionItems.map((i) => [i.action.text, i.statusKind ?? null, i.due?.text ?? null]), [
      ['The health check will include a database read', 'in-progress', 'Dec 4'],
      ['Failover will use a write probe', 'planned', 'Q1 2027'],
      ['Rotated the keys', 'done', null],
    ]);
  });

  it('reads a month and day among an item\'s fields ("(@kenji, 4/5)", "— @ravi — 7/19"), not a fraction in its action', () => {
    const text = '# Outage\n\n## Action items\n\n- [ ] Add a healthcheck (@kenji, 4/5)\n- [ ] Alert on failed logins — @ravi — 7/19\n- [ ] Reduce pages by 3/4 — @eli\n';
    const due = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems.map((i) => i.due?.text ?? null);
    assert.deepEqual(due, ['4/5', '7/19', null]);
  });

  it('reads "TODO:" lines in a follow-ups section as items still to do, under a bullet or in a paragraph of their own', () => {
    const text = '# Outage\n\n## Follow-ups\n\n- [ ] lint rule for cache keys (@will, Aug 9)\nTODO: integration test with two workspaces\n\nTODO: write the caching checklist for PR reviews (@bea)\n';
    const result = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' });
    assert.deepEqual(result.model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.statusKind ?? null]), [
      ['lint rule for cache keys', '@will', 'planned'],
      ['integration test with two workspaces', null, 'planned'],
      ['write the caching checklist for PR reviews', '@bea', 'planned'],
    ]);
    // Each marker is the item's status, not a template's leftover; the item without an owner says so.
    assert.deepEqual(result.findings.filter((f) => f.code === 'placeholder'), []);
    assert.deepEqual(result.findings.filter((f) => f.code === 'action-item-missing-owner').map((f) => f.message.slice(0, 50)), ['Action item "integration test with two workspaces"']);
    // A TODO about the write-up itself ("add grafana screenshots ... here") is its placeholder, no item.
    const note = analyzeText('# Outage\n\n## Actions\n\n- [ ] Runbook: check redis first – me, 15/11\n\nTODO: add grafana screenshots (used_memory, 0830–1100) here\n', { settings: DEFAULT_SETTINGS, today: '2024-11-06' });
    assert.deepEqual(note.model.actionItems.map((i) => i.action.text), ['Runbook: check redis first']);
    assert.deepEqual(note.findings.filter((f) => f.code === 'placeholder').map((f) => f.message.slice(0, 30)), ['Template placeholder "TODO" is']);
  });

  it('reads an owner\'s name wrapped onto the next line in full ("Owner: Pharmacy\\n   Operations Manager."), and a labelled status without its full stop', () => {
    const text = '# Outage\n\n## Action items\n\n1. Increase label stock. Owner: Pharmacy\n   Operations Manager. Due: 31/03/2027. Status: Open.\n';
    const [item] = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-03' }).model.actionItems;
    assert.deepEqual([item.owner?.text, item.status?.text, item.statusKind], ['Pharmacy Operations Manager', 'Open', 'planned']);
    const rag = analyzeText('# Outage\n\n## Actions\n\n1. Block autoscaling. Owner: H. Idris. Target: 22/01/2027. RAG: Amber – depends on the platform upgrade.\n', { settings: DEFAULT_SETTINGS, today: '2026-12-03' }).model.actionItems[0];
    assert.deepEqual([rag.status?.text.slice(0, 16), rag.statusKind], ['Amber – depends ', 'in-progress']);
  });

  it('reads a team whose last word ends as a topic\'s does ("— Cloud Security — 2027-02-15") as the owner before its due date, not a topic', () => {
    const text = '# Outage\n\n## Remediation\n\n- [ ] Extend the policy; migrate keys — Cloud Security — 2027-02-15\n- [ ] Extend `iam.x` to all folders — Site Reliability, 2027-03-01\n- [ ] Tune the alerts — Monitoring Quality — 2027-03-01\n';
    assert.deepEqual(items(text).map((i) => i.owner), ['Cloud Security', 'Site Reliability', null]);
  });

  it('reads a team in bold brackets opening an item as its owner ("**[Platform Security]** ..."), not a priority or status there', () => {
    const text = '# Outage\n\n## Remediation\n\n1. **[Platform Security]** `ignore-scripts=true` in CI — due 2026-12-12\n2. **[Developer Productivity]** Renovate with a release age — due 2026-11-30 — done\n3. **[P1]** Alert on new install scripts — due 2027-01-15\n';
    const read = items(text);
    assert.deepEqual(read.slice(0, 2).map((i) => [i.action, i.owner]), [
      ['`ignore-scripts=true` in CI', 'Platform Security'],
      ['Renovate with a release age', 'Developer Productivity'],
    ]);
    assert.equal(read[2].owner, null);
  });

  it('reads a plain-text checklist (" [ ] ...", wrapped, "[Owner] - date") as items, not a reply quoting one', () => {
    const text = [
      '# Signing key exposure', '', 'Follow-ups', '----------', '', 'Owners in brackets.', '',
      ' [ ] Move release signing off CI entirely, sign on the offline machine',
      '     and upload signatures only [Henrik] - before 3.9.0, target 2026-12-20',
      ' [ ] CI check that fails the pipeline on private keys [Mira] - 2026-11-27',
      ' [ ] Rotate the other secrets of the release runner - by 2026-11-06',
      ' [x] Revoke old subkey, publish new one [Henrik] - done 2026-10-18',
      ' [ ] Document key rotation for packagers [Tomasz] -', '     2026-12-11', '',
      'Reply:', '', '> [ ] Rotate the other secrets of the release runner - by 2026-11-06', '',
    ].join('\n');
    const result = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-10-25' });
    assert.deepEqual(result.model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]), [
      ['Henrik', '2026-12-20', 'planned'],
      ['Mira', '2026-11-27', 'planned'],
      [null, '2026-11-06', 'planned'],
      ['Henrik', null, 'done'],
      ['Tomasz', '2026-12-11', 'planned'],
    ]);
    assert.deepEqual(result.findings.filter((f) => f.code === 'action-item-missing-owner').length, 1);
  });

  it('reads an owner in italics after a dash, a due date with its weekday ("by Fri 24 Jan"), and "deadline" as a word of the work', () => {
    const text = '# Outage\n\n## Action items\n\n- [ ] Add a dbt test for hourly buckets. — *Rafael Souza*, due **2025-01-31** (DATA-660)\n- @jakub: bump the CronJob deadline to 6h (by Fri 24 Jan)\n- @mira: audit the other CronJobs for the same deadline setting (by Wed 29 Jan)\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]), [
      ['Add a dbt test for hourly buckets', 'Rafael Souza', '2025-01-31'],
      ['@jakub: bump the CronJob deadline to 6h (by Fri 24 Jan)', '@jakub', 'Fri 24 Jan'],
      ['@mira: audit the other CronJobs for the same deadline setting (by Wed 29 Jan)', '@mira', 'Wed 29 Jan'],
    ]);
  });

  it('reads a status column of colour circles alone ("🔴", "🟡") as open work, never as an unknown status', () => {
    const text = '# Outage\n\n## Action items\n\n| Key | Action | Owner | Due | Status |\n|---|---|---|---|---|\n| S-1 | Fix routing | Jonas | 2024-05-08 | ✅ |\n| S-2 | Add a pre-flight diff | Ahmed | 2024-05-24 | 🔴 |\n| S-3 | Add a synthetic probe | Lena | 2024-05-31 | 🟡 |\n';
    const result = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-05-01' });
    assert.deepEqual(result.model.actionItems.map((i) => i.statusKind), ['done', 'planned', 'in-progress']);
    assert.deepEqual(result.findings.filter((f) => f.code === 'action-item-unknown-status'), []);
  });

  it('reads the owner a sentence names as its subject ("Gemma will ...", "**Lorraine** will ...", "The office (Jo Hart) will ..."), not a role or a verb', () => {
    const text = [
      '# Outage',
      '',
      '## What we are doing about it',
      '',
      '- Gemma will put the certificate expiry in the shared calendar by Friday 14 March.',
      '- **Lorraine** will change the contact email on all courier accounts.',
      '- Kev (Brightwire) will test incoming calls after any firewall change.',
      '- The office (Jo Hart) will schedule the parent text.',
      '- We will review the runbook.',
      '- Ensure Postgres will restart on failure.',
      '',
    ].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]), [
      ['Gemma', 'Friday 14 March'],
      ['Lorraine', null],
      ['Kev', null],
      ['Jo Hart', null],
      [null, null],
      [null, null],
    ]);
  });

  it('reads a status in brackets closing the item over a word of the work ("blocked build 2.41 ... (Completed)"), and a month and year across a line break', () => {
    const text = '# Outage\n\n## How are we making incidents like this less likely?\n\n- We have reverted the change and blocked build 2.41 from further deployment. (Completed)\n- We are adding per-account signals to the health model. (Estimated completion: November\n  2025)\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.statusKind, i.due?.text.replace(/\s+/g, ' ') ?? null]), [['done', null], ['in-progress', 'November 2025']]);
  });

  it('reads no work in the apology closing a public account ("In closing, we apologize ... We will do everything we can")', () => {
    const text = '# Summary of the service event\n\n## What we are changing\n\nIn closing, we apologize for the impact this event caused for our customers. We will do everything we can to learn from this event.\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems, []);
  });

  it('reads "a priority topic" as words of the work, "priority P1" as its priority', () => {
    const text = '# Outage\n\n## Follow-ups\n\n- [ ] Split password reset into a priority topic with its own consumer group @ainsley\n- [ ] Alert on rebalance rate, priority P1 @deepak\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.action.text, i.priority?.text ?? null]), [
      ['Split password reset into a priority topic with its own consumer group', null],
      ['Alert on rebalance rate', 'P1'],
    ]);
  });

  it('reads no work in a note that a review was held ("Review held Aug 20. Attendees: ...")', () => {
    const text = '# Outage\n\n## Follow-up\n\nReview held Aug 20. Attendees: Notifications, Platform, SRE.\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems, []);
  });

  it('reads the fields after a "Responsible:" key in the item\'s line ("— Responsible: Dana, 10/25")', () => {
    const text = '# Outage\n\n## Action items\n\n- [ ] Add a canary stage — Responsible: Dana, 10/25\n- [ ] Make the on-call lead responsible for the status page — Owner: @eli\n';
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]), [
      ['Add a canary stage', 'Dana', '10/25'],
      ['Make the on-call lead responsible for the status page', '@eli', null],
    ]);
  });

  it('reads "due 2023/12/08", a surname with its prefix ("Liam O\'Connor"), and a Due cell saying "done" as the status only', () => {
    const text = "# Outage\n\n## Action items\n\n- [ ] Pre-load prices — @Goh Kian Seng — due 2023/12/08\n- [ ] Add alerts — owner: Liam O'Connor — due 24/11/2023\n- [ ] Add alerts (D’Souza, due 2023-12-01)\n\n## Follow-ups\n\n| Item | Owner | Due |\n|---|---|---|\n| Tag prereleases next | @lw | done |\n";
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2023-11-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]), [
      ['@Goh Kian Seng', '2023/12/08', 'planned'],
      ["Liam O'Connor", '24/11/2023', 'planned'],
      ['D’Souza', '2023-12-01', 'planned'],
      ['@lw', null, 'done'],
    ]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')), []);
  });

  it('reads a surname with its lower-case particles ("Sven de Groot", "Jan van der Berg") whole, after a dash, a key or in brackets', () => {
    const text = '# Outage\n\n## Action items\n\n- [ ] Add a config lint — Sven de Groot, due 2026-12-20\n- [ ] Alert on errors (owner: Jan van der Berg, due 2026-12-20)\n- [ ] Add a canary (Anna de la Cruz, due 2026-12-20)\n- [ ] Write the runbook - owner Ana da Silva - due 2026-12-20\n- [ ] Page the lead — Sven to review, due 2026-12-20\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text ?? null), ['Sven de Groot', 'Jan van der Berg', 'Anna de la Cruz', 'Ana da Silva', 'Sven']);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')), []);
  });

  it('reads the owner in a bracket closing the item: with its ticket ("(Lucas, DON-233, due ...)"), and on a wrapped last line', () => {
    const text = '# Outage\n\n## What we are changing\n\n1. Add a config check in CI (Lucas, DON-233, due 2025-02-21)\n2. Alert on a drop in donation starts (Nadia, DON-235)\n3. Enable fraud rules (block if >3 cards per hour) (Lucas, DON-236, 2025-02-14)\n4. Add a second-person check on any send to more than 5,000 contacts\n   during campaign weeks. (Marisol)\n5. Remove "send to list on publish" from the CMS integration entirely.\n   Emails only go out from the mail tool. (Kwame, before the campaign\n   launches on Dec 10)\n6. Upgrade the library (v2.3)\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-01-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null, i.ticket ?? null]), [
      ['Add a config check in CI', 'Lucas', '2025-02-21', 'DON-233'],
      ['Alert on a drop in donation starts', 'Nadia', null, 'DON-235'],
      ['Enable fraud rules (block if >3 cards per hour)', 'Lucas', '2025-02-14', 'DON-236'],
      ['Add a second-person check on any send to more than 5,000 contacts during campaign weeks', 'Marisol', null, null],
      ['Remove "send to list on publish" from the CMS integration entirely', 'Kwame', 'before the campaign launches on Dec 10', null],
      ['Upgrade the library (v2.3)', null, null, null],
    ]);
  });

  it('reads a name written as its own sentence after the work ("... MAU. Priya. Due 2024-06-28.", "Ben. Done during the incident."), or with the date alone ("Daniel, Oct 4.")', () => {
    const text = '# Outage\n\n## What we are changing\n\n- **TOG-301** Move the version keys to cache-3. Ben. Done during the incident.\n- **TOG-303** Alert on evicted keys for cache-3. Marcus. Done.\n- **TOG-304** Capacity check for accounts over 1M MAU. Priya. Due 2024-06-28.\n- Lower the alert threshold from 70% to 85% of baseline\n  (it would have fired earlier). Daniel, Oct 4.\n- Re-run the failover drill after the rollback. Verified. Done.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-06-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]), [
      ['Ben', null, 'done'],
      ['Marcus', null, 'done'],
      ['Priya', '2024-06-28', null],
      ['Daniel', 'Oct 4', null],
      [null, null, 'done'],
    ]);
  });

  it('reads a paragraph\'s owner and due date in the bracket closing its sentence or the paragraph, and a May date as no hedge', () => {
    const text = '# Outage\n\n## What we are doing about it\n\nWe will add a synthetic inbound test message every 15 minutes, with an alert if\nit is not received within 10 minutes. Had this been in place we would have known earlier\n(Messaging team – by 30 April 2024).\n\nService Management will review all supplier contact addresses held by third parties across\nInformation Services (Fiona Marsh – by 31 May 2024).\n\nWe may also look at the relay config.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]), [
      ['Messaging team', '30 April 2024'],
      ['Fiona Marsh', '31 May 2024'],
    ]);
  });

  it('reads the items under "## What we\'ll change" as action items', () => {
    const text = "# Outage\n\n## What we'll change\n\n- Fuzz the path resolver — @adebayo — due 2025-02-14\n";
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-01-01' });
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text), ['@adebayo']);
    assert.equal(findings.some((f) => f.code === 'missing-section' && f.data?.section === 'action-items'), false);
  });

  it('reads an action wrapped onto the next line up to its fields, and an owner\'s surname wrapped after it ("Owner: Aaron" / "Feld.")', () => {
    const text = '# Outage\n\n## Action items\n\n- Add a write-probe wired to Patroni via a\n  callback that releases the leader lock. Owner: @lukas. Due 2024-07-20.\n- Patch openssh on every bastion. Owner: Aaron\n  Feld. Due 2024-07-20.\n- **Deeper monitoring**\n  We plan to add alerts. Owner: @kim, due 2024-08-01\n- Re-enable HPA keyed on consumer lag, max 32\n  (@kenji, due 2024-12-01)\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-07-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null]), [
      ['Add a write-probe wired to Patroni via a callback that releases the leader lock', '@lukas'],
      ['Patch openssh on every bastion', 'Aaron Feld'],
      ['Deeper monitoring', '@kim'],
      ['Re-enable HPA keyed on consumer lag, max 32', '@kenji'],
    ]);
    const first = model.actionItems[0].action;
    assert.equal(text.slice(first.start, first.end), 'Add a write-probe wired to Patroni via a\n  callback that releases the leader lock');
  });

  it('reads the owner after a bold title\'s colon ("**Alert on throughput**: Marco Bianchi, due ..."), and "Staged rollout ..." as work to do', () => {
    const text = '# Outage\n\n## Action items\n\n- **Alert on grant throughput = 0 for 3 min**: Marco Bianchi, due 2024-02-20\n- Staged rollout (5% → 25% → 100%) for all launcher patch releases. Owner: Ravi Menon.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-01-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.statusKind ?? null]), [
      ['Alert on grant throughput = 0 for 3 min', 'Marco Bianchi', null],
      ['Staged rollout (5% → 25% → 100%) for all launcher patch releases', 'Ravi Menon', null],
    ]);
  });

  it('reads a due date relative to the writing ("— @sam — EOW", "— me, this weekend", "by Friday"), never as the owner', () => {
    const text = '# Outage\n\n## Action items\n\n- [ ] Forward billing emails to #support — @sam — EOW\n- [ ] Smoke test after every deploy — me, this weekend\n- [ ] Keyword check on a logged-in page — Rafa — by Friday\n- [ ] Alert on a stuck queue — @maya — by Friday (Mar 8)\n- [ ] Fix the bug caused by Friday\'s deploy\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-05' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]), [
      ['Forward billing emails to #support', '@sam', 'EOW'],
      ['Smoke test after every deploy', 'me', 'this weekend'],
      ['Keyword check on a logged-in page', 'Rafa', 'Friday'],
      ['Alert on a stuck queue', '@maya', 'Mar 8'],
      ["Fix the bug caused by Friday's deploy", null, null],
    ]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')).map((f) => `${f.code} ${text.slice(0, f.start).split('\n').length}`), ['action-item-missing-owner 9', 'action-item-missing-due-date 9']);
  });

  it('reads a person named before the work ("Lena Hoffmann – require ... – GROW-1201 – due ..."), in bold opening a paragraph, or after a wrapped action', () => {
    const text = [
      '# Outage', '', '## Action items', '',
      '- Lena Hoffmann – require approval for flag changes – GROW-1201 – due 08.03.2024',
      '- Load Testing – add a soak test – due 08.03.2024',
      '- [ ] Reject values above the version that is at',
      '      100% in the store — Hannah Wright — due 28 Jun — MOB-3310',
      '- [ ] Commit before the external call — **Payments team (Ana K.)**, due 2024-06-21',
      '- [ ] Do not upgrade both PEs of a pair in one window until the above is done. Owner: G. Healy, due 2024-05-17',
      '- We will upgrade the transport client to require TLS 1.2. This work was completed on 8 March 2024.',
      '', '## What we\'ll do', '',
      '**Oliver Grant** — Sentry: add a "new release" alert on fatal error count — MOB-1552 — due 2023-12-14', '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2023-12-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.statusKind ?? null]), [
      ['require approval for flag changes – GROW-1201', 'Lena Hoffmann', null],
      ['Load Testing – add a soak test', null, null],
      ['Reject values above the version that is at 100% in the store', 'Hannah Wright', 'planned'],
      ['Commit before the external call', 'Payments team', 'planned'],
      ['Do not upgrade both PEs of a pair in one window until the above is done', 'G. Healy', 'planned'],
      ['We will upgrade the transport client to require TLS 1.2. This work was completed on 8 March 2024', null, 'done'],
      ['Sentry: add a "new release" alert on fatal error count — MOB-1552', 'Oliver Grant', null],
    ]);
  });

  it('reads no action in a table of figures for the record under the action items ("| Time to detect | 18 min |")', () => {
    const text = ['# CI stuck', '', '### Action items', '', '- [ ] Disable automerge — @jlee — due 5/24', '', 'Durations for the record:', '', '| | |', '|---|---|', '| Time to detect | 18 min (8:47 → 9:05) |', '| Time to mitigate | 65 min |', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.action), ['Disable automerge']);
  });

  it('reads a managed-service report\'s owners in "*(Northgate – NOC team lead – due 3/29)*", on the line below too, and "(done)" closing a wrapped line; a bracket the line broke in goes on', () => {
    const text = [
      '# NAS failure', '', '## What we are doing about it', '',
      '1. **Turn on alerts for early drive warning signs** on all client NAS units, not just yours. *(Northgate – NOC team lead – due 3/29)*',
      '2. **Add an hourly snapshot of the imaging database** so a future restore loses at most an hour.',
      '   *(Northgate – Dana – due 3/22)*',
      '3. Post planned hardware work in #ops-changes so on-call knows about it.',
      '   Owner: Vikram Desai — due 2024-06-14 (done)',
      '4. Use in-progress metrics for instant feedback.', '   Our metrics are only recorded when the launch ends. _done in grafana_.',
      '5. **Seed-list inbox check** for the magic-link template (Gmail, Outlook,', '   Yahoo seed accounts).', '   Owner: Tomasz Nowak.', '',
    ].join('\n');
    assert.deepEqual(items(text), [
      { action: '**Turn on alerts for early drive warning signs** on all client NAS units, not just yours', owner: 'NOC team lead', status: null },
      { action: '**Add an hourly snapshot of the imaging database** so a future restore loses at most an hour', owner: 'Dana', status: null },
      { action: 'Post planned hardware work in #ops-changes so on-call knows about it', owner: 'Vikram Desai', status: 'done' },
      { action: 'Use in-progress metrics for instant feedback', owner: null, status: 'done' },
      { action: '**Seed-list inbox check** for the magic-link template (Gmail, Outlook, Yahoo seed accounts)', owner: 'Tomasz Nowak', status: null },
    ]);
  });

  it('reads "– Javier Ortega – 21/02/2024" as owner and due date, a "Responsibility" column as the owner, and statuses in Spanish and Portuguese', () => {
    const text = [
      '# Moodle down', '', '## Actions', '',
      '- [ ] Re-enable the cleanup task, run it at 03:00 – Javier Ortega – 21/02/2024', '',
      '| Sl. | Action | Responsibility | Target date | Status |', '|---|---|---|---|---|', '| 1 | Reconcile 1,146 transactions | Sreejith K. | 23rd Feb 2024 | Completed |', '',
      '| Acción | Responsable | Fecha | Estatus |', '|---|---|---|---|', '| Load test | Carlos | 15/07/2024 | En proceso |', '| Manual check | Laura | 09/02/2024 | Cerrada |', '| Inventory | Ana | 26/01/2024 | Aberto |', '',
      // A letter to a regulator: "Responsibility:" and a titled name in the item's sentences.
      '1. Certificates to be brought under the inventory tool. Responsibility: Mr. S. Iyer, Head - IT Security. Target date: 15.12.2026.', '',
    ].join('\n');
    assert.deepEqual(items(text), [
      { action: 'Re-enable the cleanup task, run it at 03:00', owner: 'Javier Ortega', status: 'planned' },
      { action: 'Reconcile 1,146 transactions', owner: 'Sreejith K.', status: 'done' },
      { action: 'Load test', owner: 'Carlos', status: 'in-progress' },
      { action: 'Manual check', owner: 'Laura', status: 'done' },
      { action: 'Inventory', owner: 'Ana', status: 'planned' },
      { action: 'Certificates to be brought under the inventory tool. Responsibility: Mr. S. Iyer, Head - IT Security. Target date: 15.12.2026', owner: 'Mr. S. Iyer', status: null },
    ]);
  });

  it('reads a shift log\'s "— Commerce SRE — by 04-Dec" (overdue), a handle without its "@" ("— sam.o, done Nov 17") and two names joined ("— dana + jess")', () => {
    const text = ['# Patch day', '', '## Open points / follow-ups from NOC side', '', '- [ ] Drift alert on NOC wall — Commerce SRE — by 04-Dec', '- [x] backfill seller ratings for migrated sellers — sam.o, done Nov 17', '- [ ] re-run the experiment once the fix is in — dana + jess', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-05' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]), [
      ['Drift alert on NOC wall', 'Commerce SRE', '04-Dec'],
      ['backfill seller ratings for migrated sellers', 'sam.o', null],
      ['re-run the experiment once the fix is in', 'dana + jess', null],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-overdue').map((f) => text.slice(0, f.start).split('\n').length), [5]);
  });

  it('reads "Me - ..." and names joined ("Camila + Larissa - ...") opening an item as its owners, not "Memo - ..." or "Alerts / Dashboards - ..."', () => {
    const text = ['# BSM feed down', '', '## Follow-ups', '', '- Me - add "log level restored" as a check in the change template. By Dec 18', '- Memo - send to the airlines', '- [ ] Camila + Larissa - script for rider comms', '- [ ] Jenna / Tyler - update the MES playbook by Dec 18', '- [ ] Alerts / Dashboards - add the lag panel', ''].join('\n');
    assert.deepEqual(items(text).map((i) => [i.action, i.owner]), [
      ['add "log level restored" as a check in the change template. By Dec 18', 'Me'],
      ['Memo - send to the airlines', null],
      ['script for rider comms', 'Camila + Larissa'],
      ['update the MES playbook by Dec 18', 'Jenna / Tyler'],
      ['Alerts / Dashboards - add the lag panel', null],
    ]);
    // Joined by a slash, as often things: only with a date. Nor "— staging/prod" after the work.
    const things = ['# Outage', '', '## Follow-ups', '', '- Redis / Sentinel - bump the failover timeout', '- [ ] Split staging and prod configs — staging/prod, due 2026-12-20', ''].join('\n');
    assert.deepEqual(items(things).map((i) => i.owner), [null, null]);
  });

  it('reads the due date in "- Tom - by 22/03" and "- Jess, end of March"', () => {
    const text = ['# Shop down', '', '## Next steps', '', '1. Set up UptimeRobot for ALL client sites - Tom - by 22/03', '2. Write a plugin update checklist (changelog, staging) - Jess, end of March', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(found.map((i) => [i.owner?.text, i.due?.text]), [['Tom', '22/03'], ['Jess', 'end of March']]);
  });

  it('reads "owner X" on the line a bold title wraps onto, and no status from the title\'s words or a part done beside one left open', () => {
    const text = [
      '# Dashboards slow', '', '## Follow-ups', '',
      '- **Resize `ch-euw-2` disk permanently and audit all ClickHouse nodes for size drift** -',
      '  owner Jonas Becker, due 2025-02-19 (disk resize done, audit open)',
      '- **chproxy health check should fail when a replica has too many parts / active merges',
      '  blocked** - owner Mira Hoffmann, due 2025-03-07',
      '- **Done** Rotate the signing keys - owner Ana Ruiz, due 2025-03-01', '',
    ].join('\n');
    assert.deepEqual(
      items(text).map((i) => [i.owner, i.status]),
      [
        ['Jonas Becker', null],
        ['Mira Hoffmann', null],
        ['Ana Ruiz', 'done'],
      ],
    );
  });

  it('reads paragraphs filed under a ticket with a qualified owner ("**ISSP-771**: ...  \\n Control owner: Rachel Obi · Target date: ... · Status: Done")', () => {
    const text = [
      '# HSM latency', '', '## Corrective actions', '',
      '**ISSP-771**: Health check to send a real diagnostic command and mark unit unhealthy above 100 ms.  ',
      'Control owner: Rachel Obi (Issuing Platform) · Target date: 2024-02-09 · Status: Done', '',
      '**OPS-4102**: Storage changes that move shares must list consuming jobs.  ',
      'Control owner: Femi Adeyemi · Target date: 2024-03-01 · Status: Open', '',
    ].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(
      found.map((i) => [i.action.text, i.owner?.text, i.statusKind, i.ticket]),
      [
        ['Health check to send a real diagnostic command and mark unit unhealthy above 100 ms', 'Rachel Obi (Issuing Platform)', 'done', 'ISSP-771'],
        ['Storage changes that move shares must list consuming jobs', 'Femi Adeyemi', 'planned', 'OPS-4102'],
      ],
    );
  });

  it('reads owners after "--", a team named by its topic ("Infra Team"), an owner whose dash ends the line above, and due dates with two-digit years', () => {
    const text = [
      '# Lab system down', '', '## Actions', '',
      '- [ ] micro-BFD on all PNI LAGs (template + rollout) -- jvdberg -- 2024-11-29',
      '- [ ] Add drive monitoring on all servers – **Infra Team**, due **23/2/24**.',
      '- [ ] Re-enable the rotation task, and remove it from the old GPO baseline –',
      '      **Clinical Systems Infrastructure**, due **9/2/24**.', '',
    ].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems;
    assert.deepEqual(
      found.map((i) => [i.action.text, i.owner?.text, i.dueDate && [i.dueDate.year, i.dueDate.month, i.dueDate.day]]),
      [
        ['micro-BFD on all PNI LAGs (template + rollout)', 'jvdberg', [2024, 11, 29]],
        ['Add drive monitoring on all servers', 'Infra Team', [2024, 2, 23]],
        ['Re-enable the rotation task, and remove it from the old GPO baseline', 'Clinical Systems Infrastructure', [2024, 2, 9]],
      ],
    );
    // A topic alone is still no owner.
    assert.equal(items('# Outage\n\n## Actions\n\n- Add a soak test – Infra\n')[0].owner, null);
  });
  it('reads the owner named after the work\'s last sentence ("... automated. Ben Okoro, by Friday 30 January 2026."), a due date "18-Mar-2026", and "owner\'s" as a word of the work', () => {
    const text = [
      '# Outage',
      '',
      '## What we will do next',
      '',
      '- Move certificates to automatic renewal, and list the ones that cannot be automated. Ben Okoro, by Friday 30 January 2026.',
      '- Sync duct records to the duct owner\'s dig-safe portal. **Owner:** GIS team (K. Lowe) – **Due:** 18-Mar-2026',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-01-02' });
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text, i.dueDate && [i.dueDate.year, i.dueDate.month, i.dueDate.day]]),
      [
        ['Move certificates to automatic renewal, and list the ones that cannot be automated', 'Ben Okoro', [2026, 1, 30]],
        ["Sync duct records to the duct owner's dig-safe portal", 'GIS team (K. Lowe)', [2026, 3, 18]],
      ],
    );
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')), []);
  });

  it('reads a team and its person opening or closing the item, a priority or TBC after a trailing owner, "end Q3", "31/07", "(next sprint)" and "before X (Apr 13)", and "owner" as a word of the work', () => {
    const text = [
      '# Outage',
      '',
      '## Actions',
      '',
      '- [ ] Pre-built static map fallback page – Digital Channels – P2',
      '- [ ] Removals in OT zones must have OT app owner sign-off – Network Security (A. Khan), 31/07',
      '- [ ] Tag all OT firewall rules – OT-Network, end Q3',
      '- [ ] Re-test the phone procedure – Ops Training – TBC',
      '- [ ] Add a soak test – Storage team – Q3 2026',
      '- [ ] Load test the license path before next PPV (Apr 13) — owner?',
      '- @olu — alert when imports are skipped, not just failed (next sprint)',
      '- OT (M. Reyes) – PRB0004471 root cause on NTP server 2.',
      '- CS (Maya?) — SLA credit outreach for 611 tenants',
      '- Payments (Stripe) – add retries',
      '- Tag the rest – Q3',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-01-02' });
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]),
      [
        ['Pre-built static map fallback page', 'Digital Channels', null],
        ['Removals in OT zones must have OT app owner sign-off', 'Network Security', '31/07'],
        ['Tag all OT firewall rules', 'OT-Network', 'end Q3'],
        ['Re-test the phone procedure', 'Ops Training', null],
        ['Add a soak test', 'Storage team', 'Q3 2026'],
        ['Load test the license path before next PPV (Apr 13)', null, 'Apr 13'],
        ['@olu — alert when imports are skipped, not just failed (next sprint)', '@olu', 'next sprint'],
        ['PRB0004471 root cause on NTP server 2', 'OT (M. Reyes)', null],
        ['SLA credit outreach for 611 tenants', 'CS (Maya?)', null],
        ['Payments (Stripe) – add retries', null, null],
        ['Tag the rest', null, 'Q3'],
      ],
    );
  });

  it('reads past-tense passive work as done, a condition or an obligation as no status, and a list of steps the team is taking as its items', () => {
    const text = [
      '# Outage',
      '',
      '## Remediation',
      '',
      '- The signing key was reverted to the previous certificate at 15:09 UTC.',
      '- OT – move channel group 7 back in a planned window once PRB complete.',
      '- Dave said the cert renewal should be done by end of March',
      '- The alert was expected to fire; make it page',
      '',
      '## Preventive measures',
      '',
      'We are taking the following steps to prevent recurrence:',
      '',
      '1. Adding a minimum propagation period to the rotation job.',
      '2. Adding a pre-activation check of every edge cache.',
      '',
    ].join('\n');
    assert.deepEqual(items(text).map((i) => [i.action.slice(0, 30), i.status]), [
      ['The signing key was reverted t', 'done'],
      ['OT – move channel group 7 back', null],
      ['Dave said the cert renewal sho', null],
      ['The alert was expected to fire', null],
      ['Adding a minimum propagation p', null],
      ['Adding a pre-activation check ', null],
    ]);
  });

  it('reads the owner of a follow-up told as a paragraph from its subject ("Priya will extend ...")', () => {
    const text = ['# Outage', '', '## Follow ups', '', 'Priya will extend the per-tenant limiter to /Groups by end of next week. Tom is changing', 'the queue age alert.', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ['Priya']);
  });

  it('reads German calendar weeks and "bis" as due, owners between dashes before them, and a "POC" column as the owner', () => {
    const bullets = [
      '# Post-Incident Review: OT network outage',
      '',
      'Date: 17.11.2024',
      '',
      '## Corrective and preventive actions',
      '',
      '- [ ] Configure storm control on all OT ring ports — F. Wimmer — bis 13.12.2024 — CHG to be raised',
      '- [ ] Roll out the same config to Linz and Weiz — Network Operations AT (F. Wimmer) — KW 3/2025',
      '- [ ] Move the OT management VLAN off the production trunk — F. Wimmer / C. Pichler — KW 6/2025',
      '- [ ] Add OT on-call to the escalation matrix — A. Reiter — KW 48 — done?',
      '- [ ] Out-of-band management for the OT core — K. Aigner — Q1/2025',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(bullets, { settings: DEFAULT_SETTINGS, today: '2026-12-04' });
    assert.deepEqual(
      model.actionItems.map((item) => [item.owner?.text ?? null, item.due?.text ?? null, item.statusKind ?? null]),
      [
        ['F. Wimmer', '13.12.2024', 'planned'],
        ['Network Operations AT', 'KW 3/2025', 'planned'],
        ['F. Wimmer / C. Pichler', 'KW 6/2025', 'planned'],
        ['A. Reiter', 'KW 48', 'planned'],
        ['K. Aigner', 'Q1/2025', 'planned'],
      ],
    );
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner' || f.code === 'action-item-missing-due-date'), []);
    // A calendar week with its year is a date (its Sunday), so it can be overdue; "KW 48" alone is not checked.
    assert.deepEqual(model.actionItems.map((item) => item.dueDate && `${item.dueDate.year}-${item.dueDate.month}-${item.dueDate.day}`), ['2024-12-13', '2025-1-19', '2025-2-9', undefined, undefined]);
    // A German relative due after the owner's comma ("— Katrin, diese Woche", "– Jonas, bis Di"): the owner and when.
    const relative = analyzeText('# Störung\n\n## ToDos\n\n- [ ] Partner-Team informieren wg. Retries ohne Backoff – Katrin, diese Woche\n- [ ] Runbook ergänzen – Jonas, bis Di\n- [ ] Fix the replay — Sam, next week\n- [ ] Add a canary stage — Freitag\n', { settings: DEFAULT_SETTINGS, today: '2026-12-04' });
    // A weekday alone after a dash is a name ("— Freitag"), as before.
    assert.deepEqual(relative.model.actionItems.map((item) => [item.owner?.text ?? null, item.due?.text ?? null]), [['Katrin', 'diese Woche'], ['Jonas', 'Di'], ['Sam', 'next week'], ['Freitag', null]]);
    const table = ['# Outage', '', '## Maßnahmen', '', '| Nr. | Maßnahme | Verantwortlich | bis | Status |', '|---|---|---|---|---|', '| M1 | Forward HANA alerts to event management | M. Lehner | KW 45 | Offen |', '', '## Action items', '', '| # | Action | POC | Due |', '|---|---|---|---|', '| 1 | Add a gateway failover alert | Rohit S. | 30-08-2026 |', ''].join('\n');
    assert.deepEqual(
      analyzeText(table, { settings: DEFAULT_SETTINGS }).model.actionItems.map((item) => [item.owner?.text ?? null, item.due?.text ?? null]),
      [
        ['M. Lehner', 'KW 45'],
        ['Rohit S.', '30-08-2026'],
      ],
    );
  });

  it('reads a one-word owner between dashes before a day-first date with hyphens ("— Tanvi — 22-08-2024")', () => {
    const text = ['# Search outage', '', '## Action items', '', '- DISC-612 — `gen_synonyms.py` to write UTF-8 explicitly — Tanvi — 22-08-2024', '- DISC-613 — make unreadable synonyms a hard failure — Rahul — 30-08-2024', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.actionItems.map((item) => [item.owner?.text ?? null, item.due?.text ?? null]), [
      ['Tanvi', '22-08-2024'],
      ['Rahul', '30-08-2024'],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner'), []);
  });

  it('reads a heading naming the work over a paragraph of its fields ("### M1 – ..." then "Verantwortlich:", "bis:", "Status:") as one item', () => {
    const text = ['# Störungsbericht', '', '## Maßnahmen', '', '### M1 – Change delta logic to UTC timestamp', 'Verantwortlich: T. Reinhardt', 'bis: KW 46', 'Status: offen', '', '### M2 – Reject duplicate orders', 'Owner: D. Schwarz', 'Due: 2025-02-10', '', '### Background', 'The job ran twice.', 'It sent 312 orders again.', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(
      model.actionItems.map((item) => [item.action.text, item.owner?.text ?? null, item.due?.text ?? null]),
      [
        ['M1 – Change delta logic to UTC timestamp', 'T. Reinhardt', 'KW 46'],
        ['M2 – Reject duplicate orders', 'D. Schwarz', '2025-02-10'],
      ],
    );
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item-missing')), []);
  });

  it('reads fields between dashes the editor wrapped onto the next line ("— Diego\n  Matsuda — 15/12/2023 — PLAT-1190"), and "A definir", "A fazer"', () => {
    const text = ['# Revisão de incidente', '', '## Ações', '', '- [ ] **Retry budget** no client HTTP compartilhado — Diego', '  Matsuda — 15/12/2023 — PLAT-1190', '- [ ] **Chave de idempotência** estável por pedido — Aline Couto —', '  15/12/2023 — PAG-2210', '- [ ] CAB: re-check vendor advisories before firmware changes', '      — Change Management AT — KW 49', '- [ ] **Teste de roteamento 60/40** — Aline Couto — 26/11/2023 — PAG-2203', '  (adiado: adquirente B não liberou janela)', '', '| Ação | Responsável | Prazo | Status |', '|---|---|---|---|', '| Renegociar capacidade | A definir | 31/01/2024 | A fazer |', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(
      model.actionItems.map((item) => [item.action.text, item.owner?.text ?? null, item.due?.text ?? null, item.statusKind ?? null]),
      [
        ['**Retry budget** no client HTTP compartilhado', 'Diego Matsuda', '15/12/2023', 'planned'],
        ['**Chave de idempotência** estável por pedido', 'Aline Couto', '15/12/2023', 'planned'],
        ['CAB: re-check vendor advisories before firmware changes', 'Change Management AT', 'KW 49', 'planned'],
        ['Teste de roteamento 60/40', 'Aline Couto', '26/11/2023', 'planned'],
        ['Renegociar capacidade', null, '31/01/2024', 'planned'],
      ],
    );
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner').map((f) => /replace "([^"]+)"/.exec(f.message)?.[1]), ['A definir']);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-unknown-status'), []);
  });

  it('does not read a template\'s italic guidance row as an item', () => {
    const text = ['# Outage', '', '## Actions', '', '| Ref | Action | Owner | Due Date | Status |', '|---|---|---|---|---|', '| A1 | Add restoration tests | Sam Whitlock | 15/05/2026 | Open |', '| A5 | *Add further actions as required* | | | |', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.action), ['Add restoration tests']);
  });

  it('reads a due date keyed "Timeframe:", "Échéance :" or "截止时间：" (a formal report\'s recommendations, French and Chinese items)', () => {
    const dues = (lines: string[]) => analyzeText(['# Outage', '', '## Actions', '', ...lines, ''].join('\n'), { settings: DEFAULT_SETTINGS, today: '2024-06-01' }).model.actionItems.map((item) => item.dueDate);
    assert.deepEqual(dues(['- Add synthetic payment checks. *Responsible:* Manager, Digital Platforms. *Timeframe:* 31 July 2024.']), [{ year: 2024, month: 7, day: 31 }]);
    assert.deepEqual(dues(['- Tester la chaîne de certificats — Porteur : Équipe Middleware — Échéance : 2024-05-15']), [{ year: 2024, month: 5, day: 15 }]);
    assert.deepEqual(dues(['- 增加配置校验，负责人：李卓，截止时间：2024年8月30日，状态：进行中']), [{ year: 2024, month: 8, day: 30 }]);
  });

  it('reads a Chinese item\'s fields after the work: "—— 吴涛，5/24，已完成", "负责人：李卓", "@刘洋", "—— 待定" (nobody yet)', () => {
    const text = ['# 故障复盘', '', '## 改进措施', '', '- 增加配置校验 —— 张晨，8/15', '- 扩容消费者 —— 吴涛，5/24，已完成', '- 告警阈值调整 @刘洋', '- 慢 SQL 治理，负责人：李卓，截止时间：2024年8月30日，状态：进行中', '- 订单页增加确认状态 —— 待定', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-06-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null, i.statusKind ?? null]), [
      ['增加配置校验', '张晨', '8/15', null],
      ['扩容消费者', '吴涛', '5/24', 'done'],
      ['告警阈值调整', '@刘洋', null, null],
      ['慢 SQL 治理', '李卓', '2024年8月30日', 'in-progress'],
      ['订单页增加确认状态', null, null, null],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner').map((f) => text.slice(f.start, f.start + 9)), ['订单页增加确认状态']);
  });

  it('reads a name in brackets closing an item followed by its role or what is known of when ("(Johanna, support lead)", "(Sofia, done 7 Nov)")', () => {
    const text = ['# Chargers offline', '', '## Actions', '', '- Update the status page within 30 min of a P1 (Johanna, support lead)', '- Make the pong timeout configurable (Sofia, done 7 Nov in 7.12.1)', '- Canary the gateway for 30 min before a full rollout (platform team)', '- Add a "runs waiting" panel to the board (Maya / Callum)', ''].join('\n');
    assert.deepEqual(items(text).map((i) => [i.action, i.owner, i.status]), [
      ['Update the status page within 30 min of a P1', 'Johanna', null],
      ['Make the pong timeout configurable', 'Sofia', 'done'],
      ['Canary the gateway for 30 min before a full rollout', 'platform team', null],
      ['Add a "runs waiting" panel to the board', 'Maya / Callum', null],
    ]);
    // A person's initial and name in brackets after a topic, then the date alone (the topic stays the work's, as for
    // "— Infra (Petra Lind) — due ..."); a team in lower case after a dash.
    const trailing = ['# Scanning backlog', '', '## Next steps', '', '- [ ] Add the release agents to the patch smoke test - Infra (J. Novak) - 12/06', '- Replace the remaining 2016 routers at high-risk sites - telemetry team', ''].join('\n');
    assert.deepEqual(items(trailing).map((i) => [i.action, i.owner]), [
      ['Add the release agents to the patch smoke test - Infra', 'J. Novak'],
      ['Replace the remaining 2016 routers at high-risk sites', 'telemetry team'],
    ]);
  });

  it('reads an owner closing the line with their team, joined names, a long role, and "to be confirmed" as nobody', () => {
    const lines = [
      '- [x] Rate limits are now enforced per sender. — Tomasz Nowak, Platform. Completed 2 March.',
      '- [ ] Page the mail on-call above 10 % deferrals. — Aoife Byrne, Deliverability, by 20 March.',
      '- [ ] Reconcile the missed work orders for the regulator — Nadia + Luis, by end of next week',
      '- [ ] Stop closing duplicate tickets unread — Customer Contact Centre Team Leader, end of April',
      '- [ ] Show a banner when five outstations drop at once. *Owner: to be confirmed (vendor or NMS team).*',
      '- [ ] Move the exports to the new bucket — Storage, Backups, by Friday',
      '- [ ] Split the checkout queue — Order Service, Checkout, by Friday',
    ];
    const text = `# Outage\n\n## Action items\n\n${lines.join('\n')}\n`;
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-03-01' });
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text ?? null), ['Tomasz Nowak', 'Aoife Byrne', 'Nadia + Luis', 'Customer Contact Centre Team Leader', null, null, null]);
    // Nobody yet is a missing owner, not an owner named "to"; a topic or a component and its area before the date is no
    // owner either.
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner').map((f) => text.slice(0, f.start).split('\n').length), [9, 10, 11]);
  });

  it('is overdue by a period\'s last day ("end of November", "Q3 2026", "the end of February"), a year not written being the incident\'s; a period is never before the incident', () => {
    const lines = [
      '- [ ] Sign-off from Deliverability for address changes — Change Board, by end of November.',
      '- [ ] Review the event at the management review | due Q3 2026',
      '- [ ] Add the banner template — Callum, by the end of February',
      '- [ ] Move the scheduler to UTC — Ines, due end of Q4',
      '- [ ] Retire the old relay — Ola, due Q2 2026',
      '- [ ] Test the failover — Ben, due January 2027',
    ];
    const text = `# Outage\n\nDate: 2026-10-14\n\n## Action items\n\n${lines.join('\n')}\n`;
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-05' });
    assert.deepEqual(model.actionItems.map((i) => i.dueDate && [i.dueDate.year ?? null, i.dueDate.month, i.dueDate.day]), [[null, 11, 30], [2026, 9, 30], [null, 2, 29], [null, 12, 31], [2026, 6, 30], [2027, 1, 31]]);
    // November and Q3 2026 have ended; February is next year's, Q4 this year's; Q2 2026, before the incident, may be a
    // fiscal quarter: overdue, never said to be before the incident.
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-overdue' || f.code === 'date-order').map((f) => `${f.code} ${text.slice(0, f.start).split('\n').length}`), ['action-item-overdue 7', 'action-item-overdue 8', 'action-item-overdue 11']);
    // With no year in the document, the end of a month or quarter is not checked.
    assert.deepEqual(analyzeText(text.replace('Date: 2026-10-14', ''), { settings: DEFAULT_SETTINGS, today: '2026-12-05' }).findings.filter((f) => f.code === 'action-item-overdue').map((f) => text.replace('Date: 2026-10-14', '').slice(0, f.start).split('\n').length), [8, 11]);
  });

  it('reads "needs an owner" as nobody\'s, a site code in brackets as no one, and questions to discuss as no work; not a "Component:" lead as an owner', () => {
    const text = [
      '# Outage',
      '',
      '## Todo',
      '',
      '- Kafka: raise the retention to 7 days',
      '- refund all 1,086 transactions - Finance to pick up, needs an owner',
      '- [ ] Fail the build when a service has no owner in the catalogue — Priya, by 2026-06-20',
      '- [ ] Make sure every alert needs an owner before it pages — Sam, by 2026-06-20',
      '- Marco to audit all fleet configs for the same flag',
      '- [ ] Firmware 3.3.0 onto all antenna units (LYB-3, LYB-1, KRN-1)',
      '- [ ] Smoke tests for every exemption category (no owner yet)',
      '',
      'Questions for the review on Thursday:',
      '',
      '- should weekends have two engineers on shift?',
      '- do we tell customers proactively?',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text.slice(0, 24), i.owner?.text ?? null]), [
      ['Kafka: raise the retenti', null],
      ['refund all 1,086 transac', null],
      ['Fail the build when a se', 'Priya'],
      ['Make sure every alert ne', 'Sam'],
      ['Marco to audit all fleet', 'Marco'],
      ['Firmware 3.3.0 onto all ', null],
      ['Smoke tests for every ex', null],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner').map((f) => text.slice(0, f.start).split('\n').length), [5, 6, 10, 11]);
  });

  it('reads no status from a quoted phrase ("the \\"timeout = complete\\" bug") or a word quoted after "not", but a status quoted alone is one', () => {
    const lines = [
      '- [ ] Ask the vendor to make auth failures fail the job (status "Failed", not "Completed") — Dana, by 2026-12-20',
      '- Get the vendor to fix the “timeout = complete” bug — Omar, by 2026-12-20',
      '- Rotate the relay password — Sam — completed',
      '- Fix the cert rotation — Dana — "Done"',
      '- Handle the „Zeitüberschreitung“ message — Ana, by 2026-03-20 — done',
      '- Mount the 19" rack in the cage — Ben — completed',
    ];
    const text = `# Outage\n\n## Action items\n\n${lines.join('\n')}\n`;
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text ?? null, i.statusKind ?? null]), [
      ['Dana', 'planned'],
      ['Omar', null],
      ['Sam', 'done'],
      [null, 'done'],
      ['Ana', 'done'],
      ['Ben', 'done'],
    ]);
  });

  it('reads a bracket closing the item with a name and a day-first date ("(Kylie Barnes, 21/11)"), or a name and the vendor with them ("(Sarah Nguyen / Coretex, by 18/12)")', () => {
    const text = ['# Outage', '', 'Date: 2026-11-20', '', '## Action items', '', '- [x] Holding message on the website (Kylie Barnes, 21/11)', '- [ ] Reconcile the zone bills (Sarah Nguyen / Coretex, by 18/12)', '- [ ] Alert on the export (Tom Baker, 30/11)', '- [ ] Staff the support desk — Support, 24/7', '- [ ] Put the NOC on an on-call rota (Ops team, 24/7)', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-05' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]), [
      ['Holding message on the website', 'Kylie Barnes', '21/11'],
      ['Reconcile the zone bills', 'Sarah Nguyen', '18/12'],
      ['Alert on the export', 'Tom Baker', '30/11'],
      // Round the clock, not the 24th of July.
      ['Staff the support desk', 'Support', null],
      ['Put the NOC on an on-call rota (Ops team, 24/7)', null, null],
    ]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')).map((f) => `${text.slice(0, f.start).split('\n').length} ${f.code}`), ['9 action-item-overdue', '10 action-item-missing-due-date', '11 action-item-missing-owner', '11 action-item-missing-due-date']);
  });

  it('reads an owner joined with a team in lower case ("— Marcus + tools team") and one waiting on someone ("— Joel, waiting on vendor")', () => {
    const text = '# Outage\n\n## Stuff we\'re doing about it\n\n- [ ] Jenkins summary should surface DDC warnings count — Marcus + tools team\n- [ ] Grow the cache volume to 8 TB (vendor ticket open) — Joel, waiting on vendor\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-03-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text ?? null, i.action.text]), [
      ['Marcus + tools team', 'Jenkins summary should surface DDC warnings count'],
      ['Joel', 'Grow the cache volume to 8 TB (vendor ticket open)'],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner'), []);
  });

  it('reads owners between double hyphens wrapped onto the next line ("-- Learning\\n Systems -- by June 30"), a team with its vendor, and a team of four words', () => {
    const text = [
      '# Outage', '', '## What we are doing about it', '',
      '- [x] Move proctoring heartbeats off our cache; install the fixed plug-in --',
      '      Learning Systems with ProctorWise -- done Tue May 5',
      '- [ ] Require an expiry on anything a third-party plug-in stores in our',
      '      systems -- Learning',
      '      Systems (Dana Whitcomb) -- by June 30',
      '- [ ] Freeze vendor updates to ExamHub for the two weeks before finals -- ITS Change Advisory Board -- starting fall term',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-05-20' });
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text ?? null), ['Learning Systems with ProctorWise', 'Learning Systems', 'ITS Change Advisory Board']);
    // The week a dash gives ("— Sam O.\n  — w/c 23/11") follows the owner as a date does.
    const week = analyzeText('# Outage\n\n## Actions\n\n- [ ] FMC node health tile on the ops office screen — Sam O.\n      — w/c 23/11\n', { settings: DEFAULT_SETTINGS, today: '2026-11-01' });
    assert.deepEqual(week.model.actionItems.map((i) => i.owner?.text ?? null), ['Sam O.']);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-missing-owner'), []);
  });

  it('reads a Russian item\'s fields after the work ("Отв. — Тарасов О., до 31.05.2024. Статус: в работе.")', () => {
    const text = ['# Разбор', '', '## Что делаем дальше', '', '1. Включить storm-control на всех портах. Отв. — Белов К., до 07.06.2024. Статус: сделано.', '2. Закупить стендовый коммутатор. Отв. — Тарасов О., до 31.05.2024. Статус: в работе.', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-05-20' });
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text, i.due?.text, i.statusKind]), [
      ['Включить storm-control на всех портах', 'Белов К', '07.06.2024', 'done'],
      ['Закупить стендовый коммутатор', 'Тарасов О', '31.05.2024', 'in-progress'],
    ]);
  });

  it('reads a "| Measure | Value |" table of counts under "Customer impact and remediation" as figures, not work to do', () => {
    const facts = ['## Customer impact and remediation', '', '| Measure | Value |', '|---|---|', '| Customer orders queued | 1,206 |', '| Symbols | 414 |', ''];
    const actions = ['## Corrective measures', '', '| Measure | Target date |', '|---|---|', '| Alert on SOR queue depth | 2024-07-01 |', ''];
    const { model, findings } = analyzeText(['# Orders missed the open', '', ...facts, ...actions].join('\n'), { settings: DEFAULT_SETTINGS, today: '2024-06-10' });
    assert.deepEqual(model.actionItems.map((item) => item.action.text), ['Alert on SOR queue depth']);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item') && f.start < 200), []);
  });

  it('reads "Not sure whose that is now" as no report of work done, and "The alert is now in place" as one', () => {
    const text = ['# Outage', '', '## Next steps', '', "- Someone needs to look at why our own monitoring didn't fire. Not sure whose that is now.", '- The disk alert is now in place.', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.status), [null, 'done']);
  });

  it('reads "- None", "| N/A |" and "No further actions required" as nothing to do, not as items without owners', () => {
    const text = (list: string[]) => ['# Outage', '', '## Action items', '', ...list, ''].join('\n');
    for (const nothing of ['- None', '- N/A', '* None identified at this time.', '- No further action items were identified.', '- Nothing further'])
      assert.deepEqual(items(text([nothing])), [], nothing);
    assert.deepEqual(items(text(['| Action | Owner | Due |', '| --- | --- | --- |', '| None | | |'])), []);
    assert.deepEqual(items(text(['| Action | Owner | Due |', '| --- | --- | --- |', '| None | @priya | 2024-09-15 |'])).map((i) => i.owner), ['@priya']);
    // Work that opens with the same words is still work.
    assert.deepEqual(items(text(['- None of the replicas alerted: add an alert on lag', '- No changes to the pipeline without a review'])).map((i) => i.owner), [null, null]);
  });

  it('reads an umbrella heading\'s story parts as the story, its work part and a plain list\'s topic groups as work', () => {
    const umbrella = ['# Outage', '', "## Launch day: what happened, and what we're doing about it", '', '### What you saw', '', '- From 10:06 to 13:10 many players could not log in.', '', '### What went wrong', '', '- The party check overloaded the session store.', '', "### What's next", '', '- Turn the party check off', ''];
    assert.deepEqual(items(umbrella.join('\n')).map((i) => i.action), ['Turn the party check off']);
    umbrella[2] = "## What happened and what we're doing about it";
    assert.deepEqual(items(umbrella.join('\n')).map((i) => i.action), ['Turn the party check off']);
    const grouped = ['# Outage', '', '## Action items', '', '### Detection', '', '- Alert on login success', '', '### Prevention', '', '- Load test parties', ''];
    assert.deepEqual(items(grouped.join('\n')).map((i) => i.action), ['Alert on login success', 'Load test parties']);
    // Grouped by cause beside a group of follow-ups, still work.
    const byCause = ['# Outage', '', '## Action items', '', '### Root cause', '', '- Fix the connection leak', '', '### Follow-ups', '', '- Load test parties', ''];
    assert.deepEqual(items(byCause.join('\n')).map((i) => i.action), ['Fix the connection leak', 'Load test parties']);
  });

  it('reads a department or role as the subject at work, and a later "County IT to propose" or "(Dana taking it)" as the owner', () => {
    const owners = (list: string[]) => items(['# Outage', '', '## Commitments', '', ...list, ''].join('\n')).map((i) => i.owner);
    assert.deepEqual(
      owners([
        '1. Trading Technology will add a pre-open synthetic order test.',
        '2. **By May 15, 2025.** Technology Risk will revise the change management policy.',
        '3. Chief Pharmacist is leading the missed dose review.',
        '4. **Joint failover test.** We recommend a joint failover test twice a year. County IT to',
        '   propose dates.',
        '5. Ask IT to announce maintenance before it starts. (Dana taking to IT mtg)',
      ]),
      ['Trading Technology', 'Technology Risk', 'Chief Pharmacist', 'County IT', 'Dana'],
    );
    // A thing that will be done to, a sentence opening with "Then", a tool under a title: no one named.
    assert.deepEqual(owners(['1. Log Rotation will be enabled on all hosts.', '2. Fix the build. Then to review the docs.', '3. **Kafka.** Kafka Connect will be upgraded.']), [null, null, null]);
    // Products and tools at work are no owners.
    assert.deepEqual(owners(['1. **Status page.** Status Page will show a banner.', '2. Backfill the partitions. Airflow to run the DAG.', '3. Move reads to the replica (Postgres handling writes only).', '4. Dead Letter Queue is handling the replay.']), [null, null, null, null]);
    assert.deepEqual(owners(['1. Decide on the archive format (Dana taking it).']), ['Dana']);
  });

  it('ends the work of a checklist at the next comment of a thread pasted from an issue tracker ("**@mkoehler** commented")', () => {
    const thread = ['# Incident: login failures for EU customers #412', '', '### Follow-ups', '', '- [x] Revert the flag config @jpatel', '- [ ] Schema validation for flag rules @lhoffmann', '', '---', '', '**@mkoehler** commented · Feb 13, 2024', '', 'Summary for people landing here later:', '', '- Impact: EU tenants could not log in', '- Cause: malformed flag config', '', '---', '', '**Rafael Nogueira** added a comment - 12/Mar/24 10:46 AM', '', '- 03:19 got paged', '- 03:26 acked', ''].join('\n');
    assert.deepEqual(items(thread).map((i) => i.action), ['Revert the flag config', 'Schema validation for flag rules']);
    // Without the comment's header, the list after the rule is still the checklist's.
    assert.equal(items(thread.replace('**@mkoehler** commented · Feb 13, 2024', 'More:').replace('**Rafael Nogueira** added a comment - 12/Mar/24 10:46 AM', '')).length, 6);
    // The checklist inside the first comment is the work; a sentence that someone wrote or replied opens no comment.
    const inComment = ['# Checkout outage', '', '## Follow-ups', '', '**@priya** commented · May 15, 2024', '', 'Proposed follow-ups:', '', '- [ ] Add schema validation (@priya)', '- [ ] Add a canary stage (@liam)', '', '**@liam** commented · May 16, 2024', '', '- Reproduced locally', ''].join('\n');
    assert.deepEqual(items(inComment).map((i) => i.action), ['Add schema validation', 'Add a canary stage']);
    const prose = ['# Checkout outage', '', "## What we're changing", '', 'We wrote down everything that came out of the review.', '', '- Add schema validation (Priya)', '', '> Our VP wrote:', '', '- Add a canary stage (Liam)', ''].join('\n');
    assert.equal(items(prose).length, 2);
  });

  it('reads "It has now been turned on" after the problem as done, and "only checked that it was mounted" as no report of work done', () => {
    const list = ['# Scratch read-only', '', 'What we are doing about it:', '', '- Patrol read was turned off on this array. It has now been turned on for all', '  storage arrays on the cluster.', '- Our monitoring only checked that the filesystem was mounted, not that it could be written to.', '- Hot spares need checking. This is also important for the next rebuild.', ''].join('\n');
    assert.deepEqual(items(list).map((i) => i.status), ['done', null, null]);
  });

  it('reads the owner a sentence of the item names as doing the work ("Our OT engineer, David Marsh, is implementing this")', () => {
    const owner = (item: string) => analyzeText(`# Outage\n\n## Action items\n\n- ${item}\n`, { settings: DEFAULT_SETTINGS }).model.actionItems[0]?.owner?.text;
    assert.equal(owner('Add an escalating alarm. Our OT engineer, David Marsh, is implementing this by the end of April.'), 'David Marsh');
    assert.equal(owner('Add an escalating alarm. Priya is leading this in Q3.'), 'Priya');
    assert.equal(owner('Add an escalating alarm. Nobody is implementing this yet.'), undefined);
    for (const nobody of ['She is implementing this next sprint.', 'Vault will be handling this once PKI is on.', 'Who is leading this? Unclear.']) assert.equal(owner(`Add certificate alerting. ${nobody}`), undefined, nobody);
    // After a bold title, a person's errand; after the work's sentence, a name and when.
    assert.equal(owner('**Per-user quotas.** Tom to look at whether we can switch provisioner.'), 'Tom');
    assert.equal(owner('**Backfill.** Airflow to run the backfill nightly.'), undefined);
    assert.equal(owner('Auto-tag tickets by domain. Dana, next sprint.'), 'Dana');
    assert.equal(owner('Auto-tag tickets by domain. Monitoring, next sprint.'), undefined);
  });
  it('reads the owner handed an errand of any common verb ("Dave to reorder photo eyes - done"), not a plan, a goal or a way', () => {
    const owners = (item: string) => items(`# Outage\n\n## Follow-ups\n\n- ${item}\n`).map((i) => i.owner);
    assert.deepEqual(owners('Dave to reorder photo eyes (at least 2 spares) - done, PO 44817 placed Sat'), ['Dave']);
    assert.deepEqual(owners('Greg to give Dave read-only WCS login - done 2/22'), ['Greg']);
    for (const item of ['Plan to replace the PSU', 'Goal to add alerts', 'Way to test failover', 'Next to install the spare']) assert.deepEqual(owners(item), [null], item);
  });
  it('reads the owner of a wrapped item from a later sentence on its last line ("Greg is targeting 11/8 for this.", "Dan Brandt is following up")', () => {
    const text = '# Outage\n\n## Action items\n\n1. In progress - We are adding a check that sends a test label request every 15 minutes and alerts IT and the\n   shift supervisor if any carrier fails. Greg is targeting 11/8 for this.\n2. We will ask UPS to set up a late-pickup arrangement. Dan Brandt is following up\n   with our UPS rep.\n3. We will ask UPS. Who is following up?\n4. Add alerts. The vendor is following up.\n';
    assert.deepEqual(items(text).map((i) => i.owner), ['Greg', 'Dan Brandt', null, null]);
  });
  it('reads "Greg: alert to on-call ..." as Greg\'s when the document names Greg as a person elsewhere, not "Monitoring:" or "Customer:"', () => {
    const text = '# Sorter down\n\nCustomer: Acme Corp\n\n## Timeline\n\n[1:32 AM] Greg L: on site\n\nThe customer was told.\n\n## Follow-ups\n\n- Greg: alert to on-call when WCS loses heartbeat, by end of next week\n- Monitoring: add an alert on heartbeat\n- Customer: send an apology email\n- Dave: check the UPS\n\nDave checked the logs.\n';
    assert.deepEqual(items(text).map((i) => [i.owner, i.action.slice(0, 18)]), [['Greg', 'alert to on-call w'], [null, 'Monitoring: add an'], [null, 'Customer: send an '], [null, 'Dave: check the UP']]);
  });
  it('reads "Wouter: add ..." as Wouter\'s when the story has Wouter do what only a person does ("Femke opened a case", "the on-call engineer, Wouter"), not "Icinga raised"', () => {
    const text = '# Scratch down\n\n## What happened\n\nIcinga raised an alert and paged the on-call engineer, Wouter. Femke opened a case with the vendor.\n\n## Follow-up\n\n- Wouter: add the controller health to Icinga\n- Femke + vendor: get the RMA analysis\n- Icinga: add a check on the cache battery\n';
    assert.deepEqual(items(text).map((i) => i.owner), ['Wouter', 'Femke + vendor', null]);
  });
  it('reads a role then its person in apposition ("Our Facilities Manager, Mr Pieter Botha, will ..."), "Mr X (role) is responsible for this project" and "owned by our Client Success\\n team" as owners', () => {
    const text = '# Outage\n\n## Remedial actions\n\n1. Our Facilities Manager, Mr Pieter Botha, will introduce fuel sampling on every delivery.\n\n2. We will install a second generator. Mr Johan Pretorius (Operations Director) is responsible for this\n   project.\n\n3. Our client notification process will be changed. This is owned by our Client Success\n   team.\n\n4. Our status page, Statuspage, will be replaced.\n';
    assert.deepEqual(items(text).map((i) => i.owner), ['Mr Pieter Botha', 'Johan Pretorius', 'Client Success team', null]);
  });
  it('reads an arrow handing the item over ("-> @kuba, by Fri 26.09", a wrapped "-> Anna N., from next upgrade") as its owner, not "A -> B" in the work', () => {
    const text = '# Outage\n\n## Actions\n\n- [ ] Move the manifests to the ansible role -> @kuba, by Fri 26.09\n- [ ] Upgrades only in the agreed window and announced to the client\n      -> Anna N., from next upgrade\n- [ ] Redirect traffic -> Cloudflare until the fix lands\n';
    assert.deepEqual(items(text).map((i) => i.owner), ['@kuba', 'Anna N.', null]);
  });
  it('reads "Kevin Brandt, who manages Server Operations, is taking ..." and "Denise Kowalski in Nursing Informatics will work with ..." as theirs, and "That was completed Friday afternoon." as done under a heading of work in progress', () => {
    const text = "# Outage\n\n**What we're doing**\n\n- Kevin Brandt, who manages Server Operations, is taking these servers out of automated patching.\n- We have already added a test page to the checklist. That was completed Friday afternoon.\n- Denise Kowalski in Nursing Informatics will work with the house supervisors on the procedure.\n";
    assert.deepEqual(items(text).map((i) => [i.owner, i.status]), [['Kevin Brandt', 'in-progress'], [null, 'done'], ['Denise Kowalski', 'in-progress']]);
  });
  it('reads a team named after the work\'s last sentence, then when ("Identity team, this week", "Network Engineering and the Windows team, suspense 30 April")', () => {
    const text = '# Outage\n\n## What we are doing about it\n\n1. Stand up a second OCSP responder in the Norfolk DC.\n   Network Engineering and the Windows team, suspense 30 April.\n2. Review all service accounts rotated on 28 March.\n   Identity team, this week (by 4 April).\n3. Review the runbook. The team, due 4 April.\n';
    assert.deepEqual(items(text).map((i) => i.owner), ['Network Engineering and the Windows team', 'Identity team', null]);
  });
  it('reads a bold lead of two joined by "+" ("**Tom + Backend**: cache fallback ...") as their owner', () => {
    assert.deepEqual(items('# Outage\n\n## Follow-ups\n\n- **Tom + Backend**: cache fallback: fall through to the DB instead of serving stale.\n').map((i) => [i.owner, i.action.slice(0, 14)]), [['Tom + Backend', 'cache fallback']]);
  });
  it('reads "Min Lee in NOC Tooling has put probes ..." and an item "That one is in and working." as done, not "Sarah has agreed to ..."', () => {
    const statuses = (item: string) => items(`# Outage\n\n## What we are doing\n\n- ${item}\n`).map((i) => i.status);
    assert.deepEqual(statuses('Min Lee in NOC Tooling has put synthetic probes into Netcool over the weekend.'), ['done']);
    assert.deepEqual(statuses('Probes from customer address space, alarming on REFUSED. That one is in and working.'), ['done']);
    assert.deepEqual(statuses('Sarah Ng has agreed to take a staged rollout standard to CAB.'), [null]);
  });
  it('reads a team with its lead in brackets and a department at work in a later sentence as owners, and no owner in a passive subject ("Credits will be applied")', () => {
    const owners = (item: string) => items(`# Outage\n\n## Action items\n\n- ${item}\n`).map((i) => i.owner);
    assert.deepEqual(owners('Ingest rejections will raise an alarm. Our ground software team (lead: M. Castellanos) is doing this and expects it live by 31 July.'), ['ground software team']);
    assert.deepEqual(owners('Service credits will be applied to your August invoice. Account Management will confirm the amount separately.'), ['Account Management']);
    assert.deepEqual(owners('Alerts were tuned. Network Operations will see fewer pages.'), [null]);
    assert.deepEqual(owners('Credits will be applied to your invoice.'), [null]);
    assert.deepEqual(owners('Jane will be handling this'), ['Jane']);
  });
  it('reads "— shreya, posted 19 May 11 AM" as a past date, not a due date "May 11"', () => {
    const text = '# Outage\n\n## Todo\n\n- [x] status page post-incident note — shreya, posted 19 May 11 AM\n- status note for the board — anand, due May 11\n';
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-05-01' }).model.actionItems.map((i) => [i.owner?.text, i.due?.text ?? null]);
    assert.deepEqual(read, [[undefined, null], ['anand', 'May 11']]);
  });
  it('reads a team opening the item as its owner ("The app team will change ...", "By 28 June 2024 our platform team will add ..."), not "The team"', () => {
    const owners = (item: string) => items(`# Outage\n\n## What we will do next\n\n- ${item}\n`).map((i) => i.owner);
    assert.deepEqual(owners('By 28 June 2024 our platform team will add a check to the deployment pipeline.'), ['platform team']);
    assert.deepEqual(owners('By March 28, 2025, our Payments Platform team will make the link\'s capacity adjustable.'), ['Payments Platform team']);
    assert.deepEqual(owners('The app team will change the error message.'), ['app team']);
    assert.deepEqual(owners('The team will review the runbook.'), [null]);
  });
  it('reads German items\' owners and days: "— Deniz, Mo 01.04.", "(Deniz, 01.04.)", "bis Fr 05.04. (Paul)"', () => {
    const text = '# Störung\n\n## Maßnahmen\n\n- Support ruft Kunden an — Deniz, Mo 01.04.\n- Rollout stoppen bei Fehlerquote > 2 % (Deniz, 01.04.)\n- Alarm auf BLE-Fehlerrate bis Fr 05.04. (Paul)\n';
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' }).model.actionItems.map((i) => [i.owner?.text, i.due?.text ?? null]);
    assert.deepEqual(read.map(([owner]) => owner), ['Deniz', 'Deniz', 'Paul']);
    assert.equal(read[2][1], '05.04.');
  });
  it('keeps teams whose first word names no one ("Tools Team to review", "Budget Office to confirm") and gives no owner to a tool or an instruction ("Jenkins to rotate", "Use Ansible to install", "Remind Teachers to print")', () => {
    const owners = (item: string) => items(`# Outage\n\n## Follow-ups\n\n- ${item}\n`).map((i) => i.owner);
    assert.deepEqual(owners('Tools Team to review the alert thresholds — due 2026-07-01'), ['Tools Team']);
    assert.deepEqual(owners('Budget Office to confirm funding for the second UPS'), ['Budget Office']);
    for (const item of ['Jenkins to rotate the gateway logs nightly', 'Use Ansible to install the monitoring agent', 'Remind Teachers to print rosters', 'Veeam to verify restores weekly', 'Get Facilities to replace the UPS batteries']) assert.deepEqual(owners(item), [null], item);
  });
  it('gives no owner to a tool named in a chat, a vendor\'s department, a team that receives the work, a vendor following up, a channel "posted"; keeps "Mark will be tasked with", the item\'s own "@jerry", "Jun 10 AM sync"', () => {
    const owners = (item: string, before = '') => analyzeText(`# Outage\n\n${before}## Follow-ups\n\n- ${item}\n`, { settings: DEFAULT_SETTINGS, today: '2026-05-01' }).model.actionItems.map((i) => i.owner?.text ?? null);
    assert.deepEqual(owners('Jenkins: add a smoke test stage before prod', '## Timeline\n\n- 09:00 Jenkins: deploy job #812 started\n\n'), [null]);
    assert.deepEqual(owners('PagerDuty: route checkout alerts to the secondary', '## Timeline\n\n[09:04] PagerDuty: triggered checkout-5xx\n\n'), [null]);
    assert.deepEqual(owners('Request a full RCA from AWS about the EBS failure. AWS Support will send the RCA within 5 business days.'), [null]);
    assert.deepEqual(owners('The data team will be notified before every migration to the payouts schema'), [null]);
    assert.deepEqual(owners('Get the RCA document from AWS before the QBR. Amazon is following up.'), [null]);
    assert.deepEqual(owners('Post the maintenance notice — Slack, posted 19 May'), [null]);
    assert.deepEqual(owners('Mark will be tasked with adding alerts on replication lag'), ['Mark']);
    assert.deepEqual(owners('Kafka: raise retention to 7 days @jerry', '## Timeline\n\n[09:04] Kafka: lag\n\n'), ['@jerry']);
    const due = analyzeText('# Outage\n\n## Follow-ups\n\n- Align the comms plan (@kim, Jun 10 AM sync)\n', { settings: DEFAULT_SETTINGS, today: '2026-05-01' }).model.actionItems[0].due?.text;
    assert.equal(due, 'Jun 10');
  });
  it('reads a later sentence in which a person takes the item ("Raj owns.", "Kevin said he\'d take it", "Raj is working on this now.", "Raj to decide ...") and a supplier at work; not a tool, nobody or "It"', () => {
    const owners = (item: string) => items(`# Outage\n\n## Next steps\n\n- ${item}\n`).map((i) => i.owner);
    assert.deepEqual(owners('Scripts must batch and must not send SMS inside a transaction.\n  Raj owns. In progress.'), ['Raj']);
    assert.deepEqual(owners('FCN per transmission not per batch — Kevin said he\'d take it'), ['Kevin']);
    assert.deepEqual(owners('Clean-up jobs will run in small pieces.\n  Raj is working on this now.'), ['Raj']);
    assert.deepEqual(owners('Redis hold: remove it or raise the TTL. Raj to decide by end of next week.'), ['Raj']);
    assert.deepEqual(owners('Marisol to put together a one-page checklist for front desks, by 6/30.'), ['Marisol']);
    assert.deepEqual(owners('The vendor is preparing a software correction, which we expect in November.'), ['vendor']);
    // A department as the subject ("The Network area, responsible ..., will"), or taking the work in a later sentence.
    assert.deepEqual(owners('The Network area, responsible Javier Martínez, will install a new automatic check.'), ['Network area']);
    assert.deepEqual(owners('Any change in the certificates will need approval. The Systems area (Marta Ferrer) will modify the change procedure.'), ['Systems area']);
    assert.deepEqual(owners('The CAU will have a new rule for three calls in 15 minutes. The CAU coordinator will prepare it during February.'), ['CAU coordinator']);
    assert.deepEqual(owners('Restore the report. The finance department will be told when it is back.'), [null]);
    for (const item of ['Replace the UPS batteries. The UPS unit will otherwise fail again at the next power cut.', 'Archive old exports. The storage area will fill up again by spring.', 'The legal department will not sign the new terms.']) assert.deepEqual(owners(item), [null], item);
    assert.deepEqual(owners('The network department will replace the remaining switches of that series by 30 June 2025.'), ['network department']);
    assert.deepEqual(owners('Exercise the switch-over every quarter. Our Head of Platform Engineering, Mr Tom Whitfield, is responsible.'), ['Tom Whitfield']);
    assert.deepEqual(owners('Quarterly failover drill, first one in March — Tom owns'), ['Tom']);
    assert.deepEqual(owners('Get TeleBridge to notify us of routing changes — Anika, contract side, 30 April'), ['Anika']);
    assert.deepEqual(owners('Dedup by natural key in FACT – Matías (Billing) with support of Rodrigo, target 29/03'), ['Matías']);
    assert.deepEqual(owners('Vendor fix: the reprocess must keep the same ID. Patricio follows with the vendor, date depends on them'), ['Patricio']);
    assert.deepEqual(owners('Exams Board chair to confirm affected students are self-certified'), ['Exams Board chair']);
    assert.deepEqual(owners('Fix the retry storm in the client. Tom is following up on the fix.'), ['Tom']);
    assert.deepEqual(owners('Merge the timeout fix. Tom is chasing the review.'), ['Tom']);
    assert.deepEqual(owners('Replace the PSU. Currently Lena is chasing the vendor.'), ['Lena']);
    assert.deepEqual(owners('Move the cron jobs. Our platform lead, Ben Okoro, is responsible for the migration.'), ['Ben Okoro']);
    assert.deepEqual(owners('Document how to fail over the database — the DB lead, Ravi, is responsible.'), ['Ravi']);
    // A team the item names later keeps it.
    assert.deepEqual(owners('Fix the importer. Need to decide on the schema first. The data team will own the rollout.'), ['data team']);
    for (const item of ['Backfill the missing rows. Airflow to run the backfill.', 'Rotate the keys. Nobody is working on this yet.', 'Add a dashboard. It is on the roadmap.', 'The vendor will be asked for an RCA.', 'Review access, which, as the auditor notes, is overdue.',
      // Nobody, a question, a way of saying what is left, a tool, another party asked, a vendor's own plans.
      'Move secrets to the new store. Who is on this?', 'Document the rollback path. No-one is working on this yet.', 'Investigate the leak. Everybody owns this.', 'Fix the flaky test. Both said they\'d take it.',
      'Add config validation to CI. Need to decide between schema checks and a dry run.', 'Migrate off Redis 5. Still to decide between Valkey and KeyDB.', 'Still to decide: whether to keep the sidecar.', 'Somebody to decide on the backup window',
      'Patch the OpenSSL CVE. Dependabot is on it.', 'Decommission node-3. Prometheus is on that node, so move it first.', 'Airflow to pull together the daily report',
      'Get a root cause from the CDN. Fastly said they\'d look into it.', 'Harden the ingress config. Cloudflare owns that.',
      'Decide whether the vendor, Acme Corp, is responsible for the data fix.', 'Add a backup check. Today our DBA, Priya, is responsible for the backups but nobody checks them.', 'Replace the failing disks. Dell is following up with a replacement part.', 'Automate renewal; owner to be decided. Meanwhile Ana is following up with the CA.',
      'The vendor will stop supporting v9 in March; plan the migration.', 'The vendor will send the RMA label. Tom to ship the drive back.', 'The manufacturer will void the warranty if we reflash the firmware ourselves.']) assert.deepEqual(owners(item), [null], item);
  });
  it('reads a day written "08.11." after "by" or closing the line after the owner ("— Sven Brandt, 31.10."), not a version or a date inside the work', () => {
    const dues = (item: string) => analyzeText(`# Shift review 27.10.2024\n\n## Actions\n\n- [ ] ${item}\n`, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems.map((i) => i.due?.text ?? null);
    assert.deepEqual(dues('Kestrel to deliver the scheduler hotfix – Pieter, by 08.11.'), ['08.11.']);
    assert.deepEqual(dues('Put paper gate forms in the gate office — Sven Brandt, 31.10.'), ['31.10.']);
    for (const item of ['Increase the gateway upstream timeout by 2.5.', 'Cut the batch size by 1.2. Ticket OPS-221.']) assert.deepEqual(dues(item), [null], item);
    assert.deepEqual(dues('Add alerting on queue depth — Anika, by 15.3.'), ['15.3.']);
    assert.deepEqual(dues('Add alerting on queue depth — Anika, 5.4.'), ['5.4.']);
    // A status between the owner and the day is the item's status, not a note.
    const cancelled = analyzeText('# Review 2024\n\n## Actions\n\n- Update the contract template — Ben, cancelled, 15 May\n', { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).findings.filter((f) => f.code === 'action-item-overdue');
    assert.deepEqual(cancelled, []);
    const held = analyzeText('# Review 2024\n\n## Actions\n\n- Move licences to the new portal — Anika, on hold, 30 April 2027\n', { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.actionItems.map((i) => [i.owner?.text, i.due?.text, i.status?.text]);
    assert.deepEqual(held, [['Anika', '30 April 2027', 'on hold']]);
    for (const item of ['Upgrade the scheduler by 3.2.1 — Pieter', 'Next clock change (30.03.2025): ask Kestrel which jobs run — Marta', 'Check the 31.10. backup — Marta']) assert.deepEqual(dues(item), [null], item);
  });
  it('reads a month alone after the owner ("— Ben, in November", "— Carla, November 2026", "— Gil, mid-December") as who and when, due by the month\'s end', () => {
    const read = (item: string) => analyzeText(`# Login outage 2026-10-12\n\n## Action items\n\n- [ ] ${item}\n`, { settings: DEFAULT_SETTINGS, today: '2026-11-15' });
    const fields = (item: string) => read(item).model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null, i.dueDate ?? null]);
    assert.deepEqual(fields('Add a canary for login — Ben, in November'), [['Ben', 'in November', { year: undefined, month: 11, day: 30, periodEnd: true }]]);
    assert.deepEqual(fields('Review alert thresholds — Carla Ruiz, November 2026'), [['Carla Ruiz', 'November 2026', { year: 2026, month: 11, day: 30, periodEnd: true }]]);
    assert.deepEqual(fields('Load test the gateway – Gil, mid-December'), [['Gil', 'mid-December', { year: undefined, month: 12, day: 31, periodEnd: true }]]);
    // Not overdue before the month is out; no owner or due warning.
    assert.deepEqual(read('Add a canary for login — Ben, in November').findings.filter((f) => f.code.startsWith('action-item')), []);
    assert.deepEqual(fields('Add a post-CU service check — Systems department, in April'), [['Systems department', 'in April', { year: undefined, month: 4, day: 30, periodEnd: true }]]);
    // "before 31 of January": the day of the month written the Spanish way.
    assert.deepEqual(fields('The Network area, responsible Javier Martínez, will install before 31 of January a new check'), [['Network area', '31 of January', { year: undefined, month: 1, day: 31 }]]);
    // A month closing a clause of prose after a dash is no due.
    assert.deepEqual(fields('Add a 30-day expiry alert — we had the same outage once before, in March 2025'), [[null, null, null]]);
    // A month inside the work is no due, and no name closes the line.
    for (const item of ['Repeat the failover drill we ran in November', 'Move the cron — it ran twice in November']) assert.deepEqual(fields(item).map(([, due]) => due), [null], item);
  });
  it('reads a person named with an honorific as the owner ("Mr. Brandt (IT-Betrieb) sets up ...", "Mrs. Neumann makes ...") and "Due: end of KW 50" as the due', () => {
    const fields = (item: string) => analyzeText(`# Certificate expired 2025-12-02\n\n## What we will do\n\n1. ${item}\n`, { settings: DEFAULT_SETTINGS, today: '2025-12-05' }).model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]);
    assert.deepEqual(fields('Mr. Brandt (IT-Betrieb) sets up a monitoring for all certificates. Due: 12.12.2025.'), [['Mr. Brandt', '12.12.2025']]);
    assert.deepEqual(fields('Mrs. Neumann makes an inventory of all certificates. Due: 31.01.2026.'), [['Mrs. Neumann', '31.01.2026']]);
    assert.deepEqual(fields('Mr. Demir builds an alarm for the GWA interface. Due: end of KW 50.'), [['Mr. Demir', 'end of KW 50']]);
    // Not a state told of a person, nor a name without its honorific in the present tense.
    for (const item of ['Mr. Brandt was on holiday, so the renewal mail was not read.', 'Brandt sets up a monitoring for all certificates.', 'Dr. Patel reports that ward alerts were muted; review alert routing.']) assert.deepEqual(fields(item).map(([owner]) => owner), [null], item);
  });
  it('reads the owner under an item\'s title from a full name at work ("Jorge Morales will ask ..."), two people ("Pam Whitaker and I will write ..."), and a team\'s person in brackets ("the help desk (Lisa Tran) will submit ...")', () => {
    const owners = (item: string) => items(`# E-filing outage\n\n### What we are doing\n\n1. ${item}\n`).map((i) => i.owner);
    assert.deepEqual(owners('**Change notice.** Jorge Morales will ask Juris, by April 4, to list the components changed.'), ['Jorge Morales']);
    assert.deepEqual(owners('**Outage notice procedure.** Pam Whitaker and I will write a one-page procedure. Target April 11.'), ['Pam Whitaker and I']);
    assert.deepEqual(owners('**Morning test filing.** Starting March 24, the help desk (Lisa Tran) will submit a test envelope each weekday.'), ['Lisa Tran']);
    // After the title and a dash, a department with its person in brackets: the person.
    assert.deepEqual(owners('**Site subnet check in firewall changes** – Tokyo IT Infra (Ogawa-san) will add a step to the checklist.'), ['Ogawa-san']);
    // A tool named in two words, a team's product in brackets, or a person told of, is no owner.
    assert.deepEqual(owners('**Scaling.** Kubernetes Autoscaler will add nodes when pods are pending.'), [null]);
    assert.deepEqual(owners('**Pooling.** From July 1, the connection pooler (PgBouncer) will drop idle clients.'), [null]);
    for (const item of ['**Portal.** The login page (Okta) will be replaced next quarter.', '**Vendor fix.** The vendor portal (Juris Connect) will show the fix status.']) assert.deepEqual(owners(item), [null], item);
  });
  it('reads "— jan/25" and "— Q1/25" as dues (two-digit years) and "— squad Risco" as the owner', () => {
    const fields = (item: string) => analyzeText(`# Review\n\n## Follow-ups\n\n- [ ] ${item}\n`, { settings: DEFAULT_SETTINGS, today: '2024-12-04' }).model.actionItems.map((i) => [i.owner?.text ?? null, i.due?.text ?? null, i.dueDate ?? null]);
    assert.deepEqual(fields('rule packs no change freeze — @carla.nunes — jan/25'), [['@carla.nunes', 'jan/25', { year: 2025, month: 1, day: 31, periodEnd: true }]]);
    assert.deepEqual(fields('revisar limites de stand-in — @fernanda.ribeiro — Q1/25'), [['@fernanda.ribeiro', 'Q1/25', { year: 2025, month: 3, day: 31, periodEnd: true }]]);
    assert.deepEqual(fields('load test do antifraude — squad Risco').map(([owner]) => owner), ['squad Risco']);
    // "Dec/15" in capitals is more often the 15th of December: its text kept, no date to check.
    assert.deepEqual(fields('Rotate the intermediate CA — @lee — Dec/15'), [['@lee', 'Dec/15', null]]);
    // Not a squad told of in the work.
    assert.deepEqual(fields('ask the squad Risco lead about limits').map(([owner]) => owner), [null]);
  });
  it('reads no work in a letter\'s advice to its reader ("If you feel ...", "You can ...", "The Advice Centre (advice@su.example.ac.uk) can help you ..."), and keeps the school that will contact them', () => {
    const actions = items('# Upload failures\n\n## What happens next\n\n1. **If you feel the disruption affected your performance**, you can make a claim by 7 February.\n2. You do not need to make a claim just because your upload failed.\n3. The Students\' Union Advice Centre (advice@su.example.ac.uk) can help you with the form.\n4. Your School will contact you directly by Friday 14 February.\n5. Add an alert on the upload queue.\n').map((i) => i.action);
    assert.deepEqual(actions, ['Your School will contact you directly by Friday 14 February', 'Add an alert on the upload queue']);
    // The reader asked to decide: no work of the writers'.
    assert.deepEqual(items('# Eduroam outage\n\n## Measures\n\n1. We propose to this Vice-rectorate to approve a change-freeze calendar for exam periods.\n2. We propose to add a second RADIUS check.\n3. We ask the platform team to consider adding a canary stage.\n').map((i) => i.action), ['We propose to add a second RADIUS check', 'We ask the platform team to consider adding a canary stage']);
    // A letter's signature after its closing words is no item.
    assert.deepEqual(items('# Exam outage\n\n## What we are doing about it\n\nPriya will add monitoring of the iLearn settings.\n\nKind regards,\n\n**Professor Helen Marsh**\nPro Vice-Chancellor\n').map((i) => i.owner), ['Priya']);
    // Work written as work stays: a box or an owner.
    const work = items('# Replica lag\n\n## Action items\n\n- [ ] You must rotate the DB credentials by 2026-12-01\n- Write a runbook that can help you diagnose replica lag — Priya, by 2024-11-30\n- If you see 5xx above 2%, page the DB on-call — Ravi, by 2024-11-30\n').map((i) => i.owner);
    assert.deepEqual(work, [null, 'Priya', 'Ravi']);
  });
  it('reads a follow-up opening with a status mark ("✅ @brian.o – ... – DONE 05/03"), its status closing it after a dash ("– open"), and "draft by 21/03" as when, not who', () => {
    const text = ['# PIR', '', '## Follow-ups', '', '- ✅ @brian.o – runbook: duty manager can approve S&F out of hours – DONE 05/03', '- @kevin.m – auto S&F when CBS error rate > 20% for 5 mins – by 31st – open', '- @mercy.a – agent comms SOP (EN/SW) with ETA for float credit – draft by 21/03 – open', '- @janet.k – IVR message – next week – ongoing', ''].join('\n');
    assert.deepEqual(items(text).map((i) => [i.owner, i.status]), [['@brian.o', 'done'], ['@kevin.m', 'planned'], ['@mercy.a', 'planned'], ['@janet.k', 'in-progress']]);
    // Finnish teams' weeks ("vk 46"), a named sprint, and "tiimi maksut" (the team's word before its name).
    const finnish = analyzeText('# PIR\n\n## Actionit\n\n- [ ] Remove ttl — @kalle — vk 46\n- [ ] Subscribe RDS events — @jonne — sprint Kaamos 2\n- [ ] Add DB failover to the checklist — tiimi maksut — TBD\n- [ ] Add the drill to the checklist — team platform\n', { settings: DEFAULT_SETTINGS }).model.actionItems;
    assert.deepEqual(finnish.map((i) => [i.owner?.text, i.due?.text]), [['@kalle', 'vk 46'], ['@jonne', 'sprint Kaamos 2'], ['tiimi maksut', undefined], ['team platform', undefined]]);
    // "— team wiki" is a topic, and "sprint of 2 weeks" a length, not an owner and a due.
    const topics = analyzeText('# PIR\n\n## Action items\n\n- [ ] Write up the failover steps — team wiki\n- [ ] Run a failover drill — @ana — sprint of 2 weeks\n', { settings: DEFAULT_SETTINGS }).model.actionItems;
    assert.deepEqual(topics.map((i) => [i.owner?.text, i.due?.text]), [[undefined, undefined], ['@ana', undefined]]);
    // A word "open" inside the work is not its status.
    assert.deepEqual(items('# PIR\n\n## Follow-ups\n\n- @kim – keep the incident channel open – 12/12\n').map((i) => i.status), [null]);
  });
  it('reads a person\'s team by its possessive as the owner ("Josh\'s team will add ...", "Faith Wanjiru\'s Core Banking Ops team is adding ...")', () => {
    const text = ['# PIR', '', '## What we are doing', '', "- Josh's team will add a volume-based alert on tap uploads by the end of March.", "- Faith Wanjiru's Core Banking Ops team is adding an alert on batch overruns by 14/03.", '- The alert will be added by the end of March.', ''].join('\n');
    assert.deepEqual(items(text).map((i) => i.owner), ["Josh's team", "Faith Wanjiru's Core Banking Ops team", null]);
  });

  it('reads a team named after its word in any case ("– Team Plattform, før ...", "— Equipa Dados — até ..."), "Infra team:" opening the item, "Team Innlogging lager ..." as its subject, and "SRE팀 / 3월 말"', () => {
    const text = [
      '# PIR',
      '',
      '## Oppfølging',
      '',
      '- [ ] Kjøre konsumenttester før plattformoppgraderinger – Team Plattform, før neste oppgradering (juni)',
      '- [ ] alert se l\'ultima sync è più vecchia di 30 min — team Data — entro il 20/12 — da fare',
      '- [ ] Checklist de descomissionamento inclui remoção de slots — Equipa Dados — até fim de agosto',
      '- [ ] Infra team: schedule a failover game day in staging, due end of June',
      '- [ ] Team Innlogging lager alarm på andelen vellykkede innlogginger. Frist: 14. mars.',
      '- [ ] Varsel om Kafka-oppgraderinger – @jonas.berg, innen 30.04',
      '- [ ] 연휴/주말 알람 채널 mute 금지 — SRE팀 / 3월 말',
      '- [ ] Write up the failover steps — team wiki',
      '',
    ].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS }).model.actionItems;
    assert.deepEqual(
      read.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]),
      [['Team Plattform', null], ['team Data', '20/12'], ['Equipa Dados', null], ['Infra team', 'end of June'], ['Team Innlogging', '14. mars'], ['@jonas.berg', '30.04'], ['SRE팀', null], [null, null]],
    );
  });

  it('reads "Jonas tar dette" as who takes the work on, and "Review meeting is Thursday 3/14 ..." under a follow-up heading as no item', () => {
    const norwegian = '# PIR\n\n## Hva gjør vi videre?\n\n- Kontaktadressen hos Digdir skal oppdateres til teamets felles postkasse. Jonas tar dette, innen utgangen av neste uke.\n';
    assert.deepEqual(items(norwegian).map((i) => i.owner), ['Jonas']);
    const notice = '# PIR\n\n## Follow-up\n\nReview meeting is Thursday 3/14 at 2:00 PM in the Eng sync slot. Please add comments to the doc before then.\n\nReview the paging policy before the next release.\n';
    assert.deepEqual(items(notice).map((i) => i.action), ['Review the paging policy before the next release']);
    // "Ensure alerting is enabled ..." is a command whose verb takes the clause.
    const ensure = '# PIR\n\n## Action items\n\nEnsure alerting is enabled on the backup job. Owner: Priya Nair, due 2025-08-01.\n';
    assert.deepEqual(items(ensure).map((i) => i.owner), ['Priya Nair']);
  });

  it('reads owners then when in Spanish, German and Danish ("— Dani Sánchez — próxima semana", "– Team Infrastruktur – Ende Q2", "– KH, uge 6"), wrapped German owners and "Our Infrastructure team is building ..."', () => {
    const text = [
      '# PIR',
      '',
      '## Acciones',
      '',
      '- [ ] Bajar la ventana de la alerta a 3 min — Dani Sánchez — próxima semana',
      '- [ ] Recordar la norma de observación — Laura Vidal (jefa de equipo Pagos) — en la próxima reunión (02/06)',
      '- [ ] Ablauf-Monitoring in PRTG – Team Infrastruktur – Ende Q2',
      '- [ ] Gør E-417 til kritisk alarm – KH, uge 6',
      '- [ ] Tjek med leverandøren – Sofie / robotcontroller-teamet, inden 31.01',
      '1. Regel im Notfallhandbuch: nach 15 Minuten auf Ersatzweg umschalten –',
      '   ich selbst, bis Ende Juli.',
      '2. Bauarbeiten künftig mit Abnahme durch IT –',
      '   Hr. Brandl (Produktionsleitung) zusammen mit der Haustechnik, bis Ende Q3.',
      '',
    ].join('\n');
    const read = analyzeText(text, { settings: DEFAULT_SETTINGS }).model.actionItems;
    assert.deepEqual(
      read.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]),
      [['Dani Sánchez', null], ['Laura Vidal', '02/06'], ['Team Infrastruktur', 'Q2'], ['KH', 'uge 6'], ['Sofie / robotcontroller-teamet', '31.01'], ['ich', 'Ende Juli'], ['Hr. Brandl', 'Ende Q3']],
    );
    const letter = '# Outage\n\n## What we are doing\n\n- **A production-like staging network.** Our Infrastructure team is also building a staging node pool, to be ready by the end of April.\n';
    assert.deepEqual(items(letter).map((i) => i.owner), ['Infrastructure team']);
    // Not a team at work: "Team Retro scheduled for Friday", "Each team: review ...".
    const things = '# PIR\n\n## Action items\n\n- Team Retro scheduled for Friday to go over the alerts\n- Each team: review which of your alerts page at night\n';
    assert.deepEqual(items(things).map((i) => i.owner), [null, null]);
  });

  it('reads a Japanese 状況 column as the status and 未定 as no owner; a Danish Ejer column as the owner', () => {
    const japanese = '# 障害報告\n\n## 再発防止策\n\n| No. | 対策 | 担当 | 期限 | 状況 |\n|---|---|---|---|---|\n| 1 | DBAレビューを必須化 | 中村 | 2/21 | 完了 |\n| 2 | データを用意 | 未定 | 3月中 | 未着手 |\n';
    const read = analyzeText(japanese, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(read.model.actionItems.map((i) => [i.owner?.text ?? null, i.statusKind]), [['中村', 'done'], [null, 'planned']]);
    assert.deepEqual(read.findings.filter((f) => f.code.startsWith('action-item-missing-owner')).length, 1);
    const danish = '# PIR\n\n## Handlingspunkter\n\n| # | Handling | Ejer | Deadline | Status |\n|---|---|---|---|---|\n| 1 | Ret parseren | MJK | uge 12 | I gang |\n';
    assert.deepEqual(items(danish).map((i) => i.owner), ['MJK']);
  });
});

