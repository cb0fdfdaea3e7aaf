import type { CodeLens } from 'vscode-languageserver';
import { isEstimate } from '../../engine/milestones';
import type { KeptAnalysis } from '../keptAnalysis';
import { compactMinutes } from './format';

/**
 * The command every lens carries, which the server implements (`workspace/executeCommand`): it shows how the
 * figures were computed (`window/showMessage`). A lens with an empty command is not runnable in most clients
 * (Neovim's codelens.run() warns), so none is sent.
 */
export const SHOW_FIGURE_COMMAND = 'postmortem.showFigure';

/**
 * On the timeline heading, the computed figures; on each stated figure the timeline contradicts, what the timeline
 * gives. For reading (the quick fixes change text): running one shows how its figures were computed.
 */
export function codeLenses(analysis: KeptAnalysis): CodeLens[] {
  const { index, model } = analysis;
  const lenses: CodeLens[] = [];
  const timeline = model.sections.find((s) => s.kind === 'timeline');
  const d = model.durations;
  const line = (offset: number) => index.lines.positionAt(offset).line + 1;
  const between = (kind: keyof typeof d.basis) => {
    const basis = d.basis[kind];
    return basis ? ` = ${basis.to.milestone ?? 'entry'} ${basis.to.timeText} (line ${line(basis.to.start)}) − ${basis.from.milestone ?? 'entry'} ${basis.from.timeText} (line ${line(basis.from.start)})` : '';
  };
  const command = (title: string, explanation: string) => ({ title, command: SHOW_FIGURE_COMMAND, arguments: [explanation] });
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
    // A figure counted from an entry read from weak wording or an approximate time is an estimate, and says so.
    const estimated = (name: (typeof figures)[number][0]) => (isEstimate(d, name) ? ' (estimated)' : '');
    const shown = figures.map(([name, minutes]) => `${name} ${compactMinutes(minutes!)}${d.stated.includes(name) ? ' (stated)' : estimated(name)}`);
    const noStart = d.startUnknown ? ' (no entry says when impact began: mark it [started] to count time to mitigate and resolve)' : '';
    const title = figures.length > 0 ? `Computed: ${shown.join(' · ')}${noStart}` : `Computed: no durations yet${noStart || ' (no readable times)'}`;
    const explained = figures.map(([name, minutes]) => `${name} ${compactMinutes(minutes!)}${d.stated.includes(name) ? ' (stated by the document)' : `${estimated(name)}${between(name)}`}`);
    const explanation = figures.length > 0 ? `Computed from the timeline: ${explained.join('; ')}.${noStart}` : title;
    lenses.push({ range: index.lines.rangeOf(timeline.nameStart, timeline.nameEnd), command: command(title, explanation) });
  }
  for (const finding of analysis.findings) {
    if (finding.code !== 'stated-duration-mismatch') continue;
    const figure = model.statedFigures.find((f) => f.start === finding.start);
    // An estimate is not set against the author's figure (the finding names the entries' nearest distance instead).
    if (!figure || figure.computedMinutes === null || !figure.confident) continue;
    const reading = figure.readings[0];
    const how = reading ? ` = ${reading.to.milestone ?? 'entry'} ${reading.to.timeText} (line ${line(reading.to.start)}) − ${reading.from.milestone ?? 'entry'} ${reading.from.timeText} (line ${line(reading.from.start)})` : '';
    const title = `Timeline gives ${compactMinutes(figure.computedMinutes)} (stated ${figure.text})`;
    lenses.push({ range: index.lines.rangeOf(figure.start, figure.end), command: command(title, `${figure.kind}: the timeline gives ${compactMinutes(figure.computedMinutes)}${how}; the document states ${figure.text}.`) });
  }
  return lenses;
}
