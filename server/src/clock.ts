import { DateTime, type Zone } from 'luxon';

/** Today's local date as YYYY-MM-DD: the only place the server and CLI read the clock (the engine never does). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The current wall-clock time (HH:MM) in a zone the document states ("UTC", "CET", "Europe/Berlin"). */
export function nowInZone(zone: Zone | undefined, now = new Date()): string {
  return DateTime.fromJSDate(now).setZone(zone ?? 'UTC').toFormat('HH:mm');
}
