import type { TextEdit } from 'vscode-languageserver';
import type { KeptAnalysis } from '../keptAnalysis';
import type { TimelineEntry } from '../../engine/resolveTimeline';

/**
 * Sorts the run of adjacent timeline entries holding the entry whose time is at `timeStart` (the one reported out of
 * order): its rows (or bullets, with what is nested under them) move whole. A run is entries of one form in one
 * timeline with nothing but blanks between them, so no entry moves past a heading, a day's line, a parent bullet
 * ("AMS restarted:") or a `<br>`; an entry out of order only with what is across such a boundary is left to the
 * author. One edit spanning that run.
 */
export function sortTimelineEdit({ index, model }: KeptAnalysis, timeStart: number): TextEdit | undefined {
  const text = index.text;
  const direction = model.timelineOrder === 'newest-first' ? -1 : 1;
  const run = runsOf(model.timeline, text).find((entries) => entries.slice(1).some((e) => e.timeStart === timeStart));
  if (!run || inOrder(run, direction)) return undefined;
  const keyed = keysOf(run, direction).map((key, position) => ({ entry: run[position], key, position }));
  const sorted = [...keyed].sort((a, b) => a.key - b.key || a.position - b.position).map((k) => k.entry);
  let newText = '';
  for (let i = 0; i < run.length; i++) {
    newText += text.slice(sorted[i].start, trimEnd(text, sorted[i])).replace(/\n+$/, '');
    if (i + 1 < run.length) newText += text.slice(trimEnd(text, run[i]), run[i + 1].start);
  }
  return { range: index.lines.rangeOf(run[0].start, trimEnd(text, run[run.length - 1])), newText };
}

/** Entries in document order, cut wherever words, another form or another timeline come between two of them. */
function runsOf(timeline: TimelineEntry[], text: string): TimelineEntry[][] {
  const runs: TimelineEntry[][] = [];
  let run: TimelineEntry[] = [];
  for (const entry of [...timeline].sort((a, b) => a.start - b.start)) {
    const previous = run[run.length - 1];
    const adjacent =
      previous && previous.form === entry.form && previous.sectionStart === entry.sectionStart && trimEnd(text, previous) <= entry.start && !/\S/.test(text.slice(trimEnd(text, previous), entry.start));
    if (!adjacent && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(entry);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Sort keys: an entry without a readable time keeps its place after the entry before it. */
function keysOf(entries: TimelineEntry[], direction: number): number[] {
  let key = -Infinity;
  return entries.map((entry) => {
    if (entry.instant) key = entry.instant.toMillis();
    return key * direction;
  });
}

function inOrder(entries: TimelineEntry[], direction: number): boolean {
  return keysOf(entries, direction).every((key, i, keys) => i === 0 || keys[i - 1] <= key);
}

/** Entries (list items) may end after their trailing newline; the edit keeps line breaks where they were. */
function trimEnd(text: string, entry: TimelineEntry): number {
  let end = entry.end;
  while (end > entry.start && text[end - 1] === '\n') end--;
  return end;
}
