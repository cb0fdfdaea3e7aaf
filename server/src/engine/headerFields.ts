import { offsetsOf, type DocumentIndex } from './documentIndex';
import { frontMatterData, frontMatterLine } from './frontMatter';
import type { Cell, Grid } from './tables';
import { matchesOf } from './matches';

export type HeaderFieldName = 'title' | 'incidentDate' | 'postmortemDate' | 'authors' | 'reviewers' | 'status' | 'severity' | 'priority' | 'timezone' | 'duration' | 'start' | 'detected' | 'acknowledged' | 'identified' | 'mitigated' | 'end';

/** One "Key: value" of the document's header, with the offsets of its value (the narrowest range to report). */
export interface HeaderField {
  name: HeaderFieldName;
  key: string;
  value: string;
  valueStart: number;
  valueEnd: number;
}

/** Keys people write, normalised (lower case, single spaces), for each field. Longest keys are tried first. */
const KEYS: Record<HeaderFieldName, string[]> = {
  title: ['title', 'incident title', 'incident name'],
  incidentDate: ['date', 'dates', 'created', 'created on', 'opened', 'opened on', 'date(s)', 'date/time', 'date and time', 'date & time', 'incident dates', 'date of incident', 'incident date', 'date of occurrence', 'occurrence date', 'occurred', 'occurred on', 'incident occurred', 'date of the incident', 'day', 'datum', "date de l'incident", 'date de l’incident', 'fecha', 'fecha del incidente', 'data', 'data do incidente', 'data da ocorrência', 'data da ocorrencia', 'fecha de ocurrencia', "data dell'incidente", 'data dell’incidente', 'datum van het incident', 'datum incident', 'incidentdatum', 'datum storing', 'datum verstoring', 'when', 'day it happened', 'date it happened', 'when it happened', 'period affected', 'affected period', 'incident period', 'dates affected', 'days affected', '发生时间', '发生日期', '故障时间', '故障日期', '事故时间', '日期', 'tanggal', 'tanggal insiden', 'ngày', 'ngày xảy ra', 'дата', 'дата инцидента'],
  postmortemDate: ['date of post-mortem', 'date of postmortem', 'post-mortem date', 'postmortem date', 'report date', 'date written', 'written on', 'document date'],
  authors: ['author', 'authors', 'author(s)', 'autor', 'autoren', 'prepared by', 'written by', 'incident lead', 'incident commander', 'owner', 'owners', 'postmortem owner'],
  reviewers: ['reviewers', 'reviewer', 'reviewed by', 'reviewer(s)'],
  status: ['status', 'document status', 'postmortem status'],
  severity: ['severity', 'sev', 'severity level', 'incident severity', 'internal severity', 'severity rating', 'severity classification', 'impact level', 'incident level', 'incident priority', 'service desk priority', 'schweregrad', 'gravité', 'sévérité', 'severidad', 'gravedad', 'severidade', 'gravità', 'ernst', '故障等级', '故障级别', '事故等级', '事故级别', '级别', '等级', '严重程度', '严重级别', 'критичность', 'приоритет', 'уровень', 'tingkat keparahan', 'mức độ'],
  // An ITSM ticket's "Priority: P1" is the incident's level where no severity is written (see severityField).
  priority: ['priority', 'incident priority', 'prioriteit', 'priorität', 'priorité', 'prioridad', 'prioridade', 'priorità'],
  timezone: ['timezone', 'time zone', 'timezone used', 'time zone used', 'timezone used in this document', 'time zone used in this document', 'all times in', 'all times', 'times', 'times in', 'clock', 'zone', 'zeitzone', 'zeitangaben', 'uhrzeiten', 'strefa czasowa', 'saat dilimi', 'tijdzone', 'fuseau horaire', 'zona horaria', 'huso horario', 'fuso horário', 'fuso horario', '时区', 'zona waktu', 'múi giờ', 'часовой пояс'],
  duration: ['duration', 'incident duration', 'outage duration', 'dauer', 'dauer der störung', 'durée', "durée de l'incident", '故障时长', '持续时间', '影响时长', 'durasi', 'длительность'],
  // A window ("Incident window: 2026-10-20 22:15 – 2026-10-21 11:40 UTC") states the start first.
  start: ['start', 'window', 'start time', 'started', 'started at', 'incident start', 'impact start', 'impact started', 'impact started at', 'incident window', 'impact window', 'outage window', 'start of service impact', 'start of impact', 'start of outage', 'start of customer impact', 'service impact start', 'time of occurrence', 'start of disruption', 'störungsbeginn', 'beginn der störung', 'beginn kundenimpact', 'period', 'incident period', 'outage period', 'impact period', '开始时间', '故障开始时间', '影响开始', '影响开始时间'],
  // Milestones stated as fields ("Detected: 2024-03-03 14:06 UTC", "| Mitigated At | ... |"), as incident tools export them.
  detected: ['detected', 'detected at', 'time detected', 'detection time', 'time of detection', 'reported at', 'first reported', '发现时间', '告警时间'],
  acknowledged: ['acknowledged', 'acknowledged at', 'time acknowledged'],
  identified: ['identified', 'identified at', 'time identified', 'cause identified'],
  mitigated: ['mitigated', 'mitigated at', 'time mitigated', '止损时间'],
  end: ['end', 'end time', 'ended', 'incident end', 'impact end', 'resolved', 'resolved at', 'time resolved', 'end of service impact', 'end of impact', 'end of outage', 'end of customer impact', 'service impact end', 'time of restoration', 'restored at', 'time restored', 'restoration time', 'end of disruption', 'störungsende', 'ende der störung', 'ende kundenimpact', '恢复时间', '故障恢复时间', '完全恢复', '结束时间'],
};

const FIELD_BY_KEY = new Map<string, HeaderFieldName>();
for (const [name, keys] of Object.entries(KEYS) as [HeaderFieldName, string[]][]) for (const key of keys) FIELD_BY_KEY.set(key, name);

const KEY_ALTERNATION = [...FIELD_BY_KEY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');
/**
 * A known key, maybe bold or in a list item, maybe saying its zone or unit in parentheses ("Incident start (UTC):"),
 * followed by a colon (inside or outside the bold).
 */
const KEY_IN_LINE = new RegExp(`(?:^|(?<=\\s))(?:[-*+]\\s+)?(\\*\\*|__|\\*(?!\\s))?(${KEY_ALTERNATION})(?:\\s*[(（][^()（）\\n]{1,30}[)）])?(?:\\1)?\\s*[:：](?:\\1)?`, 'gi');

/**
 * Header fields from front matter, "Key: value" lines (several may share a line, as in a wiki paste), bold keys
 * and two-column tables, read in the part of the document before its first section, and in the sections given
 * (`alsoIn`: a "Key Milestones" or "Incident Details" section holding such fields further down).
 */
export function findHeaderFields(index: DocumentIndex, grids: Grid[], headerEnd: number, alsoIn: readonly (readonly [number, number])[] = []): HeaderField[] {
  const fields: HeaderField[] = [];
  if (index.frontMatter) fields.push(...frontMatterFields(index));
  const ranges: (readonly [number, number])[] = [[index.frontMatter ? offsetsOf(index.frontMatter)[1] : 0, headerEnd], ...alsoIn];
  for (const [start, end] of ranges) fields.push(...fieldsInLines(index.text, start, end), ...htmlTableFields(index.text, start, end));
  for (const grid of grids) {
    if (ranges.some(([start, end]) => grid.start >= start && grid.start < end)) fields.push(...tableFields(grid));
  }
  const [headerStart] = ranges[0];
  const level = fields.some((f) => f.name === 'severity' || f.name === 'priority') ? undefined : LEVEL_IN_PASSING.exec(index.text.slice(headerStart, headerEnd));
  if (level) fields.push({ name: 'severity', key: '', value: level[0], valueStart: headerStart + level.index, valueEnd: headerStart + level.index + level[0].length });
  return fields;
}

/**
 * "Incident: #INC-4821, SEV-1", "Jan 15, 2025 · Data Eng · Sev-3 · written by Kenji", "Severity **SEV-2** (...)": a
 * level in the header without a key, where no field states one.
 */
const LEVEL_IN_PASSING = /(?<![\w-])[Ss](?:EV|ev)[- ]?[0-5](?![\w-])/;

/**
 * "<th>Date</th><td>Wednesday, November 13, 2024</td>", "<td><b>Severity</b></td><td>SEV-2</td>": a field of an HTML
 * table in the header, as docs sites and wiki exports write them. The value up to its first tag.
 */
const HTML_FIELD = /<t[hd]\b[^>]*>\s*(?:<(?:b|strong)>\s*)?([A-Za-z][\w ()/]{0,40}?)\s*:?\s*(?:<\/(?:b|strong)>\s*)?<\/t[hd]>\s*<td\b[^>]*>\s*([^<\n]*[^<\s])/gi;

function htmlTableFields(text: string, from: number, to: number): HeaderField[] {
  const part = text.slice(from, to);
  if (!/<t[hd]\b/i.test(part)) return [];
  const fields: HeaderField[] = [];
  for (const match of matchesOf(HTML_FIELD, part)) {
    const name = FIELD_BY_KEY.get(match[1].toLowerCase().replace(/\s+/g, ' '));
    if (!name) continue;
    const valueStart = from + match.index + match[0].length - match[2].length;
    fields.push({ name, key: match[1], value: match[2], valueStart, valueEnd: valueStart + match[2].length });
  }
  return fields;
}

/** The fields of the lines from `from` to `to`. */
function fieldsInLines(text: string, from: number, to: number): HeaderField[] {
  const fields: HeaderField[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > text.length) lineEnd = text.length;
    // A space written as an entity ("**Severity:**&#x20;", from GitBook) is a space: blanked, offsets kept.
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '').replace(/&(?:#x20|#32|#160|nbsp);/gi, (entity) => ' '.repeat(entity.length));
    fields.push(...fieldsInLine(line, lineStart));
    // "* Severity:" with its value in the bullet nested under it: "  * SEV-2 – degraded network operations".
    const keyAlone = /^\s*(?:[-*+]\s+)?[*_]*([A-Za-z][\w ()]*?)[*_]*\s*:[*_]*\s*$/.exec(line);
    const name = keyAlone && FIELD_BY_KEY.get(keyAlone[1].toLowerCase().replace(/\s+/g, ' '));
    const nested = name ? /^(\s+[-*+]\s+)(.*\S)\s*$/.exec(text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1))) : null;
    if (name && nested) {
      const valueStart = lineEnd + 1 + nested[1].length;
      fields.push({ name, key: keyAlone[1], value: nested[2], valueStart, valueEnd: valueStart + nested[2].length });
    }
    lineStart = lineEnd + 1;
  }
  return fields;
}

/**
 * The words before a key on its line that make another key of it: words opening the line and running into the key
 * ("Issue date:", "**Window actually ended:**", the maintenance window's end, not the incident's).
 */
const QUALIFIED_KEY = /^[\s>]*(?:[-*+]\s+)?[*_]*\p{L}[\p{L}'-]*(?:\s+[\p{L}'-]+)*\s$/u;

/** Fields whose value is a word or two: a sentence after one is not its value ("Severity: SEV2. All times UTC."). */
const SHORT_VALUED = new Set<HeaderFieldName>(['severity', 'priority', 'status', 'timezone']);

function fieldsInLine(line: string, lineStart: number): HeaderField[] {
  // A table row is read as a table; a title is no field ("# Launch day: login outage").
  if (line.trimStart().startsWith('|') || /^#\s/.test(line)) return [];
  const matches = matchesOf(KEY_IN_LINE, line);
  const fields: HeaderField[] = [];
  matches.forEach((match, i) => {
    const name = FIELD_BY_KEY.get(match[2].toLowerCase().replace(/\s+/g, ' '));
    if (!name) return;
    // "**Issue date:** 13 June 2024", "Review date:": a key of its own, which only ends in one of ours.
    if (!match[1] && QUALIFIED_KEY.test(line.slice(0, match.index))) return;
    const valueFrom = match.index + match[0].length;
    const valueTo = i + 1 < matches.length ? matches[i + 1].index : line.length;
    // "**Severity:** SEV1 · **Status:** Final": the separator before the next field is not the value's. On a line of
    // fields written as sentences ("Incident date: 18 November 2025. Severity: SEV2. All times are UTC."), a value
    // ends with its sentence.
    const written = line.slice(valueFrom, valueTo);
    // A "·" between fields ends a value whatever the next field's key: "*Sev:* SEV3 · *IC:* @ren".
    // "**Severity:** SEV2<br>": a line break written as HTML ends the value too.
    // "**Severity:** SEV1\\": pandoc's hard line break (a backslash closing the line) ends it as well; and so does
    // another bold label, ours or not ("**Sev:** 2  **IC:** kenji.t").
    const raw = (matches.length > 1 || SHORT_VALUED.has(name) ? written.replace(/\.\s+[A-Z][\s\S]*$|[·•|,;—–.][\s*_]*$/, '') : written).replace(/\s[·•]\s[\s\S]*$|(?<!\s)\s*<br\s*\/?>[\s\S]*$|\\$|(?<!\s)\s+(?:\*\*|__)[^*_\n]{1,30}:[ \t]*(?:\*\*|__)[\s\S]*$/i, '');
    // The lookbehind starts the trailing run only where it begins: linear in a long run of blanks (was quadratic).
    // "Severity: **High** (clinical results delayed)": a level in bold is the level, what follows says what it meant.
    const emphasised = SHORT_VALUED.has(name) ? /^[\s]*(\*\*|__)([^*_\n]+)\1/.exec(raw) : null;
    const value = emphasised ? emphasised[2].trim() : raw.replace(/^[\s*_]+|(?<![\s*_])[\s*_]+$/g, '');
    if (!value) return;
    const valueStart = lineStart + valueFrom + raw.indexOf(value);
    fields.push({ name, key: match[2], value, valueStart, valueEnd: valueStart + value.length });
  });
  return fields;
}

/**
 * A bracketed note that makes a field's time another moment than the milestone its key names: "Start (planned)",
 * "Resolved (partially)", "Beginn (Meeting)", "Restored at: 10:30 (read path only)".
 */
const ANOTHER_MOMENT = /\([^()]*\b(?:plan\w*|schedul\w*|maint\w*|freeze|meeting|partial\w*|estimat\w*|only|restore point|drill|wartung\w*|geplant|besprechung|termin)\b[^()]*\)/i;
export const namesAnotherMoment = (written: string) => ANOTHER_MOMENT.test(written);

/** | Key | Value | rows, and one-row tables whose header cells are the keys. */
function tableFields(grid: Grid): HeaderField[] {
  const fields: HeaderField[] = [];
  const pair = (keyCell: Cell | undefined, valueCell: Cell | undefined) => {
    if (!keyCell || !valueCell?.text) return;
    // As in a line, the key may say its zone or what it counts in brackets ("Time of occurrence (start of impact)"); not
    // a note that makes it another moment ("Start (planned)", "Resolved (partially)", "Beginn (Meeting)").
    const key = keyCell.text.toLowerCase().replace(/[*_:]/g, '');
    const note = /\s*[(（]([^()（）\n]{1,30})[)）]\s*$/.exec(key);
    if (note && namesAnotherMoment(`(${note[1]})`)) return;
    const name = FIELD_BY_KEY.get((note ? key.slice(0, note.index) : key).replace(/\s+/g, ' ').trim());
    if (name) fields.push({ name, key: keyCell.text, value: valueCell.text, valueStart: valueCell.start, valueEnd: valueCell.end });
  };
  for (const row of [{ cells: grid.header }, ...grid.rows]) if (row.cells.length === 2) pair(row.cells[0], row.cells[1]);
  if (fields.length === 0 && grid.rows.length === 1) grid.header.forEach((cell, i) => pair(cell, grid.rows[0].cells[i]));
  return fields;
}

function frontMatterFields(index: DocumentIndex): HeaderField[] {
  const node = index.frontMatter!;
  // One bad line ("date: 2023-07-94T13:00:00") must not lose the others: read the plain "key: value" lines.
  const data =
    frontMatterData(node) ??
    Object.fromEntries(matchesOf(node.type === 'toml' ? /^([A-Za-z][\w-]*)\s*=[ \t]*(\S.*?)\s*$/gm : /^([A-Za-z][\w -]*?)\s*:[ \t]*(\S.*?)\s*$/gm, node.value).map((m) => [m[1], m[2].replace(/^(["'])(.*)\1$/, '$2')]));
  const fields: HeaderField[] = [];
  // Front matter values are located by their line, so a diagnostic can point at them.
  const bodyStart = index.text.indexOf(node.value, offsetsOf(node)[0]);
  for (const [key, raw] of Object.entries(data)) {
    const name = FIELD_BY_KEY.get(key.toLowerCase().replace(/[_]/g, ' '));
    if (!name || raw === null || raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
    const lineMatch = frontMatterLine(node, key);
    const at = lineMatch ? bodyStart + lineMatch.index + lineMatch[0].length - lineMatch[1].length : offsetsOf(node)[0];
    fields.push({ name, key, value, valueStart: at, valueEnd: at + (lineMatch?.[1].length ?? 0) });
  }
  return fields;
}

// A clock time with a zone after it: "14:30 UTC", "4:02 PM UTC", "8 PM UTC", "15h50 UTC", "17:09 (EST)", "10.12am
// BST", "14:05hrs GMT" (not "10.40am. CT scanners ...", a new sentence); or an
// ISO 8601 time in UTC ("2020-05-06T06:45:04.965Z").
const ZONED_TIME = /\b(?:[01]?\d|2[0-3])(?:(?:[:h]|\.(?=[0-5]\d\s*[ap]\.?m))[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?|\s*hrs?)?|\s*[ap]\.?m\.?)[ \t]*(?<![ap]m\.[ \t]*)\(?((?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})(?![\w/+-])|T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(Z)\b/gi;

/**
 * The zone the document writes on its times when it states none for the whole document: every clock time written
 * with a zone, at least two of them, names the same one ("From 4:02 PM UTC to 3:02 PM UTC ...", "at 18:30 UTC it
 * was determined ..."). A zone in passing ("19:18 EDT (23:18 UTC)") or times in several zones give none.
 * `isZone` says whether a written name is a zone (the engine's reading of zones).
 */
export function zoneOfWrittenTimes(text: string, isZone: (name: string) => boolean): string | undefined {
  let zone: string | undefined;
  let count = 0;
  for (const match of matchesOf(ZONED_TIME, text)) {
    // "08:55 (04:55 UTC)": the bracket converts the time before it, whose zone is another.
    if (CONVERTED_TIME_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const name = match[2] ? 'UTC' : match[1];
    // "UTC", not "ON" or "utc" in a sentence: a zone abbreviation is written in capitals.
    if (name !== name.toUpperCase() || !isZone(name)) continue;
    if (zone !== undefined && zone !== name) return undefined;
    zone = name;
    // "21:35 – Wed 15 July 2026, 02:10 (CEST)": a range's zone, written once after its end, is both ends'.
    count += RANGE_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index)) ? 2 : 1;
  }
  return count >= 2 ? zone : undefined;
}

/** A clock time and an opening bracket just before a time: what the bracket holds is the same time, converted. */
const CONVERTED_TIME_BEFORE = /\b(?:[01]?\d|2[0-3])[:h.][0-5]\d(?:\s*[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,5}[ \t]*)?\([ \t]*$/i;

/** The start of a range of times just before its end: "21:35 – ", "9:20 am to ", "21:35 – Wed 15 July 2026, ". */
const RANGE_BEFORE = /\b(?:[01]?\d|2[0-3])[:h.][0-5]\d\s*(?:[ap]\.?m\.?\s*)?(?:[-–—]|\bto\b|\buntil\b)[^\n:]{0,40}$/i;
