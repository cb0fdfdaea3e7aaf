import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, type Settings } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { toReport } from '../../server/src/engine/report';

/** What a rule reports, as the text it points at. */
function reported(code: string, text: string, settings: Settings = DEFAULT_SETTINGS): string[] {
  return analyzeText(text, { settings, today: '2026-11-28' })
    .findings.filter((f) => f.code === code)
    .map((f) => text.slice(f.start, f.end));
}

describe('severity-unknown', () => {
  const withSeverity = (value: string) => `# Outage\n\n- **Severity:** ${value}\n\n## Summary\n\nText.\n`;

  it('accepts a level of any common scale while the team keeps the default scale', () => {
    for (const value of ['SEV-2', 'Sev 1', 'Critical', '🔴 Critical', '[High]', 'P1', 'major-outage', 'Full outage', 'disrupted', 'Minor', '2', 'SEV-2 – degraded network operations', 'Level 2 – internal users blocked, knock-on delay', 'Level 2', 'Tier 1', 'Severe', 'Significant', 'Urgent', 'Red', 'N/A (near miss)', 'Priority 1 (upgraded from P2)', 'Category 2', 'Alta', 'Média', 'Hoch', 'Kritisch']) {
      assert.deepEqual(reported('severity-unknown', withSeverity(value)), [], value);
    }
  });

  it('reports a value on no scale, and anything off a scale the team chose itself', () => {
    assert.deepEqual(reported('severity-unknown', withSeverity('Bad')), ['Bad']);
    const ownScale = { ...DEFAULT_SETTINGS, severityScale: ['Critical', 'High', 'Medium', 'Low'] };
    assert.deepEqual(reported('severity-unknown', withSeverity('SEV2'), ownScale), ['SEV2']);
    assert.deepEqual(reported('severity-unknown', withSeverity('High'), ownScale), []);
  });
});

describe('the incident\'s level', () => {
  const report = (text: string) => toReport(analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }));

  it('ends a severity with its sentence ("Severity: SEV2. All times UTC.")', () => {
    assert.equal(report('# Outage\n\nSeverity: SEV2. All times UTC.\n\n## Summary\n\nText.\n').severity, 'SEV2');
  });

  it('reads an ITSM ticket\'s "Priority: P1" as the level where no severity is written, and only a level of the scale', () => {
    const withPriority = (value: string, more = '') => `# Major incident report\n\nPriority: ${value}\n${more}\n## Summary\n\nText.\n`;
    assert.equal(report(withPriority('P1')).severity, 'P1');
    assert.equal(report(withPriority('P1', 'Severity: SEV2\n')).severity, 'SEV2');
    assert.equal(report(withPriority('whenever the team has time')).severity, null);
    // An incident's level as Japanese and Korean firms write it, and a service desk's priority.
    assert.equal(report('# Settlement delay\n\n- Incident level: Level 3 (service degradation, no asset loss)\n\n## Summary\n\nText.\n').severity, 'Level 3 (service degradation, no asset loss)');
    assert.equal(report('# Missed bins\n\nService desk priority: P4\n\n## Summary\n\nText.\n').severity, 'P4');
    // A team's own scale without it: no warning about a level the ticket's priority is not.
    const ownScale = { ...DEFAULT_SETTINGS, severityScale: ['Critical', 'High', 'Medium', 'Low'] };
    assert.deepEqual(reported('severity-unknown', withPriority('P1'), ownScale), []);
  });
});

describe('severity-unchosen', () => {
  const withSeverity = (value: string) => `# Outage\n\n**Severity:** ${value}\n\n## Summary\n\nText.\n`;

  it("reports the template's choices left in, bracketed or not, and not one level", () => {
    assert.deepEqual(reported('severity-unchosen', withSeverity('SEV1 / SEV2 / SEV3')), ['SEV1 / SEV2 / SEV3']);
    assert.deepEqual(reported('severity-unchosen', withSeverity('[SEV-1 / SEV-2 / SEV-3]')), ['[SEV-1 / SEV-2 / SEV-3]']);
    assert.deepEqual(reported('severity-unchosen', withSeverity('[SEV-2]')), []);
  });

  it("reports a template's choices on another common scale, of one kind, under any severity key; not two scales' names for one level", () => {
    const keyed = (key: string, value: string) => `# Outage\n\n**${key}:** ${value}\n\n## Summary\n\nText.\n`;
    assert.deepEqual(reported('severity-unchosen', keyed('Severity', '1 / 2 / 3 / 4 (delete as appropriate)')), ['1 / 2 / 3 / 4 (delete as appropriate)']);
    assert.deepEqual(reported('severity-unchosen', keyed('Internal Severity', 'P1 / P2 / P3')), ['P1 / P2 / P3']);
    assert.deepEqual(reported('severity-unchosen', keyed('Severity', '2 / 3 (delete as appropriate)')), ['2 / 3 (delete as appropriate)']);
    assert.deepEqual(reported('severity-unchosen', keyed('Severity', '2 / 3')), []);
    assert.deepEqual(reported('severity-unchosen', keyed('Severity', 'SEV-2 / High')), []);
    // The instruction after the last level is not part of it.
    const unchosen = analyzeText(keyed('Severity', 'Sev 1 / Sev 2 / Sev 3 (delete as appropriate)'), { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).findings.find((f) => f.code === 'severity-unchosen');
    assert.deepEqual(unchosen?.data?.choices, ['Sev 1', 'Sev 2', 'Sev 3']);
  });
});

describe('date-order and action-item-overdue', () => {
  it("reads a due date without its year as its first day after the incident: January after a November incident is the next year's", () => {
    const text = '# Login outage\n\n**Date:** Friday, November 14, 2025\n\n## Action items\n\n- Cache entitlements — @ana, due Jan 9\n- Load test at 3x — @bo, due Dec 12\n- Fix the pool — @cy, due 2025-11-01\n';
    const codes = (today: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today }).findings.filter((f) => f.code === 'date-order' || f.code === 'action-item-overdue').map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
    // Only the dated one is before the incident; in 2026 all three are past.
    assert.deepEqual(codes('2025-11-20'), ['date-order 2025-11-01', 'action-item-overdue 2025-11-01']);
    assert.deepEqual(codes('2026-12-01'), ['action-item-overdue Jan 9', 'action-item-overdue Dec 12', 'date-order 2025-11-01', 'action-item-overdue 2025-11-01']);
  });
});

describe('timeline-unparsed-time', () => {
  const timeline = (...rows: string[]) => ['# Outage', '', '## Timeline', '', '| Time | Event |', '|---|---|', ...rows.map((r) => `| ${r} | Something happened |`), ''].join('\n');

  it('reports a clock time that cannot be read', () => {
    assert.deepEqual(reported('timeline-unparsed-time', timeline('14:00', '14:??', '2X:XX', '25:70')), ['14:??', '2X:XX', '25:70']);
  });

  it('leaves other ways of placing an event alone: offsets, months, ranges of days', () => {
    assert.deepEqual(reported('timeline-unparsed-time', timeline('14:00', '+10 minutes', '[+2 hrs]', 'Jul 2024', 'Between 2023-07-10 and 2023-07-16')), []);
  });
});

describe('timezone-missing', () => {
  const rows = ['| Time | Event |', '|---|---|', '| 14:00 | Alert fired |', '| 14:25 | Rolled back |'];

  it('hints once, on the first timed entry, when no time states a zone', () => {
    assert.deepEqual(reported('timezone-missing', ['# Outage', '', '## Timeline', '', ...rows, ''].join('\n')), ['14:00']);
  });

  it('is satisfied by a zone on an entry, on the time column, or stated for the document in any of the usual ways', () => {
    for (const statement of ['All times UTC.', '_all times are in UTC_', 'All events are documented in [UTC](https://example.com/utc) time.', 'All timestamps are UTC from journald.', '(all times PDT)', 'All times Eastern (ET).', 'All times are local (CET).', 'Times: AEST (UTC+10)', 'Alle Zeiten in MEZ.', '_All times UTC on 2026-04-16._', 'Times are Europe/Berlin.', 'All times are Norwegian time (Europe/Oslo, CET).', 'Times are local (LT, WEST = UTC+1).', 'Times are venue local (PDT) unless noted.', "Times below are copy-pasted from Slack so they're in **ET**.", 'Times below: UTC, with CET (UTC+1) where the venue wrote it.', 'All times local time CET. Log extracts are in UTC.', 'Incident log - update as we go. Hora del centro (CST).', 'Alle tidspunkter er norsk tid (CET), 14.02.2025.', '_Tider er CEST._', '슬랙 스레드에서 그대로 옮김 (시간은 전부 KST)']) {
      assert.deepEqual(reported('timezone-missing', ['# Outage', '', '## Timeline', '', statement, '', ...rows, ''].join('\n')), [], statement);
    }
    assert.deepEqual(reported('timezone-missing', ['# Outage', '', '## Timeline', '', '| Time (CET) | Event |', ...rows.slice(1), ''].join('\n')), []);
    // A window in the header with its zone after the end: the zone of both ends, and of the timeline.
    const windowed = ['# Outage', '', '- **When:** Tue 14 July 2026, 21:35 – Wed 15 July 2026, 02:10 (CEST)', '- **Severity:** SEV2', '', '## Timeline', '', ...rows, ''].join('\n');
    assert.deepEqual(reported('timezone-missing', windowed), []);
    // One time with its zone is no window, and at other hours than the timeline's it does not name its clock.
    assert.deepEqual(reported('timezone-missing', windowed.replace('21:35 – ', '')), ['14:00']);
    // A zone the prose writes beside one of its times, where no entry carries one.
    const told = ['# Outage', '', 'From around 14:05 BST on Friday, payments failed.', '', '## Timeline', '', ...rows, ''].join('\n');
    assert.deepEqual(reported('timezone-missing', told), []);
    assert.deepEqual(reported('timezone-missing', told.replace(' BST', '')), ['14:00']);
    // A zone beside a time of other hours (a vendor's schedule) does not name the timeline's clock.
    assert.deepEqual(reported('timezone-missing', told.replace('From around 14:05 BST on Friday, payments failed.', 'The vendor runs maintenance at 02:00 UTC daily; it was not related.')), ['14:00']);
    // The zone in the timeline's heading, or in a bold line standing for one.
    for (const heading of ['## Timeline (UTC)', '**Timeline (UTC)**', '## Timeline, PDT']) {
      assert.deepEqual(reported('timezone-missing', ['# Outage', '', heading, '', ...rows, ''].join('\n')), [], heading);
    }
  });

  it('reads zones written out in words, at their offset, and not a region named after a time', () => {
    const instantOf = (statement: string, row = '| 14:00 | Alert fired |') =>
      analyzeText(['# Outage', '', '**Date:** 2024-07-03', '', '## Timeline', '', statement, '', '| Time | Event |', '|---|---|', row, ''].join('\n'), { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model.timeline[0].instant?.toISO();
    assert.equal(instantOf('All times are Central European Time.'), '2024-07-03T14:00:00.000+01:00');
    // The zone the times are in, not the one the logs quoted later are in.
    assert.equal(instantOf('All times local time CET. Log extracts are in UTC.'), '2024-07-03T14:00:00.000+01:00');
    assert.equal(instantOf('All times in US Eastern.'), '2024-07-03T14:00:00.000-04:00');
    assert.equal(instantOf('Times in British Summer Time'), '2024-07-03T14:00:00.000+01:00');
    assert.equal(instantOf('All times in Coordinated Universal Time'), '2024-07-03T14:00:00.000Z');
    assert.equal(instantOf('All times UTC.', '| 14:05 US Central region went down | Alert fired |'), '2024-07-03T14:05:00.000Z');
    assert.deepEqual(reported('timezone-missing', ['# Outage', '', '## Timeline', '', 'All times are Central European Time.', '', ...rows, ''].join('\n')), []);
  });

  it('trusts a zone the author stated but misspelt ("All times in UC/Pacific")', () => {
    assert.deepEqual(reported('timezone-missing', ['# Outage', '', '## Timeline', '', 'All times in UC/Pacific', '', ...rows, ''].join('\n')), []);
  });

  it('does not take a zone mentioned in passing in one entry for the document\'s', () => {
    const text = ['# Outage', '', '## Timeline', '', '- 13:14: A user emails us (17:14 UTC on their clock)', '- 13:30: We reply', ''].join('\n');
    assert.deepEqual(reported('timezone-missing', text), ['13:14']);
  });
});

describe('dates and order', () => {
  it('reports a mistyped year as an invalid date, not as an unreadable time', () => {
    const text = ['# Outage', '', '## Timeline', '', '| Time | Event |', '|---|---|', '| 20202-01-16 12:00 | Build broke |', ''].join('\n');
    assert.deepEqual(reported('date-invalid', text), ['20202-01-16']);
    assert.deepEqual(reported('timeline-unparsed-time', text), []);
  });

  it('does not put a date without a time out of order with the times of its day', () => {
    const text = ['# Outage', '', '## Timeline', '', '| Date | Event |', '|---|---|', '| 2021-12-17 14:40 | Patched |', '| 2021-12-17 | log4j 2.17 published |', '| 2021-12-16 | Earlier |', ''].join('\n');
    assert.deepEqual(reported('timeline-out-of-order', text), ['2021-12-16']);
  });

  it('does not put a window ("**01.00–03.00 GMT** – alerting suppressed") out of order, only a moment', () => {
    const rows = ['**Date:** 2026-10-25', '', '# Outage', '', '## Timeline (GMT)', '', '- **01.05** – PHDST02 does not run', '- **01.00–03.00** – Queue depth alerting suppressed', '- **02.20** – Analyst sees the queue paused'];
    assert.deepEqual(reported('timeline-out-of-order', [...rows, ''].join('\n')), []);
    assert.deepEqual(reported('timeline-out-of-order', [...rows, ''].join('\n').replace('01.00–03.00', '01.00')), ['01.00']);
  });

  it('judges no order between undated times on clocks whose difference depends on the day ("00:41" in Central, then "01:20 CDT")', () => {
    const rows = ['# Fax backlog - running log', '', 'All times Central (Chicago).', '', '## Log', '', '- 00:15 Bumped the memory limit', '- 00:41 Moved the message to the DLQ', '- 01:20 CDT Backlog draining', ''];
    assert.deepEqual(reported('timeline-out-of-order', rows.join('\n')), []);
    assert.deepEqual(reported('timeline-out-of-order', rows.join('\n').replace('01:20 CDT', '00:20')), ['00:20']);
    // Two fixed offsets differ alike on every day: 01:20 CDT is 00:20 CST, before 00:41 CST.
    assert.deepEqual(reported('timeline-out-of-order', rows.join('\n').replace('Central (Chicago)', 'CST')), ['01:20 CDT']);
  });

  it('gives the zone written on the first time to the times after it that name none ("2:13pm PDT", "2:14pm")', () => {
    const text = ['**Date:** 2024-08-21', '', '# Outage', '', '## Timeline', '', '* 2:13pm PDT: Certificate rotated.', '* 2:14pm: First login failures.', '* 2:18pm: On-call paged.', ''].join('\n');
    assert.deepEqual(reported('timeline-out-of-order', text), []);
    assert.deepEqual(reported('timezone-missing', text), []);
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2024-08-21T14:13:00.000-07:00', '2024-08-21T14:14:00.000-07:00', '2024-08-21T14:18:00.000-07:00']);
  });

  it('reads a place after a time as its zone, and gives it to the few times that name none', () => {
    const text = ['# Outage', '', '## Timeline', '', '* 16:37 Denver - Plugins updated', '* 17:39 Denver - Agents fail to allocate', '* 20:09 DEnver - Outage resolved', ''].join('\n');
    const { model } = analyzeText(`**Date:** 2021-05-29\n\n${text}`, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2021-05-29T16:37:00.000-06:00', '2021-05-29T17:39:00.000-06:00', '2021-05-29T20:09:00.000-06:00']);
  });
});

describe('blame-language', () => {
  const inRootCause = (sentence: string) => `# Outage\n\n## Root cause\n\n${sentence}\n`;

  it('reports blame used, not blame declined or quoted as a phrase under discussion', () => {
    assert.deepEqual(reported('blame-language', inRootCause('The outage was caused by human error.')), ['human error']);
    assert.deepEqual(reported('blame-language', inRootCause('Alice carelessly deleted the table.')), ['carelessly']);
    assert.deepEqual(reported('blame-language', inRootCause('Bob was lazy and skipped the review.')), ['lazy']);
    assert.deepEqual(reported('blame-language', inRootCause('Carol was stupid and ignored the alert.')), ['stupid']);
    assert.deepEqual(reported('blame-language', inRootCause('We blame the new hire.')), ['blame']);
    assert.deepEqual(reported('blame-language', inRootCause('No review happened, and so the new hire on the team is to blame.')), ['to blame']);
    for (const sentence of ['Nobody wants to hear it, but this was human error by the on-call engineer.', 'No one else on the team would have been this careless with a production config.']) {
      assert.equal(reported('blame-language', inRootCause(sentence)).length, 1, sentence);
    }
    // Declined with a contraction.
    assert.deepEqual(reported('blame-language', inRootCause("I don't want to blame the developer who left, or the person who wasn't there.")), []);
    // Said of a thing, or the version-control view.
    assert.deepEqual(reported('blame-language', inRootCause('A crawler that visits every commit, blame and diff URL makes Gitea render pages. It is just a lot of very stupid reading.')), []);
    assert.deepEqual(reported('blame-language', inRootCause('Requests to /repo/blame/main and `git blame` output were the load; the blame view is slow.')), []);
    assert.deepEqual(reported('blame-language', inRootCause('The v3 to v4 migration was lazy (triggered only when the drafts screen opened), and lazy loading hid it.')), []);
    for (const sentence of ['This was not human error.', 'We avoid attributing this to human error.', 'The "human error" framing hides the system causes.', 'We looked beyond human error.', 'The careless deploy script skipped the canary.', 'A sloppy regex matched every host.', 'Human error was considered and is not the primary root cause; the engineer followed the procedure.', 'Human error was ruled out.', 'Nobody, inside or outside the company, is being blamed.']) {
      assert.deepEqual(reported('blame-language', inRootCause(sentence)), [], sentence);
    }
  });
});

describe('five-whys-incomplete', () => {
  it('says nothing of a five-whys section whose whys it cannot read', () => {
    assert.deepEqual(reported('five-whys-incomplete', '# Outage\n\n## Five Whys\n\nWe asked why the pool ran out, and kept asking until the review process.\n'), []);
  });

  it('reads whys chained with arrows on one line ("Why ...? → answer → Why? → ..."), and still reports a chain that stops short', () => {
    const chain = (whys: string) => `# Outage\n\n### Five Whys (summary)\n\n${whys}\n`;
    const five = 'Why did payouts settle late? → The file was rejected. → Why? → Header was 95 characters. → Why? → A padding change. → Why not caught? → No length assertion. → Why no reviewer? → CODEOWNERS gap.';
    assert.deepEqual(reported('five-whys-incomplete', chain(five)), []);
    assert.equal(reported('five-whys-incomplete', chain('Why did payouts settle late? → The file was rejected. → Why? → Header was 95 characters.')).length, 1);
  });
});

describe('error-budget-mismatch', () => {
  const withLine = (line: string) => `# Outage\n\n## Summary\n\n- ${line}\n`;

  it('checks a budget named as one against its SLO', () => {
    assert.deepEqual(reported('error-budget-mismatch', withLine('Availability target: 99.9% (error budget: 40 min per month)')), ['Availability target: 99.9% (error budget: 40 min per month)']);
    assert.deepEqual(reported('error-budget-mismatch', withLine('SLO 99.95%: 21.6 min of downtime allowed per month')), []);
    // Counted on an average month (30.44 days) as SLA pages often do.
    assert.deepEqual(reported('error-budget-mismatch', withLine('Counts fully against the 99.95% monthly SLA (budget ~21.9 minutes)')), []);
  });

  it('reads the budget the word names, a sentence at a time, and a month\'s own length', () => {
    for (const line of [
      'INC-7302 (this incident): 31 min, or 72% of the 43.2 min monthly budget for 99.9%',
      'SLA breach (contractual 99.5%): No. SLO breach: Yes (48 min > 43.2 min budget for 99.9%).',
      'Business plan SLO: 99.9% per month = 43.2 minutes of budget. SLA breach: No (22 min < 43.2 min).',
      'October has 31 days = 44,640 minutes, so the allowed downtime at 99.9% is 44.6 minutes',
      'October availability achieved: 99.79% (94 minutes of downtime, no other incidents this month)',
      'Availability achieved: 99.78% (94 minutes of downtime); this may change',
    ]) {
      assert.deepEqual(reported('error-budget-mismatch', withLine(line)), [], line);
    }
    assert.deepEqual(reported('error-budget-mismatch', withLine('June availability achieved: 99.79% (94 minutes of downtime)')), ['June availability achieved: 99.79% (94 minutes of downtime)']);
  });

  it('reads the window the SLO names as its window, not as the budget', () => {
    // Nor a share of the budget spent for an SLO.
    for (const line of ['Write availability SLO: 99.95% per 30 days, error budget 21.6 minutes.', 'SLO (99.9% per 30 days) breached. Error budget for 30 days is 43.2 min; we used 48 min.', 'SLO 99.9% over a rolling 7 days: error budget 10.08 min', "SLA breach: No (41 min < 43.2 min), but the incident used 95% of September's budget."]) {
      assert.deepEqual(reported('error-budget-mismatch', withLine(line)), [], line);
    }
    const weekly = withLine('SLO 99.9% over a rolling 7 days: error budget 43.2 min');
    assert.deepEqual(reported('error-budget-mismatch', weekly), ['SLO 99.9% over a rolling 7 days: error budget 43.2 min']);
    assert.match(analyzeText(weekly, { settings: DEFAULT_SETTINGS }).findings.find((f) => f.code === 'error-budget-mismatch')!.message, /over 7 days is 10\.08 min/);
  });

  it('does not take a percentage and another figure\'s target for a budget', () => {
    for (const line of ['CPU at 95%; time to acknowledge: 2 minutes (target: <5 min) ✅', 'The alert fired at 100% instead of 80%; objective: page within 5 minutes', 'Queue at 100% of its budget for 20 min']) {
      assert.deepEqual(reported('error-budget-mismatch', withLine(line)), [], line);
    }
  });
});

describe('readings that must not overreach', () => {
  const model = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).model;

  it('takes a bracketed name for an owner, not a tag', () => {
    const items = model('# x\n\n## Action items\n\n- Rotate keys [Jerry]\n- Rotate certs [done]\n- Rotate tokens [P1]\n').actionItems;
    assert.deepEqual(items.map((i) => i.owner?.text ?? null), ['Jerry', null, null]);
  });

  it('does not read an ordinary word after a time as a zone', () => {
    const [entry] = model('# x\n\n## Timeline\n\n- 14:05 Central database failed over\n').timeline;
    assert.equal(entry.stamp?.zone, undefined);
    assert.equal(model('# x\n\n## Timeline\n\n- 14:05 Central - database failed over\n').timeline[0].stamp?.zone, 'CENTRAL');
  });

  it('counts the same words for one milestone only', () => {
    const [entry] = model('# x\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 10:00 | Root cause detected: the disk is full |\n').timeline;
    assert.deepEqual([entry.milestone, ...entry.alsoMilestones], ['identified']);
  });

  it('reads neither a duration inside a sentence as a key\'s value, nor a window with its am/pm on one end wrong', () => {
    assert.deepEqual(model('# x\n\nThe incident duration exceeded our 30 min target.\n').statedFigures, []);
    assert.equal(model('# x\n\nDuration: 11:00-1:30pm\n').statedFigures[0]?.statedMinutes, 150);
  });

  it('reads a heading joining names with a slash', () => {
    assert.deepEqual(model('# x\n\n## Detection/Response\n\ntext\n').sections.map((s) => [s.kind, ...s.also]), [['detection', 'response']]);
  });
});

describe('timezone-invalid', () => {
  const rows = ['| Time | Event |', '|---|---|', '| 14:00 | Alert fired |', '| 14:25 | Rolled back |'];
  const withZone = (statement: string) => ['# Outage', '', statement, '', '## Timeline', '', ...rows, ''].join('\n');

  it('reports an offset no place has where it is written, in a field or a sentence', () => {
    assert.deepEqual(reported('timezone-invalid', withZone('**Timezone:** UTC+99')), ['UTC+99']);
    assert.deepEqual(reported('timezone-invalid', withZone('All times in UTC-14:30.')), ['UTC-14:30']);
  });

  it('leaves real offsets and zone names alone, even ones it cannot read', () => {
    for (const statement of ['**Timezone:** UTC+14:00', '**Timezone:** UTC-12', '**Timezone:** GMT+5:30', '**Timezone:** Local time', 'All times in CET.']) {
      assert.deepEqual(reported('timezone-invalid', withZone(statement)), [], statement);
    }
  });
});
