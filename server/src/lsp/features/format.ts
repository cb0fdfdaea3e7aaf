/** "15m", "2h 30m", "1d 3h": short enough for an inlay hint or a code lens. */
export function compactMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const m = Math.abs(minutes);
  if (m < 60) return `${sign}${m}m`;
  if (m < 1440) return `${sign}${Math.floor(m / 60)}h${m % 60 ? ` ${m % 60}m` : ''}`;
  const hours = Math.floor((m % 1440) / 60);
  return `${sign}${Math.floor(m / 1440)}d${hours ? ` ${hours}h` : ''}`;
}
