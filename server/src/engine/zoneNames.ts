/**
 * What a written zone name means ("UTC", "CET", "UTC+2", "PST/PDT", "Europe/Berlin"): a fixed offset or a zone of
 * the zone database. No date library: the VS Code client reads zones with this too, and only needs Intl.
 */
export type ZoneName = { offsetMinutes: number } | { iana: string };

/** Fixed offsets of the zone abbreviations people write in timelines (IST read as India, the common case). */
const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, IST: 330,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, ACST: 570, AWST: 480, NZST: 720, NZDT: 780, SGT: 480, HKT: 480, SAST: 120, EAT: 180, TRT: 180,
  // Canada's zones as French writes them: heure normale / avancée de l'Est, du Centre, des Rocheuses, du Pacifique.
  HNE: -300, HAE: -240, HNC: -360, HAC: -300, HNR: -420, HAR: -360, HNP: -480, HAP: -420,
  // South-East Asia's: Indonesia's three, Indochina, the Philippines, Malaysia.
  WIB: 420, WITA: 480, WIT: 540, ICT: 420, PHT: 480, MYT: 480,
  MSK: 180, MEZ: 60, MESZ: 120, HST: -600, AKST: -540, AKDT: -480, BRT: -180, ART: -180, COT: -300, PET: -300, CLT: -240, CLST: -180, UYT: -180, VET: -240, BOT: -240,
  // Gulf Standard Time (the UAE and Oman): what GST means in the timelines people write, as IST means India.
  GST: 240, GULFSTANDARDTIME: 240,
  // The same written out ("Central European Time"), spaces removed.
  WESTERNEUROPEANTIME: 0, WESTERNEUROPEANSUMMERTIME: 60, CENTRALEUROPEANTIME: 60, CENTRALEUROPEANSUMMERTIME: 120,
  EASTERNEUROPEANTIME: 120, EASTERNEUROPEANSUMMERTIME: 180, BRITISHSUMMERTIME: 60, GREENWICHMEANTIME: 0, COORDINATEDUNIVERSALTIME: 0,
};

/** Zones written by region rather than by offset: their offset follows daylight saving on the day. */
const REGION_ZONES: [RegExp, string][] = [
  [/^(?:PT|PACIFIC(?:STANDARD|DAYLIGHT)?(?:TIME)?|US\/?PACIFIC|PST\/PDT|PDT\/PST)$/, 'America/Los_Angeles'],
  [/^(?:ET|EASTERN(?:STANDARD|DAYLIGHT)?(?:TIME)?|US\/?EASTERN|EST\/EDT|EDT\/EST)$/, 'America/New_York'],
  [/^(?:CT|CENTRAL(?:STANDARD|DAYLIGHT)?(?:TIME)?|US\/?CENTRAL|CST\/CDT)$/, 'America/Chicago'],
  [/^(?:MT|MOUNTAIN(?:STANDARD|DAYLIGHT)?(?:TIME)?|US\/?MOUNTAIN|MST\/MDT)$/, 'America/Denver'],
  [/^CET\/CEST$/, 'Europe/Berlin'],
];

/** Each winter time's summer time, in the region's abbreviations, and a zone of the region (whose rules say when its clocks go back). */
export const SUMMER_TIME_OF: Record<string, [summer: string, region: string]> = {
  CET: ['CEST', 'Europe/Berlin'],
  EET: ['EEST', 'Europe/Helsinki'],
  WET: ['WEST', 'Europe/Lisbon'],
  GMT: ['BST', 'Europe/London'],
  EST: ['EDT', 'America/New_York'],
  CST: ['CDT', 'America/Chicago'],
  MST: ['MDT', 'America/Denver'],
  PST: ['PDT', 'America/Los_Angeles'],
  AKST: ['AKDT', 'America/Anchorage'],
  AEST: ['AEDT', 'Australia/Sydney'],
  ACST: ['ACDT', 'Australia/Adelaide'],
  NZST: ['NZDT', 'Pacific/Auckland'],
};

/** The meaning of a written zone, or undefined when it names none. */
export function readZoneName(name: string): ZoneName | undefined {
  const upper = name.replace(/\s+/g, '').toUpperCase();
  if (upper in ZONE_OFFSETS) return { offsetMinutes: ZONE_OFFSETS[upper] };
  const region = REGION_ZONES.find(([pattern]) => pattern.test(upper));
  if (region) return { iana: region[1] };
  const offset = writtenOffsetMinutes(upper);
  if (offset !== undefined) return offsetOutOfRange(upper) ? undefined : { offsetMinutes: offset };
  const iana = name.trim();
  return isZoneDatabaseName(iana) ? { iana } : undefined;
}

/** A name the runtime's zone database knows ("Europe/Berlin", "America/Denver"). */
export function isZoneDatabaseName(name: string): boolean {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name }).format();
    return true;
  } catch {
    return false;
  }
}

/** The offset of "UTC+2", "GMT-05:30", "UTC+0545" in minutes, or undefined when the zone is not written as an offset. */
function writtenOffsetMinutes(upper: string): number | undefined {
  // "UTC+2", "GMT-07:00", or an offset alone written in full ("+02:00", "-0700").
  const offset = /^(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?$|^([+-])(\d{2}):?(\d{2})$/.exec(upper);
  if (!offset) return undefined;
  const [sign, hours, minutes] = offset[1] ? offset.slice(1, 4) : offset.slice(4, 7);
  return (sign === '-' ? -1 : 1) * (+hours * 60 + (minutes ? +minutes : 0));
}

/** Offsets run from -12:00 to +14:00: "UTC+99", "UTC-14:30" or "UTC+2:75" is no zone (±14:00 allowed either way). */
export function offsetOutOfRange(zone: string): boolean {
  const upper = zone.replace(/\s+/g, '').toUpperCase();
  const minutes = /^(?:UTC|GMT)?[+-]\d{1,2}:?(\d{2})$/.exec(upper)?.[1];
  const offset = writtenOffsetMinutes(upper);
  return offset !== undefined && (Math.abs(offset) > 14 * 60 || (minutes !== undefined && +minutes > 59));
}
