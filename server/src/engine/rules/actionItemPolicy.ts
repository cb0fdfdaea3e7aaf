import type { ActionItem } from '../actionItems';
import type { CalendarDate } from '../timestamps';

/** Still to be done: a finished or dropped item needs no owner or due date, and cannot be overdue. */
export function isOpen(item: ActionItem): boolean {
  return item.statusKind !== 'done' && item.statusKind !== 'cancelled';
}

/**
 * When an item is due: a date written without its year ("due Jan 9") is its first day on or after the incident (a
 * follow-up of a November incident due in January is due the next year); with no incident year, as written.
 */
export function dueDateOf(item: ActionItem, incident: CalendarDate | undefined): CalendarDate | undefined {
  const due = item.dueDate;
  // "end of Q3" with no year written anywhere: which Q3 is anyone's guess.
  if (due?.periodEnd && !due.year && !incident?.year) return undefined;
  if (!due || due.year || !incident?.year) return due && weekEnd(due);
  const later = due.month > incident.month || (due.month === incident.month && due.day >= incident.day);
  return weekEnd({ ...due, year: later ? incident.year : incident.year + 1 });
}

/** A week's first day ("w/c 23/11") as the week's last, once its year is known; any other date as it is. */
export function weekEnd(date: CalendarDate): CalendarDate {
  if (!date.weekStart || date.year === undefined) return date;
  const sixth = new Date(Date.UTC(date.year, date.month - 1, date.day + 6));
  return { year: sixth.getUTCFullYear(), month: sixth.getUTCMonth() + 1, day: sixth.getUTCDate() };
}

/** Whether a requirement configured per priority applies to an item: an empty list means every item. */
export function requiredFor(item: ActionItem, priorities: readonly string[]): boolean {
  if (priorities.length === 0) return true;
  return item.priority !== undefined && priorityIn(item.priority.text, priorities) !== undefined;
}

/**
 * A level written in the team's own language ("| hoch |", "| moyenne |", "| baja |"): the English level of the scale
 * it names, in the languages the catalogue reads.
 */
const TRANSLATED_LEVELS = new Map<string, string>([
  ...['kritisch', 'critique', 'crítica', 'crítico', 'critica', 'critico', 'kritiek', 'krytyczny', 'kritisk'].map((w) => [w, 'critical'] as const),
  ...['dringend', 'urgente', 'pilny', 'brådskande', 'haster'].map((w) => [w, 'urgent'] as const),
  ...['hoch', 'haute', 'élevée', 'élevé', 'alta', 'alto', 'hoog', 'wysoki', 'høy', 'hög', 'høj'].map((w) => [w, 'high'] as const),
  ...['mittel', 'moyenne', 'moyen', 'media', 'medio', 'média', 'médio', 'middel', 'gemiddeld', 'średni', 'middels', 'medel', 'mellem'].map((w) => [w, 'medium'] as const),
  ...['niedrig', 'gering', 'basse', 'bas', 'faible', 'baja', 'bajo', 'bassa', 'basso', 'baixa', 'baixo', 'laag', 'niski', 'lav', 'låg'].map((w) => [w, 'low'] as const),
]);

/** A gloss after a level: "P1 (high)", "P1 - High", "P2 / medium". */
const GLOSSED = /^(\S+?)\s*(?:\([^()]*\)|\s[-–—/|]\s.*)$/;

/**
 * The level of `priorities` a priority as written names, or undefined: compared without regard to case, past its
 * decoration ("🔴 High", "**P1**"), a gloss ("P1 (high)"), a GitLab scoped label (`~"priority::1"`), and a bare level
 * number where the scale numbers its levels ("1" for P1).
 */
export function priorityIn(written: string, priorities: readonly string[]): string | undefined {
  const named = (text: string) => {
    const lower = text.toLowerCase();
    const english = TRANSLATED_LEVELS.get(lower);
    return priorities.find((p) => p.toLowerCase() === lower) ?? (/^\d$/.test(lower) ? priorities.find((p) => p.toLowerCase() === `p${lower}`) : undefined) ?? (english ? priorities.find((p) => p.toLowerCase() === english) : undefined);
  };
  const exact = named(written);
  if (exact) return exact;
  const plain = written.replace(/[~"'`*_]/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '');
  const value = /^priority::\s*(.+)$/i.exec(plain)?.[1] ?? plain;
  const level = GLOSSED.exec(value)?.[1];
  return named(value) ?? (level ? named(level) : undefined);
}
