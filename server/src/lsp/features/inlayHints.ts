import type { InlayHint } from 'vscode-languageserver';
import type { KeptAnalysis } from '../keptAnalysis';
import { timelineStart } from './timelineStart';
import { compactMinutes } from './format';

/**
 * After each timeline time: the time since the start and the milestone the engine recognised, so the author sees
 * what was understood ("+15m · mitigated") and can correct it with an explicit marker.
 */
export function inlayHints(analysis: KeptAnalysis, start: number, end: number): InlayHint[] {
  const { index, model } = analysis;
  const origin = timelineStart(analysis)?.instant?.toMillis();
  const hints: InlayHint[] = [];
  for (const entry of model.timeline) {
    if (entry.timeEnd < start || entry.timeStart > end) continue;
    const parts: string[] = [];
    if (entry.instant && origin !== undefined) parts.push(`+${compactMinutes(Math.round((entry.instant.toMillis() - origin) / 60_000))}`);
    else if (entry.unreadable) parts.push('time not read');
    if (entry.approximate) parts.push('approx.');
    if (entry.milestone) parts.push(entry.milestone);
    if (parts.length === 0) continue;
    hints.push({
      position: index.lines.positionAt(entry.timeEnd),
      label: parts.join(' · '),
      paddingLeft: true,
      tooltip: entry.milestone
        ? `Milestone "${entry.milestone}"${entry.markedMilestone ? ' (marked by the author)' : ' (from the wording; mark another entry with [' + entry.milestone + '] to move it)'}`
        : undefined,
    });
  }
  return hints;
}
