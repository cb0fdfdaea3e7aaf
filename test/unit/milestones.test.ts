import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';

/** A one-day timeline table in UTC, with the rows given as "HH:MM | event". */
function timeline(rows: string[], after = ''): string {
  return ['# Outage', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', ...rows.map((r) => `| ${r.replace(' | ', ' | ')} |`), '', after].join('\n');
}

function read(text: string) {
  const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
  return { model, findings, milestones: model.timeline.filter((e) => e.milestone).map((e) => `${e.timeText} ${e.milestone}`) };
}

/** How many stated-duration-mismatch findings a statement below the timeline of `rows` gets. */
function mismatchesOn(rows: string[]) {
  return (statement: string) => read(timeline(rows, statement)).findings.filter((f) => f.code === 'stated-duration-mismatch').length;
}

describe('milestones', () => {
  it('reads no mitigation from a fix its entry says did not help ("Rollback complete. Evictions continue", "then worse again"), and the author\'s "**Mitigated.**" or "MITIGATED" mid-entry', () => {
    const mitigation = (row: string, marked: string) => read(timeline(['09:17 | Impact begins: first lockouts', '09:31 | Alert fires, pages Priya', `10:29 | ${row}`, `10:41 | ${marked}`])).milestones.filter((m) => m.endsWith('mitigated'));
    for (const row of ['Rollback complete. Evictions continue because existing keys keep a 4h TTL.', 'rollback done. still evicting (old keys have a 4h TTL)', 'Restart of auth-gw pods. Only a few minutes improvement, then worse again.', 'The update was rolled back. This stopped the problem getting worse but did not on its own free up space.']) {
      assert.deepEqual(mitigation(row, 'Scale-out done, memory at 38%. **Mitigated.** Candidates can log back in.'), ['10:41 mitigated'], row);
      assert.deepEqual(mitigation(row, 'redis on r6g.4xlarge, evictions 0. students able to login again. MITIGATED'), ['10:41 mitigated'], row);
    }
    assert.deepEqual(mitigation('Rollback complete.', 'Scale-out done.'), ['10:29 mitigated']);
    // A fix that worked, whatever follows it: an improving trend, the old host, the change rolled back made it worse.
    for (const row of ['Rolled back v2.3; 5xx rate still dropping, at 0.4% by 10:23.', 'Rolled back v2.3. Errors continue to fall and are at 0.3%.', 'Rolled back v2.3. ERRORS continue to be logged at a low rate from retries.', 'Rolled back v2.3, the change that made things worse.', 'Failed over to eu-west. Evictions continue on the old primary, which is out of traffic.']) {
      assert.deepEqual(mitigation(row, 'Checked the dashboards.'), ['10:29 mitigated'], row);
    }
    // Capitals and bold only as the author's own marker: not an alert's, a ticket's or a question's.
    for (const row of ['Checked ticket CHK-12, status RESOLVED last week; not the same bug.', 'IC asks: is this MITIGATED or not?', 'Impact NOT RESOLVED. Restart of checkout-3 did not help.']) {
      const { milestones } = read(timeline(['09:17 | Impact begins', '09:31 | Alert fires, pages Priya', `09:40 | ${row}`, '10:20 | Rollback complete.', '10:40 | Error rates back to normal.']));
      assert.deepEqual(milestones.slice(2), ['10:20 mitigated', '10:40 resolved'], row);
    }
    // "the re-enabled debug logging setting" names a setting found, not a fix; "**Resolved**, incident closed." marks the end.
    const marked = read(['# Outage', '', '## Timeline (UTC)', '', '- 09:17 Impact begins', '- 09:31 Alert fires, pages Priya', '- 10:05 Vendor identifies the full disk and the re-enabled debug logging setting.', '- 10:30 Engine services restarted. Results flowing again. **Mitigated.**', '- 17:30 Compensation mail sent. **Resolved**, incident closed.', ''].join('\n'));
    assert.deepEqual(marked.milestones.slice(2), ['10:05 identified', '10:30 mitigated', '17:30 resolved']);
    // "**Incident resolved**" in bold is the author's marker too, above a backlog drained before it.
    const drained = read(['# Outage', '', '## Timeline (CET)', '', '- 07:38 Error rate climbs. **Customer impact begins.**', '- 07:52 Alert fires; on-call paged.', '- 09:12 Rollback complete. **Mitigated.**', '- 09:25 Queue of delayed push notifications drained.', '- 09:40 Error rate at baseline for 15 minutes. **Incident resolved**, SEV-1 closed.', ''].join('\n'));
    assert.deepEqual(drained.milestones.slice(2), ['09:12 mitigated', '09:40 resolved']);
    // Taxpayers finding that a step fails find the failure, not its cause; the team finding that does.
    const found = (who: string) => read(['# Outage', '', '## Timeline (UTC)', '', `- 18:42 The portal began slowing down. ${who} found that the final step was failing.`, '- 18:55 Monitoring raised an alarm.', '- 19:08 On-call began working the problem.', ''].join('\n')).milestones;
    assert.deepEqual(found('Taxpayers attempting to submit a return'), ['18:55 detected']);
    assert.deepEqual(found('The team'), ['18:42 identified']);
    assert.deepEqual(found('Following customer complaints, Priya'), ['18:42 identified']);
    // The bold mark taken back in its sentence marks nothing.
    const hearsay = read(['# Outage', '', '## Timeline (UTC)', '', '- 09:00 Errors begin. Impact starts.', '- 09:05 Alert fires; on-call paged.', '- 09:25 Vendor emails back. **Incident resolved**, they say, but 5xx continue.', '- 10:05 Rollback complete. **Mitigated.**', '- 10:30 Errors at baseline. Incident closed.', ''].join('\n'));
    assert.deepEqual(hearsay.milestones.slice(2), ['10:05 mitigated', '10:30 resolved']);
    // "Full outage ends; service remains degraded": a mitigation; "Database remains saturated" after a fix: it did nothing.
    const partly = read(['# Outage', '', '## Timeline (EDT)', '', '- 18:42 Response times exceed 8 s. **Service degradation begins.**', '- 18:55 Monitor fails; alarm raised.', '- 21:38 Configuration switch applied. Database remains saturated by queued requests.', '- 22:06 Portal restored behind a waiting room. **Full outage ends; service remains degraded.**', '- 01:30 Waiting room removed after the queue drains. **Normal operations resume.**', ''].join('\n'));
    assert.deepEqual(partly.milestones, ['18:42 started', '18:55 detected', '22:06 mitigated', '01:30 resolved']);
    // The first of those hurt starts it, after the change that caused it; their return ends it.
    const told = read(timeline(['08:40 | Update to the heartbeat service deployed.', '09:17 | Session store reaches capacity; first candidates are locked out.', '09:31 | Monitoring alerted the on-call engineer', '10:41 | We added capacity. Lockouts stopped and candidates could log back in.']));
    assert.deepEqual(told.milestones.filter((m) => /started|resolved/.test(m)), ['09:17 started', '10:41 resolved']);
  });

  it('reads a report\'s plain prose: "began returning DIAMETER_UNABLE_TO_COMPLY", "received an automated alarm", "removed from the Diameter load-balancing pool"', () => {
    const { milestones } = read(timeline(['02:38 | The patch was applied to HSS-FE-B.', '02:47 | HSS-FE-B began returning DIAMETER_UNABLE_TO_COMPLY to Update-Location requests.', '03:05 | The NOC received an automated alarm indicating the S6a failure ratio had exceeded 5%.', '03:12 | The shift lead acknowledged the alarm and paged the on-call engineer.', '06:52 | HSS-FE-B was removed from the Diameter load-balancing pool. Registrations began to succeed.', '07:10 | The rollback on HSS-FE-B was completed.']));
    assert.deepEqual(milestones, ['02:47 started', '03:05 detected', '03:12 acknowledged', '06:52 mitigated']);
    // Not the responders' own doings, an alert's routing, an email, a rota or a liquidity pool.
    for (const row of ['At first we got locked out of the bastion ourselves during the prep', 'We first failed the jobs over to the standby as a drill', 'The batch job began returning PAYMENT_ACCEPTED for all queued items', 'Ops got the alert routing fixed so pages reach the secondary', 'Customers received an automated alert email about tonight\'s maintenance', 'Alice removed from the on-call rotation; Bob takes over', 'A further $2M drained from the USDC liquidity pool']) {
      const { milestones } = read(timeline([`09:40 | ${row}`, '10:04 | Impact begins', '10:06 | Alert fires, pages Priya', '10:20 | Rollback complete.']));
      assert.deepEqual(milestones, ['10:04 started', '10:06 detected', '10:20 mitigated'], row);
    }
  });

  it('reads "First wave mitigated" as the mitigation, and no resolution before the failure returns ("Errors climb again (second wave)")', () => {
    const { milestones } = read(timeline(['21:14 | First lock error. Impact begins.', '21:21 | Monitor fires; on-call paged', '22:48 | Publish error rate below 2%. First wave mitigated.', '23:55 | Race called. Errors climb again (second wave).', '00:22 | Error rate back to baseline. Second wave mitigated.', '02:15 | Incident resolved and closed.']));
    assert.deepEqual(milestones.filter((m) => /mitigated|resolved/.test(m)), ['22:48 mitigated', '00:22 resolved']);
    // A return feared is none: "in case errors climb again".
    const feared = read(timeline(['21:14 | Impact begins', '21:21 | Monitor fires; on-call paged', '22:00 | Rollback complete.', '22:10 | Error rates back to normal.', '22:40 | Keeping the bridge open another hour in case errors climb again.']));
    assert.deepEqual(feared.milestones.filter((m) => /resolved/.test(m)), ['22:10 resolved']);
  });

  it('reads the start the author names ("We treat this as the start of the event") over the change before it, and "confirms the cause" as the cause found', () => {
    const { milestones } = read(timeline(['22:00 | Vendor begins release 8.4.2 (CHG-55817)', '23:35 | Legality queue depth starts climbing. We treat this as the start of the event.', '23:50 | CS night lead calls the Duty Manager', '23:55 | Vendor engineering confirms the cause: the view lost its index']));
    assert.deepEqual(milestones.filter((m) => /started|identified/.test(m)), ['23:35 started', '23:55 identified']);
  });

  it('reads the detection and the end the author names ("This is effectively our detection", "End of the event."), and no end from a fix tried on test accounts', () => {
    const first = read(timeline(['14:24 | Change merged; answers break for some resolvers', '14:50 | A user posts about failures in chat', '15:02 | @tk opens this issue. This is effectively our detection.', '15:44 | Fix applied', '16:45 | Traffic back near normal. End of the event.']));
    assert.deepEqual(first.milestones.filter((m) => /detected|resolved/.test(m)), ['15:02 detected', '16:45 resolved']);
    const ended = read(timeline(['08:12 | First bounce', '09:40 | Students call the desk', '15:20 | Cause found: the sync rule drops aliases', '17:30 | Corrected sync rule tested against 50 test accounts. All good.', '19:30 | Sync complete. Bouncing stopped at this point.']));
    assert.deepEqual(ended.milestones.filter((m) => m.endsWith('resolved')), ['19:30 resolved']);
    // Tried with real accounts, the fix is service back.
    assert.deepEqual(read(timeline(['08:12 | Outage began: uploads fail', '17:30 | Staff tested the upload with several real accounts; working normally again'])).milestones, ['08:12 started', '17:30 resolved']);
  });

  it('reads no end from those words in passing ("until the end of the incident", "stood down the bridge; declines continue", "restored for all customers only after ...")', () => {
    const ended = (row: string) => read(timeline(['09:00 | Outage began: card declines', '09:40 | Rollback complete', `10:05 | ${row}`, '10:30 | All card schemes recovered. Resolved.'])).milestones.filter((m) => m.endsWith('resolved'));
    for (const row of ['Sam takes the incident commander role until the end of the incident', 'Stood down the incident bridge; Amex declines continue', 'Major incident stood down to P3', 'Other regions working normally; EU declines continue.', 'Service restored for all customers only after the cache flush', 'Fix verified on test accounts, then rolled out to all tenants. Sync restored.', 'Loss of service ends for Visa; Mastercard still failing.']) {
      assert.deepEqual(ended(row), ['10:30 resolved'], row);
    }
    // Nor a detection or a start from words about something else.
    const { milestones } = read(timeline(['08:40 | Rebuild job stopped. We treat this as the start of the maintenance window, not of the incident.', '09:00 | Outage began', '09:12 | No alarm fired, but PagerDuty paged the on-call', '09:18 | Page acknowledged by the system administrator on call', '09:40 | This is the detection threshold we later lowered.']));
    assert.deepEqual(milestones, ['09:00 started', '09:12 detected', '09:18 acknowledged']);
  });

  it('ends the incident\'s whole length at its last entry, not at one the author says is unrelated', () => {
    const { model } = read(timeline(['14:24 | Outage began', '15:44 | Fix applied', '16:45 | Resolved', '23:12 | Unrelated TLS issue reported, not part of this incident.']));
    assert.equal(model.durations.totalMinutes, 141);
  });

  it('reads no resolution from a return for some ("restored for ED only", "restored at 9 of 14 sites"), and the British stand-down as one', () => {
    const ended = (rows: string[]) => read(timeline(['10:00 | EHR unavailable across all areas', ...rows])).milestones.filter((m) => m.endsWith('resolved'));
    assert.deepEqual(ended(['11:16 | EHR restored for ED only, to allow clinical verification', '11:34 | ED confirms EHR working normally; downtime formally stood down']), ['11:34 resolved']);
    assert.deepEqual(ended(['11:45 | Telemetry restored at 9 of 14 sites', '13:52 | Telemetry restored at the final site; all RTUs reporting']), ['13:52 resolved']);
    assert.deepEqual(ended(['11:45 | Telemetry restored at 14 of 14 sites']), ['11:45 resolved']);
    assert.deepEqual(ended(['11:45 | The duty manager stands down the major incident']), ['11:45 resolved']);
  });

  it('reads the milestones Portuguese, Spanish and German timelines name ("Início do impacto", "Causa identificada", "Ursache geklärt", "Fim do impacto")', () => {
    const portuguese = read(timeline(['10:12 | Início do impacto: taxa de erro sobe para 22%', '10:19 | Alerta pix-out-error-rate dispara no Opsgenie', '10:23 | On-call reconhece o alerta', '11:15 | Causa identificada: pool de conexões saturado', '11:34 | Rollback concluído; taxa de erro cai para 3%', '11:59 | Taxa de erro normal. Fim do impacto']));
    assert.deepEqual(portuguese.milestones, ['10:12 started', '10:19 detected', '10:23 acknowledged', '11:15 identified', '11:34 mitigated', '11:59 resolved']);
    assert.equal(portuguese.model.durations.impactMinutes, 107);
    // "impacto encerrado" (the impact closed) ends it; "resolvendo o incidente" declares the resolution.
    const chat = read(timeline(['14:12 | Início do impacto: aprovação cai', '14:19 | Alerta dispara', '15:14 | approval 96%, p99 390ms. impacto encerrado, seguimos monitorando', '16:45 | tudo estável há 1h30. resolvendo o incidente e fechando a war room.']));
    assert.deepEqual(chat.milestones.slice(2), ['15:14 resolved']);
    assert.equal(chat.model.durations.impactMinutes, 62);
    // Still at work on it: no resolution.
    assert.deepEqual(read(timeline(['14:05 | Início do impacto', '14:10 | Plantão acionado, trabalhando resolvendo o incidente', '15:10 | Rollback concluído'])).milestones.slice(1), ['15:10 mitigated']);
    const german = read(timeline(['14:05 | Archiv-Volume voll, Schreiben stoppt. Beginn der Störung.', '15:10 | Ursache geklärt: Volume zu 100 % belegt', '16:05 | Archiv schreibt wieder, Störung behoben']));
    assert.deepEqual(german.milestones, ['14:05 started', '15:10 identified', '16:05 resolved']);
    // Said not to have happened yet, it is no milestone.
    assert.deepEqual(read(timeline(['14:05 | Beginn der Störung', '15:10 | Störung noch nicht behoben', '16:05 | Ursache geklärt'])).milestones, ['14:05 started', '16:05 identified']);
    // The impact named as a compound ("Beginn Kundenimpact", "Ende Kundenimpact"), and a pager's alert hyphenated.
    const compound = read(timeline(['02:22 | pgbouncer-Pool erschöpft – **Beginn Kundenimpact**', '02:31 | Alarm: ResAPI-5xx-Rate > 5%', '02:38 | Alert quittiert', '04:26 | Fehlerraten wieder normal – Ende Kundenimpact']));
    assert.deepEqual(compound.milestones, ['02:22 started', '02:31 detected', '02:38 acknowledged', '04:26 resolved']);
    // Not an English "cold start impact", nor a drill's start ("Start des Ausfall-Tests").
    for (const row of ['09:40 | Load test in staging: cold start impact measured at +300 ms', '09:40 | Start impact analysis with the finance team', '09:40 | Start des Ausfall-Tests im Staging (geplant)'])
      assert.deepEqual(read(timeline([row, '10:30 | Errors started: orders timing out'])).milestones, ['10:30 started'], row);
  });

  it('reads a Milestone column\'s other names for milestones, and the marked entry as that milestone only', () => {
    const rows = [
      ['21:30', 'CDN config change deployed', ''],
      ['21:34', 'First account page served from cache to another session', 'Impact start'],
      ['22:51', 'Customer reports seeing another name', 'Detection'],
      ['23:20', 'Config change confirmed as the cause', 'Root cause identified'],
      ['23:26', 'Change reverted', 'Mitigation'],
      ['23:41', 'Purge complete everywhere', 'Service restored'],
    ];
    const text = ['# Outage', '', '## Timeline', '', '| Time (UTC) | Event | Milestone |', '|---|---|---|', ...rows.map((r) => `| 2026-09-14 ${r[0]} | ${r[1]} | ${r[2]} |`), ''].join('\n');
    assert.deepEqual(read(text).model.timeline.map((e) => [e.milestone ?? null, ...e.alsoMilestones]), [[null], ['started'], ['detected'], ['identified'], ['mitigated'], ['resolved']]);
  });

  it('reads an event labelled with its milestone ("Mitigation: ..."), not one labelled with something else ("Impact: ...")', () => {
    const text = '# Outage\n\n## Timeline (UTC)\n\n- 2026-03-18 23:40 Customer starts a bulk merge\n- 2026-03-18 23:58 Alert fires and pages on-call\n- 2026-03-19 00:31 Mitigation: jobs moved to their own queue\n- 2026-03-19 00:40 Impact: notifications delayed by an hour\n';
    assert.deepEqual(read(text).milestones, ['2026-03-18 23:58 detected', '2026-03-19 00:31 mitigated']);
    for (const labelled of ['Phased release paused in App Store Connect. Mitigation: no further automatic updates to 7.14.0.', 'Kevin halts the rollout in Play Console (mitigation).']) {
      assert.deepEqual(read(timeline(['08:02 | Crash rate alert fires', `08:45 | ${labelled}`, '10:30 | Root cause identified'])).milestones, ['08:02 detected', '08:45 mitigated', '10:30 identified'], labelled);
    }
    assert.deepEqual(read(timeline(['08:02 | Crash rate alert fires', '08:45 | Dashboards checked. Mitigation: none yet.'])).milestones, ['08:02 detected']);
  });

  it('reads the labels Japanese and Korean teams open a line with ("原因特定:", "暫定対応:", "장애 종료 —") and "Impact end" closing an entry', () => {
    assert.deepEqual(read(timeline(['22:58 | Monitor on 5xx rate fired, on-call paged', '01:10 | 原因特定: cluster C still presents the expired certificate', '01:30 | 暫定対応: cluster C removed from the pool', '02:05 | Cluster C back in the pool, error rate normal. **Impact end**'])).milestones, ['22:58 detected', '01:10 identified', '01:30 mitigated', '02:05 resolved']);
    // "← 暫定復旧" (provisional recovery) marks the mitigation; "完全復旧" (full recovery) the end.
    assert.deepEqual(read(timeline(['20:03 | Auth API starts to time out. ← 障害発生', '22:30 | Maintenance end. Login reopened. ← 暫定復旧', '00:20 | Metrics stable. ← 完全復旧'])).milestones, ['20:03 started', '22:30 mitigated', '00:20 resolved']);
    assert.deepEqual(read(timeline(['20:03 | Auth API starts to time out. ← 障害発生', '21:00 | 暫定復旧を試みるも失敗、エラー継続', '22:30 | Maintenance end. Login reopened. ← 暫定復旧'])).milestones, ['20:03 started', '22:30 mitigated']);
    assert.deepEqual(read(timeline(['18:41 | 장애 시작 — login failures on auth-db', '18:50 | 원인 파악: DNS cache kept the old primary', '19:40 | 장애 종료 — logins succeed'])).milestones, ['18:41 started', '18:50 identified', '19:40 resolved']);
  });

  it('reads a mitigation said plainly before the root cause was found, a completed rollback too, unless the next entry says it did nothing', () => {
    const rows = ['10:04 | Login error rate passes 50%. Outage begins', '10:06 | Alert pages on-call', '10:40 | Waiting room enabled; login errors stop. Outage mitigated.', '11:55 | Root cause identified: index missing', '13:30 | Queue empty; logins normal. Resolved.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['10:04 started', '10:06 detected', '10:40 mitigated', '11:55 identified', '13:30 resolved']);
    const rollback = rows.map((row) => row.replace('Waiting room enabled; login errors stop. Outage mitigated.', 'Immediate rollback initiated and completed'));
    assert.deepEqual(read(timeline(rollback)).milestones, ['10:04 started', '10:06 detected', '10:40 mitigated', '11:55 identified', '13:30 resolved']);
    const futile = [...rollback.slice(0, 3), '10:41 | Error rates remain elevated despite rollback', ...rollback.slice(3)];
    assert.deepEqual(read(timeline(futile)).milestones, ['10:04 started', '10:06 detected', '11:55 identified', '13:30 resolved']);
  });

  it('reads the same words again under another marker: marked, they are the milestone marked', () => {
    // The marker in a Milestone column: the event's words are the same with and without it.
    const marked = (marker: string) =>
      ['# Outage', '', '## Timeline', '', '| Time (UTC) | Event | Milestone |', '|---|---|---|', '| 2024-03-03 10:00 | Errors began on checkout | |', `| 2024-03-03 10:10 | Looked at the dashboards | ${marker} |`, '| 2024-03-03 10:40 | OUTAGE ENDS | |', ''].join('\n');
    // Read unmarked first, then marked, then unmarked again (each entry's reading is memoised by its words).
    assert.deepEqual(read(marked('')).milestones, ['2024-03-03 10:00 started', '2024-03-03 10:40 resolved']);
    assert.deepEqual(read(marked('Detected')).milestones, ['2024-03-03 10:00 started', '2024-03-03 10:10 detected', '2024-03-03 10:40 resolved']);
    assert.deepEqual(read(marked('')).milestones, ['2024-03-03 10:00 started', '2024-03-03 10:40 resolved']);
  });

  it('reads impact markers in capitals (IMPACT START / IMPACT STOP), alerts that fire, and a revert deployed', () => {
    const { model, milestones } = read(
      timeline([
        '2024-02-06 07:58 | Configuration change deployed to the resolver fleet',
        '2024-02-06 08:05 | IMPACT START. Resolution failures begin in 3 data centres',
        '2024-02-06 08:11 | Alerts fire for SERVFAIL rate',
        '2024-02-06 08:41 | Revert deployed',
        '2024-02-06 08:47 | IMPACT STOP. Resolution rates back to normal',
        '2024-02-06 09:30 | Incident closed',
      ]),
    );
    assert.deepEqual(milestones, ['2024-02-06 08:05 started', '2024-02-06 08:11 detected', '2024-02-06 08:41 mitigated', '2024-02-06 08:47 resolved']);
    assert.equal(model.durations.impactMinutes, 42);
  });

  it('reads an entry opening with the first failures as the start ("First login failures")', () => {
    const { milestones } = read(timeline(['2024-08-21 21:13 | Identity provider rotates its signing certificate', '2024-08-21 21:14 | First login failures ("invalid signature")', '2024-08-21 21:18 | Synthetic check fails; on-call paged']));
    assert.deepEqual(milestones, ['2024-08-21 21:14 started', '2024-08-21 21:18 detected']);
  });

  it("reads a monitoring tool's alert written as a label (\"PagerDuty alert: ...\") and a queue that starts climbing", () => {
    const { milestones } = read(
      timeline(['2024-11-04 23:50 | Redis upgrade starts (maintenance window)', '2024-11-04 23:58 | Queue depth starts climbing', '2024-11-05 00:07 | PagerDuty alert: queue depth > 10k', '2024-11-05 00:10 | @jordan acks']),
    );
    assert.deepEqual(milestones, ['2024-11-04 23:58 started', '2024-11-05 00:07 detected', '2024-11-05 00:10 acknowledged']);
  });

  it('ends impact where service came back at the mitigation, not at a resolution declared hours later', () => {
    const { model } = read(
      timeline(['2024-03-03 22:10 | Apdex drops and 500 errors rise', '2024-03-03 22:14 | SLO alert pages the EOC', '2024-03-04 00:25 | Error rates back to baseline. Incident mitigated.', '2024-03-04 02:00 | Incident resolved after monitoring']),
    );
    assert.deepEqual(
      model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join('+')),
      ['started', 'detected', 'mitigated+resolved', ''],
    );
    assert.equal(model.durations.impactMinutes, 135);
  });

  it('reads the domain\'s words in their other forms: an alert posted, a failure replicated or isolated, a revert to the previous version', () => {
    const { milestones } = read(
      timeline([
        '2024-03-03 10:00 | Errors began on checkout',
        '2024-03-03 10:05 | Sentry posts an alert to Slack about the error rate',
        '2024-03-03 10:20 | Problems isolated to the us-east-2 region',
        '2024-03-03 10:40 | Team deploys code to revert to the previous behavior',
      ]),
    );
    assert.deepEqual(milestones, ['2024-03-03 10:00 started', '2024-03-03 10:05 detected', '2024-03-03 10:20 triaged', '2024-03-03 10:40 mitigated']);
    assert.deepEqual(read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-03 10:30 | Test case replicating the failure created'])).milestones, ['2024-03-03 10:00 detected', '2024-03-03 10:30 triaged']);
  });

  it('reads a rollback said to be deployed or done, a few words after it, as the mitigation, and not one not completed', () => {
    const mitigation = (words: string) => read(timeline(['2024-03-03 10:00 | Errors began', `2024-03-03 10:10 | ${words}`])).model.timeline[1].milestone;
    assert.equal(mitigation('Rollback to v16.7 deployed'), 'mitigated');
    assert.equal(mitigation('Rollback of the config change done'), 'mitigated');
    assert.equal(mitigation('Rollback was not completed'), undefined);
  });

  it('reads errors that "begin" or "start", in the plural, as the start, not the change deployed before them', () => {
    for (const words of ['Login errors begin', 'Checkout failures start', 'Timeouts begin', 'Search starts returning empty results', 'Pending job queue starts growing']) {
      const { milestones } = read(timeline(['2024-05-14 09:05 | Session store client v2 deployed', `2024-05-14 09:10 | ${words}`, '2024-05-14 09:14 | Login-error alert fires']));
      assert.deepEqual(milestones, ['2024-05-14 09:10 started', '2024-05-14 09:14 detected'], words);
    }
  });

  it('reads an error rate that begins to rise as the start, not the change deployed before it', () => {
    const { milestones } = read(timeline(['2024-03-03 08:55 | Config change deployed lowering the pool size', '2024-03-03 09:12 | Error rate begins to rise', '2024-03-03 09:17 | Error-rate alert fires, on-call paged', '2024-03-03 09:20 | Latency started climbing']));
    assert.deepEqual(milestones, ['2024-03-03 09:12 started', '2024-03-03 09:17 detected']);
  });

  it('reads a person joining as a response, not a table joining another', () => {
    const rows = ['2026-01-29 10:30 | Finance notices the gap, posts in #data-help', '2026-01-29 11:50 | Dana joins the call', '2026-01-30 09:45 | Root cause found: fct_refunds joins stg_fx_rates on (currency, date)'];
    assert.deepEqual(read(timeline(rows)).milestones, ['2026-01-29 10:30 detected', '2026-01-29 11:50 acknowledged', '2026-01-30 09:45 identified']);
    assert.deepEqual(read(timeline([rows[0], rows[2]])).milestones, ['2026-01-29 10:30 detected', '2026-01-30 09:45 identified']);
  });

  it('reads wording as a claim: negated or hedged wording names no milestone', () => {
    const { milestones } = read(timeline(['2024-03-03 10:00 | The new nodes never joined the cluster', '2024-03-03 10:05 | Prices had almost recovered', '2024-03-03 10:10 | Pods could be restarted by hand', '2024-03-03 10:20 | The node has recovered, but volumes will not mount']));
    assert.deepEqual(milestones, []);
  });

  it('assigns milestones as one consistent whole: an explicit marker later beats a weak guess earlier', () => {
    const { milestones } = read(
      timeline(['2024-03-03 10:00 | Errors began on checkout', '2024-03-03 10:04 | Alert fired for checkout errors', '2024-03-03 10:20 | Traffic restored on one region', '2024-03-03 10:30 | Rolled back the release', '2024-03-03 10:41 | OUTAGE ENDS']),
    );
    assert.deepEqual(milestones, ['2024-03-03 10:00 started', '2024-03-03 10:04 detected', '2024-03-03 10:30 mitigated', '2024-03-03 10:41 resolved']);
  });

  it('keeps a resolution declared with service back ("queue back to normal ... Resolved.") where it is, after jobs ran again at the mitigation', () => {
    const rows = ['2024-01-22 07:45 | Runner pool expires; no runners register', '2024-01-22 08:50 | Lena notices queued checks', '2024-01-22 10:15 | Autoscaler restarted; jobs start running again. Mitigated.', '2024-01-22 12:30 | Queue back to normal. Pool cap back to 24. Resolved.'];
    assert.deepEqual(read(timeline(rows)).milestones.slice(-2), ['2024-01-22 10:15 mitigated', '2024-01-22 12:30 resolved']);
    // A declaration that says nothing of service, hours after it came back, is not the end of impact.
    const declared = [...rows.slice(0, 3), '2024-01-22 12:30 | Incident resolved.'];
    assert.deepEqual(read(timeline(declared)).model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join()).slice(-2), ['mitigated,resolved', '']);
  });

  it('keeps a resolution the author writes in capitals ("INCIDENT ENDS") where it is, hours after service came back', () => {
    const rows = ['2025-11-14 14:06 | OUTAGE BEGINS — first timeouts', '2025-11-14 14:19 | Alert fires, pages Dmitri', '2025-11-14 15:09 | OUTAGE MITIGATED — auth success rate back to 98.7%', '2025-11-14 18:15 | INCIDENT ENDS — 100% back on PayLoom'];
    const { model } = read(timeline(rows));
    assert.deepEqual(model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join()), ['started', 'detected', 'mitigated', 'resolved']);
    assert.equal(model.durations.resolveMinutes, 249);
  });

  it('resolves nothing before the failure recurs: service back, then "fails again", is not the end', () => {
    const resolvedAt = (rows: string[]) => read(timeline(rows)).model.timeline.filter((e) => e.milestone === 'resolved' || e.alsoMilestones.includes('resolved')).map((e) => e.timeText);
    const rows = ['2024-03-03 10:00 | Upgrade executed; the node crashes', '2024-03-03 10:20 | Node restarted; block production resumes', '2024-03-03 10:40 | Upgrade re-attempted; the node fails again', '2024-03-03 10:55 | Full reboot performed; the node stabilises'];
    assert.deepEqual(resolvedAt(rows), ['2024-03-03 10:55']);
    // Said not to happen again, it is no recurrence: the first return of service resolves.
    assert.deepEqual(resolvedAt([...rows.slice(0, 2), '2024-03-03 10:40 | Checked that the node never fails again after a restart', rows[3]]), ['2024-03-03 10:20']);
  });

  it('reads a change that went out as mitigation, and service working again as its return', () => {
    const { milestones } = read(timeline(['2024-03-03 10:00 | Outage began', '2024-03-03 10:20 | Manual configuration changes deployed', '2024-03-03 10:30 | API services back in sync and online']));
    assert.deepEqual(milestones, ['2024-03-03 10:00 started', '2024-03-03 10:20 mitigated', '2024-03-03 10:30 resolved']);
  });

  it('reads service coming back in part and a repair as the mitigation, and not a PR proposing a revert', () => {
    const mitigation = (words: string) => read(timeline(['2024-03-03 10:00 | Errors began', `2024-03-03 10:10 | ${words}`])).model.timeline[1].milestone;
    for (const words of ['Site begins to recover', 'Checkout partially restored', 'We are no longer bottlenecked on ingress', 'Repaired the broken route table']) {
      assert.equal(mitigation(words), 'mitigated', words);
    }
    assert.equal(mitigation('Opened a PR that reverted the change'), undefined);
    assert.equal(mitigation('Reverted the change'), 'mitigated');
    // A reroute completed is the workaround in place, as a carrier's chronology says it.
    assert.equal(mitigation('Reroute complete. Test calls successful.'), 'mitigated');
    assert.equal(mitigation('Decision to reroute 911 via the legacy trunks'), undefined);
  });

  it('reads the common wording of each milestone, and not its look-alikes', () => {
    const { milestones } = read(
      timeline([
        '2024-03-03 10:00 | Site repo pages configuration modified',
        '2024-03-03 10:01 | Error rates spiked on checkout',
        '2024-03-03 10:05 | Incoming report that users cannot log in',
        '2024-03-03 10:06 | No loss of service has been detected on the EU region',
        '2024-03-03 10:10 | Initial triage begins',
        '2024-03-03 10:20 | Investigation revealed a full disk',
        '2024-03-03 10:25 | Node limit increased to 40',
        '2024-03-03 10:40 | Write traffic stabilised',
      ]),
    );
    assert.deepEqual(milestones, ['2024-03-03 10:01 started', '2024-03-03 10:05 detected', '2024-03-03 10:10 acknowledged', '2024-03-03 10:20 identified', '2024-03-03 10:25 mitigated', '2024-03-03 10:40 resolved']);
  });

  it('reads a window of impact said to begin, a monitoring tool\'s alert triggered, failures said to start in other verbs', () => {
    const starts = (event: string) => read(timeline([`2024-03-03 10:00 | ${event}`, '2024-03-03 10:05 | On-call acknowledges', '2024-03-03 10:30 | Resolved'])).milestones.includes('2024-03-03 10:00 started');
    assert.equal(starts('EU 5xx ratio rises above 5%; EU window begins.'), true);
    assert.equal(starts('Window 2 starts: writes fail again'), true);
    assert.equal(starts('Sidecars start rejecting peers with expired certificates'), true);
    assert.equal(starts('Attachments start disappearing'), true);
    assert.equal(starts('The maintenance window begins'), false);
    const detected = (event: string) => read(timeline(['2024-03-03 10:00 | Errors began', `2024-03-03 10:04 | ${event}`])).milestones.includes('2024-03-03 10:04 detected');
    assert.equal(detected('PagerDuty FraudDeclineRateHigh triggered: decline rate 11.8%'), true);
  });

  it('reads the first failure in plain words as the start: circuits go down, an attack starts, a queue backs up, a process segfaults', () => {
    const startOf = (event: string) => read(timeline([`2024-03-03 10:00 | ${event}`, '2024-03-03 10:05 | Alert fired', '2024-03-03 10:40 | Resolved'])).milestones[0];
    assert.equal(startOf('Loss of light on the west path. 212 circuits go down at the same moment.'), '2024-03-03 10:00 started');
    assert.equal(startOf('The attack started; inbound utilisation climbs to line rate'), '2024-03-03 10:00 started');
    assert.equal(startOf('Interface queue for LIS-ORU starts backing up'), '2024-03-03 10:00 started');
    assert.equal(startOf('APAC edges pick up the new config. Miss-path 5xx starts creeping up'), '2024-03-03 10:00 started');
    assert.equal(startOf('First `ORA-00257: archiver error` recorded in the alert log'), '2024-03-03 10:00 started');
    assert.equal(startOf('eu-west-3 server process segfaults in `PhysicsWorld::StepIslands`'), '2024-03-03 10:00 started');
    // What users do stopping is the start; what fails stopping is the return of service.
    assert.equal(startOf('Ranked match creation drops to zero. Queue keeps filling.'), '2024-03-03 10:00 started');
    const end = (event: string) => read(timeline(['2024-03-03 10:00 | Errors began', '2024-03-03 10:05 | Alert fired', `2024-03-03 10:40 | ${event}`])).milestones[2] ?? '';
    assert.equal(end('Match creation drops to zero'), '');
    assert.equal(end('Error rate drops to zero'), '2024-03-03 10:40 mitigated');
    assert.equal(startOf('Error counts went down after the cache warmed'), '2024-03-03 10:05 detected');
    assert.equal(startOf('The DS began refusing our handshakes'), '2024-03-03 10:00 started');
    // "the renewed certificate": a thing, not a renewal done.
    assert.equal(end('Vault shows the renewed certificate was stored but never deployed'), '');
    assert.equal(end('Certificate renewed and deployed'), '2024-03-03 10:40 mitigated');
    // The status page's word, posted: no cause found then.
    const identified = (event: string) => read(timeline(['2024-03-03 10:00 | Errors began', '2024-03-03 10:05 | Alert fired', `2024-03-03 10:20 | ${event}`])).milestones.includes('2024-03-03 10:20 identified');
    assert.equal(identified('Identified posted.'), false);
    assert.equal(identified('The Identified post went out'), false);
    assert.equal(identified('Cause identified: the flag rule was deleted'), true);
    // A CDN's cache purged is a mitigation; the reports stopping, the return of service.
    assert.equal(end('CDN cache purged for `get.tern.sh/latest/*`'), '2024-03-03 10:40 mitigated');
    assert.equal(end('Purged the CDN; installs verify again'), '2024-03-03 10:40 mitigated');
    assert.equal(end('0.9.1 wheels uploaded. Reports stop.'), '2024-03-03 10:40 resolved');
    assert.equal(startOf('Hosts log "All Paths Down". VMs on these datastores freeze'), '2024-03-03 10:00 started');
  });

  it('reads a call to the on-call hotline and users saying it is broken as the detection, and taking the ticket as the response', () => {
    const at = (rows: string[]) => read(timeline(rows)).milestones;
    assert.deepEqual(at(['2024-03-03 06:41 | The first rejection appears in the relay01 protocol log', '2024-03-03 09:10 | Assistant of the CFO calls the on-call hotline: no external mail', '2024-03-03 10:05 | K. Zielińska took the ticket']), ['2024-03-03 06:41 started', '2024-03-03 09:10 detected', '2024-03-03 10:05 acknowledged']);
    assert.deepEqual(at(['2024-03-03 00:10 | Exchange Online starts deferring messages', '2024-03-03 07:45 | Michelle texted: "patients saying their emails to us are bouncing back??"', '2024-03-03 08:20 | Incident assigned to Backup, L. Verhoeven takes it.']), ['2024-03-03 00:10 started', '2024-03-03 07:45 detected', '2024-03-03 08:20 acknowledged']);
    // A vendor's hotline called is no detection of ours.
    assert.deepEqual(at(['2024-03-03 00:35 | Lauren calls Meridian hotline, case MCS-4471902 opened']), []);
  });

  it('takes no return of service from an entry that says what is still broken ("back online; ... paths still dead")', () => {
    const rows = [
      '2024-03-03 09:48 | VMs freeze',
      '2024-03-03 10:01 | First calls at the Service Desk',
      '2024-03-03 10:20 | Node 1 has rebooted and is back online; array reports giveback pending. Paths on the six hosts still dead',
      '2024-03-03 12:20 | Key users confirm ERP usable',
      '2024-03-03 15:30 | Incident set to Resolved',
    ];
    assert.deepEqual(read(timeline(rows)).milestones, ['2024-03-03 09:48 started', '2024-03-03 10:01 detected', '2024-03-03 15:30 resolved']);
  });

  it('reads an alert that went where no one looked as no detection and the author\'s "this is when we actually found out" as the detection', () => {
    const rows = (events: string[]) => read(timeline(events.map((event, i) => `2024-10-26 22:${String(i * 10).padStart(2, '0')} | ${event}`))).milestones;
    // Sent where no one looked: not how the team learnt of it.
    for (const unseen of ['SCOM "log file full" alert -> servicedesk@ mailbox. Not paged. Sat there till Monday.', 'An automatic alert was sent, but to a mailbox that is not looked at overnight.', 'Zabbix: "Free disk space is less than 10% on rad01:/var" (Warning). Only email, nobody saw it.'])
      assert.deepEqual(rows(['Errors began', unseen, 'Craig looks at the dashboards']), ['2024-10-26 22:00 started'], unseen);
    assert.deepEqual(rows(['Errors began', 'Zabbix High: "eduroam auth success rate < 85% (5 min)" -> Telegram + SMS to guardia']), ['2024-10-26 22:00 started', '2024-10-26 22:10 detected']);
    // A pager's line with the alert's name: the page; not its maintenance note, nor its recovery.
    assert.deepEqual(rows(['Errors began', 'PagerDuty: "notif-fanout CrashLoopBackOff" -> @kfitz. Low urgency, push only', 'kfitz acks']).slice(0, 2), ['2024-10-26 22:00 started', '2024-10-26 22:10 detected']);
    assert.ok(!rows(['Errors began', 'Opsgenie: "resolved: api latency"', 'Craig looks at the dashboards']).includes('2024-10-26 22:10 detected'));
    assert.deepEqual(rows(['Errors began', 'PD: [Triggered] #88213 SurgeQuoteFallbackRateHigh (fallback > 20% for 5m)']), ['2024-10-26 22:00 started', '2024-10-26 22:10 detected']);
    // The author marking the moment from which it fails: the start, before the side effect seen later.
    assert.deepEqual(rows(['The publish job re-signs the metadata with the new key. **From here every `apt update` against our repo fails.**', 'demo.example.io starts returning 502', 'First user report: issue #4420']).slice(0, 1), ['2024-10-26 22:00 started']);
    assert.deepEqual(rows(['Errors began', 'HS cannot issue platelets, tell Fiona. << this is when we actually found out']).at(-1), '2024-10-26 22:10 detected');
    assert.deepEqual(rows(['Errors began', 'The first we knew of it was when HS called']).at(-1), '2024-10-26 22:10 detected');
    // A page to one person is a detection though another was not paged; a tool's maintenance note is none.
    assert.deepEqual(rows(['Errors began', 'Alert `ReplicaLagHigh` fires and pages Olu (primary on-call); the secondary was not paged.']).at(-1), '2024-10-26 22:10 detected');
    assert.deepEqual(rows(['Zabbix High: "Maintenance period \'DB patch\' started for host db-01"', 'Errors began']), ['2024-10-26 22:10 started']);
    assert.deepEqual(rows(['Errors began', 'Zabbix High: "eduroam auth success rate < 85%" -> e-mail to noc@ (the on-call was not paged)']), ['2024-10-26 22:00 started']);
    // Seen afterwards, in the logs: no detection then.
    assert.deepEqual(rows(['rad01 /var 100%. Start of impact (we saw it after, in the logs).', 'Zabbix High: "auth success rate < 85%" -> SMS to on-call']), ['2024-10-26 22:00 started', '2024-10-26 22:10 detected']);
  });
  it('reads a failover said complete with words between ("The failover to the standby pool has completed"), not one said not done', () => {
    const mitigation = (event: string) => read(timeline(['2024-03-03 10:00 | Errors began', '2024-03-03 10:05 | Alert fired', `2024-03-03 10:30 | ${event}`])).milestones.filter((m) => m.endsWith('mitigated'));
    assert.deepEqual(mitigation('The failover to the standby relay pool has completed'), ['2024-03-03 10:30 mitigated']);
    assert.deepEqual(mitigation('Failover to eu-central-1 done'), ['2024-03-03 10:30 mitigated']);
    assert.deepEqual(mitigation('Failover to the standby pool not completed yet'), []);
  });

  it('reads plain words: throughput that drops, p99 that climbs, traffic drained away, a job suspended, a metric back to a number, 502s that stop', () => {
    const read3 = (event: string) => read(timeline(['2024-03-03 10:00 | Errors began', '2024-03-03 10:05 | Alert fired', `2024-03-03 10:40 | ${event}`])).milestones[2] ?? '';
    const startOf = (event: string) => read(timeline([`2024-03-03 10:00 | ${event}`, '2024-03-03 10:05 | Alert fired'])).milestones[0];
    assert.equal(startOf('Consumer throughput drops to ~140 msg/s'), '2024-03-03 10:00 started');
    assert.equal(startOf('accounts-api p99 starts climbing'), '2024-03-03 10:00 started');
    assert.equal(read3('Job suspended'), '2024-03-03 10:40 mitigated');
    assert.equal(read3('We killed the finance export query'), '2024-03-03 10:40 mitigated');
    assert.equal(read3('IOPS back to ~3k'), '2024-03-03 10:40 resolved');
    assert.equal(read3('p99 back under 400ms'), '2024-03-03 10:40 resolved');
    assert.equal(startOf('502 rate in us-east-1 rises from 0.01% to ~18%'), '2024-03-03 10:00 started');
    assert.equal(read3('Traffic drained to us-west-2 via weighted DNS'), '2024-03-03 10:40 mitigated');
    assert.equal(read3('502s stop within 2 minutes'), '2024-03-03 10:40 resolved');
    assert.equal(read3('Revert PR #2297 merged, config pipeline applies it'), '2024-03-03 10:40 mitigated');
    assert.equal(read3('Found it: PR #2291 typed 720 instead of 72'), '2024-03-03 10:40 identified');
    const detection = (event: string) => read(timeline(['2024-03-03 10:00 | Errors began', `2024-03-03 10:05 | ${event}`])).milestones[1] ?? '';
    const bulleted = read('# Outage\n\n## Timeline (UTC)\n\n- 10:00 Errors began\n- 10:05 `KafkaBrokerDiskHigh` (>85%) fires for brokers 2, 4 and 5\n');
    assert.deepEqual(bulleted.milestones, ['10:00 started', '10:05 detected']);
    assert.equal(detection('Alert pages Streaming on-call'), '2024-03-03 10:05 detected');
    assert.equal(detection('Payment run ends with 214 files rejected. Run-completion check alerts the payments on-call'), '2024-03-03 10:05 detected');
    assert.equal(startOf("First submission rejected by Nordbank's gateway"), '2024-03-03 10:00 started');
    assert.equal(startOf('Release workflow runs; the token is written to the public log. Exposure begins.'), '2024-03-03 10:00 started');
    assert.equal(detection('#2210 opened: "ModuleNotFoundError"'), '2024-03-03 10:05 detected');
    assert.equal(detection('Issue #1502 opened by a user in Melbourne'), '2024-03-03 10:05 detected');
    assert.equal(detection('Report from a security researcher to security@'), '2024-03-03 10:05 detected');
    assert.equal(detection('PR #2291 opened to raise retention'), '');
    // A page to a person, not a status page's notice.
    assert.equal(detection('Page: DB latency high'), '2024-03-03 10:05 detected');
    assert.equal(detection('Maintenance window opens. Status page: "Scheduled maintenance"'), '');
    assert.equal(read3('4.2.0 yanked on PyPI'), '2024-03-03 10:40 mitigated');
    assert.equal(detection('Egress anomaly detector fires for principal ci-deploy'), '2024-03-03 10:05 detected');
    assert.equal(detection('first support ticket: "paid but still on free plan"'), '2024-03-03 10:05 detected');
    assert.equal(detection('Uptime check goes red, alert goes to ops@'), '2024-03-03 10:05 detected');
    assert.equal(read3('new cert issued and live, API answering again'), '2024-03-03 10:40 resolved');
    assert.equal(startOf('FCM starts answering every send with `401 UNAUTHENTICATED`'), '2024-03-03 10:00 started');
    assert.equal(read3('Scale-out complete. Error rate falls below 1%.'), '2024-03-03 10:40 mitigated');
    assert.equal(read3('he rolled the site back to the previous deploy'), '2024-03-03 10:40 mitigated');
    assert.equal(startOf('the host deployed the empty directory. The site went dark.'), '2024-03-03 10:00 started');
    // What was done to us (the cause), not by us: no mitigation.
    assert.equal(read3('the key was disabled by the org policy we turned on in March'), '');
    // A state found, not a thing done: no mitigation.
    assert.equal(read3('On the DB host the log backup job found disabled.'), '');
    assert.equal(read3('Craig: "log backup job still disabled. someone forgot to turn it back on"'), '');
    assert.equal(read3('Rate limiting disabled, errors drop'), '2024-03-03 10:40 mitigated');
    assert.equal(read3('Feature flag `new-pricing` is disabled; 5xx rate drops'), '2024-03-03 10:40 mitigated');
    assert.equal(read3('On-call checks the consumer: autoscaling is disabled on this node group, so no pod came up'), '');
    // A confirmation that things work again is no triage (the queue drained is the end of impact: what it held is sent).
    const confirmed = read(timeline(['2024-03-03 10:00 | Errors began', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:40 | deploy done, sends succeeding again', '2024-03-03 11:00 | queue drained, Nadia confirms pushes arriving. All good']));
    assert.deepEqual(confirmed.milestones.slice(2), ['2024-03-03 11:00 resolved']);
    // An action that did nothing, or has not gone out yet, is no mitigation; the change live is.
    assert.equal(read3('Rollback of the app done, no change, still timing out'), '');
    assert.equal(read3('revert merged, deploying'), '');
    assert.equal(read3('revert live, webhooks returning 200 again'), '2024-03-03 10:40 mitigated');
    const picked = read(timeline(['2024-03-03 10:00 | Errors began', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:08 | I pick it up']));
    assert.deepEqual(picked.milestones, ['2024-03-03 10:00 started', '2024-03-03 10:05 detected', '2024-03-03 10:08 acknowledged']);
    // A security incident starts at the attacker's first use of what leaked, not at our own first use of a key.
    assert.equal(startOf('First use of the token from an IP outside our ranges'), '2024-03-03 10:00 started');
    assert.equal(startOf('First use of the new signing key by the release job'), '2024-03-03 10:05 detected', 'no start');
    assert.equal(read3('Rollback propagated. Errors fall back to baseline in 35 POPs'), '2024-03-03 10:40 mitigated');
    // "Cause found:" labels the entry: what else it says ("Nordbank rotated its key") is the cause, not a mitigation.
    const labelled = read(timeline(['2024-03-03 10:00 | Errors began', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:20 | Cause found: Nordbank rotated its server key']));
    assert.deepEqual(labelled.model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join()), ['started', 'detected', 'identified']);
    // A status page's word, posted after the rollback, is no identification.
    assert.equal(read3('Rollback propagated. Status page: Identified.'), '2024-03-03 10:40 mitigated');
    assert.equal(read(timeline(['2024-03-03 10:00 | Errors began', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:40 | Status page updated: Identified'])).milestones.length, 2);
    // The failure itself, or a rollback to a version: not these.
    assert.equal(read3('The OOM killer killed the worker process'), '');
    assert.equal(read3('Migration stopped halfway with a lock held'), '');
    assert.equal(read3('Rolled back to v3.1.4'), '2024-03-03 10:40 mitigated');
  });

  it('reads service coming back in its common wordings: error rates back to zero, things returning to normal, resolving the outage', () => {
    const back = (event: string) => read(timeline(['2024-03-03 10:00 | Errors began', `2024-03-03 10:30 | ${event}`])).model.durations.impactMinutes;
    assert.equal(back('The error rates subsequently drop back to zero'), 30);
    assert.equal(back('Pods restart and things return to normal'), 30);
    assert.equal(back('A second deploy went out, resolving the outage completely'), 30);
    assert.equal(back('Planned how the outage will return to normal'), null);
    assert.equal(back('New payments processing within normal times; disruption ends'), 30);
  });

  it('reads a confirmation of the problem as triage, and not one of the recovery, of an absence or of a problem outliving a fix', () => {
    const triaged = (event: string) => read(timeline(['2024-03-03 10:00 | Alert fired', `2024-03-03 10:10 | ${event}`])).milestones.includes('2024-03-03 10:10 triaged');
    assert.equal(triaged('Confirmed database connections at max'), true);
    assert.equal(triaged('Confirms queues are draining'), false);
    assert.equal(triaged('Confirmed the diagnosis and fix were correct'), false);
    assert.equal(triaged('Confirmed problem is still visible after upgrade'), false);
    assert.equal(triaged('Confirms that the scanner does not detect any malware in the files'), false);
    assert.equal(triaged('Confirmed problem existed but had not been reported'), true);
    assert.equal(triaged('Confirmed that no customer data was exposed'), false);
    assert.equal(triaged('confirms using the audit logs that the affected artifact never changed while in storage'), false);
    // A problem that is itself an absence is confirmed all the same.
    assert.equal(triaged('Confirmed DB connections hanging, not refused'), true);
    assert.equal(triaged('Confirmed the tarball on npm has nothing under dist/'), true);
    assert.equal(triaged("Confirmed 3.8.1 doesn't match any commit"), true);
    assert.equal(triaged('Confirmed: events_enriched has no partitions after 2026-07-31'), true);
  });

  it('reads the milestones authors declare in words as outranking inference: start of incident, incident mitigated, full mitigation', () => {
    // "Rollback complete" names a mitigation too; the author's later "outage mitigated" says when it counted.
    const { milestones } = read(
      timeline([
        '2024-03-03 14:38 | Index push begins rollout',
        '2024-03-03 14:51 | **Start of incident**: error ratio above 5%',
        '2024-03-03 14:58 | GeoLookupErrorRatioHigh monitor pages tomasz',
        '2024-03-03 15:01 | Sam accepted the incident and became incident lead',
        '2024-03-03 15:26 | Rollback complete in all regions. Errors drop to ~8%',
        '2024-03-03 15:46 | Error ratio below 0.5%, outage mitigated',
      ]),
    );
    assert.deepEqual(milestones, ['2024-03-03 14:51 started', '2024-03-03 14:58 detected', '2024-03-03 15:01 acknowledged', '2024-03-03 15:46 mitigated']);
    // After a rollback already named as the mitigation, the author's own declaration counts.
    const mitigatedAt = (event: string) => read(timeline(['2024-03-03 21:47 | Customer impact began', '2024-03-03 22:40 | Rolled back the release', `2024-03-03 23:15 | ${event}`])).milestones.includes('2024-03-03 23:15 mitigated');
    assert.equal(mitigatedAt('Partition load returned to normal levels, and we confirmed full mitigation'), true);
    assert.equal(mitigatedAt('Error rate at baseline, incident mitigated and closed'), true);
    // Mitigation still to come is none.
    assert.equal(mitigatedAt('ETA for full mitigation 16:00'), false);
    assert.equal(mitigatedAt('Working to complete mitigation'), false);
    // A start of incident response is no start of the incident.
    assert.deepEqual(read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-03 10:05 | Start of incident response call'])).milestones, ['2024-03-03 10:00 detected']);
  });

  it('reads "root cause confirmed" as the cause identified, and a confirmed mitigation as no triage', () => {
    const { milestones } = read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-03 10:40 | Root cause confirmed: the rotation job publishes keys late']));
    assert.deepEqual(milestones, ['2024-03-03 10:00 detected', '2024-03-03 10:40 identified']);
  });

  it('reads the cause found as authors tell it: a "Root cause:" label, "that\'s our cause", "Omar: found it", "finds that", "Cause clear"', () => {
    const identifiedAt = (event: string) => read(timeline(['2024-03-03 10:00 | Alert fired', `2024-03-03 10:40 | ${event}`])).milestones.includes('2024-03-03 10:40 identified');
    assert.equal(identifiedAt('Root cause: is_incremental() filter compares naive local timestamps'), true);
    assert.equal(identifiedAt('Cause: rules_v2 loads the whole voucher table per pod'), true);
    assert.equal(identifiedAt('hsm-gateway pool wait at 2.8 s; v412 cut pool_size — that\'s our cause'), true);
    assert.equal(identifiedAt('Postgres log: `collation version mismatch` for the index. That\'s it — the upgrade moved glibc'), true);
    assert.equal(identifiedAt('Omar: found it. offset 88213402 on p7 is a 14k-line order'), true);
    assert.equal(identifiedAt('Dana finds that the health endpoint moved in 2.31'), true);
    assert.equal(identifiedAt('auto_suspend is 0 on the warehouse. Cause clear.'), true);
    assert.equal(identifiedAt('The missing permit line explains the failures'), true);
    // Not the cause: one still unknown, a label of something else.
    assert.equal(identifiedAt('Cause not clear yet; still digging'), false);
    assert.equal(identifiedAt('Impact: 3% of logins fail'), false);
    // The words of a labelled cause are the cause's: "rotated" there is no mitigation.
    const { milestones } = read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-03 10:40 | Root cause: the bank rotated the SFTP host key']));
    assert.deepEqual(milestones, ['2024-03-03 10:00 detected', '2024-03-03 10:40 identified']);
  });

  it('reads mitigations told as the action: a flag off, traffic switched to a backup, a renewal, a restore from backup, a rollout paused, a limit raised', () => {
    const mitigatedAt = (event: string) => read(timeline(['2024-03-03 10:00 | Errors start on checkout', '2024-03-03 10:05 | Alert fired', `2024-03-03 10:40 | ${event}`])).milestones.includes('2024-03-03 10:40 mitigated');
    for (const event of [
      'Feature flag `reports.custom_field_filters` off. Reports load, unfiltered',
      'we switched `promo_banner_v2` off for iOS 16 in Remote Config',
      'Set `prefs_migration_enabled = false` in remote config',
      'OTP traffic switched to secondary vendor using a feature flag',
      'Microsoft-bound traffic moved from .20/.21 to the warm reserve pool',
      'Switched NL and AT to backup provider',
      'Domain renewed by telephone',
      'Ewa re-uploaded the full chain to the CDN',
      'restore of previous metadata from the 00:00 backup for 143 tenants',
      'Restored the previous secret version in Vault',
      'Rebalancer paused',
      'Paused the 8.4.0 rollout in Play Console',
      'Autoscaling max raised 40 → 120',
      '🤖 incident-bot: status changed to Monitoring',
    ])
      assert.equal(mitigatedAt(event), true, event);
    for (const event of ['Decision made to restore testnet from the snapshot', 'Flag back on, banner removed', 'the new `keepPrevious` flag defaulted to false after the refactor', 'Planned to switch traffic to the backup region tomorrow'])
      assert.equal(mitigatedAt(event), false, event);
  });

  it('reads impact begun in more words: a rate climbing, evictions or duplicate charges beginning, a certificate expiring, the first exposure', () => {
    const startedAt = (event: string) => read(timeline([`2024-03-03 10:00 | ${event}`, '2024-03-03 10:05 | Alert fired'])).milestones.includes('2024-03-03 10:00 started');
    for (const event of ['ANR rate on 8.4.0 starts to climb', 'sessions-prod reaches maxmemory; evictions begin.', 'Renewal job run 2 starts; duplicate charges begin', 'Callback listener cert expires (notAfter 19:00:00Z)', 'CI job runs npm install; postinstall executes. First exposure.', 'push-gateway: first `403 InvalidProviderToken` from APNs', 'Key revoked in the portal; from here every iOS send fails'])
      assert.equal(startedAt(event), true, event);
    for (const event of ['Cert expiry notice: the certificate expires in 7 days', 'Request rate climbs with the morning peak', 'Conversion rate rose after the sale opened', 'First 500 customers migrated'])
      assert.equal(startedAt(event), false, event);
  });

  it('reads detection as pagers print it ("[FIRING:1] HighErrorRate", "PagerDuty: triggered") and users complaining; an alert clearing only when no one says so', () => {
    const detectedAt = (event: string) => read(timeline(['2024-03-03 10:00 | Errors start on checkout', `2024-03-03 10:05 | ${event}`])).milestones.includes('2024-03-03 10:05 detected');
    for (const event of ['`[FIRING:1] HighErrorRate checkout-api`', 'PagerDuty: triggered — HighErrorRate', 'Customers complaining on Instagram and in chat', 'Players on Discord report gems charged but not delivered', 'SUP-88213 created by customer (9:15 AM PT)', 'Support ticket opened by a customer about missing logs'])
      assert.equal(detectedAt(event), true, event);
    assert.equal(detectedAt('Customers were not affected yet'), false);
    // An entry saying no alert fired detects nothing by the alert it names.
    assert.equal(detectedAt('Nothing alerts: the 4xx error alert excludes 429s'), false);
    assert.equal(detectedAt('Volume was too low to trigger the crash alert'), false);
    const cleared = read(timeline(['2024-03-03 10:00 | Evictions begin', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:24 | Flag off', '2024-03-03 10:38 | `[RESOLVED] RedisEvictionsNonZero sessions-prod`', '2024-03-03 10:47 | Rafael: all clear. Marking resolved.']));
    assert.deepEqual(cleared.milestones, ['2024-03-03 10:00 started', '2024-03-03 10:05 detected', '2024-03-03 10:24 mitigated', '2024-03-03 10:47 resolved']);
    // With no one's word, the alert clearing is the return of service.
    const alone = read(timeline(['2024-03-03 10:00 | Evictions begin', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:38 | `[RESOLVED] RedisEvictionsNonZero sessions-prod`']));
    assert.deepEqual(alone.milestones.at(-1), '2024-03-03 10:38 resolved');
  });

  it('reads a backlog worked off as the end of impact, over a service resuming before it; not a support backlog', () => {
    const rows = (last: string) => ['2024-03-03 22:43 | transfer-poster starts failing', '2024-03-04 00:12 | CS lead pages on-call', '2024-03-04 01:10 | transfer-poster restarted; posting resumes', `2024-03-04 02:35 | ${last}`];
    for (const last of ['All 6,412 queued transfers posted and confirmed; no stuck transfers', 'Backlog fully drained, lag at 0 on all partitions', 'Replay done; all 9,870 purchases delivered', 'Queue empty, logins instant'])
      assert.equal(read(timeline(rows(last))).milestones.at(-1), '2024-03-04 02:35 resolved', last);
    for (const last of ['Support backlog cleared', 'Backlog drained, but p7 still 40k behind'])
      assert.equal(read(timeline(rows(last))).milestones.includes('2024-03-04 02:35 resolved'), false, last);
    // The author's own end of impact outranks a team's backlog drained minutes before it.
    const ends = read(timeline(['2024-03-03 22:10 | PUT latency climbs', '2024-03-03 22:18 | Alert pages on-call', '2024-03-04 01:09 | Backlog of 210 GB drained', '2024-03-04 01:15 | Writes restored — impact ends']));
    assert.equal(ends.milestones.at(-1), '2024-03-04 01:15 resolved');
  });

  it('reads service back as a domain resolving or a file served again ("getfoo.dev resolving to GitHub Pages again")', () => {
    const rows = ['2026-10-03 00:00 | domain expires, registrar DNS starts answering with the parking page', '2026-10-03 12:55 | saw the issues, ack\'d', '2026-10-03 13:14 | registrar: "renewed, DNS changes may take up to 48h"', '2026-10-03 21:30 | still parked on most resolvers I tried', '2026-10-04 01:00 | getfoo.dev resolving to GitHub Pages again via 1.1.1.1'];
    assert.equal(read(timeline(rows)).milestones.at(-1), '2026-10-04 01:00 resolved');
    assert.equal(mismatchesOn(rows)('Downtime: ~25h.'), 0);
    const served = read(timeline([...rows.slice(0, 4), '2026-10-04 03:00 | install.sh served correctly everywhere I checked']));
    assert.equal(served.milestones.at(-1), '2026-10-04 03:00 resolved');
  });

  it('tries service back before the declared resolution in a newest-first timeline too', () => {
    const rows = ['10:47 | All clear. Marking resolved.', '10:38 | `[RESOLVED] EvictionsNonZero`; evictions back to 0', '10:24 | Flag off', '10:05 | Alert fired', '09:52 | Evictions begin'];
    assert.equal(mismatchesOn(rows)('Time to mitigate: 46 minutes.'), 0);
    assert.equal(mismatchesOn(rows)('Time to mitigate: 70 minutes.'), 1);
  });

  it('reads no detection where nobody saw anything, and no return of service in someone resuming a job', () => {
    const { milestones } = read(
      timeline([
        '2024-03-03 10:00 | Consumer starts logging exceptions at DEBUG level. Nobody sees it',
        '2024-03-03 10:05 | Lag metric stays flat. No alert fires',
        '2024-03-03 11:00 | Nightly job finishes, 0 errors reported',
        '2024-03-03 12:00 | Support escalates to on-call',
        '2024-03-03 13:00 | Hotfix deployed',
        '2024-03-04 07:15 | Dana notices the backfill is paused, resumes it at higher throughput',
        '2024-03-04 11:40 | Backfill complete. Incident resolved.',
      ]),
    );
    assert.deepEqual(milestones, ['2024-03-03 12:00 detected', '2024-03-03 13:00 mitigated', '2024-03-04 11:40 resolved']);
  });

  it('reads an alert named in code that fires as the detection, not a job that fires; an incident said to have started before as no start', () => {
    // A list keeps the code span (a table cell's text does not).
    const list = '# Outage\n\n## Timeline (UTC)\n\n- 2024-03-03 23:05 Ticket creation errors start\n- 2024-03-03 23:09 `MatchmakerTicketCreateErrors` fires. On-call acks.\n- 2024-03-04 15:30 Vendor lifted the block, 16.5 hours after the incident started\n';
    const marks = read(list).model.timeline.map((e) => [e.timeText, [e.milestone, ...e.alsoMilestones].filter(Boolean).join('+')]);
    assert.deepEqual(marks, [['2024-03-03 23:05', 'started'], ['2024-03-03 23:09', 'detected+acknowledged'], ['2024-03-04 15:30', '']]);
    const job = read(list.replace('`MatchmakerTicketCreateErrors` fires. On-call acks.', '`cleanup-job` fired'));
    assert.deepEqual(job.milestones, ['2024-03-03 23:05 started']);
    // "Incident started by @ana in Slack" is the declaration, not the start; "since an outage began" tells of one before.
    assert.deepEqual(read(timeline(['2024-03-03 10:05 | Alert fired, on-call paged', '2024-03-03 10:12 | Incident started by @ana in Slack'])).milestones, ['2024-03-03 10:05 detected']);
    assert.deepEqual(read(timeline(['2024-03-03 10:05 | Alert fired', '2024-03-03 12:05 | Two hours since an outage began, traffic is normal'])).milestones.filter((m) => m.endsWith('started')), []);
  });

  it('reads the impact that follows a deploy as the start: 503s that start climbing, queries that begin waiting, the first job that fails', () => {
    const starts = (rows: string[]) => read(timeline(rows)).milestones.filter((m) => m.endsWith('started'));
    assert.deepEqual(starts(['2024-03-03 14:02 | Deploy of payments-gateway v4.18 starts', '2024-03-03 14:06 | 503s on /checkout/submit start climbing', '2024-03-03 14:11 | PagerDuty alert fires']), ['2024-03-03 14:06 started']);
    assert.deepEqual(starts(['2024-03-03 21:58 | Deploy 7712 starts', '2024-03-03 22:00 | Insert queries begin waiting on the lock', '2024-03-03 22:04 | Alerts fire, Ravi paged']), ['2024-03-03 22:00 started']);
    assert.deepEqual(starts(['2024-03-03 09:02 | First job fails with ENOSPC', '2024-03-03 09:05 | Second pool fills', '2024-03-03 09:15 | Alert fired']), ['2024-03-03 09:02 started']);
    // What rises may be named with where: "Error rate on checkout starts climbing", "latency for EU users spiked".
    assert.deepEqual(starts(['2024-03-03 09:02 | Error rate on checkout starts climbing', '2024-03-03 09:10 | Alert fires']), ['2024-03-03 09:02 started']);
    assert.deepEqual(starts(['2024-03-03 09:02 | Latency for EU users spiked', '2024-03-03 09:10 | Alert fires']), ['2024-03-03 09:02 started']);
    // Launches that "begin failing again" recur; they do not start the outage.
    assert.deepEqual(starts(['2024-03-03 15:00 | Errors began on launches', '2024-03-03 15:10 | Alert fired', '2024-03-03 16:55 | Launches begin failing again']), ['2024-03-03 15:00 started']);
  });

  it('reads a page to the primary on-call, writes that resume, and nothing alerted as no detection', () => {
    const { milestones, model } = read(
      timeline(['2024-03-03 13:52 | First authorisation timeouts', '2024-03-03 13:58 | (We found this afterwards: nothing alerted.)', '2024-03-03 14:03 | PagerDuty: PaymentsDbLatency fires, pages primary on-call', '2024-03-03 15:05 | Failover done, writes resume, 5xx rate back under 0.5%']),
    );
    // "Failover done" mitigates, "writes resume" restores: the entry is both.
    assert.deepEqual(milestones, ['2024-03-03 13:52 started', '2024-03-03 14:03 detected', '2024-03-03 15:05 mitigated']);
    assert.deepEqual(model.timeline[3].alsoMilestones, ['resolved']);
  });

  it('reads numbers and versions before milestone wording as no negation, and recovery that resumed as the return of service', () => {
    const { milestones } = read(
      timeline(['2024-03-03 10:00 | Errors began on checkout', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:20 | Deployed v2.0 and restarted the workers', '2024-03-03 10:40 | Consumers resumed processing']),
    );
    assert.deepEqual(milestones, ['2024-03-03 10:00 started', '2024-03-03 10:05 detected', '2024-03-03 10:20 mitigated', '2024-03-03 10:40 resolved']);
    // Pods restarted in a loop are the failure, not its fix; a mitigation being started is still the problem confirmed.
    assert.deepEqual(read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-03 10:05 | Pods get restarted in a loop'])).milestones, ['2024-03-03 10:00 detected']);
    assert.ok(read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-03 10:05 | Confirmed elevated 5xx in us-east-1, starting mitigation'])).milestones.includes('2024-03-03 10:05 triaged'));
  });

  it('takes the cause named as found over "identified" said of the problem', () => {
    const { milestones } = read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-03 10:10 | API identified as down', '2024-03-03 10:30 | Root cause identified: the database was asleep']));
    assert.deepEqual(milestones, ['2024-03-03 10:00 detected', '2024-03-03 10:30 identified']);
  });

  it('reads a leaked credential destroyed or revoked as the mitigation of a security incident', () => {
    const { milestones } = read(timeline(['2024-03-03 10:00 | Token leaked in a public image', '2024-03-03 10:30 | Received a report from a researcher', '2024-03-03 10:40 | The personal access token for the admin destroyed']));
    assert.deepEqual(milestones, ['2024-03-03 10:30 detected', '2024-03-03 10:40 mitigated']);
  });

  it('ends the incident at a resolution stated outright: milestone words after it are follow-up', () => {
    const { milestones } = read(
      timeline(['2024-03-03 10:00 | Outage began', '2024-03-03 10:30 | Incident declared resolved', '2024-03-03 11:00 | Discovered that the metrics agent was still down', '2024-03-03 11:05 | Restarted the metrics agent']),
    );
    assert.deepEqual(milestones, ['2024-03-03 10:00 started', '2024-03-03 10:30 resolved']);
  });

  it('reads an entry with the lines that continue it: a wrapped bullet, the paragraph under a time heading', () => {
    const text = '# Outage\n\n**Date:** 2024-03-03\n\n## Timeline\n\n### 10:00\n\nA deploy went out to the\nAPI fleet.\n\n### 10:04\n\nThe API went\nhard down for every customer.\n\n- 10:30 We rolled back the\n  deploy and traffic recovered.\n';
    const { milestones } = read(text);
    assert.deepEqual(milestones, ['10:04 started', '10:30 mitigated']);
  });

  it('lets one entry mark several milestones when its wording names each', () => {
    const { model } = read(timeline(['2024-03-03 10:00 | Site is down, engineers respond to the alarms', '2024-03-03 10:30 | Rolled back the release']));
    const [first] = model.timeline;
    assert.deepEqual([first.milestone, ...first.alsoMilestones], ['started', 'acknowledged']);
    assert.equal(model.durations.mitigateMinutes, 30);
  });

  it('does not start the outage at a lead-up event, nor count from the detection when no entry says when impact began', () => {
    const { model } = read(timeline(['2024-03-01 09:00 | Config change merged', '2024-03-03 10:04 | Alert fired for checkout errors', '2024-03-03 10:12 | Engineer acknowledged the page', '2024-03-03 10:40 | Service restored']));
    assert.equal(model.durations.startUnknown, true);
    assert.deepEqual([model.durations.detectMinutes, model.durations.mitigateMinutes, model.durations.resolveMinutes, model.durations.impactMinutes], [null, null, null, null]);
    assert.equal(model.durations.acknowledgeMinutes, 8, 'from the detection, which needs no start');
  });

  it('takes the start from the author\'s window of impact, and ends impact at the restoration, not the closing hours later', () => {
    const rows = ['2024-03-03 10:04 | Alert fired for checkout errors', '2024-03-03 10:40 | Service restored', '2024-03-03 16:00 | Incident closed'];
    const { model } = read(`${timeline(rows)}\nCustomers were unable to access the checkout from 10:04 to 10:40 UTC.\n`);
    assert.deepEqual([model.timeline[0].milestone, ...model.timeline[0].alsoMilestones], ['detected', 'started']);
    assert.equal(model.durations.impactMinutes, 36);
    assert.equal(model.durations.detectMinutes, 0);
  });

  it('takes no start from windows when the document states several different ones (several incidents)', () => {
    const rows = ['2024-03-03 10:04 | Alert fired for checkout errors', '2024-03-03 10:40 | Service restored'];
    const { model } = read(`${timeline(rows)}\n**Duration:** 10:04 to 10:40 UTC\n\n**Duration:** 18:00 to 18:50 UTC\n`);
    assert.equal(model.durations.startUnknown, true);
    assert.equal(model.timeline.some((e) => e.milestone === 'started' || e.alsoMilestones.includes('started')), false);
    assert.equal(model.durations.detectMinutes, null);
  });

  it('measures the first incident of a document that tells several, each with its own timeline under its own heading', () => {
    const incident = (heading: string, duration: string, date: string, rows: string[]) => [`### ${heading}`, '', `**Duration:** ${duration}`, '', 'Timeline:', '', ...rows.map((r) => `- ${date} ${r}`), ''];
    const text = [
      '# Recurring outages',
      '',
      '## Incidents',
      '',
      ...incident('October 21 - Redis overload', '103 minutes', '2025-10-21', ['21:45 - Outage began', '21:47 - Alert fired', '23:28 - Service fully recovered']),
      ...incident('October 24 - Rate limiting', '72 minutes', '2025-10-24', ['18:00 - Engineering begins investigation', '19:12 - Root cause identified, service fully recovered']),
    ].join('\n');
    const { model, milestones, findings } = read(text);
    assert.equal(model.timeline.length, 5);
    assert.deepEqual(milestones, ['2025-10-21 21:45 started', '2025-10-21 21:47 detected', '2025-10-21 23:28 resolved']);
    assert.equal(model.durations.resolveMinutes, 103);
    assert.equal(model.durations.totalMinutes, 103);
    // The second incident's "72 minutes" is its own: not measured against the first incident's timeline.
    assert.deepEqual(model.statedFigures.map((f) => [f.statedMinutes, f.computedMinutes]), [[103, 103], [72, null]]);
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
    // One incident whose timeline is written in parts, each a timeline heading of its own: measured across them.
    const parts = ['# Outage', '', '# Timeline', '', '- 2024-03-03 10:00 Outage began', '', '# Timeline', '', '- 2024-03-03 10:40 Service restored', ''].join('\n');
    assert.equal(read(parts).model.durations.impactMinutes, 40);
  });

  it('marks the milestones the header states as fields on the entries at those times, and dates the timeline by the start', () => {
    const text = [
      '# Incident: Payments degraded',
      '',
      '| Field | Value |',
      '|---|---|',
      '| Started At | Mar 3, 2024 2:00 PM PST |',
      '| Detected At | Mar 3, 2024 2:06 PM PST |',
      '| Mitigated At | Mar 3, 2024 2:40 PM PST |',
      '| Resolved At | Mar 3, 2024 3:10 PM PST |',
      '',
      '## Timeline',
      '',
      '- 2:00 PM PST — payments v42 goes out',
      '- 2:06 PM PST — Dana looks at the latency dashboard',
      '- 2:20 PM PST — latency alert fires again',
      '- 2:40 PM PST — back on v41',
      '- 3:10 PM PST — p99 normal',
      '',
    ].join('\n');
    const { model, milestones } = read(text);
    assert.deepEqual(milestones, ['2:00 PM PST started', '2:06 PM PST detected', '2:40 PM PST mitigated', '3:10 PM PST resolved']);
    assert.equal(model.timeline[0].instant?.toISO(), '2024-03-03T14:00:00.000-08:00');
    assert.equal(model.durations.impactMinutes, 70);
    // A time no entry has, or one that two entries have, marks nothing.
    const unmatched = read(text.replace('Detected At | Mar 3, 2024 2:06 PM', 'Detected At | Mar 3, 2024 2:07 PM'));
    assert.equal(unmatched.model.timeline[1].milestone, undefined);
    // The same fields in a "Key Milestones" section below the summary.
    const below = ['# Incident: Checkout errors', '', '## Summary', '', 'Checkout failed.', '', '## Key Milestones', '', '- **Started:** 2024-03-03 14:00 UTC', '- **Mitigated:** 2024-03-03 14:40 UTC', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 14:00 | Config push |', '| 14:06 | Monitor red |', '| 14:40 | Back to the old config |', ''].join('\n');
    assert.deepEqual(read(below).milestones, ['14:00 started', '14:40 mitigated']);
    assert.equal(read(below).model.durations.mitigateMinutes, 40);
  });

  it('starts the impact at the change that went out before the detection, when no entry says when it began, as an estimate', () => {
    const { model } = read(timeline(['2024-03-03 09:00 | Team planned the migration', '2024-03-03 10:00 | Config change deployed to production', '2024-03-03 10:04 | Alert fired for checkout errors', '2024-03-03 10:40 | Service restored']));
    assert.equal(model.durations.detectMinutes, 4);
    assert.equal(model.durations.impactMinutes, 40);
    assert.equal(model.timeline[1].milestoneWeak, true);
    // Not a status page updated, nor a change to a staging cluster, nor when an entry says when impact began.
    const notChanges = read(timeline(['2024-03-03 09:50 | Status page updated', '2024-03-03 10:00 | New build deployed to staging', '2024-03-03 10:04 | Alert fired for checkout errors']));
    assert.equal(notChanges.model.durations.startUnknown, true);
    const stated = read(timeline(['2024-03-03 09:00 | Config change deployed', '2024-03-03 10:00 | Errors began', '2024-03-03 10:04 | Alert fired']));
    assert.equal(stated.model.durations.detectMinutes, 4);
    // A breach judged against an estimated impact is not called wrong.
    const budget = read(timeline(['2024-03-03 10:00 | Config change deployed', '2024-03-03 10:04 | Alert fired', '2024-03-03 10:40 | Service restored'], '- SLA Breach: Yes (monthly budget for 99.9%)\n'));
    assert.equal(budget.model.durations.impactMinutes, 40);
    assert.deepEqual(budget.findings.filter((f) => f.code === 'error-budget-mismatch'), []);
    // The author's own figure outranks the estimate.
    const own = read(timeline(['2024-03-03 10:00 | Config change deployed', '2024-03-03 10:04 | Alert fired', '2024-03-03 10:40 | Service restored'], 'Time to detect: 9 minutes\n'));
    assert.equal(own.model.durations.detectMinutes, 9);
  });

  it('reads "success rate started declining" as the start, no mitigation in "No material improvement observed", and no resolution in a provider marking its own issue resolved', () => {
    const rows = ['08:52 | Scheduled configuration release deployed', '09:18 | UPI success rate started declining below the threshold of 95%', '09:27 | Alert fired', '10:12 | Traffic shifted away from the affected zone. No material improvement observed.', '10:25 | Cloud service provider marked its network issue as resolved', '10:31 | Root cause identified as pool exhaustion', '10:52 | Rollback completed; success rate recovering', '11:06 | Success rate restored to normal. Services declared restored.'];
    const { milestones, model } = read(timeline(rows));
    assert.deepEqual(milestones, ['09:18 started', '09:27 detected', '10:31 identified', '10:52 mitigated', '11:06 resolved']);
    assert.deepEqual([model.durations.mitigateMinutes, model.durations.impactMinutes], [94, 108]);
    // Still a change that helped, and our own resolution, whoever of us marks it.
    assert.deepEqual(read(timeline(['09:18 | Errors began', '10:12 | Failed over to the other zone. Significant improvement.', '10:25 | We marked the incident as resolved'])).milestones, ['09:18 started', '10:12 mitigated', '10:25 resolved']);
    assert.deepEqual(read(timeline(['08:00 | Errors began', '08:20 | Failed over; error rate back to baseline, no significant change in latency', '08:45 | On-call marked their incident resolved in PagerDuty'])).milestones, ['08:00 started', '08:20 mitigated', '08:45 resolved']);
    // A support lead's tracking ticket is no customer's report.
    assert.deepEqual(read(timeline(['07:00 | Errors began', '07:30 | SUP-881 opened by customer support lead to track a billing question', '08:10 | Sync lag alert fired'])).milestones, ['07:00 started', '08:10 detected']);
  });

  it('marks the start and the restoration a regulator\'s form states ("Time of occurrence (start of impact)", "Time of restoration"), so the stated duration is checked against them', () => {
    const head = ['# Incident report', '', '| Particulars | Details |', '|---|---|', '| Date of incident | 2025-10-01 |', '| Time of occurrence (start of impact) | 09:18 |', '| Time of detection | 09:27 |', '| Time of restoration | 11:06 |', '| Duration of disruption | 1 hour 18 minutes |', ''];
    const rows = ['| 09:18 | UPI success rate below the threshold |', '| 09:27 | Automated alert raised to the on-call |', '| 09:34 | Alert acknowledged by the on-call engineer |', '| 10:52 | Rollback completed |', '| 11:06 | UPI success rate at its normal level |'];
    const { model, findings } = read([...head, '## Chronology of events', '', '| Time | Event |', '|---|---|', ...rows, ''].join('\n'));
    assert.deepEqual(model.timeline.filter((e) => e.milestone).map((e) => `${e.timeText} ${e.milestone}`), ['09:18 started', '09:27 detected', '09:34 acknowledged', '10:52 mitigated', '11:06 resolved']);
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => /1 hour 48 minutes/.test(f.message)), [true]);
    // Not a time a note makes another moment: "Start (planned)", "Restored at: 10:30 (read path only)"; nor a German
    // minute's "Beginn" (the meeting's).
    const planned = read(['# Maintenance overrun', '', '| Field | Value |', '|---|---|', '| Start (planned) | 22:00 |', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 22:00 | Maintenance window opens |', '| 23:10 | Errors started: writes rejected |', '| 23:12 | Alert fired |', ''].join('\n'));
    assert.deepEqual(planned.milestones, ['23:10 started', '23:12 detected']);
    const partial = read(['# Storage outage', '', '- Restored at: 10:30 (read path only)', '', '## Timeline', '', '- 10:00 errors started on blob storage reads and writes', '- 10:05 alert fired', '- 10:30 read path restored via failover', '- 11:15 write path restored; resolved', ''].join('\n'));
    assert.equal(partial.model.durations.impactMinutes, 75);
    assert.equal(read('# Protokoll\n\nBeginn: 14:00 Uhr\nEnde: 15:00 Uhr\n\n## Zeitleiste\n\n- 09:10 Fehler beim Login beginnen\n- 09:15 Alarm ausgelöst\n- 14:00 Postmortem-Meeting\n').model.header.some((f) => f.name === 'start' || f.name === 'end'), false);
  });

  it("starts the impact at the one entry the author's time to detect counts from, when no entry says when it began, as an estimate", () => {
    const rows = ['2024-03-01 01:02 | Vendor image v27 released', '2024-03-03 07:30 | Nightly roll-over replaces the nodes with v27 nodes', '2024-03-03 13:45 | Planned add-on upgrade triggered', '2024-03-03 14:10 | Alert fires: nodes report NotReady', '2024-03-05 13:46 | Nodes rolled back to the previous image'];
    const stated = read(timeline(rows, '- Time to detection: 7 hours\n'));
    assert.deepEqual(stated.milestones.slice(0, 2), ['2024-03-03 07:30 started', '2024-03-03 14:10 detected']);
    assert.equal(stated.model.timeline[1].milestoneWeak, true);
    assert.equal(stated.model.durations.mitigateMinutes, 2 * 24 * 60 + 6 * 60 + 16);
    // Without the figure, the first change that went out; with a figure written to the minute, only an entry that
    // far before (none here); with two entries within its rounding, neither.
    assert.equal(read(timeline(rows)).milestones[0], '2024-03-01 01:02 started');
    assert.equal(read(timeline(rows, '- Time to detection: 371 minutes\n')).milestones[0], '2024-03-01 01:02 started');
    const two = [...rows.slice(0, 2), '2024-03-03 07:20 | Roll-over finishes', ...rows.slice(2)];
    assert.equal(read(timeline(two, '- Time to detection: 7 hours\n')).milestones[0], '2024-03-01 01:02 started');
    // The change that went out stays the start when more of the author's figures count from it; a shift handed over
    // is no start; "0 minutes" says the detection was the start.
    const deploy = ['14:00 | Deploy of api v2.3 to production', '14:25 | Alice (on-call) begins her shift, reviews handover notes', '14:35 | Alert fired: 5xx on api', '15:10 | Rolled back to v2.2', '15:30 | Error rate back to normal'];
    assert.equal(read(timeline(deploy, '- Time to detect: 10 minutes\n- Time to mitigate: 70 minutes\n- Time to resolve: 90 minutes\n')).milestones[0], '14:00 started');
    assert.equal(read(timeline(deploy.filter((r) => !r.includes('Deploy')), '- Time to detect: 10 minutes\n')).model.durations.startUnknown, true);
    assert.equal(read(timeline(['11:59 | Log rotation cron skipped', '12:00 | Alert fired: disk full'], '- Time to detect: 0 minutes\n')).milestones[0], '12:00 detected');
  });

  it('reads no detection in an alert described, no restoration in a cluster scaled back up, no mitigation in the wrap-up', () => {
    const rows = [
      '17:42 | Rebuffering started climbing. Our alert on rebuffering uses a 15-minute window, so it did not fire yet',
      '18:03 | Bram was paged by the rebuffering alert and acknowledged',
      '18:27 | The capacity job log made the cause clear',
      '18:31 | Scale-down disabled; we scaled Frankfurt back up to its usual size',
      '18:51 | Rebuffering back to normal',
      '19:40 | Kept watching, restarted the edge pods one by one, and closed the incident',
    ];
    assert.deepEqual(read(timeline(rows)).milestones, ['18:03 detected', '18:27 identified', '18:31 mitigated', '18:51 resolved']);
    // Understood, in other words; trouble that began.
    assert.deepEqual(read(timeline(['10:00 | The trouble began', '10:05 | Alert fired', '10:20 | We understood the cause: an expired certificate'])).milestones, [
      '10:00 started',
      '10:05 detected',
      '10:20 identified',
    ]);
  });

  it('reads a security incident\'s wording: data loss, compromise or access that begins; access deactivated, the breach contained', () => {
    const rows = ['2026-03-09 01:00 | Retention job runs; data loss begins', '2026-03-11 16:20 | First customer ticket reports missing files', '2026-03-12 11:15 | Access key deactivated', '2026-03-12 13:00 | Breach contained', '2026-03-12 18:50 | Restore complete, incident resolved'];
    assert.deepEqual(read(timeline(rows)).milestones, ['2026-03-09 01:00 started', '2026-03-11 16:20 detected', '2026-03-12 11:15 mitigated', '2026-03-12 18:50 resolved']);
    assert.deepEqual(read(timeline(['2026-03-09 01:00 | **Unauthorised access begins.**', '2026-03-09 02:00 | The dump contained passwords'])).milestones, ['2026-03-09 01:00 started']);
    assert.deepEqual(read(timeline(['2026-03-09 15:31 | Staged OTA of 4.2.1 starts', '2026-03-09 15:48 | meter-ingest pods start getting OOMKilled', '2026-03-09 16:02 | Opsgenie alert created'])).milestones, ['2026-03-09 15:48 started', '2026-03-09 16:02 detected']);
    assert.deepEqual(read(timeline(['2026-03-09 15:48 | Consumer lag grows from here; this is the start of customer impact'])).milestones, ['2026-03-09 15:48 started']);
    // The first failure in a later sentence, or named in code; after the other clock in brackets.
    assert.deepEqual(read(timeline(['2026-03-09 23:10 | The cached token expires; the refresh fails. First Android purchase fails validation'])).milestones, ['2026-03-09 23:10 started']);
    assert.deepEqual(read(timeline(['2026-03-09 11:04 | [16:04 GMT] First `INVALID_POSTCODE` rejection from the order API'])).milestones, ['2026-03-09 11:04 started']);
  });

  it('checks a security incident\'s stated window: "Duration of unauthorised access", "Exposure window"', () => {
    const rows = ['2026-05-19 13:02 | Unauthorised access begins: attacker signs in', '2026-05-19 15:04 | SIEM alert fired', '2026-05-19 15:11 | SOC analyst acknowledges', '2026-05-19 15:49 | Containment: sessions revoked, account suspended', '2026-05-21 09:30 | Incident resolved'];
    const mismatches = mismatchesOn(rows);
    assert.equal(mismatches('**Duration of unauthorised access:** 1 hour 25 minutes'), 1);
    assert.equal(mismatches('**Duration of unauthorised access:** 2 hours 47 minutes'), 0);
    assert.equal(mismatches('**Exposure window:** 2h 47m'), 0);
  });

  it('puts the resolution on a later "resolved" when the author said the impact ended first; the impact still ends there', () => {
    const rows = ['10:48 | Errors start on cell-c', '10:56 | Indexing lag alert fires', '11:47 | Disk expanded, indexers restarted', '12:10 | Lag back under 30s. Impact ends.', '12:25 | Status page resolved.'].map((row) => `2024-11-07 ${row}`);
    const { model } = analyzeText(timeline(rows), { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(model.timeline.filter((e) => e.milestone === 'resolved').map((e) => e.event), ['Status page resolved.']);
    assert.deepEqual([model.durations.impactMinutes, model.durations.resolveMinutes], [82, 97]);
    // Said of the impact alone, it stays the resolution.
    const alone = analyzeText(timeline(rows.slice(0, 4)), { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model;
    assert.deepEqual(alone.timeline.filter((e) => e.milestone === 'resolved').map((e) => e.event), ['Lag back under 30s. Impact ends.']);
  });

  it('reads "all 63 tables available" as service back, before a partner\'s later "origin restored"', () => {
    const rows = ['21:04 | Partner origin stops responding; tables go dark', '21:06 | LiveTableAvailability alert, on-call paged', '21:41 | Allow-list change deployed', '21:55 | All 63 tables available, player count recovering', '22:30 | Partner reports primary origin restored'];
    assert.deepEqual(read(timeline(rows)).milestones.filter((m) => m.endsWith('resolved')), ['21:55 resolved']);
  });

  it('reads the author\'s marker "**Impact ends / mitigated.**" closing an entry, and a row opening "Mitigated – ..." over an earlier step', () => {
    const closing = ['06:14 | Consumer fails on the message. **Impact starts.**', '11:48 | Backlog slow; TOS team disables the re-plan trigger.', '13:26 | Spot check all correct; all-clear sent. **Impact ends / mitigated.**', '16:30 | Incident resolved. P1 closed.'];
    assert.deepEqual(read(timeline(closing)).milestones, ['06:14 started', '13:26 mitigated', '16:30 resolved']);
    const opening = ['08:47 | Controller A fails over; errors start', '09:55 | Storage team rolls back firmware on controller B', '10:41 | Mitigated – operations running on the TOS again', '12:15 | Incident resolved and closed'];
    assert.deepEqual(read(timeline(opening)).milestones, ['08:47 started', '10:41 mitigated', '12:15 resolved']);
  });

  it('reads the word alone closing an entry as the author\'s marker ("... writes succeeding again. **Mitigated.**")', () => {
    const rows = ['2025-11-04 23:05 | **Impact starts.** First quota write errors', '2025-11-05 01:10 | Partner escalation reaches the on-call', '2025-11-05 02:52 | Quota raised by 40%; writes succeeding again. **Mitigated.**', '2025-11-05 04:40 | Backlog drained, freshness verified. **Resolved.**', '2025-11-05 09:00 | Incident closed after handover review'];
    assert.deepEqual(read(timeline(rows)).milestones, ['2025-11-04 23:05 started', '2025-11-05 02:52 mitigated', '2025-11-05 04:40 resolved']);
    // With a note after it, the time again or whose word it is; both milestones in one.
    const noted = ['21:03 | Issue opened: "tarball url points to the wrong host". Detection.', '21:58 | Attempt to strip the header at the ingress. Reload fails validation. Rolled back at 22:06.', '01:37 | Rule live on production. Mitigated. [2024-08-22 17:37 UTC]'];
    assert.deepEqual(read(timeline(noted)).milestones, ['21:03 detected', '01:37 mitigated']);
    const both = ['09:20 | Key expiry alert fires', '09:48 | Hot-fix deployed', '10:04 | Failures stop; retries green. Mitigated and resolved, per Ravi.'];
    const bothRead = read(timeline(both));
    assert.deepEqual(bothRead.milestones, ['09:20 detected', '10:04 mitigated']);
    assert.deepEqual(bothRead.model.timeline[2].alsoMilestones, ['resolved']);
  });

  it('reads a return "for some users" as no resolution, and "**Outage ends.**" closing a later entry as the end', () => {
    const rows = ['18:42 | Postgres logs No space left on device. Synapse starts returning 500. **Outage starts.**', '18:49 | Disk alert fires', '20:40 | Stale lock cleared, workers restarted. Sync works again for some users.', '21:15 | Federation sender is up but slow', '22:37 | All workers healthy, bridges reconnected. **Outage ends.**'];
    const { milestones, model } = read(timeline(rows));
    assert.deepEqual(milestones, ['18:42 started', '18:49 detected', '20:40 mitigated', '22:37 resolved']);
    assert.equal(model.durations.impactMinutes, 235);
  });

  it('reads an answer posted to users or typed in a chat log as the acknowledgement ("posts on our Mastodon account that we\'re on it", "<pekka> looking", "just saw this. on it", "Posts \\"down, I\'m on it\\" in the group")', () => {
    for (const answer of ["tobi posts on our Mastodon account that we're on it", 'Posted from my backup account that we know and are looking at it.', '<pekka> looking', 'Hannah: oh no. just saw this. on it', "priya: acking, I'm IC", 'Sees the email at half-time. Posts "korero is down, I\'m on it" in the admin group.', 'I wake up, see the issue and ack it in the #infra room', 'Dana acks the page from the train']) {
      assert.deepEqual(read(timeline(['19:02 | Uptime Kuma alert: git.example.org down', `19:04 | ${answer}`])).milestones, ['19:02 detected', '19:04 acknowledged'], answer);
    }
  });

  it('reads a change "backed out" as the mitigation, and no return told while the queue still drains as the resolution', () => {
    const rows = ['22:47 | Queue starts growing. Impact starts here.', '23:02 | Aggregator emails our NOC: delivery latency over 10 min', '00:04 | Back-out complete. Ingress back to 200 msg/s per bind; queue draining', '01:05 | p95 latency under 10 s for 15 min. Service restored'];
    assert.deepEqual(read(timeline(rows)).milestones, ['22:47 started', '23:02 detected', '00:04 mitigated', '01:05 resolved']);
    assert.deepEqual(read(timeline(['22:47 | Errors begin', '23:02 | Alert fires', '23:40 | CHG-44817 backed out', '23:55 | Error rate back to 0.1 %'])).milestones, ['22:47 started', '23:02 detected', '23:40 mitigated', '23:55 resolved']);
    // A plan or a start is no mitigation; a return while a queue drains still ends the incident when nothing later does.
    assert.deepEqual(read(timeline(['22:47 | Errors begin', '23:02 | Alert fires', '23:10 | Rollback plan confirmed with the CAB', '23:12 | Started backing out the change', '23:40 | Back-out complete'])).milestones.filter((m) => m.endsWith('mitigated')), ['23:40 mitigated']);
    assert.deepEqual(read(timeline(['22:47 | Errors begin', '23:02 | Alert fires', '23:39 | Checkout back to normal; order queue draining'])).milestones, ['22:47 started', '23:02 detected', '23:39 resolved']);
  });

  it('reads a return with part still affected ("A small number of titles are still affected") as unsettled, not one with none', () => {
    const part = ['01:30 | Job runs twice; 3,104 titles drop to unavailable', '09:15 | Service desk escalates to on-call', '11:30 | Job disabled, re-sync started', '14:45 | Status page: "Most e-books are available again. A small number of titles are still affected."', '23:35 | Remaining 144 titles re-synced', '23:50 | Status page set to "Resolved"'];
    assert.deepEqual(read(timeline(part)).milestones.filter((m) => m.endsWith('resolved')), ['23:50 resolved']);
    // With nothing later, the partial return still ends it.
    assert.deepEqual(read(timeline(part.slice(0, 4))).milestones.filter((m) => m.endsWith('resolved')), ['14:45 resolved']);
    // None still affected, or those who were told what to do: service back.
    for (const back of ['Service restored; no customers are still affected', 'Service restored; users who were still affected were told to refresh']) {
      assert.deepEqual(read(timeline([...part.slice(0, 3), `14:45 | ${back}`, '18:20 | Incident resolved'])).milestones.filter((m) => m.endsWith('resolved')), ['14:45 resolved'], back);
    }
  });

  it('reads a page or site that "loads again" as service back', () => {
    for (const back of ['Hannah: site loads again for users', 'Dashboards render again', 'The page works again']) {
      assert.deepEqual(read(timeline(['19:02 | Uptime alert: portal down', `19:40 | ${back}`])).milestones, ['19:02 detected', '19:40 resolved'], back);
    }
  });

  it('reads no milestone in an entry the author says is unrelated to the incident', () => {
    const rows = ['08:05 | Disk alert fires on the batch host, not related to this incident', '08:12 | p95 latency climbs; errors start', '08:19 | Latency alert pages Felix', '09:47 | Service restored'];
    assert.deepEqual(read(timeline(rows)).milestones, ['08:12 started', '08:19 detected', '09:47 resolved']);
  });

  it('gives an acknowledgement a tie with a triage its order excludes ("confirms with curl ... Pages Lin", then "Lin acknowledges")', () => {
    const rows = ['21:03 | Issue opened by a user; Wang sees it. Detection.', '21:09 | Wang confirms with curl from a Shanghai host. Pages Lin.', '21:15 | Lin acknowledges, opens the incident channel'];
    assert.deepEqual(read(timeline(rows)).milestones, ['21:03 detected', '21:15 acknowledged']);
  });

  it('reads the milestone named after a dash closing the entry ("... to zone a — **mitigated**") and an incident tool\'s change of state ("Status changed to Mitigated")', () => {
    const dashes = ['01:15 | First support ticket mentioning missing images (triaged as a cache issue)', '07:52 | Tier 2 escalates to the media team — **detected**', '13:20 | Config deploy pins downloads to zone a — **mitigated**', '14:10 | Backlog drained', '15:15 | Reads unpinned, traffic balanced — resolved'];
    assert.deepEqual(read(timeline(dashes)).milestones, ['07:52 detected', '13:20 mitigated', '15:15 resolved']);
    const tool = ['09:12 | Incident opened by Datadog integration', '09:17 | Milestone changed: Acknowledged', '10:34 | @mei: old keypair restored from Vault', '10:47 | Status changed to Mitigated', '11:30 | 5xx below 0.1% for 30 minutes. Declared resolved.'];
    assert.deepEqual(read(timeline(tool)).milestones, ['09:17 acknowledged', '10:47 mitigated', '11:30 resolved']);
    // The word before a dash, said not to be reached, is no marker.
    assert.deepEqual(read(timeline(['09:12 | Alert fired', '11:00 | Not mitigated — waiting on the vendor'])).milestones, ['09:12 detected']);
  });

  it('takes back a recovery the sentence says was partial, and reads no mitigation in "the revoked credentials"', () => {
    const rows = ['2026-08-15 23:44 | Sync alert fired and paged Carlos', '2026-08-16 00:12 | We knew the pool was still using the revoked credentials', '2026-08-16 00:26 | Re-enabled the old credentials', '2026-08-16 00:31 | Uploads started succeeding again, but downloads kept failing', '2026-08-16 01:34 | Grant restored, downloads recovered'];
    assert.deepEqual(read(timeline(rows)).milestones, ['2026-08-15 23:44 detected', '2026-08-16 00:26 mitigated', '2026-08-16 01:34 resolved']);
    // Work that went on is no failure that did.
    assert.deepEqual(read(timeline(['2024-03-13 10:03 | Alert triggered', '2024-03-13 12:10 | Incident declared resolved, but investigations continued'])).milestones, ['2024-03-13 10:03 detected', '2024-03-13 12:10 resolved']);
  });

  it('gives no total when the timeline goes on after its last time with an entry dated to the day only', () => {
    const rows = ['2024-03-03 10:00 | Outage began', '2024-03-03 10:40 | Service restored', '2024-03-03 11:00 | Incident closed'];
    assert.equal(read(timeline(rows)).model.durations.totalMinutes, 60);
    assert.equal(read(timeline([...rows, '2024-03-05 | Fix merged'])).model.durations.totalMinutes, null);
  });

  it('moves the end of impact back to the restoration when the resolution is declared long after, or at the same minute', () => {
    const { model } = read(timeline(['2024-03-03 10:00 | Outage began', '2024-03-03 10:40 | Service restored', '2024-03-03 14:00 | Incident resolved']));
    assert.equal(model.durations.impactMinutes, 40);
    // At the same minute, the entry that says service is back says it first; within the hour, the declaration stands.
    const same = read(timeline(['2024-03-03 10:00 | Outage began', '2024-03-03 10:40 | API back online', '2024-03-03 10:40 | Incident over']));
    assert.deepEqual(same.milestones, ['2024-03-03 10:00 started', '2024-03-03 10:40 resolved']);
    assert.equal(same.model.timeline[1].milestone, 'resolved');
    const soon = read(timeline(['2024-03-03 10:00 | Outage began', '2024-03-03 10:40 | API back online', '2024-03-03 10:45 | Incident over']));
    assert.equal(soon.model.durations.impactMinutes, 45);
    // A closure is the paperwork however soon it comes ("we called the incident over"); service back "normally again".
    const closed = read(timeline(['2024-03-03 10:00 | Outage began', '2024-03-03 10:40 | The API was answering normally again', '2024-03-03 11:20 | We called the incident over']));
    assert.deepEqual(closed.milestones, ['2024-03-03 10:00 started', '2024-03-03 10:40 resolved']);
    assert.equal(closed.model.durations.impactMinutes, 40);
    assert.equal(closed.model.durations.totalMinutes, 80);
    // Declared resolved as well as closed, within the hour: the declaration stands.
    const declared = read(timeline(['2024-03-03 10:00 | Outage began', '2024-03-03 10:40 | Error rate back to baseline', '2024-03-03 10:51 | Incident resolved and closed.']));
    assert.equal(declared.model.durations.impactMinutes, 51);
    // The status page marked resolved repeats the return of service: an end some authors count to, not the resolution.
    const announced = ['2024-03-03 10:00 | Outage began', '2024-03-03 10:40 | Service fully restored', '2024-03-03 10:51 | Status page: Resolved. Incident closed.'];
    assert.equal(read(timeline(announced)).model.durations.impactMinutes, 40);
    assert.equal(mismatchesOn(announced)('The outage lasted 51 minutes.'), 0);
    assert.equal(mismatchesOn(announced)('The outage lasted 20 minutes.'), 1);
  });

  it('keeps a resolution declared within the hour of a backlog worked off, and moves one made "after one hour of stable monitoring"', () => {
    // A backlog worked off hours after the rollback, the author's declaration ten minutes later: the end of impact.
    const declared = read(timeline(['02:20 | Outage began', '10:35 | Rollback complete.', '16:45 | Reprocessing complete.', '16:55 | Bills flagged for reissue. Incident resolved.']));
    assert.deepEqual(declared.milestones, ['02:20 started', '10:35 mitigated', '16:55 resolved']);
    assert.equal(declared.model.durations.impactMinutes, 875);
    // Closed "after one hour of stable monitoring": service was back before it, however soon after the return it came.
    const watched = read(timeline(['06:00 | Outage began', '08:00 | Certificate replaced. Logins succeed again.', '08:40 | SMS fallback backlog drained.', '09:30 | Incident closed after one hour of stable monitoring. "All clear" sent.']));
    assert.deepEqual(watched.milestones, ['06:00 started', '08:00 resolved']);
    assert.equal(watched.model.durations.impactMinutes, 120);
    // "Resolved after monitoring replication catch up" waited for a process, not a period: the declaration stands.
    const caughtUp = read(timeline(['14:00 | Outage began', '14:20 | Primary database restored from snapshot.', '14:50 | Incident resolved after monitoring replication catch up; checkout working.']));
    assert.deepEqual(caughtUp.milestones.slice(-1), ['14:50 resolved']);
  });

  it('gives no figure that is negative or spans more than a month, nor an acknowledgement a day late', () => {
    const { model } = read(timeline(['2024-03-03 10:00 | Outage began', '2024-05-20 10:40 | Service restored']));
    assert.equal(model.durations.impactMinutes, null);
    // An acknowledgement days after the alert answers a later phase, not the page.
    const late = read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-06 09:00 | Engineer acknowledged the new findings']));
    assert.equal(late.model.durations.acknowledgeMinutes, null);
    assert.equal(read(timeline(['2024-03-03 10:00 | Alert fired', '2024-03-03 10:07 | Engineer acknowledged the page'])).model.durations.acknowledgeMinutes, 7);
  });
});

describe('stated figures against the timeline', () => {
  const rows = ['2024-03-03 10:00 | Outage began', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:12 | Incident declared', '2024-03-03 10:30 | Rolled back the release', '2024-03-03 10:45 | Service fully restored'];

  it('takes a figure any defensible reading gives as consistent: to mitigation, from the declaration, with the rounding written', () => {
    for (const statement of ['Duration: 30 minutes', 'Time to repair: 33 minutes', 'Outage duration: about 45 minutes', 'Duration: 1 hour']) {
      assert.deepEqual(read(timeline(rows, statement)).findings.filter((f) => f.code === 'stated-duration-mismatch'), [], statement);
    }
  });

  it('reports a figure no reading gives, and says which readings it tried', () => {
    const text = timeline(rows, 'Duration: 2 hours 10 minutes');
    const [finding] = read(text).findings.filter((f) => f.code === 'stated-duration-mismatch');
    assert.equal(text.slice(finding.start, finding.end), '2 hours 10 minutes');
    assert.match(finding.message, /45 minutes \(2024-03-03 10:00 \(line 7\) to 2024-03-03 10:45 \(line 11\); also tried/);
  });

  it("takes a figure the author's own window of the outage gives as consistent, whatever the milestones say", () => {
    const rows = ['2024-03-03 21:14 | p99 login latency climbing', '2024-03-03 21:31 | Alert fires', '2024-03-03 21:48 | All logins failing, outage begins', '2024-03-04 00:25 | Logins succeeding again. Outage ends'];
    const mismatches = (statement: string) => read(timeline(rows, statement)).findings.filter((f) => f.code === 'stated-duration-mismatch');
    assert.deepEqual(mismatches('Total downtime: 2h 37m. Logins were down from 9:48 PM to 12:25 AM.'), []);
    assert.equal(mismatches('Total downtime: 2h 37m.').length, 1);
    // A window whose ends are no entries of this timeline (another outage's) is no reading of it.
    assert.equal(mismatches('Total downtime: 2h 37m. A similar outage last year was down from 2:00 PM to 4:37 PM.').length, 1);
  });

  it('counts a figure from a later start as well: a failure days before, that nobody noticed, may be lead-up', () => {
    const rows = ['2026-01-11 14:20 | Credentials rotated; archiver starts failing, nobody notices', '2026-01-14 07:58 | Disk full; orders-api writes start failing', '2026-01-14 08:01 | `PostgresReadOnly` fires, pages @jmoreau', '2026-01-14 08:04 | @jmoreau acknowledges', '2026-01-14 08:47 | Postgres restarted, writes working again', '2026-01-14 09:09 | Carrier status queue replayed', '2026-01-14 09:40 | Volume grown, incident resolved'];
    const { model, findings } = read(timeline(rows, 'Time to detection: 3 minutes. Minutes of downtime or degradation: 71'));
    // "pages @jmoreau": the page is the detection.
    assert.equal(model.timeline[2].milestone, 'detected');
    // 3 minutes from 07:58 to the page; 71 from 07:58 to the queue replayed, after the mitigation: the impact's tail.
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
    assert.equal(read(timeline(rows, 'Minutes of downtime or degradation: 25')).findings.filter((f) => f.code === 'stated-duration-mismatch').length, 1);
  });

  it('takes a figure that lands on an entry to the minute, when the times have seconds ("11 minutes" to the first report)', () => {
    const rows = ['2025-11-18 10:31:05 | First evicted_keys spike; impact starts', '2025-11-18 10:42:17 | Support in #clinic-ops: "patients kicked out of visits??"', '2025-11-18 10:44:52 | PagerDuty: logout anomaly triggered, paged Tomás', '2025-11-18 10:47:30 | Tomás acked the page', '2025-11-18 11:19:02 | Logout rate back to baseline, resolved'];
    const mismatches = mismatchesOn(rows);
    assert.equal(mismatches('Time to detect: 11 minutes (first support report)'), 0);
    assert.equal(mismatches('Time to detect: 7 minutes'), 1);
  });

  it('takes a figure that lands exactly on an entry read as no milestone as counted to (or from) that entry', () => {
    const rows = ['2025-09-17 08:30 | 7.14.0 promoted to 20% staged rollout', '2025-09-17 08:41 | First crashes for 7.14.0 arrive in Crashlytics', '2025-09-17 09:20 | Crashlytics velocity alert posts to #mobile-alerts', '2025-09-17 09:34 | On-call acknowledges', '2025-09-17 10:12 | Staged rollout halted in Play Console', '2025-09-17 14:46 | 7.14.1 live; incident resolved'];
    const mismatches = (statement: string) => read(timeline(rows, statement)).findings.filter((f) => f.code === 'stated-duration-mismatch');
    // 08:41 + 1h 31m is 10:12, the rollout halted.
    assert.deepEqual(mismatches('Time to mitigate (rollout halted): 1h 31m'), []);
    // Not an entry after the mitigation read plainly (the seed: 25 minutes lands on "14:25 Monitoring for stability").
    const plain = [...rows.slice(0, 4), '2025-09-17 10:12 | Staged rollout halted. Outage mitigated.', '2025-09-17 11:00 | Monitoring for stability', rows[5]];
    assert.equal(read(timeline(plain, 'Time to mitigate: 2h 19m')).findings.filter((f) => f.code === 'stated-duration-mismatch').length, 1);
    // Still wrong, as no two entries are that far apart; but with no entry read as the mitigation, the resolution is no
    // bound from below for it (the mitigation may be any entry before it).
    const [wrong] = mismatches('Time to mitigate (rollout halted): 1h 21m');
    assert.match(wrong.message, /no two entries of the timeline are that far apart/);
    // Counted back from the resolution, an outage does not start after it was detected (10:12 is no start).
    assert.equal(mismatches('Total duration: 4h 34m').length, 1);
  });

  it("counts a figure by the author's convention where the timeline gives it on another reading (impact to the mitigation)", () => {
    const rows = ['2026-09-15 13:47 | Volume latency jumps; commits fail. Impact starts', '2026-09-15 13:49 | Alert fires, pages on-call', '2026-09-15 14:16 | Write error rate back to baseline. Mitigated', '2026-09-15 14:30 | Backlog drained. Resolved'];
    const impact = (statement: string) => {
      const { model } = read(timeline(rows, statement));
      return [model.durations.impactMinutes, model.durations.basis.impact?.to.timeText];
    };
    assert.deepEqual(impact(''), [43, '2026-09-15 14:30']);
    assert.deepEqual(impact('Duration of impact: 29 minutes'), [29, '2026-09-15 14:16']);
    // A figure no reading gives changes nothing (stated-duration-mismatch says so).
    assert.deepEqual(impact('Duration of impact: 35 minutes'), [43, '2026-09-15 14:30']);
    // Not a convention that counts from an entry before the marked start (a maintenance window that opened earlier);
    // one that counts from a later moment is (the first errors after a deploy marked as the start).
    const lead = ['2026-09-15 11:00 | Maintenance window opens; backup job disabled', ...rows];
    const { model } = read(timeline(lead, 'The volume was down for about three hours before anyone told us.'));
    assert.deepEqual([model.durations.impactMinutes, model.durations.basis.impact?.from.timeText], [43, '2026-09-15 13:47']);
    const deploy = analyzeText("# Incident report: checkout errors after v5 deploy\n\nDate: 2026-05-19 \u00b7 All times UTC \u00b7 Severity: SEV-2\n\n## Summary\n\nCustomers could not complete checkout for 30 minutes.\n\n## Timeline\n\n- 10:00 Deploy of v5 to production starts; first error budget burn on the canary.\n- 10:12 Error rate on checkout begins climbing in all regions.\n- 10:20 Datadog monitor `checkout-errors` fires, pages Lina.\n- 10:25 Lina acknowledges.\n- 10:42 Rollback to v4 complete; error rate back to normal.\n- 11:10 Incident closed.\n\n## Impact\n\nImpact duration: 30 minutes. About 1,900 failed checkouts.\n\nSLO: 99.92% monthly availability. SLA breach: No\n\n## Root cause\n\nv5 changed the session cookie name.\n\n## Resolution\n\nRolled back to v4.\n\n## Action items\n\n- Canary must gate on checkout errors \u2014 Lina, 2027-01-15\n", { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
    assert.equal(deploy.model.durations.impactMinutes, 30);
    assert.deepEqual(deploy.findings.filter((f) => f.code === 'error-budget-mismatch'), []);
  });

  it("counts the outage's length from the start an entry states, not from the detection, unless its key or the author's own window says so", () => {
    const rows = ['2026-12-11 14:22 | Checkout errors begin; impact starts', '2026-12-11 14:26 | Alert fires, pages on-call', '2026-12-11 14:29 | On-call acknowledges', '2026-12-11 15:05 | Flag turned off, errors stop', '2026-12-11 16:30 | Incident closed'];
    const mismatches = mismatchesOn(rows);
    // 38 minutes is only the alert-to-fix stretch of a 43-minute outage.
    assert.equal(mismatches('Total duration: 38 minutes'), 1);
    assert.equal(mismatches('Total duration: 43 minutes'), 0);
    // The key, or the brackets after the figure, say it counts from the alert.
    assert.equal(mismatches('Total duration (from the first alert): 39 minutes'), 0);
    assert.equal(mismatches('Total duration: 39 minutes (from detection)'), 0);
    // A time to mitigate or to repair may count from the detection or the declaration, as incident tools count it.
    assert.equal(mismatches('Time to mitigate: 39 minutes'), 0);
    // The author's window, written elsewhere, whose ends are entries: what the figure counts.
    assert.equal(mismatches('Total duration: 39 minutes. Errors were seen from 14:26–15:05.'), 0);
    // A sum over several stretches.
    assert.equal(mismatches('Total duration: 38 minutes across three waves'), 0);
    // The start the header states, where no entry is at that time.
    assert.equal(mismatches('Total duration: 40 minutes'), 1);
    assert.equal(read(timeline(rows, 'Total duration: 40 minutes').replace('# Outage', '# Outage\n\nStart time: 2026-12-11 14:25 UTC')).findings.filter((f) => f.code === 'stated-duration-mismatch').length, 0);
    // ... or a summary of fields does ("Date/time: ...<br>" over "Duration: ...", as Flutter's template writes them).
    const summary = read(timeline(rows).replace('# Outage', '# Outage\n\n## Summary\n\nDate/time: 2026-12-11 14:25<br>\nDuration: 40 minutes<br>'));
    assert.equal(summary.model.incidentDate?.day, 11);
    assert.equal(summary.findings.filter((f) => f.code === 'stated-duration-mismatch').length, 0);
  });

  it('takes service said to be back before the declared resolution as an end of impact an author may count to', () => {
    const rows = ['2026-01-22 07:09 | Cache hit ratio drops; degradation begins', '2026-01-22 07:16 | Alert fires, pages on-call', '2026-01-22 08:03 | Style rolled back', '2026-01-22 08:47 | Error rate below 0.1%. Service restored', '2026-01-22 09:40 | Cache warm again. Incident resolved'];
    const { model, findings } = read(timeline(rows, 'Total impact: 1h 38m'));
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
    assert.equal(model.durations.impactMinutes, 98);
    assert.equal(read(timeline(rows, 'Total impact: 1h 10m')).findings.filter((f) => f.code === 'stated-duration-mismatch').length, 1);
  });

  it('accuses no sentence\'s figure longer than the whole timeline: it tells of what came before it', () => {
    const rows = ['2026-06-14 10:47 | Disk hangs; writes stall, window 1 starts', '2026-06-14 11:04 | `OrdersWriteErrorRate` alert pages on-call', '2026-06-14 11:29 | Orders placed again; incident resolved'];
    const mismatches = mismatchesOn(rows);
    assert.equal(mismatches('A skipped step in a change plan sat unnoticed for three days.'), 0);
    assert.equal(mismatches('The problem went unnoticed for 30 minutes.'), 1);
    assert.equal(mismatches('Time to detect: 3 days.'), 1);
  });

  it('counts a time to detect to a person noticing or to the page after it, as authors count either', () => {
    const rows = ['2026-11-10 08:42 | First auth timeouts; window A begins', '2026-11-10 08:44 | Ana notices rising declines, assumes an acquirer blip', '2026-11-10 08:47 | `CheckoutAuthSuccessRate < 95%` fires, pages Payments on-call', '2026-11-10 08:49 | Priya acknowledges the page', '2026-11-10 09:20 | Rolled back; incident resolved'];
    const mismatches = mismatchesOn(rows);
    assert.equal(mismatches('Time to detect: 2 min. Time to acknowledge: 5 min.'), 0);
    assert.equal(mismatches('Time to detect: 5 min. Time to acknowledge: 2 min.'), 0);
    assert.equal(mismatches('Time to detect: 15 min.'), 1);
  });

  it('counts a time to mitigate to the fix or to the service said back after it ("timeouts stop"), not to any entry', () => {
    const rows = ['2026-11-24 09:34 | Authorization latency climbs past 2 s; first timeouts', '2026-11-24 09:41 | Alert `payments-auth-p95-high` fires; Jonas paged', '2026-11-24 10:09 | `fraud.geoip_enrich` disabled in all regions', '2026-11-24 10:16 | p95 back under 400 ms, timeouts stop', '2026-11-24 10:25 | Support reports duplicate holds', '2026-11-24 11:05 | Last duplicate hold voided; incident resolved'];
    const mismatches = mismatchesOn(rows);
    assert.equal(mismatches('Time to mitigate: 35 min.'), 0);
    assert.equal(mismatches('Time to mitigate: 42 min.'), 0);
    assert.equal(mismatches('Time to mitigate: 51 min.'), 1);
  });

  it('accuses no figure counted from the start on a timeline of several outages ("Outage 2 starts")', () => {
    const rows = ['2025-11-04 03:12 | booking-api returns 502. Outage 1 starts', '2025-11-04 03:20 | Alert fires and pages on-call', '2025-11-04 03:58 | Error rate back to baseline. Outage 1 ends', '2025-11-04 15:40 | 502s again. Outage 2 starts', '2025-11-04 16:25 | Back to normal. Outage 2 ends', '2025-11-04 17:10 | Incident resolved'];
    const mismatches = (rows_: string[]) => read(timeline(rows_, 'Total customer-facing downtime: 1h 31m')).findings.filter((f) => f.code === 'stated-duration-mismatch');
    assert.deepEqual(mismatches(rows), []);
    const once = ['2025-11-04 03:12 | booking-api returns 502. Impact starts', '2025-11-04 03:20 | Alert fires and pages on-call', '2025-11-04 15:40 | Load high', '2025-11-04 17:10 | Service restored. Incident resolved'];
    assert.equal(mismatches(once).length, 1);
    // The failure coming back in other words: "Checkout down again", "lag climbing again", the incident reopened.
    for (const recurrence of ['Checkout down again', 'Consumer lag climbing again', 'INC-3318 reopened', 'We reopened the incident']) {
      assert.deepEqual(mismatches([...once.slice(0, 2), `2025-11-04 15:40 | ${recurrence}`, once[3]]), [], recurrence);
    }
    // Coming back down is no recurrence.
    assert.equal(mismatches([...once.slice(0, 2), '2025-11-04 15:40 | Latency back down again', once[3]]).length, 1);
  });

  it('reads a bound by its side: "more than one hour" agrees with 4 hours, "under 10 minutes" not with 40', () => {
    const rows = ['2024-03-03 09:00 | Errors began', '2024-03-03 09:10 | Alert fired', '2024-03-03 09:40 | Rolled back', '2024-03-03 13:00 | Service restored'];
    const mismatches = mismatchesOn(rows);
    assert.equal(mismatches('The outage lasted more than one hour, the threshold for notifying the regulator.'), 0);
    assert.equal(mismatches('Time to mitigate: at least 30 minutes'), 0);
    assert.equal(mismatches('Time to mitigate: under 10 minutes'), 1);
    assert.equal(mismatches('Time to mitigate: 10 minutes'), 1);
  });

  it('says nothing when the start is only an estimate', () => {
    const estimated = ['2024-03-03 09:00 | Deploy finished', '2024-03-03 10:05 | Alert fired', '2024-03-03 10:45 | Service fully restored'];
    assert.deepEqual(read(timeline(estimated, 'Duration: 2 hours 10 minutes')).findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
  });

  it('reports a figure well below the least the timeline allows, from the detection or declaration to the mitigation, whatever the start', () => {
    // The start is only an estimate (the deploy), but impact had begun by the alert and lasted to the rollback at least.
    const rows = ['2024-04-09 13:10 | Deploy of auth-service goes out', '2024-04-09 13:14 | First reports of SSO redirect loop', '2024-04-09 13:31 | On-call acknowledges', '2024-04-09 14:11 | Rollback started', '2024-04-09 14:41 | Rollback complete, logins working again', '2024-04-09 15:12 | Confirmed resolved'];
    const mismatches = (statement: string) => read(timeline(rows, statement)).findings.filter((f) => f.code === 'stated-duration-mismatch');
    const [finding] = mismatches('Total Duration: 45 minutes');
    // Nor is a figure the timeline shows too short taken for the outage's length where the timeline cannot give one.
    assert.equal(read(timeline(rows, 'Total Duration: 45 minutes')).model.durations.stated.includes('impact'), false);
    assert.equal(read(timeline(rows, 'Total Duration: 75 minutes')).model.durations.stated.includes('impact'), true);
    // A window the author states, both ends written, is the author's own statement of the outage: no floor applies.
    const noStart = ['2024-04-09 13:14 | Alert fires for SSO errors', '2024-04-09 13:31 | On-call acknowledges', '2024-04-09 14:41 | Rollback complete, logins working again'];
    assert.equal(read(timeline(noStart, 'Logins were down from 13:05 to 13:40.')).model.durations.impactMinutes, 35);
    assert.match(finding.message, /stated as 45 minutes, but the timeline gives at least 70 minutes \(2024-04-09 13:31 \(line 9\) to 2024-04-09 14:41 \(line 11\)/);
    // Within a quarter of it (13:10 to 14:11), an end the timeline does not name may explain it; a bound is no count.
    assert.deepEqual(mismatches('Total Duration: 61 minutes'), []);
    assert.deepEqual(mismatches('Total Duration: over 45 minutes'), []);
    // A sentence's figure that two neighbouring entries give is the stretch of a part (the rollback's 30 minutes);
    // a field's is the whole.
    assert.deepEqual(mismatches('Logins were unavailable for 30 minutes while the rollback ran.'), []);
    assert.equal(mismatches('Total Duration: 30 minutes').length, 1);
    assert.equal(mismatches('Logins were unavailable for 25 minutes while the rollback ran.').length, 1);
    // Nor a sentence's figure that a window written in an entry gives (the identity provider's own 25 minutes).
    const told = rows.map((row) => row.replace('First reports of SSO redirect loop', 'First reports of SSO redirect loop; IdP status page lists degraded logins 13:05-13:30'));
    assert.deepEqual(read(timeline(told, 'Logins were unavailable for 25 minutes while the rollback ran.')).findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
    // Out of order between its two ends, a time is the likelier typo: no floor is claimed.
    const typo = rows.map((row) => row.replace('2024-04-09 13:31', '2024-04-09 14:50'));
    assert.deepEqual(read(timeline(typo, 'Total Duration: 45 minutes')).findings.filter((f) => f.code === 'stated-duration-mismatch' && /at least/.test(f.message)), []);
  });

  describe('with no milestones to count between', () => {
    // No entry says when the outage started or ended: only the distances between entries can be checked.
    const plain = ['2024-03-03 09:50 | Team sync', '2024-03-03 10:40 | Release 4.2 shipped', '2024-03-03 12:30 | Customer emails about missing invoices', '2024-03-03 12:34 | Billing engineer looks at the queue', '2024-03-03 15:36 | Queue drained by hand', '2024-03-03 18:44 | Invoices sent again'];
    const mismatches = (rows: string[], statement: string) => read(timeline(rows, statement)).findings.filter((f) => f.code === 'stated-duration-mismatch');

    it('reports a figure no two entries of a complete timeline are apart by, naming the nearest', () => {
      const text = timeline(plain, 'Total Downtime: 6 hours, 28 minutes');
      const [finding] = mismatches(plain, 'Total Downtime: 6 hours, 28 minutes');
      assert.equal(text.slice(finding.start, finding.end), '6 hours, 28 minutes');
      assert.match(finding.message, /no two entries of the timeline are that far apart \(nearest: 2024-03-03 12:30 \(line 9\) to 2024-03-03 18:44 \(line 12\), 6 hours 14 minutes\)/);
      assert.deepEqual(finding.data, { kind: 'impact', fixes: [] });
    });

    it('takes a figure some two entries give, within the rounding written, as consistent', () => {
      for (const statement of ['Total Downtime: 6 hours, 14 minutes', 'Total Downtime: about 3 hours', 'Total Downtime: 6 hours']) assert.deepEqual(mismatches(plain, statement), [], statement);
    });

    it('says nothing when the timeline cannot hold the figure (too few entries, one untimed or approximate, out of order, a figure longer than it spans), for a bound, or for nothing', () => {
      const statement = 'Total Downtime: 6 hours, 28 minutes';
      assert.deepEqual(mismatches(plain.slice(2), statement), [], 'four entries');
      assert.deepEqual(mismatches([...plain, '2024-03-04 | Refunds issued'], statement), [], 'a date-only entry');
      assert.deepEqual(mismatches([...plain.slice(0, 5), '2024-03-03 ~18:44 | Invoices sent again'], statement), [], 'an approximate time');
      assert.deepEqual(mismatches([plain[1], plain[0], ...plain.slice(2)], statement), [], 'out of order');
      assert.deepEqual(mismatches(plain, 'Total Downtime: 11 hours'), [], 'longer than the timeline');
      assert.deepEqual(mismatches(plain, 'Total Downtime: over 6 hours'), [], 'a bound');
      assert.deepEqual(mismatches(plain, 'Time to acknowledge: 0 minutes'), [], 'nothing: one entry marks both ends');
    });

    it('says nothing for a timeline told in prose, which names only the times its sentences mention', () => {
      const prose = plain.map((row) => row.replace(/^2024-03-03 (\d\d:\d\d) \| (.*)$/, 'At $1 UTC, $2.')).join('\n\n');
      const text = `# Post-Mortem: Outage on 2024-03-03\n\nTotal Downtime: 6 hours, 28 minutes\n\n## Timeline\n\n${prose}\n`;
      assert.equal(read(text).model.timeline.length, plain.length);
      assert.deepEqual(read(text).findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
    });
  });
});

describe('milestones in a ticket\'s words', () => {
  it('reads a ticket picked up as the acknowledgement and the incident\'s level set ("Upgraded to P1") as triage', () => {
    const { milestones } = read(timeline(['10:00 | Checkout errors begin', '10:04 | Alert fires for checkout 5xx', '10:06 | Ticket picked up by Sam', '10:10 | Upgraded to P1', '10:30 | Reverted the config', '10:45 | Error rate back to normal']));
    assert.deepEqual(milestones, ['10:00 started', '10:04 detected', '10:06 acknowledged', '10:10 triaged', '10:30 mitigated', '10:45 resolved']);
    assert.deepEqual(read(timeline(['10:00 | Errors begin', '10:12 | Severity raised to SEV-2 by the IC'])).milestones, ['10:00 started', '10:12 triaged']);
  });

  it('reads the earliest failing run as the start, a tag moved back to a version as the mitigation, alarms that fire, and "End of service impact"', () => {
    const { milestones } = read(timeline(['13:02 | v3.4.0 published, tag moved', '13:10 | Earliest failing run we could find afterwards', '13:17 | Latency/loss alarms fire on the probe mesh', '14:09 | `v3` tag force-pushed back to v3.3.2. Green again in the scratch repo', '14:41 | All probes green. End of service impact', '15:30 | Postmortem scheduled']));
    assert.deepEqual(milestones, ['13:10 started', '13:17 detected', '14:09 mitigated', '14:41 resolved']);
  });

  it('reads the start without a "started" word, a report phoned to the service desk, a ticket picked up, a hold mode as the mitigation, a backlog that had drained', () => {
    const { milestones } = read(timeline(['10:12 | Upload service begins returning HTTP 502 for all uploads', '10:41 | The contact centre team leader emails the service desk: callers cannot upload', '10:47 | The duty engineer picks up the ticket', '12:15 | Hold mode enabled. Uploads succeed again', '13:40 | The backlog had fully drained', '16:05 | INC0048213 closed']));
    assert.deepEqual(milestones, ['10:12 started', '10:41 detected', '10:47 acknowledged', '12:15 mitigated', '13:40 resolved']);
    const starts = ['07:38 | The client certificate on the channel reached its expiry time', '23:47 | LIMS starts queuing. Results stop reaching the EHR from here.', '10:03 | The dispatcher throws on serialisation. Crash loop begins.', '07:38 | From this point every connection attempt to the listener was rejected'];
    for (const row of starts) assert.deepEqual(read(timeline([row])).milestones.map((m) => m.split(' ')[1]), ['started'], row);
  });

  it('takes no detection from an alert the entry says did not fire, and reads a paused optimizer and a rerun done', () => {
    const { milestones } = read(timeline(['08:00 | SLA for the mart. No SLA miss alert because the DAG sets it on the last task only', '13:15 | Customers report zero conversions', '14:40 | Dee pauses the budget optimizer', '16:25 | Rerun done; dashboards correct']));
    assert.deepEqual(milestones, ['13:15 detected', '14:40 mitigated', '16:25 resolved']);
  });

  it('reads an author\'s own words for the moments: "That is the moment things broke", "I understood it.", "That stopped the bleeding"', () => {
    const { milestones } = read(timeline(['10:31 | The publish job uploaded one file. That is the moment things broke for users', '11:58 | The first report came in', '13:45 | I understood it.', '14:10 | I yanked 1.9.0. That stopped the bleeding for almost everyone.']));
    assert.deepEqual(milestones, ['10:31 started', '11:58 detected', '13:45 identified', '14:10 mitigated']);
    assert.deepEqual(read(timeline(['10:00 | Errors begin', '11:00 | Nobody understood it.'])).milestones, ['10:00 started']);
  });

  it('takes no detection from a customer notice, and reads traffic moving away in the present tense as the mitigation', () => {
    const { milestones } = read(timeline(['04:41 | Support gets the first ticket: backups stalled', '04:48 | Change manager approves extending the window. Customer notice sent', '05:06 | Bundle costed out, traffic moves to the other bundles', '05:10 | Customer tickets stop. End of customer impact.']));
    // The first report is the start too: nothing earlier says impact began.
    assert.deepEqual(milestones, ['04:41 started', '05:06 mitigated', '05:10 resolved']);
  });

  it('reads a NOC\'s wording: alarms on the waves, an alarm picked up, qps climbing, "Root cause of the degradation understood", "No alert."', () => {
    const { milestones } = read(timeline(['23:31 | LOS alarms on 8 of 16 waves', '23:33 | NOC L1 picks up the critical alarm in Netcool', '23:52 | Root cause of the degradation understood: a cut duct']));
    assert.deepEqual(milestones, ['23:31 detected', '23:33 acknowledged', '23:52 identified']);
    assert.deepEqual(read(timeline(['09:31 | Frontends show inbound qps climbing from 190k to 1.1M', '09:33 | Alert fires'])).milestones, ['09:31 started', '09:33 detected']);
    assert.deepEqual(read(timeline(['13:48 | Resolvers start answering REFUSED. No alert.'])).milestones, ['13:48 started']);
  });

  it('reads an alert named in CamelCase or as a metric expression that fires and pages someone, not any word that is triggered', () => {
    const { milestones } = read(timeline(['10:02 | Shipping errors start for customers', '10:21 | checkout_shipping_step_error_rate > 10% fires, pages Wes']));
    assert.deepEqual(milestones, ['10:02 started', '10:21 detected']);
    assert.deepEqual(read(timeline(['10:10 | KafkaUnderReplicatedPartitions fires, pages Jun'])).milestones, ['10:10 detected']);
    assert.deepEqual(read(timeline(['16:09 | Pipeline triggered to resolve the dashboard issue'])).milestones, []);
  });

  it('reads a fleet\'s wording: devices that start rebooting, brokers that stop delivering, a wave paused, units reporting or connected again', () => {
    assert.deepEqual(read(timeline(['10:00 | Hubs start rebooting in a loop', '10:20 | Wave 2 paused', '11:00 | ~3,900 units reporting again'])).milestones, ['10:00 started', '10:20 mitigated', '11:00 resolved']);
    assert.deepEqual(read(timeline(['10:00 | Brokers stop delivering messages', '11:00 | All 41 gateways connected again'])).milestones, ['10:00 started', '11:00 resolved']);
  });

  it('reads a small team\'s wording: "- pages kenji", "kai: looking", "Noor says she\'s looking", "ok it\'s the migration", "all good now"; not "Looking at the nodes"', () => {
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:04 | Better Uptime: /healthz down - pages kenji', '10:06 | kai: looking', '10:20 | ok it\'s the migration', '10:40 | rolled it back, all good now'])).milestones, ['10:00 started', '10:04 detected', '10:06 acknowledged', '10:20 identified', '10:40 mitigated']);
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:05 | Noor says she\'s looking', '10:15 | figured out it\'s the export worker'])).milestones, ['10:00 started', '10:05 acknowledged', '10:15 identified']);
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:05 | Looking at resource utilization on the nodes'])).milestones, ['10:00 started']);
  });

  it('reads a severity declared as triage, "links it to the map build" and "Cause established" as the cause, "Workaround live.", "Rollback at 100%", "Old cert restored"', () => {
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:05 | SEV-2 declared, Priya takes IC', '10:20 | Ana links it to the 17:58 map build', '10:30 | Workaround live.'])).milestones, ['10:00 started', '10:05 triaged', '10:20 identified', '10:30 mitigated']);
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:10 | Cause established: expired certificate', '10:20 | Rollback at 100%'])).milestones, ['10:00 started', '10:10 identified', '10:20 mitigated']);
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:10 | Reza links it to PR #1412', '10:20 | Old cert restored'])).milestones, ['10:00 started', '10:10 identified', '10:20 mitigated']);
  });

  it('reads "confirmed the cause" as the cause identified', () => {
    assert.deepEqual(read(timeline(['20:04 | Origin begins returning HTTP 503 to the CDN', '20:38 | Tom confirmed the cause: a CDN configuration change'])).milestones, ['20:04 started', '20:38 identified']);
  });

  it('reads a batch job that abends as the start, an operator who spots it or a lead who raises a ticket as the detection; not "hot spots"', () => {
    assert.deepEqual(read(timeline(['01:47 | SAVINT40 abends S0C7 in STEP030', '02:35 | Operations Bridge operator spots SAVINT40 in ABEND status'])).milestones, ['01:47 started', '02:35 detected']);
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:20 | Billing Team Lead raises INC5530218'])).milestones, ['10:00 started', '10:20 detected']);
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:20 | hot spots appear on the map'])).milestones, ['10:00 started']);
  });

  it('reads no mitigation into a try that failed, and no detection into an alert no one saw', () => {
    const rows = [
      '10:00 | Checkout errors begin.',
      '10:13 | Alert "PgBouncer waiting clients > 50" fires into #dba-alerts. Nobody sees it.',
      '10:22 | Support reports failing checkouts; on-call paged.',
      '10:30 | First attempt: increase the memory limit from 8G to 16G. Survives longer but still grows, killed after ~6 min.',
      '10:40 | Restarted worker-2 to see if it recovers. It rejoins and gets stuck again within a minute.',
      '10:50 | Rolled back the release; errors stop.',
    ];
    assert.deepEqual(read(timeline(rows)).milestones, ['10:00 started', '10:22 detected', '10:50 mitigated']);
  });

  it('reads no mitigation into a reboot the next entry says did not fix it, in a control room\'s "**Sequence (all local):**" of "1012hrs" times', () => {
    const text = '# Video wall\n\n**Sequence (all local):**\n\n1012hrs – wall controller lost all outputs, desks blind\n1014hrs – INC raised P2, I picked it up.\n1021hrs – WC-01 showing GPU driver fault, rebooted.\n1033hrs – reboot didn\'t fix it. Found the driver update.\n1040hrs – rolled back driver.\n';
    assert.deepEqual(read(text).milestones, ['1014hrs acknowledged', '1040hrs mitigated']);
  });

  it('reads a team\'s "acknowledge" in the present ("Batch Ops acknowledge alert", "Ops Bridge acknowledge, page ...") and screens "start going black"', () => {
    const rows = ['01.58 | Job EODP0410 abends.', '02.03 | Alert raised to Batch Ops console.', '02.16 | Batch Ops acknowledge alert. Restart from STEP040.', '02.58 | MIM joins.'];
    assert.deepEqual(read(timeline(rows)).milestones.filter((m) => /acknowledged/.test(m)), ['02.16 acknowledged']);
    const black = ['20:14 | tvOS players start going black.', '20:21 | Social team reports black screens.'];
    assert.deepEqual(read(timeline(black)).milestones.filter((m) => /started/.test(m)), ['20:14 started']);
  });

  it('reads a release tag moved back to the last good version ("force-moves `v2` back to v2.8.3") as the mitigation', () => {
    const rows = [
      '23:52 | v2.8.4 release published; errors begin for every workflow on @v2.',
      '00:14 | #657 opened: cache restore fails.',
      '01:05 | @yuki-t force-moves `v2` back to v2.8.3. New runs pass again.',
      '02:02 | v2.8.5 released.',
    ];
    assert.deepEqual(read(timeline(rows)).milestones.filter((m) => /mitigated/.test(m)), ['01:05 mitigated']);
  });

  it('reads no mitigation into a go/no-go that weighs the fixes, only into the fix done', () => {
    const rows = [
      '00:02 | AU viewers start getting streams from the US, rebuffering climbs.',
      '00:08 | Alert fires, on-call paged.',
      '00:15 | Go/no-go: fix the delay live on the backup encoder vs. fail back to the primary. Decision: fix live.',
      '00:24 | Steering policy rolled back; AU rebuffer back to baseline.',
    ];
    assert.deepEqual(read(timeline(rows)).milestones.filter((m) => /mitigated|resolved/.test(m)), ['00:24 mitigated']);
  });

  it('reads an incident tool\'s "Milestone changed to **Detected**" as the author\'s marker, over earlier wording', () => {
    const rows = [
      '22:04 | logs start showing READONLY errors; logout rate starts climbing',
      '22:11 | First support ticket: "kicked out of my account twice"',
      '22:20 | Datadog monitor triggered; incident opened automatically. Milestone changed to **Detected**',
      '23:10 | Restart done, errors at zero. Milestone changed to **Mitigated**',
    ];
    assert.deepEqual(read(timeline(rows)).milestones, ['22:04 started', '22:20 detected', '23:10 mitigated']);
  });

  it('reads plain words for milestones: "the point I knew something was wrong", "Dean found it", "arriving again", "All working."', () => {
    const rows = [
      '08:50 | First lesson: the Chromebooks will not sign in.',
      '09:20 | Mr Okafor rings the office. This is really the point I knew something was wrong.',
      '10:15 | Dean found it. The certificate expired at midnight.',
      '11:10 | Dean pushed out a new certificate.',
      '12:30 | Restarted the rest. All working.',
    ];
    assert.deepEqual(read(timeline(rows)).milestones.filter((m) => !m.endsWith('started')), ['09:20 detected', '10:15 identified', '12:30 mitigated']);
    assert.deepEqual(read(timeline(['10:00 | errors begin', '10:30 | We never found it.', '11:50 | New emails arriving again.'])).milestones, ['10:00 started', '11:50 resolved']);
  });

  it('reads no detection in an alert routed to a list nobody reads, and no resolution in an alert clearing ("[alert] X resolved")', () => {
    const rows = [
      '10:00 | index updates stop; searches return stale results',
      '10:14 | freshness alert did fire, but it routes to the old mailing list that nobody reads anymore',
      '11:10 | a seller reports stale listings; on-call paged',
      '12:05 | [alert] IndexFreshnessLag resolved',
      '12:40 | backfill done, incident resolved by @joanna',
    ];
    assert.deepEqual(read(timeline(rows)).milestones.filter((m) => /detected|resolved/.test(m)), ['11:10 detected', '12:40 resolved']);
  });

  it('reads the author\'s "(Impact end.)" as the end of impact, over a partial recovery before it', () => {
    const rows = [
      '23:52 | Hub reloaded; 14 sites lose their tunnels. (Impact start.)',
      '01:18 | Rollback completed; 12 of the 14 sites back.',
      '02:10 | The last two sites restarted; all 22 connected. *(Impact end.)*',
      '08:00 | Observation period completed; incident closed.',
    ];
    const { model, findings } = read(timeline(rows, '**Total downtime: 2 hours 18 minutes**'));
    assert.equal(model.durations.impactMinutes, 138);
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
  });

  it('reads "That is the real root cause" and a closing "Root cause." as the cause identified', () => {
    const rows = (said: string) => ['10:00 | Errors begin.', '10:10 | Alert fires; on-call paged.', `10:30 | ${said}`, '10:45 | Job paused; errors stop.'];
    assert.deepEqual(read(timeline(rows('Ravi finds the cron job in the diff; it holds row locks for minutes. Root cause.'))).milestones[2], '10:30 identified');
    assert.deepEqual(read(timeline(rows('Felix traces a batch. That is the real root cause; the settings only hid it.'))).milestones[2], '10:30 identified');
    assert.deepEqual(read(timeline(rows('Felix traces a batch; the root cause is still unknown.'))).milestones[2], '10:45 mitigated');
  });

  it('reads a level declared "as SEV-2" or raised to one in the present tense as the triage', () => {
    const rows = (said: string) => ['10:00 | Errors begin.', '10:05 | Alert fires; on-call paged.', '10:08 | Priya acks.', `10:12 | ${said}`, '10:30 | Rolled back.'];
    assert.equal(read(timeline(rows('Incident declared as SEV-2 via /incident declare.'))).milestones[3], '10:12 triaged');
    assert.equal(read(timeline(rows('Arjun raises to SEV-2 and opens #inc-504.'))).milestones[3], '10:12 triaged');
  });

  it('reads "Major incident declared, P1" as the triage, and as the acknowledgement too when nothing acknowledged before it', () => {
    const rows = (...said: string[]) => ['10:00 | Errors begin.', '10:05 | Alert fires.', ...said, '10:30 | Rolled back.'];
    assert.deepEqual(read(timeline(rows('10:08 | Priya acks.', '10:12 | Major incident declared, P1.'))).milestones.slice(2, 4), ['10:08 acknowledged', '10:12 triaged']);
    const declared = read(timeline(rows('10:12 | Major incident declared, P1.'))).model.timeline[2];
    assert.deepEqual([declared.milestone, ...declared.alsoMilestones], ['acknowledged', 'triaged']);
    assert.deepEqual(read(timeline(rows('10:08 | Priya acks.', '10:12 | SEV2 incident declared.'))).milestones.slice(2, 4), ['10:08 acknowledged', '10:12 triaged']);
  });

  it('reads "requests begin failing" and "users start seeing errors" as the start, but not a failure returning or a failover', () => {
    const rows = (said: string) => [`09:58 | ${said}`, '10:05 | Alert fires.', '10:30 | Rolled back.'];
    assert.equal(read(timeline(rows('Deploy starts; checkout requests begin failing'))).milestones[0], '09:58 started');
    assert.equal(read(timeline(rows('Users start seeing errors on login'))).milestones[0], '09:58 started');
    assert.equal(read(timeline(rows('Launches begin failing again with the same timeouts'))).milestones[0], '10:05 detected');
    assert.equal(read(timeline(rows('We begin failing over to us-west'))).milestones[0], '10:05 detected');
  });

  it('reads an alert firing with its window in brackets and paging someone "(primary)", and "restarted pods have v14" as no restart', () => {
    const rows = (...said: string[]) => ['22:47 | Cryptogram mismatch begins. First declines.', ...said, '00:52 | Rolled back configmap to v13.'];
    assert.deepEqual(read(timeline(rows('23:05 | saved_card_decline_rate > 8% (10 min window) fires. Pages Farhan (primary).'))).milestones.slice(0, 2), ['22:47 started', '23:05 detected']);
    assert.deepEqual(read(timeline(rows('23:05 | Alert fires.', '00:15 | Diff: restarted pods have config v14. Cause understood.'))).milestones.slice(2), ['00:15 identified', '00:52 mitigated']);
    assert.equal(read(timeline(rows('23:05 | Alert fires.').map((r) => r.replace('Cryptogram mismatch begins. First declines.', 'Corruption starts with the first batch.')))).milestones[0], '22:47 started');
  });

  it('reads the reports and replies of an issue tracker or a security inbox as detection and acknowledgement', () => {
    const rows = (detected: string, acknowledged: string) => ['09:58 | Errors begin.', `10:00 | ${detected}`, `10:05 | ${acknowledged}`, '10:30 | All good.'];
    const milestones = (detected: string, acknowledged: string) => read(timeline(rows(detected, acknowledged))).milestones.slice(1, 3);
    assert.deepEqual(milestones('@kim opens issue #2291: install fails', '@bo replies on #2291 "on it"'), ['10:00 detected', '10:05 acknowledged']);
    assert.deepEqual(milestones('@chen opens #5524, first time any of us hears about it', '@bo labels P0, comments "looking now"'), ['10:00 detected', '10:05 acknowledged']);
    assert.deepEqual(milestones('Report arrives at security@acme.io', 'Dev reads the report, replies to the researcher'), ['10:00 detected', '10:05 acknowledged']);
  });

  it('does not start the impact at a background job\'s first failed attempt ("First failed certbot renewal attempt"), but at the expiry', () => {
    const rows = ['02:14 | First failed certbot renewal attempt; nobody is emailed.', '20:12 | Certificate expires. Registry unusable.', '21:40 | Users report errors.'];
    assert.deepEqual(read(timeline(rows)).milestones.slice(0, 2), ['20:12 started', '21:40 detected']);
  });

  it('reads "NMS raised major alarm" as the detection, and "Empty result pages start." as no page', () => {
    const rows = ['00:02 | Search p99 jumps. Empty result pages start. (start of impact)', '00:04 | NMS raised major alarm on gw-3', '00:31 | All good.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['00:02 started', '00:04 detected', '00:31 resolved']);
  });

  it('reads "start coming back empty", "Found the reason.", "Exposure ends." (the end of impact) and "green again"', () => {
    assert.deepEqual(read(timeline(['00:02 | Old statements start coming back empty', '00:04 | Alert fires', '00:10 | Found the reason.', '00:20 | Bucket made private. Exposure ends.', '01:30 | All keys rotated.'])).milestones, [
      '00:02 started',
      '00:04 detected',
      '00:10 identified',
      '00:20 resolved',
    ]);
    assert.equal(read(timeline(['15:52 | Builds start failing on main', '16:10 | Alert fires', '18:02 | Full CI on main green again'])).milestones[2], '18:02 resolved');
  });

  it('reads a release\'s story: "success rate starts to fall", an issue opened on a failure, "2.8.0 files yanked" (no "0 files")', () => {
    assert.equal(read(timeline(['12:03 | Checkout success rate starts to fall, 96% → 71%.', '12:06 | Alert fires.'])).milestones[0], '12:03 started');
    const release = ['16:58 | @hgruber opens #1877: "Illegal instruction on import after upgrade to 2.8.0"', '18:15 | Cause found: the preset sets -march=native', '18:31 | All 2.8.0 files yanked on PyPI'];
    assert.deepEqual(read(timeline(release)).milestones, ['16:58 detected', '18:15 identified', '18:31 mitigated']);
    assert.deepEqual(read(timeline(['09:58 | Errors begin', '10:00 | @bo opens #4415: "Declare the cfgs"', '10:30 | All good.'])).milestones, ['09:58 started', '10:30 resolved']);
  });

  it('estimates the start at a release uploaded before the first report, when nothing says when impact began', () => {
    const found = read(timeline(['14:48 | Wheels + sdist uploaded to PyPI', '16:58 | @hgruber opens issue #1877 about the import', '18:31 | Release yanked']));
    assert.deepEqual(found.milestones, ['14:48 started', '16:58 detected', '18:31 mitigated']);
    assert.equal(found.model.timeline[0].milestoneWeak, true);
  });

  it('reads an attack told in prose: "The first attacker login ...", "The first signal came ...", and "the 7 accounts we had identified" as no cause found', () => {
    const rows = ['02:14 | The first attacker login we can find happened then, from a proxy pool.', '09:38 | The first signal came, when an admin wrote to support.', '10:11 | Jordan acknowledged the page.', '11:32 | We revoked all sessions for the 7 accounts we had identified.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['02:14 started', '09:38 detected', '10:11 acknowledged', '11:32 mitigated']);
  });

  it('reads "posts in #ci that she\'s looking at it" as the acknowledgement', () => {
    const rows = ['09:58 | Errors begin', '10:00 | Alert fires', "10:05 | Re-run fails. @ines opens #4413 and posts in #ci that she's looking at it.", '10:30 | All good.'];
    assert.equal(read(timeline(rows)).milestones[2], '10:05 acknowledged');
  });

  it('reads "Every HTTPS request now fails" as the start, and no mitigation in "PANIC and shutdown" nor in a restart with "Same error."', () => {
    assert.deepEqual(read(timeline(['08:12 | Certificate passes notAfter. Every HTTPS request to the API now fails the handshake.', '08:31 | Sentry alert email.'])).milestones, ['08:12 started', '08:31 detected']);
    const rows = ['03:02 | Postgres PANIC and shutdown. Every API request now 500s.', '03:20 | UptimeRobot alert.', '03:40 | Restarted the worker just in case. Same error.', '04:00 | Restarted postgres after freeing disk.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['03:02 started', '03:20 detected', '04:00 mitigated']);
  });

  it('reads "First `NullPointerException` in ...", "Automated alert raised:", "Page sent to NOC on-call", "I ack the page" and "switched the store back on"', () => {
    const rows = ['10:02 | First `NullPointerException` in `CarouselBinder.bind()`.', '10:20 | Automated alert raised: utilisation above 95%.', '10:22 | I ack the DB page.', '10:41 | The parser query comes back null for some orders.', '11:10 | We switched the store back on.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['10:02 started', '10:20 detected', '10:22 acknowledged', '11:10 resolved']);
    assert.equal(read(timeline(['18:43 | Checks fail 3 runs. Page sent to NOC on-call.', '18:50 | NOC acknowledges.'])).milestones[0], '18:43 detected');
    // Not a first alert's error name, a product's alert, nor a page that was not sent.
    assert.deepEqual(read(timeline(['14:04 | Release live.', '14:09 | First Sentry alert `StripeInvalidRequestError` went to #alerts.'])).milestones.filter((m) => m.endsWith('started')), []);
    assert.deepEqual(read(timeline(['23:47 | Sports final alert sent to 3.96M phones.', '00:04 | Ruth notices her phone never buzzed.'])).milestones, ['00:04 detected']);
    assert.deepEqual(read(timeline(['01:55 | Job failed. Mail sent to a dead mailbox. No on-call page sent to anyone.'])).milestones.filter((m) => m.endsWith('detected')), []);
  });

  it('reads no mitigation in what must still be done ("FPCs must be downgraded") or has only started ("downgrade started")', () => {
    const rows = ['04:22 | TAC confirms known issue; FPCs must be downgraded.', '04:40 | FPC 2 firmware downgrade started.', '05:58 | Rolled back FPC 3.'];
    assert.deepEqual(read(timeline(rows)).milestones.filter((m) => m.endsWith('mitigated')), ['05:58 mitigated']);
  });

  it('reads "Drafts wiped for every upgrading user" as the start, "campaign STOPPED" as the mitigation; not "I see none of them" nor a "Renewed certificate located"', () => {
    const rows = ['10:00 | 3.2.0 rollout at 10%. Drafts wiped for every upgrading user.', '10:05 | 9 more chats arrive. I see none of them.', '10:20 | Support escalates.', '10:30 | Renewed certificate located in the store.', '10:41 | campaign STOPPED.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['10:00 started', '10:20 detected', '10:41 mitigated']);
  });

  it('reads no mitigation in an "un-cancelled query" someone finds', () => {
    const rows = ['09:40 | Duplicates confirmed.', '10:15 | Mia finds the un-cancelled query in the query history.', '10:30 | Sync paused, dashboards hidden.'];
    assert.deepEqual(read(timeline(rows)).milestones.filter((m) => m.endsWith('mitigated')), ['10:30 mitigated']);
  });

  it('reads no detection in "so nothing on our side alerted", and "emails stop going out" as the start', () => {
    const rows = ['07:30 | The certificate expired. Our error rates did not move, so nothing on our side alerted.', '07:52 | Customer Success escalated a ticket.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['07:30 started', '07:52 detected']);
    assert.equal(read(timeline(['23:48 | Redis full. Emails and webhooks stop going out.', '00:03 | Alert fires.'])).milestones[0], '23:48 started');
  });

  it('reads a formal report\'s triage ("Critical incident declared", "invoked the MI process", "classified the event as a Category 2 ...") and "established that"', () => {
    const rows = (triage: string) => ['09:58 | Errors begin', '10:00 | Alert fires', '10:02 | Ann acks', `10:05 | ${triage}`, '10:08 | Ops established that HSM-02 was returning error 10', '10:30 | All good.'];
    for (const triage of ['Critical incident declared', 'The Major Incident Manager invoked the MI process', 'Duty Manager classified the event as a Category 2 operational incident']) {
      assert.deepEqual(read(timeline(rows(triage))).milestones.slice(3, 5), ['10:05 triaged', '10:08 identified'], triage);
    }
  });

  it('dates the detection at an outsider\'s report, not at their noticing ("Researcher notices ..." then "His report lands in security@"), and holds "~2 days 4 hours" to the hour', () => {
    const text = '# Public bucket\n\n- Time to detect: ~2 days 4 hours\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2025-03-03 10:12 | Terraform apply. **Exposure begins.** |\n| 2025-03-04 15:30 | Researcher (J. Okafor, via our bounty page) notices that an expired link still downloads. |\n| 2025-03-05 22:47 | His report lands in security@ledgerly.io. |\n| 2025-03-06 08:05 | Dev reads the report, replies to the researcher. |\n';
    const found = read(text);
    assert.deepEqual(found.milestones, ['2025-03-03 10:12 started', '2025-03-05 22:47 detected', '2025-03-06 08:05 acknowledged']);
    assert.deepEqual(found.findings.filter((f) => f.code === 'stated-duration-mismatch').length, 1);
  });

  it('reads the start in "stops responding", "lose power" and "deposits stop being credited", but not in "monitoring stops working"', () => {
    for (const start of ['Firewall stops responding.', 'UPS-B switches off. B-side PDUs lose power.', 'This is when deposits stop being credited.']) {
      assert.deepEqual(read(timeline(['08:00 | Deploy of v2 finished.', `10:00 | ${start}`, '10:30 | Tom acks.'])).milestones[0], '10:00 started', start);
    }
    assert.deepEqual(read(timeline(['08:00 | Bridge traffic increases.', '08:03 | End-to-end monitoring stops working.'])).milestones, []);
  });

  it('reads a page "goes to" the on-call and an alert named with digits ("Artifactory5xxRateHigh fires") as the detection, not one sent to a list "not monitored overnight"', () => {
    for (const alert of ['PagerDuty Artifactory5xxRateHigh fires (5xx > 10% for 15m)', 'Page goes to DC Ops on-call', 'PagerDuty incident triggers for disk alerts']) {
      assert.deepEqual(read(timeline(['09:00 | Errors start.', `10:09 | ${alert}`, '10:30 | Tom acks.'])).milestones, ['09:00 started', '10:09 detected', '10:30 acknowledged'], alert);
    }
    const unwatched = ['09:00 | Errors start.', '09:20 | Nagios disk alert fires, but to a list not monitored overnight.', '09:58 | Clinician calls the service desk.'];
    assert.deepEqual(read(timeline(unwatched)).milestones, ['09:00 started', '09:58 detected']);
  });

  it('reads a queue that "begins to back up" as the start', () => {
    const rows = ['09:42 | Notification delivery queue begins to back up.', '09:51 | Internal monitoring alerts our on-call team to growing queue depth.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['09:42 started', '09:51 detected']);
  });

  it('reads a plant "returned to full automatic control" or "back to auto" as service back', () => {
    for (const back of ['Site returned to full automatic control. Night cover stood down.', 'Temporary cable fitted; Elm Road back to auto']) {
      assert.deepEqual(read(timeline(['02:14 | PLC stops; outage begins', '03:05 | Spill alarm raised', `16:20 | ${back}`])).milestones, ['02:14 started', '03:05 detected', '16:20 resolved'], back);
    }
  });

  it('reads no detection in "Journal shows no alarm", and no mitigation in a restart that "faults again"', () => {
    const rows = ['02:14 | Last change of value from the PLC. Journal shows no alarm.', '03:05 | EDM spill alarm raised at the control room', '03:09 | Operator acknowledges the alarm', '06:30 | Processor power-cycled. PLC restarts but faults again after 4 minutes.', '07:10 | Spare processor fitted; PLC running, screens back'];
    const read = analyzeText(timeline(rows), { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.timeline;
    assert.deepEqual(read.filter((e) => e.milestone === 'detected' || e.timeText === '06:30').map((e) => `${e.timeText} ${e.milestone}`), ['03:05 detected', '06:30 undefined']);
  });

  it('reads no detection in a reference ("(see log)") or an alert mail left unread, but in "I see the alert mail"', () => {
    const rows = ['03:03 | first timeouts, messages go to the retry queue (see log)', '03:30 | queue over threshold, alert mail (unread)', '07:35 | I see the alert mail', '07:58 | gateway service restarted'];
    assert.deepEqual(read(timeline(rows)).milestones, ['03:03 started', '07:35 detected', '07:58 mitigated']);
  });

  it('reads the cause found in "Found the real problem:", "understood the real cause", "finds the change", "That\'s my change."', () => {
    for (const cause of ['Found the real problem: the cleanup daemon deletes the old path.', 'This is the moment we understood the real cause.', 'Omar finds the change.', "That's my change. Default rule should have been false.", 'Ana found the reference-generation bug.']) {
      assert.deepEqual(read(timeline(['09:00 | Errors start.', '09:02 | Alert fires.', `10:00 | ${cause}`])).milestones[2], '10:00 identified', cause);
    }
  });

  it('reads no mitigation or recovery in a try that failed or did nothing ("... back online read-only fails", "reverts nothing yet", "cannot be failed over"), nor "the errors are back"', () => {
    for (const tried of ['Attempt to force the pool back online read-only fails.', 'Stefan: reverts nothing yet, starts a bisect.', 'Traffic cannot be failed over to B.', 'The errors are back.']) {
      assert.deepEqual(read(timeline(['09:00 | Errors start.', '09:02 | Alert fires.', `10:00 | ${tried}`])).milestones, ['09:00 started', '09:02 detected'], tried);
    }
  });

  it('reads "confirms all services back" and "we consider the impact to have ended" as the end, not "All 12 servers rolled back"', () => {
    assert.deepEqual(read(timeline(['09:00 | Errors start.', '09:02 | Alert fires.', '10:00 | NOC confirms all services back.'])).milestones[2], '10:00 resolved');
    assert.deepEqual(read(timeline(['09:00 | Errors start.', '09:02 | Alert fires.', '10:00 | This is where we consider the impact to have ended.'])).milestones[2], '10:00 resolved');
    assert.deepEqual(read(timeline(['09:00 | Errors start.', '09:02 | Alert fires.', '10:00 | All 12 servers rolled back and announcing.'])).milestones[2], '10:00 mitigated');
  });

  it('takes no detection from a page the responder sends after answering ("ack, looking. declaring incident, Head of Ops paged")', () => {
    const rows = ['05:02 | Uploads start failing', '05:12 | Retries exhausted; alert UPLOAD-FAIL raised', '06:52 | ack, looking. declaring incident, Head of Ops paged'];
    assert.deepEqual(read(timeline(rows)).milestones, ['05:02 started', '05:12 detected', '06:52 acknowledged']);
  });
  it('reads a page to a name with accents ("pages Lucía") as the detection, and starting the incident channel as the response', () => {
    const rows = ['07:45 | First burst: 503 rate jumps to 38%', '07:47 | `web-fast-burn` pages Lucía (primary on-call)', '07:48 | Burst over. Lucía acks the page', '08:00 | Second burst. Alert fires again'];
    assert.deepEqual(read(timeline(rows)).milestones, ['07:45 started', '07:47 detected', '07:48 acknowledged']);
    assert.deepEqual(read(timeline(['13:14 | Bad scores start here.', '14:15 | Marta notices the send count is 25x', '14:19 | Lena starts an incident channel'])).milestones, ['13:14 started', '14:15 detected', '14:19 acknowledged']);
  });

  it('reads a process OOM killed as the start, not a pod\'s status field ("lastState: OOMKilled")', () => {
    assert.deepEqual(read(timeline(['09:41 | Memory at 92%', '09:58 | `sessions-prod-0` OOM-killed. Sentinel promotes `sessions-prod-1`', '10:09 | Alert fires'])).milestones, ['09:58 started', '10:09 detected']);
    assert.deepEqual(read(timeline(['10:12 | Tomás: cainjector restarting, lastState: OOMKilled', '10:20 | Alert fires'])).milestones, ['10:20 detected']);
  });

  it('reads someone raising it in a team\'s channel as the detection where nothing says more, not a bot posting where nobody is watching', () => {
    assert.deepEqual(read(timeline(['06:12 | Entitlement service starts getting 429s', '06:31 | Customer Care posts in #paywall-help: subscribers see the paywall', '06:40 | On-call acks'])).milestones, ['06:12 started', '06:31 detected', '06:40 acknowledged']);
    assert.deepEqual(read(timeline(['17:52 | Canary pods fail. Train bot posts in #release-train. Nobody is watching at this hour.', '07:55 | I pick up the dashboard and see eu-west paused'])).milestones, ['07:55 detected']);
    // The message quoted below the line that names the channel.
    assert.deepEqual(read(timeline(['13:41 | Writes start failing with OOM', '14:00 | Support lead in #help-auth:', '14:04 | Sam acknowledged'])).milestones, ['13:41 started', '14:00 detected', '14:04 acknowledged']);
  });

  it('takes no fix from a question about it ("OK to put it back to 200? needs a restart?")', () => {
    const rows = ['13:10 | Saves start failing', '13:34 | Alert fires', '14:20 | Alex: OK to put it back to 200? needs a restart?', '14:51 | Kemi: back up with max_connections=200. test save worked'];
    assert.deepEqual(read(timeline(rows)).milestones, ['13:10 started', '13:34 detected', '14:51 resolved']);
  });

  it('reads "Customer impact considered over" as the end of impact', () => {
    const rows = ['14:02 | Resolvers OOM-killed; first SERVFAIL spike', '14:11 | Alert fires', '14:52 | n05, n06 restarted with old RPZ', '15:19 | Success rate back above 99.5%. Customer impact considered over'];
    assert.deepEqual(read(timeline(rows)).milestones.at(-1), '15:19 resolved');
  });

  it('reads a rollback or failover that "completes" or "finishes" as the mitigation', () => {
    assert.deepEqual(read(timeline(['22:30 | Errors begin on checkout', '22:42 | Alert fires for 5xx rate', '00:20 | Rollback completes, errors stop'])).milestones, ['22:30 started', '22:42 detected', '00:20 mitigated']);
    assert.deepEqual(read(timeline(['22:30 | Errors begin on checkout', '22:42 | Alert fires for 5xx rate', '23:05 | Failover to eu-west finishes'])).milestones, ['22:30 started', '22:42 detected', '23:05 mitigated']);
  });

  it('reads traffic that "failed over to" another site as the mitigation, not the start, and a severity classified or assigned as the triage', () => {
    assert.deepEqual(read(timeline(['14:06 | Authorisation timeouts begin', '14:12 | Alert fires', '14:55 | All Visa traffic failed over to VGW-01'])).milestones, ['14:06 started', '14:12 detected', '14:55 mitigated']);
    assert.deepEqual(read(timeline(['09:10 | Batch errors begin', '09:20 | Alert fires', '09:40 | Incident Manager classifies the incident as Severity 2'])).milestones, ['09:10 started', '09:20 detected', '09:40 triaged']);
    assert.deepEqual(read(timeline(['09:10 | Batch errors begin', '09:20 | Alert fires', '09:40 | Incident Manager assigns Severity 2 (customer impact)'])).milestones, ['09:10 started', '09:20 detected', '09:40 triaged']);
  });

  it('reads an alarm named after the system that raised it, a pager going off and a pager\'s "— triggered" as the detection, not "No alarm."', () => {
    for (const alarm of ['CH-2 trips. BMS critical alarm.', 'NMS alarms: LOS on 14 circuits', 'Breaker opens. BMS branch-circuit monitoring alarm "CB14 0 A".', 'BGP sessions drop. NOC pager fires.']) {
      assert.deepEqual(read(timeline(['10:00 | Outage begins: chiller fan fails', `10:08 | ${alarm}`, '10:12 | On-call acknowledges'])).milestones, ['10:00 started', '10:08 detected', '10:12 acknowledged'], alarm);
    }
    const chat = '# Outage\n\n## Timeline (ET)\n\n- [11:31 PM] deploy-bot: errors begin on the API\n- [11:34 PM] **PagerDuty**: 🔴 `api 5xx rate > 5%` — triggered (us-east)\n- [11:36 PM] **Ana**: ack\n';
    assert.deepEqual(read(chat).milestones, ['11:31 PM started', '11:34 PM detected', '11:36 PM acknowledged']);
    assert.deepEqual(read(timeline(['10:00 | Outage begins: chiller fan fails', '10:08 | No alarm.', '10:12 | On-call acknowledges'])).milestones, ['10:00 started', '10:12 acknowledged']);
  });

  it('reads a revert applied, an alias swapped back to a version and traffic switched to a replica as the mitigation; a "Root cause clear:" entry as the cause only', () => {
    for (const fix of ['Atlantis applies revert', 'Manually swapped alias back to `docs-v18`', 'EU edges switched to the US storage replica as origin']) {
      assert.deepEqual(read(timeline(['10:12 | Uploads start failing', '10:19 | Alert fires', `11:01 | ${fix}`])).milestones, ['10:12 started', '10:19 detected', '11:01 mitigated'], fix);
    }
    const cause = '07:44 | Root cause clear: cert rotated, metadata stale. Options: (a) redeploy; (b) roll back to old cert. Going with (b).';
    assert.deepEqual(read(timeline(['07:00 | Logins start failing', '07:10 | Alert fires', cause, '08:06 | Old cert restored in secret'])).milestones, ['07:00 started', '07:10 detected', '07:44 identified', '08:06 mitigated']);
  });

  it('reports an outage stated far shorter than the least the timeline allows, the detection to the revert applied', () => {
    const rows = ['10:12 | Atlantis applies the policy change. Uploads start failing.', '10:19 | Support posts first ticket link in #help-engineering', '10:23 | Li picks it up', '10:38 | Farid confirms the condition should not be on the bucket', '11:01 | Atlantis applies revert', '11:04 | uploads work again, error rate back to normal'];
    assert.equal(mismatchesOn(rows)('Customer impact: 15 min.'), 1);
    assert.equal(mismatchesOn(rows)('Customer impact: 52 min.'), 0);
  });

  it('reads responses that begin returning a failure code, users who start hitting errors and stale prices that begin as the start; not responses returning 200 or normal results', () => {
    for (const start of ['Authorisation responses begin returning RC 91 (issuer unavailable).', 'API began returning 404s', 'From about 03:05 users started hitting errors', 'Job keeps yesterday\'s rates active. Stale pricing begins.']) {
      assert.deepEqual(read(timeline([`13:05 | ${start}`, '13:18 | Alert fires'])).milestones, ['13:05 started', '13:18 detected'], start);
    }
    for (const recovery of ['API starts returning 200s again', 'Requests begin returning normal results']) assert.deepEqual(read(timeline([`13:05 | ${recovery}`])).milestones, [], recovery);
  });

  it('reads "picked the mail up" and "I look at it" as the acknowledgement', () => {
    assert.deepEqual(read(timeline(['19:40 | Errors begin', '19:45 | Mira reports it by mail', '20:02 | I picked the mail up and confirmed it'])).milestones, ['19:40 started', '19:45 detected', '20:02 acknowledged']);
    assert.deepEqual(read(timeline(['13:50 | Errors begin', '13:55 | Alert fires', '14:02 | Lucas: I look at it'])).milestones, ['13:50 started', '13:55 detected', '14:02 acknowledged']);
  });

  it('reads failure responses that stop, an approval rate back to normal, transactions priced correctly from a point and balances up to date as the return of service', () => {
    for (const back of ['CardServ restore write access; RC 91 responses stop.', 'Approval rate normal.', 'New transactions priced correctly from this point.', 'Posting complete. Customer balances up to date.', 'Rebuild complete. Index current again.']) {
      assert.deepEqual(read(timeline(['13:05 | Declines begin', '13:18 | Alert fires', `15:52 | ${back}`])).milestones, ['13:05 started', '13:18 detected', '15:52 resolved'], back);
    }
  });

  it('reads the author\'s closing word for a milestone ("**Detected.**", "**Mitigated / end of impact.**", "**Contained**", "Containment declared"), not a revert still in its pipeline or a rollback abandoned', () => {
    const rows = ['21:47 | Errors begin', '22:58 | First support ticket about broken JSON', '23:15 | Support escalates to the on-call. **Detected.**', '23:20 | On-call acknowledges'];
    assert.deepEqual(read(timeline(rows)).milestones, ['21:47 started', '23:15 detected', '23:20 acknowledged']);
    const revert = ['14:00 | 429 errors begin', '14:22 | Alert fires', '14:48 | Revert PR merged, pipeline running.', '15:09 | Revert live on all pods. 429 ratio back to 0.4%. **Mitigated / end of impact.**', '15:40 | Resolved. Status page updated.'];
    assert.deepEqual(read(timeline(revert)).milestones, ['14:00 started', '14:22 detected', '15:09 mitigated', '15:40 resolved']);
    assert.deepEqual(read(timeline(['09:00 | Errors begin', '09:02 | Alert fires', '09:05 | Attempt to roll back the rotation: gateways reject the old certificates. Rollback abandoned.'])).milestones, ['09:00 started', '09:02 detected']);
    for (const contained of ['Okta sessions cleared, user suspended. **Contained**', 'Inbox rule removed; sender blocked. **Containment declared**', 'All 40 VMs deleted; contained']) {
      assert.deepEqual(read(timeline(['14:00 | Attacker access begins', '14:05 | SIEM alert fires', `14:11 | ${contained}`])).milestones, ['14:00 started', '14:05 detected', '14:11 mitigated'], contained);
    }
  });

  it('reads no mitigation after the author said the outage was over: what follows is follow-up', () => {
    const rows = ['10:02 | 503s from the waiting room edge; outage starts', '10:04 | Alert fires', '10:48 | Waiting room serving again. Outage over.', '10:55 | Comms: status page moved to "monitoring".', '12:00 | Queue drained. Incident resolved.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['10:02 started', '10:04 detected', '10:48 resolved']);
  });

  it('reads a security report\'s detection: a phase named closing the entry ("**Detection**"), a bug bounty report received; not any report received', () => {
    for (const detection of ['SIEM rule fires; P1 ticket opened. **Detection**', 'Bug bounty report received; SOC ticket opened']) {
      assert.deepEqual(read(timeline(['13:40 | Attacker access begins', `13:52 | ${detection}`, '13:55 | Analyst acknowledges'])).milestones, ['13:40 started', '13:52 detected', '13:55 acknowledged'], detection);
    }
    assert.deepEqual(read(timeline(['05:40 | Outage begins: missed blocks', '05:52 | Terrence flagged a high missed block rate', '06:39 | Report received from Lido about missed blocks'])).milestones, ['05:40 started', '05:52 detected']);
  });

  it('reads a report made to a team, saying what is wrong, as the detection over a later escalation; not one the team made', () => {
    const rows = ['10:12 | Outage begins: the archive certificate expires', '10:19 | Reporting room reports to PACS team that all studies show "Study unavailable".', '10:24 | PACS Manager rings the Service Desk to declare a Major Incident'];
    assert.deepEqual(read(timeline(rows)).milestones.slice(0, 2), ['10:12 started', '10:19 detected']);
    assert.deepEqual(read(timeline(['10:12 | Outage begins', '10:19 | We reported to the vendor team that it failed', '10:24 | Alert fires'])).milestones, ['10:12 started', '10:24 detected']);
  });

  it('reads a report to a desk or a control centre, and a priority ticket opened, as the detection', () => {
    for (const report of ['Ramp supervisor calls the station IT desk.', 'SIN duty manager to OCC: no loadsheets since 0640 LT. OCC advised', 'Contact volume spike; Care duty manager opens P2 in ServiceNow']) {
      assert.deepEqual(read(timeline(['06:10 | Readers show "server unreachable". Impact start.', `06:18 | ${report}`, '06:30 | Station IT acknowledges'])).milestones, ['06:10 started', '06:18 detected', '06:30 acknowledged'], report);
    }
    assert.deepEqual(read(timeline(['06:10 | Outage begins', '06:18 | Update to customers: delays expected'])).milestones, ['06:10 started']);
  });

  it('reads a node taken out of the pool or rotation as the mitigation, and "back at normal" as service back', () => {
    const rows = ['04:52 | First kiosk timeouts. Customer impact begins', '05:09 | Monitoring alert fires, on-call paged', '06:19 | gw-02 removed from the load balancer pool; error rate starts falling', '07:31 | Error rate back at baseline at all stations'];
    assert.deepEqual(read(timeline(rows)).milestones, ['04:52 started', '05:09 detected', '06:19 mitigated', '07:31 resolved']);
    const partial = ['21:35 | Wave release runs and releases zero tasks. Impact starts.', '21:58 | Shift lead calls the IT hotline', '23:48 | Templates corrected at Venlo. Mitigated at Venlo.', '00:15 | Same correction applied in Leipzig; picking resumes.', '02:10 | Both sites back at normal pick rate. Incident resolved.'];
    assert.deepEqual(read(timeline(partial)).milestones, ['21:35 started', '21:58 detected', '23:48 mitigated', '02:10 resolved']);
  });

  it('ends the impact where an entry says so before the resolution ("**Mitigated**, customer impact over"), the resolution days later', () => {
    const rows = ['Fri 11 Sep 09:47 | First crash on an iPad. Impact starts', 'Fri 11 Sep 13:20 | Support escalates 6 tickets to the on-call', 'Fri 11 Sep 15:05 | Remote config published; crashes stop. **Mitigated**, customer impact over.', 'Wed 16 Sep 10:00 | 48 h without a crash on 9.0.1. Resolved.'];
    const { model } = read(timeline(rows));
    assert.deepEqual([model.durations.impactMinutes, model.durations.resolveMinutes], [318, 7213]);
    const plain = ['09:47 | Impact starts', '13:20 | Alert fires', '15:05 | Rolled back, errors stop', '16:00 | Resolved.'];
    assert.deepEqual([read(timeline(plain)).model.durations.impactMinutes, read(timeline(plain)).model.durations.resolveMinutes], [373, 373]);
  });

  it('reads a table of milestones below the events ("| Milestone | Time | Since start |") as their summary, not as more entries', () => {
    const text = ['# Outage', '', '## Timeline (UTC)', '', '- 10:01 — First crashes arrive. Customer impact begins.', '- 10:14 — Crash alert fires, on-call paged.', '- 11:09 — Rollback complete. Mitigated.', '', '| Milestone | Time | Since start |', '|---|---|---|', '| Detected | 10:14 | 13 min |', '| Mitigated | 11:09 | 1h08m |', ''].join('\n');
    assert.deepEqual(read(text).model.timeline.map((e) => `${e.timeText} ${e.milestone ?? '-'}`), ['10:01 started', '10:14 detected', '11:09 mitigated']);
    const alone = ['# Outage', '', '## Timeline (UTC)', '', '| Milestone | Time |', '|---|---|', '| Detected | 10:14 |', '| Mitigated | 11:09 |', ''].join('\n');
    assert.deepEqual(read(alone).model.timeline.map((e) => `${e.timeText} ${e.milestone ?? '-'}`), ['10:14 detected', '11:09 mitigated']);
  });

  it('reads the plain phrasing of engineers writing in a second language: a first call at the hotline, taking over the ticket, "rollback of", "timeouts go down", "service is stable"', () => {
    const rows = ['09:58 | Disk on rmq-2 goes under 2 GB. Impact starts', '10:35 | First call of a customer at the hotline: invoices are not arriving', '11:01 | Platform on-call takes over the ticket.', '12:20 | The disk alarm is cleared, the publishers are unblocked.', '13:10 | Backlog is fully sent. Monitoring is normal.'];
    assert.deepEqual(read(timeline(rows)).milestones, ['09:58 started', '10:35 detected', '11:01 acknowledged', '12:20 mitigated', '13:10 resolved']);
    const other = ['06:00 | Optimizer timeouts begin', '06:05 | Hotel calls the hotline', '06:20 | On-call engineer confirms the alert and starts the analysis', '07:55 | Rollback of the PgBouncer configuration, restart of the pods', '08:10 | Timeouts go down', '08:35 | All queued jobs are worked off, service is stable', '09:30 | Incident closed'];
    const { model } = read(timeline(other));
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.milestone ?? '-', ...e.alsoMilestones].join(' ')), ['06:00 started', '06:05 detected', '06:20 acknowledged triaged', '07:55 mitigated', '08:10 -', '08:35 resolved', '09:30 -']);
    assert.deepEqual(read(timeline(['10:00 | Errors begin', '10:05 | Alert fires', '10:20 | Rollback of rtr-cfg-8841 starts.'])).milestones, ['10:00 started', '10:05 detected']);
  });

  it('reads a start told as the fault happening or the work stopping ("stops answering RPCs", "The chiller trip occurred", "Block production stops", "jobs end with HTTP 429"), and "back in service"', () => {
    for (const start of ['`slurmctld` stops answering RPCs.', 'The chiller trip occurred at 1:15 pm.', 'Block production stops at height 4,211,900.', 'First sync jobs end with `HTTP 429 Too Many Requests`.', 'From this moment no invoice is handed to the sender.']) {
      assert.deepEqual(read(timeline([`08:47 | ${start}`, '09:02 | Alert fires', '10:20 | Nodes back in service.'])).milestones, ['08:47 started', '09:02 detected', '10:20 resolved'], start);
    }
    assert.deepEqual(read(timeline(['08:47 | The review meeting happened.', '09:02 | Alert fires'])).milestones, ['09:02 detected']);
  });

  it('reads a public service team\'s plain words: the desk told that residents are calling, "we find that", a setting put back, payments that "work again"; not a fix only agreed', () => {
    const rows = ['08:30 | Supplier update begins; payments start failing', '08:52 | The contact centre tells the IT service desk that residents are calling to say they cannot pay', '09:10 | The on-call officer picks up the incident', '09:45 | Web team find that the update changed the web address the payment pages expect', '10:20 | The supplier agrees to put the old setting back, but cannot until 1pm', '13:10 | The supplier puts the old setting back', '13:12 | Online payments work again'];
    assert.deepEqual(read(timeline(rows)).milestones, ['08:30 started', '08:52 detected', '09:10 acknowledged', '09:45 identified', '13:10 mitigated', '13:12 resolved']);
  });

  it('reports a field contradicting the window a sentence states when the timeline reads that window too ("Duration: ~45 min", "unavailable from 06:40 to 08:14"); not when the window is a part', () => {
    const doc = (window: string) => ['# Cert expired', '', '| | |', '|---|---|', '| Duration | ~45 min |', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 06:40 | TLS handshakes start failing |', '| 07:12 | Probe alert fires |', '| 07:40 | Renewal tried again |', '| 08:14 | Ingress reloads; service restored |', '', '## Impact', '', `- ${window}`, ''].join('\n');
    const mismatches = (text: string) => read(text).findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(mismatches(doc('api unavailable for all TLS clients from 06:40 to 08:14')), ['~45 min']);
    assert.deepEqual(mismatches(doc('partner API unavailable from 07:12 to 07:40')), []);
  });

  it('reads no mitigation or weak resolution in follow-up a day or more after service was said back ("### Monday": "fix merged, prune disabled, infra resumed")', () => {
    const rows = ['2026-06-11 23:48 | Namespace deleted; alerting gone. Impact starts', '2026-06-12 00:03 | Watchdog alert fires', '2026-06-12 00:29 | Prometheus running again', '2026-06-15 10:15 | Fix merged, prune disabled on PVCs, infra resumed on all clusters'];
    assert.deepEqual(read(timeline(rows)).milestones, ['2026-06-11 23:48 started', '2026-06-12 00:03 detected', '2026-06-12 00:29 resolved']);
  });

  it('reads alerts that "fire at once" in PagerDuty as the detection', () => {
    const rows = ['14:06 | DNS p99 > 2s; lookups start failing', '14:09 | PagerDuty: `CheckoutLatencyHigh` and `OrderServiceErrors` fire at once → @ananya.r', '14:10 | @ananya.r acks'];
    assert.deepEqual(read(timeline(rows)).milestones, ['14:06 started', '14:09 detected', '14:10 acknowledged']);
  });

  it('takes a "Duration" the header counts from its own "Reported at" to its "Resolved at" (an incident.io export) as the author\'s count', () => {
    const header = (duration: string) => `# INC-1: Users logged out\n\n| | |\n|---|---|\n| **Reported at** | 22 Oct 2026, 23:47 BST |\n| **Resolved at** | 23 Oct 2026, 02:18 BST |\n| **Duration** | ${duration} |\n\n## Timeline\n\n- 2026-10-22 23:33 BST First 401s on refresh from mobile-bff\n- 2026-10-22 23:47 BST Incident reported by Grafana alert\n- 2026-10-23 02:18 BST Incident resolved\n`;
    const mismatches = (text: string) => read(text).findings.filter((f) => f.code === 'stated-duration-mismatch').length;
    assert.equal(mismatches(header('2h 31m')), 0);
    assert.equal(mismatches(header('1h 10m')), 1);
  });

  it('reads an insurer\'s service desk rows: "Service Desk receives first call from a branch", "Finance spots ...", not "Everyone impacted had been identified"', () => {
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join(','));
    assert.deepEqual(milestones(['09:20 | Quote API errors begin', '09:31 | Service Desk receives first call from a branch', '10:05 | Quotes succeeding again']), ['started', 'detected', 'resolved']);
    assert.deepEqual(milestones(['09:15 | Finance spots bank statement debit', '09:40 | Finance raise INC0475560']), ['detected', '']);
    assert.deepEqual(milestones(['16:00 | Statements corrected', '17:30 | Everyone impacted had been identified by the end of the day']), ['', '']);
    // A setting that falls back to a value is no return to normal.
    assert.deepEqual(milestones(['10:00 | Errors begin', '11:15 | Adv interval falls back to 100 ms when the hub is offline']), ['started', '']);
  });

  it('reads a CDN\'s and a mail team\'s terse rows: "stops committing offsets", "starts being blocked", "ack @ravi", "S1 declared", "applied emergency limit", "cert deployed"', () => {
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join(','));
    assert.deepEqual(milestones(['09:12 | consumer-3 stops committing offsets; changes stop propagating', '09:31 | Lag alert fires', '09:33 | ack @ravi', '09:40 | S1 declared', '09:49 | applied emergency origin-pull limit']), ['started', 'detected', 'acknowledged', 'triaged', 'mitigated']);
    assert.deepEqual(milestones(['15:02 | Payouts start failing', '15:28 | Incident declared — Severity 1.']), ['started', 'acknowledged,triaged']);
    assert.deepEqual(milestones(['23:48 | Legitimate Android traffic starts being blocked', '23:57 | Support notices ticket spike', '00:02 | declaring SEV2, I\'ll IC', '00:41 | LE cert deployed, handshake failures drop']), ['started', 'detected', 'triaged', 'mitigated']);
    assert.deepEqual(milestones(['15:02 | vcl-gen deploy started', '15:04 | CHR starts dropping', '15:11 | Stage 1 paused. First affected devices lose schedule']), ['', 'started', '']);
    assert.deepEqual(milestones(['09:00 | Stage 1 rollout. First affected devices lose schedule', '09:40 | Error rate starts dropping']), ['started', '']);
    assert.deepEqual(milestones(['06:19 | Our alert on purge completion latency fired', '06:22 | The on-call engineer was paged, and acknowledged the page']), ['detected', 'acknowledged']);
    assert.deepEqual(milestones(['13:58 | Postgres logs No space left on device. This is the actual start.', '14:02 | nginx starts returning 502 to everyone', '14:16 | @tanvir sees the forum thread', '14:19 | tanvir in our channel: "community is down, on it".']), ['started', '', 'detected', 'acknowledged']);
    // A limit not applied, and monitoring that stopped, are neither.
    assert.deepEqual(milestones(['10:00 | Errors begin', '10:05 | We never applied the rate limit', '10:06 | Old dashboards stop updating']), ['started', '', '']);
  });

  it('reads a count of what should be connected falling as the start, not the deploy before it ("Number of connected chargers starts dropping")', () => {
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join(','));
    assert.deepEqual(milestones(['22:15 | Deploy of CSMS 7.12 starts', '22:40 | Number of connected chargers starts dropping', '23:05 | Alert fires for charger disconnects']), ['', 'started', 'detected']);
    assert.deepEqual(milestones(['14:01 | Connected vehicles begin to fall on the map', '14:09 | Alert fires']), ['started', 'detected']);
    // Errors falling is recovery, not impact.
    assert.deepEqual(milestones(['09:00 | Deploy v2 rolled out', '09:05 | Alert fires', '09:40 | Error count starts dropping']), ['started', 'detected', '']);
  });

  it('reads the author\'s bold "**Fail-open starts.**" closing an entry as the start, and a deploy pipeline starting as no change gone out', () => {
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => e.milestone ?? '');
    assert.deepEqual(milestones(['17:52 | PR merged after green CI. Deploy pipeline starts.', '18:06 | Deploy completes. Anonymous sessions get null. **Fail-open starts.**', '22:15 | Analyst notices conversion at 0']), ['', 'started', 'detected']);
    // Without the marker, a merge whose deploy pipeline starts has put nothing out yet: the deploy completing has.
    assert.deepEqual(milestones(['17:52 | PR merged after green CI. Deploy pipeline starts.', '18:06 | Deploy to prod completes.', '22:15 | Analyst notices conversion at 0']), ['', 'started', 'detected']);
    // Bold, but a deploy or a bridge starting is lead-up or response, not impact.
    assert.deepEqual(milestones(['17:52 | PR merged. **Deploy starts.**', '18:06 | Errors begin', '22:15 | Analyst notices errors']), ['', 'started', 'detected']);
  });

  it('reads a closing label "**Start impact.**" / "End impact." as the start and the end of impact, not "start impact analysis"', () => {
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => e.milestone ?? '');
    assert.deepEqual(milestones(['22:30 | Firmware update on controller B, post-check ok', '07:42 | VNA logs: read latency > 30 s. **Start impact.**', '08:10 | Radiologist calls the service desk', '16:20 | Backlog processed. **End impact.**']), ['', 'started', 'detected', 'resolved']);
    assert.deepEqual(milestones(['07:42 | Latency alarms. Start outage', '08:10 | Radiologist calls the service desk']), ['started', 'detected']);
    // A task named after impact is not the moment impact starts.
    assert.deepEqual(milestones(['07:42 | Errors begin', '08:10 | Alert fires. Start impact analysis.'])[1] === 'started', false);
  });

  it('reads support desks\' rows: "calls support", "calls the 24h line", "I take the ticket", "Call it mitigated", not an alert sent to a muted channel', () => {
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => e.milestone ?? '');
    assert.deepEqual(milestones(['07:52 | Deploy finished. Errors begin', '08:05 | Queue depth alert fires in Grafana but goes to a muted channel', '08:31 | Front desk of Hotel Porto calls support: a guest has no room', '08:44 | On-call developer acknowledges']), ['started', '', 'detected', 'acknowledged']);
    assert.deepEqual(milestones(['02:14 | Errors begin', '07:05 | receptionist calls the 24h line, cannot check-in guests', '07:20 | I take the ticket, see the failed job']), ['started', 'detected', 'acknowledged']);
    assert.deepEqual(milestones(['10:22 | Duplicates begin', '10:26 | Desk notices the tweets', '10:35 | Sam disables the retry job via feature flag', '10:38 | No further sends. Call it mitigated']), ['started', 'detected', '', 'mitigated']);
    // We calling support (a vendor's) is the response, not the detection.
    assert.deepEqual(milestones(['02:14 | Errors begin', '02:30 | Alert fires', '03:00 | We call support at the vendor']), ['started', 'detected', '']);
    // A report nobody read until later is not the detection; the moment it is read is.
    assert.deepEqual(milestones(['17:00 | Cert expires. Impact starts.', '18:42 | Parent emails the helpdesk; not staffed on weekends, not seen until Monday.', '23:55 | Helpdesk opens the queue, sees 9 emails about cert errors.']), ['started', '', 'detected']);
  });

  it('ends impact at the mitigation when the author marks the resolution hours later ("**Resolved** (full redundancy)."), and reads a system acknowledging a file as no acknowledgement', () => {
    const { model } = read(timeline(['09:32 | Heartbeat lost, failover stalls. Impact starts.', '09:33 | Alert fires, pages on-call', '09:34 | Alex acks.', '09:36 | Standby promoted; queue drains. **Mitigated.**', '09:58 | PD resolved. Running on one node.', '11:20 | Spare joined as secondary. **Resolved** (full redundancy).']));
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? ''), ['started', 'detected', 'acknowledged', 'mitigated', '', 'resolved']);
    assert.equal(model.durations.impactMinutes, 4);
    assert.equal(model.durations.resolveMinutes, 108);
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => e.milestone ?? '');
    assert.deepEqual(milestones(['01:12 | Submission job fails', '06:58 | Sandra sees the failure email', '10:47 | CAT processor acknowledges file accepted']), ['', 'detected', '']);
  });

  it('reads a planned downtime beginning as no start, and a radiology report authorised first as no detection', () => {
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => e.milestone ?? '');
    assert.deepEqual(milestones(['06:00 | Planned CareRIS downtime begins. Radiology on paper.', '10:15 | First report authorised after the upgrade. Queued at the engine.', '11:20 | Errors start on the ward']), ['', '', 'started']);
    assert.deepEqual(milestones(['06:00 | Downtime begins', '06:20 | First reports of login failures from the wards']), ['started', 'detected']);
    // Planned only a downtime, an outage or a maintenance: scheduled jobs failing is the start.
    assert.deepEqual(milestones(['02:00 | Scheduled job failures started in the settlement cluster', '02:10 | Alert fires']), ['started', 'detected']);
  });

  it('reads a name and "ack" alone as the acknowledgement ("10:12 Ifeoma ack", "@andika acked")', () => {
    const milestones = (rows: string[]) => read(timeline(rows)).model.timeline.map((e) => e.milestone ?? '');
    assert.deepEqual(milestones(['06:20 | Payouts start failing', '10:05 | Alert fires', '10:12 | Ifeoma ack']), ['started', 'detected', 'acknowledged']);
    assert.deepEqual(milestones(['06:20 | Payouts start failing', '10:05 | Alert fires', '10:12 | @andika acked']), ['started', 'detected', 'acknowledged']);
    assert.deepEqual(milestones(['06:20 | Payouts start failing', '10:05 | Alert fires', '10:12 | TCP ack storm on the gateway']), ['started', 'detected', '']);
  });

  it('reads no fix from one told as done on another day ("the relay password was rotated on 15 Sept"), only from one done then', () => {
    const marks = (row: string) => read(timeline(['01:00 | Nightly job runs: 0 of 712 sent. First failed run.', '14:30 | Dana picks it up.', `16:45 | ${row}`])).model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join('+'));
    // A day named is another only against the entry's own known date.
    const onThe18th = (row: string) => read(`# Outage\n\n## Timeline\n\n- 2026-09-16 01:00 Nightly job runs: 0 of 712 sent. First failed run.\n- 2026-09-18 14:30 Dana picks it up.\n- 2026-09-18 16:45 ${row}\n`).model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join('+'));
    assert.deepEqual(onThe18th('Vendor confirms the relay password was rotated on 15 Sept and the job config was missed. Cause identified.').at(-1), 'triaged+identified');
    assert.deepEqual(onThe18th('Relay password rotated on 18 Sept.').at(-1), 'mitigated');
    // A few words between the fix and its day: "rotated by the org policy on 15 Sept".
    assert.deepEqual(onThe18th('found it. the service account key was rotated by the org policy on 15 Sept and nobody updated the secret.').at(-1), 'identified');
    assert.deepEqual(marks('Feature flag disabled last week by the vendor, so the job never retried.').at(-1), '');
    assert.deepEqual(marks('Relay credentials rotated.').at(-1), 'mitigated');
    assert.deepEqual(marks('Rolled back on all nodes.').at(-1), 'mitigated');
    // A possessive names what was rolled back to, and a day named that is the entry's own is its own.
    assert.deepEqual(marks("Rolled back to yesterday's build.").at(-1), 'mitigated');
    assert.deepEqual(marks("Mitigated by reverting last week's deploy.").at(-1), 'mitigated');
    const dated = read('# Outage\n\n## Timeline\n\n- 2026-10-13 22:00 Errors start\n- 2026-10-14 08:00 Alert fires\n- 2026-10-14 16:00 Hotfix deployed on 14 Oct after review\n- 2026-10-14 16:30 Vendor says the flag was disabled on 12 Oct by mistake\n').model.timeline;
    assert.deepEqual(dated.map((e) => e.milestone ?? ''), ['started', 'detected', 'mitigated', '']);
  });

  it('reads a word in brackets about another day, and updates only staged, as no milestone of this moment', () => {
    const dated = (rows: string[]) => read(timeline(rows).replace('# Outage', '# CAD outage on 11 March 2025')).milestones;
    const rows = ['01:12 | Windows updates staged on CADSQL01', '01:36 | Maintenance window opens (approved CAB 03/04; ECD notified by email 03/05)', '01:51 | Dispatcher reports CAD frozen', '05:25 | CAD app services restarted'];
    assert.deepEqual(dated(rows), ['01:51 detected', '05:25 mitigated']);
    // The same words of this day, and updates going out, still count.
    assert.deepEqual(dated(['01:12 | Windows updates queued since Friday install on all print servers', '01:51 | Dispatcher reports CAD frozen', '05:25 | CAD app services restarted']), ['01:12 started', '01:51 detected', '05:25 mitigated']);
    assert.deepEqual(dated(['01:12 | Windows updates applied to CADSQL01', '01:36 | ECD notified by email (03/11)', '05:25 | CAD app services restarted']), ['01:12 started', '01:36 detected', '05:25 mitigated']);
    // Counts in brackets are no dates: "(service restored, 4/4 synthetic checks green)", "(3/3 AZs)".
    const counted = read(timeline(['10:02 | Error rate alert fires', '10:31 | Rollback finished (service restored, 4/4 synthetic checks green)']).replace('# Outage', '# API outage on 11 March 2025')).model.timeline[1];
    assert.deepEqual([counted.milestone, ...counted.alsoMilestones], ['mitigated', 'resolved']);
  });

  it('reads a short sentence closing an entry with "mitigated" ("Matchmaking mitigated") as the author marking it', () => {
    const rows = (last: string) => ['10:06 | First auth failures. Impact starts', '10:12 | Alert pages on-call', '11:20 | Party keys resharded, redis-03 failed over to a new primary', `12:30 | MM success > 98% for 15 min. ${last}`, '13:10 | Queue drained. Service restored'];
    assert.ok(read(timeline(rows('**Matchmaking mitigated**'))).milestones.includes('12:30 mitigated'));
    assert.ok(read(timeline(rows('The issue has been mitigated.'))).milestones.includes('12:30 mitigated'));
    for (const hedged of ['Partially mitigated.', 'Still not mitigated.', 'Will be mitigated.']) assert.ok(!read(timeline(rows(hedged))).milestones.includes('12:30 mitigated'), hedged);
  });

  it('reads a share of the baseline ("back to roughly 92% of baseline") as no restoration, "reached baseline" as one, "mitigation started" as the mitigation, a suggestion as none', () => {
    const rows = (fix: string, partly: string) => read(timeline(['08:12 | Impact begins: queries dropped', '08:26 | Reachability alert fires', '08:31 | On-call acknowledges the page', `09:23 | ${fix}`, `09:41 | ${partly}`, '10:07 | Query success reached baseline']));
    assert.deepEqual(rows('/24s announced from all PoPs — mitigation started', 'Query success back to roughly 92% of baseline').milestones, ['08:12 started', '08:26 detected', '08:31 acknowledged', '09:23 mitigated', '10:07 resolved']);
    // The same words otherwise: a suggestion is no step taken; a share of 100 % is.
    assert.deepEqual(rows('@lena suggests setting ROSTER_SYNC_ENABLED=false', 'Error rate back to 0.2%').milestones, ['08:12 started', '08:26 detected', '08:31 acknowledged', '09:41 resolved']);
  });

  it('reads a GitHub issue\'s own report ("@hvermeulen opens this issue", "opened #812 reporting 504s") as the detection, not a tracking issue', () => {
    const rows = (report: string) => read(timeline(['12:25 | Exam launches start failing', `12:58 | ${report}`, '14:20 | Service restored'])).milestones;
    assert.deepEqual(rows('@hvermeulen-uu opens this issue: exams fail to start'), ['12:25 started', '12:58 detected', '14:20 resolved']);
    assert.deepEqual(rows('@alice opened #812 reporting 504s on exam launch'), ['12:25 started', '12:58 detected', '14:20 resolved']);
    assert.deepEqual(rows('@bot opened #812 to track the revert'), ['12:25 started', '14:20 resolved']);
  });

  it('reads "The leak started" (a route leak told as the outage) as the start, not a memory leak building up', () => {
    const rows = (first: string) => read(timeline([`08:12 | ${first}`, '08:26 | Reachability alert fires, pages on-call', '10:07 | Service restored'])).milestones;
    assert.deepEqual(rows('The leak started'), ['08:12 started', '08:26 detected', '10:07 resolved']);
    assert.deepEqual(rows('A memory leak started building up on web-3'), ['08:26 detected', '10:07 resolved']);
  });

  it('keeps a step told as advised and then done ("as Priya suggested we rolled back"), "back to 99% of baseline", and no English "start storing" as a Dutch start', () => {
    const rows = (fix: string, back: string) => read(timeline(['09:00 | Bad deploy; events dropped', '09:20 | Alert fires, pages on-call', `10:30 | ${fix}`, `12:40 | ${back}`])).milestones;
    assert.deepEqual(rows('as Priya suggested we rolled back to api v6', 'throughput back to 99% of baseline'), ['09:00 started', '09:20 detected', '10:30 mitigated', '12:40 resolved']);
    assert.deepEqual(rows('recommended rollback completed by on-call', 'workers start storing events in the new bucket layout'), ['09:00 started', '09:20 detected', '10:30 mitigated']);
  });

  it('reads no detection in an alert nobody answered ("No response", "ignored"), and no resolution in a return for all but some', () => {
    const detected = (row: string) => read(timeline(['01:55 | First rejections from Microsoft; customer impact begins', `02:30 | ${row}`, '06:40 | First customer tickets about bounces', '09:40 | Root cause identified'])).milestones.filter((m) => m.endsWith('detected'));
    for (const row of ['`pool-bounce-rate > 8%` alert fires to #deliverability-alerts (non-paging). No response', 'CPU alarm triggered. Nobody responded.', 'alert fires (unacknowledged)']) assert.deepEqual(detected(row), ['06:40 detected'], row);
    // The symptom the alert names is no answer from anyone; an alert dismissed for a moment was still seen.
    for (const row of ['Pingdom alert: no response from api.example.com', 'Synthetic check alert fires: checkout page, no response (timeout after 30s)', 'Alert 5xxHigh fires; on-call acks. It was initially ignored as noise for 2 minutes.']) assert.deepEqual(detected(row), ['02:30 detected'], row);
    const ends = (row: string) => read(timeline(['01:55 | Customer impact begins', '02:30 | Alert fires, pages on-call', '09:40 | Root cause identified', `17:00 | ${row}`, '21:30 | Microsoft lifts block. Service restored'])).milestones.filter((m) => /mitigated|resolved/.test(m));
    assert.deepEqual(ends('Gmail/Yahoo delivery back at baseline. Mitigated for everything except Microsoft'), ['17:00 mitigated', '21:30 resolved']);
    assert.deepEqual(ends('Delivery restored for all providers except Microsoft'), ['21:30 resolved']);
    // Still blocked as intended, a return for all but the ones already back: the service is back.
    assert.deepEqual(ends('Incident resolved. The attacker\'s IP ranges remain blocked at the WAF.'), ['17:00 resolved']);
    assert.deepEqual(ends('Service restored across all regions but EU, which had already recovered'), ['17:00 resolved']);
    // The author's question, or a mitigation for some only, is no mitigation said outright.
    assert.deepEqual(ends('Mitigated? No - the restart did nothing.'), ['21:30 resolved']);
  });

  it('reads "All 14 stations reporting" as service back, and a configuration restored from a dated backup as a step of the fix', () => {
    const rows = (row: string) => read(timeline(['22:17 | Telemetry lost; customer impact begins', '22:31 | COMMS FAIL alarm fires, pages on-call', '00:25 | Change rolled back; 9 stations return', `04:50 | ${row}`])).milestones;
    assert.deepEqual(rows('All 14 stations reporting; SCADA alarms cleared'), ['22:17 started', '22:31 detected', '00:25 mitigated', '04:50 resolved']);
    assert.deepEqual(rows('All 3 customers reporting errors again').filter((m) => m.endsWith('resolved')), []);
    assert.deepEqual(read(timeline(['22:17 | Telemetry lost; customer impact begins', '22:31 | COMMS FAIL alarm fires, pages on-call', '04:05 | Cold spare fitted, config restored from 02/2024 backup'])).milestones.at(-1), '04:05 mitigated');
  });

  it('reads a first person\'s "I acknowledge and start looking" as the acknowledgement, not "I acknowledge that ..."', () => {
    const acked = (row: string) => read(timeline(['09:05 | Alert fires, pages RSE on-call', `09:31 | ${row}`])).milestones.filter((m) => m.endsWith('acknowledged'));
    assert.deepEqual(acked('I acknowledge and start looking.'), ['09:31 acknowledged']);
    assert.deepEqual(acked('I acknowledge that the runbook was out of date'), []);
    // "came back to bite us": an idiom, no service back.
    assert.deepEqual(read(timeline(['09:05 | Alert fires, pages RSE on-call', '18:10 | Status page set to Monitoring. (This came back to bite us.)'])).milestones, ['09:05 detected', '18:10 mitigated']);
  });
  it('reads plain words of a service back ("PSAPP03 back. Lincoln confirms", "Teachers could save grades again", "confirmed working at all 14 schools", "db is accepting writes", "we\'re back") and no triage in a bare "confirms"', () => {
    const restored = (row: string) => read(timeline(['08:58 | Errors start: attendance will not submit', '09:13 | Alert fires, pages Dennis', `10:19 | ${row}`])).milestones.filter((m) => m.startsWith('10:19'));
    for (const row of ['PSAPP03 back. Lincoln confirms', 'Teachers could save grades again.', 'Sign-ins confirmed working at all 14 schools', 'D: extended to 500GB. db is accepting writes', "told principals we're back."]) assert.deepEqual(restored(row), ['10:19 resolved'], row);
    // A person back, a failure back, a question, a team's own retry, a split brain: no service back.
    for (const row of ['Jane back.', "we're back to square one", 'are we back?', 'Raj: I can run it again', 'Teachers could not save grades again.', 'the old primary was still accepting writes']) assert.deepEqual(restored(row), [], row);
    assert.deepEqual(restored('Outage confirmed by the help desk'), ['10:19 triaged']);
  });
  it('reads "start getting \"Label request failed - 401 Unauthorized\"" as the start, not "started getting \"Welcome back\" emails"', () => {
    const started = (row: string) => read(timeline(['09:00 | Deploy of v2', `09:41 | ${row}`, '10:15 | Alert fires, on-call paged'])).milestones.filter((m) => m.endsWith('started'));
    assert.deepEqual(started('Pack stations start getting "Label request failed - 401 Unauthorized" on UPS orders.'), ['09:41 started']);
    assert.deepEqual(started('Users started getting "Welcome back" emails').filter((m) => m.startsWith('09:41')), []);
  });
  it('reads "the first missed pass" as the start, "Normal service from this point" as service back, and no acknowledgement in a scheduler that picked a file up', () => {
    const { milestones } = read(timeline(['01:45 | Customer uploads the new orbit file', '04:02 | PUN-2: no acquisition. This was the first missed pass.', '10:19 | Customer emails the NOC', '12:02 | OEM loaded manually; scheduler picked it up.', '12:35 | HBK-1 pass acquired on time. Normal service from this point.']));
    assert.deepEqual(milestones.filter((m) => !m.endsWith('detected')), ['04:02 started', '12:35 resolved']);
    assert.deepEqual(read(timeline(['09:00 | Errors start', '09:05 | Alert fires', '09:07 | Priya picked it up.'])).milestones, ['09:00 started', '09:05 detected', '09:07 acknowledged']);
  });
  it('reads a system that "does **not** come back" after its window as the start, a patron\'s first email as the detection, and no detection in a browser\'s security warning', () => {
    const { milestones } = read(timeline(['00:00 | Maintenance window opens', '02:00 | Window scheduled to close. System does **not** come back.', '06:45 | First patron email to Ask-a-Librarian', '07:18 | Kim picked it up']));
    assert.deepEqual(milestones, ['02:00 started', '06:45 detected', '07:18 acknowledged']);
    const warned = read(timeline(['18:00 | Certificate expires. From this moment, anyone connecting from home gets a security warning.', '19:15 | First patron email', '20:00 | Disk warning on db-2'])).milestones;
    assert.deepEqual(warned.filter((m) => m.endsWith('detected')), ['19:15 detected']);
    assert.deepEqual(read(timeline(['09:00 | Errors start', '09:20 | Replica did not come back until 09:00 the next day'])).milestones, ['09:00 started']);
  });
  it('reads "As a mitigation, traffic ... was moved" as the mitigation (not a plan), "back above 95%" as service back, and no detection in "Customers informed"', () => {
    const at = (row: string) => read(timeline(['08:00 | Errors start', '08:10 | Alert fires, pages on-call', `09:41 | ${row}`, '12:15 | Incident closed'])).milestones.filter((m) => m.startsWith('09:41'));
    assert.deepEqual(at('As a mitigation, Jio-bound traffic for affected templates was moved to our secondary route.'), ['09:41 mitigated']);
    assert.deepEqual(at('To mitigate, we disabled redelivery.'), ['09:41 mitigated']);
    assert.deepEqual(at('As a mitigation, we will move traffic to the secondary route.'), []);
    assert.deepEqual(at('OTP delivery back above 95% via alternate routes. Customers informed.'), ['09:41 resolved']);
  });
  it('reads a chat message that is only "working!! thank you" or "works. all good here" as service back, not "working on it"', () => {
    const at = (row: string) => read(timeline(['08:00 | Errors start', '08:10 | Alert fires, pages on-call', `09:41 | ${row}`])).milestones.filter((m) => m.startsWith('09:41'));
    for (const row of ['Maria Ortiz: working!! thank you', 'Jen Park: works. all good here', "it's working again!"]) assert.deepEqual(at(row), ['09:41 resolved'], row);
    for (const row of ['working on it', 'works on staging', 'Dana: working on a fix']) assert.deepEqual(at(row), [], row);
  });
  it('reads no service back in a fix tried out, a split brain, a person back, a part back or advice to staff, and keeps triage in "still seeing 500s. Dennis confirms."', () => {
    const at = (row: string) => read(timeline(['09:00 | Errors start', '09:05 | Alert fires, pages on-call', `09:50 | ${row}`, '11:00 | Incident resolved; all clear given to schools.'])).milestones.filter((m) => m.startsWith('09:50'));
    for (const row of ['Patch confirmed working for one test teacher account.', 'Found both database nodes were accepting writes (split brain).', 'The API was accepting requests but returning 500s to every save.', 'Maria stepped away for lunch. We\'re back.', 'Escalated to district IT. IT back.', 'DB back, replication lagging 40 minutes.', 'Posted guidance to staff: if a save fails, teachers can submit again.', 'Only 3 of 40 teachers could save again; the rest still got errors.', 'Teachers were able to save again briefly, then the errors returned.', "Maria's VPN dropped; she could connect again after a minute."]) {
      assert.deepEqual(at(row).filter((m) => m.endsWith('resolved')), [], row);
    }
    for (const row of ['Teachers at Eastbrook still seeing 500s. Dennis confirms.', 'Saves failing again. Helpdesk confirms.']) assert.deepEqual(at(row), ['09:50 triaged'], row);
  });
  it('reads no mitigation in one tried or weighed ("To mitigate, we tried ...", "engineers are evaluating a rollback"), keeps detection in "Customers notified us" and "Security warning from GuardDuty", acknowledgement in "IT picked it up", and no service back in "Error rate back above 20%" or "Staging: works."', () => {
    const at = (row: string) => read(timeline(['09:00 | Errors start', '09:05 | Deploy of the canary', `09:20 | ${row}`, '09:40 | Rolled back the deploy'])).milestones.filter((m) => m.startsWith('09:20'));
    for (const row of ['To mitigate, we tried restarting the pods, which did not help', 'As an immediate mitigation, engineers are evaluating a rollback', 'As a mitigation, a rollback was attempted but failed', 'Error rate back above 20% after the second deploy', 'Staging: works.']) assert.deepEqual(at(row), [], row);
    const first = (row: string) => read(timeline([`09:00 | ${row}`, '09:40 | Rolled back the deploy'])).milestones.filter((m) => m.startsWith('09:00'));
    assert.deepEqual(first('Customers notified us via chat that checkout was broken'), ['09:00 detected']);
    assert.deepEqual(first('Security warning from GuardDuty: unusual IAM activity'), ['09:00 detected']);
    assert.deepEqual(read(timeline(['09:00 | Errors start', '09:10 | Alert fires', '09:25 | IT picked it up'])).milestones, ['09:00 started', '09:10 detected', '09:25 acknowledged']);
  });
  it('reads "First double-booked appointment created" as the start, and "working again (confirmed with Marisol by phone)" as service back, not triage', () => {
    const { milestones } = read(timeline(['08:03 | First double-booked appointment created (Dayton North)', '09:20 | Front desk calls the on-call line', '13:10 | Front-desk app working again (confirmed with Marisol by phone)']));
    assert.deepEqual(milestones, ['08:03 started', '09:20 detected', '13:10 resolved']);
    assert.deepEqual(read(timeline(['08:03 | First failed payments seen', '09:20 | Support calls the on-call line'])).milestones[0], '08:03 started');
    // A confirmation of what was wrong stays the triage; a first booking that went fine is no start.
    assert.deepEqual(read(timeline(['09:00 | Errors start', '09:20 | Alert fires', '09:40 | Outage confirmed with the vendor by phone'])).milestones, ['09:00 started', '09:20 detected', '09:40 triaged']);
    assert.deepEqual(read(timeline(['08:03 | First booking of the day created', '09:20 | Alert fires'])).milestones, ['09:20 detected']);
    // The first alert, ticket or complaint of the failure detects it; a diagnosis confirmed after a recovery is the triage.
    assert.deepEqual(read(timeline(['09:00 | Errors start: customers charged twice', '09:20 | First duplicate payment alert sent to the on-call phone.'])).milestones, ['09:00 started', '09:20 detected']);
    assert.deepEqual(read(timeline(['09:00 | Errors start', '09:10 | Alert fires', '09:30 | Reads restored; confirmed with Ana that WAL archiving had stalled.'])).milestones.filter((m) => m.startsWith('09:30')), ['09:30 triaged']);
  });
  it('reads an "all clear-ish" update as hedged, not the resolution', () => {
    const text = ['# Queue', '', '## Log', '', '- 23:17 login p95 climbing', '- 00:35 calling it mitigated, players getting in', '- 00:50 posted the all clear-ish update, queue still draining', '- 01:30 resolved. leaving the flag off', ''].join('\n');
    const milestones = analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.milestone ?? null);
    assert.deepEqual(milestones.slice(2), [null, 'resolved']);
  });
  it('reads "new events started flowing through normally again" as service back', () => {
    const text = ['# Billing', '', '## Timeline', '', '- 08:50 Redis fills up and billing events are thrown away', '- 13:15 Tom notices the dashboard has not moved', '- 14:45 Queue moved to its own Redis instance, and new events started flowing through normally again', ''].join('\n');
    const milestones = analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.milestone ?? null);
    assert.equal(milestones[2], 'resolved');
  });
  it('reads a pager\'s chat line as the detection, "telemetry back for all 17 sites" as service back, and no mitigation in a rollback with "still nothing coming through" or a failover told at another time', () => {
    const text = ['# Telemetry outage', '', '## Channel log', '', '- 9:52 pm – Josh T: policy pushed, commit ok on FW-A', '- 9:58 pm – SCADA pager: RES-PK03 COMMS FAIL, RES-HC01 COMMS FAIL', '- 10:07 pm – Priya S: ack, all sites gone on my screen', '- 10:40 pm – Josh T: rollback done on FW-A. still nothing coming through', '- 12:20 am – Josh T: found it. HA failed over at 9:53 pm, FW-B took the new policy', '- 1:12 am – Priya S: telemetry back for all 17 sites!! trends updating', ''].join('\n');
    assert.deepEqual(read(text).model.timeline.map((e) => e.milestone ?? ''), ['started', 'detected', 'acknowledged', '', 'identified', 'resolved']);
    // The same failover at the entry's own time is the fix.
    assert.deepEqual(read(timeline(['10:00 | Errors begin', '10:05 | Alert fires', '10:20 | HA failed over at 10:20, errors stop'])).milestones.at(-1), '10:20 mitigated');
    // Not the pager itself told of.
    assert.deepEqual(read(timeline(['10:00 | Errors begin', '10:05 | The pager: nobody carried it'])).milestones, ['10:00 started']);
  });
  it('reads "Hotfix: ... set back to 1" as the mitigation and a closing "Service restored" as service back, not a third party confirming its own revert as triage', () => {
    const rows = ['19:52 | First spike in collect timeouts. Impact starts', '20:07 | Grafana alert fires, PagerDuty pages SRE on-call', '20:11 | Karthik acks the page', '20:48 | Hotfix: retry max_attempts set back to 1 via config server, rolling restart', '21:05 | SR back to 97%+, timeout counts normal. Service restored', '21:40 | NPCI confirms (via sponsor bank) that they have reverted the timeout change', '22:30 | Monitored for ~1 hr after NPCI revert, no regression. Incident marked Resolved'];
    assert.deepEqual(read(timeline(rows)).milestones, ['19:52 started', '20:07 detected', '20:11 acknowledged', '20:48 mitigated', '21:05 resolved']);
    // The stated impact is checked against the restoration the author marked: 2 h 15 min is none of the readings.
    assert.equal(mismatchesOn(rows)('Impact duration: 2 hrs 15 mins'), 1);
    assert.equal(mismatchesOn(rows)('Impact duration: 1 hr 13 mins'), 0);
    // A fix that did not hold ("Pool exhausted again") leaves service back at the later restoration.
    const relapse = ['14:32 | Last successful sync. Queue starts backing up', '14:58 | Supervisor calls on-call line: stale data', '16:12 | Adapter restarted; sync resumes', '16:19 | Pool exhausted again, sync stops', '18:15 | Backlog drained, checks valid. Service restored', '19:31 | Reconciliation complete. Incident resolved, bridge closed'];
    assert.deepEqual(read(timeline(relapse)).milestones.filter((m) => /mitigated|resolved/.test(m)), ['16:12 mitigated', '18:15 resolved']);
    // A hotfix only planned is none.
    assert.deepEqual(read(timeline(['10:00 | Errors begin', '10:05 | Alert fires', '10:30 | Hotfix: planned for tomorrow'])).milestones, ['10:00 started', '10:05 detected']);
  });

  it('reads a Spanish "**Mitigación.**" label opening the entry as the mitigation, not one still pending', () => {
    assert.deepEqual(read(timeline(['23:47 | **Inicio del impacto.** Primera orden sin acuse', '00:26 | **Detección.** Dispara la alerta en PagerDuty', '02:11 | **Mitigación.** Las órdenes nuevas vuelven a recibir acuse'])).milestones, ['23:47 started', '00:26 detected', '02:11 mitigated']);
    assert.deepEqual(read(timeline(['23:47 | Inicio del impacto', '00:26 | Mitigación: pendiente'])).milestones, ['23:47 started']);
  });
  it('reads a feed or queue stopping ("vendor outbound queue stops", "telemetry stops updating") as the start, not one that stops growing', () => {
    assert.deepEqual(read(timeline(['19:55 | Vendor outbound queue stops. Not known to us at the time', '22:40 | Alert fires, pages on-call'])).milestones, ['19:55 started', '22:40 detected']);
    assert.deepEqual(read(timeline(['22:17 | Telemetry stops updating', '22:31 | Alert fires, pages on-call'])).milestones, ['22:17 started', '22:31 detected']);
    assert.deepEqual(read(timeline(['10:00 | Errors begin', '10:05 | Alert fires', '10:40 | The queue stops growing'])).milestones, ['10:00 started', '10:05 detected']);
  });
  it('reads a Swiss German log: "ab hier keine Übermittlung", an alarm nobody watched ("nachts nicht überwacht"), "Notfall bemerkt", "übernimmt", "neu gestartet", "wieder in Betrieb"', () => {
    const rows = ['23:12 | Kanal verliert DB-Verbindung, ab hier keine Übermittlung', '23:42 | Queue-Alarm (>50 Meldungen) ausgelöst, Mail an schnittstellen@example.ch (nachts nicht überwacht)', '02:15 | Notfall bemerkt fehlende Resultate, ruft Labor an', '06:05 | Pikett Applikationen (M. Keller) übernimmt und beginnt mit der Analyse', '07:25 | Kanal neu gestartet, Queue wird abgearbeitet', '07:58 | Queue leer – Schnittstelle wieder in Betrieb'];
    assert.deepEqual(read(timeline(rows)).milestones, ['23:12 started', '02:15 detected', '06:05 acknowledged', '07:25 mitigated', '07:58 resolved']);
    // An alarm someone saw is the detection.
    assert.deepEqual(read(timeline(['23:12 | Ab hier keine Übermittlung', '23:42 | Queue-Alarm ausgelöst, Pikett informiert'])).milestones, ['23:12 started', '23:42 detected']);
  });
  it('reads none of the session-60 labels where they mean something else: "End user impact:", a planned "Start downtime:", a hotfix not yet out, a cutover "set back to 06:00", a silenced pager, a cache "full again"', () => {
    const ms = (rows: string[]) => read(timeline(rows)).milestones;
    assert.deepEqual(ms(['13:25 | Deploy v311; Safari checkouts start failing', '13:32 | Alert fires, pages on-call', '14:09 | End user impact: Safari checkouts fail at 40%', '14:38 | Rollback complete, errors stop']), ['13:25 started', '13:32 detected', '14:38 mitigated']);
    assert.deepEqual(ms(['01:00 | Start downtime: planned maintenance window opens', '02:00 | Customer impact begins', '02:10 | Alert fires']), ['02:00 started', '02:10 detected']);
    assert.deepEqual(ms(['09:14 | Errors begin', '09:20 | Alert fires', '09:45 | Hotfix: PR #8812 opened, waiting on review and CI', '10:05 | Hotfix: CI failed on a flaky test, re-running', '10:22 | Hotfix deployed; retries capped']).filter((m) => m.endsWith('mitigated')), ['10:22 mitigated']);
    assert.deepEqual(ms(['02:00 | Billing jobs fail', '02:10 | Alert fires', '03:30 | Billing cutover set back to 06:00 while we investigate']).filter((m) => m.endsWith('mitigated')), []);
    assert.deepEqual(ms(['21:44 | Telemetry stops updating', '21:45 | Ops pager: silenced for the maintenance window (no page sent)', '22:30 | Operator notices stale values']).filter((m) => m.endsWith('detected')), ['22:30 detected']);
    // A step finishing minutes later in its own entry is still the step.
    assert.deepEqual(ms(['14:04 | 502s begin', '14:06 | Alert fires', '14:20 | Began rollback to v310; rollback completed at 14:27, 502s dropped to baseline']).filter((m) => m.endsWith('mitigated')), ['14:20 mitigated']);
    // A cache full again is recovered, not a relapse: the resolution stands.
    assert.deepEqual(ms(['16:01 | Cache cluster flushed by mistake; latency spikes', '16:05 | Alert fires', '16:30 | Latency back to normal. Incident resolved', '16:55 | Cache warm and full again, hit ratio back to 97%']).filter((m) => m.endsWith('resolved')), ['16:30 resolved']);
    // Someone confirming which release is served (a reverted one) still confirms the diagnosis.
    assert.deepEqual(ms(['08:00 | Errors begin', '08:05 | Alert fires', '08:25 | Theo confirms that the bundle served is the one from the reverted release of 24 Sep']).filter((m) => m.endsWith('triaged')), ['08:25 triaged']);
  });
});
