/**
 * Filling a post-mortem template: pure text functions, shared by New Incident and its tests.
 *
 * Variables: {{title}}, {{severity}}, {{date}} (incident date, YYYY-MM-DD), {{time}} (HH:mm), {{timezone}},
 * {{today}} (YYYY-MM-DD), and {{cursor}}, which marks where the cursor goes (removed; a [Placeholder] right after
 * it is selected, so typing replaces it). Unknown variables are left as they are.
 */
export interface TemplateValues {
  title: string;
  severity: string;
  date: string;
  time: string;
  timezone: string;
  today: string;
}

export interface FilledTemplate {
  text: string;
  /** Offsets of the selection to put the cursor at (equal when nothing is selected). */
  selectionStart: number;
  selectionEnd: number;
}

export function fillTemplate(template: string, values: TemplateValues): FilledTemplate {
  const cursorMark = '\u0000cursor\u0000';
  const replaced = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (name === 'cursor') return cursorMark;
    return Object.hasOwn(values, name) ? values[name as keyof TemplateValues] : whole;
  });
  const at = replaced.indexOf(cursorMark);
  const text = replaced.split(cursorMark).join('');
  if (at < 0) {
    // No marker: the line after the first summary heading, else the end of the title line.
    const summary = /^#{1,6}\s.*summary.*$/im.exec(text);
    const offset = summary ? Math.min(text.length, summary.index + summary[0].length + 1) : text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length;
    return { text, selectionStart: offset, selectionEnd: offset };
  }
  const placeholder = /^\[[^\]\n]+\]/.exec(text.slice(at));
  return { text, selectionStart: at, selectionEnd: at + (placeholder ? placeholder[0].length : 0) };
}

/** A file-name slug: "Checkout latency: EU (p99 > 8s)" -> "checkout-latency-eu-p99-8s". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'incident';
}

/** `<date>-<slug>.md`, then `<date>-<slug>-2.md`, `-3` ... : the n-th candidate name (n from 1). */
export function candidateName(date: string, title: string, n: number): string {
  return `${date}-${slugify(title)}${n > 1 ? `-${n}` : ''}.md`;
}

/** Reads "2025-10-26 14:05" (or "2025-10-26T14:05", or a date alone, at 00:00). */
export function readIncidentStart(text: string): { date: string; time: string } | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?\s*$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hours = m[4] === undefined ? 0 : Number(m[4]);
  const minutes = m[5] === undefined ? 0 : Number(m[5]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (hours > 23 || minutes > 59) return undefined;
  return { date: `${m[1]}-${m[2]}-${m[3]}`, time: `${String(hours).padStart(2, '0')}:${m[5] ?? '00'}` };
}
