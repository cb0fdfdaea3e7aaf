import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { durationMinutes, formatMinutesLike } from '../../server/src/engine/durationText';
import { proseFigures, restatedFigures } from '../../server/src/engine/proseFigures';
import { windowIn } from '../../server/src/engine/statedWindow';

const figures = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).model.statedFigures.map((f) => [f.kind, f.form, f.text, f.statedMinutes]);

describe('stated figures written in prose, tables and windows', () => {
  it('reads figures keyed in Spanish, Portuguese and German ("Duración total:", "| Duração do impacto |", "Tempo até detecção:", "Gesamtdauer der Störung:")', () => {
    assert.deepEqual(figures('# Caída\n\n**Duración total:** 2 h 10 min\n\n- Tempo até detecção: 7 min\n- Tempo até mitigação: 1h22min\n\n| Campo | Valor |\n|---|---|\n| Duração do impacto | 1h47min |\n\nGesamtdauer der Störung: 5 h 20 min\n').map(([kind, , text, minutes]) => [kind, text, minutes]), [
      ['impact', '2 h 10 min', 130],
      ['detect', '7 min', 7],
      ['mitigate', '1h22min', 82],
      ['impact', '1h47min', 107],
      ['impact', '5 h 20 min', 320],
    ]);
    const contradicted = analyzeText('# Caída SPEI\n\n**Fecha:** 2024-05-08\n**Duración total:** 2 h 10 min\n\n## Línea de tiempo\n\n- 9:12 Inicio del impacto: los webhooks fallan\n- 9:40 Soporte reporta\n- 10:52 Fin del impacto\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(contradicted.findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => f.message.slice(0, 44)), ['The outage duration is stated as 2 h 10 min,']);
    // A German key saying whose impact it counts, in brackets; the window's ends as German header fields.
    const german = analyzeText('# Störung Platzreservierung\n\n| Feld | Wert |\n|---|---|\n| **Beginn Kundenimpact** | 27.10.2024 02:22 |\n| **Ende Kundenimpact** | 27.10.2024 04:26 |\n| **Gesamtdauer (Kundenimpact)** | 3h 04m |\n\n## Zeitleiste\n\n| Zeit | Was |\n|---|---|\n| 27.10.2024 02:22 | Erste 503er auf /v2/reservations |\n| 27.10.2024 02:31 | Alert an On-Call |\n| 27.10.2024 04:26 | Fehlerraten wieder normal |\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(german.model.header.filter((f) => f.name === 'start' || f.name === 'end').map((f) => f.name), ['start', 'end']);
    assert.deepEqual(german.findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => f.message.slice(0, 40)), ['The outage duration is stated as 3h 04m,']);
    // Not a bracket that makes it another length ("Dauer (Wartungsfenster)": the maintenance window's).
    assert.deepEqual(figures('# Störung\n\nDauer (Wartungsfenster): 4h\n'), []);
  });

  it("counts the error budget on the SLO the document states with its budget, else the configured one", () => {
    const budget = (text: string) => analyzeText(`# Outage\n\n## Timeline (UTC)\n\n- 2026-08-04 13:04 errors begin\n- 2026-08-04 13:59 resolved\n\n${text}\n`, { settings: DEFAULT_SETTINGS }).model.errorBudget;
    assert.deepEqual(budget('Edge availability SLO: 99.99% monthly (4.32 min budget per 30 days).'), { sloPercent: 99.99, sloStated: true, windowMinutes: 43200, budgetMinutes: 4.32, downtimeMinutes: 55, availabilityPercent: 99.8727, breached: true });
    // The configured SLO, said to be so: a reader of the report can tell it from the document's.
    assert.deepEqual([budget('No SLO is stated.').sloPercent, budget('No SLO is stated.').sloStated], [99.9, false]);
  });

  it('reads a window on a 12-hour clock across noon, and one across midnight', () => {
    assert.equal(windowIn('12:40-1:10')?.minutes, 30);
    assert.equal(windowIn('11:00 to 1:00')?.minutes, 120);
    assert.equal(windowIn('23:00-1:00')?.minutes, 120);
  });

  it('reads a window between two ISO timestamps in UTC ("2024-05-09 22:14 UTC – 2024-05-10 01:20 UTC"), not "UTC – 2024" as an offset', () => {
    assert.equal(windowIn('2024-05-09 22:14 UTC – 2024-05-10 01:20 UTC')?.minutes, 186);
    assert.equal(windowIn('22:14 UTC-5 to 23:20 UTC-5')?.minutes, 66);
  });

  it('reads the one window of a "User-facing impact:" field after the words saying what it was, and checks the timeline against it', () => {
    const doc = (field: string) =>
      `# Installer broken\n\n**Time to detect:** 43 minutes\n${field}\n\n## Timeline (UTC)\n\n- 2025-01-21 16:05 v0.14.0 release published\n- 2025-01-21 17:48 #903 opened: "install: checksum mismatch"\n- 2025-01-21 18:02 @dana-r acks in #903\n- 2025-01-21 18:33 install works again\n`;
    assert.deepEqual(figures(doc('**User-facing impact:** installer broken for all platforms, 16:05–18:33 UTC')).slice(1), [['impact', 'range', '16:05–18:33', 148]]);
    // The window says when it started: the release, no longer a guess, and the planted "43 minutes" is caught.
    const findings = analyzeText(doc('**User-facing impact:** installer broken for all platforms, 16:05–18:33 UTC'), { settings: DEFAULT_SETTINGS }).findings;
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => f.message.slice(0, 40)), ['The time to detect is stated as 43 minut']);
    // Several windows each tell of a part; a window after a longer label is that label's.
    assert.deepEqual(figures(doc('**Customer impact:** degraded 16:05–17:00, down 17:00–18:33')).slice(1), []);
    assert.deepEqual(figures(doc('- Paper downtime procedures in force: 16:05 to 18:33.')).slice(1), []);
  });

  it('reads no outage length from an SLA\'s reckoning ("weighted by the fraction of failed requests, so us-east counts as ~23 minutes of downtime")', () => {
    const text = '# Uploads failing\n\nPartial outage minutes are weighted by the fraction of failed requests, so us-east counts as ~23 minutes of downtime.\n\nThe outage lasted 74 minutes.\n';
    assert.deepEqual(figures(text), [['impact', 'prose', '74 minutes', 74]]);
  });

  it('reads a key wrapped across a line of its paragraph ("Total duration of the\\ndisruption: 3h 10m."), not words after a sentence', () => {
    assert.deepEqual(figures('# Sorter down\n\nSorter S2 stopped at 05:40 and ran degraded. Total duration of the\ndisruption: 3h 10m.\n'), [['impact', 'key', '3h 10m', 190]]);
    assert.deepEqual(figures('# Sorter down\n\nThe duration was long.\nNote: 3h 10m of it was planned.\n'), []);
  });

  it('reads the lengths a research centre and a second-language author write: who could not, for how long; "a period of", "with no usable"; "06h05" as a clock time', () => {
    const impact = (sentence: string) => figures(`# Outage\n\n## Impact\n\n${sentence}\n`).map(([, form, text, minutes]) => [form, text, minutes]);
    assert.deepEqual(impact('Running jobs were fine, but for about an hour and a half nobody could submit jobs.'), [['prose', 'about an hour and a half', 90]]);
    assert.deepEqual(impact('- Between 08:47 and 10:20 GMT no-one could submit, cancel or query jobs.'), [['range', '08:47 and 10:20 GMT', 93]]);
    assert.deepEqual(impact('The outage lasted from 2 pm on Thursday until 8:10 pm on Friday, a period of approximately 30 hours.'), [['prose', 'approximately 30 hours', 1800]]);
    assert.deepEqual(impact('New logins were not possible for just under two hours (07:00–08:50).'), [['prose', 'just under two hours', 120]]);
    assert.deepEqual(impact('Photo upload was not working for around 45 minutes on Thursday morning.'), [['prose', 'around 45 minutes', 45]]);
    assert.deepEqual(impact('Users were without compute service for approximately 18 hours.'), [['prose', 'approximately 18 hours', 1080]]);
    assert.deepEqual(impact('About 1 h 08 min with no usable public RPC, plus 27 more minutes without archive queries.'), [['prose', 'About 1 h 08 min', 68]]);
    assert.deepEqual(impact('- Duration of the impact for customers: 06h05 until 08h35, so 2,5 hours'), [['range', '06h05 until 08h35', 150]]);
    assert.deepEqual(impact('We could not reproduce it for two hours.'), []);
    assert.deepEqual(impact('- 19 h 31 min with no path diversity between the two sites.'), []);
  });

  it('reads "1h20" as a length where it is a figure\'s value ("Time to detect: 1h20", "**Total downtime:** ~2h05"), and not elsewhere', () => {
    assert.deepEqual(figures('# Outage\n\nTime to detect: 1h20\n\n**Total downtime:** ~2h05\n'), [
      ['detect', 'key', '1h20', 80],
      ['impact', 'key', '~2h05', 125],
    ]);
    assert.deepEqual(figures('# Outage\n\nTime to detect: 1h20m\n'), [['detect', 'key', '1h20m', 80]]);
    assert.deepEqual(figures('# Outage\n\nOutage start: 14h30\n\nTime to detect: 14h30.5\n'), []);
  });

  it('reads the lengths a control room and a broadcaster write: "For a total duration of", "dark for", "without SCADA data for", "Total OMS unavailability:"', () => {
    const impact = (sentence: string) => figures(`# Outage\n\n## Impact\n\n${sentence}\n`).map(([, form, text, minutes]) => [form, text, minutes]);
    assert.deepEqual(impact('For a total duration of 1 hour 5 minutes, users could not sign in.'), [['prose', '1 hour 5 minutes', 65]]);
    assert.deepEqual(impact('The stream was dark for about 40 minutes.'), [['prose', 'about 40 minutes', 40]]);
    assert.deepEqual(impact('Control engineers were without SCADA data for around 3 hours.'), [['prose', 'around 3 hours', 180]]);
    assert.deepEqual(impact('**Total OMS unavailability: 1h14m (0648 – 0802)**'), [['key', '1h14m', 74]]);
    // Not a part of the day the team spent ("the room went quiet; for a while we ...").
    assert.deepEqual(impact('We met for a total of 2 hours to plan the fix.'), []);
  });

  it('reads no figure inside a code span: a pasted log line or command ("`... (duration: 03m 12s)`")', () => {
    const text = '# API latency\n\nDuration: 69 minutes\n\n## Timeline\n\n* 13:55 `!log deploy1002 Synchronized wmf-config/InitialiseSettings.php (duration: 03m 12s)`\n* 13:58 latency starts climbing\n* 15:07 latency back to baseline\n';
    assert.deepEqual(figures(text), [['impact', 'key', '69 minutes', 69]]);
    assert.deepEqual(figures(text.replaceAll('`', '')).length, 2);
  });

  it('reads no outage length from what might have been ("It turned a 3-day outage for iPad users into a 5-hour one")', () => {
    const text = '# Checkout crash\n\nThe remote switch worked. It turned a 3-day outage for iPad users into a 5-hour one.\n\nThe outage lasted 74 minutes.\n';
    assert.deepEqual(figures(text), [['impact', 'prose', '74 minutes', 74]]);
  });

  it('reads a window written with an arrow, and one whose ends are on two clocks ("20:02 KST → 11:09 UTC")', () => {
    assert.equal(windowIn('13:41 → 13:53')?.minutes, 12);
    assert.equal(windowIn('13:41 -> 14:12')?.minutes, 31);
    assert.equal(windowIn('20:02 KST → 11:09 UTC')?.minutes, 7);
    assert.equal(windowIn('2024-05-01 23:00 PDT to 2024-05-02 06:10 UTC')?.minutes, 10);
    // A clock that cannot be placed: no length rather than a wrong one.
    assert.equal(windowIn('20:02 XYZ → 11:09 UTC')?.minutes, undefined);
  });

  it('holds a figure to the window its document states as a field, not to a window told in a sentence, nor one it defines in words', () => {
    const mismatches = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => text.slice(f.start, f.end));
    const timeline = '\n\n## Timeline\n\n- 1:58 PM CST Health rule violation fires\n- 3:12 PM CST Baseline loaded\n- 4:40 PM CST Resolved.\n';
    assert.deepEqual(mismatches(`# INC1: portal down\n\nPortal returned 503s. Impact window: **01:52 PM – 03:55 PM CST**.\n\nOutage Duration: 56 minutes${timeline}`), ['56 minutes']);
    assert.deepEqual(mismatches(`# INC1: portal down\n\nOutage Duration: 56 minutes\n\nDownloads were unavailable from 01:52 PM to 03:55 PM CST.${timeline}`), []);
    assert.deepEqual(mismatches(`# INC1: portal down\n\n**Time to restore:** 99 minutes (channel stopped → backlog fully accepted)${timeline}`), []);
    // The figure's own brackets give its two clock times.
    const detect = '\n\n## Timeline\n\n- 12:55 UTC requests pass 25k a minute\n- 13:40 UTC latency alert to a channel nobody watches\n- 14:22 UTC errors start for most users\n- 14:31 UTC customers report the map down; on-call paged\n- 15:51 UTC service restored\n';
    assert.deepEqual(mismatches(`# INC2: map down\n\n| Figure | Value |\n|---|---|\n| Time to detect | 51 mins (13:40 alert, 14:31 raised) |${detect}`), []);
    assert.deepEqual(mismatches(`# INC2: map down\n\n| Figure | Value |\n|---|---|\n| Time to detect | 20 mins |${detect}`), ['20 mins']);
    // A paragraph wrapped inside the brackets; a blank line ends them.
    assert.deepEqual(mismatches(`# INC2: map down\n\nTime to detect was 51 minutes (13:40 to the\npage at 14:31), because nobody watched the channel.${detect}`), []);
    assert.deepEqual(mismatches(`# INC2: map down\n\nTime to detect was 51 minutes (13:40 to the\n\npage at 14:31), because nobody watched.${detect}`), ['51 minutes']);
    // A table's From and To columns before the length: the figure's own window, which it must agree with.
    const ack = '\n\n## Timeline\n\n- 10:00 UTC on-sale opens; direct checkouts start, impact starts\n- 10:11 UTC Anja reports the link; Jonas paged and acknowledges at 10:13\n- 10:22 UTC link disabled, mitigated\n';
    const metrics = (length: string) => `# INC4: queue bypass\n\nDate: 2024-03-02\n\n| Metric | From | To | Length |\n|---|---|---|---|\n| Time to acknowledge | 10:11 | 10:13 | ${length} |${ack}`;
    assert.deepEqual(mismatches(metrics('2 min')), []);
    assert.deepEqual(mismatches(metrics('5 min')), ['5 min']);
    // Ends written as a weekday and a four-digit time, across midnight ("Sun 1700 | Mon 0655").
    const overnight = '\n\n## Timeline\n\n- 1700 cert expires, impact starts\n- 1842 parent email, not seen until Monday\n- 0655 helpdesk opens the queue, sees the emails\n- 0741 bypass applied, mitigated\n';
    const weekdays = (length: string) => `# INC5: cert expired\n\nDate: 2025-02-23\n\n| | Start | End | Duration |\n|---|---|---|---|\n| Time to detect | Sun 1700 | Mon 0655 | ${length} |${overnight}`;
    assert.deepEqual(mismatches(weekdays('13h 55m')), []);
    assert.deepEqual(mismatches(weekdays('12h 55m')), ['12h 55m']);
    // A window written elsewhere, between two entries, is what the author counted.
    const window = '\n\n## Timeline\n\n- 09:10 UTC PR merged\n- 09:28 UTC bad config.json uploaded\n- 09:44 UTC download errors start\n- 09:52 UTC first report on Zulip\n- 10:58 UTC resolved\n';
    assert.deepEqual(mismatches(`# INC3: downloads\n\nDate: 2024-03-12\n\nBetween 09:28 and 10:58 UTC the file was published with an empty key.\n\nTotal impact: 90 minutes.${window}`), []);
    assert.deepEqual(mismatches(`# INC3: downloads\n\nDate: 2024-03-12\n\nTotal impact: 90 minutes.${window}`), ['90 minutes']);
  });

  it('gives a window\'s first end the am/pm written only on its second when that keeps it first ("2:55 – 3:51 PM ET")', () => {
    assert.equal(windowIn('2:55 – 3:51 PM ET')?.minutes, 56);
    assert.equal(windowIn('2:55 to 3:51 PM')?.minutes, 56);
    assert.equal(windowIn('11:30 – 1:15 PM')?.minutes, 105);
    assert.equal(windowIn('9:10 - 10:40 AM')?.minutes, 90);
    const text = '# Post-mortem: Checkout 504s\n\n**Duration:** 56 minutes (2:55 – 3:51 PM ET)\n\n## Timeline\n\n- 2:55 PM ET First 504s\n- 3:51 PM ET 504 rate back to baseline\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code.startsWith('stated')), []);
  });

  it('reads a number with a thousands separator or a decimal comma whole, never from its middle', () => {
    assert.equal(durationMinutes('44,640 minutes'), 44640);
    assert.equal(durationMinutes('1,5h'), 90);
    assert.equal(durationMinutes('2.5 hours'), 150);
    assert.equal(durationMinutes('1 hour, 5 minutes'), 65);
    assert.deepEqual(proseFigures('The outage lasted 1,5 hours.').map((f) => f.minutes), [90]);
  });

  it('reads units in German, Dutch, French, Spanish and Portuguese (not "std"), and writes a corrected figure in the language written ("1 Stunde 35 Minuten")', () => {
    const read = ['90 Minuten', '2 Stunden 10 Min.', '1,5 Stunden', '3 Tage', '2 uur', '2 dagen', '4 heures', '3 jours', '45 minutos', '2 días', '30 Sekunden'].map((text) => durationMinutes(text));
    assert.deepEqual(read, [90, 130, 90, 4320, 120, 2880, 240, 4320, 45, 2880, 0.5]);
    // A bare "tag" or "dag" is a word of its own ("pushed 1 tag"), "3 std" a standard deviation.
    assert.equal(durationMinutes('pushed 1 tag'), undefined);
    assert.equal(durationMinutes('1 std above threshold'), undefined);
    assert.deepEqual(
      ['1 Stunde 20 Minuten', '2 uur', '2 días', '5 hours 3 minutes', '90 Minuten'].map((like) => formatMinutesLike(95, like)),
      ['1 Stunde 35 Minuten', '1 uur 35 minuten', '1 hora 35 minutos', '1 hour 35 minutes', '95 Minuten'],
    );
  });

  it('reads the sentences that state a figure, with the rounding written', () => {
    assert.deepEqual(
      proseFigures('The outage lasted 47 minutes. We were down for about an hour, and it went unnoticed for 3 hours (a 62-minute detection delay).').map((f) => [f.kind, f.text, f.minutes]),
      [
        ['impact', '47 minutes', 47],
        ['impact', 'about an hour', 60],
        ['detect', '3 hours', 180],
        ['detect', '62-minute', 62],
      ],
    );
  });

  it('reads no figure of the incident from a sentence of its follow-up work or of its whys', () => {
    const text = '# Outage\n\n## Timeline (UTC)\n\n- 2026-03-14 13:40 Errors begin\n- 2026-03-14 13:48 Alert fires\n- 2026-03-14 16:55 Service restored\n\n## Five whys\n\n1. **Why was the failure not noticed for three days?** Failures went to a local log.\n\n## Action items\n\n- Add label stock to cover a 4 hour outage. Owner: Pharmacy. Due: 2026-03-31.\n';
    assert.deepEqual(figures(text), []);
  });

  it('reads what those affected could not do for a time, and "Detection took"; not what the team could not do, nor a part after a step', () => {
    const read = (text: string) => proseFigures(text).map((f) => [f.kind, f.text, f.minutes]);
    assert.deepEqual(read('Users could not log in for roughly five hours.'), [['impact', 'roughly five hours', 300]]);
    assert.deepEqual(read('Customers were unable to pay by card for 47 minutes.'), [['impact', '47 minutes', 47]]);
    assert.deepEqual(read('Detection took 23 minutes, because the alert was muted.'), [['detect', '23 minutes', 23]]);
    assert.deepEqual(read('We could not reproduce it for two hours.'), []);
    assert.deepEqual(read('Users could not log in for 5 minutes after the restart.'), []);
  });

  it('reads "took us thirty-one minutes to notice" as detection and "failed for a total of" as the impact; not a look timed from a later step', () => {
    const read = (text: string) => proseFigures(text).map((f) => [f.kind, f.text, f.minutes]);
    assert.deepEqual(read('It took us thirty-one minutes to notice, because the alert was muted.'), [['detect', 'thirty-one minutes', 31]]);
    assert.deepEqual(read('It took 20 minutes for anyone to spot it.'), [['detect', '20 minutes', 20]]);
    assert.deepEqual(read('It took ten minutes to spot the bad host once we opened the dashboard.'), []);
    // Finding the cause, or answering a page, is no detection.
    assert.deepEqual(read('It took us 25 minutes to realise that the config change was the cause.'), []);
    assert.deepEqual(read('The alert fired at 14:00, but it took us 19 minutes to notice the page.'), []);
    assert.deepEqual(read('It took us two minutes to notice that something was wrong.'), [['detect', 'two minutes', 2]]);
    assert.deepEqual(read('Card payments failed for a total of 2 hours 10 minutes.'), [['impact', '2 hours 10 minutes', 130]]);
  });

  it('reads a window with its own length after a comma, "finding the cause took", "9½ hours" and "Total time of impact:"; not a sum over windows', () => {
    const read = (text: string) => proseFigures(text).map((f) => [f.kind, f.text, f.minutes]);
    assert.deepEqual(read('Spot trading was unavailable 13:52 – 15:35 UTC, about 1 h 43 min.'), [['impact', 'about 1 h 43 min', 103]]);
    assert.deepEqual(read('Checkout was down 9:00-10:00, then again 11:00-11:30, about 90 minutes in all.'), []);
    assert.deepEqual(read('Checkout was fully down 13:52 – 14:05 UTC, about 13 minutes, and degraded until 14:39.'), []);
    assert.deepEqual(read('Finding the cause took 32 minutes.'), [['identify', '32 minutes', 32]]);
    assert.deepEqual(read('It took us about an hour to find the root cause.'), [['identify', 'about an hour', 60]]);
    assert.deepEqual(read('Users could not log in for nearly 9½ hours.'), [['impact', 'nearly 9½ hours', 570]]);
    assert.deepEqual(figures('# Outage\n\n## Summary\n\n- Total time of impact: approx. 31 hours 20 minutes\n'), [['impact', 'key', 'approx. 31 hours 20 minutes', 1880]]);
    // "ca." and "circa", as German and Dutch authors round: "Dauer: ca. 1,5 h".
    assert.deepEqual(figures('# Ausfall\n\n## Zusammenfassung\n\nScanner weg. Dauer: ca. 1,5 h. Kein Datenverlust.\n'), [['impact', 'key', 'ca. 1,5 h', 90]]);
  });

  it('reads no outage length from its worst part ("so the worst of it lasted 34 minutes"), and finds no mismatch with the whole', () => {
    assert.deepEqual(proseFigures('The rollback finished at 14:18, so the worst of it lasted 34 minutes.'), []);
    assert.deepEqual(proseFigures('The worst was over by 14:31, but checkout was unavailable for 47 minutes in total.').map((f) => f.minutes), [47]);
    const text = '# Edge errors\n\n## Summary\n\nErrors began at 13:44 UTC. The rollback finished at 14:18, so the worst of it lasted 34 minutes. Error rates settled at 14:31.\n\n## Timeline (UTC)\n\n- 2026-10-14 13:44 Errors begin at 11 PoPs\n- 2026-10-14 13:47 Edge 5xx alert fires\n- 2026-10-14 14:18 Rollback confirmed on all 11 PoPs. 502s drop steeply.\n- 2026-10-14 14:31 Error rates back to baseline everywhere.\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? null), ['started', 'detected', 'mitigated', 'resolved']);
  });

  it('reads a figure told from the start by its verb, a list of outages with their lengths, and a restoration time', () => {
    assert.deepEqual(
      proseFigures('Nine hours after the incident started, Jo identified the cause.').map((f) => [f.kind, f.minutes]),
      [['identify', 540]],
    );
    assert.deepEqual(proseFigures('- **October 21** (103 minutes): Redis overload').map((f) => [f.kind, f.minutes]), [['impact', 103]]);
    // A count over a window is no outage's length.
    assert.deepEqual(proseFigures('* Unsubscribes (24h): 312'), []);
    assert.deepEqual(proseFigures('- **5xx errors** (1h): ~40k'), []);
    assert.deepEqual(proseFigures('We restored broken builds in <1hr from initial reports.').map((f) => [f.kind, f.minutes]), [['resolve', 60]]);
    assert.deepEqual(proseFigures('It took us 9 hours to resolve a problem that could have been solved in 4.5 hours.').map((f) => [f.kind, f.minutes]), [['resolve', 540]]);
  });

  it('reads a key that names its unit in minutes, with a bare number ("Minutes downtime or degradation: 83")', () => {
    assert.deepEqual(figures('# Incident Review\n\n1. Time to detection: 12 minutes\n1. Minutes downtime or degradation: 83\n\nDowntime (minutes): 40\n'), [
      ['detect', 'key', '12 minutes', 12],
      ['impact', 'key', '83', 83],
      ['impact', 'key', '40', 40],
    ]);
    assert.deepEqual(figures('# Outage\n\n| Metric | Value |\n|---|---|\n| Minutes downtime or degradation | 83 |\n'), [['impact', 'key', '83', 83]]);
    // An hours key's bare number is not read to the minute; a number with its own unit is the usual key's.
    assert.deepEqual(figures('# Outage\n\nDowntime (hours): 2.5\n\nMinutes of downtime: 5%\n'), []);
  });

  it('leaves durations of other things alone', () => {
    assert.deepEqual(proseFigures('The cache has a 5 minute TTL and the job runs every 10 minutes; we will fix it within 2 weeks.'), []);
    // A part of the incident fixed ("the runbook's step failed; Sandeep found and fixed it in 10 minutes"), not the
    // incident.
    assert.deepEqual(proseFigures('Sandeep found and fixed it in 10 minutes.'), []);
    assert.deepEqual(proseFigures('We fixed the issue in 40 minutes.').map((f) => [f.kind, f.minutes]), [['resolve', 40]]);
    // Another incident's, told for comparison; a part of this one's, added to it.
    assert.deepEqual(proseFigures('Same story as INC-2025-014 last February, which lasted almost 3 hours.'), []);
    assert.deepEqual(proseFigures('In INC-3902 we flushed the cache, which logged everyone out; that one lasted 2h10m.'), []);
    assert.deepEqual(proseFigures('The rebalance loop added 44 minutes of impact after the broker was healthy again.'), []);
    assert.deepEqual(proseFigures('The outage lasted 47 minutes.').map((f) => [f.kind, f.minutes]), [['impact', 47]]);
    // A cloud provider's report: "... returned errors ... in six regions, for a duration of 2 hours, 28 minutes".
    assert.deepEqual(proseFigures('The API returned errors for a large share of requests in six regions, for a duration of 2 hours,\n28 minutes.').map((f) => [f.kind, f.minutes]), [['impact', 148]]);
  });

  it('reads a window by its two ends, across midnight and across days', () => {
    const night = windowIn('12:00am to 9:00am');
    assert.deepEqual([night?.text, night?.start, night?.minutes, night?.from.time, night?.to.time], ['12:00am to 9:00am', 0, 540, { hour: 0, minute: 0, second: 0 }, { hour: 9, minute: 0, second: 0 }]);
    assert.equal(windowIn('23:30 - 00:10')?.minutes, 40);
    assert.equal(windowIn('2025-06-19 12:24 to 2025-06-22 09:30')?.minutes, 4146);
    assert.equal(windowIn('14:00-14:30 UTC')?.minutes, 30);
    assert.equal(windowIn('21:45 to 23:28 UTC (103 minutes)')?.minutes, 103);
    assert.equal(windowIn('the next day'), undefined);
    // Two weekdays: that many days apart.
    assert.equal(windowIn('Sun 02:20 → Tue 19:00')?.minutes, 3880);
    assert.equal(windowIn('Sat 23:00 to Sun 01:00')?.minutes, 120);
  });

  it('counts the days between two weekdays of a window written beside its length ("2 days 16 h 40 min (Sun 02:20 → Tue 19:00)")', () => {
    const text = '# Bill run delayed\n\n## Durations\n\n- Time to resolve: 2 days 16 h 40 min (Sun 02:20 → Tue 19:00)\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
  });

  it('checks the length written beside a window against the window itself ("Duration: 08:52–10:02 CEST (1h 20m)")', () => {
    const doc = (value: string) => `# SSO down\n\n- Duration: ${value}\n\n## Timeline (CEST)\n\n- 2026-05-04 08:52 Google logins start failing\n- 2026-05-04 09:14 Alert fires\n- 2026-05-04 10:02 Logins succeed again\n`;
    const mismatches = (value: string) => analyzeText(doc(value), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch');
    const [finding] = mismatches('08:52–10:02 CEST (1h 20m)');
    assert.equal(finding?.message, 'The outage duration is stated as 1h 20m, but the window written with it, 08:52–10:02, is 1h 10m: correct the figure or the window.');
    assert.equal(doc('08:52–10:02 CEST (1h 20m)').slice(finding.start, finding.end), '1h 20m');
    assert.deepEqual(finding.data?.fixes, [{ title: "Change to 1h 10m (the window's length)", start: finding.start, end: finding.end, newText: '1h 10m' }]);
    assert.deepEqual(mismatches('08:52–10:02 CEST (1h 10m)'), []);
    // And the other way round: the length, then its window in brackets.
    assert.deepEqual(mismatches('1h 20m (08:52–10:02)').map((f) => f.message), ['The outage duration is stated as 1h 20m, but the window written with it, 08:52–10:02, is 1h 10m: correct the figure or the window.']);
    assert.deepEqual(mismatches('1h 10m (08:52–10:02)'), []);
    assert.deepEqual(mismatches('08:52–10:02 CEST (about an hour)'), []);
  });

  it('reads a window written "between ... and ...", only in a sentence about the impact', () => {
    assert.deepEqual(figures('# x\n\nBetween approximately 2025-07-30 21:27 UTC and 2025-07-31 07:27 UTC the site could not be accessed.\n'), [['impact', 'range', '2025-07-30 21:27 UTC and 2025-07-31 07:27 UTC', 600]]);
    assert.deepEqual(figures('# x\n\nBetween 10:00 and 11:00 we deployed the new release to every region.\n'), []);
    // Azure's PIRs: what customers experienced, the date written once, after the second end.
    const azure = '# x\n\nBetween 07:45 UTC and 16:00 UTC on 09 October 2025, a subset of customers experienced intermittent connectivity issues.\n';
    assert.deepEqual(figures(azure), [['impact', 'range', '07:45 UTC and 16:00 UTC on 09 October 2025', 495]]);
    // The first end later in the day than the dated second: a window of hours crossed midnight into that day; one of
    // most of a day is more likely a typo, and which day its first end is on is not written.
    assert.deepEqual(figures(azure.replace('07:45', '22:40').replace('16:00', '01:11')), [['impact', 'range', '22:40 UTC and 01:11 UTC on 09 October 2025', 151]]);
    assert.deepEqual(figures(azure.replace('07:45', '17:45')), []);
  });

  it('reads a window on a 12-hour clock whose second end says AM: across midnight, not to noon', () => {
    assert.deepEqual(figures('# x\n\nLogins were completely down from 9:48 PM to 12:25 AM, and the queue drained.\n'), [['impact', 'range', '9:48 PM to 12:25 AM', 157]]);
  });

  it('reads a key that says what it counts in parentheses before its colon', () => {
    const text = '# x\n\n- **Time to mitigate (dashboards pulled / banner up):** 36 hours 20 minutes\n- **Total duration (start → validated backfill):** 38 hours 35 minutes\n- The total duration (see below) was long.\n\nThe window included downtime (planned maintenance window): 30 minutes of it were expected.\n';
    assert.deepEqual(figures(text).map((f) => [f[0], f[2], f[3]]), [['mitigate', '36 hours 20 minutes', 2180], ['impact', '38 hours 35 minutes', 2315]]);
  });

  it('reads an amount in words with its second part ("an hour and forty minutes"), never only its first', () => {
    const amounts = (sentence: string) => figures(`# x\n\n${sentence}\n`).map((f) => [f[2], f[3]]);
    assert.deepEqual(amounts('The incident lasted about an hour and forty minutes.'), [['about an hour and forty minutes', 100]]);
    assert.deepEqual(amounts('The outage lasted two hours and 15 minutes.'), [['two hours and 15 minutes', 135]]);
    assert.deepEqual(amounts('The API was down for an hour and a half.'), [['an hour and a half', 90]]);
    assert.deepEqual(amounts('Search was unavailable for twenty-five minutes.'), [['twenty-five minutes', 25]]);
  });

  it('reads key figures in words, in a table with a comment column, and a window stated in a sentence', () => {
    const text = [
      '# Outage',
      '',
      'Duration: two days',
      '',
      '| Metric | Value | Note |',
      '|---|---|---|',
      '| Total Downtime | 6 hours, 28 minutes | <!-- sanity check --> |',
      '',
      'The service was unavailable from 20:13UTC to 20:35UTC, and the outage',
      'lasted 22 minutes.',
    ].join('\n');
    assert.deepEqual(figures(text), [
      ['impact', 'key', 'two days', 2880],
      ['impact', 'key', '6 hours, 28 minutes', 388],
      ['impact', 'range', '20:13UTC to 20:35UTC', 22],
      ['impact', 'prose', '22 minutes', 22],
    ]);
  });

  it('reads a key that says what it counts to ("Time to resolve (incident closed)"), and finds it consistent with the closing entry', () => {
    const rows = ['| 7:58 PM | Errors start |', '| 8:00 PM | Alert fires |', '| 8:32 PM | Rollback done; errors back to baseline |', '| 1:30 AM | Incident closed. |'];
    const text = `# Wallet\n\n**Date:** 2025-02-09\n\nAll times ET.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n${rows.join('\n')}\n\n## Key figures\n\n| Measure | Value |\n|---|---|\n| Time to resolve (incident closed) | 5 hours 32 minutes |\n`;
    assert.deepEqual(figures(text), [['resolve', 'key', '5 hours 32 minutes', 332]]);
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
  });

  it('reads a key that says what it counts from ("Time to detect (first user report)", "Time to resolve after detection"), and a time to contain', () => {
    const text = '# X\n\n| Metric | Value |\n|---|---|\n| Time to detect (first user report) | 2h 33m |\n| Time to resolve after detection | 1h 55m |\n\n- **Time to contain (detection to revocation):** 1h 41m\n';
    assert.deepEqual(figures(text), [
      ['detect', 'key', '2h 33m', 153],
      ['resolve', 'key', '1h 55m', 115],
      ['mitigate', 'key', '1h 41m', 101],
    ]);
    // What the time to restore counts to, in brackets: the customer impact.
    assert.deepEqual(figures('# X\n\n| Metric | Value |\n|---|---|\n| MTTR (customer impact) | 3 hours |\n'), [['resolve', 'key', '3 hours', 180]]);
    // A security report's dwell time: from the compromise to its detection.
    assert.deepEqual(figures('# X\n\nDwell time: 33 minutes\n'), [['detect', 'key', '33 minutes', 33]]);
    // A key naming a part of the incident is not the incident's figure.
    assert.deepEqual(figures('# X\n\n| Metric | Value |\n|---|---|\n| Time to mitigate (all POPs) | 1h 44m |\n'), []);
    // A resolution counted from the detection is consistent with a timeline that gives it so.
    const timeline = '\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 2024-03-03 08:00 | Errors began |\n| 2024-03-03 09:00 | Alert fired |\n| 2024-03-03 10:55 | Service restored, incident resolved |\n';
    const { findings } = analyzeText(`# X\n\n- Time to resolve after detection: 1h 55m\n${timeline}`, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
  });

  it('reads the "mean time to" names a template gives one incident\'s figures, as fields or table rows, not a mean in prose', () => {
    const text = ['# Outage', '', 'MTTD: 10 minutes', '**MTTA:** 5 min', '', '| Metric | Value |', '|---|---|', '| MTTM | 40 minutes |', '| MTTR | 1 hour |', '', 'Our MTTR is 4 hours this quarter.'].join('\n');
    assert.deepEqual(figures(text), [
      ['detect', 'key', '10 minutes', 10],
      ['acknowledge', 'key', '5 min', 5],
      ['mitigate', 'key', '40 minutes', 40],
      ['resolve', 'key', '1 hour', 60],
    ]);
  });

  it('reads an impact figure named "Duration of impact", "Total outage" or "Customer impact", only as a field', () => {
    const text = ['# Outage', '', '- Duration of impact: 1h 22m', '- **Total outage:** 53 minutes', '- Customer impact: 25 minutes', '', 'The outage 3 weeks ago was shorter.'].join('\n');
    assert.deepEqual(figures(text), [
      ['impact', 'key', '1h 22m', 82],
      ['impact', 'key', '53 minutes', 53],
      ['impact', 'key', '25 minutes', 25],
    ]);
    // A window under the name of one: "Impact window: 14:06–15:09 UTC", "Outage period: 2h".
    assert.deepEqual(figures('# Outage\n\n- Impact window: 14:06–15:09 UTC\n- Outage period: 2h\n\nThe window of the deploy was 14:00.\n'), [
      ['impact', 'range', '14:06–15:09', 63],
      ['impact', 'key', '2h', 120],
    ]);
  });

  it('reads the metrics a front matter keeps ("ttr: 1h05m"), not its prose', () => {
    const text = ['---', 'title: "Deliveries delayed for 3 hours"', 'ttd: 9m', 'ttr: 1h05m', '---', '', '# Deliveries delayed', ''].join('\n');
    assert.deepEqual(figures(text), [
      ['detect', 'key', '9m', 9],
      ['resolve', 'key', '1h05m', 65],
    ]);
  });

  it('reads a figure whose name carries its abbreviation ("Time to Detect (TTD): 5 minutes"), in a field or a table', () => {
    const text = ['# Outage', '', '**Time to Detect (TTD):** 5 minutes', 'Time to Mitigate (TTM): 36 min', '', '| Metric | Value |', '|---|---|', '| Time to Resolve (MTTR) | 45 minutes |'].join('\n');
    assert.deepEqual(figures(text), [
      ['detect', 'key', '5 minutes', 5],
      ['mitigate', 'key', '36 min', 36],
      ['resolve', 'key', '45 minutes', 45],
    ]);
  });

  it('reads an outage told as unusable or unstable, what could not be done for a while, and hours of impact or of diminished capacity', () => {
    const read = (line: string) => proseFigures(line).map((f) => [f.kind, f.text, f.minutes]);
    assert.deepEqual(read('The bug made the site unusable for about 1h50m, and unstable for ~1 day.'), [
      ['impact', 'about 1h50m', 110],
      ['impact', '~1 day', 1440],
    ]);
    assert.deepEqual(read('Back to normal after ~1hr of total downtime and ~4 hours of diminished capacity.'), [
      ['impact', '~1hr', 60],
      ['impact', '~4 hours', 240],
    ]);
    assert.deepEqual(read('Three incidents totaling over 14 hours of cumulative major impact.'), [['impact', 'over 14 hours', 840]]);
    assert.deepEqual(read('We spent 3 hours of work on it and kept 2 hours of capacity in reserve.'), []);
    assert.deepEqual(read('For 47 minutes on Wednesday afternoon, Tallyhoo could not generate invoice PDFs.'), [['impact', '47 minutes', 47]]);
    assert.deepEqual(read('For 2 hours, we could not reproduce it.'), []);
    // The length opening the sentence with no comma after it, and what failed said as errors or time-outs.
    assert.deepEqual(read('**Summary:** For 38 minutes on Tuesday afternoon roughly one in five checkout attempts failed with HTTP 503.'), [['impact', '38 minutes', 38]]);
    assert.deepEqual(read('For 69 minutes, roughly 12% of API requests either returned HTTP 503 or timed out at the CDN.'), [['impact', '69 minutes', 69]]);
    assert.deepEqual(read('For 5 minutes we could not reproduce it.'), []);
    // Read-only, and what failed everywhere, for a while; not a fault that had been there before.
    assert.deepEqual(read('So Wikimedia Commons was read-only for 34 minutes: no uploads.'), [['impact', '34 minutes', 34]]);
    assert.deepEqual(read('Thumbnail generation failed on all wikis for about 40 minutes on 11 June.'), [['impact', 'about 40 minutes', 40]]);
    assert.deepEqual(read('The nightly backup had failed for 3 days before anyone noticed.'), []);
    // Another event's length, which the author says is not part of this incident.
    assert.deepEqual(read('On Tuesday morning at 08:15 we saw a latency bump lasting about four minutes. This turned out to be a cache warm-up and is not part of this incident.'), []);
    assert.deepEqual(read('Roughly a week from detection to resolution, though another error, which turned out to be unrelated, was found.'), [['resolve', 'Roughly a week', 10080]]);
    // The figure named, then its length; not a time after something.
    assert.deepEqual(read('Total impact was 77 minutes. Most users saw errors for a shorter window.'), [['impact', '77 minutes', 77]]);
    assert.deepEqual(read('The total outage time experienced by clients was **1 hour 10 minutes**.'), [['impact', '1 hour 10 minutes', 70]]);
    assert.deepEqual(read('The impact was 5 minutes after the deploy.'), []);
    assert.deepEqual(read('The period of customer impact was approximately 18 hours.'), [['impact', 'approximately 18 hours', 1080]]);
    assert.deepEqual(read('The total duration of the outage was 2 hours.'), [['impact', '2 hours', 120]]);
    // The incident's whole length, beside the impact's: its total.
    assert.deepEqual(read('The PIX-out degradation lasted 1h22min, and the total incident duration was 1h47min.'), [['impact', '1h22min', 82], ['total', '1h47min', 107]]);
    assert.deepEqual(read('Our longest incident duration was 3 hours last year.'), []);
    assert.deepEqual(read('The incident duration was 1 hour longer than it needed to be.'), []);
    // A time counted from the impact is no length of it.
    assert.deepEqual(read('The fast-burn alert fired within five minutes of impact.'), []);
    assert.deepEqual(read('Paging and acknowledgement inside two minutes of impact.'), []);
  });

  it('reads the length a Google Cloud incident report states ("experienced ... for a duration of 2 hours, 15 minutes")', () => {
    const read = (line: string) => proseFigures(line).map((f) => [f.kind, f.text, f.minutes]);
    assert.deepEqual(read('On Tuesday, 3 March 2024, Cloud Storage experienced elevated error rates in us-east1 for a duration of 2 hours, 15 minutes.'), [['impact', '2 hours, 15 minutes', 135]]);
    assert.deepEqual(read('The contract runs for a duration of 2 years.'), []);
  });

  it('reads a detection told with a typeset apostrophe, or by whoever told us, and not a wish in the clause before', () => {
    assert.deepEqual(proseFigures('The spike wasn’t noticed for nearly 12 hours.').map((f) => [f.kind, f.minutes]), [['detect', 720]]);
    assert.deepEqual(proseFigures('An alert should have warned us 10 minutes in; instead a user notified us only one hour later.').map((f) => [f.kind, f.minutes]), [['detect', 60]]);
    assert.deepEqual(proseFigures('Ideally a customer should have notified us 10 minutes later.'), []);
  });

  it('reads a figure named as the domain names it, or written as its definition from one milestone to another', () => {
    assert.deepEqual(proseFigures('Sentry paged us, meaning our response time was under a minute.').map((f) => [f.kind, f.text, f.minutes]), [['acknowledge', 'under a minute', 1]]);
    assert.deepEqual(proseFigures('The time to detect was 12 minutes and the recovery time was 2 hours.').map((f) => [f.kind, f.minutes]), [
      ['detect', 12],
      ['resolve', 120],
    ]);
    assert.deepEqual(proseFigures('Roughly a week from detection to resolution passed.').map((f) => [f.kind, f.minutes]), [['resolve', 10080]]);
    assert.deepEqual(proseFigures('It was 20 minutes from the start to detection.').map((f) => [f.kind, f.minutes]), [['detect', 20]]);
    assert.deepEqual(proseFigures('At the time of the 5 minute check, the job ran 10 minutes from start to finish.'), []);
  });

  it('reads the length written after a window, in a sentence about the outage or a Duration field', () => {
    assert.deepEqual(
      proseFigures('On Tuesday from 17:09 EST to approximately 23:42 EST (6 hours and 33 minutes), the platform was unavailable.').map((f) => [f.kind, f.text, f.minutes]),
      [['impact', '6 hours and 33 minutes', 393]],
    );
    assert.deepEqual(proseFigures('The migration ran from 10:00 to 11:00 (1 hour) as planned.'), []);
    const text = ['# Outage', '', '**Duration:** late evening on October 29 to dawn on October 30 (7 hours 9 minutes)', '', '- **Total major impact:** Over 14 hours across four incidents'].join('\n');
    assert.deepEqual(figures(text), [
      ['impact', 'key', '7 hours 9 minutes', 429],
      ['impact', 'key', 'Over 14 hours', 840],
    ]);
    // A window whose ends can be read is the figure itself, its dates written after the times.
    assert.deepEqual(figures('# Outage\n\n**Duration:** 22:30 UTC on October 29 to 05:39 UTC on October 30 (7 hours 9 minutes)\n'), [['impact', 'range', '22:30 UTC on October 29 to 05:39 UTC on October 30', 429]]);
  });

  it('reads a length pointed back at only when the document has stated it', () => {
    assert.deepEqual(restatedFigures('Here is what happened during those 36 hours, a tough 36 hours.', [2160]).map((f) => [f.kind, f.text, f.minutes]), [
      ['impact', '36 hours', 2160],
      ['impact', '36 hours', 2160],
    ]);
    assert.deepEqual(restatedFigures('In those 5 minutes the job ran twice.', [2160]), []);
    assert.deepEqual(restatedFigures('That 36 hours later we were fine.', [2160]), []);
    const text = ['# Outage', '', 'The outage lasted for around 36 hours.', '', 'Thanks for bearing with us during those 36 hours.'].join('\n');
    assert.deepEqual(figures(text), [
      ['impact', 'prose', 'around 36 hours', 2160],
      ['impact', 'prose', '36 hours', 2160],
    ]);
  });

  it('takes a stated window over a field, and a field over a sentence, and never a bound as the figure', () => {
    const text = [
      '# Outages',
      '',
      'Four incidents totaling over 14 hours of cumulative major impact.',
      '',
      'We were down for about 3 hours.',
      '',
      '**Duration:** 21:45 to 23:28 UTC (103 minutes)',
    ].join('\n');
    const { durations } = analyzeText(text, { settings: DEFAULT_SETTINGS }).model;
    assert.equal(durations.impactMinutes, 103);
    const bound = analyzeText(['# Outage', '', 'Our response time was under a minute.'].join('\n'), { settings: DEFAULT_SETTINGS }).model.durations;
    assert.equal(bound.acknowledgeMinutes, null);
  });

  it('takes the figure under its own name over one under another name for it, wherever each is written', () => {
    const durationsOf = (...fields: string[]) => analyzeText(['# Incident on 2020-08-14', '', ...fields].join('\n\n'), { settings: DEFAULT_SETTINGS }).model.durations;
    assert.equal(durationsOf('- **Time to repair**: 0h 37m', '- **Time to resolve**: 0h 55m').resolveMinutes, 55);
    assert.equal(durationsOf('- **Time to resolve**: 0h 55m', '- **Time to repair**: 0h 37m').resolveMinutes, 55);
    assert.equal(durationsOf('| Time to recovery | 37 minutes |\n|---|---|', 'Time to resolve: 55 minutes').resolveMinutes, 55);
    assert.equal(durationsOf('- **Time to repair**: 0h 37m').resolveMinutes, 37);
  });

  it('reads "Total duration of impact:" and "| Duration of service impact |" as the impact\'s figure', () => {
    assert.deepEqual(figures('# Feed stalled\n\nNo messages were lost. Total duration of impact: 2 hours 48 minutes.\n'), [['impact', 'key', '2 hours 48 minutes', 168]]);
    assert.deepEqual(figures('# RFO\n\n| Field | Value |\n|---|---|\n| Duration of service impact | 1 hour 27 minutes |\n'), [['impact', 'key', '1 hour 27 minutes', 87]]);
  });

  it('pairs keys written together with their values ("TTD / TTM / TTR: 6 min / 71 min / 97 min", "TTD 4 min · TTM 50 min · TTR 2h 28m")', () => {
    assert.deepEqual(figures('# Outage\n\n**TTD / TTM / TTR:** 6 min / 71 min / 97 min\n'), [['detect', 'key', '6 min', 6], ['mitigate', 'key', '71 min', 71], ['resolve', 'key', '97 min', 97]]);
    assert.deepEqual(figures('# Outage\n\n**Summary line:** TTD 4 min · TTM 50 min · TTR 2h 28m\n'), [['detect', 'key', '4 min', 4], ['mitigate', 'key', '50 min', 50], ['resolve', 'key', '2h 28m', 148]]);
    // Keys and values that do not pair up state nothing to check.
    assert.deepEqual(figures('# Outage\n\n**TTD / TTR:** 6 min\n'), []);
  });

  it('checks a figure whose key names its two ends ("Time to detect (first customer report to page)") between those ends', () => {
    const timeline = '## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 2025-04-07 10:00 | Checkout errors begin |\n| 2025-04-07 10:10 | First customer report reaches support |\n| 2025-04-07 10:30 | Latency alert pages the on-call |\n| 2025-04-07 10:34 | On-call acknowledges |\n| 2025-04-07 11:05 | Rolled back the deploy |\n| 2025-04-07 11:20 | Error rate back to normal |\n';
    const mismatches = (statement: string) => analyzeText(`# Post-mortem: checkout errors\n\n${statement}\n\n${timeline}`, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').length;
    assert.equal(mismatches('Time to detect (first customer report to page): 20 minutes'), 0);
    assert.equal(mismatches('| Metric | Value |\n|---|---|\n| Time to detect (first customer report to page) | 20 minutes |'), 0);
    // Between those ends, a wrong figure is still wrong; without them, the domain's reading stands.
    assert.equal(mismatches('Time to detect (first customer report to page): 45 minutes'), 1);
    assert.equal(mismatches('Time to detect: 20 minutes'), 1);
  });

  it('takes a length written with its own window after a comma ("2h 27m (impact), 08:21Z–10:48Z") as the author\'s window, checked against it only', () => {
    const doc = (value: string) => `# Incident report: webhooks delayed\n\n| Field | Value |\n|---|---|\n| **Duration** | ${value} |\n\n## Timeline (UTC)\n\n- 08:21 errors begin\n- 08:40 alert fires\n- 09:51 revert deployed\n- 11:30 resolved\n`;
    const mismatches = (value: string) => analyzeText(doc(value), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').length;
    assert.equal(mismatches('2h 27m (impact), 08:21Z–10:48Z'), 0);
    assert.equal(mismatches('2h 57m (impact), 08:21Z–10:48Z'), 1);
  });

  it('reads no budget in minutes from an SLO over events ("99% of notifications delivered < 30 s (~90M/month → 900k budget)")', () => {
    const mismatches = (slo: string) => analyzeText(`# Notification delays\n\n| Metric | Value |\n|---|---|\n| SLO | ${slo} |\n\n## Timeline (UTC)\n\n- 10:00 delays begin\n- 11:00 resolved\n`, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'error-budget-mismatch').length;
    assert.equal(mismatches('99% of notifications delivered < 30 s, 30-day window (~90M/month → 900k budget)'), 0);
    assert.equal(mismatches('99% of mail relayed within 5 min, 28 d (~1.57M msgs → 15,700 allowed late)'), 0);
    assert.equal(mismatches('99% availability, 30-day window (90 min budget)'), 1);
  });

  it('reads a metrics table with a definition column ("| TTD (time to detect) | impact start → first alert | 8 min |"), between the ends it names', () => {
    const doc = (ttd: string) => `# Outage\n\n## Timeline (UTC)\n\n- 10:00 checkout errors begin\n- 10:05 customer report reaches support\n- 10:12 first alert fires\n- 10:40 resolved\n\n## Key metrics\n\n| Metric | Definition | Value |\n|---|---|---|\n| TTD (time to detect) | errors begin → first alert | ${ttd} |\n| MTTR (payments, Q1 rolling) | mean restore time across the quarter | 41 min |\n`;
    assert.deepEqual(figures(doc('12 min')), [['detect', 'key', '12 min', 12]]);
    const mismatches = (ttd: string) => analyzeText(doc(ttd), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').length;
    assert.equal(mismatches('12 min'), 0);
    assert.equal(mismatches('25 min'), 1);
  });

  it('reads an issue form\'s "### Total duration" field with its answer in the paragraph below', () => {
    assert.deepEqual(figures('### Incident title\n\nNotifications delayed\n\n### Total duration\n\n1h 15m\n\n### Anything else?\n\nThe 2h window was planned.\n'), [['impact', 'key', '1h 15m', 75]]);
  });

  it('takes no impact figure from a latent fault told as earlier than the outage ("had been broken for four days")', () => {
    assert.deepEqual(figures('# Stream outage\n\nThe backup path had been broken for four days before the match.\n'), []);
    assert.deepEqual(figures('# Stream outage\n\nThe stream was down for 18 minutes.\n'), [['impact', 'prose', '18 minutes', 18]]);
  });

  it('takes no impact figure from a spare lost ("the standby link was down for 3 days") or from a status-page notice\'s window', () => {
    assert.deepEqual(figures('# Card outage\n\nThe standby link was down for 3 days (1 to 4 March) before anyone needed it.\n'), []);
    assert.deepEqual(figures('# Card outage\n\nThe secondary database replica was offline for 6 hours.\n'), []);
    assert.deepEqual(figures('# Mail delays\n\nThe status page showed "Degraded delivery" from 08:25 to 14:35.\n'), []);
    // The service itself, told the same ways, is the impact.
    assert.deepEqual(figures('# Card outage\n\nCard payments were down for 3 hours.\n'), [['impact', 'prose', '3 hours', 180]]);
    assert.deepEqual(figures('# Mail delays\n\nDelivery to Outlook was degraded from 08:25 to 14:35.\n'), [['impact', 'range', '08:25 to 14:35', 370]]);
    // A spare named before the outage's own clause, and a status page in a clause before the window, take nothing away.
    assert.deepEqual(figures('# Power\n\nWhen the backup generator failed to start, the data centre was offline for 3 hours.\n'), [['impact', 'prose', '3 hours', 180]]);
    assert.deepEqual(figures('# Checkout\n\nAs our status page showed, checkout was down from 10:00 to 13:00.\n'), [['impact', 'range', '10:00 to 13:00', 180]]);
    assert.deepEqual(figures('# Checkout\n\nAs customers began to notice, checkout was down from 10:00 to 13:00.\n'), [['impact', 'range', '10:00 to 13:00', 180]]);
  });

  it('takes no impact figure from the window in which people were told ("Affected PSAPs were notified between 18:51 and 19:02")', () => {
    assert.deepEqual(figures('# 911 outage\n\nAffected PSAPs were notified by telephone between 18:51 and 19:02 CST.\n'), []);
    assert.deepEqual(figures('# Checkout\n\nAll affected merchants were emailed from 11:00 to 11:40.\n'), []);
    // The outage told with its window stays a figure, whoever is named in the clause after it.
    assert.deepEqual(figures('# 911 outage\n\nBetween 17:59 and 21:40 CST, 911 calls were failing, and the PSAPs were notified.\n'), [['impact', 'range', '17:59 and 21:40 CST', 221]]);
    // A notification service's own outage, and people who emailed, are no people told.
    assert.deepEqual(figures('# Push outage\n\nPush notifications were unavailable from 10:00 to 10:30 UTC.\n'), [['impact', 'range', '10:00 to 10:30 UTC', 30]]);
    assert.deepEqual(figures('# Comms outage\n\nInternal communications were down between 10:00 and 10:30 UTC.\n'), [['impact', 'range', '10:00 and 10:30 UTC', 30]]);
    assert.deepEqual(figures('# Mail outage\n\nCustomers who emailed us were affected between 10:00 and 10:30 UTC.\n'), [['impact', 'range', '10:00 and 10:30 UTC', 30]]);
  });

  it('takes no impact figure from a respite inside the impact ("degraded ..., with a partial recovery between 10:48 PM and 11:55 PM")', () => {
    assert.deepEqual(figures('# CMS\n\nPublishing was degraded for 3 hours 8 minutes, with a partial recovery between 10:48 PM and 11:55 PM.\n').filter(([, form]) => form === 'range'), []);
    assert.deepEqual(figures('# CMS\n\nWith normal traffic, publishing was down between 10:48 PM and 11:55 PM.\n'), [['impact', 'range', '10:48 PM and 11:55 PM.', 67]]);
    for (const sentence of ['Card payments were not working between 10:04 and 10:40, and customers saw errors.', 'Customers who normally pay by card were affected between 10:04 and 10:40.']) {
      assert.deepEqual(figures(`# Checkout\n\n${sentence}\n`).map(([kind, , , minutes]) => [kind, minutes]), [['impact', 36]], sentence);
    }
  });

  it('reads "three and a half hours" and a loose bound ("a bit over", "a little more than") as written, the bound kept', () => {
    assert.deepEqual(figures('# Checkout outage\n\nCheckout was slow for a bit over three and a half hours.\n'), [['impact', 'prose', 'a bit over three and a half hours', 210]]);
    assert.deepEqual(figures('# Checkout outage\n\nThe API was down for 2 and a half days.\n'), [['impact', 'prose', '2 and a half days', 3600]]);
    assert.deepEqual(figures('# Checkout outage\n\nThe outage lasted a little more than 3 hours.\n'), [['impact', 'prose', 'a little more than 3 hours', 180]]);
    // An alert's threshold is no length of the outage.
    assert.deepEqual(figures('# DNS outage\n\nThe threshold (5% of forwarded requests failing for 10 min) is too slow.\n'), []);
    const doc = (value: string) => `# Incident report: webhooks delayed\n\nTime to resolve: ${value}\n\n## Timeline (UTC)\n\n- 08:21 errors begin\n- 08:40 alert fires\n- 09:51 revert deployed\n- 11:30 resolved\n`;
    const mismatches = (value: string) => analyzeText(doc(value), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').length;
    assert.deepEqual(figures(doc('a little over 2 hours')), [['resolve', 'key', 'a little over 2 hours', 120]]);
    // A bound, however loosely put, agrees with any longer reading (3 h 9 min); the bare figure does not.
    assert.equal(mismatches('a little over 2 hours'), 0);
    assert.equal(mismatches('2 hours'), 1);
  });

  it('reads "18h58 → 19h55" after a figure\'s key as a window, not 18 hours 58 minutes; and a figure in bold in a sentence', () => {
    const figures = (text: string) => analyzeText(`# Dispatch stuck\n\n${text}\n`, { settings: DEFAULT_SETTINGS }).model.statedFigures.map((f) => [f.text, f.statedMinutes]);
    assert.deepEqual(figures('Tổng thời gian ảnh hưởng: 18h58 → 19h55.'), [['18h58 → 19h55', 57]]);
    assert.deepEqual(figures('Total downtime: 1h20'), [['1h20', 80]]);
    assert.deepEqual(figures('Outage lasted about **35 minutes**. Root cause was a failover.'), [['about 35 minutes', 35]]);
  });
  it('counts a figure of the complete outage ("fully unavailable for 95 minutes", "Hard-down duration") from where the timeline says it began', () => {
    const doc = (statement: string) =>
      `# Portal outage\n\n${statement}\n\n## Timeline (EDT)\n\n- 18:42 Response times exceed 8 s. **Service degradation begins.**\n- 18:55 Synthetic monitor fails; alarm raised.\n- 19:08 On-call acknowledges the alarm.\n- 20:31 Portal returns 503 to all users. **Full outage begins.**\n- 21:10 Cause identified: IDV calls hold connections.\n- 22:06 Portal restored; errors back to baseline. **Resolved.**\n`;
    const mismatches = (statement: string) => analyzeText(doc(statement), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => f.message);
    assert.deepEqual(mismatches('The portal was fully unavailable for 95 minutes.'), []);
    assert.deepEqual(mismatches('Hard-down duration: 95 minutes'), []);
    const [wrong] = mismatches('Hard-down duration: 85 minutes');
    assert.match(wrong, /gives 95 minutes \(20:31 \(line 10\) to 22:06 \(line 12\); also tried 18:42/);
    // Not said of the complete outage, not even in a bracket after it or taken back, the figure counts from the start of impact.
    assert.equal(mismatches('The portal was unavailable for 95 minutes.').length, 1);
    assert.equal(mismatches('Total outage duration: 95 minutes').length, 1);
    assert.equal(mismatches('Outage duration: 95 minutes (fully down for part of it).').length, 1);
    assert.equal(mismatches('The portal was never completely down; the outage lasted 95 minutes.').length, 1);
    // The whole impact is still a reading of it.
    assert.deepEqual(mismatches('Hard-down duration: 204 minutes'), []);
    // A complete outage only feared is no start of one.
    const feared = doc('The portal was fully unavailable for 95 minutes.').replace('**Full outage begins.**', 'The IC flags the risk of a complete outage.');
    assert.equal(analyzeText(feared, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').length, 1);
  });
  it('reads "Total viewer-facing degradation: 46 min" and "| Customer-impacting window | 1 h 01 min |" as the impact\'s length', () => {
    assert.deepEqual(figures('# Stream outage\n\nTotal viewer-facing degradation: 46 min.\n'), [['impact', 'key', '46 min', 46]]);
    assert.deepEqual(figures('# DNS outage\n\n| | |\n|---|---|\n| Customer-impacting window | 1 h 01 min |\n| User impacting time | 61 min |\n'), [['impact', 'key', '1 h 01 min', 61], ['impact', 'key', '61 min', 61]]);
    // A share is no length.
    assert.deepEqual(figures('# Stream outage\n\nTotal degradation: 12% of sessions.\n'), []);
    // A partial degradation is a part.
    assert.deepEqual(figures('# Stream outage\n\nTotal partial degradation: 1h 30m\n'), []);
  });

  it('names the three readings nearest a contradicted figure and counts the rest', () => {
    const text = ['# Orders held at the open', '', 'Time to resolve: 2h 10m', '', '## Timeline (ET)', '', '- 09:30 Orders stop routing. **Impact starts.**', '- 09:34 Alert fires.', '- 09:36 On-call acknowledges.', '- 10:26 Orders routing again. **Mitigated.**', '- 10:31 Backlog drained; service restored.', '- 16:40 **Resolved.**', '- 16:42 Incident closed.', ''].join('\n');
    const [message] = analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => f.message);
    assert.equal(message.match(/\(line \d+\) to/g)?.length, 4, message);
    assert.match(message, /; and \d+ other readings?\): correct/);
  });

  it('reads "a little over two hours" as near two hours, not any length past it; "over two hours" stays a bound', () => {
    const doc = (statement: string) => `# EPR outage on 3 March 2025\n\n## Summary\n${statement}\n\n## Timeline (UTC)\n\n- 00:52 logins start failing. **Start of impact**\n- 00:58 alert fires, pages IT on-call\n- 01:20 on-call acknowledges\n- 04:10 Rolled back the index change; all wards back on EPR\n- 04:30 Incident resolved\n`;
    const mismatches = (statement: string) => analyzeText(doc(statement), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').length;
    assert.equal(mismatches('The EPR was unavailable for a little over two hours.'), 1);
    for (const near of ['just over 3 hours', 'a little under 4 hours', 'over 2 hours', 'well over 2 hours', 'under 8 hours']) assert.equal(mismatches(`The EPR was unavailable for ${near}.`), 0, near);
  });

  it('reads "half an hour", "a quarter of an hour" and "three quarters of an hour" whole, never the "an hour" in them', () => {
    assert.deepEqual(proseFigures('Customers were pointed there within half an hour of impact.'), []);
    assert.deepEqual(proseFigures('The outage lasted half an hour.').map((f) => [f.text, f.minutes]), [['half an hour', 30]]);
    assert.deepEqual(proseFigures('The site was down for about three quarters of an hour.').map((f) => [f.text, f.minutes]), [['about three quarters of an hour', 45]]);
    assert.deepEqual(proseFigures('Users could not log in for a quarter of an hour.').map((f) => [f.text, f.minutes]), [['a quarter of an hour', 15]]);
    // A difference is no length: "lasted a half hour longer than the last one".
    assert.deepEqual(proseFigures('The outage lasted a half hour longer than the last one.'), []);
  });

  it('takes no time to resolve from how long one step of the timeline took ("- 0630 mount rw, clients recover in ~4 min")', () => {
    const log = '# Scratch read-only\n\n**Date:** 2024-12-03 (AEDT)\n\n## Timeline\n\n- 06:12 clients start getting EROFS\n- 07:31 on-call confirms, incident declared\n- 14:20 cause identified\n- 06:30 mount rw, clients recover in ~4 min\n- 09:00 partitions up, service restored\n';
    assert.deepEqual(figures(log), []);
    assert.deepEqual(analyzeText(log, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
    // Told of the incident, outside the timeline, it is still read.
    assert.deepEqual(figures(`${log}\n## Summary\n\nService was restored in about 27 hours.\n`), [['resolve', 'prose', 'about 27 hours', 1620]]);
  });

  it('calls an impact longer than the count to the fix wrong only when an entry says the service came back, or the whole timeline is shorter', () => {
    const doc = (stated: string, restored = 'Refunds visible in all affected accounts') =>
      `# Duplicate direct debits\n\n**Customer impact:** ${stated}\n\n## Chronology (AEDT)\n\n| Date | Time | Event |\n|---|---|---|\n| 3/12/2026 | 06:00 | Duplicate debits begin to appear in customers' accounts |\n| 3/12/2026 | 08:15 | Contact centre alerted by a spike in calls |\n| 3/12/2026 | 10:20 | Cause identified |\n| 3/12/2026 | 11:10 | Automatic re-run disabled; payment files on hold |\n| 4/12/2026 | 09:00 | ${restored} |\n| 8/12/2026 | 16:00 | Final reconciliation completed |\n`;
    const mismatches = (stated: string, restored?: string) => analyzeText(doc(stated, restored), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').length;
    // The harm ran on past the fix to an entry no word marks: 27 hours may be right.
    assert.equal(mismatches('27 hours'), 0);
    // Shorter than the count to the fix, or longer than the whole timeline: wrong either way.
    assert.equal(mismatches('2 hours'), 1);
    assert.equal(mismatches('9 days'), 1);
    // Once an entry says the service came back, the impact ends there.
    assert.equal(mismatches('18 hours', 'Service restored for all customers'), 1);
    assert.equal(mismatches('27 hours', 'Service restored for all customers'), 0);
  });

  it('checks the length a sentence gives its window ("unavailable from 9:18 to 10:52, so roughly 1 hr 14 min"), not a sum over two windows', () => {
    const doc = (sentence: string) => `# Checkout outage\n\n## Summary\n\n${sentence}\n\n## Timeline\n\n- 09:18 payments fail\n- 09:30 alert fires\n- 10:52 payments recover\n`;
    const mismatches = (sentence: string) => analyzeText(doc(sentence), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => doc(sentence).slice(f.start, f.end));
    assert.deepEqual(mismatches('Checkout was unavailable from 9:18 to 10:52, so roughly 1 hr 14 min.'), ['roughly 1 hr 14 min']);
    assert.deepEqual(mismatches('Checkout was unavailable from 9:18 to 10:52 (roughly 1 hr 14 min).'), ['roughly 1 hr 14 min']);
    assert.deepEqual(mismatches('Checkout was unavailable from 9:18 to 10:52, about 1 hr 34 min.'), []);
    assert.deepEqual(mismatches('Checkout was unavailable from 9:18 to 10:52, 20 minutes after the deploy.'), []);
    assert.deepEqual(mismatches('Checkout was unavailable from 9:18 to 10:00 and down again from 10:20 to 10:52, about 2 hours in total.'), []);
  });

  it('counts a figure "from detection" from the detection the document\'s own time to detect states, only where the figure says so', () => {
    const doc = (figures: string) =>
      `# Shared pool blocklisted\n\n## Timeline (ET)\n\n| Date | Time | Event |\n|---|---|---|\n| 10/14/2025 | 01:55 | First rejections from Microsoft; customer impact begins |\n| 10/14/2025 | 06:40 | First customer tickets about bounces |\n| 10/14/2025 | 07:05 | Support escalates to SRE on-call via PagerDuty |\n| 10/14/2025 | 07:12 | Priya acks, opens the incident |\n| 10/14/2025 | 09:40 | T&S traces the spam to one account. Root cause identified |\n| 10/15/2025 | 17:00 | Gmail delivery back at baseline. Mitigated for everything except Microsoft |\n| 10/16/2025 | 13:30 | Microsoft lifts block. Service restored |\n| 10/16/2025 | 18:00 | Incident resolved; status page set to Resolved |\n\n## Key metrics\n\n${figures}\n`;
    const mismatches = (figures: string) => analyzeText(doc(figures), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => f.message.slice(0, 60));
    // 07:05 to 09:40, as the stated 5h 10m puts the detection at 07:05.
    assert.deepEqual(mismatches('- Time to detect: 5h 10m\n- Time to identify: 2h 35m from detection'), []);
    assert.equal(mismatches('- Time to detect: 5h 10m\n- Time to identify: 1h 50m from detection').length, 1);
    // Without those words, or from a target's detection, it counts from the start.
    assert.equal(mismatches('- Time to detect: 5h 10m\n- Time to identify: 2h 35m').length, 1);
    assert.equal(mismatches('- Target time to detect: 5h 10m\n- Time to identify: 2h 35m from detection').length, 1);
  });

  it('reads "Total time to resolve:" and "Total duration of telemetry loss:" as keys, and a figure wrapped between its hours and minutes whole', () => {
    assert.deepEqual(figures('# Minutes\n\n3.4 Service was restored at 11.55. Total time to resolve: 3 hours\n3 minutes (08.52 to 11.55).\n'), [['resolve', 'key', '3 hours 3 minutes', 183]]);
    assert.deepEqual(figures('# PIR\n\n**Total duration of telemetry loss: 5 hours 33 minutes.**\n'), [['impact', 'key', '5 hours 33 minutes', 333]]);
    // Two lines, each its own figure.
    assert.deepEqual(figures('# PIR\n\n- Time to detect: 2 hours\n- Time to mitigate: 3 hours\n'), [['detect', 'key', '2 hours', 120], ['mitigate', 'key', '3 hours', 180]]);
  });
  it('reads a window opening its sentence before the outage it tells, "the roughly 90-minute outage" and "without ground contact for approximately 7 hours"', () => {
    const read = (sentence: string) => proseFigures(sentence).map((f) => [f.form, f.text, f.minutes]);
    assert.deepEqual(read('On Tuesday, October 22, from about 1:12 p.m. to 3:20 p.m. CDT our shipping system could not generate UPS labels.'), [['range', '1:12 p.m. to 3:20 p.m. CDT', 128]]);
    assert.deepEqual(read('From 13:12 to 14:40, users saw errors on checkout.'), [['range', '13:12 to 14:40', 88]]);
    // What the team did in the window is no outage.
    assert.deepEqual(read('From 13:12 to 13:40 we investigated the errors.'), []);
    assert.deepEqual(read('Given the roughly 90-minute outage, we will credit your account.'), [['prose', 'roughly 90-minute', 90]]);
    assert.deepEqual(read('KESTREL-1A was without ground contact for approximately 7 hours.'), [['prose', 'approximately 7 hours', 420]]);
    // A planned window's length, another outage's: no figure of this one.
    assert.deepEqual(read('The 5-minute outage window we planned went fine. Unlike the 90-minute outage last year, this one was short.'), []);
  });
  it('reads no length from "the 30-minute incident review", "our 15-minute incident SLA", "the 45-minute outage in January", a maintenance window or an on-call gap', () => {
    const read = (sentence: string) => proseFigures(sentence).map((f) => f.text);
    for (const sentence of ['The 30-minute incident review is scheduled for Friday.', 'Our 15-minute incident SLA was missed.', 'Unlike the 45-minute outage in January, no data was lost.', 'The 20-minute downtime alert did not fire.', 'From 08:00 to 08:30, a maintenance window ran and no customers were affected.', 'The EU region was without coverage for 2 hours overnight.']) assert.deepEqual(read(sentence), [], sentence);
  });
  it('honours a total counted to the slow tail\'s end ("queue times back to normal") after service came back, and still flags one no reading gives', () => {
    const doc = (total: string) => ['# Matchmaking down', '', '## What happened', '', `In total the disruption lasted ${total}.`, '', '## Timeline', '', '- 20:34 Database fails over; new queue requests start failing', '- 20:41 Monitoring pages the on-call engineer', '- 21:24 Servers restarted, matchmaking working again for everyone', '- 22:05 Queue times back to their normal level', '- 23:10 Incident declared over', ''].join('\n');
    const mismatches = (total: string) => analyzeText(doc(total), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => f.message.slice(0, 50));
    assert.deepEqual(mismatches('about an hour and a half'), []);
    assert.deepEqual(mismatches('about 20 minutes'), ['The outage duration is stated as about 20 minutes,']);
  });

  it('reads a window whose dates either order allows the short way round ("11:48 PM CST (3/8) to 3:14 AM CDT (3/9)"), and no figure of another incident ("faster than the 2/14 downtime (28 min)")', () => {
    const text = '# Downtime review 3/8/2025\n\n## Quick facts\n\n- Impact window: 11:48 PM CST (3/8) to 3:14 AM CDT (3/9)\n- Real elapsed downtime: **2 hrs 26 min**\n\n## Good\n\n- Declared within 22 min of impact, faster than the 2/14 downtime (28 min)\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.statedFigures.map((f) => [f.text, f.statedMinutes]), [['11:48 PM CST (3/8) to 3:14 AM CDT (3/9)', 146], ['2 hrs 26 min', 146]]);
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch'), []);
    // Compared with a promise, not another incident: still this one's figure.
    assert.deepEqual(figures('# Outage\n\nSearch was down for 52 minutes, versus the one hour we promise in the SLA.\n').map((f) => f[3]), [52]);
    // Day first on a clock whose country writes the day first: 5 January to 5 February.
    const uk = analyzeText('# Outage\n\nOrders were affected from 09:00 GMT (05/01) to 09:00 GMT (05/02).\n', { settings: DEFAULT_SETTINGS }).model.statedFigures;
    assert.deepEqual(uk.map((f) => f.statedMinutes), [31 * 1440]);
  });

  it('reads no figure from another thing\'s duration in a sentence ("enforce max silence duration (7d)"), only from the key opening its line', () => {
    const doc = (line: string) => `# Outage\n\n## Timeline\n\nAll times UTC, 2025-02-03.\n\n- 10:00 errors start\n- 10:30 rolled back, errors stop\n\n## Summary\n\n${line}\n`;
    assert.deepEqual(figures(doc('- [ ] Alertmanager: enforce max silence duration (7d) via our amtool wrapper')), []);
    assert.deepEqual(figures(doc('- Set the session duration 8h for admins')), []);
    assert.deepEqual(figures(doc('- Duration 30 min')).map((f) => f[3]), [30]);
    assert.deepEqual(figures(doc('Outage duration 30 minutes.')).map((f) => f[3]), [30]);
  });
});

