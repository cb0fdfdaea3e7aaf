import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { repoRoot } from '../helpers/paths';

/**
 * Post-mortems written for us by reviewers who had read neither the engine nor the corpus, in shapes the corpus lacks
 * and in everyday ones (test/fixtures/unseen). Each gets exactly the diagnostics a careful reviewer judged it deserves (by line and rule);
 * where the engine's reading is still debatable, only what is not is asserted.
 */
function read(name: string) {
  const text = readFileSync(join(repoRoot, 'test', 'fixtures', 'unseen', name), 'utf8');
  const analysis = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-01' });
  const line = (offset: number) => analysis.index.lines.positionAt(offset).line + 1;
  return {
    findings: analysis.findings.map((f) => `${line(f.start)} ${f.code}`),
    model: analysis.model,
    line,
    milestones: analysis.model.timeline.filter((e) => e.milestone).map((e) => `${line(e.start)} ${[e.milestone, ...e.alsoMilestones].join('+')}`),
  };
}

describe('post-mortems in shapes the corpus lacks', () => {
  it('a draft copied from a template: its placeholders, unchosen severity, owner-less items and a duration the timeline contradicts', () => {
    const { findings } = read('draft-from-template.md');
    assert.deepEqual(findings, [
      '1 placeholder',
      '7 severity-unchosen',
      '9 stated-duration-mismatch',
      '13 placeholder',
      '17 placeholder',
      '37 placeholder',
      '46 placeholder',
      '50 placeholder',
      '56 action-item-missing-owner',
      '56 action-item-missing-due-date',
      '57 placeholder',
      '57 placeholder',
      '58 action-item-missing-owner',
      '58 action-item-missing-due-date',
      '59 action-item-overdue',
    ]);
  });

  it("another draft: a template engine's variables, bracketed levels, lower-case prompts and a duration a third of the timeline's", () => {
    const { findings } = read('draft-with-template-variables.md');
    assert.deepEqual(findings, [
      '6 severity-unchosen',
      '7 placeholder',
      '13 stated-duration-mismatch',
      '18 placeholder',
      '19 placeholder',
      '34 placeholder',
      '44 action-item-missing-owner',
      '44 action-item-missing-due-date',
      '45 action-item-missing-owner',
      '45 action-item-missing-due-date',
      '46 placeholder',
      '46 placeholder',
      '47 action-item-missing-owner',
      '47 placeholder',
    ]);
  });

  it('a US team\'s outage: "11/7/2025 (Friday)" in Eastern time is November 7, its summary a "TL;DR:" label', () => {
    const { findings, model } = read('us-dates-eastern.md');
    assert.deepEqual(findings, ['55 action-item-overdue', '57 action-item-overdue', '58 action-item-missing-due-date', '60 action-item-missing-owner', '60 action-item-missing-due-date']);
    assert.deepEqual(model.incidentDate, { year: 2025, month: 11, day: 7, dayMonthAmbiguous: false, monthFirst: true });
    assert.equal(model.timeline[0].instant?.toISO().slice(0, 10), '2025-11-07');
  });

  it('a French post-mortem: sections, zone from its field, an action table', () => {
    const { findings, model } = read('french-reservations.md');
    assert.deepEqual(findings, ['49 action-item-overdue', '50 action-item-overdue', '51 action-item-overdue']);
    assert.equal(model.timeline[0].instant?.toISO().slice(-6), '+02:00');
  });

  it('everyday write-ups whose deploy precedes the impact: the impact that follows it is the start', () => {
    const leak = read('deploy-hours-before-impact.md');
    assert.deepEqual(leak.findings, ['47 action-item-overdue', '49 action-item-overdue']);
    assert.deepEqual(leak.milestones[0], '26 started');
    assert.deepEqual([leak.model.durations.detectMinutes, leak.model.durations.mitigateMinutes, leak.model.durations.resolveMinutes], [6, 44, 72]);
    const checkout = read('checkout-deploy-then-503s.md');
    assert.deepEqual(checkout.findings, ['60 action-item-overdue', '61 action-item-overdue']);
    assert.deepEqual([checkout.model.durations.detectMinutes, checkout.model.durations.mitigateMinutes], [5, 38]);
  });

  it('an everyday write-up whose stated duration is wrong by 20 minutes, and an item marked done in a nested status', () => {
    assert.deepEqual(read('push-wrong-duration.md').findings, ['8 stated-duration-mismatch', '63 action-item-overdue', '66 action-item-overdue', '69 action-item-overdue']);
  });

  it("an on-call's running notes: an incident log, asked for nothing", () => {
    assert.deepEqual(read('oncall-running-notes.md').findings, []);
  });

  it('a game launch whose stated downtime is the window its summary states, across midnight on a 12-hour clock', () => {
    const { findings, model } = read('game-launch-stated-window.md');
    assert.deepEqual(findings, ['1 missing-section', '58 action-item-overdue', '59 action-item-overdue', '61 action-item-overdue', '62 action-item-overdue']);
    assert.deepEqual(
      model.statedFigures.map((f) => [f.text, f.statedMinutes]),
      [['2h 37m', 157], ['9:48 PM to 12:25 AM', 157]],
    );
  });

  it('a game outage whose stated downtime is wrong by three hours, and due dates in January after a November incident', () => {
    const { findings, milestones } = read('game-wrong-downtime.md');
    assert.deepEqual(findings, ['1 missing-section', '4 stated-duration-mismatch', '55 action-item-overdue', '56 action-item-overdue', '57 action-item-overdue', '58 action-item-overdue']);
    assert.deepEqual(milestones, ['22 started', '23 detected+acknowledged', '25 triaged', '28 identified', '32 mitigated', '34 resolved']);
  });

  it('a three-day incident: owners in bold opening each item, a total whose key says what it counts, and that total wrong by a day', () => {
    const { findings, model } = read('three-day-pipeline.md');
    // Its key figures' "**Rows affected:**" and "**Reports affected:**" state the impact.
    assert.deepEqual(findings, ['1 missing-section', '14 stated-duration-mismatch', '70 action-item-overdue', '71 action-item-overdue', '72 action-item-overdue', '73 action-item-overdue', '74 action-item-overdue']);
    assert.deepEqual(
      model.actionItems.map((i) => i.owner?.text),
      ['Owen', 'Chiara', 'Kenji / Payments', 'Nadia', 'Rob'],
    );
  });

  it('a German post-mortem: sections, zone, dates and its action table', () => {
    const { findings, model } = read('german-checkout.md');
    assert.deepEqual(findings, ['1 missing-section', '65 action-item-overdue', '66 action-item-overdue', '68 action-item-overdue']);
    assert.equal(model.timeline[0].instant?.toISO().slice(-6), '+01:00');
  });

  it("Azure's review: the mitigation it confirmed, not the rebalancing re-enabled after it; a due date in calendar-year quarters", () => {
    const { findings, milestones, model } = read('azure-pir.md');
    // Its estimated completions ("July 2026", "June 2026") have passed by the day the tests read it as today.
    assert.deepEqual(findings, ['1 missing-section', '1 missing-section', '34 action-item-missing-owner', '34 action-item-overdue', '35 action-item-missing-owner', '35 action-item-overdue', '36 action-item-missing-owner']);
    assert.deepEqual(milestones, ['19 started', '20 detected', '21 acknowledged', '22 identified', '27 mitigated+resolved']);
    assert.equal(model.durations.impactMinutes, 328);
  });

  it("an incident.io export: the header's zone on the timeline, owners in bold, due dates written day first", () => {
    const { findings, model } = read('incidentio-export.md');
    assert.deepEqual(findings, ['1 missing-section', '1 missing-section', '65 action-item-overdue', '66 action-item-overdue', '67 action-item-missing-owner', '67 action-item-missing-due-date', '68 action-item-missing-due-date']);
    assert.equal(model.timeline[0].instant?.toISO(), '2026-10-22T23:30:00.000+01:00');
  });

  // The fifth and sixth rounds (this file's second half): exports, other languages, timeline shapes, enterprise reports.
  it('a Notion export: its timeline table\'s Who column names who acted, not owners of actions', () => {
    const { findings, model } = read('notion-timeline-who-column.md');
    assert.deepEqual(findings, ['64 action-item-overdue', '65 action-item-overdue', '66 action-item-overdue']);
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text), ['@Jonas Berg', '@Kenji Watanabe', '@Priya Raman', '@Jonas Berg']);
  });

  it('a Google Doc pasted with its bullet characters: the timeline and action items they list', () => {
    const { findings, model, milestones } = read('gdocs-pasted-bullets.md');
    // Its dues "6/26", "6/19", "7/31" (month first, the day past 12) have passed by the tests' today; "7/10" could be
    // either order and is not read as a date.
    assert.deepEqual(findings, ['65 action-item-overdue', '66 action-item-overdue', '68 action-item-overdue']);
    assert.equal(model.timeline.length, 9);
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text), ['Rafael Okonkwo', 'Dana Whitfield', 'Sam Iyer', 'Sam Iyer']);
    assert.ok(milestones.includes('30 acknowledged'));
  });

  it('Spanish and Dutch post-mortems: sections, times written "09:31 h" and "08.02 uur", owners labelled in their language', () => {
    // No section is named as the resolution; the fix is told in the summary (debatable, by the labelling rule).
    assert.deepEqual(read('spanish-payments.md').findings, ['1 missing-section', '67 action-item-overdue', '68 action-item-overdue']);
    assert.equal(read('spanish-payments.md').model.timeline.length, 10);
    const dutch = read('dutch-bike-unlock.md');
    assert.deepEqual(dutch.findings, ['62 action-item-overdue', '64 action-item-overdue', '66 action-item-overdue']);
    assert.deepEqual(dutch.model.actionItems.map((i) => i.owner?.text), ['Mehmet Yılmaz', 'Mehmet Yılmaz', 'Femke Jansen', 'Joris Bakker']);
  });

  it('an SRE template: the SLO\'s window is no budget, and the impact is counted as the author counts it (to the mitigation)', () => {
    const { findings, model } = read('sre-template-slo-window.md');
    assert.deepEqual(findings, ['1 missing-section', '80 blame-language', '96 action-item-overdue', '97 action-item-overdue', '99 action-item-overdue']);
    assert.equal(model.durations.impactMinutes, 29);
  });

  it('a recurring incident: the table of earlier post-mortems\' actions is not this one\'s, and a label says the mitigation', () => {
    const { findings, milestones } = read('recurring-previous-actions.md');
    assert.deepEqual(findings, ['28 placeholder', '75 action-item-overdue', '76 action-item-overdue', '77 action-item-missing-owner', '77 action-item-overdue', '78 action-item-overdue', '79 action-item-overdue']);
    assert.ok(milestones.includes('42 mitigated'));
  });

  it('a blog post: service restored before the resolution was declared ends the impact the author states', () => {
    const { findings, model } = read('blog-restored-before-resolved.md');
    assert.deepEqual(findings, ['82 action-item-overdue', '83 action-item-overdue', '84 action-item-missing-owner', '84 action-item-overdue']);
    assert.equal(model.durations.impactMinutes, 98);
  });

  it('an SLA calculation over a 31-day month, a bank report with numbered sections, two outage windows, T+ offsets', () => {
    assert.deepEqual(read('airline-sla-october.md').findings, ['43 stated-check-mismatch', '67 action-item-missing-owner']);
    const bank = read('bank-numbered-sections.md');
    assert.deepEqual(bank.findings, ['127 action-item-overdue']);
    assert.equal(bank.model.timeline.length, 14);
    assert.deepEqual(read('two-outage-windows.md').findings, ['20 placeholder', '89 action-item-missing-owner', '89 action-item-overdue', '90 action-item-overdue']);
    const offsets = read('t-plus-offsets.md');
    assert.deepEqual(offsets.findings, ['1 missing-section']);
    assert.deepEqual(offsets.model.timeline.map((e) => e.instant?.toISO().slice(11, 16)), ['09:14', '09:20', '09:37', '09:45', '10:02', '10:19', '10:54']);
  });

  // The seventh round: security and data incidents, incidents outside web services, static-site Markdown, known templates.
  it('metrics counted to entries in words the engine does not take for milestones ("Renewal batch paused"), and a third party\'s window', () => {
    // Its time to detect (line 53) is counted to the page at 07:31, after the customer email the engine reads as the
    // detection: a later detection before the acknowledgement is a reading too (not a landing on any entry after a
    // milestone read plainly, so the seed's "Time to mitigate" typed 25 minutes is not excused by "14:25 Monitoring").
    assert.deepEqual(read('renewal-double-charge-metrics.md').findings, ['1 missing-section', '66 action-item-overdue']);
    // "Staged rollout halted" 1h 31m after the start, no warning either; a mitigation said plainly before the cause.
    const launch = read('launch-mitigated-before-cause.md');
    assert.deepEqual(launch.findings, ['75 action-item-overdue', '76 action-item-overdue', '77 action-item-missing-due-date']);
    assert.ok(launch.milestones.includes('35 mitigated') && launch.milestones.includes('36 identified'));
  });

  it("each team's log under its own heading, and the Owner column over the Team column", () => {
    const { findings, model } = read('per-team-logs.md');
    assert.deepEqual(findings, ['112 placeholder', '138 action-item-overdue', '139 action-item-missing-owner', '139 action-item-overdue', '141 action-item-overdue']);
    assert.equal(model.actionItems[0].owner?.text, 'Anders Holm');
  });

  it('checklist items with their owner after a dash, bold lines as sections, Slack labels and Docusaurus admonitions', () => {
    assert.deepEqual(read('checklist-dash-owners.md').findings, ['68 action-item-overdue', '69 action-item-overdue', '70 action-item-overdue', '71 action-item-overdue']);
    assert.deepEqual(read('hospital-bold-sections.md').findings, ['82 action-item-overdue', '86 action-item-overdue', '87 action-item-missing-due-date', '89 action-item-overdue']);
    const slack = read('slack-summary.md');
    // Only the resolution is told nowhere but in the summary and the timeline (debatable, by the labelling rule).
    assert.deepEqual(slack.findings.filter((f) => f.endsWith('missing-section')), ['1 missing-section']);
    assert.equal(slack.model.header.find((f) => f.name === 'severity')?.value, 'SEV3');
    // Its time to resolve (line 77) runs to "Incident resolved" 74 minutes after service came back: the engine takes
    // the restoration for the resolution, and the declaration for an end authors count to.
    assert.deepEqual(read('docusaurus-admonitions.md').findings, ['134 action-item-overdue']);
  });

  it("a lead-up dated the day before the incident's stated day: in order, and the stated duration no two entries give is reported", () => {
    const { findings, model } = read('lead-up-day-before.md');
    assert.deepEqual(findings, ['10 stated-duration-mismatch', '119 action-item-overdue', '120 action-item-missing-owner', '120 action-item-overdue', '121 action-item-overdue']);
    assert.equal(model.timeline[1].instant?.toISO(), '2026-06-09T08:10:00.000+10:00');
  });

  // The eighth round: other languages, tools' tables, extremes of length, hard time handling.
  it('Polish and Swedish reports: their sections, zone sentences, statuses and action tables', () => {
    const polish = read('polish-payments.md');
    // Every row has its owner in the Właściciel column; only the one still open is past its day.
    assert.deepEqual(polish.findings, ['44 placeholder', '61 action-item-overdue']);
    assert.equal(polish.model.timezone, 'CEST');
    const swedish = read('swedish-bankid.md');
    // The open row has its owner (Ansvarig) and its day (Klart senast), which has passed.
    assert.deepEqual(swedish.findings, ['72 action-item-overdue']);
    assert.equal(swedish.model.timezone, 'CET');
  });

  it("a Jira export's priorities and statuses, and a spreadsheet's Done? column", () => {
    assert.deepEqual(read('jira-export-actions.md').findings, ['80 action-item-missing-owner', '80 action-item-overdue', '81 action-item-missing-due-date', '82 action-item-overdue', '83 action-item-overdue', '84 action-item-overdue']);
    assert.deepEqual(read('spreadsheet-done-column.md').findings, ['37 action-item-missing-owner', '37 action-item-overdue', '39 action-item-overdue']);
  });

  it('times written with their weekday only, in order across three days', () => {
    const { findings, model } = read('weekday-times.md');
    assert.deepEqual(findings, ['1 missing-section', '6 placeholder', '37 action-item-overdue', '38 action-item-missing-owner', '38 action-item-missing-due-date', '39 action-item-overdue']);
    assert.equal(model.timeline.at(-1)?.instant?.toISO().slice(0, 10), '2026-05-20');
  });
});

// The ninth and tenth rounds: status pages, several outages, prose timelines, formal reports, small teams' notes.
describe('post-mortems of the ninth and tenth rounds', () => {
  it('a Statuspage log (em dash after the status, "*Posted ...*" in italics): its updates, no sections asked', () => {
    const { findings, model } = read('statuspage-em-dash-log.md');
    assert.deepEqual(findings, []);
    assert.equal(model.timeline.length, 6);
    assert.deepEqual(model.incidentDate, { year: 2026, month: 3, day: 11 });
  });

  it('two outages told as "Checkout down again", the summed downtime not accused', () => {
    assert.deepEqual(read('two-outages-down-again.md').findings, []);
  });

  it('a rollback that changed nothing is no mitigation; the planted outage length is still reported', () => {
    const { findings, model } = read('rollback-no-change.md');
    assert.deepEqual(findings, ['67 stated-duration-mismatch']);
    assert.equal(model.timeline.find((e) => e.event.startsWith('Rollback of the app'))?.milestone, undefined);
  });

  it('a regulator\'s threshold ("for more than one hour") agrees with a longer outage', () => {
    assert.deepEqual(read('regulatory-threshold-bound.md').findings, ['1 missing-section']);
  });

  it('"## Fixes" with owners and due dates is the action items', () => {
    const { findings, model } = read('fixes-with-owners.md');
    assert.deepEqual(findings, []);
    assert.equal(model.actionItems.length, 3);
  });

  it('prose paragraphs with times in the middle of their sentences', () => {
    const docs = read('prose-times-mid-paragraph.md');
    assert.deepEqual(docs.findings, ['1 missing-section', '1 missing-section', '34 action-item-overdue', '35 action-item-missing-owner', '35 action-item-missing-due-date', '37 action-item-overdue']);
    assert.deepEqual([docs.model.durations.detectMinutes, docs.model.durations.mitigateMinutes, docs.model.durations.resolveMinutes], [15, 27, 42]);
    const queue = read('prose-export-queue.md');
    assert.deepEqual(queue.findings, ['99 action-item-overdue', '101 action-item-missing-owner', '101 action-item-overdue', '113 placeholder']);
    assert.ok(queue.model.timeline.some((e) => e.timeText === 'at 10:19' && e.milestone === 'acknowledged'));
  });

  it('a two-day timeline under weekday headings, dated by "17–18 February 2026"', () => {
    const { findings, model } = read('day-sub-headings-range-date.md');
    // Its "Time to resolve: 16h 03m" (line 18) is wrong by an hour: the resolution, "Lag at 0, queue back to normal",
    // is the backlog worked off, said outright.
    assert.deepEqual(findings, ['18 stated-duration-mismatch', '89 action-item-overdue', '91 action-item-overdue']);
    assert.equal(model.durations.impactMinutes, 903);
  });

  it('a blog post telling the night on a 12-hour clock that names its half once, past midnight, in stages', () => {
    const { findings, milestones, model } = read('blog-12-hour-sync-outage.md');
    // No "Resolution" heading: the resolution is told in the story (judged debatable, so not asserted).
    assert.deepEqual(findings.filter((f) => f !== '1 missing-section'), []);
    // "Uploads started succeeding again, but downloads kept failing" (line 38) is not the recovery; line 40's is.
    // "declared a SEV1 at 11:56": the incident's level set, its triage. "Time to detect: 6 minutes" before the alert
    // at 11:44 counts from the old credentials revoked at 11:38, the one moment that far before it: the start, estimated.
    assert.deepEqual(milestones, ['32 started', '34 detected', '34 acknowledged', '34 triaged', '36 identified', '38 mitigated', '40 resolved']);
    assert.deepEqual([model.durations.identifyMinutes, model.durations.resolveMinutes], [34, 125]);
    assert.deepEqual(model.timeline.filter((e) => e.milestone === 'mitigated' || e.milestone === 'resolved').map((e) => e.instant?.toISO()?.slice(0, 16)), ['2026-08-16T00:26', '2026-08-16T01:34']);
  });

  it('a three-day incident under "### Day 1/2/3" without dates, its owners\' names wrapped onto the next line', () => {
    const { findings, model, line } = read('day-numbers-payouts.md');
    assert.deepEqual(findings, ['1 missing-section', '1 missing-section', '6 placeholder', '68 action-item-overdue', '69 action-item-missing-owner', '69 action-item-missing-due-date', '72 action-item-overdue']);
    const at = (entryLine: number) => model.timeline.find((e) => line(e.start) === entryLine)?.instant?.toISO()?.slice(0, 10);
    assert.deepEqual([at(40), at(45), at(53)], ['2026-05-18', '2026-05-19', '2026-05-20']);
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text ?? null), ['Oluwaseun Adeyemi', null, 'Camille Rousseau', 'Finance (Mareike Schulz)']);
  });

  it('a terse pager log under "## Pager log (PDT)", owners named after the action ("Sofia, due ...")', () => {
    const { findings, model } = read('pager-log-terse-owners.md');
    assert.deepEqual(findings, ['42 action-item-overdue', '43 action-item-overdue']);
    assert.equal(model.timezone, 'PDT');
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text), ['Sofia', 'Sofia', 'Kenji']);
  });

  it('a Google Doc converted by pandoc: bookmarked headings, a bold title line, hard-break backslashes', () => {
    const { findings, model, milestones } = read('gdocs-pandoc-export.md');
    // Its action items are a pandoc grid table, not read (a known gap: its overdue items go unreported).
    assert.deepEqual(findings.filter((f) => !f.endsWith('action-item-overdue') && !f.endsWith('action-item-missing-due-date')), []);
    assert.equal(model.title?.text, 'SAML login failures after SP certificate rollover');
    assert.equal(model.header.find((f) => f.name === 'severity')?.value, 'SEV1');
    assert.deepEqual(milestones, ['40 started', '44 detected', '47 acknowledged', '49 triaged', '52 identified', '62 resolved']);
  });
  it('a German report in "Uhr" whose 10:49 is written after 10:58: out of order, not a 12-hour clock crossing noon', () => {
    const { findings, model } = read('german-uhr-out-of-order.md');
    assert.deepEqual(findings, ['1 missing-section', '21 timeline-out-of-order', '42 action-item-overdue']);
    assert.equal(model.timeline[4].instant?.toISO(), '2026-03-03T10:49:00.000+01:00');
  });

  it('a table of "Day 2, 00:40" times dated by "Day 1 = Monday 10 August 2026": no unreadable times, every milestone', () => {
    const { findings, model, milestones } = read('numbered-days-anchored.md');
    assert.deepEqual(findings, []);
    assert.equal(model.timeline.find((e) => e.timeText === 'Day 10, 16:45')?.instant?.toISO(), '2026-08-19T16:45:00.000Z');
    assert.deepEqual(milestones, ['36 started', '37 detected', '38 acknowledged', '40 identified', '41 mitigated', '48 resolved']);
  });

  it('a regulator report: "Section 3 — Impact assessment" headings, "disruption ends" the end of impact, no false figure', () => {
    const { findings, model } = read('regulator-section-numbers.md');
    assert.deepEqual(findings, []);
    assert.equal(model.durations.impactMinutes, 158);
  });

  it('a large report whose appendix timeline has a team column: a timeline, not 57 action items; its real slip found', () => {
    const { findings, model } = read('appendix-timeline-team-column.md');
    assert.deepEqual(findings, ['245 timeline-out-of-order']);
    assert.equal(model.actionItems.length, 12);
  });

  it('a status-page report: time to mitigate to the recovery after the fix, owners between dashes', () => {
    const { findings, model } = read('statuspage-mitigate-to-recovery.md');
    assert.deepEqual(findings, []);
    assert.deepEqual(model.actionItems.map((i) => i.owner?.text ?? null), ['Jonas Keller', 'Amara Nwosu', 'Petra Lind', 'Lukas Meier']);
  });

  it('an Etsy-style debrief: "Remediation items" with owners between dashes, an IRC excerpt that is no timeline', () => {
    const { findings, model } = read('debrief-remediation-items.md');
    assert.deepEqual(findings, ['1 missing-section', '12 stated-duration-mismatch', '84 action-item-missing-owner', '84 action-item-missing-due-date', '86 action-item-missing-due-date']);
    assert.equal(model.timeline.length, 12);
  });

  it('a public-safety after-action memo: its SUBJECT line, "14:32L" local times, Findings, a Corrective Action Plan with OPR and Suspense', () => {
    const text = [
      'MEMORANDUM FOR RECORD',
      '',
      'SUBJECT: Bald Knob Simulcast Site – Loss of Microwave Backhaul',
      '',
      'Date: 09 JAN 2024',
      '',
      '## Timeline',
      '',
      '| Date | Time | Event |',
      '|---|---|---|',
      '| 09 JAN 2024 | 14:29L | Microwave path fades; site enters site trunking. |',
      '| 09 JAN 2024 | 14:36L | NOC acknowledges the alarm. |',
      '| 09 JAN 2024 | 16:10L | Path restored; wide-area trunking resumes. |',
      '',
      '## Findings',
      '',
      'Ice loading on the dish.',
      '',
      '## Impact to Agencies',
      '',
      'Three agencies lost wide-area talkgroups.',
      '',
      '## Corrective Action Plan',
      '',
      '1. Install ice shields on the dish.',
      '   OPR: G. Ellery. Suspense: 15 MAR 2024.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-02-01' });
    assert.equal(model.title?.text, 'Bald Knob Simulcast Site – Loss of Microwave Backhaul');
    assert.deepEqual(model.timeline.map((e) => [e.stamp?.time?.hour, e.stamp?.time?.minute]), [[14, 29], [14, 36], [16, 10]]);
    assert.deepEqual(model.sections.map((s) => s.kind), ['timeline', 'root-cause', 'impact', 'action-items']);
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text, i.dueDate]), [['G. Ellery', { year: 2024, month: 3, day: 15 }]]);
  });
  it('a CIO\'s memo to a committee: its RE line the title and the incident\'s day, its DATE the day it was sent', () => {
    const text = [
      '**MEMORANDUM**', '',
      '**TO:** Members of the Joint Committee', '',
      '**FROM:** Daniel Castellanos, Chief Information Officer', '',
      '**DATE:** June 12, 2026', '',
      '**RE:** TaxConnect portal failure of April 15, 2026', '',
      '---', '',
      '### 1. What happened, and when?', '',
      'At 6:42 p.m. the portal began slowing down. Taxpayers attempting to submit a return found that the final step was failing. Monitoring raised an alarm at 6:55 p.m.', '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    assert.equal(model.title?.text, 'TaxConnect portal failure of April 15, 2026');
    assert.deepEqual(model.incidentDate, { year: 2026, month: 4, day: 15 });
    // A reply's "Re:" line is no subject; a memo under "# MEMORANDUM" is titled by its RE line.
    const title = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-06' }).model.title?.text;
    assert.equal(title('Forwarding for the record.\nRe: INC-2231\n\n# Checkout outage on 19 November 2026\n\n## Timeline\n\n- 10:00 errors\n'), 'Checkout outage on 19 November 2026');
    assert.equal(title('**Incident recap: Checkout 503s**\n\nRe: the alerts from this morning, here is what happened.\n\n- 10:00 errors\n'), 'Checkout 503s');
    assert.equal(title('# MEMORANDUM\n\n**TO:** Board\n\n**FROM:** CTO\n\n**DATE:** December 1, 2026\n\n**RE:** CAD system outage of November 21, 2026\n\n## Timeline\n\n- 10:00 errors\n'), 'CAD system outage of November 21, 2026');
  });
  it('a Teams channel pasted with "[9:16 AM] Name" over each message, under a 5W summary (What, When, Who, Why, Fixed by)', () => {
    const text = [
      '# SIS down Wed 6/11 — chat log + notes', '',
      'Times are Eastern, straight from Teams.', '',
      '**Wednesday, June 11, 2025**', '',
      '[8:58 AM] Priya Raman (Attendance, Eastbrook MS)', 'is PowerSchool slow for anyone else? attendance wont submit', '',
      '[9:09 AM] Dennis Brennan', 'on it. login page loads but anything that touches the db errors out', '',
      '[9:16 AM] Dennis Brennan', "last successful log backup was 6/6 11:45 PM. so it's been growing for 5 days", '',
      '[9:31 AM] Dr. Alicia Moreno', 'Dennis what do I tell the principals re: timing? Exams start at 10:15', '',
      '[10:19 AM] Dennis Brennan', 'PSAPP03 back. Lincoln confirms', '',
      '## Summary', '',
      '**What:** PowerSchool was unavailable to teachers.', '',
      '**When:** roughly 8:55 AM to 10:20 AM Eastern. Total outage ~1h10m.', '',
      '**Who:** All 19 schools; attendance was taken on paper.', '',
      '**Why:** The transaction log disk filled up.', '',
      '**Fixed by:** adding disk space and restarting one app server.', '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-07-01' });
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.actor, e.event.slice(0, 24)]), [
      ['8:58 AM', 'Priya Raman', 'is PowerSchool slow for '],
      ['9:09 AM', 'Dennis Brennan', 'on it. login page loads '],
      ['9:16 AM', 'Dennis Brennan', 'last successful log back'],
      ['9:31 AM', 'Dr. Alicia Moreno', 'Dennis what do I tell th'],
      ['10:19 AM', 'Dennis Brennan', 'PSAPP03 back. Lincoln co'],
    ]);
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? null), [null, 'acknowledged', null, null, 'resolved']);
    assert.deepEqual(model.sections.filter((s) => s.kind === 'impact' || s.kind === 'resolution').map((s) => s.heading), ['Who', 'Fixed by']);
    assert.deepEqual(findings.filter((f) => f.code === 'missing-section').map((f) => f.data?.section), ['action-items']);
    assert.deepEqual(model.statedFigures.map((f) => [f.text, f.statedMinutes]), [['~1h10m', 70]]);
    // A single "[14:05] Database Failover" over its story is an event's title, not a writer.
    const titled = analyzeText('# Outage\n\n## Timeline\n\n[14:05] Database Failover\nThe primary failed over to the replica.\n\n[14:30] Errors stop\n', { settings: DEFAULT_SETTINGS }).model;
    assert.deepEqual(titled.timeline.map((e) => [e.actor ?? null, e.event]), [[null, 'Database Failover The primary failed over to the replica.'], [null, 'Errors stop']]);
  });
  it('a letter\'s "All times below are Eastern time on Thursday, June 12, unless noted." and "Chromebooks could not sign in for about 50 minutes"', () => {
    const text = ['# Gradebook outage', '', '**Duration:** 1 hr 52 min', '', 'Chromebooks could not sign in for about 50 minutes.', '', '## Timeline', '', 'All times below are Eastern time on Thursday, June 12, 2025, unless noted.', '', '- 06:58 errors start', '- 07:30 alert fires', '- 08:50 service restored', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-07-01' });
    assert.equal(model.timeline[0].instant?.toISO(), '2025-06-12T06:58:00.000-04:00');
    assert.deepEqual(model.statedFigures.map((f) => [f.text, f.statedMinutes]), [['1 hr 52 min', 112], ['about 50 minutes', 50]]);
  });
});
