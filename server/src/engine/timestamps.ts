import { FixedOffsetZone, IANAZone, type Zone } from 'luxon';
import { halfWidthBrackets } from './parentheticals';
import { TextMemo } from './textMemo';
import { isZoneDatabaseName, offsetOutOfRange, readZoneName } from './zoneNames';
import { matchesOf } from './matches';

/** A calendar date as written; `year` is missing in forms like "Jan 14". */
export interface CalendarDate {
  year: number | undefined;
  month: number;
  day: number;
  /** "03-04-2024": read day first, but the document's other dates may say it is month first. */
  dayMonthAmbiguous?: boolean;
  /** Written month first ("02-13-2025"), which settles the order of the document's ambiguous dates. */
  monthFirst?: boolean;
  /** "06-10 23:30": ambiguous, but month first as ISO writes it unless the document's other dates are day first. */
  isoOrder?: boolean;
  /** "end of November", "Q3 2026": a period's last day, as a due date gives it; a quarter may be a fiscal year's. */
  periodEnd?: boolean;
  /** "w/c 23/11": the first day of a week, due by its last (six days on, once the year is known). */
  weekStart?: boolean;
  /** "the night of 26/27 October": this day, after a night that began the evening before. */
  afterNight?: boolean;
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

/** A date and/or time read from the start of a timeline entry, with the offsets of its text. */
export interface Timestamp {
  /** Offsets within the string that was read. */
  start: number;
  end: number;
  date: CalendarDate | undefined;
  time: ClockTime | undefined;
  /** "~18:30", "approx. 18:30", "around 18:30", "by 18:30" (at the latest). */
  approximate: boolean;
  /** A time that is there but cannot be read: "--:--", "14:??", "HH:mm". */
  unknown: boolean;
  /** "2025-13-45", "25:61": shaped like a date or time, but not a real one. */
  invalid: boolean;
  /** The date part is the one that is not real (date-invalid's to report; a bad time is timeline-unparsed-time's). */
  invalidDate: boolean;
  /** Zone written beside the time ("UTC", "CET", "UTC+2"). */
  zone: string | undefined;
  /** "Day 2, 00:40": the day of the incident by its number, which a statement or the incident's date dates. */
  dayNumber?: number;
  /**
   * "8.35am Dubai (4.35am GMT)": the zone the time is on when the timeline's own clock is UTC, by the difference from
   * the UTC time in brackets after it ("UTC+04:00").
   */
  onUtcClock?: string;
  /** "25:30": a night's hour on a 30-hour clock, as Japanese and Korean teams write it: 01:30 on the day after its date. */
  nextDay?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// German names where their first three letters differ: März, Mai, Oktober, Dezember.
// Spanish, Portuguese, Italian, Dutch, French and Russian names, by their first three letters where those are not the
// English ones'.
const OTHER_MONTHS: Record<string, number> = { mär: 3, mai: 5, okt: 10, dez: 12, des: 12, ene: 1, gen: 1, fev: 2, maa: 3, abr: 4, mag: 5, mei: 5, giu: 6, lug: 7, ago: 8, set: 9, out: 10, ott: 10, dic: 12, fév: 2, avr: 4, aoû: 8, aou: 8, déc: 12, янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12 };
// Written in full, the other languages' names come first: "januari" is not "jan" followed by a word.
const FOREIGN_MONTH_NAMES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|desember|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
// "15 abr. 2025", "3 fev 2025": Portuguese and Spanish abbreviations; those that are English words ("out", "set", "ago")
// only with their full stop.
export const MONTH = String.raw`(${FOREIGN_MONTH_NAMES}|abr|fev|(?:ago|set|out|ene|dic)(?=\.)|jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz?|apr(?:il)?|may|mai|jun[ei]?|jul[yi]?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\.?`;
// The offset on the zone's line: "all times UTC" then "- 09:02 ..." on the next is no UTC-09:02.
const ZONE = String.raw`(?:\(?\s*((?:UTC|GMT)[ \t]?[+-][ \t]?\d{1,2}(?::?\d{2})?(?![\d-]|\.\d|\s*(?:hours?|hrs?|minutes?|mins?)\b)|[+-]\d{2}:?\d{2}(?!\d)|PST\/PDT|PDT\/PST|EST\/EDT|EDT\/EST|CST\/CDT|MST\/MDT|CET\/CEST|US\/(?:Pacific|Eastern|Central|Mountain)|US\s(?:Pacific|Eastern|Central|Mountain)(?=[ \t]*(?:[-–—:|,.;()\]*_\r\n]|$))|(?:Central|Eastern|Western)\s+European(?:\s+Summer)?\s+Time|British\s+Summer\s+Time|Gulf\s+Standard\s+Time|Greenwich\s+Mean\s+Time|Coordinated\s+Universal\s+Time|(?:Pacific|Eastern|Central|Mountain)(?:\s+(?:Standard|Daylight))?(?:\s+Time)?(?=[ \t]*(?:[-–—:|,.;()\]*_\r\n]|$)|\s+(?:since|unless|because|throughout)\b|\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?<=\s[Tt]ime)\s+(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d)|below|here)\b)|UTC|GMT|Z|CET|CEST|EET|EEST|WET|WEST|BST|IST|PST|PDT|MST|MDT|CST|CDT|EST|EDT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|SGT|HKT|SAST|EAT|TRT|GST|MSK|MESZ|MEZ|HNE|HAE|HNC|HAC|HNR|HAR|HNP|HAP|WITA|WIB|WIT|ICT|PHT|MYT|HST|AKST|AKDT|BRT|ART|COT|PET|CLST|CLT|UYT|VET|BOT|(?:PT|ET|CT|MT)(?=[ \t]*(?:[-–—:|,.;()\]*_\r\n·•]|$)|[ \t]+(?:as|on|in|and|unless|throughout|below|here|where)\b))\s*\)?)`;
/** A war room's count from the start before a line's clock: "T+12", "H-1", "T+1:05". */
export const WAR_ROOM_COUNT = String.raw`[TH][+-]\d{1,3}(?::\d{2}|h\d{1,2}m?|[hm])?[ \t]+`;

// "`2026-01-22 14:28:08` Stopped ...", "At 02:00 AM UTC we ...", "kl. 09:12": a code span, "At" or the Nordic
// "klokken" before the time.
// "Tuesday, March 3rd": a weekday before the date is part of it.
// "Sat ~06:00": a weekday before a time said to be approximate.
// "T+12  (10:12)", "H-1 (09:00)": a war room's count from the start, then the clock in brackets.
// "* '''4:52 AM''' — ...": a wiki's bold, three quotes.
const PREFIX = String.raw`^(?:${WAR_ROOM_COUNT}(?:(?=\()|[—–-][ \t]+(?=\d)))?(?:'''|[\s*_\[(${'`'}▸▾►▶▹•])*(?:at\s+|kl\.?\s*(?=\d)|(?:a\s+las|às|à|um|gegen|alle|om|vers|hacia\s+las|pukul|lúc|в|около)\s+(?=\d{1,2}(?:(?:[:.h]|(?<=\d\d)u)|[ \t\u00a0]h[ \t\u00a0])\d{2}))?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?=~|≈|approx|around\s|about\s|circa\s|ca\.))?(~|≈|approx(?:\.|imately)?\s+|around\s+|about\s+|circa\s+|ca\.\s*|by\s+)?[\s*_${'`'}]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?=\d|[a-z]{3}))?`;
/** What opens a line before the time it starts with: the count, marks and brackets not part of the time. */
const BEFORE_THE_TIME = new RegExp(String.raw`^(?:${WAR_ROOM_COUNT}(?:[—–-][ \t]+)?)?(?:'''|[\s*_\[(])*`);
/** A year written with an apostrophe and two digits after a named month: "November 5th ’24". */
const SHORT_YEAR = String.raw`['’‘]\d{2}(?!\d)`;
// "October 29-30, 2025", "17–18 February 2026" and "21/22 Oct 2026" are read as their first day; "2024/03/03" as
// "2024-03-03"; the German "3. März 2025" with its year only ("1. March 3, 2024" and "2. May we ..." are numbered
// lines); "14-Nov-2026" with its year only, "05-Mar-24" and "14/May/24" with two digits; "2026.10.25" as banks write it (not a version, "v2024.10.1").
const DATE_PART = String.raw`(?:(?<![A-Za-z\d.])(\d{4})(?:[-/]|\.(?=\d{2}\.\d{2}(?![.\d])))(\d{1,2})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|(?<=\d\/\d{1,2}\/)\d{2}(?![\d/]|[.:]\d))|${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}|${SHORT_YEAR}))?|(\d{1,2})(?:st|nd|rd|th|\.(?=\s+[a-zäöü]+\.?\s+\d{4}\b))?(?:(?:\s*[-–/]\s*|\s+(?:and|&)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?)\d{1,2}(?:st|nd|rd|th)?(?=\s+[a-z]))?(?:\s+(?:de\s+|of\s+)?|[-/](?=[a-z]{3,9}[-/]\d{4}\b)|\/(?=[a-z]{3}\/\d{2}(?!\d))|-(?=[a-z]{3}-\d{2}(?![\d:])))${MONTH}(?:(?:,?\s+(?:de\s+)?|[-/])(\d{4}|${SHORT_YEAR}|(?<=\/[a-z]{3}\/|-[a-z]{3}-)\d{2}(?!\d)))?)`;
/**
 * "22:30 UTC (Oct 29)", "10:00, March 3rd 2024", "10:00 on March 3, 2024", "07:45 UTC on 09 October 2025" (as Azure
 * writes it), "22:52 (21/07)", "07.00 on 17/01", "9:20am (Wednesday 19 August)", "9:20 am on Friday 20 February": a
 * date written after the time.
 */
const TRAILING_DATE = new RegExp(
  String.raw`^\s*(?:\(\s*|,\s*|on\s+)[*_]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH})(?:,?\s+(\d{4}))?[*_]*(?:\s*\))?|^\s*(?:\(\s*(?=\d{1,2}\/\d{1,2}\s*\))|on\s+)(\d{1,2})[/.](\d{1,2})(?:\s*\))?(?![/.]?\d)`,
  'i',
);
// "14:05", "15h50", "14 h 05" (as French typography writes it; not "1 h 30 min"), "10.42" (not "1.11.2" or "1.5");
// "14:32L": local time, as military and public-safety logs mark it.
const TIME_PART = String.raw`(?:(\d{1,2})(?::|h(?=\d{2}\b)|(?<=\d\d)u(?=\d{2}\b)|[ \t\u00a0]h[ \t\u00a0](?=\d{2}\b(?![ \t]*m(?:in)?\b))|\.(?=\d{2}(?![.\d])(?![ \t]+\d{1,2}:\d{2})))(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([ap](?:\.[ \t]m\.|\.?m\.?)|(?<=\d)[ap](?![a-z]))|(?:uhr|uur|hrs?|hs|h)(?![a-zäöü])|(?<=\d)L(?![\w]))?|(\d{1,2})\s*([ap]\.?m\.?)(?![a-z])|(--?:--?|[\d?Xx]{1,2}:[?Xx]{2}|[?Xx]{1,2}:[\d?Xx]{2}|[Hh]{2}:[Mm]{2}))`;
/** "2024-05-02 ~15:00Z": an approximate time after its date. */
const APPROXIMATE_TIME = String.raw`(?:(?:~|≈|approx(?:\.|imately)?\s+|around\s+|about\s+|circa\s+|ca\.\s*)(?=\d))?`;
const APPROXIMATE_AFTER_DATE = /\d[\s,T]*(?:~|≈|approx(?:\.|imately)?\s+|around\s+|about\s+|circa\s+|ca\.\s*)\d{1,2}(?:[:.h]|(?<=\d\d)u)\d/i;
const TIMESTAMP = new RegExp(
  `${PREFIX}(?:${DATE_PART}(?:(?:,?\\s+|T|\\s*(?:--?|[–@])\\s*|,?\\s+at\\s+)${APPROXIMATE_TIME}${TIME_PART})?|${TIME_PART})(?:(?<!T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(?:[-–]|to)\\s*(?:\\d{1,2}:\\d{2}(?:[ \\t]*(?:[ap]\\.m\\.|[ap]m\\b))?|\\d{1,2}\\s*[ap]m))?[*_]*\\s*${ZONE}?(?![\\w]|:\\d)[*_]*`,
  'i',
);

/**
 * "0930Z", "1430 UTC", "0930 hrs": a time written as four digits, read only with what marks it as a time (a bare
 * "2024" or "0001" is a year or a number).
 */
const FOUR_DIGIT_TIME = new RegExp(String.raw`${PREFIX}([01]\d|2[0-3])([0-5]\d)(?![\d:])(?:(Z)\b|\s*(hrs?|h)\b)?[*_]*\s*${ZONE}?(?![\w]|:\d)[*_]*`, 'i');

/** Where a match ends without its trailing blanks and emphasis; the lookbehind reads a long run once (was quadratic). */
function trimmedEnd(whole: string): number {
  return whole.replace(/(?<![\s*_])[\s*_]+$/, '').length;
}

/** "PT", "ET", "CT", "MT" right after a time, before a word: only in capitals, which words in a sentence never are. */
const US_ZONE_BEFORE_WORD = /^[ \t]+(PT|ET|CT|MT)(?=[ \t]+\S)/;

function readFourDigitTime(text: string): Timestamp | undefined {
  const m = FOUR_DIGIT_TIME.exec(text);
  if (!m) return undefined;
  const [whole, approx, hour, minute, zulu, hours, written] = m;
  // "1100-1400 pulled the logs": a range of four-digit times forward, not an offset after the first ("1015-0500" is one).
  if (!zulu && !hours && written && /^-\d{4}$/.test(written) && new RegExp(String.raw`${hour}${minute}[*_]*-`).test(whole) && +written.slice(1) > +`${hour}${minute}`) return undefined;
  const zone = zulu ? 'Z' : written?.replace(/\s+/g, '').toUpperCase();
  if (!zone && !hours) return undefined;
  const time = { hour: +hour, minute: +minute, second: 0 };
  return { start: BEFORE_THE_TIME.exec(whole)![0].length, end: trimmedEnd(whole), date: undefined, time, approximate: Boolean(approx), unknown: false, invalid: false, invalidDate: false, zone };
}

/**
 * "0412", "**1338**", "0615:", "1100-1400" (a range forward, from its first): four digits alone, a time only where the
 * layout says so (a time column, a list of them).
 */
const BARE_FOUR_DIGITS = /^([\s*_]*)([01]\d|2[0-3])([0-5]\d)(?:[-–](?:[01]\d|2[0-3])[0-5]\d)?(?![\d.,/-]|:\S)[*_]*(?::[*_]*)?/;

/**
 * A time written as four bare digits at the start of `text` ("0412 — feeder A lost"), for the callers that know the
 * layout writes its times so: read alone, "2024" is a year as often as it is 20:24.
 */
export function readBareFourDigitTime(text: string): Timestamp | undefined {
  const m = BARE_FOUR_DIGITS.exec(text);
  if (!m || !/^(?:\s|$)/.test(text.slice(m[0].length))) return undefined;
  const time = { hour: +m[2], minute: +m[3], second: 0 };
  return { start: m[1].length, end: trimmedEnd(m[0]), date: undefined, time, approximate: false, unknown: false, invalid: false, invalidDate: false, zone: undefined };
}

// Every version of a document reads the same rows' times again: read once per text. Frozen, as they are shared.
const STAMPS = new TextMemo<Timestamp | undefined>();

/** Reads a date and/or time at the start of `text` (after bold markers or "~"), or undefined when there is none. */
export function readTimestamp(written: string): Timestamp | undefined {
  return STAMPS.get(written, () => frozen(readTimestampAnew(written)));
}

function frozen(stamp: Timestamp | undefined): Timestamp | undefined {
  if (stamp?.date) Object.freeze(stamp.date);
  if (stamp?.time) Object.freeze(stamp.time);
  return stamp && Object.freeze(stamp);
}

/**
 * "31/10 22:00", "12/14 3:10pm", "12.02, 10:00 AM", "12.02. 10:00", "Mon 12/02 22:00", "06-30 23:30": a day and month without their year, then the time
 * of day (with dots, only before a comma or after a closing dot: "10.30 11:00" is no date).
 */
const YEARLESS_DATE = /^((?:'''|[\s*_\[(`])*)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+)?(\d{1,2})(?:\/(\d{1,2})(?![\d/])|\.(\d{1,2})(?:\.|(?=,)|(?=[ \t]+\d{1,2}:\d{2}))(?![\d.])|-(\d{1,2})(?![\d-]))(?:,?[ \t]+(?:at[ \t]+)?)(?=\d{1,2}(?:(?:[:.h]|(?<=\d\d)u)\d{2}|\s*[ap]\.?m))/i;

/** "Timeline (Eastern Time, Sept 17)": a month's name and a day, without a year, anywhere in the text. */
export function monthAndDayWithin(text: string): CalendarDate | undefined {
  const written = new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})`, 'i').exec(text);
  if (!written) return weekdayAndNumbers(text);
  const date = { year: undefined, month: monthNumber(written[1]), day: +written[2] };
  return isRealDate(date) ? date : undefined;
}

/**
 * "(all times CDT, Tuesday 10/22)": a weekday, then a day and month in numbers without their year, read when their order
 * is plain (one of them above 12).
 */
function weekdayAndNumbers(text: string): CalendarDate | undefined {
  const written = /\b(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+(?!24\/7\b)(\d{1,2})\/(\d{1,2})(?![\d/])/i.exec(text);
  const date = written ? dayMonthOrder(+written[1], +written[2], undefined) : undefined;
  return date && !date.dayMonthAmbiguous && isRealDate(date) ? { year: undefined, month: date.month, day: date.day } : undefined;
}

/** A weekday as written in brackets after a date: "(Sat)", "(土)", "(토)". */
const BRACKETED_WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?|[月火水木金土日]|[월화수목금토일])`;

const BRACKETED_WEEKDAY_CLOSING = new RegExp(String.raw`\(${BRACKETED_WEEKDAY}\)[\s*_.:]*$`, 'i');

/** "**Wed 11/15**", "### Tue 11/14", "### 3/2 (Sat)", "**Mon 04/08 (bank holiday)**": a day and month alone on their line (a note in
 * brackets aside), the day of the entries below them. */
// "**gio 28/11**", "ven 29/11", "ter 04/03": a weekday as Italian, Spanish, French, Portuguese and Nordic writers shorten it.
// Each as written short or in full ("gio", "giovedì"), not any word that starts so ("Monitoring 2/3", "Samples 2/3").
const WEEKDAY_SHORT_ABROAD = String.raw`lun(?:ed[iì]|es|di)?|mar(?:ted[iì]|tes|di)?|mer(?:coled[iì]|credi)?|mi[eé](?:rcoles)?|gio(?:ved[iì])?|jue(?:ves)?|jeu(?:di)?|ven(?:erd[iì]|dredi)?|vie(?:rnes)?|s[aá]b(?:ato|ado)?|sam(?:edi)?|dom(?:enica|ingo)?|dim(?:anche)?|seg(?:unda)?|ter(?:[çc]a)?|qua(?:rta)?|qui(?:nta)?|sex(?:ta)?|man(?:dag)?|tir(?:sdag)?|ons(?:dag)?|tor(?:sdag)?|fre(?:dag)?|l[øö]r(?:dag)?|s[øö]n(?:dag)?|m[åa]n(?:dag)?|tis(?:dag)?`;
const DAY_AND_MONTH_ALONE = new RegExp(String.raw`^[\s*_#]*(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}|${WEEKDAY_SHORT_ABROAD})\.?,?[ \t]+)?(\d{1,2})\/(\d{1,2})(?:[ \t]*\(${BRACKETED_WEEKDAY}\))?(?:[ \t]*\((?![^()\n]*\d[:.]\d)[^()\n]{1,30}\))?[\s*_.:]*$`, 'i');

/** "30.09.", "Mo 01.10.": a day and month with dots, as German and Dutch write them, day first. */
// "Monday 27.11.", "30.09.", "28.11. (Saturday), CET": the weekday before or in brackets after, the zone after.
const DAY_DOT_MONTH_ALONE = /^[\s*_#]*(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]{0,6}\.?,?[ \t]+)?(\d{1,2})\.(\d{1,2})\.[\s*_:]*(?:\([ \t]*(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]{0,6}\.?[ \t]*\)[\s*_:,]*)?(?:[A-Z]{2,5}[\s*_:]*)?$/i;

/**
 * "### Monday 03.03", "Friday 28.02": after its weekday, a day and month with one dot and nothing else, as a day's
 * heading writes them (a weekday and a time alone make no heading; with a zone or am/pm after it, it stays a time).
 */
const WEEKDAY_DAY_DOT_MONTH_ALONE = /^[\s*_#]*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+(\d{1,2})\.(\d{1,2})[\s*_:]*$/i;

/** "| 19-Nov |", "**Tue 19 Nov**": a day and the month's name, the day first, alone. */
const DAY_MONTH_NAME_ALONE = new RegExp(String.raw`^[\s*_#]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+)?(\d{1,2})(?:st|nd|rd|th)?[- ]${MONTH}[\s*_.:]*$`, 'i');

/** The day a line of only a day and month names (its year the incident's), if it is one. */
export function dayAndMonthAlone(line: string): CalendarDate | undefined {
  const dotted = DAY_DOT_MONTH_ALONE.exec(line) ?? WEEKDAY_DAY_DOT_MONTH_ALONE.exec(line);
  if (dotted) {
    const date = { year: undefined, month: +dotted[2], day: +dotted[1] };
    return isRealDate(date) ? date : undefined;
  }
  const named = DAY_MONTH_NAME_ALONE.exec(line);
  if (named) {
    const date = { year: undefined, month: monthNumber(named[2]), day: +named[1] };
    return isRealDate(date) ? date : undefined;
  }
  const cjk = CJK_MONTH_DAY_ALONE.exec(line);
  if (cjk) {
    const date = { year: undefined, month: +cjk[1], day: +cjk[2] };
    return isRealDate(date) ? date : undefined;
  }
  // A note in brackets ("(bank holiday)") only after a weekday: "### 1/2 (first wave)" is a part, not a day.
  const slashed = DAY_AND_MONTH_ALONE.exec(line);
  if (slashed && /\)[\s*_.:]*$/.test(line) && !BRACKETED_WEEKDAY_CLOSING.test(line) && !/^[\s*_#]*(?:mon|tue|wed|thu|fri|sat|sun)/i.test(line)) return undefined;
  return dayAndMonthOf(slashed);
}

/** "#### 1月20日（月）", "### 11월 2일 (토)": a month and day alone on their line, as Japanese, Chinese and Korean write them. */
const CJK_MONTH_DAY_ALONE = new RegExp(String.raw`^[\s*_#]*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*[(（](?:${BRACKETED_WEEKDAY}|周[一二三四五六日天]|星期[一二三四五六日天])[)）])?[\s*_.:：]*$`, 'i');

/** "31.09." alone: a day and month, day first, that no calendar has (the date-invalid rule reports it). */
export function unrealDayAndMonthAlone(line: string): CalendarDate | undefined {
  const dotted = DAY_DOT_MONTH_ALONE.exec(line);
  const date = dotted ? { year: undefined, month: +dotted[2], day: +dotted[1] } : undefined;
  return date && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 && !isRealDate(date) ? date : undefined;
}

/** The real day and month a match's two numbers give (either order), its year the incident's. */
function dayAndMonthOf(written: RegExpExecArray | null): CalendarDate | undefined {
  const date = written ? dayMonthOrder(+written[1], +written[2], undefined) : undefined;
  return date && isRealDate(date) ? date : undefined;
}

/** The time of day right after `prefix` (a day the pattern below does not read), with what the prefix says of it. */
function timeAfter(text: string, prefix: RegExpExecArray, said: Pick<Timestamp, 'date'> | Pick<Timestamp, 'dayNumber'>): Timestamp | undefined {
  const time = readTimestampAnew(text.slice(prefix[0].length));
  return time?.time && !time.date && time.start === 0 ? { ...time, ...said, start: prefix[1].length, end: prefix[0].length + time.end } : undefined;
}

/** "Day 2, 00:40", "Day 10 16:45": a day of the incident by its number, then the time of day. */
const NUMBERED_DAY = /^([\s*_\[(`]*)day[ \t]+(\d{1,2})\b[*_]*(?:[ \t]*[,:–—-])?[ \t]*(?=[~*_]*\d{1,2}(?:(?:[:.h]|(?<=\d\d)u)\d{2}|\s*[ap]\.?m))/i;

/**
 * "2026-147 01:40": an ISO ordinal date (the year's 147th day), as ground stations and flight operations write them;
 * only with a time after it ("PIR-2026-041" alone is a document's number).
 */
const ORDINAL_DATE = /^([\s*_\[(`]*)(\d{4})-(\d{3})(?![\d-])[ \tT]+(?=\d{1,2}:\d{2})/;

function dayOfYear(year: number, day: number): CalendarDate | undefined {
  const at = new Date(Date.UTC(year, 0, day));
  return day >= 1 && at.getUTCFullYear() === year ? { year, month: at.getUTCMonth() + 1, day: at.getUTCDate() } : undefined;
}

/** "15:40ish", "3pm-ish": a time its author gives as roughly right. */
const ISH = /^([\s*_\[(`]*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)-?ish\b/i;

// "**Midday**", "Noon —", "12 noon:", "12:00 noon", "Midnight |", "At noon the ...": noon or midnight opening an entry,
// as a time. A bare "Noon" or "Midnight" only after "At" or before a separator or a zone ("Midnight deploy of v2",
// "Midnight DNS cutover postponed" are events).
const NOON_OR_MIDNIGHT_OPENING =
  /^([\s*_\[(`]*(?:[Aa]t[ \t]+)?)([Mm]idday\b|12(?::00)?[ \t]*(?:noon|midnight)\b|(?<=[Aa]t[ \t]+)(?:noon|midnight)\b|(?:[Nn]oon|NOON|[Mm]idnight|MIDNIGHT)(?=[*_]*(?:[ \t]*(?:[-–—:|,(]|$)|[ \t]+(?!DST\b)(?:UTC|GMT|[A-Z]{1,3}[SD]T|CES?T|EES?T|WES?T|MES?Z|SAST|KST|JST|IST|SGT|HKT|EAT|MSK|[PECM]T)\b)))/;

/** The word read as a clock time where the word starts, padded to its length (one character for one). */
function clockForWord(word: string): string {
  return (/midnight/i.test(word) ? '00:00' : word.length < 5 ? '12pm' : '12:00').padEnd(word.length);
}

function readTimestampAnew(written: string): Timestamp | undefined {
  // Non-breaking and other hyphens read as "-" (one character for one: offsets stay exact).
  const hyphened = withCjkDatesAsIso(written).replace(/[\u2010-\u2013]/g, '-');
  // The "ish" is blanked, offsets kept, and the time read as approximate.
  const ish = ISH.exec(hyphened);
  const word = ish ? null : NOON_OR_MIDNIGHT_OPENING.exec(hyphened);
  const text = ish
    ? ish[1] + ' '.repeat(ish[0].length - ish[1].length) + hyphened.slice(ish[0].length)
    : word
      ? word[1] + clockForWord(word[2]) + hyphened.slice(word[0].length)
      : hyphened;
  const stamp = inBracketsOnAnotherClock(text, readTimestampWritten(text));
  if (ish && stamp?.time) return { ...stamp, approximate: true, end: Math.max(stamp.end, ish[0].length) };
  // The time's text is the whole word ("12 noon"), not the clock it was read as.
  return word && stamp?.time ? { ...stamp, end: Math.max(stamp.end, word[0].length) } : stamp;
}

/** "8.35am Dubai (4.35am GMT)", "20:02 local (06:02Z)": after a time with no zone, the same moment on the UTC clock. */
const UTC_IN_BRACKETS = /^[*_]*[ \t]*(?:(?:\p{Lu}[\p{L}'-]+|local)(?:[ \t]+(?:\p{Lu}[\p{L}'-]+|time))?[ \t]*)?[*_]*\([ \t]*([^()\n]{4,24}?)[ \t]*\)/u;
const UTC_NAMES = new Set(['UTC', 'GMT', 'Z', 'Zulu', 'ZULU']);

/**
 * A station's local time with the UTC time in brackets after it, as an operations log converts: the clock the two
 * differ by ("UTC+04:00"), which a timeline kept in UTC reads the local time on (`onUtcClock`), so the entry is ordered
 * by the moment both name. Only a bracket that holds a time on UTC and nothing else, and a difference some zone has.
 */
function inBracketsOnAnotherClock(text: string, stamp: Timestamp | undefined): Timestamp | undefined {
  if (!stamp?.time || stamp.zone || stamp.unknown || stamp.invalid) return stamp;
  const bracket = UTC_IN_BRACKETS.exec(text.slice(stamp.end));
  if (!bracket) return stamp;
  const utc = readTimestampWritten(bracket[1]);
  if (!utc?.time || !utc.zone || !UTC_NAMES.has(utc.zone) || utc.date || utc.start !== 0 || utc.end < bracket[1].length) return stamp;
  // Between -12:00 and +11:45: the day each is on is not written, and "+13:00" is "-11:00" a day apart.
  const offset = (((stamp.time.hour - utc.time.hour) * 60 + stamp.time.minute - utc.time.minute + 720 + 1440) % 1440) - 720;
  if (offset % 15 !== 0) return stamp;
  const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return { ...stamp, onUtcClock: `UTC${offset < 0 ? '-' : '+'}${hhmm}`, end: stamp.end + bracket[0].length };
}

/** "05DEC26", "04DEC26 2205hrs": a control log's day, month and two-digit year run together, the time after. */
const RUN_TOGETHER_DATE = /^([\s*_#\[(`]*)(\d{2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d{2})(?![\w])[ \t,]*/;

// "3/2 (Sat) 14:05", "2024/03/02(土) 14:05", "12/08 Mon 09:10": the weekday between a date and its time.
const WEEKDAY_AFTER_DATE = new RegExp(String.raw`^([\s*_\[(${'`'}]*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?[ \t]*)(\(${BRACKETED_WEEKDAY}\)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)(?=,?[ \t]*\d{1,2}(?:[:.h]|(?<=\d\d)u)\d{2})`, 'i');

// "Sonntag, 17.11.2024", "Lunes 13/05/2024", "Mo., 02.12.", "**Mar 01-04-2025**": a weekday in German, Spanish,
// Portuguese, French, Italian or Dutch before a date (shortened, only before a whole date: "Mar 01" alone is March).
const WEEKDAY_IN_ANOTHER_LANGUAGE = new RegExp(String.raw`^([\s*_#\[(\`]*)((?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda(?:-feira)?|ter[çc]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?,?|(?:mo|di|mi|do|fr|sa|so)(?:\.,?|,)|(?:${WEEKDAY_SHORT_ABROAD})\.?,?(?=[ \t]+\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b))(?=[ \t]+\d)`, 'i');

/**
 * "3.10 **2026-319 12:30Z** — ...", "3.10 At 05:10 the two MVNOs were informed": a memo's or a regulator report's
 * paragraph number before a date and time, or (one digit before its point, unlike "10.15 From 10:05 ...", a dotted time
 * in a list) before a sentence opening on its time: no time of day itself.
 */
const PARAGRAPH_NUMBER_BEFORE_DATE = /^([ \t]*)(\d{1,2}\.\d{1,2}\.?(?=[ \t]+[*_`]*\d{4}-\d{2,3}(?:-\d{2})?[ \tT]+\d{1,2}:\d{2})|[1-9]\.\d{1,2}\.?(?=[ \t]+(?:At|From|Between|By|Around|Until|Shortly (?:before|after)|Just (?:before|after))[ \t]+(?:(?:approximately|about|around)[ \t]+)?\d{1,2}:\d{2}))/;

function readTimestampWritten(lineWritten: string): Timestamp | undefined {
  // The paragraph number and the weekday are blanked, one character for one, so the offsets stay those of the text.
  const paragraph = PARAGRAPH_NUMBER_BEFORE_DATE.exec(lineWritten);
  const line = paragraph ? paragraph[1] + ' '.repeat(paragraph[2].length) + lineWritten.slice(paragraph[0].length) : lineWritten;
  const weekday = WEEKDAY_AFTER_DATE.exec(line) ?? WEEKDAY_IN_ANOTHER_LANGUAGE.exec(line);
  const text = weekday ? weekday[1] + ' '.repeat(weekday[2].length) + line.slice(weekday[0].length) : line;
  const stamp = readBlankedTimestamp(text, line);
  // "Domingo, 27/07/2025": a weekday before its date is the date's, as "Sunday, 27/07/2025" is, not an event's words.
  const weekdayFirst = weekday && stamp && stamp.start >= weekday[0].length && /^[\s,]*$/.test(text.slice(weekday[0].length, stamp.start));
  return weekdayFirst ? { ...stamp, start: weekday[1].length } : stamp;
}

/** The timestamp opening `text`, the line with its weekday blanked; `line` as written, whose weekday settles a date's order. */
function readBlankedTimestamp(text: string, line: string): Timestamp | undefined {
  const runTogether = RUN_TOGETHER_DATE.exec(text);
  if (runTogether) {
    const date = { year: 2000 + +runTogether[4], month: monthNumber(runTogether[3]), day: +runTogether[2] };
    const start = runTogether[1].length;
    if (isRealDate(date)) return timeAfter(text, runTogether, { date }) ?? { start, end: start + 7, date, time: undefined, approximate: false, unknown: false, invalid: false, invalidDate: false, zone: undefined };
  }
  const ordinal = ORDINAL_DATE.exec(text);
  const ordinalDay = ordinal ? dayOfYear(+ordinal[2], +ordinal[3]) : undefined;
  const onOrdinalDate = ordinal && ordinalDay && timeAfter(text, ordinal, { date: ordinalDay });
  if (onOrdinalDate) return onOrdinalDate;
  const numbered = NUMBERED_DAY.exec(text);
  const onNumberedDay = numbered && timeAfter(text, numbered, { dayNumber: Number(numbered[2]) });
  if (onNumberedDay) return onNumberedDay;
  const yearless = YEARLESS_DATE.exec(text);
  // The year is the incident's, as for "Thu 10 Sep, 16:20"; a pair no order makes a date of is no date.
  // "06-30 23:30": an ISO date without its year, month first; "13-01 00:15" is day first.
  const hyphened = yearless?.[5] !== undefined;
  const ordered = yearless && dayMonthOrder(+yearless[2], +(yearless[3] ?? yearless[4] ?? yearless[5]), undefined);
  const dayAndMonth = ordered && hyphened && ordered.dayMonthAmbiguous ? { ...ordered, isoOrder: true } : ordered;
  const onYearlessDate = yearless && dayAndMonth && isRealDate(dayAndMonth) && timeAfter(text, yearless, { date: dayAndMonth });
  if (onYearlessDate) return onYearlessDate;
  const m = TIMESTAMP.exec(text);
  if (!m) return readFourDigitTime(text);
  const [whole, approx] = m;
  const g = (i: number) => m[i];
  let date: CalendarDate | undefined;
  let invalid = false;
  if (g(2)) date = { year: +g(2), month: +g(3), day: +g(4) };
  // "1/11/27": a two-digit year, written with slashes only, is this century's.
  else if (g(5)) date = byWeekday(dayMonthOrder(+g(5), +g(6), g(7).length === 2 ? 2000 + +g(7) : +g(7)), line);
  else if (g(8)) date = { year: yearOf(g(10)), month: monthNumber(g(8)), day: +g(9) };
  else if (g(11)) date = { year: yearOf(g(13)), month: monthNumber(g(12)), day: +g(11) };
  // "Fri 6 Dec 1700", "3 Dec 0612": four digits after a named month that no incident's year can be, but a time can
  // (not after a comma, where the year goes: "Oct 26, 0025" is a year mistyped).
  const fourDigits = g(10) ?? g(13) ?? '';
  // With a zone's letter stuck to it ("10 July, 1530Z", "10 July, 2020Z"), after a comma too: a military time, never a year.
  const zulu = fourDigits !== '' && /^\d{4}Z\b/.test(whole.slice(whole.indexOf(fourDigits)));
  const timeAsYear = date?.year !== undefined && (zulu || (date.year < FIRST_YEAR_NOT_A_TIME && !/,\s*$/.test(whole.slice(0, whole.indexOf(fourDigits))))) ? /^([01]\d|2[0-3])([0-5]\d)$/.exec(fourDigits) : null;
  if (timeAsYear) date = { ...date!, year: undefined };
  const invalidDate = date !== undefined && !isRealDate(date);
  if (invalidDate) invalid = true;

  let end = trimmedEnd(whole);
  if (!date) {
    const trailing = trailingDate(text.slice(end));
    if (trailing) {
      date = trailing.date;
      end += trailing.length;
    }
  }
  const written = readTime(m, 14) ?? readTime(m, 21) ?? (timeAsYear ? { hour: +timeAsYear[1], minute: +timeAsYear[2], second: 0 } : undefined);
  const unknown = Boolean(g(20) || g(27));
  const nextDay = written !== undefined && written.hour >= 24 && written.hour <= 29 && !g(17) && !g(24);
  const time = nextDay ? { ...written, hour: written.hour - 24 } : afternoonOfRange(written, whole, !g(17) && !g(19) && !g(24) && !g(26));
  if (time && (time.hour > 23 || time.minute > 59 || time.second > 59)) invalid = true;
  let zone: string | undefined = g(28)?.replace(/\s+/g, '').toUpperCase();
  // "19:30 Eat. Back at 19:45": a zone's letters that spell a word count only in capitals.
  if (zone && WORD_LIKE_ZONE.test(zone) && g(28) !== g(28)!.toUpperCase()) {
    zone = undefined;
    end = trimmedEnd(whole.slice(0, whole.lastIndexOf(g(28)!)));
  }
  // "2:02 PM ET we rolled back": a US zone's two letters before a word, in capitals only ("et", "pt" are words).
  const usZone = !zone && time ? US_ZONE_BEFORE_WORD.exec(text.slice(end)) : null;
  if (usZone) {
    zone = usZone[1];
    end += usZone[0].length;
  }
  // "14:00 UTC+99": a time in no zone on Earth; read in another zone it would be a wrong instant, so it is unreadable.
  if (zone && offsetOutOfRange(zone)) invalid = true;
  if (!date && !time && !unknown) return undefined;
  return {
    start: BEFORE_THE_TIME.exec(whole)![0].length,
    end,
    date,
    time,
    approximate: Boolean(approx) || APPROXIMATE_AFTER_DATE.test(whole),
    unknown,
    invalid,
    invalidDate,
    zone,
    ...(nextDay ? { nextDay } : {}),
  };
}

const WORD_LIKE_ZONE = /^(?:EAT|ART|BOT|PET|COT|WIT)$/;

/** "2024", or "’24" (2024; "’98" is 1998), or Jira's "20/Nov/26": undefined when none is written. */
function yearOf(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  if (/^\d{4}$/.test(written)) return +written;
  const twoDigits = +written.replace(/^\D/, '');
  return twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Time groups start at `at`: hour, minute, second, am/pm, bare hour, bare am/pm, unknown. */
/** "3:20 - 4:30 p.m.": a range whose "p.m." is written once, at its end, is in the afternoon from its start. */
const RANGE_ENDING_PM = /(\d{1,2}):\d{2}\s*(?:[-–]|to)\s*(\d{1,2})(?::\d{2})?[ \t]*p\.?m\b/i;

function afternoonOfRange(time: ClockTime | undefined, whole: string, noMeridiem: boolean): ClockTime | undefined {
  if (!time || !noMeridiem || time.hour < 1 || time.hour > 11) return time;
  const end = RANGE_ENDING_PM.exec(whole);
  // "11:50 - 12:30 p.m.": a start that cannot be twelve hours later stays in the morning; "09:00 - 10 pm", written on a
  // 24-hour clock, is the morning's.
  return end && !end[1].startsWith('0') && time.hour + 12 <= (+end[2] % 12) + 12 ? { ...time, hour: time.hour + 12 } : time;
}

function readTime(m: RegExpExecArray, at: number): ClockTime | undefined {
  if (m[at] !== undefined) return withMeridiem(+m[at], +m[at + 1], m[at + 2] ? +m[at + 2] : 0, m[at + 3]);
  if (m[at + 4] !== undefined) return withMeridiem(+m[at + 4], 0, 0, m[at + 5]);
  return undefined;
}

function withMeridiem(hour: number, minute: number, second: number, meridiem: string | undefined): ClockTime {
  if (!meridiem || hour > 12) return { hour, minute, second };
  const pm = meridiem.toLowerCase().startsWith('p');
  return { hour: (hour % 12) + (pm ? 12 : 0), minute, second };
}

/** The weekdays by their first three letters, Sunday first (as `Date.getUTCDay` counts them). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The weekday of a day in the calendar, 0 for Sunday (as WEEKDAYS counts). */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
// The weekdays in the languages whose teams write day-first dates beside a zone that may be a US one ("lunes
// 08/01/2024" in Mexico's CST), Sunday first; Portuguese only with "-feira" ("segunda" alone is "second").
const WEEKDAYS_ABROAD = [
  ['domingo', 'dimanche', 'sonntag', 'domenica'],
  ['lunes', 'segunda-feira', 'lundi', 'montag', 'lunedì', 'lunedi'],
  ['martes', 'terça-feira', 'terca-feira', 'mardi', 'dienstag', 'martedì', 'martedi'],
  ['miércoles', 'miercoles', 'quarta-feira', 'mercredi', 'mittwoch', 'mercoledì', 'mercoledi'],
  ['jueves', 'quinta-feira', 'jeudi', 'donnerstag', 'giovedì', 'giovedi'],
  ['viernes', 'sexta-feira', 'vendredi', 'freitag', 'venerdì', 'venerdi'],
  ['sábado', 'sabado', 'samedi', 'samstag', 'sabato'],
];
const WEEKDAY_NAMED = new RegExp(String.raw`\b(sun|mon|tue|wed|thu|fri|sat)(?:day|s|nes|rs|ur)?(?:day)?\b|(?<![\p{L}-])(${WEEKDAYS_ABROAD.flat().join('|')})(?![\p{L}-])`, 'iu');

/**
 * "3/4/2025 (Tuesday)": of the two readings of a date both orders allow, the one whose weekday the text names (March 4
 * was a Tuesday, April 3 a Thursday). Unsettled when it names none, or both readings fall on it.
 */
function byWeekday(date: CalendarDate, text: string): CalendarDate {
  if (!date.dayMonthAmbiguous || !date.year) return date;
  const named = WEEKDAY_NAMED.exec(text.slice(0, 80));
  if (!named) return date;
  const weekday = named[1] ? WEEKDAYS.indexOf(named[1].toLowerCase()) : WEEKDAYS_ABROAD.findIndex((names) => names.includes(named[2].toLowerCase()));
  const on = (month: number, day: number) => weekdayOf(date.year!, month, day) === weekday;
  const dayFirst = on(date.month, date.day);
  const monthFirst = on(date.day, date.month);
  if (dayFirst === monthFirst) return date;
  return monthFirst ? { year: date.year, month: date.day, day: date.month, monthFirst: true } : { year: date.year, month: date.month, day: date.day, monthFirst: false };
}

/** The zones of the United States, Japan, Korea and China, whose dates are written month first ("3/2 (Sat)"). */
const MONTH_FIRST_ZONE = /^(?:[PEMC][SD]?T|AK[SD]T|HST|US\/\w+|AMERICA\/(?:NEW_YORK|CHICAGO|DENVER|PHOENIX|LOS_ANGELES|ANCHORAGE|DETROIT|INDIANAPOLIS)|(?:US\s+)?(?:PACIFIC|(?:EASTERN|CENTRAL)(?!\s+(?:EUROPEAN|EUROPE|AFRICA))|MOUNTAIN)|JST|KST|ASIA\/(?:TOKYO|SEOUL|SHANGHAI|TAIPEI))(?:\b.*)?$/;

export function writesMonthFirst(name: string | undefined): boolean {
  return name !== undefined && MONTH_FIRST_ZONE.test(name.trim().toUpperCase());
}

/** DD-MM-YYYY or MM-DD-YYYY: whichever is a real date; day first when both are. */
/**
 * The date written right after a time: "(28 Oct)", ", March 3rd", "on 3/4"; "22:52 (21/07)", a day and month in
 * brackets, as a second clock's column writes its own day.
 */
export function trailingDate(text: string): { date: CalendarDate; length: number } | undefined {
  const trailing = TRAILING_DATE.exec(text);
  if (!trailing) return undefined;
  const [, monthFirst, dayAfter, dayFirst, monthAfter, year, first, second] = trailing;
  const date = first !== undefined ? dayMonthOrder(+first, +second, undefined) : { year: year ? +year : undefined, month: monthNumber(monthFirst ?? monthAfter), day: +(dayAfter ?? dayFirst) };
  return { date, length: trailing[0].length };
}

function dayMonthOrder(first: number, second: number, year: number | undefined): CalendarDate {
  if (first > 12 && second <= 12) return { year, month: second, day: first, monthFirst: false };
  if (second > 12 && first <= 12) return { year, month: first, day: second, monthFirst: true };
  return { year, month: second, day: first, dayMonthAmbiguous: first !== second };
}

/**
 * Reads an ambiguous date month first when the document writes its dates month first; with nothing to say which
 * (`monthFirst` undefined), "06-10" as ISO writes it, others by `otherwise`.
 */
export function settleDayMonth(date: CalendarDate | undefined, monthFirst: boolean | undefined, otherwise = false): CalendarDate | undefined {
  if (!date?.dayMonthAmbiguous || !(monthFirst ?? (date.isoOrder || otherwise))) return date;
  return { ...date, month: date.day, day: date.month, dayMonthAmbiguous: false, monthFirst: true };
}

export function monthNumber(name: string): number {
  // "juin" and "juillet" share their first three letters.
  if (/^juil/i.test(name)) return 7;
  const first = name.slice(0, 3).toLowerCase();
  return OTHER_MONTHS[first] ?? MONTHS.indexOf(first) + 1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The first year a date of an incident can have. "0001-10-26" is a typo or a mask, not a date: read as written it
 * would become 1901 (JavaScript's two-digit years), so a year below this makes the date invalid instead.
 */
export const FIRST_PLAUSIBLE_YEAR = 1000;

/**
 * Before it, four digits after a named month ("6 Dec 1700") are a time of day, not the year of an incident ("Jan 1
 * 1900" is a placeholder's year).
 */
const FIRST_YEAR_NOT_A_TIME = 1900;

/** A year written but below FIRST_PLAUSIBLE_YEAR ("0001-10-26"). */
export function implausibleYear(date: CalendarDate | undefined): boolean {
  return date?.year !== undefined && date.year < FIRST_PLAUSIBLE_YEAR;
}

export function isRealDate({ year = 2000, month, day }: CalendarDate): boolean {
  if (year < FIRST_PLAUSIBLE_YEAR) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0);
}

/** Reads a date alone, e.g. a header field value ("2025-10-26", "October 26, 2025", "26 Oct 2025"). */
/** "2024年7月15日", "2024년 7월 15일": a date as Chinese, Japanese and Korean write it. */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;
/** "9月27日", "10월 1일": the month and day without their year. */
const CJK_MONTH_DAY = /(?<![\d年년])(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;
/** "（金）": a weekday in full-width brackets. */
const CJK_WEEKDAY = /（([月火水木金土日월화수목금토일])）/g;

/**
 * The text with its Chinese, Japanese and Korean dates written "2024-7-15", and "9-27" without the year (read month
 * first, as ISO writes it), padded with spaces; a weekday's full-width brackets half-width. Offsets stay exact.
 */
function withCjkDatesAsIso(text: string): string {
  if (!/[月월]/.test(text)) return text;
  const pad = (written: string, iso: string) => iso.padEnd(written.length);
  return text
    .replace(CJK_DATE, (written: string, year: string, month: string, day: string) => pad(written, `${year}-${month}-${day}`))
    .replace(CJK_MONTH_DAY, (written: string, month: string, day: string) => pad(written, `${month}-${day}`))
    .replace(CJK_WEEKDAY, '($1)');
}

export function readDate(text: string): { date: CalendarDate | undefined; invalid: boolean } | undefined {
  const stamp = readTimestamp(text);
  if (!stamp?.date) return undefined;
  return { date: stamp.date, invalid: stamp.invalid };
}

/**
 * "On 16/01 at 22.40 ...", "On the previous day, 3/13 (Thu) at 22:30": a day and month without a year, after "on" (the
 * year is the incident's).
 */
export function dayAndMonthOn(text: string): CalendarDate | undefined {
  return dayAndMonthOf(/\b[Oo]n\s+(?:the\s+(?:previous|following|next)\s+day,?\s+|the\s+day\s+before,?\s+)?(\d{1,2})[/.](\d{1,2})(?![/.]?\d)/.exec(text));
}

// "on 2 May", "on Tuesday 7 May 2024", "Wednesday 8 May", "on May 2nd, 2024": a day named after "on" or a weekday.
const NARRATED_DAY = new RegExp(
  String.raw`(?:\b[Oo]n[ \t]+(?:(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\.?,?[ \t]+)?|\b(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\.?,?[ \t]+)(?:the[ \t]+)?(?:(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+${MONTH}|${MONTH}[ \t]+(\d{1,2})(?:st|nd|rd|th)?)\b(?:,?[ \t]+(\d{4})\b)?`,
  'gi',
);
/** Words before a day that make it one the sentence is not on: "scheduled for Friday 10 May", "until Monday 6 May". */
// Not "The next morning (Wednesday 14 May)", which tells the story's next day, nor "a little after 08:30 UTC on Tuesday,
// February 11th", where the word bounds the time.
const NOT_ON_THAT_DAY = /\b(?:will|would|shall|plan(?:s|ned)?|schedul\w*|due|expect\w*|until|till|by|before|after|since|from|between|through|next(?![ \t]+(?:morning|day|afternoon|evening|night)\b))\b(?![ \t]+\d{1,2}(?:[:.h]\d{2}|[ \t]*[ap]\.?m\b))[^.;]{0,30}$/i;

/**
 * The last day a narrative names in `text` ("The token was found on Tuesday 7 May 2024."), the day of the times told
 * after it; its year undefined where none is written. Not a day named as a plan or a bound ("due on 10 May", "after 19
 * April").
 */
export function narratedDayIn(text: string): CalendarDate | undefined {
  let last: CalendarDate | undefined;
  for (const m of matchesOf(NARRATED_DAY, text)) {
    if (NOT_ON_THAT_DAY.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "(there had been a short blip on Monday 2nd June)": a day named in an aside is not the story's; "The following
    // morning (Wednesday 8 May)" names the story's own.
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const opened = before.lastIndexOf('(');
    if (opened > before.lastIndexOf(')') && before.slice(opened + 1).trim().split(/\s+/).length >= 3) continue;
    const date = { year: m[5] ? +m[5] : undefined, month: monthNumber(m[2] ?? m[3]), day: +(m[1] ?? m[4]) };
    if (isRealDate(date)) last = date;
  }
  return last;
}

/**
 * The first full date written anywhere in a short text such as a title ("Outage on March 3, 2024", "Website Outage
 * 5-26-21", "High Missed Block Rate Incident on 28/11/2024"). Two-digit years are read as 20xx.
 */
export function dateWithin(text: string): CalendarDate | undefined {
  // "night shift 26/27.10.2024", "the night of 26/27 October 2024": the day the night runs into.
  const night = NIGHT.exec(text);
  // Its two days, in either of its forms' groups.
  const [first, second] = night ? (night[1] !== undefined ? [night[1], night[2]] : [night[3], night[4]]) : [];
  if (night && +second! === +first! + 1) {
    const date = dateWithin(text.slice(0, night.index) + text.slice(night.index + night[0].length));
    // The night's own second day, not a date written before it ("Outage 12.10.2024 (repeat of the 3/4.10. incident)").
    return date && date.day === +second! ? { ...date, afterNight: true } : date;
  }
  const widened = withCjkDatesAsIso(text)
    .replace(/\b(\d{1,2})([-/.])(\d{1,2})\2(\d{2})\b(?![-/.]\d)/g, (_, a: string, sep: string, b: string, yy: string) => `${a}${sep}${b}${sep}20${yy}`)
    // "(28–29/11/2024)": a range of days in digits starts on its first, as "3–4 March 2024" does.
    .replace(DAY_RANGE_IN_DIGITS, (whole, first: string, last: string, sep: string, month: string, year: string) => (+last > +first ? `${first}${sep}${month}${sep}${year}` : whole));
  for (const at of matchesOf(/(?<![\w-])(?=\d|[A-Za-z]{3})/g, widened)) {
    const read = readDate(widened.slice(at.index));
    // "lunes 08/01/2024": a weekday just before the date settles which way round it is.
    if (read?.date?.year && !read.invalid) return read.date.dayMonthAmbiguous ? byWeekday(read.date, widened.slice(Math.max(0, at.index - 20))) : read.date;
  }
  return undefined;
}

const DAY_RANGE_IN_DIGITS = /(?<![\w./-])(\d{1,2})[ \t]*[–-][ \t]*(\d{1,2})([/.])(\d{1,2})\3(\d{4})\b/g;

/**
 * "26/" before the next day's "27 October 2024" after a night's word ("the night of 26/27 October 2024", "Night shift:
 * 26/27 Oct 2024"; not "the weekend of 5/6 October"), or before a dotted "27.10." ("Nachtdienst 26./27.10.2024",
 * "Date: 26/27.10.2024 (night shift)"): the first of a night's two days.
 */
const NIGHT = /(?<=\b(?:nights?|overnight|night[ -]?shift|nacht(?:schicht|dienst)?|nuit|noche)\b(?: of| from| vom| du| de)?[ \t\n:,–-]{1,4})(\d{1,2})\.?[ \t]?\/[ \t]?(?=(\d{1,2})\.?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t,]+\d{4})|(?<![\w./-]|\bweekend (?:of )?)(\d{1,2})\.?\/(?=(\d{1,2})\.[ \t]?\d{1,2}\.)/i;

const REGIONS = ['America', 'Europe', 'Asia', 'Australia', 'Africa', 'Pacific', 'Atlantic'];
const CITY_ZONES = new Map<string, string | undefined>();

/** "Denver" -> "America/Denver": a place the zone database knows, written after a time ("16:37 Denver - ..."). */
/** Cities as their own languages name them, where the zone database spells them otherwise ("hora de Lisboa"). */
const CITY_NAMES_ABROAD: Record<string, string> = { Lisboa: 'Lisbon', Roma: 'Rome', Bruxelles: 'Brussels', Praha: 'Prague', Warszawa: 'Warsaw', Wien: 'Vienna' };
export function cityZone(written: string): string | undefined {
  const word = CITY_NAMES_ABROAD[written] ?? written;
  if (!/^[A-Z][a-z]+(?:_[A-Z][a-z]+)?$/.test(word)) return undefined;
  if (!CITY_ZONES.has(word)) CITY_ZONES.set(word, REGIONS.map((region) => `${region}/${word}`).find(isZoneDatabaseName));
  return CITY_ZONES.get(word);
}

// luxon's zones are immutable: shared by every reading of the same name.
const ZONES = new TextMemo<Zone | undefined>(20_000);

/** A luxon zone for a written zone ("UTC", "CET", "UTC+2", "Europe/Berlin"), or undefined when unknown. */
export function zoneOf(name: string | undefined): Zone | undefined {
  return name ? ZONES.get(name, () => zoneNamed(name)) : undefined;
}

function zoneNamed(name: string): Zone | undefined {
  const read = readZoneName(name);
  if (!read) return undefined;
  return 'iana' in read ? IANAZone.create(read.iana) : FixedOffsetZone.instance(read.offsetMinutes);
}

/**
 * Finds a zone stated for a whole table or document ("Toutes les heures ... en heure de Paris (UTC+2)", "Alla tider
 * anges i svensk tid (CET)", "Wszystkie godziny ... (CEST, UTC+2)" too): "Time (UTC)", "Timeline (UTC)", "All times
 * in CET", "Date and Time in PST", "(all times PDT)", "All times are UTC.", "_all times are in UTC_", "Timezone:
 * CET", "All times Eastern (ET)", "All times are local (CET)", "From the #eng thread, times ET.", "Pasted from the
 * incident bot, all UTC:", "All timestamps UTC.", "Pacific time." opening a paragraph. A zone in passing
 * ("19:18 EDT (23:18 UTC)") is not one. Also "Times are venue local (PDT)", "Times below: UTC", "Times below are from
 * Slack, so they're in ET", "All times local time CET.", "Hora del centro (CST)", "時刻はすべて JST です", "시간은 KST",
 * "Everything below is Eastern time", "Times are from the wall clock on the floor (CDT)", "every time in the thread is
 * PT", "Times below SGT unless marked Z".
 */
/** Norwegian, Danish and Swedish for "(all) times": "Alle tidspunkter er norsk tid (CET)", "Tider er CEST". */
const NORDIC_TIMES = String.raw`alle\s+tid(?:er|spunkt(?:er|ene)?)|tidspunkt(?:ene|erne)|tid(?:ene|erne)|tider|tidspunkter`;
const STATED_ZONE = new RegExp(
  `(?:\\b(?:times?|timestamps?|timeline|date and time)\\s*[(,]\\s*(?:all\\s+(?:times\\s+)?(?:in\\s+)?)?|\\b(?:time|timestamp|events?|timeline)\\b(?:(?!(?<![A-Z])[.!?]\\s)[^\\n]){0,25}?\\b(?:in|are(?:\\s+in)?|given\\s+in|shown\\s+in)\\s+|\\b(?:times|timestamps)\\b(?:(?!(?<![A-Z])[.!?]\\s)[^\\n]){0,40}?\\b(?:in|are(?:\\s+in)?|given\\s+in|shown\\s+in)\\s+|\\ball\\s+(?:(?:jira|slack|teams|discord|zoom|chat|log|server|system|pagerduty|opsgenie|datadog|grafana|sentry|github|ticket|bot)\\s+)?(?:times|timestamps)\\s*:?\\s+(?:(?:are\\s+)?(?:in\\s+)?local\\s+time\\s+)?|\\beverything\\s+(?:below|here|above|in\\s+this\\s+(?:report|document|doc|write-?up|e-?mail|timeline))\\s+is\\s+(?:in\\s+)?|\\b(?:every|each)\\s+(?:time|timestamp)\\b[^\\n.]{0,30}?\\bis\\s+(?:in\\s+)?|\\ball\\s+(?:times|timestamps)\\s+(?:are\\s+)?in\\s+[^\\n()]{1,40}?\\(\\s*|\\blocal\\s+time\\s+is\\s+|\\b(?:times|timestamps)(?:\\s+(?:below|here|above))?\\s+(?=[A-Z]{2,5}\\s*(?:[.;,)\\n]|\\((?![^()\\n]*\\d)|$|(?:unless|except)\\b))|(?:^|\\n)[ \\t*_]*(?=(?:Pacific|Eastern|Central|Mountain)(?:\\s+(?:Standard|Daylight))?\\s+time\\s*[.:])|\\ball\\s+(?=(?:UTC|GMT|PT|ET|CT|MT|[A-Z]{1,3}[SD]T)\\s*(?:[.;,:)\\n]|$))|\\b(?:times|timestamps)\\b(?:(?!\\b(?:not|convert\\w*|UTC|GMT|Z)\\b)[^\\n.(]){0,60}?\\blocal(?:\\s+time)?(?:\\s+(?:of|in)\\s+(?!(?:each|every|the respective|respective)\\b)[^\\n().]{1,30}?)?\\s*\\(\\s*|(?:^|[.!?]\\s+|\\n)[ \\t*_]*(?:all\\s+)?(?:times|timestamps)\\s+(?:below\\s+|here\\s+|shown\\s+)?(?:are|were)\\s+(?:(?!\\b(?:not|convert\\w*|UTC|GMT)\\b)[^\\n.()'’,;:]){1,50}?\\(\\s*(?:[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?,\\s+(?:so\\s+|i\\.?e\\.?,?\\s+|which\\s+is\\s+)?)?(?=[A-Z][A-Za-z]{1,4}(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\s*\\)\\s*(?:[.!]|$))|\\b(?:alle\\s+)?(?:zeiten|zeitangaben|uhrzeiten)\\s+(?:sind\\s+)?(?:in\\s+)?|\\b(?:todas\\s+las\\s+horas|todos\\s+os\\s+horários|alle\\s+tijden|tutti\\s+gli\\s+orari|orari|horas|horários|tijden|toutes\\s+les\\s+heures|wszystkie\\s+godziny|alla\\s+tider|${NORDIC_TIMES}|saatler)\\s+(?:(?:están|estão|sono|zijn|sont|są|är|er)\\s+)?(?:(?:en|em|in|w|i)\\s+)?(?:(?:ora|hora|horário|horario)\\b[^\\n()]{1,40}?\\(\\s*)?|\\b(?:hora|horário|horario|orario|ora|tijd)(?:\\s+(?:del?|do|da|di|van)\\s+[a-zà-ÿ]+)?\\s*\\(\\s*|\\b(?:toutes\\s+les\\s+heures|wszystkie\\s+godziny|alla\\s+tider|${NORDIC_TIMES})\\b[^\\n(.]{0,40}?\\(\\s*|\\b(?:time\\s*zone|zeitzone|times(?:\\s+(?:below|here|above))?)\\s*:\\s*|\\bsemua\\s+(?:jam|waktu)(?:\\s+di\\s+(?:bawah|atas)(?:\\s+ini)?)?\\s+(?:adalah\\s+)?(?:dalam\\s+)?|\\b(?:times|timestamps)\\b[^\\n.]{0,60}?\\b(?:they(?:['’]re|\\s+are)|it['’]s)\\s+(?:all\\s+)?in\\s+|(?:時刻|時間|시간|시각)\\s*(?:は|은|는)?\\s*(?:すべて|全て|모두|전부)?\\s*)(?:(?:[a-z]+\\s+)?local\\s*\\(\\s*(?:LT\\s*[,;]\\s*)?)?${ZONE.replace('(?:\\(?', '(?:').replace('\\)?)', ')')}(?![A-Za-z0-9/\u00C0-\u024F])`,
  'i',
);

/**
 * "## Pager log (PDT)", "## Sequence of events (IST, 22nd Feb 2024 unless mentioned)", "## Timeline (local, CEST)": a
 * heading whose brackets open with a zone, in capitals, states the times' below it; so does a bold label of a log on
 * its own line ("**Log** (UTC)").
 */
const HEADING_ZONE = new RegExp(`(?:^|\\n)(?:#{1,6}[ \\t]+[^\\n()#]{1,40}|[ \\t]*[^\\n()#]{0,30}\\b(?:[Ll]og|[Tt]imeline|[Ee]vents|[Cc]hronology|[Ww]hat happened|[Cc]ontext|[Nn]otes|[Cc]ronolog[ií]a|[Ll]inha do tempo|[Ll]ínea de tiempo|[Aa]blauf)[ \\t]*)${ZONE.replace('(?:\\(?', '\\((?:[Ll]ocal(?:[ \\t]+time)?[ \\t]*[,:;/][ \\t]*)?(?:').replace('\\)?)', ')')}(?:[ \\t]*[,;][^\\n()]{1,60})?\\)[ \\t#]*:?[ \\t]*(?:\\r?\\n|$)`);

export function statedZone(text: string): string | undefined {
  // "documented in [UTC](https://...) time": a link's text is what is read; "_All times UTC._", "Times in **UTC**": its
  // words, not its emphasis.
  // "All times\nare BST.": the times' sentence wrapped in its paragraph is read across its line break.
  // The line break first, the words before it looked for only there: the words first tried at every character of the
  // document's opening, a third of a millisecond of each keystroke.
  const unwrapped = text.includes('\n') ? text.replace(/(?=[ \t]*\n)(?<=\b(?:times?|timestamps?|timings?)(?:[ \t]+(?:are|is|in|given|shown|below|here|listed))*)[ \t]*\n[ \t]*(?=\p{Ll})/giu, ' ') : text;
  const linksAsText = unwrapped.includes('](') ? unwrapped.replace(/\[([^\]\n]{1,40})\]\([^)\n]*\)/g, '$1') : unwrapped;
  const unstarred = linksAsText.includes('*') ? linksAsText.replace(/\*+/g, '') : linksAsText;
  const unscored = unstarred.includes('_') ? unstarred.replace(/(?<![\w])_+|_+(?![\w])/g, ' ') : unstarred;
  // "All timings in SGT.", "Timings are IST": Indian and Singaporean English's word for the times.
  // "All hours are local time of Montréal (HAE / EDT)": a French writer's "toutes les heures".
  const timesNamed = /timings?\b|\ball hours\b/i.test(unscored) ? unscored.replace(/\btimings?\b/gi, 'times').replace(/(^|[.:!]\s*)all hours(?= (?:are|in)\b)/gi, '$1all times') : unscored;
  // "## タイムライン（JST）": full-width brackets are brackets.
  const plain = halfWidthBrackets(timesNamed);
  const stated = STATED_ZONE.exec(plain) ?? HEADING_ZONE.exec(plain);
  if (stated) return stated[1].replace(/\s+/g, ' ').toUpperCase();
  // "Times are Europe/Berlin.": a zone of the zone database, named as the times' zone.
  const named = STATED_REGION.exec(plain)?.[1];
  if (named && isZoneDatabaseName(named)) return named;
  // "Times are Berlin time.", "All times in local Amsterdam time", "All times Berlin local time", "Times below are
  // Amsterdam time": a city the zone database knows.
  const city = STATED_CITY.exec(plain)?.[1] ?? CITY_TIME.exec(plain)?.[1];
  const cityZoned = city && cityZone(city.replace(' ', '_'));
  if (cityZoned) return cityZoned;
  const country = COUNTRY_TIME.exec(plain);
  if (country) return COUNTRY_ZONES[(country[1] ?? country[2]).toLowerCase().replace(/\s+/g, ' ')];
  // "Rough sequence (UK time):", "at 13:58 (Dubai time, GST)": a place's time in brackets is the times' zone.
  const place = PLACE_TIME_IN_BRACKETS.exec(plain)?.[1];
  const placeZoned = place && (COUNTRY_ZONES[place.toLowerCase()] ?? cityZone(place.replace(' ', '_')));
  if (placeZoned) return placeZoned;
  const local = LOCAL_ZONE_NAME.exec(plain)?.[0];
  if (local) return LOCAL_ZONE_NAMES[local.replace(/\s+/g, '')];
  return MOSCOW_TIME.test(plain) ? 'Europe/Moscow' : undefined;
}

/** "14:05 МСК", "по московскому времени", "Все время — московское (UTC+3)": Moscow's time, as Russian says it. */
const MOSCOW_TIME = /(?<![\p{L}])МСК(?![\p{L}])|московск\p{L}*\s+времен\p{L}*|времени?\s*[—–-]?\s*московское|по\s+москве/iu;

/**
 * "以下时间均为北京时间", "时区：北京时间 UTC+8", "（日本時間）": a zone by its own name in Chinese, Japanese or Korean, which
 * is said of the times wherever it is written.
 */
const LOCAL_ZONE_NAMES: Record<string, string> = {
  北京时间: 'Asia/Shanghai', 北京時間: 'Asia/Shanghai', 中国标准时间: 'Asia/Shanghai', 中国时间: 'Asia/Shanghai',
  日本時間: 'Asia/Tokyo', 日本时间: 'Asia/Tokyo', 日本標準時: 'Asia/Tokyo', 東京時間: 'Asia/Tokyo', 한국시간: 'Asia/Seoul', 한국표준시: 'Asia/Seoul', 韩国时间: 'Asia/Seoul',
  台北時間: 'Asia/Taipei', 台北时间: 'Asia/Taipei', 香港時間: 'Asia/Hong_Kong', 香港时间: 'Asia/Hong_Kong', 新加坡时间: 'Asia/Singapore',
};
const LOCAL_ZONE_NAME = new RegExp(Object.keys(LOCAL_ZONE_NAMES).join('|').replace(/한국/g, String.raw`한국\s?`));

/** Countries of one zone, by the names and adjectives their times are given with. */
const COUNTRY_ZONES: Record<string, string> = {
  uk: 'Europe/London', british: 'Europe/London', ireland: 'Europe/Dublin', irish: 'Europe/Dublin',
  schweiz: 'Europe/Zurich', schweizer: 'Europe/Zurich', switzerland: 'Europe/Zurich', swiss: 'Europe/Zurich', suisse: 'Europe/Zurich',
  deutschland: 'Europe/Berlin', germany: 'Europe/Berlin', german: 'Europe/Berlin', deutsche: 'Europe/Berlin',
  österreich: 'Europe/Vienna', austria: 'Europe/Vienna', austrian: 'Europe/Vienna',
  france: 'Europe/Paris', french: 'Europe/Paris', italia: 'Europe/Rome', italy: 'Europe/Rome', italian: 'Europe/Rome',
  netherlands: 'Europe/Amsterdam', dutch: 'Europe/Amsterdam', nederland: 'Europe/Amsterdam', poland: 'Europe/Warsaw', polish: 'Europe/Warsaw',
  sweden: 'Europe/Stockholm', swedish: 'Europe/Stockholm', norway: 'Europe/Oslo', norwegian: 'Europe/Oslo', denmark: 'Europe/Copenhagen', danish: 'Europe/Copenhagen',
  finland: 'Europe/Helsinki', finnish: 'Europe/Helsinki', india: 'Asia/Kolkata', indian: 'Asia/Kolkata', japan: 'Asia/Tokyo', japanese: 'Asia/Tokyo',
  korea: 'Asia/Seoul', korean: 'Asia/Seoul', singapore: 'Asia/Singapore', israel: 'Asia/Jerusalem',
  china: 'Asia/Shanghai', chinese: 'Asia/Shanghai', beijing: 'Asia/Shanghai', 'new zealand': 'Pacific/Auckland', nz: 'Pacific/Auckland',
  belgique: 'Europe/Brussels', belge: 'Europe/Brussels', belgium: 'Europe/Brussels', belgian: 'Europe/Brussels', bruxelles: 'Europe/Brussels',
  française: 'Europe/Paris', québec: 'America/Toronto', quebec: 'America/Toronto', montréal: 'America/Toronto', montreal: 'America/Toronto',
  colombia: 'America/Bogota', perú: 'America/Lima', peru: 'America/Lima', argentina: 'America/Argentina/Buenos_Aires', chile: 'America/Santiago',
  // "horário de Brasília", "hora oficial de Brasília": Brazil's official time, named for its capital.
  brasília: 'America/Sao_Paulo', brasilia: 'America/Sao_Paulo',
};
const COUNTRY = Object.keys(COUNTRY_ZONES).join('|').replace(/ /g, String.raw`\s+`);

// "All times UK time", "Timeline (Swiss time)", "All times local (UK)", "## Timeline (Uhrzeit Schweiz)", "Horas en hora de
// Colombia": a country's one zone. Not "the timeline of the UK outage": the name is the times' own.
const COUNTRY_TIME = new RegExp(
  String.raw`\b(?:times?|timestamps?|timeline|zeiten|horas|horários|heures)\b[^.\n]{0,30}?(?<![\p{L}])(${COUNTRY})\s+(?:local\s+)?(?:time|zeit)\b|(?<![\p{L}])(?:(?:uhrzeit|ortszeit|hora\s+(?:oficial\s+)?(?:de|da|del)|horário\s+(?:oficial\s+)?d[aeo]|heure(?:\s+(?:de|du))?|ora\s+(?:di|della|del))\s+|local\s*\(\s*)(${COUNTRY})(?![\p{L}])`,
  'iu',
);

const PLACE_TIME_IN_BRACKETS = /\(\s*(?:local\s+)?([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\s+(?:local\s+)?time\b[^()\n]{0,30}\)/;

/** "Chronologie (heure de Paris)", "hora de Madrid", "ora di Roma": a city's time, in the languages that say it so. */
const CITY_TIME = /(?:^|[\s(])(?:[Hh]eure|[Hh]ora|[Oo]ra)\s+(?:de|di)\s+([A-Z][a-z]+)\b/;

// Without the i flag, so the city keeps its capital: "times in local time" names none.
// "## Timeline (Melbourne time)".
const STATED_CITY = /\b(?:[Aa]ll\s+)?(?:[Tt]imes?|[Tt]imestamps?|[Tt]imeline)\s*(?:\(\s*|\s(?:below\s+|here\s+)?(?:are\s+)?(?:in\s+)?)(?:local\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:local\s+)?time\b/;

// "Times are Europe/Berlin", "All times are Norwegian time (Europe/Oslo, CET)".
const STATED_REGION = /\b(?:all\s+)?(?:times?|timestamps?)\s+(?:are\s+)?(?:in\s+)?(?:[\p{L}]+(?: [\p{L}]+)?\s+time\s*\(\s*)?([A-Z][a-z]+\/[A-Z][A-Za-z_]+)\b/iu;

/**
 * A point in time and the UTC offset it was written in. Lighter than a luxon DateTime, which matters for
 * timelines of thousands of rows; luxon still supplies the zones and their offsets.
 */
export class Instant {
  constructor(
    readonly ms: number,
    readonly offsetMinutes: number,
  ) {}

  toMillis(): number {
    return this.ms;
  }

  plus({ days }: { days: number }): Instant {
    return new Instant(this.ms + days * 86_400_000, this.offsetMinutes);
  }

  /** ISO 8601 in the written offset: 2025-10-26T14:00:00.000+01:00 (Z for UTC). */
  toISO(): string {
    const local = new Date(this.ms + this.offsetMinutes * 60_000).toISOString().slice(0, -1);
    if (this.offsetMinutes === 0) return `${local}Z`;
    const sign = this.offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(this.offsetMinutes);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }
}

/** The instant of a wall-clock date and time in a zone, or undefined when the combination is not real. */
export function instantOf(date: CalendarDate & { year: number }, time: ClockTime, zone: Zone): Instant | undefined {
  // Date.UTC reads years 0-99 as 19xx.
  if (date.year < FIRST_PLAUSIBLE_YEAR) return undefined;
  const wallClock = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, time.second);
  const check = new Date(wallClock);
  if (Number.isNaN(wallClock) || check.getUTCDate() !== date.day || check.getUTCHours() !== time.hour) return undefined;
  // The offset at the wall-clock time, corrected once for zones whose offset changes (DST) in between.
  let offset = zone.offset(wallClock);
  const corrected = zone.offset(wallClock - offset * 60_000);
  if (corrected !== offset) offset = corrected;
  return new Instant(wallClock - offset * 60_000, offset);
}

/** YYYY-MM-DD, or null for a date written without its year. */
export function isoDateOf(date: CalendarDate): string | null {
  if (!date.year) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
