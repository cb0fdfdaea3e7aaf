import type { HeaderField } from '../headerFields';
import type { PostmortemModel } from '../model';

/**
 * The severity field; without one, an ITSM ticket's "Priority: P1" when it names a level of the scale (the team's,
 * or any common one with the default scale): the level the incident was handled at.
 */
export function severityField(model: PostmortemModel, scale: readonly string[] = DEFAULT_SEVERITY_SCALE): HeaderField | undefined {
  const severity = model.header.find((field) => field.name === 'severity');
  if (severity) return severity;
  const priority = model.header.find((field) => field.name === 'priority');
  return priority && isKnownLevel(priority.value, scale) ? priority : undefined;
}

/** "SEV-1", "Sev 1" and "sev1" are the same level. */
export function normaliseLevel(level: string): string {
  return level.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The levels of the scale that a severity value names ("SEV1 / SEV2 / SEV3" names three). */
export function severityLevels(value: string, scale: readonly string[]): string[] {
  // "[SEV-1 / SEV-2 / SEV-3]": the template's brackets around its choices are not part of them.
  const choices = value.replace(/^[\s[(<*_`]+|(?<![\s\])>*_`])[\s\])>*_`]+$/g, '');
  const parts = choices.split(/\s*(?:\/|\||,|\bor\b)\s*/i).map((part) => part.replace(/\s*\([^()]*\)?\s*$/, '').trim()).filter(Boolean);
  const known = new Map(scale.map((level) => [normaliseLevel(level), level]));
  const levels = parts.filter((part) => known.has(normaliseLevel(part.split(/[\s(:]/)[0] ?? part)) || known.has(normaliseLevel(part)));
  if (levels.length > 0 || !isDefaultScale(scale)) return levels;
  // "1 / 2 / 3 / 4 (delete as appropriate)", "P1 / P2 / P3": a template's choices on another common scale, each of one
  // kind; three of them or more, or two with the template's instruction beside them.
  const leads = parts.map((part) => /^([a-z]*)[\s_-]*[0-5](?![\w.])/i.exec(part));
  const oneKind = leads.every((lead) => lead && lead[1].toLowerCase() === leads[0]![1].toLowerCase() && /^(?:sev(?:erity)?|p|s|level|tier|)$/i.test(lead[1]));
  return oneKind && (parts.length >= 3 || (parts.length === 2 && TEMPLATE_INSTRUCTION.test(value))) ? leads.map((lead) => lead![0]) : [];
}

const TEMPLATE_INSTRUCTION = /\b(?:delete|choose|pick|select|circle)\b[^()]*\b(?:appropriate|one|applicable)\b/i;

function isDefaultScale(scale: readonly string[]): boolean {
  return scale.length === DEFAULT_SEVERITY_SCALE.length && scale.every((l, i) => l === DEFAULT_SEVERITY_SCALE[i]);
}

/** The scale `postmortem.severityScale` defaults to (the settings schema takes it from here: the engine needs no zod). */
export const DEFAULT_SEVERITY_SCALE = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5'];

/**
 * Levels of the scales teams commonly use: SEV1-SEV5 (in any spelling), 1-5, P0-P4, level or tier 1-5, words,
 * colours, a status page's levels, and none for a near miss. Until a team sets its own scale, a value from any of
 * them is a real severity, not a mistake.
 */
const COMMON_LEVEL = /^(?:(?:sev(?:erity)?|priority|prio|category|cat)\s*[-_]?\s*[0-5]|s[0-5]|[0-5]|p[0-4]|(?:level|tier|l)\s*[-_]?\s*[0-5]|critical|high|major|medium|moderate|minor|low|[一二三四五]级(?:故障|事故)?|p[0-4]级|(?:特大|重大|较大|一般|严重|紧急)(?:故障|事故)?|высокая|средняя|низкая|критическая|tinggi|sedang|rendah|kritis|alt[ao]|m[eé]di[ao]|baj[ao]|baix[ao]|cr[ií]tic[ao]|grave|hoch|mittel|niedrig|kritisch|haute|moyenne|basse|critique|majeure|mineure|informational|info|severe|serious|significant|blocker|urgent|emergency|trivial|cosmetic|negligible|red|amber|orange|yellow|green|n\/?a|none|near[\s-]miss|(?:major|partial|full|total|complete|minor)[\s-]outage|degraded(?:[\s-]performance)?|disrupted|down|under[\s-]maintenance|maintenance|notice)$/i;

/** Whether the value names a level the team accepts: its configured scale, or any common one with the default scale. */
export function isKnownLevel(value: string, scale: readonly string[]): boolean {
  // "🔴 Critical", "[High]": the marks around a level are not part of it.
  const level = value.replace(/[^\p{L}\p{N}\s_-]/gu, ' ').trim();
  const known = new Set(scale.map(normaliseLevel));
  const words = level.split(/\s+/).filter(Boolean);
  if (known.has(normaliseLevel(level)) || words.some((word) => known.has(normaliseLevel(word)))) return true;
  const defaultScale = isDefaultScale(scale);
  // "SEV-2 – degraded network operations", "Level 2 – internal users blocked": the level, then what it meant.
  const lead = /^(?:(?:sev(?:erity)?|priority|prio|category|cat|level|tier)[\s_-]*[0-5]|[sp][0-5])\b/i.exec(level)?.[0] ?? words[0] ?? '';
  if (known.has(normaliseLevel(lead))) return true;
  return defaultScale && (COMMON_LEVEL.test(level) || COMMON_LEVEL.test(lead));
}
