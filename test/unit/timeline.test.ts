import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { windowIn } from '../../server/src/engine/statedWindow';
import { dateWithin, readDate, readTimestamp, statedZone } from '../../server/src/engine/timestamps';
import { corpusDocuments, LABEL_FOLDERS } from '../corpus/labelFiles';
import { seedPath, sharedDir } from '../helpers/paths';

const sharedAbsent = [...LABEL_FOLDERS.map((folder) => join(sharedDir, folder)), seedPath].every(existsSync)
  ? undefined
  : `../shared (corpus, corpus-2, seed) is absent (looked in ${sharedDir}); set POSTMORTEM_SHARED to run this test`;
const timeline = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).model;
const instants = (text: string) => timeline(text).timeline.map((e) => (e.instant && e.dateKnown ? e.instant.toISO() : e.instant ? `~${e.instant.toISO().slice(11, 16)}` : null));

describe('timeline forms', () => {
  it('reads a date both orders allow by the weekday written beside it, else month first in a US zone', () => {
    const dayOf = (text: string) => timeline(text).incidentDate;
    assert.deepEqual(dayOf('# Static assets down\n\n**Date:** 3/4/2025 (Tuesday)\n'), { year: 2025, month: 3, day: 4, monthFirst: true });
    assert.deepEqual(dayOf('# Static assets down\n\n**Date:** 3/4/2025 (Thursday)\n'), { year: 2025, month: 4, day: 3, monthFirst: false });
    // November 7 and July 11 2025 were both Fridays: the document's US zone says which.
    const friday = '# Order sync stalled\n\n**Date:** 11/7/2025 (Friday)\n**Time zone:** EST\n';
    assert.deepEqual(dayOf(friday), { year: 2025, month: 11, day: 7, dayMonthAmbiguous: false, monthFirst: true });
    assert.equal(dayOf(friday.replace('EST', 'CET'))?.month, 7);
    // "US Eastern" is Eastern: "11/6" in its timeline is November 6.
    const usEastern = '# Flaky tests\n\n**Incident dates:** 2023-11-06 to 2023-11-08\n\n## Timeline\n\nAll times US Eastern.\n\n| Date | Time | Event |\n|---|---|---|\n| Mon 11/6 | 10:30 | Failure rate crosses 15% |\n| Tue 11/7 | 09:15 | Quarantined the top 20 tests |\n';
    assert.deepEqual(instants(usEastern), ['2023-11-06T10:30:00.000-05:00', '2023-11-07T09:15:00.000-05:00']);
    // A date in code in the opening ("from `2022-11-15` to `2024-04-10`", an API's versions) is no day of the incident.
    assert.equal(dayOf('# Webhooks dropped\n\n## Summary\n\nSam bumped the API version from `2022-11-15` to `2024-04-10` on Tuesday afternoon.\n'), undefined);
    assert.deepEqual(dayOf('# Webhooks dropped\n\n## Summary\n\nSam bumped the API version from 2022-11-15 to 2024-04-10 on Tuesday afternoon.\n'), { year: 2022, month: 11, day: 15 });
    // An e-mail's "Date:" is the day it was sent: its subject's "(Thu 10/17)" is the incident's, in the weeks before.
    const mail = (subject: string) => dayOf(`**Subject:** Post-incident summary: login queue ${subject}\n\n**From:** Rachel (Live Ops)\n**To:** live-ops@\n**Date:** Friday, October 18, 2024\n\nHi all,\n\nSending the write-up for Thursday's login mess.\n`);
    assert.deepEqual(mail('(Thu 10/17)'), { year: 2024, month: 10, day: 17 });
    assert.deepEqual(mail(''), { year: 2024, month: 10, day: 18 });
    // "lunes 08/01/2024" in Mexico's CST: Monday, so January 8, not August 1.
    assert.equal(dayOf('# Caída del portal\n\nFecha del incidente: lunes 08/01/2024\nTime zone: CST\n')?.month, 1);
    // "Central European Time" is no US Central: "12.03.2026" is March 12.
    assert.equal(dayOf('# Breach\n\n**Date of incident:** 12.03.2026\n\n> All times are Central European Time (CET, UTC+1).\n')?.month, 3);
  });

  it('takes the date a field names as the incident\'s over a lead-up the day before; a bare "Date:" may be the write-up\'s', () => {
    const doc = (key: string) => `# Finance mart late\n\n**${key}:** 2026-11-04\n\n## Timeline (ET)\n\n- 2026-11-03 23:40 Fivetran detects the schema change\n- 2026-11-04 06:00 SLA deadline passes with no data\n- 2026-11-04 07:26 Data on-call acks\n`;
    assert.deepEqual(timeline(doc('Incident date')).incidentDate, { year: 2026, month: 11, day: 4 });
    assert.deepEqual(timeline(doc('Date')).incidentDate, { year: 2026, month: 11, day: 3 });
  });

  it('takes the title\'s date over an e-mail\'s "Date:", and no review date for an incident date no calendar has', () => {
    const mail = '# Login nodes unavailable, 22.09.2026\n\nFrom: HPC Team\nTo: hpc-users\nDate: 23.09.2026\n\nDear colleagues, yesterday it was not possible to log in.\n\n## Summary\n\nThe certificate expired.\n';
    const day = (text: string) => { const d = timeline(text).incidentDate; return d && [d.year, d.month, d.day]; };
    assert.deepEqual(day(mail), [2026, 9, 22]);
    assert.deepEqual(day(mail.replace('From: HPC Team\nTo: hpc-users\n', '')), [2026, 9, 23]);
    // An e-mail's sent date in its own form: the day the opening tells is the incident's.
    const sent = 'From: Daniel Lim <daniel.lim@example.sg>\nTo: eng-all@example.sg\nDate: Fri, 25 Apr 2025 18:47 +0800\nSubject: [Post-mortem] Partial bid outage on Tue 22 April\n\nHi all,\n\nHere is the write-up for the partial bid outage we had on the afternoon of Tuesday, 22 April 2025.\n\n## How it unfolded\n\nOur alert fired at 14:31 SGT.\n';
    assert.deepEqual(day(sent), [2025, 4, 22]);
    const invalid = '# /home unavailable\n\n**Incident date:** 31/06/2026\n**Severity:** 2\n**Review date:** 07/07/2026\n\n## Overview\n\nControllers failed.\n';
    assert.equal(timeline(invalid).incidentDate, undefined);
  });

  it('reads a second header row naming each time column\'s zone ("| | **CEST** | **CDT** | |") as no entry, and "First 403s" as the start', () => {
    const text = '# Uploads failing\n\n## Timeline\n\n| Date | Time | | Event |\n|---|---|---|---|\n| | **CEST** | **CDT** | |\n| 2 Jul 2024 | 22:40 | 15:40 | Rotation job runs, new key issued |\n| 2 Jul 2024 | 22:41 | 15:41 | First 403s from object storage on upload |\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.timeText, e.milestone ?? null]), [['22:40', null], ['22:41', 'started']]);
  });

  it('takes no incident date from when the write-up was edited or written ("Draft 2, last edit 22.02.2024", "– written Wednesday 18 September 2024")', () => {
    const day = (byline: string) => { const d = timeline(`# DNSSEC failures\n\nKenji Watanabe (DNS)\n${byline}\n\n## Summary\n\nOn Tuesday a rollover ran on signer B.\n`).incidentDate; return d && [d.year, d.month, d.day]; };
    assert.equal(day('Draft 2, last edit 22.02.2024'), undefined);
    assert.equal(day('Felix Braun – written Wednesday 18 September 2024'), undefined);
    assert.deepEqual(day('Incident on 20.02.2024'), [2024, 2, 20]);
  });

  it('reads "| When (CET) | Who / what | What happened |" with the event in "What happened", and "12.02, 10:00 AM" as a day and month before the time', () => {
    const text = '# ANR spike\n\nDate: 11.02.2026\n\n## Timeline\n\n| When (CET) | Who / what | What happened |\n|---|---|---|\n| 11:40 AM | Sentry | ANR rate starts to climb |\n| 3:05 PM | Sentry | ANR rate back to baseline |\n| 12.02, 10:00 AM | Jonas | 8.4.1 at 100%. Incident closed |\n| 12.02. 11:00 | Jonas | Review held |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(
      model.timeline.map((e) => [e.instant?.toISO(), e.event, e.actor]),
      [
        ['2026-02-11T11:40:00.000+01:00', 'ANR rate starts to climb', 'Sentry'],
        ['2026-02-11T15:05:00.000+01:00', 'ANR rate back to baseline', 'Sentry'],
        ['2026-02-12T10:00:00.000+01:00', '8.4.1 at 100%. Incident closed', 'Jonas'],
        ['2026-02-12T11:00:00.000+01:00', 'Review held', 'Jonas'],
      ],
    );
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads the zone a timeline heading states in brackets with "all" ("## timeline (all UTC)")', () => {
    const { model, findings } = analyzeText('# Outage\n\n**Date:** 2026-11-20\n\n## timeline (all UTC)\n\n- 14:02 site down\n- 14:10 noticed, rolled back\n', { settings: DEFAULT_SETTINGS });
    assert.equal(model.timezone, 'UTC');
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing'), []);
  });

  it('reads a bold day opening a paragraph as the day of the bold times its sentences tell ("**Tuesday 9 July.** ... at **17:20**")', () => {
    const text = '# Replica lag\n\n**Date:** 2024-07-09 · **Time zone:** UTC\n\n## Timeline\n\n**Tuesday 9 July.** The backfill job was started by hand at **17:20**.\n\n**Wednesday 10 July.** At **00:15** we flipped the read flag. Stale reads stopped here.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO().slice(0, 16), e.milestone ?? null]), [
      ['2024-07-09T17:20', null],
      ['2024-07-10T00:15', 'resolved'],
    ]);
  });

  it('counts between headings dated without a year ("### 03/08 01.04 — Acknowledged"), and from "the real beginning of the incident"', () => {
    const text = [
      '# Settlement batch missed the cut-off',
      '',
      '## Timeline (all times CEST)',
      '',
      '### 02/08 19.45 — Evening deploy',
      '',
      'A migration starts an index build in the background.',
      '',
      '### 02/08 23.52 — Batch slower than usual',
      '',
      'Throughput at 25% of normal. In our view this is the real beginning of the incident.',
      '',
      '### 03/08 01.00 — Page',
      '',
      'The check pages the Ledger on-call.',
      '',
      '### 03/08 01.04 — Acknowledged',
      '',
      'Sara acks in PagerDuty.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.filter((e) => e.milestone).map((e) => `${e.timeText} ${e.milestone}`), ['02/08 23.52 started', '03/08 01.00 detected', '03/08 01.04 acknowledged']);
    assert.equal(model.durations.detectMinutes, 68);
    // No year anywhere: the instants count durations, but no date is claimed for them.
    assert.equal(model.timeline[0].dateKnown, false);
  });

  it('takes a time exactly twelve hours before the one dated above it as the next day\'s ("23:00 (April 5)", then "11:00")', () => {
    const { model, findings } = analyzeText('# CI failures\n\n## Timeline\n\n* **23:00 UTC (April 5, 2022)** - a CI run fails with network errors\n* **11:00 UTC** - more CI failures\n* **12:00 UTC** - problems isolated to one region\n', { settings: DEFAULT_SETTINGS });
    assert.equal(model.timeline[1].instant?.toISO(), '2022-04-06T11:00:00.000Z');
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('dates a second account told from the start on the first day, and one going on with the story on the last', () => {
    const statusLog = '## Status page log\n\n**Investigating** - We are investigating failed SSO logins.\nPosted Jun 02, 2025 - 23:31 PDT\n\n**Resolved** - SSO logins work again.\nPosted Jun 03, 2025 - 00:55 PDT\n\n';
    const instants = (second: string) => analyzeText(`# SSO outage\n\n${statusLog}${second}`, { settings: DEFAULT_SETTINGS }).model.timeline.slice(2).map((e) => e.instant?.toISO().slice(0, 16));
    assert.deepEqual(instants('## What the status page does not say (PDT)\n\n- 23:00 signing cert expires\n- 23:27 Hana acks\n- 00:09 new cert live\n'), ['2025-06-02T23:00', '2025-06-02T23:27', '2025-06-03T00:09']);
    assert.deepEqual(instants('## Recovery timeline (PDT)\n\n- 01:30 old cert removed\n- 02:10 customers told\n'), ['2025-06-03T01:30', '2025-06-03T02:10']);
  });

  it('reads the timed lines under a heading of no known name as the timeline, when there is none ("### The thread, condensed")', () => {
    const text = '# #inc-billing-run — thread summary\n\nAll times CET, Wednesday 22 Jan 2025.\n\n### The thread, condensed\n\n> **07:42** **@oskar:** no invoice emails went out this morning?\n\n> **07:50** **@lena:** looking\n\n> **08:15** **@jakub:** the controller was down during the upgrade\n\n> **08:06** **@lena:** got it, the deadline skipped the run\n\n### Numbers\n\n- invoices delayed: 1,912\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.timeText.replace(/\*/g, '').trim()), ['07:42', '07:50', '08:15', '08:06']);
    assert.deepEqual(findings.filter((f) => f.code === 'missing-section' && f.message.includes('"Timeline"')), []);
  });

  it('reads the fields table below a long summary admonition (`!!! abstract "Summary"` then "| **Severity** | SEV-1 |")', () => {
    const summary = 'On Tue 23 April 2024 the primary of the orders-db cluster stopped completing disk I/O after a volume degradation. '.repeat(4);
    const text = `# orders-db: primary hung\n\n!!! abstract "Summary"\n    ${summary}\n\n| | |\n|---|---|\n| **Severity** | SEV-1 |\n| **Incident commander** | Sofia |\n\n## Timeline\n\n- 09:12 Writes start failing\n`;
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.header.find((f) => f.name === 'severity')?.value, 'SEV-1');
  });

  it('reads the fields of an HTML table in the header ("<th>Date</th><td>...</td>") over the front matter\'s publication date', () => {
    const text = '---\ntitle: "Stale search results"\ndate: 2024-11-15\n---\n\n# Stale search results\n\n<table>\n  <tr><th>Incident</th><td>INC-5120</td><th>Date</th><td>Wednesday, November 13, 2024</td></tr>\n  <tr><th>Severity</th><td>SEV-3</td><th>Zone</th><td>EST</td></tr>\n</table>\n\n## Timeline\n\n- **10:02 AM** — Backfill started.\n- **10:31 AM** — Alert fires.\n\n<details>\n<summary>Follow-up run (Nov 14, no impact)</summary>\n\nThe backfill was resumed on Thursday, November 14 at 2:00 AM EST with a throttle. It finished at 7:45 AM.\n\n</details>\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual([model.incidentDate, model.header.find((f) => f.name === 'severity')?.value, model.timezone], [{ year: 2024, month: 11, day: 13 }, 'SEV-3', 'EST']);
    assert.equal(model.timeline[0].instant?.toISO(), '2024-11-13T10:02:00.000-05:00');
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('takes the year of a day named without one from the write-up\'s own date: a byline, "Written:", a review meeting field', () => {
    const date = (text: string) => {
      const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
      return [model.incidentDate && `${model.incidentDate.year}-${model.incidentDate.month}-${model.incidentDate.day}`, model.timeline[0]?.instant?.toISO()?.slice(0, 16)];
    };
    const blog = '# What happened on June 18\n\n*Posted by Priya Raman, CTO — June 21, 2024*\n\nOn Tuesday, June 18, customers saw metrics arrive late for two hours.\n\nAll times below are in UTC.\n\n## Timeline\n\n- 14:07 consumer lag started climbing.\n';
    assert.deepEqual(date(blog), ['2024-6-18', '2024-06-18T14:07']);
    const review = '# Log backlog (US1), Oct 13–15\n\n| | |\n|---|---|\n| **Review meeting** | Oct 18, 2024 |\n\n## Timeline\n\nAll times UTC.\n\n### Sunday, October 13\n\n- **9:40 PM** — CPU goes to 100%.\n';
    assert.deepEqual(date(review), ['2024-10-13', '2024-10-13T21:40']);
    const written = '# GAMSTOP sync failure\n\n**Written:** 7 June 2024\n\nAll times are UK time (BST).\n\n## Timeline\n\n### Tuesday 4 June\n\n- **02:00** – Batch runs again, same failure.\n';
    assert.deepEqual(date(written)[1], '2024-06-04T02:00');
    const finalized = '# PSIR-031: interaction alerts not displayed\n\n- **Report finalized:** 2024-06-21\n\n## Timeline\n\nAll times ET.\n\n- Mon Jun 3, 06:00 — Update complete; alerts stop showing.\n';
    assert.deepEqual(date(finalized)[1], '2024-06-03T06:00');
    const reviewed = '# Duplicate pickup texts, Oct 17\n\nReviewed at the Prairies ops call on Oct 22, 2024.\n\n## Timeline\n\nAll times UTC.\n\n### Thursday, October 17\n\n- **7:30 AM** — backlog released.\n';
    assert.deepEqual(date(reviewed)[1], '2024-10-17T07:30');
    // "Review meeting held Tuesday, Dec. 1, 2026" gives the title's "Nov. 24–26" its year, and the targets set there
    // without one ("Jan. 15") the year after: not overdue on the 6th of December.
    const held = '# Post-Event Review: Outage Map Failure During the Nov. 24–26 Ice Storm\n\n**Prairie Plains Electric — Digital Services / Storm Operations**\nPrepared by: Kayla Brandt, Web Platform Lead\nReviewed with: Storm Operations, Customer Contact Center\nReview meeting held Tuesday, Dec. 1, 2026\n\n> All times in this document are Central Standard Time. Times are written the way our storm\n> logs write them (12-hour clock). \"OMS\" is the Outage Management System.\n\n## Timeline\n\n### Tuesday, Nov. 24\n\n- 9:12 p.m. — Map API returns 502s.\n\n## Action items\n\n| Action | Owner | Target |\n|---|---|---|\n| Load test the map | Marcus Bell | Jan. 15 |\n';
    assert.deepEqual(date(held), ['2026-11-24', '2026-11-24T21:12']);
    assert.deepEqual(analyzeText(held, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).findings.filter((f) => f.code === 'action-item-overdue'), []);
    // A review held later, told in the opening sentence after the incident's own day: the opening still dates it.
    const told = '# Checkout outage\n\nOn 3 March 2026 checkout failed for 40 minutes after a config push. The incident review held on 10 March 2026 agreed six actions.\n\n## Timeline\n\n- 14:05 push\n';
    assert.deepEqual(date(told)[0], '2026-3-3');
    // No write-up date: the months and year the title names ("(Feb/Mar 2025)") give the days their year.
    const titled = '# Lessons learned: meter reads not imported (Feb/Mar 2025)\n\nAll times UK.\n\n## Timeline\n\n**Friday 28th February**\n- 11.00pm – Nightly import job fails.\n\n**Monday 10th March**\n- 9.15am – Analyst notices 4,212 accounts billed on estimate.\n';
    assert.deepEqual(date(titled)[1], '2025-02-28T23:00');
    // A wiki page's "Last edited 4 November 2026" in a line about its owner.
    const edited = '# Slot times one hour out\n\n_Page owner: Sanne Hoekstra, duty manager. Last edited 4 November 2026._\n\nAll times CET.\n\n## Timeline\n\n### Tuesday 27 October\n\n- 06:05 First truck refused at pre-gate.\n';
    assert.deepEqual(date(edited)[1], '2026-10-27T06:05');
    // Not a sentence about something else that was updated.
    const certificate = edited.replace('_Page owner: Sanne Hoekstra, duty manager. Last edited 4 November 2026._', 'The payments certificate was last updated 14 March 2025 and nobody rotated it.');
    assert.equal(date(certificate)[0], undefined);
  });

  it('dates the tables under day headings in a section not named a timeline, and a day heading without its year by the day above', () => {
    const table = (time: string, event: string) => `| Time | What happened |\n|---|---|\n| ${time} | ${event} |\n| 10.00 | Call with the vendor. |\n| 11.00 | Script ready. |\n`;
    const text = `# Slot times one hour out\n\nAll times CET.\n\n## What happened each day\n\n### Monday 26 October 2026\n\n${table('06.05', 'First truck refused.')}\n### Tuesday 27 October\n\n${table('06.00', 'Second day on the workaround.')}\n### Wednesday 28 October\n\n${table('06.00', 'Third day.')}`;
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.filter((_, i) => i % 3 === 0).map((e) => e.instant?.toISO().slice(0, 16)), ['2026-10-26T06:05', '2026-10-27T06:00', '2026-10-28T06:00']);
    const listed = '# Outage\n\n## Timeline\n\n### Monday 26 October 2026\n\n- 06:00 Gate opens.\n\n### Tuesday 27 October\n\n- 06:00 Second day.\n';
    assert.deepEqual(analyzeText(listed, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.instant?.toISO().slice(0, 16)), ['2026-10-26T06:00', '2026-10-27T06:00']);
  });

  it('dates a timeline by "Times are US Eastern (EDT) on Wednesday 8 May 2024", and a blog post by its title, not its publication date', () => {
    const post = (intro: string) => `---\ntitle: "Game day: losing one zone (2024-05-08)"\ndate: 2024-05-10 16:20:00 -0400\n---\n\n## Timeline\n\n${intro}\n\n- 10:07 Fault injected. Start of the fault.\n- 10:09 Errors start climbing\n`;
    const read = (intro: string) => analyzeText(post(intro), { settings: DEFAULT_SETTINGS }).model;
    assert.equal(read('Times are US Eastern (EDT) on Wednesday 8 May 2024.').timeline[0].instant?.toISO(), '2024-05-08T10:07:00.000-04:00');
    assert.equal(read('Everything is EDT on Wednesday 8 May 2024.').timeline[0].instant?.toISO().slice(0, 10), '2024-05-08');
    const titled = read('All times EDT.');
    assert.deepEqual([titled.incidentDate, titled.timeline[0].instant?.toISO(), titled.timeline[0].milestone], [{ year: 2024, month: 5, day: 8 }, '2024-05-08T10:07:00.000-04:00', 'started']);
  });

  it('dates rows by a "Day" column, a time "about 10.15am", and "Wednesday 9am" after a dated Tuesday as the next day', () => {
    const table = '# Checkout broke\n\n## Timeline\n\nAll times UK.\n\n| Day | Time | What happened |\n|---|---|---|\n| Fri 8 Nov 2024 | 5:38pm | Last successful payment. |\n| Sat 9 Nov 2024 | 9:10am | A customer emails: cannot check out. |\n| Mon 11 Nov 2024 | 10:00am | Updates redone on staging. |\n';
    const tabled = analyzeText(table, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(tabled.model.timeline.map((e) => e.instant?.toISO().slice(0, 16)), ['2024-11-08T17:38', '2024-11-09T09:10', '2024-11-11T10:00']);
    assert.deepEqual(tabled.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    const list = '# Chromebooks offline\n\n**Day it happened:** Tuesday 4 March 2025\n\n## Timeline\n\nAll times are Tuesday 4 March unless it says otherwise.\n\n- **8.50am** – Chromebooks will not sign in.\n- **about 10.15am** – Dean found it.\n- **12.30pm** – All working.\n- **Wednesday 9am** – Year 6 assessment done.\n';
    const listed = analyzeText(list, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(listed.model.timeline.map((e) => [e.instant?.toISO().slice(0, 16), e.approximate]), [['2025-03-04T08:50', false], ['2025-03-04T10:15', true], ['2025-03-04T12:30', false], ['2025-03-05T09:00', false]]);
    assert.deepEqual(listed.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('dates a maintenance by its "Window (announced):" field and its bold day lines', () => {
    const text = '# Postmortem: the upgrade overran its window\n\n- **Window (announced):** Sat 16 Nov 2024 22:00 – Sun 17 Nov 02:00 CET\n\n## Timeline (CET)\n\n**Saturday 16 Nov**\n\n- **22:00** Maintenance page enabled. Window starts.\n\n**Sunday 17 Nov**\n\n- **06:10** Maintenance page off. Orders flowing.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.incidentDate, { year: 2024, month: 11, day: 16 });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-11-16T22:00:00.000+01:00', '2024-11-17T06:10:00.000+01:00']);
  });

  it('reads a timeline pasted in a code block marked as plain text ("```text")', () => {
    const text = '# Sessions lost\n\n**Date:** 2024-06-03 · all times ET\n\n## Timeline\n\n```text\n9:38am  redis primary OOM killed, sentinel starts failover\n9:44am  support sees ticket spike, pings on-call\n10:12am logout rate back to normal\n```\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.instant?.toISO().slice(11, 16)), ['09:38', '09:44', '10:12']);
  });

  it('dates the rows that write no day by "Times ET on January 16 unless marked", not by a background row dated before them', () => {
    const text = '# Login outage\n\n## Detailed timeline\n\nCompiled by the scribe. Times ET on January 16, 2024\nunless marked.\n\n| Time (ET) | What happened |\n|---|---|\n| Jan 2, 2024, 9:00 AM | Expiry notice sent to an empty list. |\n| 2:00 AM | The intermediate certificate expires; logins fail. **Impact starts.** |\n| 2:38 AM | Marcus acknowledges. |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO().slice(0, 16)), ['2024-01-02T09:00', '2024-01-16T02:00', '2024-01-16T02:38']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a table of a day column ("Thu 4/25") beside columns headed by their zones ("| Date | PT | UTC | What happened |")', () => {
    const text = '# Payroll missed\n\n**Date:** 2024-04-26\n\n## Timeline\n\n| Date | PT | UTC | What happened |\n|---|---|---|---|\n| Wed 4/24 | 3:12 PM | 22:12 | Payroll approved. |\n| Thu 4/25 | 5:00 PM | 00:00 (Fri) | The bank cutoff passes. |\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.instant?.toISO()), ['2024-04-24T15:12:00.000-07:00', '2024-04-25T17:00:00.000-07:00']);
  });

  it('counts across day headings without a year ("### Day 2 — Sat 13 Apr") in a document that states none', () => {
    const text = '# Ingestion stalled\n\n## Timeline\n\nTimes are UTC.\n\n### Day 1 — Fri 12 Apr\n\n- 17:04 — consumer starts failing to deserialize; lag starts climbing\n\n### Day 2 — Sat 13 Apr\n\n- 19:05 — Ravi sees the lag warning and pages on-call\n- 19:12 — Lena acks\n\n## Metrics\n\n- Time to detect: ~26h\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.durations.detectMinutes, 26 * 60 + 1);
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
  });

  it('reads a story\'s times written with a dot after "at" ("acknowledged at 08.09"), and its days written "on 16/01"', () => {
    const text = [
      '# Post-mortem: price sync',
      '',
      '**Date:** 17/01/2024 · **Time zone:** CET',
      '',
      '## Timeline',
      '',
      'On 16/01 at 22.40 the new price list was published. The export job wrote the delta file at 23.15.',
      '',
      'At 07.00 on 17/01 the terminals start timing out. Javier acknowledged at 08.09. He scaled the API to 24 pods at 08.52, at 9.5 Gbit/s egress.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(
      model.timeline.map((e) => e.instant?.toISO().slice(0, 16)),
      ['2024-01-16T22:40', '2024-01-16T23:15', '2024-01-17T07:00', '2024-01-17T08:09', '2024-01-17T08:52'],
    );
  });

  it('reads the zone a "Timezone used in this document:" field states, and times in it', () => {
    const { model, findings } = analyzeText('# Outage\n\n**Date:** 2024-01-17\n**Timezone used in this document:** CET (Madrid). Canary Islands stores are one hour less.\n\n## Timeline\n\n- 07:00 syncs start timing out\n- 08:09 on-call acknowledged\n', { settings: DEFAULT_SETTINGS });
    assert.equal(model.timezone, 'CET');
    assert.equal(model.timeline[0].instant?.toISO(), '2024-01-17T07:00:00.000+01:00');
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing'), []);
  });

  it('reads the zone under a loose key ("Clock: UTC throughout") only when it names one ("Zone: us-east-1a" is no zone)', () => {
    const read = (field: string) => analyzeText(`# Outage\n\n**Date:** 2024-01-17\n${field}\n\n## Timeline\n\n- 07:00 syncs start timing out\n- 08:09 on-call acknowledged\n`, { settings: DEFAULT_SETTINGS }).model;
    assert.equal(read('Clock: UTC throughout').timezone, 'UTC');
    assert.equal(read('Times: CET').timeline[0].instant?.toISO(), '2024-01-17T07:00:00.000+01:00');
    assert.equal(read('Zone: us-east-1a').timezone, undefined);
    assert.equal(read('Zone: us-east-1a\nAll times are CET.').timezone, 'CET');
  });

  it('reads a zone written as a sentence of its own closing a line of the head ("Fri 19 Sep 2025, running into Sat 20 Sep. AEST.")', () => {
    const read = (head: string) => analyzeText(`# In-play prices frozen\n\n${head}\nWritten by Ben (SRE on call).\n\n## Timeline\n\n- 11:40 PM prices look frozen\n- 11:43 PM Ben: on it\n`, { settings: DEFAULT_SETTINGS });
    const { model, findings } = read('Fri 19 Sep 2025, running into Sat 20 Sep. AEST.');
    assert.equal(model.timeline[0].instant?.toISO(), '2025-09-19T23:40:00.000+10:00');
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing'), []);
    // An abbreviation that is no zone is no zone.
    assert.equal(read('Fri 19 Sep 2025. SRE.').model.timezone, undefined);
  });

  it('dates the incident by an "Incident window:" or a "When:" field, and its day bullets without a year by it', () => {
    const doc = (field: string) => `# Reports page errors\n\n${field}\n\n## Timeline\n\n- Oct 20\n  - 22:15 500s start on reports\n  - 23:32 Feature flag off\n- Oct 21\n  - 08:10 Reindex started\n  - 11:40 Customers back to normal\n`;
    const windowed = analyzeText(doc('**Incident window:** 2026-10-20 22:15 – 2026-10-21 11:40 UTC'), { settings: DEFAULT_SETTINGS });
    assert.deepEqual(windowed.model.incidentDate, { year: 2026, month: 10, day: 20 });
    assert.deepEqual(windowed.model.timeline.map((e) => e.instant?.toISO()), ['2026-10-20T22:15:00.000Z', '2026-10-20T23:32:00.000Z', '2026-10-21T08:10:00.000Z', '2026-10-21T11:40:00.000Z']);
    assert.deepEqual(timeline(doc('- **When:** 2026-09-22, 14:05–16:47 UTC')).incidentDate, { year: 2026, month: 9, day: 22 });
    // With no year anywhere, a new day's times are not out of order with the day before's; within a day they still are.
    const undated = analyzeText(doc('**Severity:** SEV3'), { settings: DEFAULT_SETTINGS });
    assert.deepEqual(undated.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    const stepBack = analyzeText(doc('**Severity:** SEV3').replace('08:10', '12:10'), { settings: DEFAULT_SETTINGS });
    assert.deepEqual(stepBack.findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => f.message.slice(0, 5)), ['11:40']);
  });

  it('reads a field whose key says its zone ("Incident start (UTC):"), and fields on one line between separators, bold or Slack-bold', () => {
    assert.deepEqual(timeline('# Emails delayed\n\n**Incident start (UTC):** 2025-12-05 09:40\n').incidentDate, { year: 2025, month: 12, day: 5 });
    const oneLine = timeline('# Checkout 502s\n\n**Author:** Priya Nair · **Severity:** SEV1 · **Status:** Final · **Date:** 2025-08-22\n');
    assert.deepEqual(oneLine.header.map((f) => [f.name, f.value]), [['authors', 'Priya Nair'], ['severity', 'SEV1'], ['status', 'Final'], ['incidentDate', '2025-08-22']]);
    const sentences = timeline('# Exports lost\n\n*Incident date: Tuesday, 18 November 2025. Severity: SEV2. All times in this post are UTC.*\n');
    assert.deepEqual(sentences.header.map((f) => [f.name, f.value]), [['incidentDate', 'Tuesday, 18 November 2025'], ['severity', 'SEV2']]);
    // Slack's bold, one asterisk, and a key the header does not know ("IC") after a separator.
    const slack = timeline('*INC-2291 summary*\n*Date:* Thu 2026-11-12 · *Sev:* SEV3 · *IC:* @ren.k\n');
    assert.deepEqual(slack.header.map((f) => [f.name, f.value]), [['incidentDate', 'Thu 2026-11-12'], ['severity', 'SEV3']]);
    const broken = timeline('# Gate kiosks offline\n\n**Severity:** SEV2<br>\n**Status:** final<br>\n');
    assert.deepEqual(broken.header.map((f) => [f.name, f.value]), [['severity', 'SEV2'], ['status', 'final']]);
    // Between blanks only, a bold key the header does not know ends the value before it.
    const spaced = timeline('# AD agents down\n\n**Sev:** 2  **IC:** kenji.t  **Write-up:** kenji.t, with bits from olu\n');
    assert.deepEqual(spaced.header.map((f) => [f.name, f.value]), [['severity', '2']]);
  });

  it("dates a timeline by the date its own heading names (\"### Timeline (UTC, Tuesday 19 Aug 2025)\")", () => {
    const text = '# npm release\n\n### Timeline (UTC, Tuesday 19 Aug 2025)\n\n- 13:02 — I push the tag\n- 13:41 — first issue opened\n';
    assert.deepEqual(instants(text), ['2025-08-19T13:02:00.000Z', '2025-08-19T13:41:00.000Z']);
    // Not the day it was written up, nor a range of days.
    const header = '# npm release\n\n**Date:** 2025-08-18\n\n';
    assert.deepEqual(instants(header + text.slice(text.indexOf('###')).replace('(UTC, Tuesday 19 Aug 2025)', '(UTC, written up 2025-09-01)')), ['2025-08-18T13:02:00.000Z', '2025-08-18T13:41:00.000Z']);
    assert.deepEqual(instants(header + text.slice(text.indexOf('###')).replace('(UTC, Tuesday 19 Aug 2025)', '(18–20 Aug 2025)')), ['2025-08-18T13:02:00.000Z', '2025-08-18T13:41:00.000Z']);
  });

  it('reads bullets with bold times and zones, and the incident date from the header', () => {
    const text = '# Post-Mortem: x\n\n**Date:** 2025-10-26\n\n## Timeline\n\n- **16:58 UTC** - Alert fired\n- **17:05 UTC** - Acknowledged by Ana\n- 04:49 PM PST rollback complete\n';
    assert.deepEqual(instants(text), ['2025-10-26T16:58:00.000Z', '2025-10-26T17:05:00.000Z', '2025-10-26T16:49:00.000-08:00']);
  });

  it('tells real calendar dates from impossible ones, leap years included', () => {
    const invalid = (text: string) => readDate(text)?.invalid;
    assert.deepEqual(['2024-02-29', '2000-02-29', '2025-12-31', '2023-02-29', '2100-02-29', '2025-04-31', '2025-13-01'].map(invalid), [false, false, false, true, true, true, true]);
  });

  it("reads a status page's log of updates as entries, each with what was said under it", () => {
    const text =
      '---\ntitle: CI outage\n---\n\n[Update - 2023-03-29 15h50 UTC]\nQueue purged; the instance is back to normal.\n\n[Update - 2023-03-28 21h00 UTC]\nAgents are working again.\n\n::: update Resolved | 2023-03-29T16:10:00Z\n\nAll clear.\n\n:::\n';
    const model = timeline(text);
    assert.deepEqual(
      model.timeline.map((e) => [e.event, e.instant?.toISO()]),
      [
        ['Queue purged; the instance is back to normal.', '2023-03-29T15:50:00.000Z'],
        ['Agents are working again.', '2023-03-28T21:00:00.000Z'],
        ['All clear.', '2023-03-29T16:10:00.000Z'],
      ],
    );
  });

  it('reads updates copied from a status page, each posted time under what was said, newest first, and the milestones they say', () => {
    const update = (status: string, said: string, posted: string) => `**${status}** - ${said}\n${posted}\n`;
    const page = [
      update('Resolved', 'This incident has been resolved.', 'Mar 3, 2024 - 15:40 UTC'),
      update('Monitoring', 'A fix has been implemented and we are monitoring the results.', 'Posted Mar 03, 2024 - 15:10 UTC'),
      update('Identified', 'The issue has been identified and a fix is being implemented.', 'Mar 3, 2024 - 14:45 UTC'),
      update('Investigating', 'We are currently investigating elevated error rates.', 'Mar 3, 2024 - 14:20 UTC'),
    ];
    const model = timeline(`# Outage: elevated API errors\n\n## Status updates\n\n${page.join('\n')}`);
    assert.deepEqual(
      model.timeline.map((e) => [e.event.split(' - ')[0], e.instant?.toISO(), [e.milestone, ...e.alsoMilestones].filter(Boolean).join()]),
      [
        ['Resolved', '2024-03-03T15:40:00.000Z', 'resolved'],
        ['Monitoring', '2024-03-03T15:10:00.000Z', 'mitigated'],
        ['Identified', '2024-03-03T14:45:00.000Z', 'identified'],
        ['Investigating', '2024-03-03T14:20:00.000Z', 'acknowledged'],
      ],
    );
    assert.equal(model.durations.mitigateMinutes, null, 'no entry says when impact began');
    // One such paragraph alone is not a log: a note that ends on a date line.
    assert.deepEqual(timeline(`# Outage\n\n${page[0]}`).timeline, []);
    // Beside the team's own timeline, the page's updates retell its moments, later: they name no milestone.
    const internal = '## Timeline (UTC)\n\n- 2024-03-03 14:02 API errors start climbing\n- 2024-03-03 14:09 Alert fires, pages on-call\n- 2024-03-03 14:11 On-call acknowledges\n- 2024-03-03 14:38 Rolled back\n- 2024-03-03 14:44 Error rate back to baseline\n';
    const both = timeline(`# Outage: elevated API errors\n\n## Status updates\n\n${page.join('\n')}\n${internal}`);
    assert.deepEqual(both.timeline.filter((e) => e.milestone).map((e) => `${e.instant?.toISO()?.slice(11, 16)} ${e.milestone}`), ['14:02 started', '14:09 detected', '14:11 acknowledged', '14:38 mitigated', '14:44 resolved']);
    assert.equal(both.durations.impactMinutes, 42);
  });

  it('reads a status page\'s updates whose status word stands on a line of its own above what was said', () => {
    const update = (status: string, said: string, posted: string) => `**${status}**\n${said}\n${posted}\n\n---\n`;
    const page = [
      update('Resolved', 'Delivery to Microsoft domains is back to normal. We consider this incident resolved.', 'Posted Oct 16, 2025 - 18:02 EDT'),
      update('Monitoring', 'Microsoft has confirmed removal of the block.', 'Posted Oct 16, 2025 - 13:41 EDT'),
      update('Investigating', 'We are investigating reports of delivery failures.', 'Posted Oct 14, 2025 - 07:31 EDT'),
    ];
    const model = timeline(`# Mailvane Status\n\n${page.join('\n')}`);
    assert.deepEqual(model.timeline.map((e) => [e.event.slice(0, 30), e.instant?.toISO()]), [
      ['Resolved: Delivery to Microsof', '2025-10-16T18:02:00.000-04:00'],
      ['Monitoring: Microsoft has conf', '2025-10-16T13:41:00.000-04:00'],
      ['Investigating: We are investig', '2025-10-14T07:31:00.000-04:00'],
    ]);
  });

  it('reads updates as Statuspage shows them: an em dash after the status, "*Posted ... UTC*" in italics, rules between', () => {
    const update = (status: string, said: string, posted: string) => `**${status}** — ${said}\n*Posted ${posted}*\n\n---\n`;
    const page = [
      update('Resolved', 'All queued messages have been delivered.', 'Mar 11, 2026 - 17:05 UTC'),
      update('Update', 'The failover to the standby relay pool has completed.', 'Mar 11, 2026 - 14:47 UTC'),
      update('Investigating', 'We are investigating reports of delayed delivery.', 'Mar 11, 2026 - 13:34 UTC'),
    ];
    const { model, findings } = analyzeText(`# Delayed email delivery\n\n${page.join('\n')}`, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(
      model.timeline.map((e) => [e.instant?.toISO(), [e.milestone, ...e.alsoMilestones].filter(Boolean).join()]),
      [
        // "All queued messages have been delivered": the backlog worked off, the end of impact.
        ['2026-03-11T17:05:00.000Z', 'resolved'],
        ['2026-03-11T14:47:00.000Z', 'mitigated'],
        ['2026-03-11T13:34:00.000Z', 'detected,acknowledged'],
      ],
    );
    // A status page's log: no post-mortem sections asked of it.
    assert.deepEqual(findings.map((f) => f.code), []);
  });

  it('reads nested date bullets and date headings with time headings, and lists of four bare digits ("- **0604** – ...", "- 0615: ...")', () => {
    const nested = '# Post-Mortem: x\n\n## Timeline\n\n- 2021-04-13\n  - 4:16: deploy\n  - 23:50: alert\n- 2021-04-14\n  - 00:10: fixed\n';
    assert.deepEqual(instants(nested), ['2021-04-13T04:16:00.000Z', '2021-04-13T23:50:00.000Z', '2021-04-14T00:10:00.000Z']);
    const headings = '# Post-Mortem: x\n\n## Timeline\n\nAll times in CET.\n\n### May 12, 2024\n\n#### 20:15\n\nAlert fired.\n\n#### 20:40\n\nService restored.\n';
    const model = timeline(headings);
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.event, e.instant?.toISO()]), [
      ['20:15', 'Alert fired.', '2024-05-12T20:15:00.000+01:00'],
      ['20:40', 'Service restored.', '2024-05-12T20:40:00.000+01:00'],
    ]);
    // "### Day 3 — Thursday 11 June 2026": a day's number, then its date.
    const numbered = '# Outage\n\n## Timeline (UTC)\n\n### Day 1 — Tuesday 9 June 2026\n\n- 19:10 Lag back under 5 minutes\n\n### Day 3 — Thursday 11 June 2026\n\n- 11:30 Fix deployed\n\n### Day 4: 20:15 call\n\n- 21:00 closed\n';
    assert.deepEqual(instants(numbered), ['2026-06-09T19:10:00.000Z', '2026-06-11T11:30:00.000Z', '2026-06-11T21:00:00.000Z']);
    // "### Day 2" alone: the day after the first numbered day, which is the incident's (or the date above it).
    const byNumber = '# Outage\n\n**Incident date:** 2026-05-18\n\n## Timeline (UTC)\n\n### Day 1\n\n- 14:00 Errors began\n- 16:00 Bank contacted\n\n### Day 2\n\n- 09:00 Call with the bank\n\n### Day 3 (Wednesday)\n\n- 02:41 Incident resolved\n';
    assert.deepEqual(instants(byNumber), ['2026-05-18T14:00:00.000Z', '2026-05-18T16:00:00.000Z', '2026-05-19T09:00:00.000Z', '2026-05-20T02:41:00.000Z']);
    const fromDated = '# Outage\n\n## Timeline (UTC)\n\n### Day 0 — 2026-05-18\n\n- 14:00 Errors began\n\n### Day 2\n\n- 09:00 Call with the bank\n';
    assert.deepEqual(instants(fromDated), ['2026-05-18T14:00:00.000Z', '2026-05-20T09:00:00.000Z']);
    // "### Thursday 8th": the day of the month alone, on or after the date in force; not where the weekday says otherwise.
    const ordinal = (weekday: string) => `# Outage\n\nIncident date: 30 January 2026. All times UTC.\n\n## Timeline\n\n### Friday 30th\n\n- 09:10 Export job starts failing\n\n### ${weekday} 2nd\n\n- 10:20 Fix deployed\n`;
    assert.deepEqual(instants(ordinal('Monday')), ['2026-01-30T09:10:00.000Z', '2026-02-02T10:20:00.000Z']);
    assert.deepEqual(instants(ordinal('Tuesday')), ['2026-01-30T09:10:00.000Z', '2026-01-30T10:20:00.000Z']);
    // A zone named after a time, before the day ("Around 8:50 a.m. Pacific on Thursday, ..."), is the time's.
    const pacific = '# Billing on Thursday, May 16, 2024\n\n## What happened\n\nAround 8:50 a.m. Pacific on Thursday, a batch filled Redis up.\n\nTom noticed at 1:15 p.m. that the dashboard had not moved.\n\nAt 2:45 p.m. we moved the queue.\n';
    assert.deepEqual(instants(pacific).slice(0, 2), ['2024-05-16T08:50:00.000-07:00', '2024-05-16T13:15:00.000-07:00']);
    // A story told in parts, two moments in each ("What happened", "How we found out", "What we did"), with "The next
    // morning (Wednesday 14 May)" the next day's.
    const inParts = '# Incident on Tuesday 13 May 2025\n\n**What happened**\n\nAt 2:20pm on Tuesday we deployed a change. The first rejected application is at 2:21pm.\n\n**How we found out**\n\nThe problem was spotted at 3:05pm when Jo posted in Slack. Aisha picked it up at 3:15pm.\n\n**What we did**\n\nThe fix was live at 5:35pm, and valid numbers were accepted again.\n\nThe next morning (Wednesday 14 May) at 9:15am we formally closed the incident.\n\n**Impact**\n\n623 people saw the error.\n';
    assert.deepEqual(instants(inParts).map((instant) => instant?.slice(5, 16)), ['05-13T14:20', '05-13T14:21', '05-13T15:05', '05-13T15:15', '05-13T17:35', '05-14T09:15']);
    assert.equal(timeline(inParts).timeline[4].milestone, 'mitigated');
    // One moment in each part is no story.
    assert.deepEqual(instants(inParts.replace(' The first rejected application is at 2:21pm.', '').replace(' Aisha picked it up at 3:15pm.', '').replace('\n\nThe next morning (Wednesday 14 May) at 9:15am we formally closed the incident.', '')), []);
    // "a little after 08:30 UTC on Tuesday, February 11th": "after" bounds the time, not the day, which is the story's.
    const afterTime = '# Chart 3.2.0\n\n*Posted in Announcements by @priya-s · February 13, 2025*\n\n## How it unfolded\n\nWe tagged the release a little after 08:30 UTC on Tuesday, February 11th, and the workflow pushed the chart at 08:41 UTC.\n\nThe first report was #2207, opened at 10:15 UTC by @wbrandt.\n\nA fixed chart was published at 13:55 UTC and upgrades worked again.\n';
    assert.deepEqual(instants(afterTime), ['2025-02-11T08:41:00.000Z', '2025-02-11T10:15:00.000Z', '2025-02-11T13:55:00.000Z']);
    // "On the previous day, 3/13 (Thu) at 22:30": the day the sentence names, not the incident's.
    const previousDay = '# Old prices on 3/14/2025\n\nAll times JST.\n\n## Timeline (JST)\n\nOn the previous day, 3/13 (Thu) at 22:30, we deployed a change to the CDN.\n\nAt 10:00 on 3/14 the campaign started and old prices were served.\n\nAt 10:12 our price check alerted.\n\nAt 10:40 we rolled back the change.\n';
    assert.deepEqual(instants(previousDay).slice(0, 2), ['2025-03-13T22:30:00.000+09:00', '2025-03-14T10:00:00.000+09:00']);
    // A chat's day separators ("**— Tuesday, July 22, 2025 —**") date the messages below them.
    const separated = '# Queue meltdown\n\nAll times PT.\n\n## Log\n\n**— Tuesday, July 22, 2025 —**\n\n```\n[11:17 PM] bri: login p95 climbing\n```\n\n**— Wednesday, July 23, 2025 —**\n\n```\n[12:35 AM] tdoyle: calling it mitigated\n```\n';
    assert.deepEqual(instants(separated), ['2025-07-22T23:17:00.000-07:00', '2025-07-23T00:35:00.000-07:00']);
    // "### Sunday" alone: the next day of that name on or after the date in force (a weekend's story told day by day).
    const weekdays = '# Scratch down\n\nIncident date: Saturday 8 February 2025. All times UTC.\n\n## What happened\n\n### Saturday\n\nAt 06:20 the controller failed.\n\n### Sunday\n\nAt 16:45 /scratch was mounted again.\n\n### Monday\n\nAt 09:00 the note to users went out.\n';
    assert.deepEqual(instants(weekdays), ['2025-02-08T06:20:00.000Z', '2025-02-09T16:45:00.000Z', '2025-02-10T09:00:00.000Z']);
    // Times written as four bare digits, in a column headed by a time or a zone, or opening every item of a list.
    const column = '# Outage\n\nIncident date: 2026-11-20. All times UTC.\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 0341 | Expander fails |\n| 0343 | Alert pages on-call |\n';
    assert.deepEqual(instants(column), ['2026-11-20T03:41:00.000Z', '2026-11-20T03:43:00.000Z']);
    const list = '# Outage\n\nIncident date: 2026-11-20. All times UTC.\n\n## Timeline\n\n- **1338** — Fan faults\n- **1346** — Chiller trips\n- 1351 — Technician acknowledges\n';
    assert.deepEqual(instants(list), ['2026-11-20T13:38:00.000Z', '2026-11-20T13:46:00.000Z', '2026-11-20T13:51:00.000Z']);
    // Not a list of years, nor a "Year" column.
    assert.deepEqual(instants('# Outage\n\n## Timeline\n\n- 2019 — Service launched\n- 2021 — Moved to Kubernetes\n- 2024 — Outage\n'), []);
    assert.deepEqual(instants('# Outage\n\n## Timeline\n\n| Year | Event |\n|---|---|\n| 2019 | Service launched |\n| 2021 | Moved |\n'), []);
    // A timed list told under "What happened" (no timeline section) is dated by the day headings above it there.
    const told = '# Outage\n\n**Incident date:** 2026-05-18\n\n## What happened\n\nAll times UTC.\n\n### Day 1\n\n- 14:00 Errors began\n- 15:00 Alert fired\n- 16:00 Bank contacted\n\n### Day 2\n\n- 09:00 Call with the bank\n- 11:20 Batch re-run\n- 12:05 Bank accepts the file\n';
    assert.deepEqual(instants(told).slice(2), ['2026-05-18T16:00:00.000Z', '2026-05-19T09:00:00.000Z', '2026-05-19T11:20:00.000Z', '2026-05-19T12:05:00.000Z']);
    // So is one whose times are four bare digits ("- **0604** – ...", "- 0615: ..."), under a day heading.
    const bare = '# Sorter outage\n\nAll times BST.\n\n## What happened\n\n### Saturday 13 June 2026\n\n- **0430** – Check-in opens.\n- **0604** – SC-2 trips on a watchdog timeout.\n- 0615: OCC made aware.\n';
    assert.deepEqual(instants(bare), ['2026-06-13T04:30:00.000+01:00', '2026-06-13T06:04:00.000+01:00', '2026-06-13T06:15:00.000+01:00']);
    assert.deepEqual(analyzeText(bare, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.message.includes('"Timeline"')), []);
    // Not error codes beside a timeline ("- 1213: Deadlock found"), nor four digits out of time order.
    const codes = '# Outage\n\n## Timeline (UTC)\n\n- 2026-06-13 13:52 Errors begin\n- 2026-06-13 14:39 Resolved\n\n## Root cause\n\n- 1213: Deadlock found\n- 1205: Lock wait timeout\n- 1040: Too many connections\n- 2013: Lost connection\n';
    assert.equal(instants(codes).length, 2);
    // A zone named in an entry's words is not the entry's zone.
    assert.deepEqual(instants('# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 2026-06-13 14:10 Eastern Time Zone stores report failed payments\n'), ['2026-06-13T14:10:00.000Z']);
  });

  it('crosses midnight in a chronological table, and keeps approximate and unknown times flagged, not guessed', () => {
    const text = '# Post-Mortem: x\n\n**Date:** 2025-03-09\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 23:40 | Errors began, alert fired |\n| ~23:55 | Rollback started |\n| 14:?? | Someone paged |\n| 00:20 | Incident resolved |\n';
    const { timeline: entries, durations } = timeline(text);
    assert.deepEqual(entries.map((e) => [e.timeText, e.approximate, e.unreadable, e.instant?.toISO() ?? null]), [
      ['23:40', false, false, '2025-03-09T23:40:00.000Z'],
      ['~23:55', true, false, '2025-03-09T23:55:00.000Z'],
      ['14:??', false, true, null],
      ['00:20', false, false, '2025-03-10T00:20:00.000Z'],
    ]);
    assert.equal(durations.resolveMinutes, 40);
  });

  it('reads a timeline told in paragraphs, "At 14:02 UTC, ...", "Around ...", "By 14:50 UTC, ..." (at the latest: approximate)', () => {
    const text = '# Post-mortem: API outage on 2024-03-03\n\n## Timeline\n\nAt 14:02 UTC, a change was deployed.\n\nAround 14:05 UTC error rates began to rise.\n\nBy 14:50 UTC, error rates had returned to normal.\n';
    assert.deepEqual(
      timeline(text).timeline.map((e) => [e.event, e.approximate, e.instant?.toISO()]),
      [
        ['a change was deployed.', false, '2024-03-03T14:02:00.000Z'],
        ['error rates began to rise.', true, '2024-03-03T14:05:00.000Z'],
        ['error rates had returned to normal.', true, '2024-03-03T14:50:00.000Z'],
      ],
    );
  });

  it('reads a time that ends its clause in a paragraph ("acknowledged the page at 10:19 and posted"), and one a sentence wraps onto a line', () => {
    const text = [
      '# Outage',
      '',
      '## Timeline (UTC)',
      '',
      'Our queue-latency alert fires when latency is above 60 minutes, and it fired at',
      '10:16. Rui acknowledged the page at 10:19 and posted in #ops.',
      '',
      'Instead, at 10:48 we shipped a config change. A user saw it at 10:42 in some unspecified time zone.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(model.timeline.map((e) => e.timeText), ['at 10:16', 'at 10:19', 'at 10:48']);
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? null), ['detected', 'acknowledged', null]);
  });

  it('takes a time in brackets opening the line after a time ("at **03:15**\\n(11:15 SGT; ...") for the same moment on another clock', () => {
    const text = '# Failover\n\n## Timeline (UTC)\n\nThe alert paged me at **03:13:30**. I acked it at **03:15**\n(11:15 SGT; I was in a meeting room).\n\nBy **03:14:30** the Go services had reconnected.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.timeText), ['at 03:13:30', 'at 03:15', 'By **03:14:30']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('takes a time opening a line after a word no sentence ends on ("Matched that to the\\n4:12 push") for the sentence\'s, not an entry', () => {
    const text = '# DNS outage\n\n## Timeline (EDT)\n\n4:12 PM — Automation pushes the prefix-list change.\n\n4:34 PM — The looking glass showed IAD was no longer announcing. Matched that to the\n4:12 push in the automation log.\n\n4:40 PM — Reverted the change on IAD.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.timeText), ['4:12 PM', '4:34 PM', '4:40 PM']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads each of two times in one sentence as its own moment ("acknowledged it at 21:52 from his phone and was on a laptop at 21:58")', () => {
    const text = '# Outage\n\n**Date:** 2026-09-22\n\n## What happened\n\nAt 21:47 the volume reached 100% and Postgres stopped.\nThe alert paged Amir at 21:48. He acknowledged it at 21:52 from his phone and was on a laptop at 21:58.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.milestone ?? null]), [['At 21:47', null], ['at 21:48', 'detected'], ['at 21:52', 'acknowledged'], ['at 21:58', null]]);
    // A schedule is no moment: "the batch monitor only checks the chain at 05:00", "the job runs at 02:00 every night".
    const schedule = analyzeText('# Outage\n\n**Date:** 2026-09-22\n\n## Narrative\n\nAt 01:12 the step cancelled. Nothing alerted on it: the batch monitor only checks the chain at 05:00.\nThe export runs at 02:00 every night. At 02:05 the operator saw the ticket.\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(schedule.model.timeline.map((e) => e.timeText), ['At 01:12', 'At 02:05']);
    // A time earlier than the one its paragraph opens with looks back: no moment of its own, no step back.
    const lookBack = analyzeText('# Outage\n\n## Timeline (UTC)\n\n**09:14** — The deploy job purges the CDN.\n\n**09:24** — Marcus notices the hit ratio at zero.\nIlya checks the deploy job log: it ran a purge-all at 09:14 with the empty prefix.\n\n**09:27** — We scale the origin.\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(lookBack.model.timeline.map((e) => e.timeText), ['09:14', '09:24', '09:27']);
    assert.deepEqual(lookBack.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads the sentences after a time in a paragraph, up to the next time, as telling of its moment', () => {
    const text = [
      '# Docs down',
      '',
      '## Timeline (IST)',
      '',
      'At 16:02 the PR was merged.',
      'The build passed in CI, but wrote nothing, and at 16:06 the host deployed the empty directory. The site went dark.',
      '',
      'At 16:21 a user asked whether the docs had moved.',
      'Arjun saw the message at 16:25 and confirmed the site was down. At 16:33 he rolled the site back to the previous',
      'deploy, and pages loaded again.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    const milestoneAt = (time: string) => model.timeline.find((e) => e.timeText.endsWith(time))?.milestone ?? null;
    assert.equal(milestoneAt('16:06'), 'started');
    assert.equal(milestoneAt('16:33'), 'mitigated');
    // Confirming the site was down is no start.
    assert.notEqual(milestoneAt('16:25'), 'started');
  });

  it('reads the lines a timed line wraps onto as its sentence, up to a line with a time of its own', () => {
    const text = [
      '# Outage',
      '',
      '## Timeline (UTC)',
      '',
      'At **14:05**, the first 403s appear in the CDN logs. The error rate climbed slowly.',
      'We treat 14:05 as the start of the impact.',
      '',
      'At **14:19**, our synthetic check failed twice in a row and',
      'paged the on-call, Amara.',
      '',
      'At **16:10**, after a purge, downloads were working for everyone',
      'again. A user confirms it works; we switched DNS back at 16:40.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    const byTime = Object.fromEntries(model.timeline.map((e) => [e.timeText.replace(/\*/g, '').replace('At ', ''), [e.milestone, ...e.alsoMilestones].filter(Boolean).join()]));
    assert.equal(byTime['14:05'], 'started');
    assert.equal(byTime['14:19'], 'detected');
    // The line with its own time (16:40) is that sentence's, not the 16:10 entry's.
    assert.equal(model.timeline.find((e) => e.timeText.includes('16:10'))!.prose, 'after a purge, downloads were working for everyone');
  });

  it('reads each moment a prose line tells: a later sentence or clause with its own time, "By 03:10", "From 23:40 onwards"; not a look back', () => {
    const text = [
      '# Mesh outage',
      '',
      '## Timeline (UTC, 2026-02-01)',
      '',
      'From 00:10 onwards, requests between proxies began to fail.',
      '',
      'At 00:22 the success-rate alert fired, and Tomasz acknowledged it at 00:31.',
      '',
      'At 00:58 we found the issuer expired at 00:14 and rotated it. Between 01:05 and 01:20 we rolled every deployment.',
      'By 01:25 all services were back to normal.',
      '',
      'At 01:40 the apps were put back in the mesh. The incident was closed at 02:05.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(
      model.timeline.map((e) => [e.instant!.toISO()!.slice(11, 16), e.event, [e.milestone, ...e.alsoMilestones].filter(Boolean).join()]),
      [
        ['00:10', 'onwards, requests between proxies began to fail', 'started'],
        ['00:22', 'the success-rate alert fired', 'detected'],
        ['00:31', 'Tomasz acknowledged it', 'acknowledged'],
        // 00:14 looks back: it is 00:58's.
        ['00:58', 'we found the issuer expired at 00:14 and rotated it.', 'mitigated'],
        ['01:05', 'and 01:20 we rolled every deployment', ''],
        ['01:25', 'all services were back to normal.', 'resolved'],
        ['01:40', 'the apps were put back in the mesh.', ''],
        ['02:05', 'The incident was closed', ''],
      ],
    );
  });

  it('reads a story on a 12-hour clock that names the half of the day once ("11:44 p.m.", then "11:49"), past midnight', () => {
    const text = [
      '# Sync outage',
      '',
      '## What happened',
      '',
      'All times are Eastern (EST), on 2026-01-10.',
      '',
      'Our sync alert fired at 11:44 p.m. and paged Carlos. The second page, at 11:49, woke him, and he acknowledged it at 11:51.',
      '',
      'Shortly after midnight, at 12:07 a.m., Ruth found the errors, and by 12:12 we knew what had happened.',
      'At 12:26 a.m. we re-enabled the old credentials.',
      '',
      '## Root cause',
      '',
      'The pool kept revoked credentials.',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(
      model.timeline.map((e) => e.instant!.toISO()!.slice(0, 16)),
      ['2026-01-10T23:44', '2026-01-10T23:49', '2026-01-10T23:51', '2026-01-11T00:07', '2026-01-11T00:12', '2026-01-11T00:26'],
    );
    // The time taken out of its clause leaves no empty one behind.
    assert.deepEqual([model.timeline[1].event, model.timeline[3].event], ['The second page, woke him', 'Shortly after midnight, Ruth found the errors']);
    // Told under "What happened", with no timeline section: its timeline in all but name.
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order' || (f.code === 'missing-section' && /Timeline/.test(f.message))), []);
    // A time told after a later one is a look back, on the same clock: not half a day later, nor is what follows.
    const checkout = (...paragraphs: string[]) => ['# Checkout down', '', '## Timeline', '', 'All times EST, 2025-11-28.', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    const morning = checkout(
      'At 9:58 a.m. we deployed 4.12. The first checkouts failed at 10:03.',
      '',
      'The detector fired at 10:07 and paged Tomasz. At 10:24 we posted a status update.',
      'Rachel saw the hit rate fall at 10:03, and at 10:31 we agreed the deploy was the cause.',
    );
    const told = analyzeText(morning, { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.timeline;
    assert.deepEqual(told.map((e) => e.instant!.toISO()!.slice(11, 16)), ['09:58', '10:03', '10:07', '10:24', '10:03', '10:31']);
    // Past noon on a 12-hour clock the clock reads lower, and says so: no look back ("at 11:50 a.m." then "at 1:10 p.m.").
    const noon = checkout('At 11:50 a.m. we deployed 4.12, and the first checkouts failed at 1:10 p.m. We rolled back at 1:25 p.m.');
    const afterNoon = analyzeText(noon, { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.timeline;
    assert.deepEqual(afterNoon.map((e) => [e.instant!.toISO()!.slice(11, 16), e.event]), [
      ['11:50', 'we deployed 4.12'],
      ['13:10', 'the first checkouts failed'],
      ['13:25', 'We rolled back'],
    ]);
  });

  it('reads each sentence of a prose timeline that says at what time it happened ("This was done at 02:09 AM UTC.")', () => {
    const text = [
      '# Post-mortem: Media blocked on 2021-03-03',
      '',
      '## Timeline of events',
      '',
      'At 02:00 AM UTC we received an email saying all media had been blocked. We removed',
      'the images as a temporary mitigation. This was done at 02:09 AM UTC. This did not',
      'resolve the issue. At 02:22 AM UTC we opened a support ticket.',
      '',
      'We switched over the DNS records at 03:24 a.m. UTC. Everything worked again at 03:41 AM UTC.',
      '',
      '## Root cause',
      '',
      'A policy at the CDN; at 14:00 UTC the next day it was lifted.',
      '',
    ].join('\n');
    const model = timeline(text);
    assert.deepEqual(
      model.timeline.map((e) => [e.instant?.toISO(), e.event]),
      [
        // The sentence left open at the line's end is the next time's: not this entry's.
        ['2021-03-03T02:00:00.000Z', 'we received an email saying all media had been blocked.'],
        ['2021-03-03T02:09:00.000Z', 'This was done'],
        ['2021-03-03T02:22:00.000Z', 'we opened a support ticket'],
        ['2021-03-03T03:24:00.000Z', 'We switched over the DNS records'],
        ['2021-03-03T03:41:00.000Z', 'Everything worked again'],
      ],
    );
    // Each entry's range starts at its time, on the time's line.
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    assert.deepEqual(model.timeline.map((e) => lineOf(e.start)), [5, 6, 7, 9, 9]);
  });

  it('reads a date written after the time, day first as Azure writes it ("07:45 UTC on 09 October 2025 – ...")', () => {
    const text = '# Outage\n\n## Timeline\n\n- 07:45 UTC on 09 October 2025 – Customer impact began.\n- 23:10 UTC on 9th October – Rollback completed.\n';
    assert.deepEqual(
      timeline(text).timeline.map((e) => [e.event, e.instant?.toISO()]),
      [
        ['Customer impact began.', '2025-10-09T07:45:00.000Z'],
        ['Rollback completed.', '2025-10-09T23:10:00.000Z'],
      ],
    );
  });

  it('reads moments headed at the timeline\'s own level ("## Feb 21, 13:00") as its entries, each dating the time headings under it', () => {
    const text = [
      '# 2018-02-20, Binder swamped', '', '## Timeline', '', '### Feb 20 2018 14:17', '', 'Launches start failing.', '', '### 22:52', '', 'Things are stable.', '',
      '## Feb 21, 13:00', '', 'A permanent fix is applied.', '', '### 15:15', '', 'A route is updated.', '',
      '## Feb 22, 07:13', '', 'High CPU is found to be a leak.', '', '### 07:18', '', 'The chart is updated.', '',
      '## Conclusions', '', 'At 09:00 we met.', '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(
      model.timeline.map((e) => e.instant?.toISO()),
      ['2018-02-20T14:17:00.000Z', '2018-02-20T22:52:00.000Z', '2018-02-21T13:00:00.000Z', '2018-02-21T15:15:00.000Z', '2018-02-22T07:13:00.000Z', '2018-02-22T07:18:00.000Z'],
    );
    assert.deepEqual(findings.filter((f) => f.code.startsWith('timeline')), []);
  });

  it('takes the author\'s milestone markers over the wording', () => {
    const text = '# Post-Mortem: x\n\n## Timeline\n\n| Time | Event | Milestone |\n|---|---|---|\n| 10:00 | Errors began | started |\n| 10:05 | Alert fired | |\n| 10:20 | Cache restored | |\n| 10:25 | All clear, traffic normal [resolved] | |\n| 10:30 | Incident resolved in the tracker | |\n';
    const model = timeline(text);
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? null), ['started', 'detected', null, 'resolved', null]);
    assert.equal(model.durations.detectMinutes, 5);
    assert.equal(model.durations.resolveMinutes, 25);
  });

  it('sees a newest-first timeline as such', () => {
    const text = '# Post-Mortem: x\n\n## Timeline\n\n- 11:00 Resolved\n- 10:30 Rolled back\n- 10:00 Alert fired\n';
    const model = timeline(text);
    assert.equal(model.timelineOrder, 'newest-first');
    assert.equal(analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').length, 0);
  });

  it('reads no entry from a date that opens a line of a sentence wrapped mid-way, and a day line on its own as a day', () => {
    const text = '# Leak\n\n## Timeline\n\nReconstructed from the ingestion log export (requested\n2026-02-05) and the channel.\n\n| Date / Time (UTC) | Event |\n|---|---|\n| 2026-01-08 16:20 | PR merged |\n| 2026-01-13 10:02 | Release deployed |\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.timeText), ['2026-01-08 16:20', '2026-01-13 10:02']);
    const days = '# Outage\n\n## Timeline\n\n14:05 Alert fired\n2024-03-04\n09:00 Service resumed\n';
    assert.equal(timeline(days).timeline.at(-1)?.instant?.toISO().slice(0, 10), '2024-03-04');
  });

  it('reads no event from a note on the zone opening the timeline ("All times UTC. Clocks went back at 01:00 UTC.")', () => {
    const text = '# Outage\n\n## Timeline\n\nAll times UTC. UK clocks went back from BST to GMT at 01:00 UTC on 26 October.\n\n- 2025-10-26 00:30 Job runs\n- 2025-10-26 01:30 Job runs again\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.timeText), ['2025-10-26 00:30', '2025-10-26 01:30']);
    // A sentence telling an event at a time is one.
    const told = '# Outage\n\n## Timeline\n\nThe deploy went out at 14:02 UTC. Errors followed.\n';
    assert.equal(timeline(told).timeline.length, 1);
  });

  it('orders each of two tables in one timeline by itself (state over time, then a bot log newest first); a column headed by its zone', () => {
    const text = [
      '# DNS outage',
      '',
      '## Timeline',
      '',
      '| UTC | Pacific (PDT) | State |',
      '|---|---|---|',
      '| 06:40 | 23:40 | Normal: config change rolled out |',
      '| 07:02 | 00:02 | Degraded: DNS p99 at 900 ms |',
      '| 07:19 | 00:19 | Down: CoreDNS OOM-killed in a loop |',
      '| 07:58 | 00:58 | Recovering: revert rolled out |',
      '',
      'Response log, newest first:',
      '',
      '| Time | Who | Entry |',
      '|---|---|---|',
      '| 08:05 | @kofi | CoreDNS pods stable |',
      '| 07:58 | @mira | Reverting PR #4471 |',
      '| 07:24 | @kofi | Ack, looking |',
      '| 07:21 | PagerDuty | Triggered: KubePodCrashLooping |',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order' || f.code === 'timezone-missing'), []);
    // The event is the Entry column, not the Who column.
    assert.deepEqual(model.timeline.slice(4).map((e) => [e.event, e.actor]), [
      ['CoreDNS pods stable', '@kofi'],
      ['Reverting PR #4471', '@mira'],
      ['Ack, looking', '@kofi'],
      ['Triggered: KubePodCrashLooping', 'PagerDuty'],
    ]);
    // A step back within either table is still one.
    const swapped = analyzeText(text.replace('| 07:02 | 00:02 |', '| 06:30 | 23:30 |'), { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(swapped.findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => f.message.slice(0, 5)), ['06:30']);
  });

  it('reads "that had started at 11:25 PM" as a look back, and lets a story in paragraphs step back to explain', () => {
    const story = (heading: string) =>
      [
        '# Queue service event on 2025-11-30',
        '',
        `## ${heading}`,
        '',
        'All times PST.',
        '',
        'At 11:32 PM on November 30, the queue service began to return errors for SendMessage calls.',
        '',
        'At 11:25 PM, an automated process began adding capacity to the metadata fleet. At 11:39 PM, our monitoring alarmed on elevated error rates.',
        '',
        'By 12:22 AM, the team had determined that the cause was the capacity addition that had started at 11:25 PM. At 12:31 AM, engineers stopped the capacity addition.',
        '',
      ].join('\n');
    const told = analyzeText(story('What happened'), { settings: DEFAULT_SETTINGS });
    assert.deepEqual(
      told.model.timeline.map((e) => e.instant?.toISO()?.slice(0, 16)),
      ['2025-11-30T23:32', '2025-11-30T23:25', '2025-11-30T23:39', '2025-12-01T00:22', '2025-12-01T00:31'],
    );
    assert.deepEqual(told.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // Under a timeline's own heading, the same step back is one.
    assert.equal(analyzeText(story('Timeline'), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').length, 1);
  });

  it('reads what is left of a correction struck out ("~~09:14~~ 09:41", "~~all clear~~ still watching")', () => {
    const text = '# Billing down on 2026-03-02\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 09:00 | Errors start |\n| ~~09:14~~ 09:41 | Alert fired |\n| 10:30 | ~~All clear~~ still watching |\n| 11:00 | All clear, incident resolved |\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.milestone ?? null]), [
      ['09:00', 'started'],
      ['09:41', 'detected'],
      ['10:30', null],
      ['11:00', 'resolved'],
    ]);
  });

  it('reads a table whose time column is headed by its zone alone beside a T+ column ("| T+ | CET | Event |")', () => {
    const text = '# Launch day login storm on 2026-03-12\n\n**Impact duration:** 2h 16m\n\n## Timeline\n\nT+ is counted from the global launch at 18:00 CET (17:00 UTC).\n\n| T+ | CET | Event |\n|---|---|---|\n| T-30m | 17:30 | Pre-launch checks done |\n| T+4m | 18:04 | Login success rate drops to 61% |\n| T+6m | 18:06 | Grafana alert pages backend on-call |\n| T+80m | 19:20 | Login success back above 98%; impact over |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.filter((e) => e.form === 'table').map((e) => e.instant?.toISO()?.slice(11, 16)), ['17:30', '18:04', '18:06', '19:20']);
    assert.match(model.timeline.find((e) => e.form === 'table')?.instant?.toISO() ?? '', /\+01:00$/);
    // The sentence above the table is no row of it; the planted figure (1h 16m typed 2h 16m) is reported.
    assert.deepEqual(findings.map((f) => f.code).filter((c) => c === 'timeline-out-of-order' || c === 'stated-duration-mismatch'), ['stated-duration-mismatch']);
  });

  it('reads the zone a time column names in brackets ("When (ET)"), not a word there', () => {
    const table = (header: string) => `# Attachments deleted\n\n## Timeline\n\n| ${header} | What |\n|---|---|\n| 2026-03-09 01:00 | Retention job runs |\n| 2026-03-09 09:40 | Support reports missing files |\n`;
    const { model, findings } = analyzeText(table('When (ET)'), { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.equal(model.timeline[0].instant?.toISO(), '2026-03-09T01:00:00.000-04:00');
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing'), []);
    assert.equal(analyzeText(table('When (approx)'), { settings: DEFAULT_SETTINGS }).model.timeline[0].instant?.toISO(), '2026-03-09T01:00:00.000Z');
  });

  it('reads the zone of a time column headed by its format ("| HH:MM ET | HH:MM GMT | Event |"), and no placeholder there', () => {
    const text = '# Issuer processing degraded on 2024-01-17\n\n## Timeline\n\n| HH:MM ET | HH:MM GMT | Event |\n|---|---|---|\n| 07:40 | 12:40 | HSM latency rises |\n| 08:12 | 13:12 | Scheme stand-in engaged |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.equal(model.timeline[0].instant?.toISO(), '2024-01-17T07:40:00.000-05:00');
    assert.deepEqual(findings.map((f) => f.code).filter((c) => c === 'placeholder' || c === 'timezone-missing'), []);
    // A mask in a row, not the header, is still a leftover.
    assert.deepEqual(analyzeText(text + '| HH:MM | HH:MM | Pager fires |\n', { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'placeholder').length, 2);
  });

  it("orders each team's log under its own heading by itself, and a day heading's entries with the days before", () => {
    const outOfOrder = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => f.message.slice(0, 24));
    const teams = '# Outage\n\n## Timeline\n\nAll times UTC.\n\n### Network\n\n- 13:45 Change applied\n- 14:20 Packet loss found\n- 14:52 Change reverted\n\n### Storage (Ceph)\n\n- 13:49 OSDs flapping\n- 13:51 Pager fires\n- 13:50 Ack\n';
    assert.deepEqual(outOfOrder(teams), ['13:50 comes after 13:51 ']);
    const days = '# Outage\n\n## Timeline\n\n### March 3, 2026\n\n- 13:45 Change applied\n\n### March 2, 2026\n\n- 13:49 OSDs flapping\n';
    assert.equal(outOfOrder(days).length, 1);
  });
});

describe('timelines in the other shapes authors use', () => {
  const read = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => [e.timeText, e.instant?.toISO() ?? null]);

  it('reads offsets from a moment the timeline names ("T0 is 2026-07-08 23:14 CEST", "- T+1h05m — ..."), not without one', () => {
    const list = '- T+0 — uploader fails host key verification\n- T+23m — Finance notices the missing file\n- T+1h05m — new fingerprint verified, batches resubmitted\n';
    const text = `# Outage\n\n## Timeline\n\nT0 is 2026-07-08 23:14 CEST, when the uploader first failed.\n\n${list}`;
    assert.deepEqual(timeline(text).timeline.map((e) => [e.timeText, e.instant?.toISO()]), [
      ['T+0', '2026-07-08T23:14:00.000+02:00'],
      ['T+23m', '2026-07-08T23:37:00.000+02:00'],
      ['T+1h05m', '2026-07-09T00:19:00.000+02:00'],
    ]);
    assert.deepEqual(timeline(`# Outage\n\n## Timeline\n\n${list}`).timeline, []);
  });

  it('reads offsets written as hours and minutes ("**T+1:05**"), and before the moment with a minus sign ("**T−0:40**")', () => {
    const text = '# Model v7 scored everyone high risk\n\n## Timeline\n\nT+0 = 2024-06-05 13:10 UTC, when v7 was promoted.\n\n- **T−0:40** — Offline eval signed off\n- **T+0:04** — First batch scores written. Bad scores start here.\n- **T+1:05** — Marta from CRM notices the send count is 25x normal\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.milestone ?? null]), [
      ['2024-06-05T12:30:00.000Z', null],
      ['2024-06-05T13:14:00.000Z', 'started'],
      ['2024-06-05T14:15:00.000Z', 'detected'],
    ]);
  });

  it('reads the story a review tells in numbered paragraphs ("11. At 9:52am Joanne emailed ..."), but a numbered list of timed events once', () => {
    const story = [
      '8. At 9:38am the digital team deployed release 4.12 of the form.',
      '',
      '9. From 9:40am every call to the postcode lookup was rejected by the supplier.',
      '',
      "10. At 9:52am Joanne Fry in Customer Services emailed the digital team's shared inbox: callers could not get past page one.",
      '',
      '11. Tom Beckett, the developer on duty, took ownership of the problem at 9:58am.',
      '',
      '12. At 11:24am the rollback finished and address searches worked again.',
    ].join('\n');
    const review = (body: string) => analyzeText(`# Incident review: online form unavailable\n\n**Date of incident:** Thursday 12 February 2026\n\nAll times are GMT.\n\n## What happened\n\n${body}\n\n## Action items\n\n- None\n`, { settings: DEFAULT_SETTINGS });
    const { model, findings } = review(story);
    assert.deepEqual(model.timeline.map((e) => `${e.instant?.toISO().slice(11, 16)} ${e.milestone ?? ''}`.trim()), ['09:38', '09:40 started', '09:52 detected', '09:58 acknowledged', '11:24 mitigated']);
    assert.deepEqual(findings.filter((f) => f.code === 'missing-section' && /Timeline/.test(f.message)), []);
    // Items that each open with their time are a timeline of their own, read once.
    const timed = '1. (08:30) Banner flag turned on\n2. (09:04) First crash reports show up\n3. (09:41) Crash alert fires in #ios-alerts\n';
    assert.equal(review(timed).model.timeline.length, 3);
  });

  it('reads a chat channel pasted as it copies ("**Felix Ong**  3:05 PM" then the message), not a word that names no one', () => {
    const chat = '**Felix Ong**  3:05 PM\nseeing 502s on checkout\n\nPriya Natarajan [3:07 PM]\nack, looking\nat the pool now\n@dana · 3:20 PM\nrolled back the config push\n';
    const text = `# Checkout 502s\n\n**Date:** 2026-03-04 (times PT)\n\n## Timeline\n\n${chat}\nUpdate 15:40\nthe config push is out\n`;
    assert.deepEqual(
      timeline(text).timeline.map((e) => [e.timeText, e.actor, e.event]),
      [
        ['3:05 PM', 'Felix Ong', 'seeing 502s on checkout'],
        ['3:07 PM', 'Priya Natarajan', 'ack, looking'],
        ['3:20 PM', '@dana', 'rolled back the config push'],
      ],
    );
    // Through pandoc: the header's hard break after it; a team with its person in brackets.
    const pandoc = '**Shauna Price** [3:46 PM]\\\nnew cert deployed, old one revoked\n\n**IND4 Floor Ops (Derek)** [3:52 PM]\\\nrobots all parking\n';
    assert.deepEqual(
      timeline(`# Fleet stopped\n\n**Date:** 2024-08-15 (times ET)\n\n## Timeline\n\n${pandoc}`).timeline.map((e) => [e.timeText, e.actor, e.event]),
      [
        ['3:46 PM', 'Shauna Price', 'new cert deployed, old one revoked'],
        ['3:52 PM', 'IND4 Floor Ops (Derek)', 'robots all parking'],
      ],
    );
  });

  it('reads a chat message copied with its header on one line ("> **Hannah** [7:20 AM] oh no"), quoted under any heading or as bullets', () => {
    const quoted = '> **PagerDuty** [6:47 PM] Triggered: HTTPS check failed, certificate expired\n> **Maya (tutor coordinator)** [8:15 PM] anyone know why the site is down?\n> **Hannah** [7:20 AM] oh no. just saw this\n';
    const text = `# Retro: portal certificate expired\n\n_Friday 1 November 2024, times ET._\n\n## What it looked like from the Slack channel\n\n${quoted}`;
    assert.deepEqual(
      timeline(text).timeline.map((e) => [e.timeText, e.actor, e.event]),
      [
        ['6:47 PM', 'PagerDuty', 'PagerDuty: Triggered: HTTPS check failed, certificate expired'],
        ['8:15 PM', 'Maya (tutor coordinator)', 'Maya (tutor coordinator): anyone know why the site is down?'],
        ['7:20 AM', 'Hannah', 'Hannah: oh no. just saw this'],
      ],
    );
    const bullets = `# Retro\n\n## Timeline\n\n- **PagerDuty** [6:47 PM] Triggered: HTTPS check failed\n- Maya [8:15 PM] anyone know why the site is down?\n- Update [9:00 PM] nothing yet\n`;
    assert.deepEqual(timeline(bullets).timeline.map((e) => [e.timeText, e.actor ?? null]), [['6:47 PM', 'PagerDuty'], ['8:15 PM', 'Maya']]);
  });

  it('reads "Day 2, 00:40" by the day the document says Day 1 is, or the incident\'s date, and no such time without either', () => {
    const rows = '| When | What happened |\n|---|---|\n| Day 1, 13:20 | Rule applied |\n| Day 2, 00:40 | Deletions begin |\n| Day 10 16:45 | All data restored |\n';
    const anchored = `# Deleted attachments\n\nDay 1 = Monday 10 August 2026. All times UTC.\n\n## Timeline\n\n${rows}`;
    assert.deepEqual(instants(anchored), ['2026-08-10T13:20:00.000Z', '2026-08-11T00:40:00.000Z', '2026-08-19T16:45:00.000Z']);
    assert.deepEqual(analyzeText(anchored, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code.startsWith('timeline')), []);
    assert.deepEqual(instants(`# Deleted attachments\n\n**Date:** 2026-08-10\n\n## Timeline (UTC)\n\n${rows}`)[2], '2026-08-19T16:45:00.000Z');
    const unanchored = analyzeText(`# Deleted attachments\n\n## Timeline (UTC)\n\n${rows}`, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(unanchored.model.timeline.map((e) => e.instant), [undefined, undefined, undefined]);
    assert.deepEqual(unanchored.findings.filter((f) => f.code.startsWith('timeline')), []);
    // A window between two numbered days counts their days.
    assert.equal(windowIn('Day 2 08:40 until Day 10 17:00')?.minutes, 8 * 1440 + 500);
    assert.equal(windowIn('Day 2 08:40 until 17:00'), undefined);
  });

  it('reads a time after the Nordic "kl." ("- kl. 09:12 – first failed logins")', () => {
    const text = '# Login outage on 2026-11-12\n\n## Tidslinje (CET)\n\n- kl. 09:12 – First failed logins\n- kl 09:25 – Support reports calls\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.timeText, e.event, e.instant?.toISO()]), [
      ['kl. 09:12', 'First failed logins', '2026-11-12T09:12:00.000+01:00'],
      ['kl 09:25', 'Support reports calls', '2026-11-12T09:25:00.000+01:00'],
    ]);
  });

  it('reads the moment named as "T+0 is 07:30 UTC" under the incident date, after a "- T+0:" bullet that names none', () => {
    const list = '- T+0: nightly rebuild starts\n- T+12m: search latency alert fires\n- T+70m: resolved after verification\n';
    const text = `# Stale search\n\n**Date:** 2026-05-12\n\n## Timeline\n\n${list}\nT+0 is 07:30 UTC, when the nightly rebuild started.\n`;
    assert.deepEqual(timeline(text).timeline.map((e) => [e.timeText, e.instant?.toISO()]), [
      ['T+0', '2026-05-12T07:30:00.000Z'],
      ['T+12m', '2026-05-12T07:42:00.000Z'],
      ['T+70m', '2026-05-12T08:40:00.000Z'],
    ]);
  });

  it('reads the moment T+0 is from a table row that gives its clock ("| T+0 (14:02) | ... |"), the rows after it counted from it', () => {
    const rows = '| Time | Event |\n|---|---|\n| T+0 (14:02) | Deploy of v2.3 begins |\n| T+5m | Checkout errors start rising |\n| T+1h10m | Incident resolved |\n';
    const text = `# Checkout outage on 2025-03-04\n\n## Timeline (all times UTC)\n\n${rows}`;
    assert.deepEqual(timeline(text).timeline.map((e) => e.instant?.toISO()), ['2025-03-04T14:02:00.000Z', '2025-03-04T14:07:00.000Z', '2025-03-04T15:12:00.000Z']);
  });

  it('reads a time written on two clocks ("08:49 PT / 16:49 UTC", "19:18 EDT (23:18 UTC)") as one, the event after both', () => {
    const text = '# Outage on 2026-11-03\n\n## Timeline\n\n- **08:49 PT / 16:49 UTC** — Latency climbs\n- 19:18 EDT (23:18 UTC): On-call sees the message\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.timeText, e.event, e.instant?.toISO()]), [
      ['08:49 PT / 16:49 UTC', 'Latency climbs', '2026-11-03T08:49:00.000-08:00'],
      ['19:18 EDT (23:18 UTC)', 'On-call sees the message', '2026-11-03T19:18:00.000-04:00'],
    ]);
  });

  it('reads a time on three clocks ("09:00 UTC / 10:00 CET / 04:00 ET", "12:14am PT (07:14 UTC, 12:44pm IST)", "14:02 UTC · 09:02 Toronto") as one', () => {
    const text = '# Outage on 2026-11-03\n\n## Timeline\n\n- **09:00 UTC / 10:00 CET / 04:00 ET**: Certificate expires\n- **12:14am PT (07:14 UTC, 12:44pm IST).** Synthetic fails\n\n### 14:02 UTC · 09:02 Toronto · 14:02 Lisbon\n\nPriyanka edits the flag.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.event, e.instant?.toISO()]), [
      ['Certificate expires', '2026-11-03T09:00:00.000Z'],
      ['Synthetic fails', '2026-11-03T00:14:00.000-08:00'],
      ['Priyanka edits the flag.', '2026-11-03T14:02:00.000Z'],
    ]);
  });

  it('dates the entries by "Tuesday 5 March 2024 unless noted." under the heading, after a zone sentence or "All times are CET," too, over a ticket\'s "Created:" date', () => {
    const doc = (note: string) => `# DEVX-918 Remote cache\n\nCreated: Mar 6, 2024\n\n## Timeline\n\n${note}\n\n### 14:05\n\nFirst failed build.\n\n### Wed 6 Mar, 10:15\n\nOld namespace deleted.\n`;
    for (const note of ['Tuesday 5 March 2024 unless noted.', 'Times are CET (UTC+1). Tuesday 5 March 2024 unless noted.', 'All times are CET, Tuesday 2024-03-05 unless noted.']) {
      const { model, findings } = analyzeText(doc(note), { settings: DEFAULT_SETTINGS });
      assert.deepEqual(model.timeline.map((e) => [e.event, e.instant?.toISO().slice(0, 16)]), [['First failed build.', '2024-03-05T14:05'], ['Old namespace deleted.', '2024-03-06T10:15']], note);
      assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), [], note);
    }
  });

  it('reads the zone stated as "All times in horário de Brasília (BRT, UTC-3)", "Local time is CET (UTC+1).", "## Sequence of events (IST, 22nd Feb 2024 unless mentioned)"', () => {
    assert.equal(statedZone('> All times in horário de Brasília (BRT, UTC-3).'), 'BRT');
    assert.equal(statedZone('Hora: todas las horas en hora del centro de México (CST, UTC-6)'), 'CST');
    assert.equal(statedZone('- Local time is CET (UTC+1). **Careful: the pasted logs below are in UTC.**'), 'CET');
    // "Times CEST (Warsaw)." states the times' zone; the next sentence's "Client times were in BST" is the client's.
    assert.equal(statedZone('Times CEST (Warsaw). Client times were in BST, converted (+1h).'), 'CEST');
    assert.equal(statedZone('Times (U.S. Eastern) are in EST.'), 'EST');
    // The zone in brackets after "local", in a sentence about the times.
    assert.equal(statedZone("Times below are from Slack, so they're UK local (BST)."), 'BST');
    assert.equal(statedZone('All timestamps are station local time (CEST) unless marked Z.'), 'CEST');
    assert.equal(statedZone('The local (BST) office opened at nine.'), undefined);
    assert.equal(statedZone('Times are UTC, not UK local (BST).'), 'UTC');
    assert.equal(statedZone('Times are in UTC (the team\'s local time (PDT) is 7 hours behind).'), 'UTC');
    assert.equal(statedZone('## Sequence of events (IST, 22nd Feb 2024 unless mentioned)\n'), 'IST');
    assert.equal(statedZone('## Timeline (see notes, CET)\n'), undefined);
    // A few more words between the times and their zone.
    assert.equal(statedZone('All times mentioned in this report are in IST.'), 'IST');
    assert.equal(statedZone('Everything below is Eastern time since all 14 of our properties are on Eastern.'), 'EASTERN TIME');
    assert.equal(statedZone('Slack shows my zone, so every time in the thread is PT (PDT, UTC-7).'), 'PT');
    assert.equal(statedZone('Times below SGT unless marked Z.'), 'SGT');
    assert.equal(statedZone('Every time is different. UTC is used for logs.'), undefined);
    assert.equal(statedZone('Times are Eastern region logs.'), undefined);
    assert.equal(statedZone('At the time, most of our traffic was being served in West Europe.'), undefined);
    // Whose times ("All Jira times AEDT"), and the place before the zone in its brackets ("(Sydney, so AEDT)").
    assert.equal(statedZone('All Jira times AEDT (Sydney).'), 'AEDT');
    assert.equal(statedZone('Times are as Slack showed them to me (Sydney, so AEDT).'), 'AEDT');
    assert.equal(statedZone('Times are as Slack showed them (see the export, page 2).'), undefined);
    assert.equal(statedZone('Times are as the pager showed them (not UTC).'), undefined);
    assert.equal(statedZone('We found that all invoice times UTC were printed as local time.'), undefined);
  });

  it('reads the zone stated as "All timings in SGT." and a timeline heading\'s "(local, CEST)" over a pasted log\'s "times are UTC"', () => {
    assert.equal(statedZone('Severity: P2\nAll timings in SGT.\n'), 'SGT');
    const text = '# Backlog\n\n**Date:** 2024-05-22\n\n## Log\n\nPasted from the console (times are UTC):\n\n    01:03:40Z WARN retry\n\n## Timeline (local, CEST)\n\n- 03:03 – first timeouts\n- 07:58 – gateway restarted\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-05-22T03:03:00.000+02:00', '2024-05-22T07:58:00.000+02:00']);
  });

  it('reads Gulf Standard Time (GST, +4), a place\'s time in brackets ("(UK time)", "(Dubai time, GST)"), and "3rd of October 2023"', () => {
    assert.equal(statedZone('Times are in Gulf Standard Time (GST, UTC+4). UTC in brackets.'), 'GULF STANDARD TIME');
    assert.equal(statedZone('Rough sequence (UK time): the story broke around 13:25.'), 'Europe/London');
    assert.equal(statedZone('On Tuesday at 13:58 (Dubai time) the certificate expired.'), 'Asia/Dubai');
    assert.equal(statedZone('It happened at (Peak time) for us.'), undefined);
    const text = '# Key encoding down\n\nDate: 3rd of October 2023\n\n## Timeline\n\n- 13:58 GST certificate expires\n- 14:12 first hotel calls\n';
    assert.deepEqual(instants(text), ['2023-10-03T13:58:00.000+04:00', '2023-10-03T14:12:00.000+04:00']);
  });

  it('does not take a time converted in brackets ("08:55 (04:55 UTC)") for the zone of the times beside it', () => {
    const text = '# Mapping removed\n\n## Timeline\n\n- **14/04/2024 08:55 (04:55 UTC)** – import runs\n- **14/04/2024 09:12 (05:12 UTC)** – rooms unmapped\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.timezone, undefined);
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing').length, 1);
    // One entry converted among times that name no zone: the others are on the same local clock, not on UTC.
    const one = '# Mapping removed\n\n## Timeline\n\n- 08:35 – import starts\n- 08:50 (04:50 GMT) – rooms unmapped\n- 09:20 – import rolled back\n';
    assert.deepEqual(analyzeText(one, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a quote right under a stamped update as the update\'s body, not a moment of its own ("> Identified: key rotation at 13:50 UTC.")', () => {
    const update = (stamp: string, says: string, quote: string) => `**${stamp}** · _Status update_\n${says}\n> ${quote}\n`;
    const text = ['# INC-4821', '', '## Timeline', '', '**2 May 2024 13:51:08 UTC** · _Impact started_\nFirst FCM send failures; orders begin piling up.\n', '**2 May 2024 14:03:11 UTC** · _Incident reported_\nCustomers report silent tablets.\n', '**2 May 2024 14:06:02 UTC** · _Acknowledged_\nThiago acknowledged the incident.\n', update('2 May 2024 15:20:15 UTC', 'Status changed from Investigating to Fixing.', 'Identified: key rotation at 13:50 UTC. Pods still hold the revoked key.'), update('2 May 2024 15:31:50 UTC', 'Status changed from Fixing to Monitoring.', 'New key mounted, tablet-push restarted in all pods. Success rate back to 99.7%.'), update('2 May 2024 16:02:33 UTC', 'Status changed from Monitoring to Resolved.', 'Backlog cleared.')].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => `${e.timeText} ${e.milestone ?? ''}`), ['2 May 2024 13:51:08 UTC started', '2 May 2024 14:03:11 UTC detected', '2 May 2024 14:06:02 UTC acknowledged', '2 May 2024 15:20:15 UTC identified', '2 May 2024 15:31:50 UTC mitigated', '2 May 2024 16:02:33 UTC resolved']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // A quoted chat log of its own keeps its moments.
    const chat = analyzeText('# Outage\n\n**Date:** 2024-05-02\n\n## Timeline\n\n- 09:00 UTC errors begin\n\n> **09:05** @oskar: alert fired\n>\n> **09:07** @mia: ack\n', { settings: DEFAULT_SETTINGS }).model;
    assert.equal(chat.timeline.length, 3);
  });

  it('reads the moments a story tells with "until 06:49, when ..." and "on every failure, and at 07:20 ...", and "the first sign-in failures" as no detection', () => {
    const text = '# Sign-in failures\n\n**Date:** 2025-01-14\n\n## Timeline\n\nAll times are GMT.\n\nThe certificate expired at 06:00, which is when the first sign-in failures appear in the logs. The error rate stayed under the threshold until 06:49, when the alert fired and paged the on-call engineer.\n\nKwame acknowledged the page at 06:53. He could see "signature invalid" on every failure, and at 07:20 he escalated to Rob.\n\nThe job runs every night at 02:00.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => `${e.timeText} ${e.milestone ?? ''}`), ['at 06:00 started', '06:49 detected', 'at 06:53 acknowledged', 'at 07:20 ']);
    assert.equal(model.durations.detectMinutes, 49);
  });

  it('reads "14.11 02:13 UTC" as the 14th of November at 02:13, not as 14:11', () => {
    const text = '# AUR-4 safe mode entry 14.11.2024\n\nDate: 18.11.2024\n\n## Timeline\n\n- **14.11 02:13 UTC** – safe mode entry\n- **14.11 03:41 UTC** – alarm on ADCS mode\n- 18:20 UTC – report drafted\n';
    assert.deepEqual(instants(text), ['2024-11-14T02:13:00.000Z', '2024-11-14T03:41:00.000Z', '2024-11-14T18:20:00.000Z']);
  });

  it('reads a "| Interval | From | To | Duration |" table as spans, not as entries', () => {
    const intervals = ['### Key intervals', '', '| Interval | From | To | Duration |', '|---|---|---|---|', '| Patient-facing impact | 09:12 | 19:30 | 10h 18m |', '| Cause identified to mitigated | 18:10 | 19:30 | 1h 20m |', '| Start to close | 09:12 | 17:00 | 7h 48m |', ''];
    const text = ['# CII receipts not posted', '', '**Date:** 2024-03-10', '', '## Timeline', '', '- 09:12 CDT first receipts fail to post', '- 16:35 CDT engineering acknowledges', '- 19:30 CDT backlog posted, resolved', '', ...intervals].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.timeText), ['09:12 CDT', '16:35 CDT', '19:30 CDT']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a "| When (PDT) | What |" table under "## Response" as the timeline when the post-mortem has no timeline section, not a table of work', () => {
    const rows = ['| 9:00 a.m. | Bracket auto-published with last season\'s seeds |', '| 9:04 a.m. | First player report in Discord |', '| 9:15 a.m. | Diego acknowledges the report |', '| 9:38 a.m. | Bracket unpublished, banner up |'];
    const text = ['# Wrong seeding published', '', '**Date:** 2024-08-22', '', '## Response', '', '| When (PDT) | What |', '|---|---|', ...rows, '', '## Follow-ups', '', '| Time | Action | Owner |', '|---|---|---|', '| 10:00 | Add a season check | Diego |', '| 11:00 | Review seeds | Tasha |', '| 12:00 | Post an apology | Rin |', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-08-22T09:00:00.000-07:00', '2024-08-22T09:04:00.000-07:00', '2024-08-22T09:15:00.000-07:00', '2024-08-22T09:38:00.000-07:00']);
    assert.equal(findings.some((f) => f.code === 'missing-section' && (f.data as { section: string }).section === 'timeline'), false);
  });

  it('reads the moments of a report\'s numbered paragraphs ("3.2 At 18:20 on Thursday 4 April 2024, ...", "by telephone at 15:05 on 5 April")', () => {
    const text = '# Report on incident\n\n## 3. Chronology\n\n3.1 All times are stated in British Summer Time (BST).\n\n3.2 At 18:20 on Thursday 4 April 2024, the CDN configuration change was applied as part of a release.\n\n3.4 At 08:05 on Friday 5 April 2024, our automated audit raised an alert.\n\n3.7 We notified the Firm\'s security contact by telephone at 15:05 on 5 April.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.event.slice(0, 12)]), [['2024-04-04T18:20:00.000+01:00', 'the CDN conf'], ['2024-04-05T08:05:00.000+01:00', 'our automate'], ['2024-04-05T15:05:00.000+01:00', "We notified "]]);
  });

  it('reads an italic comment under an exported log as the author\'s comment, not a moment ("*Why the alert fired at 06:15 ...*"), and a state "FIRING" as the alert', () => {
    const log = ['```', '2024-09-17T06:02:11Z  deploy   rollout started', '2024-09-17T06:15:02Z  alert    tm-ingest: insert errors > 50/min  FIRING', '2024-09-17T06:21:13Z  ack      T. Schmit acknowledged', '2024-09-17T07:02:47Z  action   pods restarted, insert errors -> 0', '```'];
    const text = ['# Archive migration', '', '## Timeline', '', 'Times are UTC.', '', ...log, '', '*Why the alert fired at 06:15 and not 06:09: nothing failed until the first pass at 06:14:30.*', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => `${e.timeText.slice(11, 16)} ${e.milestone ?? ''}`), ['06:02 ', '06:15 detected', '06:21 acknowledged', '07:02 mitigated']);
  });

  it('reads a timeline table\'s Zone column as each row\'s zone, where a SOC\'s UTC rows are merged with local ones', () => {
    const rows = ['| 21 Aug 07:58 | UTC | SOC | Sign-in from a hosting ASN |', '| 21 Aug 09:05 | BST | Broker | Second request refused |', '| 21 Aug 08:09 | UTC | SOC | SOC raises an alert |'];
    const text = `# Credential misuse\n\n**Date:** 2024-08-21\n\n## Timeline\n\n| When | Zone | Source | Event |\n|---|---|---|---|\n${rows.join('\n')}\n`;
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => new Date(e.instant!.toMillis()).toISOString()), ['2024-08-21T07:58:00.000Z', '2024-08-21T08:05:00.000Z', '2024-08-21T08:09:00.000Z']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a closing bracket naming someone as the entry\'s actor, not a remark ("(remote, no CR)")', () => {
    const { model } = analyzeText('# Gate\n\n**Date:** 2024-06-03\n\n## Timeline\n\n- 0612hrs – Vendor pushes build 4.7.2 (remote, no CR)\n- 0702hrs – Remote into lane controllers (Wei Ming)\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.actor), [undefined, 'Wei Ming']);
  });

  it('reads "2:05p" and "11:40a" as 12-hour times, not "10:00 a meeting"', () => {
    assert.deepEqual(instants('# Outage on 2026-11-03\n\nAll times UTC.\n\n## Timeline\n\n- **2:05p** auth-service 4.2 rolls out\n- **3:22p** Rollback finished\n- 10:00 a meeting\n'), ['2026-11-03T14:05:00.000Z', '2026-11-03T15:22:00.000Z', '2026-11-03T10:00:00.000Z']);
  });

  it('reads the zone a note gives in passing ("From the #eng thread, times ET."), not "three times" before a word', () => {
    const model = analyzeText('# Push down\n\n## Timeline\n\nFrom the #eng thread, times ET.\n\n- 2026-04-22 8:47 AM — FCM starts failing\n', { settings: DEFAULT_SETTINGS }).model;
    assert.equal(model.timeline[0].instant?.toISO(), '2026-04-22T08:47:00.000-04:00');
    assert.equal(statedZone('Retried three times ET was fine'), undefined);
    // Between the byline's dots, before "as Slack shows them"; and no offset read off the next line.
    assert.equal(statedZone('Sev: SEV2 · Written by @gabe · times are ET · [doc](https://x)'), 'ET');
    assert.equal(statedZone('(bot noise trimmed, times are PT as Slack shows them):'), 'PT');
    assert.equal(statedZone('2026-04-02, all times UTC\n- 09:02 deploy'), 'UTC');
  });

  it('reads the zone a heading holds in brackets alone ("## Pager log (PDT)"), not a word or a team there', () => {
    const text = '# Disk full on 2026-06-28\n\n## Pager log (PDT)\n\n- Jun 28 23:52 · TRIGGERED checkout_5xx_rate\n- Jun 28 23:57 · ACKNOWLEDGED by Kenji\n- Jun 29 00:33 · RESOLVED by Kenji\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.timezone, 'PDT');
    assert.equal(model.timeline[0].instant?.toISO(), '2026-06-28T23:52:00.000-07:00');
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing'), []);
    assert.equal(statedZone('## Follow-up meeting (ET team)\n'), undefined);
    assert.equal(statedZone('## Impact (est)\n'), undefined);
  });

  it('reads a zone named by its city ("Times are Berlin time."), with its summer time', () => {
    const at = (date: string) => instants(`# Outage on ${date}\n\n## Timeline\n\nTimes are Berlin time.\n\n- 15:00 Signups fail\n`);
    assert.deepEqual(at('2026-01-05'), ['2026-01-05T15:00:00.000+01:00']);
    assert.deepEqual(at('2026-07-05'), ['2026-07-05T15:00:00.000+02:00']);
    assert.deepEqual(instants('# Outage on 2024-11-21\n\nTimes below are Amsterdam time unless marked.\n\n## Timeline\n\n- 10:52 Backlog alert\n'), ['2024-11-21T10:52:00.000+01:00']);
    // "All times Berlin local time.": across the night the clocks went forward, in order.
    const night = instants('# Outage on 2024-03-31\n\n## Timeline\n\nAll times Berlin local time.\n\n- 01:40 Decision to roll back\n- 03:10 (CEST) Rollback started\n');
    assert.deepEqual(night, ['2024-03-31T01:40:00.000+01:00', '2024-03-31T03:10:00.000+02:00']);
  });

  it('reads what happened from the bullets under a bullet that is only a time ("- **07:58**")', () => {
    const text = '# Outage\n\n## Timeline\n\n- **07:58**\n  - Disk reaches 100% and the primary goes down.\n  - Autosave fails for every student. Impact begins.\n- **08:03**\n  - PagerDuty pages the on-call.\n';
    const entries = timeline(text).timeline;
    assert.deepEqual(entries.map((e) => [e.timeText, e.event, e.milestone]), [
      ['07:58', 'Disk reaches 100% and the primary goes down.', 'started'],
      ['08:03', 'PagerDuty pages the on-call.', 'detected'],
    ]);
  });

  it('reads a timeline kept in a code block, but not a log excerpt beside another timeline', () => {
    const text = '# Outage\n\n## Timeline\n\n```\n10:00 UTC - cloud open\n10:40 UTC - cloud closed\n```\n\n```\nDec 13 18:59:01 fritz bundle[5886]: error\nDec 13 18:59:02 fritz bundle[5886]: error\n```\n';
    assert.deepEqual(read(text).map(([time]) => time), ['10:00 UTC', '10:40 UTC']);
    // Events copied from a bot, each line dated, as the section's only timeline: its entries. Beside a list, an excerpt.
    const copied = '```\n[2026-05-19 02:32:15 UTC] search-api: 5xx ratio 0.37\n[2026-05-19 03:52:08 UTC] alias repointed; incident resolved\n```\n';
    assert.deepEqual(read(`# Outage\n\n## Timeline\n\n${copied}`).map(([time]) => time), ['2026-05-19 02:32:15 UTC', '2026-05-19 03:52:08 UTC']);
    assert.deepEqual(read(`# Outage\n\n## Timeline\n\n- 02:30 UTC errors\n- 03:50 UTC fixed\n\n${copied}`).map(([time]) => time), ['02:30 UTC', '03:50 UTC']);
    // A timeline whose events name a daemon ("09:05 nginx: 502s start") is still one.
    assert.deepEqual(read('# Outage\n\n## Timeline\n\n```\n09:05 nginx: 502s start\n09:40 restarted nginx: 502s stop\n```\n').map(([time]) => time), ['09:05', '09:40']);
    // The kernel's own lines, each dated, below a table: the evidence the table was rebuilt from.
    const kernel = '```\n2026-11-10T12:38:14Z node-017 kernel: nf_conntrack: table full, dropping packet\n2026-11-10T12:41:52Z node-022 kernel: nf_conntrack: table full, dropping packet\n```\n';
    assert.deepEqual(read(`# Outage\n\nAll times CET.\n\n## Timeline\n\n### Tuesday, 10.11.2026\n\n| Time | Event |\n|---|---|\n| 13:38 | First drops |\n| 14:05 | Alert |\n\n### Friday, 13.11.2026\n\n| Time | Event |\n|---|---|\n| 09:00 | Incident closed |\n\nExcerpt from the node log:\n\n${kernel}`).map(([time]) => time), ['13:38', '14:05', '09:00']);
    // A chat excerpt to the minute, below the list it illustrates: no entries of its own.
    const chat = '```\n[19:58] <nagios> PROBLEM: checkout_p95_latency is CRITICAL\n[20:40] <luis> r3 out, timeouts gone\n```\n';
    assert.deepEqual(read(`# Outage\n\n## Timeline\n\n- 19:58 — alert fires\n- 21:20 — promo extended\n\nIRC excerpt:\n\n${chat}`).map(([time]) => time), ['19:58', '21:20']);
  });

  it('reads events joined by <br>, times written 15h50, 10.42 and 21:37h, and a list of times with no timeline heading', () => {
    assert.deepEqual(read('# Outage\n\n## Timeline\n\n13:02 - A report arrives.<br> 20:57 - A test fails.<br>\n').map(([time]) => time), ['13:02', '20:57']);
    assert.deepEqual(read('# Outage\n\n## Timeline\n\n- 10.42: the site went down\n- 15h50 UTC: restored\n').map(([time]) => time), ['10.42', '15h50 UTC']);
    // With the hour's letter after it, as German and Dutch teams write it ("21:37h", "14:05 uur").
    assert.deepEqual(read('# Outage\n\n## Timeline\n\n| Time | What happened |\n|---|---|\n| 21:37h | Logins fail |\n| 21:39 h | Probe fails |\n| 21:52 uur | Restored |\n').map(([time]) => time), ['21:37h', '21:39 h', '21:52 uur']);
    assert.deepEqual(read('## CI failures\n\n* **23:00 UTC** - A CI run fails\n* **11:00 UTC** - More failures\n* **12:00 UTC** - Isolated to one region\n').length, 3);
  });

  it('places rows written as offsets after the last row with a clock time, as approximate times', () => {
    const text = '# Upgrade\n\n**Date:** 2025-07-02\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 11:00 UTC | Upgrade starts |\n| +10 minutes | Migrations run |\n| \\[+1.5 hrs] | Checkout passes |\n| +2 Business Days Later | Fixes staged |\n';
    const { timeline: entries } = analyzeText(text, { settings: DEFAULT_SETTINGS }).model;
    assert.deepEqual(entries.map((e) => [e.instant?.toISO() ?? null, e.approximate]), [
      ['2025-07-02T11:00:00.000Z', false],
      ['2025-07-02T11:10:00.000Z', true],
      ['2025-07-02T12:30:00.000Z', true],
      [null, false],
    ]);
  });

  it('takes a date line with "(all times UTC)" for the date of what follows, and bullets under a date line for its events', () => {
    const text = '# Outage\n\n## Timeline\n\n2024-03-03 **(all times in UTC)**\n\n- 14:00 Alert fired\n\n### Disclosure\n';
    assert.deepEqual(read(text), [['14:00', '2024-03-03T14:00:00.000Z']]);
    const untimed = '# CVE\n\n## Timeline\n\n2019-07-25:\n* Issue opened reporting crashes\n\n2019-08-09:\n* Fuzzer reports a second bug\n\n2019-10-08:\n* Patches staged\n* 11:20 AM v1.11.2 pushed\n';
    // The last day's bullets carry a time: its untimed bullet is a note, not an event at midnight.
    assert.deepEqual(read(untimed).map(([time, at]) => `${time} ${at?.slice(0, 16)}`), [' 2019-07-25T00:00', ' 2019-08-09T00:00', '11:20 AM 2019-10-08T11:20']);
    const labelled = '# Takeover\n\n## Timeline\n\n**Date: 2023-11-22**\n\n- 08:42:33 account created\n';
    assert.deepEqual(read(labelled).map(([, at]) => at), ['2023-11-22T08:42:33.000Z']);
  });
});

describe('the incident\'s date and zone', () => {
  const model = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).model;

  it('takes the date from the title, a "Date:" heading, or the timeline when the header has none', () => {
    assert.deepEqual(model('# Website Outage 5-26-21\n').incidentDate, { year: 2021, month: 5, day: 26, monthFirst: true });
    assert.equal(model('# Outage\n\n## Date: July 1, 2020\n').incidentDate?.day, 1);
    assert.deepEqual(model('# Outage\n\n## Timeline\n\n- 2024-03-02 09:00 Config merged\n- 2024-03-03 10:00 Alert fired\n').incidentDate, { year: 2024, month: 3, day: 3 });
  });

  it('prefers the timeline\'s day to a later date in the header: a post published after the incident', () => {
    const text = '---\ndate: 2023-12-04\n---\n# Account takeover\n\n## Timeline\n\n- 2023-11-22 08:44 UTC: account created\n- 2023-11-22 09:10 UTC: we noticed it\n';
    assert.deepEqual(model(text).incidentDate, { year: 2023, month: 11, day: 22 });
  });

  it('takes the zone written on nearly every entry for the timeline\'s', () => {
    assert.equal(model('# Outage\n\n## Timeline\n\n- 10:00 UTC down\n- 10:20 UTC up\n- 10:30 closed\n').timezone, 'UTC');
  });

  it('reads a US zone\'s two capitals before the event ("2:02 PM ET we rolled back"), and not "et" or "pt" as words', () => {
    const read = model('# Outage on 2024-03-03\n\n## Timeline\n\n- 2:00 PM ET checkout errors begin\n- 2:10 PM ET We rolled back\n- 14:30 PT service restored\n');
    assert.deepEqual(
      read.timeline.map((e) => [e.instant?.toISO(), e.event]),
      [
        ['2024-03-03T14:00:00.000-05:00', 'checkout errors begin'],
        ['2024-03-03T14:10:00.000-05:00', 'We rolled back'],
        ['2024-03-03T14:30:00.000-08:00', 'service restored'],
      ],
    );
    const words = model('# Outage on 2024-03-03\n\n## Timeline (UTC)\n\n- 14:00 et cetera\n- 14:10 pt of the fleet down\n');
    assert.deepEqual(
      words.timeline.map((e) => [e.instant?.toISO(), e.event]),
      [
        ['2024-03-03T14:00:00.000Z', 'et cetera'],
        ['2024-03-03T14:10:00.000Z', 'pt of the fleet down'],
      ],
    );
  });
});

describe('five whys', () => {
  it('counts whys written as bold paragraphs as well as list items', () => {
    const text = '# Post-Mortem: x\n\n## Five Whys\n\n**Why did checkout fail?** The gateway rejected calls.\n\n**Why did the gateway reject calls?** Its certificate expired.\n\n1. Why did it expire? → Renewal is manual.\n2. Why is renewal manual? → No automation was built.\n3. Why was none built? → It was never prioritised.\n';
    const { fiveWhys } = timeline(text);
    assert.equal(fiveWhys.length, 5);
    assert.ok(fiveWhys.every((why) => why.answer));
    assert.equal(analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'five-whys-incomplete').length, 0);
  });
});

describe('front matter', () => {
  it('keeps the good lines of front matter that has one bad line', () => {
    const text = '---\ntitle: "CI maintenance"\ndate: 2023-07-04T13:00:00-00:00\nbad: [unclosed\nseverity: down\n---\n\n# x\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.title?.text, 'CI maintenance');
    assert.equal(model.header.find((f) => f.name === 'severity')?.value, 'down');
    assert.deepEqual(model.incidentDate, { year: 2023, month: 7, day: 4 });
  });

  it('reads Hugo\'s TOML front matter between "+++" lines, and its good lines when one is bad', () => {
    const text = '+++\ntitle = "Checkout outage"\ndate = 2024-03-05T16:00:00Z\nseverity = "SEV-2"\n+++\n\n# Summary\n\nx\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.title?.text, 'Checkout outage');
    assert.equal(text.slice(model.title!.start, model.title!.end), 'Checkout outage');
    const severity = model.header.find((f) => f.name === 'severity')!;
    assert.equal(severity.value, 'SEV-2');
    assert.equal(text.slice(severity.valueStart, severity.valueEnd), '"SEV-2"');
    assert.deepEqual(model.incidentDate, { year: 2024, month: 3, day: 5 });
    const broken = analyzeText(text.replace('severity', 'bad = [unclosed\nseverity'), { settings: DEFAULT_SETTINGS }).model;
    assert.equal(broken.header.find((f) => f.name === 'severity')?.value, 'SEV-2');
  });
});

describe('header fields in an "Incident Summary"', () => {
  it('reads fields listed at the top of the first section, a value in the bullet nested under its key', () => {
    const text = '# v4.x Upgrade RCA\n\n## 1. Incident Summary\n\n* Date: July 2 2025, 9:30 AM UTC\n* **Severity:**&#x20;\n  * SEV-2 – degraded network operations\n\n## 2. What Happened?\n\nSeverity: SEV-9 in prose is no field.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.header.find((f) => f.name === 'severity')?.value, 'SEV-2 – degraded network operations');
    assert.deepEqual(model.incidentDate, { year: 2025, month: 7, day: 2 });
    assert.deepEqual(findings.filter((f) => f.code === 'severity-unknown'), []);
  });
});

describe('midnight after a dated entry', () => {
  it('rolls an undated time over midnight after an entry that wrote its date', () => {
    const text = '# Outage\n\n## Timeline\n\n- 2022-01-27 23:50 UTC Alert fired\n- 00:10 UTC Rolled back\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.instant?.toISO()), ['2022-01-27T23:50:00.000Z', '2022-01-28T00:10:00.000Z']);
  });

  it('moves a time on by the days its weekday says ("Tue 17:05", then "Wed 08:20")', () => {
    const text = '# Digest\n\n**Date:** 2026-05-18\n\n## Timeline\n\n- Mon 09:00 — job runs\n- Tue 14:30 — ticket\n- Tue 17:05 — key replaced\n- Wed 08:20 — resend finished\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO().slice(0, 16)), ['2026-05-18T09:00', '2026-05-19T14:30', '2026-05-19T17:05', '2026-05-20T08:20']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('moves a time on by its weekday when the times between wrote none, dated or not ("Tue 14:10", "17:20", "Wed 09:30")', () => {
    const rows = ['- Tue 13:55 deployed', '- Tue 14:10 errors start', '- 17:20 fixed', '- 23:50 sweep', '- 00:30 sweep done', '- Wed 09:30 partner caught up', '- Wed 11:15 closed it out'];
    const undated = analyzeText(`# Outage\n\n## Timeline\n\n${rows.join('\n')}\n`, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(undated.model.timeline.map((e) => e.instant?.toISO().slice(8, 16)), ['01T13:55', '01T14:10', '01T17:20', '01T23:50', '02T00:30', '02T09:30', '02T11:15']);
    assert.deepEqual(undated.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // No weekday before it: a weekday opening an earlier time than the one before is the next day.
    const first = analyzeText('# Outage\n\n## Timeline\n\n- ~13:55 deployed\n- 17:20 fixed\n- Wed 09:30 partner caught up\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(first.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // The same weekday again is the same day: a time before the one above it is out of order.
    const same = analyzeText('# Outage\n\n## Timeline\n\n- Tue 13:55 deployed\n- 17:20 fixed\n- Tue 09:30 partner caught up\n', { settings: DEFAULT_SETTINGS });
    assert.equal(same.findings.filter((f) => f.code === 'timeline-out-of-order').length, 1);
  });

  it("puts the undated times after a lead-up dated the day before on the incident's stated day", () => {
    const rows = '| Time | Event |\n|---|---|\n| 2026-06-08 16:45 | Scheduler deployed |\n| 08:10 | First campaigns miss their send time |\n| 08:31 | Monitor alerts |\n';
    const read = (header: string) => analyzeText(`# Late sends\n\n${header}## Timeline\n\n${rows}`, { settings: DEFAULT_SETTINGS });
    const stated = read('**Date of incident:** 2026-06-09\n\n');
    assert.deepEqual(stated.model.timeline.map((e) => e.instant?.toISO()), ['2026-06-08T16:45:00.000Z', '2026-06-09T08:10:00.000Z', '2026-06-09T08:31:00.000Z']);
    assert.deepEqual(stated.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // With no later day stated, a time that goes back by less than twelve hours is out of order.
    assert.equal(read('').findings.filter((f) => f.code === 'timeline-out-of-order').length, 1);
  });
});

describe('a date that dates timeline entries but is no real date', () => {
  const analysis = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
  const dateInvalid = (text: string) => analysis(text).findings.filter((f) => f.code === 'date-invalid').map((f) => text.slice(f.start, f.end));
  const instants = (text: string) => analysis(text).model.timeline.map((e) => e.instant?.toISO());

  it('is reported once, where it is written, and the entries it dates get no instant while those under the next date keep theirs', () => {
    const text = '# Outage\n\n## Timeline\n\n29.05.2019\n\n- 09:42: Found in development.\n\n31.06.2019\n\n- 13:30: Released.\n- 13:45: Verified.\n\n### 2019-02-30\n\n- 10:00: Checked again.\n\n01.07.2019\n\n- 07:11: First errors.\n';
    assert.deepEqual(dateInvalid(text), ['31.06.2019', '2019-02-30']);
    assert.deepEqual(instants(text), ['2019-05-29T09:42:00.000Z', undefined, undefined, undefined, '2019-07-01T07:11:00.000Z']);
  });

  it('is reported over untimed bullets, as a parent bullet, in a table\'s date column, and with nothing under it', () => {
    assert.deepEqual(dateInvalid('# Outage\n\n## Timeline\n\n2019-06-31:\n\n- Issue opened\n- Fix released\n'), ['2019-06-31']);
    assert.deepEqual(dateInvalid('# Outage\n\n## Timeline\n\n- 2019-06-31\n  - 13:30 Released\n  - 13:45 Verified\n'), ['2019-06-31']);
    const table = '# Outage\n\n## Timeline\n\n| Date | Time (UTC) | Event |\n|---|---|---|\n| **2019-06-31** | 13:30 | Released |\n| | 13:45 | Verified |\n';
    assert.deepEqual(dateInvalid(table), ['**2019-06-31**'], 'the whole cell: its plain text drops the emphasis');
    assert.deepEqual(dateInvalid('# Outage\n\n## Timeline\n\n- 09:42 Found.\n\n31.06.2019\n'), ['31.06.2019']);
    // A day and month alone, day first, that no calendar has: its row gets no instant, not the day before's.
    const dotted = '# Outage\n\nDate: 29.09.2026\n\n## Timeline\n\n| Date | Time | Event |\n|---|---|---|\n| 30.09. | 14:10 | Play approved |\n| 31.09. | 09:30 | App Store approved |\n| 01.10. | 12:00 | Resolved |\n';
    assert.deepEqual(dateInvalid(dotted), ['31.09.']);
    assert.deepEqual(instants(dotted), ['2026-09-30T14:10:00.000Z', undefined, '2026-10-01T12:00:00.000Z']);
  });

  it('is not reported when it is real, and a "Date:" line is read as written', () => {
    assert.deepEqual(dateInvalid('# Outage\n\n## Timeline\n\n30.06.2019\n\n- 13:30: Released.\n'), []);
    assert.deepEqual(dateInvalid('# Outage\n\n## Timeline\n\n**Date: 2023-11-31**\n\n- 13:30: Released.\n'), ['2023-11-31']);
  });
});

describe('a milestone field of the header', () => {
  const dateInvalid = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'date-invalid').map((f) => text.slice(f.start, f.end));

  it('is reported when its date is not real, not when only its time is', () => {
    assert.deepEqual(dateInvalid('# Outage\n\n**Started At:** 2024-02-30 14:00 UTC\n**Detected:** 2024-02-28 25:61 UTC\n\n## Timeline\n\n- 14:00 Errors\n'), ['2024-02-30 14:00 UTC']);
  });
});

describe('years and offsets no incident has', () => {
  const findings = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).findings.map((f) => [f.code, text.slice(f.start, f.end), f.message] as const);

  it('takes a year below 1000 for an invalid date, never for 19xx', () => {
    assert.deepEqual(['0001-10-26', '0999-01-01', '26/10/0001', 'Oct 26, 0025', '1000-01-01'].map((t) => readDate(t)?.invalid), [true, true, true, true, false]);
    const text = '# Post-Mortem: x\n\n- **Date of Incident:** 0001-10-26\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 0001-10-26 14:00 | Alert fired |\n| 14:30 | Resolved |\n';
    const model = timeline(text);
    assert.equal(model.timeline[0].instant, undefined, 'no instant in 1901');
    assert.ok(model.timeline.every((e) => !e.instant?.toISO().startsWith('1901')));
    const dateInvalid = findings(text).filter(([code]) => code === 'date-invalid');
    assert.deepEqual(dateInvalid.map(([, at]) => at), ['0001-10-26', '0001-10-26 14:00']);
    assert.match(dateInvalid[0][2], /year/i, 'the message says why: the year');
  });

  it('reads a weekday before a date, a date written after the time, a numeric offset, and four-digit times marked as times', () => {
    const tl = (lines: string[]) => instants(`# Outage\n\n## Timeline\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`);
    assert.deepEqual(tl(['Tuesday, March 5th, 2024 10:00 UTC: errors began', 'Tue 5 March 2024 10:30 UTC: service restored']), ['2024-03-05T10:00:00.000Z', '2024-03-05T10:30:00.000Z']);
    assert.deepEqual(tl(['10:00 UTC, March 3rd 2024: errors began', '10:30 UTC on March 3, 2024: service restored']), ['2024-03-03T10:00:00.000Z', '2024-03-03T10:30:00.000Z']);
    assert.deepEqual(tl(['2024-03-03 10:00 +02:00 errors began', '2024-03-03 10:30 -0700 service restored']), ['2024-03-03T10:00:00.000+02:00', '2024-03-03T10:30:00.000-07:00']);
    assert.deepEqual(instants('# Outage\n\n## Timeline\n\nDate: 2024-03-03\n\n- 0930Z errors began\n- 1000 UTC alert fired\n- 1030 hrs service restored\n'), ['2024-03-03T09:30:00.000Z', '2024-03-03T10:00:00.000Z', '2024-03-03T10:30:00.000Z']);
    // A year of two digits after an apostrophe ("November 5th ’24"), as blog posts write it.
    assert.deepEqual(tl(["Nov 5th '24 11:00 GMT: latency rose", '5 November ’24 17:00 GMT: relays down']), ['2024-11-05T11:00:00.000Z', '2024-11-05T17:00:00.000Z']);
    // Four digits alone are a year or a number, not a time.
    assert.deepEqual(timeline('# Outage\n\n## Timeline\n\n- 0930 errors began\n- 2024 was a bad year\n').timeline, []);
  });

  it('takes a sentence saying on which day the events happened for the date of the times below it', () => {
    const text = '# Outage\n\n## Timeline\n\nUnless noted, everything happened on March 3, 2024 (all times UTC).\n\n- 10:00 errors began\n- 10:30 service restored\n';
    assert.deepEqual(instants(text), ['2024-03-03T10:00:00.000Z', '2024-03-03T10:30:00.000Z']);
  });

  it('reads day headings at the timeline heading\'s own level as its days, and the timeline heading as not empty', () => {
    const text = '# Outage\n\n## Timeline\n\n## Sunday, March 3, 2024\n\n### 23:50 UTC\n\nErrors began\n\n## March 4, 2024\n\n### 00:10 UTC\n\nAlert fired\n\n## Root cause\n\nA bad config.\n';
    assert.deepEqual(instants(text), ['2024-03-03T23:50:00.000Z', '2024-03-04T00:10:00.000Z']);
    const { findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(findings.filter((f) => f.code === 'empty-section'), []);
    // Another section at that level still ends the timeline.
    assert.equal(timeline(text).sections.find((s) => s.kind === 'root-cause')?.heading, 'Root cause');
  });

  it('reads numbered day headings ("## 3.2 Wednesday 10/18") as their day, and pandoc\'s "--" after a time as no part of the event', () => {
    const text = '# Labels missed the cut-off\n\n**Date:** 2023-10-17 (times ET)\n\n# 3. Timeline\n\n## 3.1 Tuesday 10/17\n\n-   **6:10 PM** -- CMH1 label backlog cleared.\n\n## 3.2 Wednesday 10/18\n\n-   **8:00 AM** -- Carryover cartons picked up.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.instant?.toISO(), e.event]), [
      ['2023-10-17T18:10:00.000-04:00', 'CMH1 label backlog cleared.'],
      ['2023-10-18T08:00:00.000-04:00', 'Carryover cartons picked up.'],
    ]);
  });

  it('reads the zone a day line names for the entries under it ("Monday 4 Nov (CET):"), and "(UTC, from logs)" as no event', () => {
    const text = '# Double-counted GMV\n\n**Date:** 2024-11-03\n\n## Timeline\n\nSunday 3 Nov (UTC, from logs):\n- 01:30 — DAG run starts\n- 02:29 — duplicates from here\n\nMonday 4 Nov (CET):\n- 08:47 — Finance asks in #data-help\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-11-03T01:30:00.000Z', '2024-11-03T02:29:00.000Z', '2024-11-04T08:47:00.000+01:00']);
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing'), []);
  });

  it('reads a "Date(s)" field and a range of days named with their weekdays as starting on the first day', () => {
    assert.deepEqual(analyzeText('# Outage\n\n| Field | Value |\n|---|---|\n| **Date(s)** | 5–9 September 2024 |\n', { settings: DEFAULT_SETTINGS }).model.incidentDate, { year: 2024, month: 9, day: 5 });
    assert.deepEqual(analyzeText('# Outage\n\nDates: Thursday 26 – Monday 30 October 2023\n', { settings: DEFAULT_SETTINGS }).model.incidentDate, { year: 2023, month: 10, day: 26 });
    assert.deepEqual(analyzeText('# Outage\n\n**Incident dates:** Thu Oct 3 – Mon Oct 7, 2024\n', { settings: DEFAULT_SETTINGS }).model.incidentDate, { year: 2024, month: 10, day: 3 });
  });

  it('reads "All UTC, Sunday 12 May 2024." as the day and zone of the entries below it', () => {
    const text = '# Window overrun\n\n## Timeline\n\nAll UTC, Sunday 12 May 2024.\n\n| Time | Event |\n|---|---|\n| 02:00:00 | Window opened |\n| 02:51:20 | pe2 reload |\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-05-12T02:00:00.000Z', '2024-05-12T02:51:20.000Z']);
  });

  it('reads a paragraph opening with its bold day ("**Thursday 14 November.** Starting at around 09:00 ...") as that day\'s moments, not midnight', () => {
    const text = '# Federation backlog\n\n## What happened (UTC)\n\n**Wednesday 13 November 2024.** From about 22:00 onwards a spam network joins public rooms.\n\n**Thursday 14 November.** Starting at around 09:00 our queue panel begins to climb.\n\n**Friday 15 November.** At 18:20 a user posts in #meta.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-11-13T22:00:00.000Z', '2024-11-14T09:00:00.000Z', '2024-11-15T18:20:00.000Z']);
  });

  it('reads "All timestamps UTC." and "Pacific time." opening a paragraph as the timeline\'s zone', () => {
    const zoneOf = (line: string) => analyzeText(`# Outage\n\n**Date:** 2024-04-18\n\n## Timeline\n\n${line}\n\n- 09:08 Webhook rejects requests\n- 09:12 Sync failed\n`, { settings: DEFAULT_SETTINGS }).model.timeline[0].instant?.toISO();
    assert.equal(zoneOf('All timestamps UTC.'), '2024-04-18T09:08:00.000Z');
    assert.equal(zoneOf('Pacific time. Pasted from #help-platform, lightly trimmed.'), '2024-04-18T09:08:00.000-07:00');
  });

  it('reads "Pasted from the incident bot, all UTC:" as the zone of the log below it', () => {
    const text = '# Order sync stalled\n\n## Timeline\n\nPasted from the incident bot, all UTC:\n\n```\n2024-04-01 22:03  sync-worker  every sync failing\n2024-04-02 07:50  support      merchants asking\n```\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.timezone, 'UTC');
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing'), []);
  });

  it('takes a heading opening with a weekday and date ("### Mon 11 Nov — rolled out to 100%") for an event, not an empty section', () => {
    const text = '# Outage\n\n## Timeline (CET)\n\n### Fri 8 Nov, 16:00 — ANR rate back to normal\n\nIncident resolved.\n\n### Mon 11 Nov — 12.3.1 rolled out to 100%\n\n## Root cause\n\nBlocking I/O.\n\n## Notes\n\n## Mar 3 plan\n';
    const { findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(findings.filter((f) => f.code === 'empty-section').map((f) => text.slice(f.start, f.end)), ['Notes']);
  });

  it('takes the event from the column named for it, not from a status column before it ("| Date | Time | Status page | Event |")', () => {
    const text = '# Outage\n\n## Timeline (UTC)\n\n| Date | Time | Status page | Event |\n|---|---|---|---|\n| 2026-01-31 | 22:15 | — | Alert fires; on-call paged |\n| 2026-01-31 | 22:24 | Investigating | Major incident declared |\n';
    const model = analyzeText(text, { settings: DEFAULT_SETTINGS }).model;
    assert.deepEqual(model.timeline.map((e) => e.event), ['Alert fires; on-call paged', 'Major incident declared']);
    assert.equal(model.timeline[0].milestone, 'detected');
  });

  it('reads a table with a Date column and a Time column, the day written once for the rows below it', () => {
    const text =
      '# Outage\n\n## Timeline\n\n| Date | Time (UTC) | Event |\n|---|---|---|\n| 2024-03-03 | 23:50 | Errors began |\n| | 23:55 | Alert fired |\n| 2024-03-04 | 00:40 | Service restored |\n';
    assert.deepEqual(instants(text), ['2024-03-03T23:50:00.000Z', '2024-03-03T23:55:00.000Z', '2024-03-04T00:40:00.000Z']);
    assert.deepEqual(timeline(text).timeline.map((e) => e.event), ['Errors began', 'Alert fired', 'Service restored']);
    assert.equal(timeline(text).durations.resolveMinutes, 50);
    // Two timed columns are not a day and a time: the first is the entry's time, as before.
    const twoTimes = '# Outage\n\n## Timeline\n\n| Time | Detection time | Event |\n|---|---|---|\n| 2024-03-03 10:00 | 2024-03-03 10:20 | Errors began |\n';
    assert.deepEqual(instants(twoTimes), ['2024-03-03T10:00:00.000Z']);
  });

  it('reads a timeline on a 12-hour clock without AM/PM across noon, and not one that says it is on a 24-hour clock', () => {
    const body = (times: string[]) => `# Outage on 2024-03-03\n\n## Timeline (UTC)\n\n${times.map((t) => `- ${t} event`).join('\n')}\n`;
    assert.deepEqual(instants(body(['11:50', '12:40', '1:15', '2:00'])).map((i) => i?.slice(11, 16)), ['11:50', '12:40', '13:15', '14:00']);
    // "01:15" and a "13:05" say 24 hours: a time falling back is out of order there, as written.
    assert.deepEqual(instants(body(['11:50', '12:40', '01:15'])).map((i) => i?.slice(11, 16)), ['11:50', '12:40', '01:15']);
    assert.deepEqual(instants(body(['11:50', '13:05', '12:40', '1:15'])).map((i) => i?.slice(11, 16)), ['11:50', '13:05', '12:40', '01:15']);
    // Half a day on from "10:58" is no moment soon after it: "10:49" there is out of order, the rest as written.
    const slipped = body(['10:31', '10:58', '10:49', '11:06']);
    assert.deepEqual(instants(slipped).map((i) => i?.slice(11, 16)), ['10:31', '10:58', '10:49', '11:06']);
    assert.deepEqual(analyzeText(slipped, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').length, 1);
  });

  it('reads a day and month without their year before a time ("31/10 22:00", "12/14 3:10pm") in the year nearest the incident', () => {
    const table = '# Month-end close\n\n**Incident date:** 31/10/2026\n\n## Timeline\n\nAll times UTC.\n\n| When | What |\n|---|---|\n| 31/10 23:00 | Dashboards start timing out |\n| 01/11 00:10 | Triaged |\n';
    assert.deepEqual(instants(table), ['2026-10-31T23:00:00.000Z', '2026-11-01T00:10:00.000Z']);
    assert.deepEqual(analyzeText(table, { settings: DEFAULT_SETTINGS }).findings.map((f) => f.code).filter((c) => c.startsWith('timeline')), []);
    // Month first where the day cannot be: the December before an incident on 1 January is in the year before it.
    const list = '# Expired certificate on 2026-01-01\n\n## Timeline (UTC)\n\n- 12/14 3:10pm - RBAC cleanup merged\n- 1/1 12:04am - Alert fires\n- 13/14 10:00 - no date\n';
    assert.deepEqual(instants(list), ['2025-12-14T15:10:00.000Z', '2026-01-01T00:04:00.000Z']);
  });

  it('reads a date written with slashes year first ("2024/03/03 14:05")', () => {
    assert.deepEqual(instants('# Outage\n\n## Timeline\n\n- 2024/03/03 14:05 UTC errors began\n- 2024/03/03 14:20 UTC alert fired\n'), ['2024-03-03T14:05:00.000Z', '2024-03-03T14:20:00.000Z']);
  });

  it('reads a day, a month\'s name and a year joined by hyphens or slashes ("14-Nov-2026 09:02", "03/Mar/2025"), and a range of days', () => {
    assert.deepEqual(instants('# Outage\n\n## Timeline\n\n- 14-Nov-2026 09:02 UTC errors began\n- 14-NOV-2026 09:20 UTC alert fired\n'), ['2026-11-14T09:02:00.000Z', '2026-11-14T09:20:00.000Z']);
    const dated = analyzeText('# Outage\n\nDate: 03/Mar/2025\n', { settings: DEFAULT_SETTINGS, today: '2026-01-01' }).model.incidentDate;
    assert.deepEqual(dated, { year: 2025, month: 3, day: 3 });
    // Jira's "20/Nov/26 12:19 PM", under a ticket's "Created:" key.
    const jira = analyzeText('# OPS-9127 flash sale oversold\n\n**Created:** 20/Nov/26 12:19 PM\n', { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.incidentDate;
    assert.deepEqual(jira, { year: 2026, month: 11, day: 20 });
    // Two digits after a month and a space are no year ("3 Nov 26"); between Jira's slashes they are.
    assert.equal(readDate('3 Nov 26')?.date?.year, undefined);
    // A range of days is its first: "17–18 February 2026", "21/22 Oct 2026".
    const ranged = analyzeText('# Outage\n\n**Date:** 17–18 February 2026\n', { settings: DEFAULT_SETTINGS, today: '2026-12-01' }).model.incidentDate;
    assert.deepEqual(ranged, { year: 2026, month: 2, day: 17 });
    assert.deepEqual(readDate('21/22 Oct 2026')?.date, { year: 2026, month: 10, day: 21 });
    // Without its year, "3-Mar" is no date.
    assert.deepEqual(instants('# Outage\n\n## Timeline\n\n- 3-Mar errors began at 14:05\n'), []);
  });

  it('reads the text below a time alone on its line as its event, up to the next time', () => {
    const text =
      '# Outage\n\n## Timeline\n\n2024-03-03 2:45pm\n^^^^^^^^^^^^^^^^^\n\nErrors began on checkout.\nStill failing.\n\n**15:10**\nAlert fired\n15:20 Rolled back\n\n15:30 —\n\n## Root cause\n\nA bad config.\n';
    assert.deepEqual(
      timeline(text).timeline.map((e) => [e.timeText, e.event, e.prose]),
      [
        ['2024-03-03 2:45pm', 'Errors began on checkout.', 'Errors began on checkout. Still failing.'],
        ['15:10', 'Alert fired', 'Alert fired'],
        ['15:20', 'Rolled back', 'Rolled back'],
        // Nothing below it but the next section: no event.
        ['15:30', '', ''],
      ],
    );
    // "14:05 UTC" then ": errors began", as a definition list writes it; "[14:05 UTC] errors began".
    const events = (body: string) => timeline(`# Outage\n\n## Timeline\n\n${body}\n`).timeline.map((e) => e.event);
    assert.deepEqual(events('14:05 UTC\n: errors began\n\n14:20 UTC\n: alert fired'), ['errors began', 'alert fired']);
    assert.deepEqual(events('- [14:05 UTC] errors began\n- (14:20 UTC) alert fired'), ['errors began', 'alert fired']);
    // A list in between: the paragraph after it is not the event (the entries' ranges must not overlap).
    const listBetween = timeline('# Outage\n\n## Timeline\n\n**15:10**\n\n- a note\n\nAlert fired\n').timeline;
    assert.deepEqual(listBetween.map((e) => [e.event, e.end]), [['', '# Outage\n\n## Timeline\n\n**15:10**'.length]]);
    assert.deepEqual(
      timeline(text).timeline.map((e) => e.milestone),
      ['started', 'detected', 'mitigated', undefined],
    );
  });

  it('gives every entry of the real post-mortems and the seed its own range, holding its time (Sort Timeline and Insert Timeline Entry move and place by them)', { skip: sharedAbsent }, () => {
    const paths = [...LABEL_FOLDERS.flatMap((folder) => corpusDocuments(sharedDir, folder).map((file) => join(sharedDir, folder, file))), seedPath];
    const wrong: string[] = [];
    for (const path of paths) {
      const entries = [...timeline(readFileSync(path, 'utf8')).timeline].sort((a, b) => a.start - b.start);
      entries.forEach((entry, i) => {
        if (i > 0 && entry.start < entries[i - 1].end) wrong.push(`${path}: the entry at ${entry.start} starts inside the one before`);
        if (entry.timeText && (entry.timeStart < entry.start || entry.timeEnd > entry.end)) wrong.push(`${path}: the entry at ${entry.start} does not hold its time`);
      });
    }
    assert.deepEqual(wrong, []);
  });

  it('leaves a time the entry itself says was not kept ("--:-- – Rollback complete (not logged; estimate ~10:35)")', () => {
    const text = (said: string) => `# Post-Mortem: x\n\n- **Date of Incident:** 2025-10-26\n\n## Timeline\n\n- 10:21 – Rollback started\n- --:-- – Rollback complete on all sites${said}\n- 10:38 – Payments back to normal\n`;
    assert.deepEqual(findings(text(' (not logged; estimate ~10:35)')).filter(([code]) => code === 'timeline-unparsed-time'), []);
    assert.equal(findings(text('')).filter(([code]) => code === 'timeline-unparsed-time').length, 1);
  });

  it('reports a UTC offset beyond ±14:00 as a time that cannot be read, instead of dropping it', () => {
    const text = '# Post-Mortem: x\n\n- **Date of Incident:** 2025-10-26\n\n## Timeline\n\n- 14:00 UTC+99 - Alert fired\n- 14:10 UTC+2 - Acknowledged\n- 14:20 UTC-14:30 - Mitigated\n- 14:30 UTC+14 - Resolved\n';
    const model = timeline(text);
    assert.deepEqual(model.timeline.map((e) => e.unreadable), [true, false, true, false]);
    const unparsed = findings(text).filter(([code]) => code === 'timeline-unparsed-time');
    assert.deepEqual(unparsed.map(([, at]) => at), ['14:00 UTC+99', '14:20 UTC-14:30']);
    assert.match(unparsed[0][2], /UTC\+99.*offset/);
  });

  it('does not take a length after a time for a UTC offset ("18:40 UTC - 16.5 hours after it started")', () => {
    const text = '# Post-Mortem: x\n\n- **Date of Incident:** 2025-10-26\n\n## Timeline\n\n- 02:00 UTC - Blocked\n- 18:40 UTC - 16.5 hours later, unblocked\n- 18:50 UTC - 2 hours of cleanup begin\n';
    const model = timeline(text);
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.event]), [
      ['2025-10-26T02:00:00.000Z', 'Blocked'],
      ['2025-10-26T18:40:00.000Z', '16.5 hours later, unblocked'],
      ['2025-10-26T18:50:00.000Z', '2 hours of cleanup begin'],
    ]);
    assert.deepEqual(findings(text).filter(([code]) => code === 'timeline-unparsed-time'), []);
  });
});

describe('day bullets, ticket logs and rough times', () => {
  it('reads "- **2026-10-20 (Tue)**" with bullets under it as their day, not as an entry at midnight', () => {
    const text = '# Post-Mortem: queue stall\n\n## Timeline (UTC)\n\n- **2026-10-20 (Tue)**\n  - 22:10 nightly job starts\n  - 22:40 alert fires\n- **Wednesday, 2026-10-21**\n  - 00:15 consumer restarted\n';
    assert.deepEqual(instants(text), ['2026-10-20T22:10:00.000Z', '2026-10-20T22:40:00.000Z', '2026-10-21T00:15:00.000Z']);
  });

  it('reads a ticket\'s activity log ("2026-11-20 10:26:41 CET - Maria Lopez (Work notes)"): the note below is the event, its author the actor', () => {
    const text = '# Major incident report\n\n## Activity log\n\n2026-11-20 11:05:12 CET - Maria Lopez (Work notes)\nIncident resolved. Error rate back to baseline.\n\n2026-11-20 10:41:03 CET - Sam Ortiz (Additional comments)\nRolled back gateway config.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.actor, e.event]), [
      ['2026-11-20T11:05:12.000+01:00', 'Maria Lopez', 'Incident resolved. Error rate back to baseline.'],
      ['2026-11-20T10:41:03.000+01:00', 'Sam Ortiz', 'Rolled back gateway config.'],
    ]);
    assert.ok(!findings.some((f) => f.code === 'missing-section' && f.message.includes('"Timeline"')));
  });

  it('reads a run of "### 06:50 UTC — rolled out" headings as a timeline, dated by the heading above them ("## INC-2502 — Tue 8 Oct 2024")', () => {
    const text =
      '---\ndate: 2024-10-15\n---\n\n# Confirmation emails delayed — joint review\n\n## INC-2502 — Tue 8 Oct 2024\n\n### 06:50 UTC — voucher renderer release rolled out\n\nx\n\n### 07:05 UTC — consumer group starts rebalancing loop\n\nx\n\n### 07:40 UTC — CS reports a spike in contacts\n\nx\n\n' +
      '## INC-2519 — Fri 11 Oct 2024\n\n### 08:50 UTC — partner-logo CDN starts timing out\n\nx\n\n### 08:56 UTC — new lag alert fires\n\nx\n\n### 09:10 UTC — lag back to 0, resolved\n\nx\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.instant?.toISO().slice(0, 16), e.event]), [
      ['2024-10-08T06:50', 'voucher renderer release rolled out'],
      ['2024-10-08T07:05', 'consumer group starts rebalancing loop'],
      ['2024-10-08T07:40', 'CS reports a spike in contacts'],
      ['2024-10-11T08:50', 'partner-logo CDN starts timing out'],
      ['2024-10-11T08:56', 'new lag alert fires'],
      ['2024-10-11T09:10', 'lag back to 0, resolved'],
    ]);
  });

  it('reads a running log under its title alone ("**12:48 IST** (Priya) — ..."), and a ticket\'s notes copied with a bold header ("**16-07-2024 09:14:55 – Aoife Ryan (Work notes)**")', () => {
    const log = '# INC-2417 — fare-rules-engine 5xx\n\n**12:48 IST** (Priya) — `FareRulesEngine5xxHigh` fired, 5xx at 2.4%.\n\n**13:22 IST** (Priya) — Pinned the previous bundle. Errors dropping.\n\n**13:30 IST** (Priya) — 5xx < 0.1%. Mitigated.\n';
    assert.deepEqual(timeline(log).timeline.map((e) => e.timeText), ['12:48 IST', '13:22 IST', '13:30 IST']);
    // "**Log** (UTC)" on its own line states the zone of the times below it.
    const notes0 = '# On-call log: consumer lag\n\n**Status: investigating**\n\n**Log** (UTC)\n\n06:40 lag starts climbing on orders\n07:02 alert fired for the lag\n07:10 restarted two router pods\n';
    assert.equal(timeline(notes0).timezone, 'UTC');
    const notes = '# INC0061934 – outbound mail queuing\n\nRunning log, newest first.\n\n**16-07-2024 10:05:13 – Aoife Ryan (Work notes)**\nRaised to P2, about 140 users affected.\n\n**16-07-2024 09:20:08 – Aoife Ryan (Work notes)**\nPicked up. Called the customer back.\n\n**16-07-2024 09:14:55 – Ciarán Walsh (Additional comments)**\nIncident created from phone call.\n';
    assert.deepEqual(timeline(notes).timeline.map((e) => [e.instant?.toISO(), e.actor, e.event]), [
      ['2024-07-16T10:05:13.000Z', 'Aoife Ryan', 'Raised to P2, about 140 users affected.'],
      ['2024-07-16T09:20:08.000Z', 'Aoife Ryan', 'Picked up. Called the customer back.'],
      ['2024-07-16T09:14:55.000Z', 'Ciarán Walsh', 'Incident created from phone call.'],
    ]);
  });

  it('reads "15:40ish" and "3pm-ish" as approximate times', () => {
    const text = '# Post-Mortem: x\n\nDate: 2026-11-20\n\n## Timeline (UTC)\n\n- 15:40ish errors begin\n- 15:52 alert fires\n- 3pm-ish earlier, a deploy\n';
    const model = timeline(text);
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.approximate, e.event]), [
      ['2026-11-20T15:40:00.000Z', true, 'errors begin'],
      ['2026-11-20T15:52:00.000Z', false, 'alert fires'],
      ['2026-11-20T15:00:00.000Z', true, 'earlier, a deploy'],
    ]);
  });

  it('reads a time\'s paragraph whole, up to the sentence the next time opens ("10:31 — We roll back to 4.1. Hit rate recovers over the next\\nten minutes; ... at 10:44.")', () => {
    const text = '# Post-mortem: cache stampede\n\nDate: 2026-11-20. All times UTC.\n\n## Timeline\n\n**10:02** — Deploy of cache-client 4.2 starts. Within a minute the hit rate on\nthe session cache falls and login latency climbs past 2s.\n\n**10:09** — The latency alert pages Priya, who acknowledges and opens\n#inc-login in Slack.\n\n10:31 — We roll back cache-client to 4.1. Hit rate recovers over the next\nten minutes; login latency back to normal at 10:44.\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.event, e.milestone ?? null]), [
      ['10:02', 'Deploy of cache-client 4.2 starts. Within a minute the hit rate on the session cache falls and login latency climbs past 2s.', 'started'],
      ['10:09', 'The latency alert pages Priya, who acknowledges and opens #inc-login in Slack.', 'detected'],
      ['10:31', 'We roll back cache-client to 4.1.', 'mitigated'],
      ['at 10:44', 'Hit rate recovers over the next ten minutes; login latency back to normal', 'resolved'],
    ]);
    assert.deepEqual([model.durations.mitigateMinutes, model.durations.resolveMinutes], [29, 42]);
  });

  it('reads "This was done at 10:31." as the moment of what the sentence before it did, no longer only decided', () => {
    const text = '# Post-mortem: x\n\nDate: 2026-11-20\n\n## Timeline\n\nAt 10:02 UTC errors began on checkout. The alert fired at 10:05 UTC and paged Sam.\nWe decided to roll back the deploy. This was done at 10:31 UTC. Checkout worked again at 10:40 UTC.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => `${e.timeText} ${e.milestone ?? '-'}`), ['At 10:02 UTC started', 'at 10:05 UTC detected', 'at 10:31 UTC mitigated', 'at 10:40 UTC resolved']);
  });

  it('keeps an initial inside a sentence ("(J. Patel) picked up"), a name\'s underscores in a heading\'s event, and a pluperfect opening a paragraph as a moment', () => {
    const text = '# Post-mortem: feed stalled\n\nDate: 2025-10-14. All times BST.\n\n## Chronology\n\nThe Service Desk logged the ticket at 08:22. At 08:31 the on-call analyst (J. Patel) picked up the ticket.\n\nThe backlog had fully drained at 10:26. Spot checks at 10:35 confirmed the data.\n\n### 10:41\n\n`build_attribution` runs with `trigger_rule=all_done`.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.event), [
      'The Service Desk logged the ticket',
      'the on-call analyst (J. Patel) picked up the ticket',
      'The backlog had fully drained',
      '`build_attribution` runs with `trigger_rule=all_done`.',
    ]);
  });

  it('reads a channel\'s log pasted between the timeline\'s bullets as its middle, each line\'s speaker its actor; not a log that repeats listed moments', () => {
    const log = (times: string[]) => ['```', `[${times[0]}] PagerDuty: 🔴 Triggered #INC-5120 job restarts > 5 in 10m`, `[${times[1]}] maya.rosen: ack. looking`, `[${times[2]}] maya.rosen: lag 0, we're good`, '```'].join('\n');
    const doc = (times: string[]) => `# Post-mortem: ledger stale\n\nDate: 2024-07-09. All times ET.\n\n## Timeline\n\n- **08:47** First event with schema 412; from here, nothing reaches the ledger.\n\nPasted from the incident channel:\n\n${log(times)}\n\n- **14:00** INC-5120 closed.\n`;
    const { model } = analyzeText(doc(['9:02 AM', '9:04 AM', '10:48 AM']), { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.actor ?? null, e.milestone ?? null]), [
      ['08:47', null, 'started'],
      ['9:02 AM', 'PagerDuty', 'detected'],
      ['9:04 AM', 'maya.rosen', 'acknowledged'],
      ['10:48 AM', 'maya.rosen', 'resolved'],
      ['14:00', null, null],
    ]);
    // Times before the bullet above it: an excerpt illustrating it, not the timeline's middle.
    assert.equal(timeline(doc(['8:30 AM', '8:31 AM', '8:40 AM'])).timeline.length, 2);
  });

  it('reads a channel\'s log pasted in an email\'s account beside its list, its lines dated by day and spoken by two names or a role ("[12/11 00:03] Ravi (IT on-call): ack")', () => {
    const chat = ['[11/11 23:48] QC33 driver (radio): no next job on screen', '[11/11 23:51] Wei Ling: all dispatch stuck in SENDING', '[12/11 00:03] Ravi (IT on-call): ack, logging in now', '[12/11 00:40] Wei Ling: broker disk full, clearing old logs', '[12/11 01:02] Wei Ling: cranes moving again on radio'];
    const text = `**Date:** Thu, 12 Nov 2026 07:20\n**Subject:** QC dispatch hang last night\n\nHi all,\n\nWhat happened (from the chat, times are SGT):\n\n\`\`\`\n${chat.join('\n')}\n\`\`\`\n\nVessels affected:\n\n- MSC ARIANE\n- ONE HAMBURG BRIDGE\n\nThanks,\nWei Ling\n`;
    assert.deepEqual(timeline(text).timeline.map((e) => e.instant?.toISO().slice(0, 16)), ['2026-11-11T23:48', '2026-11-11T23:51', '2026-11-12T00:03', '2026-11-12T00:40', '2026-11-12T01:02']);
  });

  it('takes the code span around a time with it ("- `22:00` Window opens"), not one the event opens with', () => {
    const text = '# Post-mortem: x\n\nDate: 2026-11-20\n\n## Timeline (UTC)\n\n- `22:00` Window opens\n- `22:06` Overload bit set\n- 22:50 `api` down\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.event), ['Window opens', 'Overload bit set', '`api` down']);
  });

  it('reads a paragraph opening with its day ("**Thursday Oct 3.** At 16:20 ...") as the day of its moments, and a date a sentence gives before its time', () => {
    const text = '# Post-mortem: x\n\n## Timeline\n\nAll times UTC.\n\n**Thursday Oct 3, 2024.** At 16:20 Jae-won resized the warehouse.\n\nI tagged v1.9.0 on Saturday 2024-02-10 at 10:12. The publish job ran at 10:31 and uploaded one file.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.instant?.toISO(), e.event]), [
      ['2024-10-03T16:20:00.000Z', 'Jae-won resized the warehouse'],
      ['2024-02-10T10:12:00.000Z', 'I tagged v1.9.0 on Saturday 2024-02-10'],
      ['2024-02-10T10:31:00.000Z', 'The publish job ran and uploaded one file'],
    ]);
  });

  it('dates a narrative\'s times by the day a sentence before them names ("found on Tuesday 7 May 2024. At around 16:20 ..."), not a day planned or bounding', () => {
    const text =
      '# Post-incident review: admin token not revoked\n\nThe contractor finished on Friday 19 April 2024.\n\n## What happened\n\n' +
      'The token was found during the access review on Tuesday 7 May 2024. At around 16:20 CEST, Jonas noticed an active token. I revoked the token at 16:45 CEST.\n\n' +
      'The following morning (Wednesday 8 May) we went through the logs. At about 10:00 CEST we knew it had been used. The last use was on 2 May at 14:03 UTC.\n\n' +
      'We met the agency on 9 May. A review is scheduled for Friday 10 May. At 11:00 CEST they confirmed the monitor was gone.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.instant?.toISO()), [
      '2024-05-07T16:20:00.000+02:00',
      '2024-05-07T16:45:00.000+02:00',
      '2024-05-08T10:00:00.000+02:00',
      '2024-05-02T14:03:00.000Z',
      '2024-05-09T11:00:00.000+02:00',
    ]);
  });

  it('reads a night\'s hours on a 30-hour clock ("24:20", "25:30", as Japanese and Korean teams write them) as the next day\'s, and "29:60" as unreadable', () => {
    const text = '# 障害報告: QR payments failing\n\n**Date:** 2024-03-02\n\nAll times are JST. Times after midnight are written as 24:00+.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 23:40 | Contacted the acquirer NOC |\n| 24:20 | Acquirer NOC replied there was no problem |\n| 25:30 | Cluster C removed from the pool |\n| 29:60 | Typo |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO() ?? null), ['2024-03-02T23:40:00.000+09:00', '2024-03-03T00:20:00.000+09:00', '2024-03-03T01:30:00.000+09:00', null]);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-unparsed-time' || f.code === 'timeline-out-of-order').map((f) => f.code), ['timeline-unparsed-time']);
  });

  it('dates an undated time on another clock from the moment before it ("by 9:35 AM IST", then "at around 9:30 PM" in Austin is the evening before)', () => {
    const text =
      '# Partner API certificate expired\n\n**Date:** 2024-11-18\n**Time zone:** CST\n\n## What happened\n\n' +
      'Sneha acknowledged the page at 8:05 AM IST. She issued a new certificate at 9:20 AM IST. Partner traffic was back by 9:35 AM IST. I joined at around 9:30 PM, to email the partners.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.instant?.toISO()), [
      '2024-11-18T08:05:00.000+05:30',
      '2024-11-18T09:20:00.000+05:30',
      '2024-11-18T09:35:00.000+05:30',
      '2024-11-17T21:30:00.000-06:00',
    ]);
  });

  it('reads a weekday before a day and month without their year ("Mon 12/02 22:00")', () => {
    const text = '# Post-mortem: x\n\n**Date:** 2024-12-03\n\n## Timeline\n\nTimes are Pacific (PST).\n\n| Time | What happened |\n|---|---|\n| Mon 12/02 22:00 | Rollout begins |\n| Tue 12/03 02:30 | Rollout reaches 100% |\n| 06:05 | Queue times start to climb |\n';
    assert.deepEqual(instants(text), ['2024-12-02T22:00:00.000-08:00', '2024-12-03T02:30:00.000-08:00', '2024-12-03T06:05:00.000-08:00']);
  });

  it('reads an approximate time after its date ("**2024-05-02 ~15:00Z**", "2024-05-02 about 15:30") as that time, approximate', () => {
    const text = '# Docs site down\n\n## Timeline\n\n- **2024-05-02 14:10Z** — Domain expires\n- **2024-05-02 ~15:00Z** — Users notice\n- 2024-05-02 about 15:30 UTC — all good\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.approximate, e.event]), [
      ['2024-05-02T14:10:00.000Z', false, 'Domain expires'],
      ['2024-05-02T15:00:00.000Z', true, 'Users notice'],
      ['2024-05-02T15:30:00.000Z', true, 'all good'],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads the unnamed column beside two clocks ("| PDT | UTC | |") as the event, not the second clock', () => {
    const text = '# Registry outage\n\n## Timeline\n\n| PDT | UTC | |\n|---|---|---|\n| Fri 2024-08-16 20:12 | Sat 2024-08-17 03:12 | Certificate expires. |\n| Fri 2024-08-16 21:40 | Sat 2024-08-17 04:40 | Users report errors. |\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.event]), [
      ['2024-08-16T20:12:00.000-07:00', 'Certificate expires.'],
      ['2024-08-16T21:40:00.000-07:00', 'Users report errors.'],
    ]);
  });

  it('leaves out a host log pasted in a collapsible note beside the list ("??? note" and its indented lines), whose times do not fit', () => {
    const text = '# DB outage\n\n## Timeline (CEST)\n\n- **09:12** — Writes start failing.\n- **09:33** — Replica promoted.\n- **11:05** — Incident resolved.\n\n??? note "Host logs (UTC)"\n    ```\n    Apr 23 07:12:40 pg-1 kernel: nvme1: I/O timeout, aborting\n    Apr 23 07:13:11 pg-1 patroni[1422]: INFO: no action\n    Apr 23 07:31:05 pg-1 patroni[1422]: INFO: manual failover\n    ```\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.milestone ?? null]), [['09:12', 'started'], ['09:33', 'mitigated'], ['11:05', 'resolved']]);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('tells the event of a bullet wrapped onto its next lines in all of them, and reads "Dashboards load again" as the recovery', () => {
    const text = '# Data outage\n\n## Timeline\n\n- `2024-09-17 02:00Z` Tables dropped by a bad apply; dashboards start\n  returning errors.\n- `2024-09-17 16:10Z` `dbt run` complete. Dashboards load again (data up\n  to 02:00).\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.event, e.milestone ?? null]), [
      ['Tables dropped by a bad apply; dashboards start returning errors.', 'started'],
      ['`dbt run` complete. Dashboards load again (data up to 02:00).', 'resolved'],
    ]);
  });

  it('does not order a pasted log against the sentence above it that tells a moment ("the first 404 was served at 10:04 AM")', () => {
    const text = '# CDN images\n\n## Timeline\n\nReconstructed from edge logs: the first 404 was served at\n10:04 AM, two minutes after the change went live. Everything below is from the channel.\n\n```\n[10:02 AM] ravi: CR-5531 is live\n[10:09 AM] Datadog: [Triggered] Synthetic failing\n[10:11 AM] ravi: ack, looking\n```\n';
    const { findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads "**14/01/2025 22:30 hrs** – ..." as the time with its event', () => {
    const { model } = analyzeText('# Telemetry loss\n\n## Chronology (UTC)\n\n- **14/01/2025 22:30 hrs** – Network change commenced.\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.event]), [['2025-01-14T22:30:00.000Z', 'Network change commenced.']]);
  });

  it('reads a zone named and defined in one bracket ("Irish Standard Time (IST, UTC+01:00)") by its definition', () => {
    const text = '# Claims portal outage\n\n**Date:** 19/06/2025\n\nAll times are Irish Standard Time (IST, UTC+01:00).\n\n## Chronology\n\n| Date/Time (IST) | Event |\n|---|---|\n| 19/06/2025 10:02 | I/O latency exceeds 400 ms. |\n';
    assert.equal(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline[0].instant?.toISO(), '2025-06-19T10:02:00.000+01:00');
  });

  it('reads a chat export\'s bold header ("**[9:11 AM] Ravi Shankar**") as who wrote, and the message quoted below it as the event', () => {
    const text = '# SSO outage\n\n**Date:** 2024-08-14\n\n## Timeline (IST)\n\n**[9:06 AM] Neha Kulkarni** (in #it-help)\n> anyone else getting "Invalid signature" on Grafana?\n\n**[9:11 AM] Ravi Shankar**\n> looking, I\'m on-call today\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.actor ?? null, e.event]), [
      ['9:06 AM', 'Neha Kulkarni', 'anyone else getting "Invalid signature" on Grafana?'],
      ['9:11 AM', 'Ravi Shankar', "looking, I'm on-call today"],
    ]);
  });

  it('titles a report by the subject under a heading naming only the kind of document ("# OPERATIONAL INCIDENT REPORT")', () => {
    const title = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).model.title?.text;
    assert.equal(title('# OPERATIONAL INCIDENT REPORT\n\n## Loss of SCADA Telemetry — Northern Catchment\n\nText.\n'), 'Loss of SCADA Telemetry — Northern Catchment');
    assert.equal(title('# Post-Incident Report\n\n## 1. Summary\n\nText.\n'), 'Post-Incident Report');
    assert.equal(title('# Checkout outage\n\n## Loss of payments\n\nText.\n'), 'Checkout outage');
    assert.equal(title('# Outage\n\n## Impact details\n\nText.\n'), 'Outage');
  });

  it('reads "13-01 00:15" day first, and "12-01 22:40" beside it too; "07-01" alone month first, as ISO writes it', () => {
    const table = (rows: string[]) => `# PIR: card failures\n\n**Date:** 12th January 2024\n\n## Timeline (IST)\n\n| Time | Event |\n|---|---|\n${rows.map((r) => `| ${r} |`).join('\n')}\n`;
    const read = (rows: string[]) => analyzeText(table(rows), { settings: DEFAULT_SETTINGS });
    const dayFirst = read(['12-01 22:47 | First declines', '13-01 00:15 | Cause understood']);
    assert.deepEqual(dayFirst.model.timeline.map((e) => e.instant?.toISO()), ['2024-01-12T22:47:00.000+05:30', '2024-01-13T00:15:00.000+05:30']);
    assert.deepEqual(dayFirst.findings.filter((f) => f.code === 'timeline-unparsed-time'), []);
    assert.equal(read(['07-01 00:04 | Errors begin']).model.timeline[0].instant?.toISO(), '2024-07-01T00:04:00.000+05:30');
  });

  it('reads "06-30 23:30" as a month and day without their year, in the year a "When: night of 2024-06-30 into 2024-07-01" field gives', () => {
    const text = '# Postmortem: ranked outage\n\n- **When:** night of 2024-06-30 into 2024-07-01, times below in KST (UTC+9)\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 06-30 23:55 | CCU climbing |\n| 07-01 00:04 | Match creation rate for ranked falls off a cliff |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.milestone ?? null]), [
      ['2024-06-30T23:55:00.000+09:00', null],
      ['2024-07-01T00:04:00.000+09:00', 'started'],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-unparsed-time'), []);
  });

  it('reads a day and month alone on their line ("**Wed 11/15**", "### Tue 11/14") as the day of the entries below', () => {
    const text = '# Post-mortem: search stale\n\n**Date:** 2023-11-13\n\n## Timeline (PST)\n\n**Mon 11/13**\n\n- 6:05 PM indexer deployed\n\n### Tue 11/14\n\n- 8:50 AM Alicia notices the collection is missing\n\n**Wed 11/15**\n\n- 11:30 AM Full reconciliation run\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2023-11-13T18:05:00.000-08:00', '2023-11-14T08:50:00.000-08:00', '2023-11-15T11:30:00.000-08:00']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads dates in the order the document says it writes them ("dates in this report are US format (MM/DD/YYYY)")', () => {
    const doc = (note: string) => `# Incident report: reconciliation break\n\n- **Date:** 05/02/2025\n\n_Note: ${note} Times are UTC._\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 05/02/2025 21:40 | Deploy; duplicate reversals start |\n| 05/05/2025 13:15 | Reconciliation flags a break |\n`;
    assert.deepEqual(instants(doc('dates in this report are US format (MM/DD/YYYY).')), ['2025-05-02T21:40:00.000Z', '2025-05-05T13:15:00.000Z']);
    assert.deepEqual(timeline(doc('dates in this report are US format (MM/DD/YYYY).')).incidentDate, { year: 2025, month: 5, day: 2, dayMonthAmbiguous: false, monthFirst: true });
    assert.deepEqual(instants(doc('dates are DD/MM/YYYY.')), ['2025-02-05T21:40:00.000Z', '2025-05-05T13:15:00.000Z']);
    // An ISO mask says nothing of the order of a date written with slashes.
    assert.deepEqual(instants(doc('dates below follow YYYY-MM-DD where written in full.')), ['2025-02-05T21:40:00.000Z', '2025-05-05T13:15:00.000Z']);
  });

  it('reads times in bold in a story told in paragraphs, one wrapped after "at", and not a log pasted after it that repeats earlier moments', () => {
    const text = '# Post-mortem: security group rules dropped\n\n## Timeline\n\nAll times are UTC on 2024-10-03.\n\nAt **15:48** Lena ran the apply. The apply finished at\n**15:51**, and at the same moment cross-node connections started timing out.\n\nAt **15:55** the `edge-availability` alert paged Sam, who acknowledged at **15:56**.\n\nAt **16:14** Lena re-added the rule by hand; edge 5xx dropped to baseline within a minute.\n\nCloudTrail at the time of the apply:\n\n```\n2024-10-03T15:50:57Z  RevokeSecurityGroupIngress  sg-0a41  rules=4\n2024-10-03T15:50:58Z  AuthorizeSecurityGroupIngress sg-0a41  rules=1\n```\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => `${e.instant?.toISO().slice(11, 16)} ${e.milestone ?? '-'}`), ['15:48 -', '15:51 started', '15:55 detected', '15:56 acknowledged', '16:14 resolved']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a time in bold with its zone and the same moment on a second clock in a story ("acknowledged at **13:11 GMT (09:11 ET)**")', () => {
    const text = '# 3-D Secure failures\n\n**Date:** 20 March 2024\n\n## Sequence of events\n\nAt **13:00 GMT (09:00 ET)** the DS began refusing our handshakes.\n\nAt **13:09 GMT (09:09 ET)** the synthetic probe failed three runs and raised a P1 alert.\n\nThe on-call engineer, Aisha Mensah, acknowledged at **13:11 GMT (09:11 ET)** and invoked the major incident process at\n**13:16 GMT (09:16 ET)**. At **13:34 GMT (09:34 ET)** Aisha confirmed that the renewed certificate had been stored but not rolled out. This was the cause.\n\nSuccess rate recovered to 93% by **14:19 GMT (10:19 ET)**.\n';
    assert.deepEqual(
      timeline(text).timeline.map((e) => `${e.instant?.toISO()?.slice(11, 16)} ${e.milestone ?? '-'}`),
      ['13:00 started', '13:09 detected', '13:11 acknowledged', '13:16 triaged', '13:34 identified', '14:19 resolved'],
    );
  });

  it('reads the day written after two clocks as the last clock\'s ("23:40 SGT / 00:40 JST (11/11)"), and the incident\'s day after a lead-up dated the day before', () => {
    const instants = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.instant?.toISO());
    const leadUp = '# SEPA batches rejected\n\n- **Date:** Tuesday 29 October 2024\n\n## Timeline\n\n- 18:30 GMT / 14:30 ET (28 Oct) — Release deployed\n- 08:15 GMT / 04:15 ET — First batch rejected\n- 08:32 GMT / 04:32 ET — Alert fires, pages on-call\n';
    assert.deepEqual(instants(leadUp), ['2024-10-28T18:30:00.000Z', '2024-10-29T08:15:00.000Z', '2024-10-29T08:32:00.000Z']);
    assert.deepEqual(analyzeText(leadUp, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    const sale = '# Search down at the sale\n\n- **Date:** 11 November 2023\n\n## Timeline\n\n- 23:40 SGT / 00:40 JST (11/11) — War room open\n- 00:02 SGT / 01:02 JST — Search p99 jumps\n';
    assert.equal(instants(sale)[0], '2023-11-10T23:40:00.000+08:00');
  });

  it('reads a day and month written with dots ("| 30.09. | 22:00 h |", "Monday 27.11.") as the day of the times beside or below it', () => {
    const table = '# Month-end chain failed\n\n| **Date** | 30.09.2024 – 01.10.2024 |\n|---|---|\n\n## Timeline\n\n| **Date** | **Time** | **Event** |\n|---|---|---|\n| 30.09. | 22:00 h | Chain started |\n| 30.09. | 23:10 h | Job failed |\n| 01.10. | 02:32 h | Alert |\n';
    assert.deepEqual(analyzeText(table, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.instant?.toISO()), ['2024-09-30T22:00:00.000Z', '2024-09-30T23:10:00.000Z', '2024-10-01T02:32:00.000Z']);
    const line = '# Webhooks late\n\n**When:** night of 27 → 28 November 2023\n\n## Timeline\n\nMonday 27.11.\n\n- **22:55** dispatcher rolled out\n- **23:20** consumer lag starts growing\n';
    assert.equal(analyzeText(line, { settings: DEFAULT_SETTINGS }).model.timeline[0].instant?.toISO(), '2023-11-27T22:55:00.000Z');
    // The weekday in brackets after it, a zone after that: "28.11. (Saturday), CET".
    const bracketed = '# Locked out\n\n**Date:** 28.11.2026\n\n## Timeline (CET)\n\n28.11. (Saturday), CET\n\n- 20:50 — Impact starts.\n\n30.11. (Monday)\n\n- 10:00 — Follow-up meeting.\n';
    assert.deepEqual(instants(bracketed), ['2026-11-28T20:50:00.000+01:00', '2026-11-30T10:00:00.000+01:00']);
    // A day's heading of a weekday and the day and month with one dot ("### Monday 03.03") is no time of day (03:03,
    // or "28.02" as 04:02 the next day); the entries under it are that day's, and in order.
    const headings = '# Scratch read-only\n\nAll times CET (UTC+1). Reviewed 12.03.2025.\n\n## Timeline\n\n### Friday 28.02\n\n- **16:20** — disk failed, rebuild started\n\n### Monday 03.03\n\n- **10:52** — first I/O errors, user impact starts\n- **11:40** — filesystem remounted read-only\n';
    const { model, findings } = analyzeText(headings, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2025-02-28T16:20:00.000+01:00', '2025-03-03T10:52:00.000+01:00', '2025-03-03T11:40:00.000+01:00']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a weekday before an approximate time ("| Sat ~06:00 |") as that time, approximate, not unreadable', () => {
    const text = '# Docs domain parked\n\n**Date:** 14 September 2024\n\n## Timeline (UTC)\n\n| When | Event |\n|---|---|\n| Sat 05:58 | Domain parked |\n| Sat ~06:00 | Resolvers pick up the parking NS; docs start failing |\n| Sat 09:14 | Opens #3317 |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO()?.slice(11, 16), e.approximate]), [['05:58', false], ['06:00', true], ['09:14', false]]);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-unparsed-time'), []);
  });

  it('reads a time in brackets after "at" in a story ("paged Hannah at (18:14 PST)")', () => {
    const text = '# Post-mortem: logins failing\n\n**Date:** 2025-01-23\n\n## What happened\n\nThe pool ran out at (18:11 PST). From that point every login path returned 503.\n\nPagerDuty paged Hannah at (18:14 PST) for the login success rate. She acked it at (18:16 PST) from her phone.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => `${e.instant?.toISO()} ${e.milestone ?? '-'}`), ['2025-01-23T18:11:00.000-08:00 started', '2025-01-23T18:14:00.000-08:00 detected', '2025-01-23T18:16:00.000-08:00 acknowledged']);
  });

  it('counts "T+3m" from the moment the timeline\'s heading names ("## Timeline (T+0 = 2:11 PM PT)")', () => {
    const text = '# Post-mortem: images broken\n\nDate: 2026-11-21.\n\n## Timeline (T+0 = 2:11 PM PT)\n\n- **T+0** — config activated\n- **T+3m** — 403 rate climbs to 91%\n- **T+9m** — check fails, pages on-call\n';
    assert.deepEqual(instants(text), ['2026-11-21T14:11:00.000-08:00', '2026-11-21T14:14:00.000-08:00', '2026-11-21T14:20:00.000-08:00']);
  });

  it('reads every line of a chat pasted as one quoted paragraph ("> **[10:02 AM] @argocd:** ..."), the speaker as its actor', () => {
    const text = '# Webhook outage\n\n**Date:** 2026-10-14\n\n## Timeline\n\n> **[10:09 AM] @pagerduty:** TRIGGERED checkout-5xx-ratio > 2%\n> **[10:11 AM] @lena.f:** ack, on it\n> **[10:33 AM] @lena.f:** 5xx back to baseline\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.actor, e.event, e.milestone ?? null]), [
      ['10:09 AM', '@pagerduty', '@pagerduty: TRIGGERED checkout-5xx-ratio > 2%', 'detected'],
      ['10:11 AM', '@lena.f', '@lena.f: ack, on it', 'acknowledged'],
      ['10:33 AM', '@lena.f', '@lena.f: 5xx back to baseline', 'resolved'],
    ]);
  });

  it('reads times in a wiki\'s bold ("* \'\'\'4:52 AM\'\'\' — ...", "* \'\'\'Mon 11/9 11:40 PM\'\'\' — ..."), the quotes not part of the event', () => {
    const text = "# Scratch full\n\nDate: 2026-11-10\n\n## Timeline\n\nAll times CST.\n\n* '''Mon 11/9 11:40 PM''' — Array job begins.\n* '''4:52 AM''' — `/scratch` reaches 100%.\n";
    assert.deepEqual(timeline(text).timeline.map((e) => [e.timeText, e.event]), [['Mon 11/9 11:40 PM', 'Array job begins.'], ['4:52 AM', '`/scratch` reaches 100%.']]);
  });

  it('counts offsets from T0 named in the document\'s head, or from the first offset line that gives its clock ("- **T+0** (09:14) — ...")', () => {
    const list = '- T0 (21:47 UTC) — first bad attestation\n- T+6 min — reorg at block 318\n- **T+1 h 20 min** — list complete\n';
    assert.deepEqual(instants(`# Bridge paused\n\nIncident date: 2026-11-02\nTimes: UTC. Relative times are from T0 = 21:47 UTC.\n\n## Timeline\n\n${list}`), ['2026-11-02T21:47:00.000Z', '2026-11-02T21:53:00.000Z', '2026-11-02T23:07:00.000Z']);
    const clocked = '# RPC down\n\n- Date: 19 Nov 2026\n- Time zone: UTC\n\n## Timeline\n\n- **T+0** (09:14) — health checks fail\n- **T+4 min** — alert fires\n- **T+1 h 08 min** — serving again\n';
    assert.deepEqual(instants(clocked), ['2026-11-19T09:14:00.000Z', '2026-11-19T09:18:00.000Z', '2026-11-19T10:22:00.000Z']);
  });

  it('reads a day and month in brackets after a time ("22:52 (21/07)") as its date', () => {
    const text = '# Major incident review: DDoS\n\n**Incident date:** 22nd July 2025\n\n## Timeline\n\n| UTC | What happened |\n|---|---|\n| 22:52 (21/07) | Login requests climb to 600k/min |\n| 23:58 (21/07) | Alert fires |\n| 00:40 (22/07) | Rate limits applied |\n';
    assert.deepEqual(instants(text), ['2025-07-21T22:52:00.000Z', '2025-07-21T23:58:00.000Z', '2025-07-22T00:40:00.000Z']);
  });

  it('reads the day a timeline states for its times after a zone named in words ("All times Eastern (ET), Wednesday November 18 unless noted.")', () => {
    const text = '---\ntitle: Launch day\ndate: 2026-11-21\n---\n\nIntro.\n\n## Timeline\n\nAll times Eastern (ET), Wednesday November 18 unless noted.\n\n| Time | What happened |\n|---|---|\n| 11:13am | Errors start |\n| Nov 19, 9:15am | Follow-up |\n';
    assert.deepEqual(instants(text), ['2026-11-18T11:13:00.000-05:00', '2026-11-19T09:15:00.000-05:00']);
    assert.deepEqual(timeline(text).incidentDate && [timeline(text).incidentDate!.month, timeline(text).incidentDate!.day], [11, 18]);
  });

  it('reads a weekday and date in brackets after a time ("9:20am (Wednesday 19 August) –") as its date', () => {
    const text = '# Missed bins\n\n**Date:** Tuesday 18 August 2026\n\n## Timeline (UTC)\n\n- 8:15am – new form published\n- 4:50pm – supervisor emails the team\n- 9:20am (Wednesday 19 August) – team raise a ticket\n';
    assert.deepEqual(instants(text), ['2026-08-18T08:15:00.000Z', '2026-08-18T16:50:00.000Z', '2026-08-19T09:20:00.000Z']);
  });

  it('takes no moment from an aside ("Side note: Marcus saw the alert at 6:41am PDT ...")', () => {
    const text = '# Post-mortem: crash spike\n\n## Timeline (UTC)\n\n- 2024-09-10 13:41 Crashlytics alert fires\n- 2024-09-11 15:00 3.4.1 to 100%, closing incident\n\nSide note: Marcus saw the alert at 6:41am PDT on his phone and held the marketing push.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.timeline.length, 2);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a story told in plain language ("At 7.45am ...", "**In the meantime.** At 10.30am ...") without calling its parallel thread out of order', () => {
    const text = '# What happened to our website on Giving Tuesday\n\n**Period:** Tuesday 2 December 2025\n\n## The short version\n\nOur domain expired.\n\n## How much did it affect us?\n\nDonations stopped for the morning.\n\n## What happened, step by step\n\n**Early morning.** At 7.45am Aisha posted the appeal. At 8.20am a supporter said the link goes to an expired page.\n\n**Paying for the renewal.** Rob paid the renewal at 9.52am. I called our hosting company at 11.15am.\n\n**In the meantime.** At 10.30am Aisha posted a temporary donation link.\n\n## What we\'re going to do\n\n- Renew the domain for 5 years — Rob, by 2026-01-31\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO().slice(0, 16)), ['2025-12-02T07:45', '2025-12-02T08:20', '2025-12-02T09:52', '2025-12-02T11:15', '2025-12-02T10:30']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order' || (f.code === 'missing-section' && f.severity === 'warning')).map((f) => [f.code, f.data?.section]), [['missing-section', 'root-cause'], ['missing-section', 'resolution']]);
  });

  it('puts lines that each open with their time in order wherever they are ("07:42 Ops: ..." under a heading of the summary), but not a story\'s sentences', () => {
    const text = (lines: string) => `# Post-mortem: queue stall\n\nDate: 2026-11-20. All times UTC.\n\n## Summary\n\nThe queue stalled.\n\n### The thread, condensed\n\n${lines}\n\n## Root cause\n\nA lock.\n`;
    const outOfOrder = (lines: string) => analyzeText(text(lines), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => f.message.slice(0, 5));
    assert.deepEqual(outOfOrder('07:42 Ops: consumers are stuck, lag growing.\n07:50 Ana: paging database on-call.\n07:46 Ana: restarted consumer-3, no change.\n08:10 Ana: failed over the primary.'), ['07:46']);
    assert.deepEqual(outOfOrder('At 07:42 consumers were stuck. At 07:50 Ana paged the database on-call.\nEarlier, at 07:46, she had restarted consumer-3. At 08:10 she failed over the primary.'), []);
  });

  it('reads a bot\'s dated event log between the bullets of a timeline, each line an entry with its source apart; a program\'s own log stays an excerpt', () => {
    const text = [
      '# INC-77: checkout writes failing',
      '',
      '## Timeline',
      '',
      '```',
      '2026-03-02T09:14:05Z  api          first \'could not obtain lock\' error from orders-db-a',
      '2026-03-02T09:14:40Z  api          write error ratio 0.0% -> 96%',
      '2026-03-02T09:15:10Z  pagerduty    TRIGGERED  orders-write-errors -> lena.k',
      '2026-03-02T09:16:02Z  pagerduty    ACKNOWLEDGED by lena.k',
      '```',
      '',
      '- **09:16** Lena: the lock graph points at the nightly reindex on orders-db-a.',
      '- **09:31** Reindex cancelled; writes succeed again.',
      '',
      '```',
      '2026-03-02 09:31:02.118 UTC [5521] LOG:  canceling autovacuum task',
      '2026-03-02 09:31:02.340 UTC [5521] ERROR:  canceling statement due to user request',
      '```',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText.slice(-9), e.actor ?? null, e.event.slice(0, 18)]), [
      ['09:14:05Z', 'api', "first 'could not o"],
      ['09:14:40Z', 'api', 'write error ratio '],
      ['09:15:10Z', 'pagerduty', 'TRIGGERED  orders-'],
      ['09:16:02Z', 'pagerduty', 'ACKNOWLEDGED by le'],
      ['09:16', null, 'Lena: the lock gra'],
      ['09:31', null, 'Reindex cancelled;'],
    ]);
    assert.equal(model.timezone, 'UTC');
    // "09:16" written to the minute is not before "09:16:02".
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    assert.deepEqual(
      model.timeline.filter((e) => e.milestone).map((e) => `${e.timeText.slice(-9)} ${e.milestone}`),
      ['09:14:05Z started', '09:15:10Z detected', '09:16:02Z acknowledged', '09:31 resolved'],
    );
  });

  it('reads a Discord paste ("kaya_mod — 03/22/2025 3:52 PM" then the message), a heading\'s second clock in capitals ("### 13:50 UTC (6:50 AM PT)"), and a line that only dates and zones what follows', () => {
    const discord = 'kaya_mod — 03/22/2025 3:52 PM\nbug-reports is getting flooded with "kicked mid match"\nrui.tavares — 03/22/2025 3:55 PM\non it. disconnect reason is heartbeat_timeout\n';
    const chat = timeline(`# Disconnects mid-match\n\nAll times PDT.\n\n## Timeline\n\n${discord}`).timeline;
    assert.deepEqual(chat.map((e) => [e.instant?.toISO(), e.actor, e.event]), [
      ['2025-03-22T15:52:00.000-07:00', 'kaya_mod', 'bug-reports is getting flooded with "kicked mid match"'],
      ['2025-03-22T15:55:00.000-07:00', 'rui.tavares', 'on it. disconnect reason is heartbeat_timeout'],
    ]);
    const headed = timeline('# Purchases not granted\n\n**Date:** 2025-08-19\n\n## Timeline\n\n### 13:50 UTC (6:50 AM PT)\nRotation job creates a new key.\n\n### 14:00 UTC\nOld key disabled.\n').timeline;
    assert.deepEqual(headed.map((e) => e.event), ['Rotation job creates a new key.', 'Old key disabled.']);
    const dated = timeline('# Resolvers returning SERVFAIL\n\n**Date:** 2026-03-04\n\n## Timeline\n\n4 Mar 2026, UTC:\n\n- 13:55 UTC – rollout starts\n\n**Thu 05 Mar – Fri 06 Mar**\n\n- Fri 06 Mar 09:00 — review\n').timeline;
    assert.deepEqual(dated.map((e) => e.instant?.toISO()), ['2026-03-04T13:55:00.000Z', '2026-03-06T09:00:00.000Z']);
  });

  it('reads a Discord paste whose writers have display names ("Ji-ho Park — Yesterday at 6:15 PM"): "[6:16 PM]" under a message is the same writer\'s next, and a time a message mentions is part of it', () => {
    const discord = 'Ji-ho Park — Yesterday at 6:15 PM\nacked. the alert fired at 10:12 KST. looking at the gateway\n[6:16 PM]\ngateway p99 is 9s since ~10:11\n\nYuki Sato — Yesterday at 6:18 PM\nstatus page posted\n[6:19 PM]\ndrafts ready in 3 langs\n\n6:30 PM - bridge opened\n[6:31 PM]\nnobody there yet\n';
    const chat = timeline(`# Login failures\n\nAll times PDT.\n\n## Timeline\n\n${discord}`).timeline;
    assert.deepEqual(chat.map((e) => [e.timeText, e.actor ?? null, e.event]), [
      ['6:15 PM', 'Ji-ho Park', 'acked. the alert fired at 10:12 KST. looking at the gateway'],
      ['6:16 PM', 'Ji-ho Park', 'gateway p99 is 9s since ~10:11'],
      ['6:18 PM', 'Yuki Sato', 'status page posted'],
      ['6:19 PM', 'Yuki Sato', 'drafts ready in 3 langs'],
      ['6:30 PM', null, 'bridge opened'],
      ['6:31 PM', null, 'nobody there yet'],
    ]);
    // Several words before a bare time are an event and its time, not a writer.
    assert.deepEqual(timeline('# Outage\n\n## Timeline\n\nDeploy finished — 9:06 AM\nErrors begin — 9:10 AM\nRolled back — 9:31 AM\n').timeline.filter((e) => e.actor), []);
  });

  it('reads a Slack paste under no timeline heading as the timeline: an integration\'s "**Datadog** APP 10:36 AM", and a day divider\'s year from the same day written in full elsewhere', () => {
    const text = '# #inc-card-auth — pasted thread\n\n**Summary**\nCard auths declined at ~30% for most of the morning.\n\n---\n\nTuesday, March 12th\n\n**Datadog** APP 10:36 AM\nTriggered: approval rate < 80% on auth-svc\nValue: 68.4% at 2024-03-12 13:35 UTC\n\n**Rafael Nogueira** 10:42 AM\nack, looking\n\n**Camila Rocha** 11:27 AM\nfound it, 03 is sending only the leaf\n\nWednesday, March 13th\n\n**Thiago Martins** 9:34 AM\nauth-svc 7.14.3 is out\n';
    const model = timeline(text);
    assert.deepEqual(model.timeline.map((e) => [e.actor, e.instant?.toISO()]), [
      ['Datadog', '2024-03-12T10:36:00.000Z'],
      ['Rafael Nogueira', '2024-03-12T10:42:00.000Z'],
      ['Camila Rocha', '2024-03-12T11:27:00.000Z'],
      ['Thiago Martins', '2024-03-13T09:34:00.000Z'],
    ]);
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'missing-section' && /Timeline/.test(f.message)), []);
  });

  it('reads a document\'s day-and-month order from a date\'s own weekday ("09-03-2024 (Saturday)" is 9 March; "Sat 3/7/2026" is March 7)', () => {
    const table = (date: string) => timeline(`# Disk full\n\n| Field | Value |\n|---|---|\n| Date | ${date} |\n\n## Timeline\n\nAll times UTC.\n\n| Time (UTC) | Event |\n|---|---|\n| 05-03 20:15 | Pieter changes the log setting by hand |\n| 11:52 | Disk at 100 %, writes start failing |\n`);
    assert.deepEqual(table('09-03-2024 (Saturday)').timeline.map((e) => e.instant?.toISO()), ['2024-03-05T20:15:00.000Z', '2024-03-05T11:52:00.000Z']);
    const us = timeline('# Results outage\n\n**Incident date:** Sat 3/7/2026 into Sun 3/8/2026\n\n## Timeline\n\n- 11:55 PM interface stops sending results\n');
    assert.deepEqual([us.incidentDate?.month, us.incidentDate?.day], [3, 7]);
  });

  it('reads a date a chat message\'s sentence wraps before as its words, not a day of the log, and "every time in the thread is PT"', () => {
    const text = '# Release night\n\nDate: Oct 17, 2024\n\nSlack shows my zone, so **every time in the thread is PT (PDT, UTC-7)**.\n\n## The thread\n\n**Mahesh Rao** 9:22 PM\nkicking off the release job now\n\n**Mahesh Rao** 11:20 PM\nfound it. the key was rotated by the org policy on\nOct 15 (90-day max key age) and nobody updated the secret.\n\n**Dami Okafor** 11:27 PM\nhere. I can set up workload identity\n';
    const model = timeline(text);
    assert.deepEqual(model.timeline.map((e) => [e.actor, e.instant?.toISO()]), [
      ['Mahesh Rao', '2024-10-17T21:22:00.000-07:00'],
      ['Mahesh Rao', '2024-10-17T23:20:00.000-07:00'],
      ['Dami Okafor', '2024-10-17T23:27:00.000-07:00'],
    ]);
    assert.match(model.timeline[1].prose, /Oct 15 \(90-day max key age\)/);
    // A day divider standing as its own paragraph still opens the next day.
    const divided = timeline('# Release night\n\nDate: Oct 17, 2024. All times UTC.\n\n## The thread\n\n**Mahesh Rao** 9:22 PM\nkicking off the release job now\n\n**Mahesh Rao** 11:20 PM\nfound it\n\nOct 18\n\n**Dami Okafor** 1:27 AM\nhere. I can set up workload identity\n');
    assert.deepEqual(divided.timeline.map((e) => e.instant?.toISO()), ['2024-10-17T21:22:00.000Z', '2024-10-17T23:20:00.000Z', '2024-10-18T01:27:00.000Z']);
  });

  it('reads a bot\'s message whose badge is in code ("**UPI-Sentinel** `APP` 9:27 AM"), and the pager\'s "[FIRING]" in it as the detection', () => {
    const text = '# #inc-upi — channel export\n\n**Wednesday, October 1st 2025**\n\n**UPI-Sentinel** `APP` 9:27 AM\n:rotating_light: **[FIRING] UPI success rate** — `upi_sr_5m` = **81.3%** (threshold 95%)\nRunbook: [UPI SR drop](https://runbooks.example/upi) | Dashboard\n\n**Pavan R.** 9:34 AM\nack, looking\n\n**Rohan M.** 10:31 AM\nfound it, the pool size is 40\n\n**Kiran S.** 10:52 AM\nrollback done, success rate back to 98%\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.actor, e.timeText, e.milestone]), [
      ['UPI-Sentinel', '9:27 AM', 'detected'],
      ['Pavan R.', '9:34 AM', 'acknowledged'],
      ['Rohan M.', '10:31 AM', 'identified'],
      ['Kiran S.', '10:52 AM', 'mitigated'],
    ]);
    // A link's brackets and target are still no words of the message.
    assert.match(model.timeline[0].prose, /Runbook: UPI SR drop \| Dashboard/);
  });

  it('reads a day label behind a toggle\'s glyph ("- ▸ **Thu 14 Mar**") as the day of the entries under it', () => {
    const text = '# Surge pricing\n\n**Created:** March 15, 2024\n\n## Timeline\n\n- ▸ **Wed 13 Mar**\n    - 16:30 — config reviewed\n- ▸ **Thu 14 Mar**\n    - 09:40 — PR merged\n    - 10:22 — overcharging starts\n';
    assert.deepEqual(timeline(text).timeline.filter((e) => e.stamp?.time).map((e) => e.instant?.toISO().slice(0, 16)), ['2024-03-13T16:30', '2024-03-14T09:40', '2024-03-14T10:22']);
  });

  it('reads no time in a Java update ("8u45 hosts"), no timeline in a roster ("Alice Chen 09:00" over "primary"), no entry in a deadline ("by 2026-07-05T06:00:00Z") nor in a version after a status word ("### Investigating – 10.45 regression")', () => {
    assert.deepEqual(timeline('# TLS failures\n\n## Impact\n\n- 8u45 hosts: all handshakes failed\n- 8u51 hosts: some failed\n- 7u55 hosts: unaffected\n').timeline, []);
    assert.deepEqual(timeline('# Outage\n\nOn-call handovers that day:\n\nAlice Chen 09:00\nprimary\n\nBob Li 13:00\nsecondary\n\nCarol Diaz 17:00\nbackup\n\n## Notes\n\nNothing else.\n').timeline, []);
    assert.deepEqual(timeline('# Export crash\n\n## Timeline\n\nThe contract requires delivery by 2026-07-05T06:00:00Z. At 05:30 UTC the export job crashed. At 06:10 UTC we restarted it.\n').timeline.map((e) => e.timeText), ['At 05:30 UTC', 'At 06:10 UTC']);
    assert.deepEqual(timeline('# Known issues\n\n### Investigating – 10.45 regression in Safari\n\nSome users see blank pages.\n\n### Monitoring – 14.10 release\n\nRolled out.\n').timeline, []);
  });

  it('keeps the emoji code a bot\'s message opens with (":rotating_light: INC-42 declared"), not half of it', () => {
    const text = '# #inc-42 export\n\n**Incident Bot**  APP  8:43 AM\n:rotating_light: *INC-42 declared* by Tammy\n\n**Sam Whitlock**  8:50 AM\nack, looking at the debit file\n\n**Sam Whitlock**  9:20 AM\nfound it, the job ran twice\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.event), [':rotating_light: INC-42 declared by Tammy', 'ack, looking at the debit file', 'found it, the job ran twice']);
  });

  it('reads a sentence whose moment is an ISO timestamp after "at" ("Query success reached baseline at 2026-10-14T10:07:55Z."), and "(T+14m)" as no one', () => {
    const text = '# Route leak\n\n## Timeline\n\nAll times below are UTC on 2026-10-14.\n\nThe alert fired at 08:26:41, fourteen minutes in (T+14m).\n\nAS64496 applied a filter at 09:58:12, and the routes were withdrawn. Query success reached baseline at 2026-10-14T10:07:55Z. We closed the incident at 12:15.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.instant?.toISO(), e.event, e.actor]), [
      ['2026-10-14T08:26:41.000Z', 'The alert fired, fourteen minutes in (T+14m)', undefined],
      ['2026-10-14T09:58:12.000Z', 'AS64496 applied a filter, and the routes were withdrawn', undefined],
      ['2026-10-14T10:07:55.000Z', 'Query success reached baseline', undefined],
      ['2026-10-14T12:15:00.000Z', 'We closed the incident', undefined],
    ]);
  });

  it('reads a short Teams paste of terse messages under no timeline heading ("Jonas Weber 02:38" over "ack, looking"), but not three headers whose lines say nothing', () => {
    const paste = '# #inc-res-2024-10-27 IC log\n\nKatrin Hoffmann 23:58\nBridge is up for the booking start\n\nJonas Weber 00:40\nPeak 4.1k req/s, all green\n\nJonas Weber 02:22\nfirst 503s on /v2/reservations\n\nPagerDuty 02:31\nAlert: ResAPI 5xx rate > 5%\n\nJonas Weber 02:38\nack, looking\n\n## Follow-ups\n\n- [ ] Fix the reaper – Jonas, next week\n';
    assert.deepEqual(timeline(paste).timeline.map((e) => [e.actor, e.timeText]), [
      ['Katrin Hoffmann', '23:58'],
      ['Jonas Weber', '00:40'],
      ['Jonas Weber', '02:22'],
      ['PagerDuty', '02:31'],
      ['Jonas Weber', '02:38'],
    ]);
    assert.deepEqual(timeline('# Rota\n\nKatrin Hoffmann 23:58\n+1\n\nJonas Weber 00:40\n:)\n\nJonas Weber 02:22\nok\n\nJonas Weber 02:38\n👍\n\n## Notes\n\nNothing happened.\n').timeline, []);
  });

  it('takes the first of two days a review names ("Incident on Wednesday 7 and Thursday 8 January 2026", "Period affected: 3–8 October 2024")', () => {
    assert.deepEqual(timeline('# Website warning\n\nIncident on Wednesday 7 and Thursday 8 January 2026\n\n## What happened\n\nAt 11:59pm the certificate expired.\n').incidentDate, { year: 2026, month: 1, day: 7 });
    assert.deepEqual(timeline('# Refunds missing\n\n- **Period affected:** 3–8 October 2024\n\n## Timeline\n\n**Thu 03 Oct**\n\n- 16:20 — deploy\n').timeline.map((e) => e.instant?.toISO().slice(0, 10)), ['2024-10-03']);
  });

  it('reads an offset column counted from the T0 the timeline names ("| +0:12 |", "| +2h |", "| +1d 1h |")', () => {
    const text = '# History wiped\n\n## Timeline\n\nOffsets are from T0 = Tue 14 May 2024, 10:05 UTC.\n\n| Offset | What happened |\n|---|---|\n| T0 | Noor in #data-eng: "retention chart is empty, is the table being rebuilt?" |\n| +0:12 | Felix (on-call) replies that he is on it. |\n| +2h | Restore script started. |\n| +1d 1h | Noor confirms the chart is correct. Incident closed. |\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-05-14T10:05:00.000Z', '2024-05-14T10:17:00.000Z', '2024-05-14T12:05:00.000Z', '2024-05-15T11:05:00.000Z']);
    assert.deepEqual(model.timeline.filter((e) => e.milestone).map((e) => `${e.timeText} ${e.milestone}`), ['T0 detected', '+0:12 acknowledged']);
    // Beside a column of clock times, the clock is read: the offsets round it ("T+1.5m").
    const both = '# Route leak\n\n**Date:** 2026-10-14\n\n## Timeline\n\nT0 = 08:12:33Z\n\n| Offset | Time (UTC) | Event |\n|---|---|---|\n| T+0 | 08:12:33 | Leak starts |\n| T+1.5m | 08:14:05 | Leaked path visible |\n| T+14m | 08:26:41 | Reachability alert fires |\n';
    assert.deepEqual(timeline(both).timeline.map((e) => [e.timeText, e.instant?.toISO()]), [
      ['08:12:33', '2026-10-14T08:12:33.000Z'],
      ['08:14:05', '2026-10-14T08:14:05.000Z'],
      ['08:26:41', '2026-10-14T08:26:41.000Z'],
    ]);
  });

  it('reads "midday" as noon, opening a line ("**Midday**") or after "at" in a sentence', () => {
    const text = '# Parking permits double charged\n\n**Date:** Tuesday 3 March 2026\n\nAll times are GMT.\n\n## Timeline\n\n**11:40am**\nRenewals switched off.\n\n**Midday**\nRachel publishes a statement on the website.\n\nAt midday we listed every certificate the council uses. At 2:10pm renewals were back.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.instant?.toISO().slice(11, 16), e.event.slice(0, 18)]), [
      ['11:40', 'Renewals switched '],
      ['12:00', 'Rachel publishes a'],
      ['12:00', 'we listed every ce'],
      ['14:10', 'renewals were back'],
    ]);
  });

  it('dates entries by day lines with a weekday in another language ("**gio 28/11**", "Domingo, 27/07/2025"), not as entries, and a title\'s range of days in digits by its first', () => {
    const italian = '# Review incidente – overselling (28–29/11/2024)\n\nTutti gli orari CET.\n\n## Log\n\n**gio 28/11**\n\n- 23.10 – il sync va in timeout\n\n**ven 29/11**\n\n- 00.31 – sync completato\n';
    const read = timeline(italian);
    assert.deepEqual([read.incidentDate?.day, ...read.timeline.map((e) => e.instant?.toISO())], [28, '2024-11-28T23:10:00.000+01:00', '2024-11-29T00:31:00.000+01:00']);
    const portuguese = '# Incidente EPG\n\n## Log\n\nDomingo, 27/07/2025\n\n- **23:38** — primeiros 5xx\n\nSegunda, 28/07/2025\n\n- **00:05** — WAL com 180 GB\n';
    assert.deepEqual(timeline(portuguese).timeline.map((e) => [e.instant?.toISO().slice(0, 16), e.event]), [['2025-07-27T23:38', 'primeiros 5xx'], ['2025-07-28T00:05', 'WAL com 180 GB']]);
    // A bold sub-heading "**Monitoring 2/3**" is no weekday and date.
    const monitoring = '# Outage\n\n**Date:** 2025-11-04\n\n## Timeline\n\n- 10:00 Errors begin\n\n**Monitoring 2/3**\n\n- 10:40 Errors stop\n';
    assert.deepEqual(timeline(monitoring).timeline.map((e) => e.instant?.toISO().slice(0, 10)), ['2025-11-04', '2025-11-04']);
  });

  it('does not date the story by a day named in an aside ("(there had been a short blip on Monday 2nd June)")', () => {
    const text = '# MI-2025-0291: app payments failing\n\n**Date:** Friday 6 June 2025\n\n## Timeline\n\nOur payment failure alert fired at 16:24 and the on-call engineer acknowledged it at 16:31. At first it looked like the scheme was having problems (there had been a short scheme-side blip on Monday 2nd June), so time was spent checking with the scheme. We declared a P1 at 16:52 and opened the bridge.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.instant?.toISO().slice(0, 16)), ['2025-06-06T16:24', '2025-06-06T16:31', '2025-06-06T16:52']);
  });

  it('reads "**Mar 01-04-2025**" as Tuesday 1 April (a weekday shortened before a whole date), "23.50 hs" as a time, and a bullet in brackets as a note', () => {
    const spanish = '# Saldos caídos\n\nTodas las horas en ART.\n\n## Cronología\n\n**Lun 31-03-2025**\n\n- 23.50 hs — arranca el batch\n\n**Mar 01-04-2025**\n\n- 00.21 hs — salta la alerta\n';
    const read = analyzeText(spanish, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(read.model.timeline.map((e) => [e.instant?.toISO().slice(0, 16), e.event]), [['2025-03-31T23:50', 'arranca el batch'], ['2025-04-01T00:21', 'salta la alerta']]);
    assert.deepEqual(read.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    const german = '# Stillstand\n\n## Verlauf\n\n- 01:58 mh: ruf jk an\n- *(02:00 MEZ → 03:00 MESZ, Uhren vorgestellt)*\n- 03:06 jk: bin online\n';
    assert.deepEqual(timeline(german).timeline.map((e) => e.event), ['mh: ruf jk an', 'jk: bin online']);
    // A timed event written in brackets stays an event.
    const aside = '# Outage\n\n## Timeline\n\n- 02:20 Alert fires\n- _(02:27 – no acknowledgement; pager escalated to secondary)_\n- 02:31 Secondary acknowledges\n';
    assert.equal(timeline(aside).timeline.length, 3);
  });

  it('reads "Noon", "12 noon", "12:00 noon", "Midnight" opening an entry and "at 12 noon", "At noon" in prose as times; not "Midnight deploy ..."', () => {
    const text = '# Checkout outage\n\n**Date:** 2025-03-04\n\n## Timeline (all times UTC)\n\n- 23:40 — Checkout errors start rising\n- Midnight — Alert fires, on-call paged\n- Midnight deploy of v2 went out\n- 12 noon — Rollback complete, service restored\n- **12:00 noon** — Status page updated\n- Noon: Incident resolved\n\nPayments recovered slowly, and at 12 noon we confirmed all was fine.\n\nAt noon the status page went green.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.instant?.toISO().slice(8, 16), e.event.slice(0, 22)]), [
      ['04T23:40', 'Checkout errors start '],
      ['05T00:00', 'Alert fires, on-call p'],
      ['05T12:00', 'Rollback complete, ser'],
      ['05T12:00', 'Status page updated'],
      ['05T12:00', 'Incident resolved'],
      ['05T12:00', 'Payments recovered slo'],
      ['05T12:00', 'the status page went g'],
    ]);
    // "Midnight DNS cutover postponed": a word in capitals after it is no zone.
    const cutover = '# Outage on 2025-08-21\n\n## Timeline (UTC)\n\n- 14:10 Errors begin\n- Midnight DNS cutover postponed to Saturday\n- 15:05 Errors stop\n';
    assert.deepEqual(timeline(cutover).timeline.map((e) => e.instant?.toISO().slice(0, 16)), ['2025-08-21T14:10', '2025-08-21T15:05']);
  });

  it('dates the entries by a month and day the timeline heading names without a year ("## Timeline (Eastern Time, Sept 17)")', () => {
    const text = '# Incident report: access errors\n\n*September 19, 2024 · Engineering blog*\n\nOn Tuesday a flag change broke shared projects.\n\n## Timeline (Eastern Time, Sept 17)\n\n- 09:45 Flag change saved\n- 09:47 403 responses begin\n';
    assert.deepEqual(instants(text), ['2024-09-17T09:45:00.000-04:00', '2024-09-17T09:47:00.000-04:00']);
  });

  it('does not call a later moment told within an entry of a newest-first timeline out of order ("Status page: resolved at 15:05 after monitoring")', () => {
    const text = '# Incident report: eu-2 outage\n\n**Date:** 2024-10-08\n\n## Timeline (UTC, newest first)\n\n**15:30** Incident closed.\n\n**14:45** Error rate back to baseline. Status page: resolved at 15:05 after monitoring.\n\n**14:39** PgBouncer restart complete.\n\n**14:31** Rolling restart started.\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a casual zone line ("Fri Aug 2, times PT", "All PT.") as the timeline\'s zone, not as an entry', () => {
    const model = timeline('# wrong data shown — 2024-08-02\n\n## Timeline\n\nFri Aug 2, times PT\n\n- 9:12 deploy\n- 9:51 customer email to support\n');
    assert.equal(model.timezone, 'PT');
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-08-02T09:12:00.000-07:00', '2024-08-02T09:51:00.000-07:00']);
    assert.equal(timeline('# TLS cert expired\n\n## Timeline\n\nAll PT. Most of this happened on a Saturday.\n\n- 08:05 Chris wakes up\n').timezone, 'PT');
  });

  it('reads a zone name by the offset the document gives it ("IST = UTC+1": Irish time, not India\'s)', () => {
    const text = '# Post-mortem: check-in refusals\n\n**Date:** 2024-08-20\n\nIrish Standard Time is what Ireland calls summer time (IST = UTC+1). Chicago is on CDT.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 06:38 IST | Ops Control pages the on-call |\n| 00:50 CDT | On-call acks (= 06:50 IST) |\n| 07:05 IST | Queue at 1,400 unsent messages |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => new Date(e.instant!.toMillis()).toISOString()), ['2024-08-20T05:38:00.000Z', '2024-08-20T05:50:00.000Z', '2024-08-20T06:05:00.000Z']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads IST as Irish time where the document says so ("IST (Dublin)", "Irish time (IST)"), and "All times local (UK)" as London\'s', () => {
    const rows = '\n\n## Timeline\n\n- 09:14 Monitoring alerted on portal errors\n- 09:55 Certificate renewed, service restored\n';
    const instants = (zoneLine: string) => timeline(`# Portal outage\n\n**Date:** 16 July 2024\n\n${zoneLine}${rows}`).timeline.map((e) => e.instant?.toISO());
    for (const zoneLine of ['All times are IST (Dublin).', 'Times are Irish time (IST).', 'All times local (UK).', 'All times UK time.']) {
      assert.deepEqual(instants(zoneLine), ['2024-07-16T09:14:00.000+01:00', '2024-07-16T09:55:00.000+01:00'], zoneLine);
    }
    assert.deepEqual(instants('All times IST.'), ['2024-07-16T09:14:00.000+05:30', '2024-07-16T09:55:00.000+05:30']);
    assert.deepEqual(instants('All times CST (Shanghai).'), ['2024-07-16T09:14:00.000+08:00', '2024-07-16T09:55:00.000+08:00']);
    // A byline's day with its month's name and a two-digit year: "05-Mar-24".
    assert.deepEqual(timeline('# Promo code rejected\n\n05-Mar-24 · Ecom squad\n\n## Timeline\n\n- 09:04 first errors\n').timeline.map((e) => e.instant?.toISO()), ['2024-03-05T09:04:00.000Z']);
    // "Between 8:15 am and 9:10 am ...": a window told where its story needs it, not out of order.
    const between = analyzeText('# x\n\n**Date:** 2024-06-03\n\n## Chronology\n\nAt 8:20 am a banner was placed on the website.\n\nBetween 8:15 am and 9:10 am the bridge investigated the payment module.\n\nAt 9:40 am the certificate was found expired.\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(between.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // A place's time: a city the zone database knows, a country of one zone, a zone named in Chinese.
    assert.deepEqual(instants('## Timeline (Melbourne time)'), ['2024-07-16T09:14:00.000+10:00', '2024-07-16T09:55:00.000+10:00']);
    assert.deepEqual(instants('Times are New Zealand local time.'), ['2024-07-16T09:14:00.000+12:00', '2024-07-16T09:55:00.000+12:00']);
    assert.deepEqual(instants('以下时间均为北京时间。'), ['2024-07-16T09:14:00.000+08:00', '2024-07-16T09:55:00.000+08:00']);
    const { findings } = analyzeText(`# Portal outage\n\n**Date:** 16 July 2024\n\nAll times local (UK).${rows}`, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(findings.filter((f) => f.code === 'timezone-missing'), []);
  });

  it('reads a date with its weekday before the time ("3/2 (Sat) 14:05", "2024/03/02(土) 14:05"), month first on Japan\'s and Korea\'s clocks', () => {
    const instants = (opening: string, rows: string[]) => timeline(`# Postmortem: Checkout API errors\n\n${opening}\n\n## Timeline\n\n${rows.map((row) => `- ${row}\n`).join('')}`).timeline.map((e) => e.instant?.toISO());
    assert.deepEqual(instants('Date: 2024-03-03. All times JST.', ['3/2 (Sat) 14:05 Error rate alert fired', '3/2 Sat 14:12 On-call engineer acknowledged', '3/3 (Sun) 10:00 Root cause confirmed']), [
      '2024-03-02T14:05:00.000+09:00',
      '2024-03-02T14:12:00.000+09:00',
      '2024-03-03T10:00:00.000+09:00',
    ]);
    assert.deepEqual(instants('All times KST.', ['2024/03/02(토) 14:05 Error rate alert fired', '2024-03-02 (Sat) 14:12 On-call engineer acknowledged']), ['2024-03-02T14:05:00.000+09:00', '2024-03-02T14:12:00.000+09:00']);
    // Elsewhere a day and month with slashes stay day first.
    assert.deepEqual(instants('Date: 2024-03-03. All times CET.', ['3/2 (Sat) 14:05 Error rate alert fired']), ['2024-02-03T14:05:00.000+01:00']);
  });

  it('reads offsets counted from the start beside the times ("At **09:55 (+00:45)**") as no zone, and a zone\'s offset as one', () => {
    const story = (offsets: string[]) =>
      `# Rider app crash\n\n**Date:** 3rd Oct 2024\n\n## Timeline\n\n${['09:10', '09:55', '10:22', '10:25'].map((time, i) => `At **${time} (${offsets[i]})** step ${i + 1} of the rollout went badly.\n\n`).join('')}`;
    const instants = (text: string) => timeline(text).timeline.map((e) => e.instant?.toISO());
    assert.deepEqual(instants(story(['+00:00', '+00:45', '+01:12', '+01:15'])), ['2024-10-03T09:10:00.000Z', '2024-10-03T09:55:00.000Z', '2024-10-03T10:22:00.000Z', '2024-10-03T10:25:00.000Z']);
    assert.deepEqual(instants(story(['+05:30', '+05:30', '+05:30', '+05:30'])), ['2024-10-03T09:10:00.000+05:30', '2024-10-03T09:55:00.000+05:30', '2024-10-03T10:22:00.000+05:30', '2024-10-03T10:25:00.000+05:30']);
    // A log's dated stamps on three zones' clocks keep them, a negative offset too (not a range "09:05:00 to 05:00").
    const log = '# Outage\n\n## Timeline\n\n- 2024-03-10T14:00:00+01:00 Berlin team sees errors\n- 2024-03-10T09:05:00-05:00 New York team acks\n- 2024-03-10T23:10:00+09:00 Tokyo rolls back\n';
    assert.deepEqual(instants(log), ['2024-03-10T14:00:00.000+01:00', '2024-03-10T09:05:00.000-05:00', '2024-03-10T23:10:00.000+09:00']);
  });

  it('reads the zone stated in Spanish and German and by a country ("Horas en COT", "**Zona horaria:** ... (CST, UTC-6)", "Uhrzeit Schweiz"), and "9:05 p. m."', () => {
    const zoneOf = (opening: string, heading = '## Timeline') => timeline(`# Caída de pagos\n\n**Fecha:** 2024-05-08\n\n${opening}\n\n${heading}\n\n- 9:05 Primer error\n- 9:40 Soporte reporta\n`);
    assert.equal(zoneOf('Horas en COT').timezone, 'COT');
    assert.equal(zoneOf('**Zona horaria:** hora del centro de México (CST, UTC-6)').timezone, 'CST');
    assert.equal(zoneOf('', '## Timeline (Uhrzeit Schweiz)').timeline[0].instant?.toISO(), '2024-05-08T09:05:00.000+02:00');
    assert.equal(zoneOf('Todas las horas en hora de Colombia.').timeline[0].instant?.toISO(), '2024-05-08T09:05:00.000-05:00');
    const labelled = timeline('# Rider OTP failures\n\ndate: 05-09-2024\n\n**what happened (IST)**\n- 07:02 first rider complaints in the fleet group\n- 07:10 fleet ops calls me about it\n- 07:38 switched rider OTP to the backup vendor\n');
    assert.equal(labelled.timeline[0]?.instant?.toISO(), '2024-09-05T07:02:00.000+05:30');
    // A country named in passing is no zone.
    assert.equal(zoneOf('The timeline of the UK outage is below.').timezone, undefined);
    const spanish = timeline('# Caída\n\n**Fecha:** 2024-05-08. Hora del centro (CST).\n\n## Línea de tiempo\n\n- 9:05 a. m. — Se rota el certificado.\n- 3:15 p. m. — Se cierra la alerta.\n');
    assert.deepEqual(spanish.timeline.map((e) => [e.timeText, e.event]), [
      ['9:05 a. m.', 'Se rota el certificado.'],
      ['3:15 p. m.', 'Se cierra la alerta.'],
    ]);
    assert.equal(spanish.timeline[1].instant?.toISO(), '2024-05-08T15:15:00.000-06:00');
  });

  it('takes a Notion page\'s "Date:" property over its "Created:" (when the page was made) as the incident\'s date', () => {
    const text = '# Incident Review: Supabase pooler exhaustion\n\nCreated: March 4, 2025 11:12 AM\nCreated by: Dana Okafor\nDate: March 3, 2025\nSeverity: Sev 1\n\n# Timeline\n\nAll times ET.\n\n| Time | Event |\n|---|---|\n| 2:05 PM | CSV import starts |\n| 2:09 PM | Alert fires |\n';
    const model = timeline(text);
    assert.deepEqual(model.incidentDate, { year: 2025, month: 3, day: 3 });
    assert.equal(model.timeline[0].instant?.toISO(), '2025-03-03T14:05:00.000-05:00');
    // "Created:" alone is still the date.
    assert.deepEqual(timeline(text.replace('Date: March 3, 2025\n', '')).incidentDate, { year: 2025, month: 3, day: 4 });
  });

  it('reads a table\'s date and time of day from German columns ("| Datum | Zeit | Ereignis |"), across the night the clocks go back', () => {
    const text = '# Störungsbericht\n\n## Zeitlicher Ablauf\n\n| Datum | Zeit | Ereignis |\n|---|---|---|\n| 27.10.2024 | 02:45 MESZ | Backup starts |\n| 27.10.2024 | 02:00 MEZ | Job sends the same orders again. **Start of impact** |\n| 27.10.2024 | 02:25 MEZ | Shift leader notices duplicates |\n';
    const model = timeline(text);
    assert.deepEqual(model.timeline.map((e) => [e.event, e.instant?.toISO()]), [
      ['Backup starts', '2024-10-27T02:45:00.000+02:00'],
      ['Job sends the same orders again. Start of impact', '2024-10-27T02:00:00.000+01:00'],
      ['Shift leader notices duplicates', '2024-10-27T02:25:00.000+01:00'],
    ]);
  });

  it('reads day headings with a weekday in German or Spanish ("### Sonntag, 17.11.2024", "### Lunes 13/05/2024"), and times told after "A las", "um", "às"', () => {
    const german = timeline('# Störung\n\nDatum: 18.11.2024\n\n## Zeitlicher Ablauf\n\n### Sonntag, 17.11.2024\n\n- 21:40 Broadcast storm starts, lines stop\n\n### Montag, 18.11.2024\n\n- 04:10 All lines in production again\n');
    assert.deepEqual(german.timeline.map((e) => e.instant?.toISO()), ['2024-11-17T21:40:00.000Z', '2024-11-18T04:10:00.000Z']);
    const spanish = timeline('# Incidente\n\nTodas las horas en UTC-3.\n\n## Línea de tiempo\n\n### Lunes 13/05/2024\n\nA las 22:10 empieza a subir la tasa de rechazo con código 05.\n\n### Martes 14/05/2024\n\n12:30 — Decidir confirma que solucionaron el HSM. Volvemos a rutear todo por Decidir a las 13:00 y monitoreamos una hora más. Cerramos el incidente a las 14:00.\n');
    assert.deepEqual(spanish.timeline.map((e) => [e.timeText, e.instant?.toISO()]), [
      ['A las 22:10', '2024-05-13T22:10:00.000-03:00'],
      ['12:30', '2024-05-14T12:30:00.000-03:00'],
      ['a las 13:00', '2024-05-14T13:00:00.000-03:00'],
      ['a las 14:00', '2024-05-14T14:00:00.000-03:00'],
    ]);
  });

  it('reads a heading per time with the count from the start before the clock ("### T+12m — 20:12 IST"), its event the paragraph below', () => {
    const text = '# Coupon oversold\n\n**Date:** 21-12-2024\n\n## Timeline\n\nT+0 is the sale start, 20:00 IST on 21-12-2024.\n\n### T+0 — 20:00 IST\nSale live.\n\n### T+12m — 20:12 IST\nRisk dashboard shows repeat redemptions. **This is detection.**\n\n### T+1h40m — 21:40 IST (16:10 UTC)\nFinance agrees not to cancel placed orders.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.timeText, e.event, e.instant?.toISO()]), [
      ['20:00 IST', 'Sale live.', '2024-12-21T20:00:00.000+05:30'],
      ['20:12 IST', 'Risk dashboard shows repeat redemptions. This is detection.', '2024-12-21T20:12:00.000+05:30'],
      ['21:40 IST (16:10 UTC)', 'Finance agrees not to cancel placed orders.', '2024-12-21T21:40:00.000+05:30'],
    ]);
  });

  it('reads a ticket\'s activity log pasted in a code block with wrapped lines, and an alert log beside a shorter list of notes on another clock', () => {
    const ticket = '# Incident Review INC0487745\n\n**Date:** 05.11.2024. All times CET.\n\n## Timeline\n\n```\n05.11.2024 06:02:11  System (Event Mgmt)     Alert: OFTP_SESSION_FAIL partner=OEM-B\n05.11.2024 06:02:11  System                  Incident created, P3, assigned to B2B Integration\n05.11.2024 07:31:40  Service Desk (K. Rauch)  Work notes: Call from Versand Werk Landshut:\n                                             ASN missing for truck LA-KT 4471.\n05.11.2024 07:48:05  Jan Vogt                 Assigned to: Jan Vogt. State: In Progress\n05.11.2024 11:22:48  Jan Vogt                 Adapter restarted. Session to OEM-B established.\n```\n';
    const read = timeline(ticket);
    assert.deepEqual(read.timeline.map((e) => e.instant?.toISO()), ['2024-11-05T06:02:11.000+01:00', '2024-11-05T06:02:11.000+01:00', '2024-11-05T07:31:40.000+01:00', '2024-11-05T07:48:05.000+01:00', '2024-11-05T11:22:48.000+01:00']);
    // The ticket a tool opened is no one acknowledging it.
    assert.deepEqual(read.timeline.map((e) => e.milestone ?? null), ['detected', null, null, null, 'mitigated']);
    const alerts = '# Boleto confirmations delayed\n\n**Date:** 2024-07-22\n\n## Timeline\n\nOpsgenie alert log, exported as-is:\n\n```\n2024-07-22T13:58:30Z  [metric]    consumer lag > 10000\n2024-07-22T14:06:12Z  Created     P2 "consumer lag high"\n2024-07-22T14:18:40Z  Acknowledged by gustavo.pimentel\n2024-07-22T15:19:30Z  Note added  "rollback done, lag decreasing"\n2024-07-22T16:05:00Z  Note added  "lag back under 1000, backlog drained"\n```\n\nAdditional context (BRT):\n\n- 11:30 Support escalates in #payments-support\n- 11:52 Larissa joins the call\n';
    assert.deepEqual(timeline(alerts).timeline.map((e) => new Date(e.instant!.toMillis()).toISOString().slice(11, 16)), ['13:58', '14:06', '14:18', '15:19', '16:05', '14:30', '14:52']);
  });

  it('reads a chat\'s bold speaker after the time ("[11:34 PM] **PagerDuty**: ...") as the actor, without stray bold marks in the event', () => {
    const text = '# Outage\n\n## Timeline (ET)\n\n- [11:31 PM] **deploy-bot**: migrate started\n- 11:34 PM **PagerDuty**: 5xx rate > 5% — triggered (us-east, ap-southeast)\n- [11:37] Ana: looking\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.event, e.actor ?? null]), [
      ['deploy-bot: migrate started', 'deploy-bot'],
      ['PagerDuty: 5xx rate > 5% — triggered (us-east, ap-southeast)', 'PagerDuty'],
      ['Ana: looking', null],
    ]);
  });

  it('reads a war room\'s lines counted from the start with the clock in brackets ("T+12  (10:12)  ...") as a timeline, under any heading', () => {
    const text = '# On-sale outage\n\nIncident date: 2026-11-14. All times UTC.\n\n## Notes\n\nT-30  (09:30)  War room open.\nT+2   (10:02)  queue-svc p99 jumps, then 503s. <-- outage starts\nT+4   (10:04)  Lena calls it on the bridge.\nH+2   (12:00)  Queue drained. Incident resolved.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => [e.timeText, e.event.slice(0, 14), e.instant?.toISO()]), [
      ['09:30', 'War room open.', '2026-11-14T09:30:00.000Z'],
      ['10:02', 'queue-svc p99 ', '2026-11-14T10:02:00.000Z'],
      ['10:04', 'Lena calls it ', '2026-11-14T10:04:00.000Z'],
      ['12:00', 'Queue drained.', '2026-11-14T12:00:00.000Z'],
    ]);
  });

  it('dates an entry on its own clock from a logged UTC stamp above it: "2026-12-01T01:05:00Z" then "20:10 ET" is still 30 November in New York', () => {
    const text = '# Cyber Monday\n\n## Timeline\n\n| When | Event |\n|---|---|\n| Mon 30 Nov 2026, 19:48 ET | Cause identified. |\n| 2026-12-01T01:05:00Z | Decision: force a full resync. |\n| 20:10 ET | Full resync started. |\n| 21:52 ET | Resync complete. Customer impact ends. |\n| 2026-12-01T03:30:00Z | Incident resolved. |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => new Date(e.instant!.toMillis()).toISOString().slice(0, 16)), ['2026-12-01T00:48', '2026-12-01T01:05', '2026-12-01T01:10', '2026-12-01T02:52', '2026-12-01T03:30']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads no second copy of the timeline\'s moments from a timed list under "Resolution" that retells them, but a longer list beside a chat excerpt', () => {
    const text = '# X\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 13:20hrs | Credential updated |\n| 13:45hrs | PACS accepting images |\n| 16:47hrs | Reconciliation complete |\n\n## Resolution and Recovery\n\n- 13:20hrs: credential updated; archive job run manually.\n- 13:45hrs: PACS accepting images.\n- 16:47hrs: reconciliation complete.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.event), ['Credential updated', 'PACS accepting images', 'Reconciliation complete']);
    // A list longer than what it shares moments with is the day's whole story, not a recap of a chat excerpt below it.
    const story = '# Build farm down\n\n## how it went down\n\n- **2:00 AM** — nightly cook kicks off.\n- **9:40 AM** — Dana posts that the nightly is stuck.\n- **10:05 AM** — I pick it up.\n- **4:50 PM** — found the full disk.\n- **8:10 PM** — purge done. Farm is back.\n\n## the slack bit\n\n```\n[10:05 AM] marcus: looking at the agents\n[4:50 PM] marcus: FOUND IT. /ddc is full\n[8:10 PM] joel: purge done\n```\n';
    assert.deepEqual(timeline(story).timeline.map((e) => e.event).slice(0, 5), ['nightly cook kicks off.', 'Dana posts that the nightly is stuck.', 'I pick it up.', 'found the full disk.', 'purge done. Farm is back.']);
  });

  it('reads a date column beside a time column of four bare digits ("| 04/12/2026 | 0648 |") or dates with two-digit years ("| 1/11/27 | 11:00 PM |")', () => {
    const instants = (rows: string[], header = '| Date | Time (LT) | Event |') =>
      timeline(['# X', '', '## Timeline', '', header, '|---|---|---|', ...rows, ''].join('\n')).timeline.map((e) => e.instant?.toISO() ?? null);
    assert.deepEqual(instants(['| 04/12/2026 | 0648 | First errors |', '| 05/12/2026 | 0915 | Incident closed |']), ['2026-12-04T06:48:00.000Z', '2026-12-05T09:15:00.000Z']);
    assert.deepEqual(instants(['| 1/11/27 | 11:48 PM | Sync unenrolls students |', '| 1/12/27 | 12:35 AM | Sync completes |'], '| Date | Time (ET) | Event |'), ['2027-01-11T23:48:00.000-05:00', '2027-01-12T00:35:00.000-05:00']);
    // "| 19-Nov | 01:45 hrs |": the day as its number and the month's name.
    assert.deepEqual(instants(['| 19-Nov | 01:45 hrs | Core switch reboots |', '| 20-Nov | 09:00 hrs | Closed |']).map((at) => at?.slice(5, 16)), ['11-19T01:45', '11-20T09:00']);
    // "2026.10.24", as banks write it, is a date; a version ("2024.10.1") is not.
    const dotted = timeline('# X\n\n**Date:** 2026.10.25 (Sun)\n\n## Timeline\n\n- 2026.10.24 23.00 BST – batch starts\n- 2026.10.25 01.35 BST – queue paused\n- 02:00 BST – upgraded to 2024.10.1\n');
    assert.deepEqual([dotted.incidentDate, ...dotted.timeline.map((e) => e.instant?.toISO())], [{ year: 2026, month: 10, day: 24 }, '2026-10-24T23:00:00.000+01:00', '2026-10-25T01:35:00.000+01:00', '2026-10-25T02:00:00.000+01:00']);
    // A version's dots are no date.
    assert.deepEqual(instants(['| 1.2.13 | 11:48 PM | Upgrade starts |']).map((at) => at?.slice(0, 4) ?? null), [null]);
  });

  it('reads bullets a document converter escaped ("\\- 9:03am \\- First errors"), and a bold day under a bold "**3. Timeline**" as its day, not a new section', () => {
    const escaped = timeline('# X\n\n## Timeline\n\n\\- 9:03am \\- First "invalid launch" errors\n\\- 9:11am \\- Support sees first tickets\n');
    assert.deepEqual(escaped.timeline.map((e) => [e.stamp?.time?.hour, e.event]), [[9, 'First "invalid launch" errors'], [9, 'Support sees first tickets']]);
    const days = timeline('# X\n\n**3. Timeline**\n\n**Tuesday 12/15**\n\n\\* 1:58pm \\- First errors\n\\* 2:05pm \\- Synthetic check fails, pages on-call\n\n**4. Root cause**\n\nA CSP change.\n');
    assert.deepEqual(days.timeline.map((e) => e.event), ['First errors', 'Synthetic check fails, pages on-call']);
  });

  it('reads an incident issue\'s "### Update 6 — 2024-09-18 19:05 UTC" headings as its log, and asks such a log for no sections', () => {
    const text = '# [Incident] Publishing scoped packages fails\n\n### Update 2 — 2024-09-18 15:20 UTC\n\nConfirmed only scoped packages are affected.\n\n### Update 1 — 2024-09-18 14:48 UTC\n\nWe are seeing reports of 500s on publish.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.event]), [['2024-09-18T15:20:00.000Z', 'Confirmed only scoped packages are affected.'], ['2024-09-18T14:48:00.000Z', 'We are seeing reports of 500s on publish.']]);
    assert.deepEqual(findings.filter((f) => f.code === 'missing-section'), []);
    // One such heading is only a heading.
    assert.deepEqual(timeline('# Outage\n\n## Update 1 — 2024-09-18 14:48 UTC\n\nReports of 500s.\n').timeline, []);
  });

  it('reads a status page\'s history as headings with their status word ("### Resolved – 21 January, 17.10"), newest first, without taking the word as the milestone', () => {
    const text = '# Canvas disruption – 21 January 2025\n\n### Resolved – 21 January, 17.10\n\nThis incident is closed.\n\n### Monitoring – 21 January, 15.25\n\nCanvas is working normally again.\n\n### Investigating – 21 January, 13.55\n\nWe are investigating slow exam starts.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO().slice(0, 16), e.event, e.milestone ?? null]), [
      ['2025-01-21T17:10', 'This incident is closed.', null],
      ['2025-01-21T15:25', 'Canvas is working normally again.', 'resolved'],
      ['2025-01-21T13:55', 'We are investigating slow exam starts.', 'acknowledged'],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'missing-section' && /Timeline/.test(f.message)), []);
    assert.deepEqual(timeline('# Outage\n\n## Resolved – 21 January, 17.10\n\nClosed.\n').timeline, []);
  });

  it('reads "### Update 1 — 9:31 PM" headings with their time alone, and asks a log that says it is still running for no sections though it keeps a to-do list', () => {
    const text = '# [ONGOING] Outlook rejecting mail from pool B\n\n> Running log. Newest updates at the bottom.\n\n### Update 1 — 9:31 PM\n\nMicrosoft domains are rejecting from pool B.\n\n### Update 2 — 9:48 PM\n\nTwo IPs went red on SNDS.\n\n### Follow-ups\n\n- [ ] Post-incident review doc — @h.nakamura — due Dec 18\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-12' });
    assert.deepEqual(model.timeline.map((e) => e.timeText), ['9:31 PM', '9:48 PM']);
    assert.deepEqual(findings.filter((f) => f.code === 'missing-section'), []);
    // A write-up with the same headings still has its sections asked for.
    const writeUp = analyzeText(text.replace('# [ONGOING] ', '# ').replace('> Running log. Newest updates at the bottom.\n\n', ''), { settings: DEFAULT_SETTINGS, today: '2026-12-12' });
    assert.notDeepEqual(writeUp.findings.filter((f) => f.code === 'missing-section'), []);
  });

  it('reads times under a heading that names a zone ("## Notes from Dan (ET)") in that zone, in a document stated in another', () => {
    const text = '# Outage\n\n**Date:** 2024-03-05\n\nAll times CET.\n\n## Timeline\n\n- 10:14 alert fires\n- 10:55 back to baseline\n\n## Notes from Dan (ET)\n\n- 5:05 AM got the ping from Sofia\n- 6:30 AM checked the shield logs\n- 7:05 AM found the bad origin config\n';
    assert.deepEqual(instants(text), ['2024-03-05T10:14:00.000+01:00', '2024-03-05T10:55:00.000+01:00', '2024-03-05T05:05:00.000-05:00', '2024-03-05T06:30:00.000-05:00', '2024-03-05T07:05:00.000-05:00']);
  });

  it('does not order a day\'s pasted chat log against the day\'s before it ("tues nov 17:" between them), but still within one', () => {
    const day = (lines: string[]) => ['```', ...lines, '```'].join('\n');
    const text = `# Ranking regression\n\nwritten up by dana.k, Thu 19 Nov 2026 (all times Pacific)\n\n## slack log (trimmed)\n\npasted from #ranking-oncall, Mon Nov 16.\n\n${day(['10:05 AM  jess.t:     is anyone seeing search down?', ' 4:12 PM  dana.k:     reverted to v36. watching', ' 6:40 PM  dana.k:     downgrading to monitoring'])}\n\ntues nov 17:\n\n${day([' 9:10 AM  sam.o:      PR up for the backfill', ' 3:00 PM  dana.k:     closing INC-4502'])}\n`;
    const outOfOrder = (doc: string) => analyzeText(doc, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => doc.slice(f.start, f.end));
    assert.deepEqual(outOfOrder(text), []);
    const unordered = text.replace(' 3:00 PM  dana.k', ' 8:00 AM  dana.k');
    assert.deepEqual(outOfOrder(unordered), ['8:00 AM']);
  });

  it('reads a list under a label that names a zone ("Slack notes (CDT):") in that zone, and does not order it against the log above', () => {
    const log = '```\n2024-06-18T18:00:00Z  [cert]     signing cert notAfter reached\n2024-06-18T18:09:41Z  [manual]   Incident triggered by the service desk\n2024-06-18T18:11:02Z  [ack]      Acknowledged by Marcus\n2024-06-18T19:03:18Z  [note]     "New cert deployed"\n2024-06-18T20:30:00Z  [resolve]  Resolved by Marcus\n```';
    const text = `# SSO down\n\n**Date:** 2024-06-18. All times UTC unless noted.\n\n## Timeline\n\nPasted from the PagerDuty incident log. Notes from Slack added below it.\n\n${log}\n\nSlack notes (CDT):\n\n- 13:20 - banner posted on the portal\n- 13:48 - PKI asked to expedite\n- 14:05 - old cert tried again, abandoned\n`;
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.slice(-3).map((e) => e.instant?.toISO()), ['2024-06-18T13:20:00.000-05:00', '2024-06-18T13:48:00.000-05:00', '2024-06-18T14:05:00.000-05:00']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // The zone in the brackets that close a label of other words ("... from the logs and Slack (Central time):").
    const central = text.replace('Slack notes (CDT):', 'What happened, from the logs and Slack (Central time):');
    assert.deepEqual(analyzeText(central, { settings: DEFAULT_SETTINGS }).model.timeline.slice(-1).map((e) => e.instant?.toISO()), ['2024-06-18T14:05:00.000-05:00']);
    // Within the list, order is still checked.
    const unordered = text.replace('- 14:05 -', '- 13:30 -');
    assert.deepEqual(analyzeText(unordered, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => unordered.slice(f.start, f.end)), ['13:30']);
  });

  it('reads a shift note in plain text: "Timeline" on its own line over lines that open with four bare digits, and "Fix / todo" over its list', () => {
    const text = '## PLCY410D abend - 09/24/2024\n\nRenewal extract abended on the 09/24 cycle.\n\nTimeline\n0115  STEP020 abend S213-04\n0122  operator paged G. Petrakis\n0150  found the duplicate dataset\n0205  scratched the old dataset, restarted STEP020\n\nFix / todo\n- change GDG base to SCRATCH - G. Petrakis (done 9/24)\n- ask the print vendor about the cutoff - T. Nguyen\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()?.slice(0, 16)), ['2024-09-24T01:15', '2024-09-24T01:22', '2024-09-24T01:50', '2024-09-24T02:05']);
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text), ['G. Petrakis', 'T. Nguyen']);
    assert.deepEqual(findings.filter((f) => f.code === 'missing-section').map((f) => f.data?.section), ['summary', 'impact', 'root-cause']);
    // A list of years is no log ("2019  first release").
    const years = '# History\n\n## Timeline\n\n2019  first release\n2020  second release\n2021  third release\n';
    assert.deepEqual(analyzeText(years, { settings: DEFAULT_SETTINGS }).model.timeline, []);
  });

  it('reads a control log under its day headings ("### 04DEC26" over "**2205hrs** – ...") as one timeline across the days', () => {
    const text = '# CONTROL LOG EXTRACT – CIS failure\n\nTimes as logged.\n\n### 04DEC26\n\n**2205hrs** – Routine check complete, all servers green. GH\n\n**2347hrs** – Alarm on CIS-N-02, disk usage 90%. GH\n\n### 05DEC26\n\n**0012hrs** – Station reports PIDs showing default message. GH\n\n**0021hrs** – Digital on-call paged by CR. GH\n\n## Actions\n\nNone.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.instant?.toISO()), ['2026-12-04T22:05:00.000Z', '2026-12-04T23:47:00.000Z', '2026-12-05T00:12:00.000Z', '2026-12-05T00:21:00.000Z']);
  });

  it('reads a chat pasted as a code block under no timeline heading ("[09:14] Jo Mills: ...", "[Sun 08:52] <fenrir> ...") as the timeline', () => {
    const chat = (lines: string[]) => `# Delay repay portal 502s\n\nShort write-up.\n\n**Chat from #digital-incidents:**\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n## Why\n\nA WAF rule.\n`;
    const read = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS });
    const slack = read(chat(['[09:14] Jo Mills: portal throwing 502s on submit', '[09:16] Sam Patel: looking', '[09:36] Sam Patel: rule disabled in prod']));
    assert.deepEqual(slack.model.timeline.map((e) => e.timeText), ['09:14', '09:16', '09:36']);
    assert.equal(slack.findings.some((f) => f.code === 'missing-section' && (f.data as { section: string }).section === 'timeline'), false);
    assert.deepEqual(read(chat(['[Sun 08:52] <fenrir> apt is throwing EXPKEYSIG', '[Sun 09:31] <jules> yep, reproduced', '[Sun 10:58] <jules> re-signed + pushed'])).model.timeline.map((e) => e.timeText), ['Sun 08:52', 'Sun 09:31', 'Sun 10:58']);
    // Two lines are a quote, not a log.
    assert.deepEqual(read(chat(['[09:14] Jo Mills: portal throwing 502s on submit', '[09:16] Sam Patel: looking'])).model.timeline, []);
    // An operations log with its column header, its lines dated "13FEB24" at Zulu times ("0440Z").
    const occ = read(chat(['DATE     TIME   ORIG    ENTRY', '-------  -----  ------  -----', '13FEB24  0458Z  MON     KIOSK ERR RATE 38PCT', '13FEB24  0524Z  OCC     INC-7781 OPENED, ON-CALL PAGED', '13FEB24  0712Z  OCC     ALL KIOSKS BACK IN SERVICE']));
    assert.deepEqual(occ.model.timeline.map((e) => e.instant?.toISO()), ['2024-02-13T04:58:00.000Z', '2024-02-13T05:24:00.000Z', '2024-02-13T07:12:00.000Z']);
  });

  it('reads a forum post\'s "**UPDATE 3 (10:35 UTC):** ..." paragraphs as its log, and an "[Ongoing]" post as a log asked for no sections', () => {
    const text = '# [Ongoing] Cloud: push notifications delayed\n\nWe are seeing delayed push notifications since around 08:30 UTC.\n\n**UPDATE (09:40 UTC):** Queue depth is around 1.2M and growing.\n\n**UPDATE 2:** ok it\'s us. The proxy pods all landed on one node.\n\n**UPDATE 3 (10:35 UTC):** pods spread across 4 nodes now, queue is draining.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.event]), [['09:40 UTC', 'Queue depth is around 1.2M and growing.'], ['10:35 UTC', 'pods spread across 4 nodes now, queue is draining.']]);
    assert.deepEqual(findings.filter((f) => f.code === 'missing-section'), []);
  });

  it('reads a running log\'s "### 08:52" headings as its timeline, wherever it is, when no timeline section tells any entry', () => {
    const text = '# pg-analytics replica lag\n\n**Impact:** dashboards stale.\n\n### 08:52\n\nAlert PostgresReplicationLagHigh fires, lag 9 min. Acked by Siobhan.\n\n### 09:05\n\nLag now 22 min.\n\n### 09:34\n\ndbt paused by Karim. Lag stopped growing.\n\n## Notes\n\nNothing.\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.timeText), ['08:52', '09:05', '09:34']);
    // Two such headings are not a log.
    assert.deepEqual(timeline(text.replace('### 09:05\n\nLag now 22 min.\n\n', '')).timeline, []);
  });

  it('reads a chat exported whole, with no heading ("[23/11/2026 10:47] Control Room (Sam): ..."), as its timeline', () => {
    const text = 'INC0489117 – P1 – Card auth timeouts\nBridge log exported from Teams. All times GMT.\n\n[23/11/2026 10:47] Control Room (Sam): Tivoli alert on CICSPRD3, auth response times above 3s\n[23/11/2026 10:52] Rob Tan (CICS support): on it, logging in now\n[23/11/2026 11:12] Rob Tan (CICS support): PRD3 removed from routing, timeouts dropping\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2026-11-23T10:47:00.000Z', '2026-11-23T10:52:00.000Z', '2026-11-23T11:12:00.000Z']);
    assert.equal(findings.some((f) => f.code === 'missing-section' && f.message.includes('"Timeline"')), false);
  });

  it('dates a timed list outside any timeline by the line right above it ("All times are Pacific, Tuesday Nov 17."), not by the post\'s date', () => {
    const text = ['# How one ALTER TABLE took us down', '', '*November 19, 2026 · Dana Whitfield*', '', '## The short version', '', 'All times are Pacific, Tuesday Nov 17.', '', '- **2:14pm** — deploy starts; the migration runs', '- **2:16pm** — requests start piling up behind the lock', '- **2:46pm** — lock released, app starts responding again', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2026-11-17T14:14:00.000-08:00', '2026-11-17T14:16:00.000-08:00', '2026-11-17T14:46:00.000-08:00']);
  });

  it('reads a memo\'s numbered paragraphs ("3.10 **2026-319 12:30Z** — ...") by their date and time, not "3.10" as a time, nor a date a sentence wrapped onto', () => {
    const text = ['# Loss of contacts on SGS-2', '', '## 3. Sequence of events', '', '3.1 **2026-317 16:48Z** — Technician enters a maintenance window, intended to end 2026-320 12:00Z but the end typed as', '2026-302 12:00Z (digits transposed).', '', '3.4 **2026-318 02:17Z** — First lost contact. Loss of service to customers begins.', '', '3.5 **2026-318 02:30Z** — More contacts lost. No alarm: the monitoring system raises an alarm on a failed track only.', '', '3.7 **2026-319 09:40Z** — A customer emails support@ about missed passes. Auto-acknowledged by the ticketing system.', '', '3.8 **2026-319 10:15Z** — On-call engineer paged by NOC. Page acknowledged 10:15Z.', '', '3.10 **2026-319 12:30Z** — Cause identified.', '', '3.12 **2026-319 13:05Z** — Corrected schedule published. Loss of service ends.', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.event.slice(0, 10), e.milestone ?? null]), [
      ['2026-11-13T16:48:00.000Z', 'Technician', null],
      ['2026-11-14T02:17:00.000Z', 'First lost', 'started'],
      ['2026-11-14T02:30:00.000Z', 'More conta', null],
      ['2026-11-15T09:40:00.000Z', 'A customer', 'detected'],
      ['2026-11-15T10:15:00.000Z', 'On-call en', 'acknowledged'],
      ['2026-11-15T12:30:00.000Z', 'Cause iden', 'identified'],
      ['2026-11-15T13:05:00.000Z', 'Corrected ', 'resolved'],
    ]);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
  });

  it('reads a regulator report\'s numbered paragraphs opening on their time ("3.10 At 05:10 the MVNOs were informed") by that time', () => {
    const text = ['# Network incident report', '', '**Date of incident:** 14 October 2025 (all times BST)', '', '## 3. Chronology of events', '', '3.9 At 04:15 the NOC declared a Priority 1 major incident.', '', '3.10 At 05:10 the two MVNOs were informed of the incident.', '', '3.11 Between 07:15 and 07:50 devices re-attached.', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2025-10-14T04:15:00.000+01:00', '2025-10-14T05:10:00.000+01:00', '2025-10-14T07:15:00.000+01:00']);
    // A list of dotted times ("- 10.15 From 10:05 onwards ...") keeps its times.
    const dotted = analyzeText(['# Outage on 2026-03-03', '', '## Timeline (UTC)', '', '- 10.00 Deploy starts', '- 10.15 From 10:05 onwards the NOC had seen auth timeouts', '- 10.20 At 10:19 the rollback completed', ''].join('\n'), { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.deepEqual(dotted.model.timeline.map((e) => e.instant?.toISO()), ['2026-03-03T10:00:00.000Z', '2026-03-03T10:15:00.000Z', '2026-03-03T10:20:00.000Z']);
  });

  it('reads the next numbered paragraph after a report\'s timed ones ("3.19 The suspension lasted 47 minutes") as no entry, and no date from the report\'s approval', () => {
    const report = (paragraphs: string[]) => ['# Incident report to the regulator', '', '## 1. Introduction', '', '1.1 All times are CET.', '', '1.2 This report was approved by the Management Board on 3 December 2026.', '', '## 2. Summary', '', '2.1 On Thursday 19 November 2026 the market-data publisher stopped.', '', '## 3. Chronology', '', ...paragraphs.flatMap((p) => [p, '']), '## 4. Cause', '', 'A reference-data load.', ''].join('\n');
    const timed = ['3.16 At 10:22:00 trading was suspended.', '3.17 At 11:09:00 continuous trading resumed.', '3.18 At 12:30:00 the incident was closed.'];
    const { model } = analyzeText(report([...timed, '3.19 The suspension lasted 47 minutes (10:22:00 to 11:09:00).']), { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2026-11-19T10:22:00.000+01:00', '2026-11-19T11:09:00.000+01:00', '2026-11-19T12:30:00.000+01:00']);
    // Not after a single numbered paragraph, nor out of sequence: there it is a dotted time.
    const once = analyzeText(report(['3.18 At 02:30:00 the incident was opened.', '3.19 The standby took over.']), { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.deepEqual(once.model.timeline.map((e) => e.timeText.trim()), ['At 02:30:00', '3.19']);
    // The numbers go on after one that is not a time; a sentence that dates the incident as well keeps its date.
    const longer = analyzeText(report([...timed, '3.19 The suspension lasted 47 minutes.', '3.20 Dispatchers back-entered the cards.']).replace('1.2 This report was approved by the Management Board on 3 December 2026.', '1.2 This report covers the outage of 19 November 2026 and was approved by the Board on 3 December 2026.').replace('2.1 On Thursday 19 November 2026', '2.1 On that day'), { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.deepEqual(longer.model.timeline.map((e) => e.instant?.toISO()), ['2026-11-19T10:22:00.000+01:00', '2026-11-19T11:09:00.000+01:00', '2026-11-19T12:30:00.000+01:00']);
  });

  it('keeps a version or a dotted time before a date as it was, an entry after "AS" as an entry, and another event\'s date above a list off the list', () => {
    const lines = ['# Checkout outage on 2026-11-03', '', '## Timeline (UTC)', '', '09:00 Outage began: checkout errors', '09:30 Traffic shifted away from the leaking upstream AS', '09:40 Prefixes withdrawn; errors drop', '12.30 2026-11-03 Checkout fully restored.', ''].join('\n');
    assert.deepEqual(analyzeText(lines, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.timeline.map((e) => e.timeText.trim()), ['09:00', '09:30', '09:40', '12.30']);
    const list = ['# Checkout outage', '', '**Date:** 2026-11-03', '', '## What happened', '', 'A similar failure happened on 2026-03-12 (INC-2201):', '', '- 09:00 checkout errors start', '- 09:12 alert pages on-call', '- 09:40 release rolled back', ''].join('\n');
    assert.deepEqual(analyzeText(list, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.timeline.map((e) => e.instant?.toISO()?.slice(0, 10)), ['2026-11-03', '2026-11-03', '2026-11-03']);
  });

  it('reads an ISO ordinal date before a time ("2026-147 01:40", the year\'s 147th day) as its calendar day, and no document number', () => {
    const text = ['# PIR-2026-041: pass plans published stale', '', '## Timeline (UTC)', '', '| Time (UTC) | Event |', '|---|---|', '| 2026-147 01:40 | Change deployed |', '| 2026-147 23:55 | Impact begins |', '| 2026-148 00:30 | Impact mitigated |', '| 2024-366 12:00 | A leap year\'s last day |', '| 2026-366 12:00 | No such day |', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO() ?? null), ['2026-05-27T01:40:00.000Z', '2026-05-27T23:55:00.000Z', '2026-05-28T00:30:00.000Z', '2024-12-31T12:00:00.000Z', null]);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-unparsed-time').map((f) => text.slice(0, f.start).split('\n').length), [11]);
    // The title's number ("PIR-2026-041", the 10th of February) is no date of the incident: its first entry's day is.
    assert.deepEqual(model.incidentDate && [model.incidentDate.year, model.incidentDate.month, model.incidentDate.day], [2026, 5, 27]);
  });

  it('orders a station\'s local time by the zoned time in brackets after it ("8.35am Dubai (4.35am GMT)"), and leaves other brackets alone', () => {
    const text = (rows: string[]) => `# Bag tags blank\n\n**Date:** 1 December 2026\n\n## Timeline\n\n${rows.map((r) => `- ${r}`).join('\n')}\n`;
    const ops = text(['**3.50am GMT** — Upgrade live; fault begins.', '**8.35am Dubai (4.35am GMT)** — Dubai reports blank tags.', '**5.10am GMT** — OCC acknowledges.', '**11.10am Delhi (5.40am GMT)** — Delhi reports the same.', '7.02am Lagos (6.02am GMT) — Lagos reports the same.']);
    const { timeline: entries } = timeline(ops);
    assert.deepEqual(entries.map((e) => e.instant && new Date(e.instant.toMillis()).toISOString().slice(11, 16)), ['03:50', '04:35', '05:10', '05:40', '06:02']);
    assert.deepEqual(analyzeText(ops, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // A name, a remark or a length in brackets is no other clock.
    const plain = text(['**3.50am GMT** — Upgrade live.', '4:35am (Priya) — Dubai reports blank tags.', '5:10am (about 40 min later) — OCC acknowledges.']);
    assert.deepEqual(timeline(plain).timeline.map((e) => e.instant && new Date(e.instant.toMillis()).toISOString().slice(11, 16)), ['03:50', '04:35', '05:10']);
  });

  it('reads a "Note:" sentence as an aside on the times, and a day written without its year in the year of the first dated entry', () => {
    const table = ['| Date | Time | Event |', '|---|---|---|', '| 26/10/2024 | 23:30 BST | Rebuild starts |', '| 27/10/2024 | 00:52 BST | Logins fail |'];
    const noted = ['# EPR outage', '', '## Chronology', '', 'All times are local. **Note:** clocks went back at 02:00 BST on 27/10, so 01:00 to 01:59 happened twice.', '', ...table, ''].join('\n');
    assert.deepEqual(instants(noted), ['2024-10-26T23:30:00.000+01:00', '2024-10-27T00:52:00.000+01:00']);
    const yearless = ['# EPR outage', '', '## Timeline', '', '- 26/10 23:30 BST: rebuild starts', '- 27/10/2024 00:52 BST: logins fail', ''].join('\n');
    assert.deepEqual(instants(yearless), ['2024-10-26T23:30:00.000+01:00', '2024-10-27T00:52:00.000+01:00']);
    // Not after it: "Mon 4 Mar" rows before a review dated 2025-01-15 are of 2024.
    const review = ['# Payroll export failed', '', '## Timeline', '', '- Mon 4 Mar 09:00 — export starts failing', '- Mon 4 Mar 10:40 — export fixed and rerun, resolved', '- 2025-01-15 — follow-up review held with Finance', ''].join('\n');
    assert.deepEqual(instants(review).slice(0, 2), ['2024-03-04T09:00:00.000Z', '2024-03-04T10:40:00.000Z']);
  });

  it('reads four digits after a named month that no incident\'s year can be as the time ("closed (Fri 6 Dec 1700)"), and "1100-1400" as a range from its first time, not an offset', () => {
    const text = '# Scratch read-only (Dec 2024)\n\nStatus: closed (Fri 6 Dec 1700)\n\n## Log\n\n### Day 1 (Tue 3 Dec 2024)\n\n- 0612 clients start getting EROFS\n- 1100-1400 pulled controller logs for the vendor\n- 1205 announce update 1\n- 1545-1700 rebuild running\n';
    const model = timeline(text);
    assert.deepEqual(model.incidentDate, { year: 2024, month: 12, day: 3 });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-12-03T06:12:00.000Z', '2024-12-03T11:00:00.000Z', '2024-12-03T12:05:00.000Z', '2024-12-03T15:45:00.000Z']);
    // Backwards, the second is the offset it can be ("1015-0500"); "Jan 1 1900" is a placeholder's year.
    assert.equal(readTimestamp('1015-0500 deploy')?.zone, '-0500');
    assert.equal(readTimestamp('Jan 1 1900')?.date?.year, 1900);
    assert.deepEqual(readTimestamp('Fri 6 Dec 1700')?.time, { hour: 17, minute: 0, second: 0 });
    assert.equal(readTimestamp('Fri 6 Dec 1700')?.date?.year, undefined);
    assert.equal(readTimestamp('3 Dec 0612')?.invalid, false);
    assert.equal(readTimestamp('6 Dec 1999')?.date?.year, 1999);
  });

  it('reads a time naming no zone, among times whose zones differ, on the clock of the entry before it', () => {
    const text = ['# EPR outage on Sunday 27 October 2024', '', '## Timeline', '', '- 00:40 (BST) – index rebuild starts', '- 00:52 (BST) – logins start failing', '- ~01:05 – first ward rings the Service Desk', '- 01:35 (BST) – on-call joins', '- 01:10 (GMT) – clocks went back; log volume extended', '- 01:40 – database resumes', '- 02:50 (GMT) – EPR back', ''].join('\n');
    const { findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(instants(text), ['2024-10-27T00:40:00.000+01:00', '2024-10-27T00:52:00.000+01:00', '2024-10-27T01:05:00.000+01:00', '2024-10-27T01:35:00.000+01:00', '2024-10-27T01:10:00.000Z', '2024-10-27T01:40:00.000Z', '2024-10-27T02:50:00.000Z']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // One entry on another party's clock, or a zone the team configured, leaves the author's own times as they are.
    const customer = ['# Outage on 3 March 2025', '', '## Timeline', '', '- 14:00 UTC – deploy', '- 14:03 – on-call paged', '- 09:05 EST – customer success hears from Globex', '- 14:12 – config rolled back', ''].join('\n');
    assert.deepEqual(instants(customer), ['2025-03-03T14:00:00.000Z', '2025-03-03T14:03:00.000Z', '2025-03-03T09:05:00.000-05:00', '2025-03-03T14:12:00.000Z']);
    const configured = analyzeText(text, { settings: { ...DEFAULT_SETTINGS, timezone: 'America/New_York' } }).model.timeline.map((e) => e.instant?.toISO());
    assert.equal(configured[2], '2024-10-27T01:05:00.000-04:00');
  });

  it('reads the zone in brackets closing a sentence about the times ("Times are from the wall clock on the floor (CDT).")', () => {
    assert.equal(statedZone('Times are from the wall clock on the floor (CDT).'), 'CDT');
    assert.equal(statedZone('Shift log. Times below are from the CAD server log (UTC).'), 'UTC');
    // Times of something else, and times converted from one zone, state no zone of the document's.
    assert.equal(statedZone('Login times are fine (CET).'), undefined);
    assert.equal(statedZone('Times were converted from PST (UTC).'), undefined);
    // A bracket naming someone's clock in passing is no statement of the document's.
    assert.equal(statedZone("Times are rough: Dana's notes (CET) and the Slack export disagree."), undefined);
    assert.equal(statedZone("Times were cross-checked against the customer's own logs (EST). All times below are UTC."), 'UTC');
  });

  it('reads a shift log typed up under its title, its lines opening with bold four-digit times, as the timeline', () => {
    const log = ['**0140** quiet. QA on last week\'s calls.', '**0150** Lang says CAD screen froze on every position.', '**0155** CARD OPS. Told floor to go to cards.', '**0207** IT called back, patching tonight.', '**0412** IT found the problem in the CAD settings.', '**0610** everyone on CAD. ENDED CARD OPS.'];
    const text = ['# ECC Shift Log — Tue 3/11/25', '', 'Times are from the wall clock on the floor (CDT).', '', ...log, '', '## Follow-ups', '', '- Restock card boxes', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.timeText), ['0140', '0150', '0155', '0207', '0412', '0610']);
    assert.ok(!findings.some((f) => f.code === 'missing-section' && /"Timeline"/.test(f.message)));
    // A lead of a few timed lines is a summary, not the log.
    assert.deepEqual(timeline(text.replace(log.slice(2).join('\n'), '')).timeline, []);
  });

  it('reads a "| Date | Time | Event |" table inside another section as the timeline, and a zone stated in a sentence wrapped across lines', () => {
    const minutes = '# Minutes\n\n### 3. Summary of the incident\n\n3.5 Members noted the following timeline. All times\nare BST.\n\n| Date | Time | Event |\n|---|---|---|\n| 14 May 2024 | 08.52 | NFS export reaches quota |\n| 14 May 2024 | 09.05 | First ticket received |\n| 14 May 2024 | 09.20 | Escalated to on-call |\n';
    const model = timeline(minutes);
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-05-14T08:52:00.000+01:00', '2024-05-14T09:05:00.000+01:00', '2024-05-14T09:20:00.000+01:00']);
    // Its days without their year are in the year of the meeting the minutes record.
    const yearless = timeline('# Service Board\n\n## Minutes of the Extraordinary Meeting (Incident Review) held on Wednesday 22 May 2024\n\n### 3. Summary of the incident\n\nMembers noted the following timeline.\n\n| Date | Time | Event |\n|---|---|---|\n| 14 May | 08.52 | NFS export reaches quota |\n| 14 May | 09.05 | First ticket received |\n| 14 May | 09.20 | Escalated to on-call |\n');
    assert.equal(yearless.timeline[0].instant?.toISO(), '2024-05-14T08:52:00.000Z');
    // Or of the signature under a shift log's sign-off.
    const shift = timeline('# Night shift 14/15 March – telemetry failure\n\n## Shift log\n\n2217 COMMS FAIL alarms start coming in\n2231 KA flags 6 stations comms fail\n2305 GH rang IT on-call\n\n## Sign off\n\nG. Holt, night shift supervisor, 15/03/2024 0655 hrs\n');
    assert.equal(shift.timeline[0].instant?.toISO(), '2024-03-14T22:17:00.000Z');
    // A table of work with a date column is no timeline, nor one no words call a timeline.
    assert.equal(timeline('# Review\n\n### Follow-up meetings\n\n| Date | Time | Event |\n|---|---|---|\n| 14 May 2024 | 10.00 | Review |\n| 15 May 2024 | 10.00 | Vendor call |\n| 16 May 2024 | 10.00 | Board |\n').timeline.length, 0);
    assert.equal(timeline('# Minutes\n\n### 6. Actions\n\n| Date | Time | Owner |\n|---|---|---|\n| 14 May 2024 | 08.52 | TK |\n| 14 May 2024 | 09.05 | PN |\n| 14 May 2024 | 09.20 | GP |\n').timeline.length, 0);
  });
  it('reads "10 July, 1530Z" as a time on a day, never the year 1530, and a chat message ending in "in" before the next message', () => {
    const { timeline: entries, } = timeline('# Pass loss\n\n## Timeline\n\n- 10 July, 1235Z — Contacts resume\n- 10 July, 1530Z — Parser fix deployed\n');
    assert.deepEqual(entries.map((e) => (e.instant && !e.dateKnown ? `~${e.instant.toISO()!.slice(11, 16)}` : e.instant?.toISO())), ['~12:35', '~15:30']);
    const chat = timeline('# Sorter down\n\n## Timeline\n\n[1:20 AM] Dave K: CRC errors climbing. going to drive in\n[1:32 AM] Greg L: on site\n[1:40 AM] Dave K: ok\n').timeline;
    assert.deepEqual(chat.map((e) => e.event), ['Dave K: CRC errors climbing. going to drive in', 'Greg L: on site', 'Dave K: ok']);
  });
  it('reads "3:20 - 4:30 p.m." as the afternoon from its start (not "11:50 - 12:30 p.m."), and "(all times CDT, Tuesday 10/22)" over the entries as their day', () => {
    const text = 'Date: Wed, Oct 23, 2024 9:14 AM\nSubject: UPS labels\n\nHi team,\n\n**Timeline (all times Central Daylight Time, Tuesday 10/22)**\n\n- 1:12 p.m. - Pack stations start getting errors\n- 3:20 - 4:30 p.m. - Catch-up with 6 more packers\n- 11:50 - 12:30 p.m. - Lunch cover\n- 4:45 p.m. - Called the customer\n';
    assert.deepEqual(timeline(text).timeline.map((e) => e.instant?.toISO()), ['2024-10-22T13:12:00.000-05:00', '2024-10-22T15:20:00.000-05:00', '2024-10-22T11:50:00.000-05:00', '2024-10-22T16:45:00.000-05:00']);
    // A weekday and two numbers both 12 or less say no order: no day is read from them.
    const ambiguous = timeline(text.replace('Tuesday 10/22', 'Tue 10/11')).timeline[0].instant?.toISO();
    assert.equal(ambiguous, '2024-10-23T13:12:00.000-05:00');
  });
  it('reads "[3/7/2025 9:02 AM]" month first where the document also writes "Friday March 7" or a plainly month-first "3/13/2025", and day first where it writes "7 March"', () => {
    const chat = (note: string) => timeline(`# Kiosks down\n\n${note}\n\n## Timeline\n\n[3/7/2025 9:02 AM] Maria Ortiz: selfchecks say unable to connect\n[3/7/2025 9:11 AM] Dana Whitlock: on it\n`).timeline.map((e) => e.instant?.toISO()?.slice(0, 10));
    assert.deepEqual(chat('The kiosks failed on Friday March 7.'), ['2025-03-07', '2025-03-07']);
    assert.deepEqual(chat('Follow-up review on 3/13/2025.'), ['2025-03-07', '2025-03-07']);
    assert.deepEqual(chat('The kiosks failed on Thursday 3 July.'), ['2025-07-03', '2025-07-03']);
    // Both orders named, or a plainly day-first date beside a plainly month-first one: the default order.
    assert.deepEqual(chat('Reviewed on 13/3/2025 and again on 3/14/2025.'), ['2025-07-03', '2025-07-03']);
  });
  it('reads Zulu times after 1900Z as times ("10 July, 2020Z"), an entry opening "Central Time and Attendance" in the document\'s zone, and titled events as no chat', () => {
    const zulu = timeline('# Feed down\n\n## Timeline\n\n- 10 July, 1810Z Vendor engaged.\n- 10 July, 1905Z Firmware rolled back.\n- 10 July, 2020Z Feed restored.\n');
    assert.deepEqual(zulu.timeline.map((e) => e.timeText), ['10 July, 1810Z', '10 July, 1905Z', '10 July, 2020Z']);
    assert.deepEqual(analyzeText('# Feed down\n\n## Timeline\n\n- 10 July, 1810Z Vendor engaged.\n- 10 July, 1905Z Firmware rolled back.\n- 10 July, 2020Z Feed restored.\n', { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    const kiosk = timeline('# Kiosks\n\nAll times UTC.\n\n## Timeline\n\n- 09:00 Central Time and Attendance kiosks stopped syncing.\n- 09:05 Alert fires.\n');
    assert.deepEqual(kiosk.timeline.map((e) => [e.timeText, e.event.slice(0, 27)]), [['09:00', 'Central Time and Attendance'], ['09:05', 'Alert fires.']]);
    assert.equal(kiosk.timeline[0].instant?.toISO()?.endsWith('Z'), true);
    const titled = timeline('# Outage\n\n## Timeline\n\n[09:02] Outage Begins\nGateway errors everywhere.\n\n[09:20] Mitigation Applied\nTraffic moved to standby.\n\n[09:30] Mitigation Applied\nSecond region moved.\n\n[10:00] Outage Ends\nAll clear.\n');
    assert.deepEqual(titled.timeline.map((e) => e.actor ?? null), [null, null, null, null]);
    assert.equal(titled.durations.resolveMinutes, 58);
  });
  it('keeps "09:00 - 10 pm" on a 24-hour clock in the morning, reads no day from "(Monitored 24/7)", and lets the zone decide the order over a quoted date', () => {
    assert.deepEqual(timeline('# Outage\n\n## Timeline (UTC)\n\n- 08:55 Deploy\n- 09:00 - 10 pm War room staffed\n- 09:04 Errors started\n').timeline.map((e) => e.stamp?.time?.hour), [8, 9, 9]);
    assert.deepEqual(timeline('# Outage\n\n**Date:** 2024-10-22\n\n## Timeline (UTC; Monitored 24/7 by NOC)\n\n- 09:00 Errors start\n').timeline.map((e) => e.instant?.toISO()?.slice(0, 10)), ['2024-10-22']);
    const us = timeline("# Outage\n\nAll times ET. The vendor's notice (issued 21/10/2024) was late.\n\n## Timeline\n\n- 10/11/2024 09:00 Errors start\n").timeline.map((e) => e.instant?.toISO()?.slice(0, 10));
    assert.deepEqual(us, ['2024-10-11']);
  });
  it('keeps the hour the clocks go back in order ("03:00 clocks back to 02:00 (CET)", then "02:30 (CET)") on the night the region\'s clocks went back, or on no date where other entries are stamped with the summer time; still reports a summer time after a later winter one', () => {
    const outOfOrder = (rows: string[]) => analyzeText(`# Shift review, night of 26/27.10.2024\n\n**Shift:** Sat 26.10. 22:00 CEST – Sun 27.10. 06:00 CET\n**Time zone:** CET\n\n## Shift log\n\nAll times local. Clock change at 03:00 CEST -> 02:00 CET; times after it are marked (CET).\n\n${rows.map((row) => `- ${row}\n`).join('')}`, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => f.message.split(' comes')[0]);
    assert.deepEqual(outOfOrder(['02:30 YOPT started', '02:55 slow job updates', '03:00 clocks back to 02:00 (CET)', '02:30 (CET) YOPT started again', '02:34 (CET) job list empty']), []);
    // More than the hour back, or back within one clock: out of order.
    assert.deepEqual(outOfOrder(['01:20 Lashing gang break', '02:30 YOPT started', '03:55 slow job updates', '02:30 (CET) YOPT started again', '02:40 (CET) job list empty', '02:50 (CET) on-call called']), ['02:30 (CET)']);
    assert.deepEqual(outOfOrder(['02:20 (CET) gate slow', '02:40 (CET) job list empty', '02:30 (CET) YOPT started again', '02:50 (CET) on-call called', '03:05 (CET) service restarted']), ['02:30 (CET)']);
    assert.deepEqual(outOfOrder(['04:05 (CET) job lists fill up', '04:20 (CET) cranes back', '04:25 (CEST) gate back', '05:30 (CET) queue cleared']), ['04:25 (CEST)']);
    // On no known date: the entries stamped with the summer time say the clocks went back.
    const undated = (rows: string[]) => analyzeText(`# Shift review\n\n**Time zone:** CET\n\n## Shift log\n\n${rows.map((row) => `- ${row}\n`).join('')}`, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order').length;
    assert.equal(undated(['02:30 CEST YOPT started', '02:55 CEST slow job updates', '03:00 clocks back to 02:00', '02:30 CET YOPT started again', '02:40 CET job list empty']), 0);
    assert.equal(undated(['02:30 YOPT started', '02:55 slow job updates', '03:00 clocks back to 02:00', '02:30 CET YOPT started again', '02:40 CET job list empty']), 1);
    // A summer time named in an entry's words, in July: no clock change, and the entry an hour back is out of order.
    const july = analyzeText('# Login errors on 2024-07-09\n\n## Timeline (UTC)\n\n- 13:20 Login errors started (first customer call logged at 14:20 BST).\n- 13:30 On-call paged\n- 13:45 Rolled back the config.\n- 13:40 GMT Sentry shows the last login error.\n', { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'timeline-out-of-order');
    assert.equal(july.length, 1);
  });
  it('reads the times below a line that tells the clocks going back ("---- CLOCKS BACK: 02:00 BST -> 01:00 GMT ----", a row "| 02:00 → 01:00 | BST → GMT | Clocks go back. |") on the new clock and those above on the old; the row is no event', () => {
    const lines = ['# VITA outage 26/27 Oct', '', '## Log', '', '### Sat 26/10', '', '- 23:48 – DB stops taking writes. << impact starts here', '', '### Sun 27/10', '', '- 00:40 – HS tell Fiona, paper issuing', '- 01:52 – Craig starts the manual log backup', '', '---- CLOCKS BACK: 02:00 BST -> 01:00 GMT. Everything below is GMT ----', '', '- 01:05 – backup about half way', '- 01:25 – backup done, DB writing again. Job re-enabled.', ''];
    const log = analyzeText(lines.join('\n'), { settings: DEFAULT_SETTINGS });
    assert.deepEqual(log.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    assert.deepEqual(log.model.timeline.map((e) => e.stamp?.zone ?? e.blockZone ?? log.model.timezone), ['BST', 'BST', 'BST', 'GMT', 'GMT']);
    assert.equal(log.model.durations.impactMinutes, 157);
    const row = (date: string, time: string, zone: string, event: string) => `| ${date} | ${time} | ${zone} | ${event} |`;
    const table = ['# P1: VITA database outage', '', '## Timeline', '', '| Date | Time | Zone | Event |', '|---|---|---|---|', row('26/10/2024', '23:48', 'BST', 'DB stops accepting writes. **Start of impact.**'), row('27/10/2024', '01:52', 'BST', 'Manual log backup started.'), row('27/10/2024', '02:00 → 01:00', 'BST → GMT', 'Clocks go back. All times from here are GMT.'), row('27/10/2024', '01:25', 'GMT', 'Log backup complete, DB accepting writes again.'), ''];
    const tabled = analyzeText(table.join('\n'), { settings: DEFAULT_SETTINGS });
    assert.deepEqual(tabled.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    assert.deepEqual(tabled.model.timeline.map((e) => new Date(e.instant!.toMillis()).toISOString().slice(0, 16)), ['2024-10-26T22:48', '2024-10-27T00:52', '2024-10-27T01:25']);
    // An entry that tells of something else at the change stays one; without the clocks' words, no change.
    const told = analyzeText(table.join('\n').replace('Clocks go back. All times from here are GMT.', 'Clocks go back; Craig restarts the backup job.'), { settings: DEFAULT_SETTINGS });
    assert.equal(told.model.timeline.length, 4);
    // On a night with no clock change (July), a clock's jump told with the zones is no change of the times' zone.
    const july = analyzeText('# PBX routing outage\n\nDate: 14 July 2026. All times are UK local (BST).\n\n## Timeline\n\n- 09:40 Timezone package pushed.\n- 10:02 PBX clock jumps back: 10:02 BST -> 09:02 GMT.\n- 09:30 First patient complaint.\n- 10:25 Routing restored.\n', { settings: DEFAULT_SETTINGS });
    assert.equal(july.findings.filter((f) => f.code === 'timeline-out-of-order').length, 1);
    // A US note in 12-hour times, and a row that says "Clocks fall back one hour (end of daylight saving time)".
    const us = analyzeText('# Billing double run\n\nDate: 2026-11-01. All times Central.\n\n## Timeline\n\n- 1:20 AM CDT Billing run starts.\n- 1:55 AM CDT Run still going.\n- 2:00 AM CDT → 1:00 AM CST — clocks go back.\n- 1:30 AM Billing run starts again.\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(us.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // A log that runs from Friday into the Sunday of the change, its days not written: the change is still read.
    const weekend = analyzeText('# Weekend migration overrun\n\n**Date:** 2024-10-25\n\n## Timeline (UK time)\n\n- 18:00 BST Migration starts\n- 23:30 BST Batch 1 complete\n- 09:00 BST Batch 2 starts (Saturday)\n- 22:00 BST Batch 2 complete\n- 01:40 BST Batch 3 starts (Sunday)\n- ---- CLOCKS BACK: 02:00 BST -> 01:00 GMT. Everything below is GMT ----\n- 01:20 Batch 3 stalls on a lock; alert fires\n- 03:10 Lock cleared\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(weekend.findings.filter((f) => f.code === 'timeline-out-of-order'), []);
    // "by 3h10" is a length, no time of day.
    const grew = analyzeText('# Replica lag\n\n## What happened\n\nAt 00:40 the ETL started. Over the next hour the lag grew by 3h10 and the dashboards showed it. At 01:55 we paused the ETL, and at 02:40 the replicas had caught up.\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(grew.model.timeline.map((e) => e.timeText.replace(/\D+/g, '')), ['0040', '0155', '0240']);
    const converted = analyzeText(lines.join('\n').replace('---- CLOCKS BACK: 02:00 BST -> 01:00 GMT. Everything below is GMT ----', 'We converted the BST -> GMT figures for the report.'), { settings: DEFAULT_SETTINGS });
    assert.equal(converted.findings.filter((f) => f.code === 'timeline-out-of-order').length, 1);
  });
  it('dates a log "night shift 26/27.10.2024" that opens in the evening on the 26th and its times after midnight on the 27th, and one that opens after midnight on the 27th; "All times local." is no entry', () => {
    assert.deepEqual(dateWithin('TOS freeze, night shift 26/27.10.2024 (clock change night)'), { year: 2024, month: 10, day: 27, monthFirst: false, afterNight: true });
    assert.deepEqual(dateWithin('during the night of 26/27 October 2024'), { year: 2024, month: 10, day: 27, afterNight: true });
    // Two days apart, or a range written with a dash: no night.
    assert.equal(dateWithin('26/28.10.2024')?.afterNight, undefined);
    assert.deepEqual(dateWithin('26-27 October 2024'), { year: 2024, month: 10, day: 26 });
    const days = (rows: string[]) => instants(`# Shift review – night shift 26/27.10.2024\n\n## Shift log\n\nAll times local.\n\n${rows.map((row) => `- ${row}\n`).join('')}`).map((at) => at?.slice(0, 16));
    assert.deepEqual(days(['22:00 Shift handover', '23:10 Discharge running', '01:20 Lashing gang break', '02:34 Job list empty']), ['2024-10-26T22:00', '2024-10-26T23:10', '2024-10-27T01:20', '2024-10-27T02:34']);
    assert.deepEqual(days(['02:34 Job list empty', '04:12 First move']), ['2024-10-27T02:34', '2024-10-27T04:12']);
    // A night's log of the evening alone; a weekend, and a night written before the incident's own date, are no such night.
    assert.deepEqual(instants('# Build farm outage\n\nA short write-up of the outage during the night of 26/27 October 2024.\n\n## Timeline\n\n- 21:00 Nightly image build starts\n- 23:45 Caches cleared\n').map((at) => at?.slice(0, 16)), ['2024-10-26T21:00', '2024-10-26T23:45']);
    assert.deepEqual(instants('# Data centre move\n\nThe report on the move over the weekend of 5/6 October 2024.\n\n## Timeline\n\n- 08:00 Shutdown of rack A\n- 19:00 Controller replaced\n').map((at) => at?.slice(0, 16)), ['2024-10-05T08:00', '2024-10-05T19:00']);
    assert.deepEqual(instants('# Outage 12.10.2024 (repeat of the night 3/4.10. incident)\n\n## Timeline\n\n- 19:30 Replication lag alarm\n- 00:20 Lag back to zero\n').map((at) => at?.slice(0, 16)), ['2024-10-12T19:30', '2024-10-13T00:20']);
    // Other ways of writing the night: a label's colon, a dotted date after it, German.
    for (const night of ['Night shift: 26/27.10.2024', 'Date: 26/27.10.2024 (night shift)', 'Nachtdienst 26./27.10.2024']) assert.deepEqual(instants(`# DB failover\n\n${night}\n\n## Timeline\n\n- 22:10 Disk alert\n- 00:20 Writes back\n`).map((at) => at?.slice(0, 16)), ['2024-10-26T22:10', '2024-10-27T00:20'], night);
    // A clock change told in other words is still the note's.
    assert.deepEqual(instants('# POS outage on 2026-10-25\n\n## Timeline\n\nAll times local. At 03:00 the clocks were put back to 02:00.\n\n- 02:05 Tills stop taking cards\n- 02:40 Tills back\n').map((at) => at?.slice(11, 16)), ['02:05', '02:40']);
    // "All times local." before an event told in the same paragraph keeps the event.
    assert.deepEqual(instants('# POS outage on 2024-07-06\n\n## Timeline\n\nAll times local. The firmware update was pushed to store 112 at 08:50.\n\n- 09:05 Tills stop taking cards\n').map((at) => at?.slice(11, 16)), ['08:50', '09:05']);
    // A date that names no night keeps its evening on that day.
    assert.deepEqual(instants('# Outage on 27.10.2024\n\n## Timeline\n\n- 22:00 Handover\n- 23:10 Errors start\n').map((at) => at?.slice(0, 16)), ['2024-10-27T22:00', '2024-10-27T23:10']);
  });
});
