import { offsetOutOfRange } from '../zoneNames';
import type { Rule } from './rule';

export const timezoneInvalid: Rule = {
  code: 'timezone-invalid',
  defaultSeverity: 'warning',
  description: 'The document states its time zone as an offset no place has ("UTC+99", "UTC-14:30").',
  check({ index, model, settings }, report) {
    const zone = model.timezone;
    if (!zone || !offsetOutOfRange(zone)) return;
    // Where it is written: the header field, else the first place the text says it ("All times UTC+99").
    const field = model.header.find((f) => f.name === 'timezone' && offsetOutOfRange(f.value));
    const written = field ? { start: field.valueStart, end: field.valueEnd } : locate(index.text, zone);
    if (!written) return;
    report({
      ...written,
      message: `Time zone "${index.text.slice(written.start, written.end)}" is no offset a place has (they run from UTC-12:00 to UTC+14:00): correct it, or name the zone ("Europe/Berlin", "CET"). Until then the timeline is read in ${settings.timezone}.`,
    });
  },
};

/** The first place the text writes `zone`, spaces and case aside ("utc + 99" for "UTC+99"). */
function locate(text: string, zone: string): { start: number; end: number } | undefined {
  const pattern = new RegExp(zone.replace(/\s+/g, '').split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'i');
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
