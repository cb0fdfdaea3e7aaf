import type { Hover } from 'vscode-languageserver';
import type { KeptAnalysis } from '../keptAnalysis';
import { hasMilestone } from '../../engine/resolveTimeline';
import { milestonesOf } from '../../engine/milestones';
import { compactMinutes } from './format';
import { timelineStart } from './timelineStart';

/** How a value was computed, and from which lines: on a timeline time, a stated figure or an SLO statement. */
export function hover(analysis: KeptAnalysis, offset: number, markdownSupported = true): Hover | undefined {
  const { index, model } = analysis;
  const line = (at: number) => index.lines.positionAt(at).line + 1;
  const start = timelineStart(analysis);
  const startName = start ? `${hasMilestone(start, 'started') ? 'start' : 'first entry'} ${start.timeText} (line ${line(start.start)})` : '';
  // A client that does not offer Markdown (`hover.contentFormat`) gets the same text without its emphasis.
  const markdown = (value: string, from: number, to: number): Hover => ({
    contents: markdownSupported ? { kind: 'markdown', value } : { kind: 'plaintext', value: value.replace(/\*\*/g, '') },
    range: index.lines.rangeOf(from, to),
  });

  const entry = model.timeline.find((e) => offset >= e.timeStart && offset <= e.timeEnd);
  if (entry) {
    const lines = [`**${entry.timeText}**${entry.instant && entry.dateKnown ? ` = ${entry.instant.toISO()}` : ''}`];
    if (entry.unreadable) lines.push('This time could not be read, so no duration uses it.');
    if (entry.instant && start?.instant) lines.push(`+${compactMinutes(Math.round((entry.instant.toMillis() - start.instant.toMillis()) / 60_000))} from ${startName}`);
    if (entry.rolledOverDays > 0) lines.push(`Read as ${entry.rolledOverDays} day(s) after the date above: the time is earlier than the entry before it.`);
    if (entry.approximate) lines.push('Approximate (~): kept, and flagged as approximate.');
    const milestones = milestonesOf(entry).join(', ');
    if (milestones) lines.push(`Milestone **${milestones}** ${entry.markedMilestone ? '(marked by the author)' : `(recognised from the wording${entry.milestoneWeak ? ', weakly' : ''})`}`);
    return markdown(lines.join('\n\n'), entry.timeStart, entry.timeEnd);
  }
  const figure = model.statedFigures.find((f) => offset >= f.start && offset <= f.end);
  if (figure) {
    const entryName = (e: (typeof model.timeline)[number]) => `${e.milestone ?? 'entry'} ${e.timeText} (line ${line(e.start)})`;
    const [first, ...others] = figure.readings;
    const lines = [`**${figure.kind}**: stated ${figure.text}`];
    if (model.durations.stated.includes(figure.kind)) lines.push('The timeline cannot give this figure with confidence: the statement stands for it.');
    else if (!first) lines.push('Computed: cannot be computed from the timeline');
    else lines.push(`Computed${figure.confident ? '' : ' (estimated)'}: ${compactMinutes(first.minutes)} = ${entryName(first.to)} − ${entryName(first.from)}`);
    if (others.length > 0) lines.push(`Other readings: ${others.map((r) => `${compactMinutes(r.minutes)} (${entryName(r.from)} to ${entryName(r.to)})`).join('; ')}`);
    return markdown(lines.join('\n\n'), figure.start, figure.end);
  }
  const claim = model.budgetClaims.find((c) => offset >= c.start && offset <= c.end);
  if (claim) {
    const budget = model.errorBudget;
    const slo = claim.sloPercent ?? budget.sloPercent;
    // The window the statement names ("99.95% per 30 days"), else the configured one.
    const windowMinutes = claim.windowDays !== undefined ? claim.windowDays * 1440 : budget.windowMinutes;
    const budgetMinutes = Math.round(((100 - slo) / 100) * windowMinutes * 100) / 100;
    const lines = [`Error budget for ${slo}% over ${windowMinutes / 1440} days: (1 − ${slo / 100}) × ${windowMinutes.toLocaleString('en')} min = **${budgetMinutes} min**`];
    const downtime = claim.downtimeMinutes ?? budget.downtimeMinutes;
    if (downtime !== null && downtime !== undefined) {
      lines.push(`Downtime ${downtime} min → availability 1 − ${downtime} / ${windowMinutes} = **${(100 - (100 * downtime) / windowMinutes).toFixed(4)}%**, ${downtime > budgetMinutes ? 'over' : 'within'} budget`);
    }
    return markdown(lines.join('\n\n'), claim.start, claim.end);
  }
  return undefined;
}
