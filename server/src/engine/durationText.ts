/** Durations as people write them: "30 minutes", "2.5 hours", "4h 27m", "5h26m", "~24h40m", "1 hour 5 minutes". */
const UNIT = String.raw`(d(?:ays?)?|h(?:ours?|rs?)?|m(?:in(?:ute)?s?)?|s(?:ec(?:ond)?s?)?)`;
const PART = String.raw`(\d+(?:\.\d+)?)\s*${UNIT}(?![a-z])`;
/** One duration: one or more number-unit parts, optionally "~", "<", "about". */
export const DURATION = new RegExp(String.raw`(?:~|≈|about\s+|approx(?:\.|imately)?\s+|<\s*|>\s*)?${PART}(?:(?:\s*,?\s*(?:and\s+)?)${PART})*`, 'i');

const MINUTES_PER: Record<string, number> = { d: 1440, h: 60, m: 1, s: 1 / 60 };

/** Minutes of a duration text, or undefined when it holds none. */
export function durationMinutes(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  let total = 0;
  for (const part of match[0].matchAll(new RegExp(PART, 'gi'))) {
    total += Number(part[1]) * MINUTES_PER[part[2][0].toLowerCase()];
  }
  return total;
}

/** "2.5 hours" for 150 minutes: how a corrected figure is written back. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = minutes / 60;
  if (Number.isInteger(hours * 10)) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return `${Math.floor(hours)}h ${minutes % 60}m`;
}
