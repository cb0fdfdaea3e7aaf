// The client's pure helpers (no editor needed; they run here with the rest of the client's tests).
import * as assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { TimelineEntryView, TimelineView } from '../../../schemas/requests';
import { candidateName, fillTemplate, readIncidentStart, slugify } from '../../../client/src/commands/template';
import { formatTimeLike, planRow, type Now } from '../../../client/src/commands/timelineRow';
import { UTC_CLOCK, zoneClock } from '../../../client/src/commands/zoneClock';
import { escapeCodicons, escapeNotificationLinks } from '../../../client/src/labels';
import { zoneOf } from '../../../server/src/engine/timestamps';
import { formatMinutes, layoutTimeline } from '../../../client/src/timeline/layout';
import { timelineSvg, xml } from '../../../client/src/timeline/svg';

const now: Now = { millis: Date.parse('2025-10-26T16:07:09Z'), date: '2025-10-26', hours: 16, minutes: 7, seconds: 9 };

function entry(line: number, time: string, minutesFromStart: number | null, extra: Partial<TimelineEntryView> = {}): TimelineEntryView {
  const milestones = extra.milestones ?? (extra.milestone ? [extra.milestone] : []);
  return { line, time, at: null, minutesFromStart, event: `event ${line}`, actor: null, milestone: null, approximate: false, unreadable: minutesFromStart === null, ...extra, milestones };
}

describe('client helpers', () => {
  it('escapes document text for labels: codicons shown as written, notification links as text', () => {
    assert.equal(escapeCodicons('$(alert) SEV1'), '\\$(alert) SEV1');
    assert.equal(escapeCodicons('a $(sync~spin) b $(x-y)'), 'a \\$(sync~spin) b \\$(x-y)');
    // Not an icon to VS Code: left as is (an added backslash would show).
    assert.equal(escapeCodicons('$5 (USD) $(not one) $()'), '$5 (USD) $(not one) $()');
    // Already escaped by the author: still shown as written, backslash included.
    assert.equal(escapeCodicons('\\$(alert)'), '\\\\$(alert)');
    assert.equal(escapeNotificationLinks('line 3 "[Run](command:workbench.action.terminal.new)": left'), 'line 3 "[Run]\u200b(command:workbench.action.terminal.new)": left');
    assert.equal(escapeNotificationLinks('[x](https://e.com) [y](FILE:///etc) [z](other)'), '[x]\u200b(https://e.com) [y]\u200b(FILE:///etc) [z](other)');
  });

  it('reads the time now in a written zone as the engine\'s zones (luxon) do, without a date library', () => {
    assert.deepEqual(zoneClock('Europe/Berlin')!.wallClock(Date.parse('2025-10-26T00:59:59Z')), { date: '2025-10-26', hours: 2, minutes: 59, seconds: 59 });
    assert.deepEqual(zoneClock('Europe/Berlin')!.wallClock(Date.parse('2025-10-26T01:00:00Z')), { date: '2025-10-26', hours: 2, minutes: 0, seconds: 0 });
    assert.deepEqual(zoneClock('UTC-5:30')!.wallClock(Date.parse('2025-01-01T03:00:00Z')), { date: '2024-12-31', hours: 21, minutes: 30, seconds: 0 });
    assert.deepEqual(['UTC', 'cet', 'UTC+2', 'GMT-05:30', 'PST/PDT', 'Pacific Time', 'Asia/Kolkata'].map((z) => zoneClock(z)!.name), ['UTC', 'UTC+1', 'UTC+2', 'UTC-5:30', 'America/Los_Angeles', 'America/Los_Angeles', 'Asia/Kolkata']);
    assert.equal(zoneClock('UTC+99'), undefined);
    assert.equal(zoneClock('Mars/Olympus'), undefined);
    assert.equal(UTC_CLOCK.name, 'UTC');
    // Every zone name the engine reads, at instants around midnight, the turn of a year and daylight saving changes.
    const names = ['UTC', 'Z', 'CET', 'CEST', 'IST', 'PST', 'NZDT', 'UTC+2', 'UTC-0930', '+05:45', 'GMT-3', 'ET', 'PT', 'Mountain Time', 'CET/CEST', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham'];
    const instants = ['2025-03-09T09:59:59Z', '2025-03-09T10:00:00Z', '2025-03-30T00:30:00Z', '2025-10-26T01:00:00Z', '2025-11-02T06:00:00Z', '2024-12-31T23:30:00Z', '2025-02-28T23:59:59Z', '2024-02-29T12:00:00Z'].map(Date.parse);
    for (const name of names) {
      const luxonZone = zoneOf(name)!;
      const clock = zoneClock(name)!;
      assert.equal(clock.name, DateTime.now().setZone(luxonZone).zoneName, name);
      for (const millis of instants) {
        const moment = DateTime.fromMillis(millis).setZone(luxonZone);
        assert.deepEqual(clock.wallClock(millis), { date: moment.toISODate(), hours: moment.hour, minutes: moment.minute, seconds: moment.second }, `${name} at ${new Date(millis).toISOString()}`);
      }
    }
  });

  it('writes now like the neighbouring entry\'s time', () => {
    assert.equal(formatTimeLike('14:02', now), '16:07');
    assert.equal(formatTimeLike('14:02:07', now), '16:07:09');
    assert.equal(formatTimeLike('4:16 PM', now), '4:07 PM');
    assert.equal(formatTimeLike('03:26pm', now), '4:07pm');
    assert.equal(formatTimeLike('2025-10-25 23:58', now), '2025-10-26 16:07');
    assert.equal(formatTimeLike('16:58 UTC', now), '16:07 UTC');
    assert.equal(formatTimeLike('~18:30', now), '16:07');
    assert.equal(formatTimeLike('14:??', now), '16:07');
  });

  it('places a row after the last earlier entry, copying a table row with the cursor in the event cell', () => {
    const lines = ['| Time | Event | Actor |', '|---|---|---|', '| 16:00 | a | x |', '| 16:30 | b | y |'];
    assert.deepEqual(planRow(lines, [entry(2, '16:00', 0, { event: 'a' }), entry(3, '16:30', 30, { event: 'b' })], now), { line: 3, text: '| 16:07 |  |  |', column: 10, ownParagraph: false });
    // Event first, time second: the event cell is found by its text.
    const swapped = ['| Event | Time |', '|---|---|', '| a | 16:00 |'];
    assert.deepEqual(planRow(swapped, [entry(2, '16:00', 0, { event: 'a' })], now), { line: 3, text: '|  | 16:07 |', column: 2, ownParagraph: false });
    assert.equal(planRow(lines, [], now), undefined);
  });

  it('fills a template, selects the placeholder after {{cursor}}, and names files without clashes', () => {
    const filled = fillTemplate('# {{title}} ({{severity}}, {{date}} {{time}} {{timezone}}, {{today}}) {{other}}\n\n{{cursor}}[Summary]\n', { title: 'T', severity: 'SEV1', date: '2025-01-02', time: '03:04', timezone: 'UTC', today: '2025-01-03' });
    assert.equal(filled.text, '# T (SEV1, 2025-01-02 03:04 UTC, 2025-01-03) {{other}}\n\n[Summary]\n');
    assert.equal(filled.text.slice(filled.selectionStart, filled.selectionEnd), '[Summary]');
    assert.equal(slugify('Checkout latency: EU (p99 > 8s)'), 'checkout-latency-eu-p99-8s');
    assert.equal(slugify('Ünïcödé — façade'), 'unicode-facade');
    assert.equal(slugify('!!!'), 'incident');
    assert.equal(candidateName('2025-01-02', 'A b', 1), '2025-01-02-a-b.md');
    assert.equal(candidateName('2025-01-02', 'A b', 3), '2025-01-02-a-b-3.md');
    assert.deepEqual(readIncidentStart('2025-02-28 7:05'), { date: '2025-02-28', time: '07:05' });
    assert.deepEqual(readIncidentStart('2025-02-28'), { date: '2025-02-28', time: '00:00' });
    assert.equal(readIncidentStart('2025-02-30 10:00'), undefined);
    assert.equal(readIncidentStart('yesterday'), undefined);
  });

  it('lays out days, gaps, follow-up and unreadable times; formats durations', () => {
    const view: TimelineView = {
      uri: 'file:///x.md', version: 1, title: 'X', severity: null, timezone: 'UTC', startAt: null,
      entries: [entry(1, '23:30', 0, { milestone: 'detected' }), entry(2, '00:10', 40, { milestone: 'resolved' }), entry(3, '03:00', 210), entry(4, '--:--', null)],
      durations: { detectMinutes: null, acknowledgeMinutes: null, mitigateMinutes: null, resolveMinutes: 40, impactMinutes: 40, totalMinutes: 210 },
    };
    const layout = layoutTimeline(view);
    assert.deepEqual(layout.rows.map((r) => (r.kind === 'entry' ? `entry ${r.entry.line} ${r.phase}` : `${r.kind} ${r.label}`)), [
      'day Day 1', 'entry 1 incident', 'day Day 2', 'entry 2 incident', 'gap 2 h 50 min later', 'follow-up After resolution: follow-up', 'entry 3 follow-up',
    ]);
    assert.deepEqual(layout.unplaced.map((u) => u.entry.line), [4]);
    assert.deepEqual(layout.bands.map((b) => [b.label, b.fromRow, b.toRow]), [['to resolve 40 min', 1, 3]]);
    // Detected at the start itself: 0 minutes, listed as a figure, but no band of no height.
    const detectedAtStart = layoutTimeline({ ...view, durations: { ...view.durations, detectMinutes: 0 } });
    assert.deepEqual(detectedAtStart.bands.map((b) => b.label), ['to resolve 40 min']);
    assert.ok(detectedAtStart.figures.some((f) => f.text === 'Time to detect: 0 min'), JSON.stringify(detectedAtStart.figures));
    assert.deepEqual([formatMinutes(0), formatMinutes(59), formatMinutes(60), formatMinutes(150), formatMinutes(1500), formatMinutes(null)], ['0 min', '59 min', '1 h', '2 h 30 min', '1 d 1 h', 'unknown']);
    // An entry's second milestone counts too: mitigated and resolved on one row ends the incident there.
    const both = layoutTimeline({ ...view, entries: [entry(1, '23:30', 0, { milestone: 'detected' }), entry(2, '00:10', 40, { milestone: 'mitigated', milestones: ['mitigated', 'resolved'] }), entry(3, '03:00', 210)] });
    assert.deepEqual(both.rows.map((r) => (r.kind === 'entry' ? `entry ${r.entry.line} ${r.phase}` : r.kind)), ['day', 'entry 1 incident', 'day', 'entry 2 incident', 'gap', 'follow-up', 'entry 3 follow-up']);
    assert.deepEqual(both.bands.map((b) => [b.label, b.fromRow, b.toRow]), [['to resolve 40 min', 1, 3]]);
    const twoBadges = timelineSvg({ ...view, entries: [entry(2, '00:10', 40, { milestone: 'mitigated', milestones: ['mitigated', 'resolved'] })] }, 'x.md');
    assert.ok(twoBadges.includes('MITIGATED · RESOLVED') && twoBadges.includes('milestones mitigated and resolved'), twoBadges);
    const svg = timelineSvg({ ...view, title: '<b>&"x"</b>' }, 'x.md');
    assert.ok(svg.includes(xml('<b>&"x"</b>')) && !svg.includes('<b>'));
  });
});
