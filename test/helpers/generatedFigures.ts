import fc from 'fast-check';

/**
 * Generated post-mortems for the figure-fix properties: a timeline (a table, bullets with bold or plain times) of
 * milestone wording at random times, with the typos people make (an hour off, 12-hour times, an unreadable or
 * approximate time, rows swapped), and stated figures in every format the engine reads (keys with targets and
 * ✅/❌, hedges, prose, budget and availability lines), with random values.
 */
export interface GeneratedDocument {
  text: string;
}

const EVENTS = [
  'Deploy of release 4.2 began',
  'Impact began: error rate rising',
  '[started] Checkout requests failing',
  'Alert fired: API error rate high',
  'Customers reported checkout failures',
  'On-call engineer acknowledged the page',
  'Incident declared, bridge opened',
  'Triage started',
  'Identified the root cause: connection leak',
  'Rolled back the deploy',
  'Service restored, error rate normal',
  '[mitigated] Traffic shifted to the standby',
  'Monitoring for stability',
  'Incident resolved',
  'Postmortem scheduled',
  'Code fix deployed to production',
];

const KEYS = ['Time to detect', 'Time to acknowledge', 'Time to triage', 'Time to identify root cause', 'Time to mitigate', 'Time to resolve', 'Total Duration', 'Duration', 'Total impact', 'Downtime'];

const clock = (minutes: number, twelveHour: 'no' | 'bare' | 'ampm') => {
  const m = ((minutes % 1440) + 1440) % 1440;
  const h = Math.floor(m / 60);
  const mm = String(m % 60).padStart(2, '0');
  if (twelveHour === 'no') return `${String(h).padStart(2, '0')}:${mm}`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${mm}${twelveHour === 'ampm' ? (h >= 12 ? ' PM' : ' AM') : ''}`;
};

const durationText = (minutes: number, format: number): string => {
  const hours = minutes / 60;
  switch (format) {
    case 0:
      return `${minutes} minutes`;
    case 1:
      return `${minutes} min`;
    case 2:
      return `${Math.floor(hours)}h ${minutes % 60}m`;
    case 3:
      return `${Math.round(hours * 2) / 2} hours`;
    case 4:
      return `~${minutes} minutes`;
    case 5:
      return `about ${minutes} minutes`;
    case 6:
      return `Over ${Math.max(1, Math.floor(hours))} hours`;
    case 7:
      return `${minutes}m`;
    default:
      return `${Math.floor(hours)} hours ${minutes % 60} minutes`;
  }
};

const figureLine = fc.record({
  key: fc.constantFrom(...KEYS),
  minutes: fc.integer({ min: 0, max: 400 }),
  format: fc.integer({ min: 0, max: 8 }),
  target: fc.option(fc.record({ op: fc.constantFrom('<', '<=', '≤', ''), minutes: fc.integer({ min: 1, max: 120 }) }), { nil: undefined }),
  check: fc.constantFrom('', ' ✅', ' ❌'),
  bullet: fc.boolean(),
  bold: fc.boolean(),
});

const budgetLine = fc.oneof(
  fc.record({ kind: fc.constant('budget' as const), minutes: fc.constantFrom(43.2, 40, 43, 21.6, 4.32), slo: fc.constantFrom('99.9', '99.95', '99.99') }),
  fc.record({ kind: fc.constant('availability' as const), percent: fc.constantFrom('99.93', '99.9', '99.95', '99.8', '99'), minutes: fc.integer({ min: 0, max: 200 }), own: fc.boolean() }),
  fc.record({ kind: fc.constant('breach' as const), yes: fc.boolean(), minutes: fc.integer({ min: 0, max: 200 }), own: fc.boolean() }),
);

export const generatedDocument: fc.Arbitrary<GeneratedDocument> = fc
  .record({
    form: fc.constantFrom('table', 'bold', 'plain'),
    start: fc.integer({ min: 0, max: 1439 }),
    gaps: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 2, maxLength: 9 }),
    events: fc.array(fc.integer({ min: 0, max: EVENTS.length - 1 }), { minLength: 10, maxLength: 10 }),
    sortedEvents: fc.boolean(),
    twelveHour: fc.constantFrom('no', 'no', 'no', 'bare', 'ampm'),
    typo: fc.option(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('hour-1', 'hour+1', 'minus-12h', 'unreadable', 'approximate', 'swap', 'digits'),
      }),
      { nil: undefined },
    ),
    window: fc.boolean(),
    figures: fc.array(figureLine, { maxLength: 7 }),
    prose: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
    budgets: fc.array(budgetLine, { maxLength: 3 }),
  })
  .map(({ form, start, gaps, events, sortedEvents, twelveHour, typo, window, figures, prose, budgets }) => {
    const count = gaps.length + 1;
    const minutes = [start];
    for (const gap of gaps) minutes.push(minutes.at(-1)! + gap);
    const picked = events.slice(0, count);
    if (sortedEvents) picked.sort((a, b) => a - b);
    let times = minutes.map((m) => clock(m, twelveHour));
    if (typo) {
      const i = typo.at % count;
      if (typo.kind === 'hour-1') times[i] = clock(minutes[i] - 60, twelveHour);
      else if (typo.kind === 'hour+1') times[i] = clock(minutes[i] + 60, twelveHour);
      else if (typo.kind === 'minus-12h') times[i] = clock(minutes[i] - 720, twelveHour);
      else if (typo.kind === 'unreadable') times[i] = `${times[i].slice(0, 3)}??`;
      else if (typo.kind === 'approximate') times[i] = `~${times[i]}`;
      else if (typo.kind === 'digits') times[i] = times[i].replace(/(\d)(\d)$/, '$2$1');
      else if (i + 1 < count) [times[i], times[i + 1]] = [times[i + 1], times[i]];
    }
    const rows = times.map((time, i) => {
      const event = EVENTS[picked[i]];
      if (form === 'table') return `| ${time} | ${event} | SRE |`;
      return form === 'bold' ? `- **${time}** ${event}` : `- ${time} ${event}`;
    });
    const timeline = form === 'table' ? ['| Time (UTC) | Event | Actor |', '|---|---|---|', ...rows] : rows;
    const figureLines = figures.map(({ key, minutes: m, format, target, check, bullet, bold }) => {
      const label = bold ? `**${key}:**` : `${key}:`;
      const targetText = target ? ` (target: ${target.op}${target.minutes} min)` : '';
      return `${bullet ? '- ' : ''}${label} ${durationText(m, format)}${targetText}${target ? check : ''}`;
    });
    const budgetLines = budgets.map((b) => {
      if (b.kind === 'budget') return `- Monthly uptime target: ${b.slo}% (${b.minutes} min downtime allowed)`;
      if (b.kind === 'availability') return `- This month actual: ${b.percent}%${b.own ? ` (${b.minutes} min downtime)` : ' downtime included'}`;
      return `- SLA Breach: ${b.yes ? 'Yes' : 'No'}${b.own ? ` (${b.minutes} min < 43.2 min monthly budget for 99.9%)` : ' (monthly budget for 99.9%)'}`;
    });
    const text = [
      '# Post-Mortem: Checkout outage',
      '',
      '**Date of Incident:** 2025-10-26',
      '',
      '## Summary',
      '',
      `Checkout failed${window ? ` from ${times[0]}-${times.at(-1)} UTC` : ''}.${prose !== undefined ? ` The outage lasted ${prose} minutes.` : ''}`,
      '',
      '## Timeline',
      '',
      ...timeline,
      '',
      ...figureLines,
      '',
      '## Impact',
      '',
      ...budgetLines,
      '',
    ].join('\n');
    return { text };
  });
