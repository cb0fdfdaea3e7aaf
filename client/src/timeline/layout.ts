import type { TimelineEntryView, TimelineView } from '../../../schemas/requests';

/**
 * How a timeline is drawn, computed once for the preview (webview) and the SVG export: pure, no DOM, no
 * `vscode`, so both sides draw the same picture. Entries sit on a vertical axis at evenly spaced rows in time
 * order (legible from 1 to 500 entries); long gaps and new days get a separator row; the phases between
 * milestones are bands beside the axis, labelled with the durations the server computed.
 */

export type Milestone = NonNullable<TimelineEntryView['milestone']>;

export interface EntryRow {
  kind: 'entry';
  /** Index of the entry in `view.entries` (document order). */
  index: number;
  entry: TimelineEntryView;
  /** 'follow-up' for entries after the resolved milestone. */
  phase: 'incident' | 'follow-up';
}

export interface SeparatorRow {
  kind: 'day' | 'gap' | 'follow-up';
  label: string;
}

export type Row = EntryRow | SeparatorRow;

export type PhaseKey = 'detect' | 'acknowledge' | 'mitigate' | 'resolve';

export interface Band {
  key: PhaseKey;
  /** "to detect", "to acknowledge" ... */
  name: string;
  minutes: number | null;
  /** "to acknowledge 2 min" */
  label: string;
  /** Row indexes (into `rows`) of the entries the band runs between. */
  fromRow: number;
  toRow: number;
}

export interface Figure {
  key: 'detect' | 'acknowledge' | 'mitigate' | 'resolve' | 'impact' | 'total';
  name: string;
  minutes: number | null;
  /** "Time to acknowledge: 2 min" */
  text: string;
}

export interface TimelineLayout {
  rows: Row[];
  /** Entries whose time could not be read: listed apart, never placed on the axis by guess. */
  unplaced: { index: number; entry: TimelineEntryView }[];
  bands: Band[];
  figures: Figure[];
}

export const MILESTONE_LABELS: Record<Milestone, string> = {
  started: 'impact started',
  detected: 'detected',
  acknowledged: 'acknowledged',
  triaged: 'triaged',
  identified: 'root cause identified',
  mitigated: 'mitigated',
  resolved: 'resolved',
};

/** A gap this long between two consecutive entries gets its own separator row. */
const GAP_MINUTES = 60;

/** "45 min", "2 h 30 min", "1 d 3 h". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes)) return 'unknown';
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.round(Math.abs(minutes));
  if (rest < 60) return `${sign}${rest} min`;
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  if (days > 0) return `${sign}${days} d${hours ? ` ${hours} h` : ''}${mins ? ` ${mins} min` : ''}`;
  return `${sign}${hours} h${mins ? ` ${mins} min` : ''}`;
}

/** Minutes after midnight of a written clock time ("14:02", "4:16 PM", "~18:30 UTC"), to notice a new day. */
export function clockMinutes(time: string): number | undefined {
  const m = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?m?\b/i.exec(time);
  if (!m) return undefined;
  let hours = Number(m[1]) % 24;
  if (m[3]) hours = (hours % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  return hours * 60 + Number(m[2]);
}

/** Whether an entry can be drawn on the axis. */
export function isPlaced(entry: TimelineEntryView): boolean {
  return !entry.unreadable && entry.minutesFromStart !== null;
}

export function layoutTimeline(view: TimelineView): TimelineLayout {
  const placed = view.entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => isPlaced(entry))
    // Stable: entries at the same minute keep their document order.
    .sort((a, b) => a.entry.minutesFromStart! - b.entry.minutesFromStart! || a.index - b.index);
  const unplaced = view.entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => !isPlaced(entry));

  const resolvedAt = placed.findIndex(({ entry }) => entry.milestones.includes('resolved'));
  const startClock = placed.length > 0 ? clockMinutes(placed[0].entry.time) : undefined;
  // Dates only when every placed entry has one; else days are counted from the first entry's clock time.
  const useDates = placed.length > 0 && placed.every(({ entry }) => entry.at !== null);
  const dayOf = (entry: TimelineEntryView): string => dayLabel(entry, useDates, startClock);
  const rows: Row[] = [];
  const rowOf = new Map<number, number>();
  let previous: { minutes: number; day: string } | undefined;
  placed.forEach(({ entry, index }, i) => {
    const minutes = entry.minutesFromStart!;
    const day = dayOf(entry);
    if (previous && day !== previous.day) rows.push({ kind: 'day', label: day });
    else if (previous && minutes - previous.minutes >= GAP_MINUTES) rows.push({ kind: 'gap', label: `${formatMinutes(minutes - previous.minutes)} later` });
    if (resolvedAt >= 0 && i === resolvedAt + 1) rows.push({ kind: 'follow-up', label: 'After resolution: follow-up' });
    rowOf.set(index, rows.length);
    rows.push({ kind: 'entry', index, entry, phase: resolvedAt >= 0 && i > resolvedAt ? 'follow-up' : 'incident' });
    previous = { minutes, day };
  });
  // A timeline that spans days and knows them starts with its first day.
  if (rows.some((r) => r.kind === 'day') && placed.length > 0) {
    rows.unshift({ kind: 'day', label: dayOf(placed[0].entry) });
    for (const [k, v] of rowOf) rowOf.set(k, v + 1);
  }

  const firstRowWith = (milestone: Milestone): number | undefined => {
    const found = placed.find(({ entry }) => entry.milestones.includes(milestone));
    return found ? rowOf.get(found.index) : undefined;
  };
  const startRow = firstRowWith('started') ?? (placed.length > 0 ? rowOf.get(placed[0].index) : undefined);
  const detectedRow = firstRowWith('detected');
  const d = view.durations;
  const bandSpecs: { key: PhaseKey; name: string; minutes: number | null; from: number | undefined; to: number | undefined }[] = [
    { key: 'detect', name: 'to detect', minutes: d.detectMinutes, from: startRow, to: detectedRow },
    { key: 'acknowledge', name: 'to acknowledge', minutes: d.acknowledgeMinutes, from: detectedRow ?? startRow, to: firstRowWith('acknowledged') },
    { key: 'mitigate', name: 'to mitigate', minutes: d.mitigateMinutes, from: startRow, to: firstRowWith('mitigated') },
    { key: 'resolve', name: 'to resolve', minutes: d.resolveMinutes, from: startRow, to: firstRowWith('resolved') },
  ];
  const bands: Band[] = [];
  for (const spec of bandSpecs) {
    // Both ends on one entry (an alert that is also the start): no span to draw; the figure is still listed.
    if (spec.from === undefined || spec.to === undefined || spec.minutes === null || spec.from === spec.to) continue;
    bands.push({
      key: spec.key,
      name: spec.name,
      minutes: spec.minutes,
      label: `${spec.name} ${formatMinutes(spec.minutes)}`,
      fromRow: Math.min(spec.from, spec.to),
      toRow: Math.max(spec.from, spec.to),
    });
  }

  const figures: Figure[] = (
    [
      ['detect', 'Time to detect', d.detectMinutes],
      ['acknowledge', 'Time to acknowledge', d.acknowledgeMinutes],
      ['mitigate', 'Time to mitigate', d.mitigateMinutes],
      ['resolve', 'Time to resolve', d.resolveMinutes],
      ['impact', 'Impact', d.impactMinutes],
      ['total', 'Full resolution', d.totalMinutes],
    ] as const
  ).map(([key, name, minutes]) => ({ key, name, minutes, text: `${name}: ${formatMinutes(minutes)}` }));

  return { rows, unplaced, bands, figures };
}

/** The day an entry falls on: its date when known, else "Day N" counted from the first entry's clock time. */
function dayLabel(entry: TimelineEntryView, useDates: boolean, startClock: number | undefined): string {
  if (useDates && entry.at) return entry.at.slice(0, 10);
  if (startClock === undefined || entry.minutesFromStart === null) return 'Day 1';
  return `Day ${Math.floor((startClock + entry.minutesFromStart) / 1440) + 1}`;
}

/** What a screen reader says for an entry (and the SVG's <title>). */
export function entryDescription(entry: TimelineEntryView): string {
  const parts = [entry.unreadable ? `time unreadable (${entry.time || 'none'})` : `${entry.approximate ? 'about ' : ''}${entry.time}`];
  if (entry.milestones.length > 0) parts.push(`${entry.milestones.length > 1 ? 'milestones' : 'milestone'} ${entry.milestones.map((m) => MILESTONE_LABELS[m]).join(' and ')}`);
  parts.push(entry.event || '(no text)');
  if (entry.actor) parts.push(`by ${entry.actor}`);
  parts.push(`line ${entry.line + 1}`);
  return parts.join(', ');
}
