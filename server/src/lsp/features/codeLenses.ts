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
    const title = figures.length > 0 ? `Computed: ${figures.map(([name, minutes]) => `${name} ${compactMinutes(minutes!)}`).join(' · ')}` : 'Computed: no durations yet (no readable times)';
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
