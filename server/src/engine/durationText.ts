import { matchesOf } from './matches';
/** Durations as people write them: "30 minutes", "2.5 hours", "4h 27m", "5h26m", "~24h40m", "1 hour 5 minutes". */
// "1小时20分", "35 分钟", "1時間", "1시간 55분": the units in Chinese, Japanese and Korean too.
// "1 jam 52 menit", "8 phút", "1 ч 20 мин", "47 минут": Indonesian, Vietnamese and Russian too.
// "90 Minuten", "2 Stunden 10 Min.", "3 Tage", "2 uur", "4 heures", "45 minutos", "2 días": German, Dutch, French,
// Spanish and Portuguese (not a bare "Tag" or "dag": "pushed 1 tag"; not "Std.": "3 std above baseline").
const UNIT = String.raw`(d(?:ays?|[ií]as|agen)?|h(?:ours?|rs?|eures?|oras?)?|m(?:in(?:ute)?s?|inut(?:en|os))?|s(?:ec(?:ond)?s?|ekunden?|econd(?:es|en)|egundos|tunden?)?|jours?|tagen?|uur|天|个?小[时時]|時間|分[钟鐘]?|秒|시간|분|초|jam|menit|detik|hari|giờ|phút|giây|ngày|ч(?:ас(?:а|ов)?)?\.?|мин(?:ут[аы]?|\.)?|сек(?:унд[аы]?|\.)?|дн(?:я|ей)|день)`;
// A number starts at no digit ("44,640 minutes" is not 640 minutes): "44,640" has a thousands separator, "1,5h" a
// decimal comma.
const NUMBER = String.raw`(?<!\d|\d[.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?)`;
// "06h05", "14h30": a clock time as French and German authors write it, not six hours ("1h05m" is a duration).
// "1 h 15", "2 h 48 de coupure": hours and minutes, the minutes' unit left out as French writes it (not "1 h 15 min",
// whose minutes are a part of their own).
const PART = String.raw`${NUMBER}\s*${UNIT}(?![a-z])(?<!\d\s*h(?=\d{2}(?!\d|\s*m)))(?:(?<=\d[ \t\u00a0]h)[ \t\u00a0]+(\d{2})(?![\d:]|[.,]\d|\s*(?:min|m|s|sec|h|%)(?![a-zé])))?`;
/** Each part of a duration in turn ("2 h", "15 min"), built once: the readers run it on every figure they read. */
const PARTS = new RegExp(PART, 'gi');
/** A bound on a figure and how loosely it is put: "over", "just under", "a little more than", "well over". */
export const BOUND_QUALIFIER = String.raw`(?:(?:just|a bit|a little|slightly|well)\s+)?`;
export const BOUND_WORDS = String.raw`${BOUND_QUALIFIER}(?:over|under|more than|less than)`;
/** One or more number-unit parts: "1 hour 5 minutes", "4h 27m". */
export const DURATION_PARTS = String.raw`${PART}(?:(?:(?:\s*,)?\s*(?:and\s+)?)${PART})*`;
/** One duration: one or more number-unit parts, optionally "~", "<", "about". */
/** Words that round a figure written before it: "~", "about", "approx.", "ca." and "circa" (German and Dutch). */
const ROUGHLY = String.raw`~|≈|about\s+|approx(?:\.|imately)?\s+|ca\.\s*|circa\s+`;
export const DURATION = new RegExp(String.raw`(?:${ROUGHLY}|<\s*|>\s*)?${DURATION_PARTS}`, 'i');

/** Minutes per unit, by the unit's first letter (WORD_UNITS where two units share one). */
const MINUTES_PER: Record<string, number> = { d: 1440, u: 60, h: 60, m: 1, s: 1 / 60, 天: 1440, 个: 60, 小: 60, 時: 60, 分: 1, 秒: 1 / 60, 시: 60, 분: 1, 초: 1 / 60, j: 60, g: 60, p: 1, n: 1440, ч: 60, м: 1, с: 1 / 60, д: 1440 };

/** Minutes of a duration text, or undefined when it holds none. */
export function durationMinutes(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  let total = 0;
  for (const part of matchesOf(PARTS, match[0])) {
    total += numberValue(part[1]) * unitMinutes(part[2]) + (part[3] ? Number(part[3]) : 0);
  }
  return total;
}

/** Units whose first letter is another unit's: "detik" (seconds), "hari" (days), "giây" (seconds), "Stunden" (hours), "jours" (days). */
const WORD_UNITS: Record<string, number> = { detik: 1 / 60, hari: 1440, giây: 1 / 60, jour: 1440, jours: 1440, tage: 1440, tagen: 1440, stunde: 60, stunden: 60 };

function unitMinutes(unit: string): number {
  return WORD_UNITS[unit.toLowerCase()] ?? MINUTES_PER[unit[0].toLowerCase()];
}

function numberValue(written: string): number {
  return Number(/^\d{1,3}(?:,\d{3})+$/.test(written) ? written.replace(/,/g, '') : written.replace(',', '.'));
}

/** "2.5 hours" for 150 minutes: how a corrected figure is written back. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = minutes / 60;
  if (Number.isInteger(hours * 10)) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return `${Math.floor(hours)}h ${minutes % 60}m`;
}

/**
 * Minutes written the way `like` is written: "4h 27m" stays compact, "2.5 hours" stays in hours, "30 min" keeps
 * its unit word; a leading "~" or "<" is kept.
 */
export function formatMinutesLike(minutes: number, like: string): string {
  const prefix = new RegExp(String.raw`^\s*(?:${ROUGHLY})`, 'i').exec(like)?.[0] ?? '';
  const parts = matchesOf(PARTS, like);
  // "1小时20分": in the units written.
  // "1 h 15": hours, then the minutes without their unit.
  if (parts.some((part) => part[3])) return `${prefix}${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
  if (parts.some((part) => /^\p{Script=Han}/u.test(part[2]))) return `${prefix}${minutes >= 60 ? `${Math.floor(minutes / 60)}小时` : ''}${minutes % 60 || minutes < 60 ? `${minutes % 60}分钟` : ''}`;
  const compact = parts.length > 0 && parts.every((p) => p[2].length <= 1);
  if (compact) {
    const spaced = /\d[hd]\s+\d/i.test(like);
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return `${prefix}${rest}m`;
    return `${prefix}${hours}h${spaced ? ' ' : ''}${rest}m`;
  }
  const unit = parts[0]?.[2] ?? 'minutes';
  if (/^h/i.test(unit) && parts.length === 1) {
    const hours = Math.round((minutes / 60) * 100) / 100;
    return `${prefix}${hours} ${pluralLike(unit, hours)}`;
  }
  if (/^m/i.test(unit) && parts.length === 1) return `${prefix}${minutes} ${pluralLike(unit, minutes)}`;
  // "1 hour 5 minutes", or in the language written ("1 Stunde 35 Minuten", "1 uur 35 minuten").
  const [, hourWord, minuteWord] = UNIT_WORDS.find(([language]) => parts.some((part) => language.test(part[2]))) ?? ENGLISH_UNIT_WORDS;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const words = [hours ? `${hours} ${hourWord[hours === 1 ? 0 : 1]}` : '', rest || !hours ? `${rest} ${minuteWord[rest === 1 ? 0 : 1]}` : ''];
  return `${prefix}${words.filter(Boolean).join(' ')}`;
}

/** A language's units, by the unit words that show it: its words for one and for several hours, then minutes. */
type UnitWords = [RegExp, [string, string], [string, string]];
const ENGLISH_UNIT_WORDS: UnitWords = [/^/, ['hour', 'hours'], ['minute', 'minutes']];
const UNIT_WORDS: UnitWords[] = [
  [/^(?:uur|dagen|seconden)$/i, ['uur', 'uur'], ['minuut', 'minuten']],
  [/^(?:stunden?|minuten|sekunden?|tagen?)$/i, ['Stunde', 'Stunden'], ['Minute', 'Minuten']],
  [/^(?:heures?|jours?|secondes)$/i, ['heure', 'heures'], ['minute', 'minutes']],
  [/^(?:horas?|minutos|segundos|d[ií]as)$/i, ['hora', 'horas'], ['minuto', 'minutos']],
];

/** "minutes" → "minute" for 1, "min" stays "min", "hours" → "hour". */
function pluralLike(unit: string, value: number): string {
  if (!/s$/i.test(unit) && !/^(hour|minute|second|day)$/i.test(unit)) return unit;
  const singular = unit.replace(/s$/i, '');
  return value === 1 ? singular : `${singular}s`;
}
