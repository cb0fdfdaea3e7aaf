import type { HeaderField } from '../headerFields';
import type { PostmortemModel } from '../model';

export function severityField(model: PostmortemModel): HeaderField | undefined {
  return model.header.find((field) => field.name === 'severity');
}

/** "SEV-1", "Sev 1" and "sev1" are the same level. */
export function normaliseLevel(level: string): string {
  return level.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The levels of the scale that a severity value names ("SEV1 / SEV2 / SEV3" names three). */
export function severityLevels(value: string, scale: readonly string[]): string[] {
  const parts = value.split(/\s*(?:\/|\||,|\bor\b)\s*/i).map((part) => part.trim()).filter(Boolean);
  const known = new Map(scale.map((level) => [normaliseLevel(level), level]));
  return parts.filter((part) => known.has(normaliseLevel(part.split(/[\s(:]/)[0] ?? part)) || known.has(normaliseLevel(part)));
}
