import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { readSeed, sharedMissing } from '../helpers/paths';

const analyze = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-10-27' });

/** 1-based line of a finding, as an editor shows it. */
function linesOf(text: string, code: string): number[] {
  const analysis = analyze(text);
  return analysis.findings.filter((f) => f.code === code).map((f) => analysis.index.lines.positionAt(f.start).line + 1);
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the seed no longer contains ${from}`);
  return text.replace(from, to);
}

describe('the seed post-mortem (a flattened wiki paste)', { skip: sharedMissing }, () => {
  it('reads its 15 timeline entries and computes its durations', () => {
    const { model } = analyze(readSeed());
    assert.equal(model.timeline.length, 15);
    assert.deepEqual(model.timeline.map((e) => e.timeText).slice(0, 3), ['14:00', '14:02', '14:02']);
    const { acknowledgeMinutes, mitigateMinutes, resolveMinutes, impactMinutes, totalMinutes } = model.durations;
    assert.deepEqual({ acknowledgeMinutes, mitigateMinutes, resolveMinutes, impactMinutes, totalMinutes }, {
      acknowledgeMinutes: 2,
      mitigateMinutes: 15,
      resolveMinutes: 30,
      impactMinutes: 30,
      totalMinutes: 150,
    });
    assert.deepEqual(
      model.timeline.filter((e) => e.milestone).map((e) => [e.timeText, e.milestone]),
      [['14:00', 'detected'], ['14:02', 'acknowledged'], ['14:05', 'triaged'], ['14:10', 'identified'], ['14:15', 'mitigated'], ['14:30', 'resolved']],
    );
  });

  it('reads its 7 action items, each with owner, priority, due date and status', () => {
    const { actionItems } = analyze(readSeed()).model;
    assert.equal(actionItems.length, 7);
    for (const item of actionItems) {
      assert.ok(item.owner && item.priority && item.dueDate && item.statusKind, `incomplete: ${item.action.text}`);
    }
    assert.deepEqual(actionItems.map((i) => i.owner!.text), ['Lisa (QA)', 'Mike (Dev)', 'Tom (DBA)', 'Mike (Dev)', 'John (DevOps)', 'Jane (SRE)', 'Mike (Dev)']);
  });

  it('reports its template leftovers and unchosen severity, and no contradicted figure', () => {
    const seed = readSeed();
    const codes = new Set(analyze(seed).findings.map((f) => f.code));
    assert.ok(codes.has('placeholder'));
    assert.deepEqual(linesOf(seed, 'severity-unchosen'), [lineOf(seed, 'SEV1 / SEV2 / SEV3')]);
    for (const code of ['stated-duration-mismatch', 'stated-check-mismatch', 'error-budget-mismatch', 'missing-section', 'timeline-out-of-order']) {
      assert.ok(!codes.has(code), `${code} reported on the seed`);
    }
  });

  it('reads its stated figures with the values they claim', () => {
    const figures = analyze(readSeed()).model.statedFigures.map((f) => [f.kind, f.statedMinutes, f.computedMinutes]);
    assert.deepEqual(figures, [
      // "became unavailable for 30 minutes", "unable to access the application from 14:00-14:30 UTC"
      ['impact', 30, 30],
      ['impact', 30, 30],
      ['impact', 30, 30],
      ['total', 150, 150],
      ['impact', 30, 30],
      ['acknowledge', 2, 2],
      ['triage', 5, 5],
      ['identify', 10, 10],
      ['mitigate', 15, 15],
      ['resolve', 30, 30],
      // "Service restored in 15 minutes", under What Went Well
      ['resolve', 15, 30],
    ]);
  });

  it('warns action-item-missing-owner on the row whose owner cell was emptied', () => {
    const seed = edit(readSeed(), '| Tom (DBA) |', '|  |');
    assert.deepEqual(linesOf(seed, 'action-item-missing-owner'), [lineOf(seed, 'Add connection timeout')]);
  });

  it('catches "Time to acknowledge" changed to 6 minutes: a wrong figure and a wrong ✅', () => {
    const seed = edit(readSeed(), 'Time to acknowledge: 2 minutes', 'Time to acknowledge: 6 minutes');
    const line = lineOf(seed, 'Time to acknowledge');
    assert.deepEqual(linesOf(seed, 'stated-duration-mismatch'), [line]);
    assert.deepEqual(linesOf(seed, 'stated-check-mismatch'), [line]);
    const finding = analyze(seed).findings.find((f) => f.code === 'stated-duration-mismatch')!;
    assert.equal(seed.slice(finding.start, finding.end), '6 minutes');
    assert.equal(finding.data?.replacement, '2 minutes');
  });

  it('catches "Total Duration" changed to 45 minutes', () => {
    const seed = edit(readSeed(), 'Total Duration: 30 minutes', 'Total Duration: 45 minutes');
    assert.deepEqual(linesOf(seed, 'stated-duration-mismatch'), [lineOf(seed, 'Total Duration')]);
  });

  it('a time typed wrong is reported where it is, and the figures counted across it are not called wrong', () => {
    // 14:02 typed 13:02: the acknowledgement now reads as 58 minutes before the alert, and "Time to acknowledge:
    // 2 minutes" would be "contradicted" by a typo in the timeline, not by a wrong figure.
    const seed = edit(readSeed(), '| 14:02 | On-call', '| 13:02 | On-call');
    assert.deepEqual(linesOf(seed, 'timeline-out-of-order'), [lineOf(seed, '| 13:02 | On-call')]);
    assert.deepEqual(linesOf(seed, 'stated-duration-mismatch'), []);
  });

  it('catches two timeline rows swapped', () => {
    const seed = readSeed();
    const a = '| 14:05 | Confirmed database connections at max (100/100) | SRE (Jane) |';
    const b = '| 14:08 | Checked application logs for connection usage | SRE (Jane) |';
    const swapped = edit(seed, `${a}\n${b}`, `${b}\n${a}`);
    assert.deepEqual(linesOf(swapped, 'timeline-out-of-order'), [lineOf(swapped, '| 14:05 |')]);
  });
});
