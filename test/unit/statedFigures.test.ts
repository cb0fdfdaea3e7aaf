import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { proseFigures } from '../../server/src/engine/proseFigures';
import { windowIn } from '../../server/src/engine/statedWindow';

const figures = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS }).model.statedFigures.map((f) => [f.kind, f.form, f.text, f.statedMinutes]);

describe('stated figures written in prose, tables and windows', () => {
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

  it('reads a figure told from the start by its verb, a list of outages with their lengths, and a restoration time', () => {
    assert.deepEqual(
      proseFigures('Nine hours after the incident started, Jo identified the cause.').map((f) => [f.kind, f.minutes]),
      [['identify', 540]],
    );
    assert.deepEqual(proseFigures('- **October 21** (103 minutes): Redis overload').map((f) => [f.kind, f.minutes]), [['impact', 103]]);
    assert.deepEqual(proseFigures('We restored broken builds in <1hr from initial reports.').map((f) => [f.kind, f.minutes]), [['resolve', 60]]);
    assert.deepEqual(proseFigures('It took us 9 hours to resolve a problem that could have been solved in 4.5 hours.').map((f) => [f.kind, f.minutes]), [['resolve', 540]]);
  });

  it('leaves durations of other things alone', () => {
    assert.deepEqual(proseFigures('The cache has a 5 minute TTL and the job runs every 10 minutes; we will fix it within 2 weeks.'), []);
  });

  it('reads a window by its two ends, across midnight and across days', () => {
    assert.deepEqual(windowIn('12:00am to 9:00am'), { text: '12:00am to 9:00am', start: 0, minutes: 540 });
    assert.equal(windowIn('23:30 - 00:10')?.minutes, 40);
    assert.equal(windowIn('2025-06-19 12:24 to 2025-06-22 09:30')?.minutes, 4146);
    assert.equal(windowIn('14:00-14:30 UTC')?.minutes, 30);
    assert.equal(windowIn('21:45 to 23:28 UTC (103 minutes)')?.minutes, 103);
    assert.equal(windowIn('the next day'), undefined);
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
});
