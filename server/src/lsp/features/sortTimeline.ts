import type { TextEdit } from 'vscode-languageserver';
import type { KeptAnalysis } from '../keptAnalysis';
import type { TimelineEntry } from '../../engine/resolveTimeline';

/**
 * Sorts the first timeline that has an entry out of order: its rows (or bullets, with what is nested under them)
 * move whole, and the text between them stays where it was. One edit spanning that timeline's entries.
 */
export function sortTimelineEdit({ index, model, findings }: KeptAnalysis): TextEdit | undefined {
  const outOfOrder = new Set(findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => f.start));
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of model.timeline) {
    const key = `${entry.sectionStart}:${entry.form}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const group = [...groups.values()].find((entries) => entries.some((e) => outOfOrder.has(e.timeStart)));
  if (!group || group.length < 2) return undefined;
  const direction = model.timelineOrder === 'newest-first' ? -1 : 1;
  // An entry without a readable time keeps its place after the entry before it.
  let key = -Infinity;
  const keyed = group.map((entry, position) => {
    if (entry.instant) key = entry.instant.toMillis();
    return { entry, key: key * direction, position };
  });
  const sorted = [...keyed].sort((a, b) => a.key - b.key || a.position - b.position).map((k) => k.entry);
  const text = index.text;
  let newText = '';
  for (let i = 0; i < group.length; i++) {
    newText += text.slice(sorted[i].start, sorted[i].end).replace(/\n+$/, '');
    if (i + 1 < group.length) newText += text.slice(trimEnd(text, group[i]), group[i + 1].start);
  }
  const start = group[0].start;
  const end = trimEnd(text, group[group.length - 1]);
  return { range: index.lines.rangeOf(start, end), newText };
}

/** Entries (list items) may end after their trailing newline; the edit keeps line breaks where they were. */
function trimEnd(text: string, entry: TimelineEntry): number {
  let end = entry.end;
  while (end > entry.start && text[end - 1] === '\n') end--;
  return end;
}
