import { readZoneName } from '../../../server/src/engine/zoneNames';

/** An instant as a zone's wall clock shows it. */
export interface WallClock {
  /** YYYY-MM-DD. */
  date: string;
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * A zone the engine reads ("UTC", "CET", "UTC+2", "PST/PDT", "Europe/Berlin"), for the commands that write the time
 * now: Date and Intl only, so the client bundles no date library.
 */
export interface ZoneClock {
  /** How the commands show the zone: "UTC", "UTC+1", "UTC-5:30", or the zone database's name. */
  name: string;
  wallClock(millis: number): WallClock;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const UTC_CLOCK = fixedOffsetClock(0);

/** The clock of a written zone, or undefined when it names none. */
export function zoneClock(written: string | undefined): ZoneClock | undefined {
  const zone = written ? readZoneName(written) : undefined;
  if (!zone) return undefined;
  return 'iana' in zone ? zoneDatabaseClock(zone.iana) : fixedOffsetClock(zone.offsetMinutes);
}

function fixedOffsetClock(offsetMinutes: number): ZoneClock {
  const abs = Math.abs(offsetMinutes);
  const offset = `${offsetMinutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
  return {
    name: offsetMinutes === 0 ? 'UTC' : `UTC${offset}`,
    wallClock(millis) {
      const shifted = new Date(millis + offsetMinutes * 60_000);
      return { date: shifted.toISOString().slice(0, 10), hours: shifted.getUTCHours(), minutes: shifted.getUTCMinutes(), seconds: shifted.getUTCSeconds() };
    },
  };
}

function zoneDatabaseClock(name: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return {
    name,
    wallClock(millis) {
      const part = Object.fromEntries(format.formatToParts(millis).map((p) => [p.type, p.value]));
      return { date: `${part.year}-${part.month}-${part.day}`, hours: Number(part.hour), minutes: Number(part.minute), seconds: Number(part.second) };
    },
  };
}
