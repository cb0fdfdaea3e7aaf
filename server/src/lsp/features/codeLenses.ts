import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../../engine/analyze';
import { compactMinutes } from './format';

/**
 * On the timeline heading, the computed figures; on each stated figure the timeline contradicts, what the timeline
 * gives. Titles only: the figures are for reading (the quick fixes change text).
 */
export function codeLenses(analysis: Analysis): CodeLens[] {
  const { index, model } = analysis;
  const lenses: CodeLens[] = [];
  const timeline = model.sections.find((s) => s.kind === 'timeline');
  const d = model.durations;
  const figures = (
    [
      ['detect', d.detectMinutes],
      ['acknowledge', d.acknowledgeMinutes],
      ['mitigate', d.mitigateMinutes],
      ['resolve', d.resolveMinutes],
      ['impact', d.impactMinutes],
      ['total', d.totalMinutes],
    ] as const
  ).filter(([, minutes]) => minutes !== null);
  if (timeline && model.timeline.length > 0) {
    // Say which figures are the document's own statement, and how to get those that need a start.
    const shown = figures.map(([name, minutes]) => `${name} ${compactMinutes(minutes!)}${d.stated.includes(name) ? ' (stated)' : ''}`);
    const noStart = d.startInferred ? ' (no entry says when impact began: mark it [started] to count time to mitigate and resolve)' : '';
    const title = figures.length > 0 ? `Computed: ${shown.join(' · ')}${noStart}` : `Computed: no durations yet${noStart || ' (no readable times)'}`;
    lenses.push({ range: index.lines.rangeOf(timeline.nameStart, timeline.nameEnd), command: { title, command: '' } });
  }
  for (const finding of analysis.findings) {
    if (finding.code !== 'stated-duration-mismatch') continue;
    const figure = model.statedFigures.find((f) => f.start === finding.start);
    if (!figure || figure.computedMinutes === null) continue;
    lenses.push({ range: index.lines.rangeOf(figure.start, figure.end), command: { title: `Timeline gives ${compactMinutes(figure.computedMinutes)} (stated ${figure.text})`, command: '' } });
  }
  return lenses;
}
