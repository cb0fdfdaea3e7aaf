import * as z from './zod';
import { knownRules, settingsSchema, type Settings, type SettingsProblem } from './settings';
import { TEAM_CONFIG_FILE } from './teamConfigFile';

export { TEAM_CONFIG_FILE };

/** A setting the team file shares with VS Code: same type and description, no default (unset keys fall through). */
function shared<K extends 'requiredSections' | 'severityScale' | 'timezone' | 'ownerRequiredFor' | 'dueDateRequiredFor' | 'priorities' | 'rules'>(key: K) {
  const setting = settingsSchema.shape[key];
  return z.optional(setting.def.innerType as (typeof settingsSchema.shape)[K]['def']['innerType']).check(z.describe(descriptionOf(setting)));
}

function descriptionOf(schema: z.core.$ZodType): string {
  return z.globalRegistry.get(schema)?.description ?? '';
}

/**
 * The team file `.postmortemrc.json`: the analysis settings a team shares in its repository (editor-only settings
 * such as which files are post-mortems stay in VS Code). What it sets wins over the VS Code settings, so the editor
 * and CI (`postmortem lint`) judge a document alike.
 */
export const teamConfigSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    requiredSections: shared('requiredSections'),
    severityScale: shared('severityScale'),
    timezone: shared('timezone'),
    slo: z
      .optional(z.strictObject({ targetPercent: z.optional(z.number().check(z.gt(0), z.lt(100))), windowDays: z.optional(z.number().check(z.positive())) }))
      .check(z.describe(descriptionOf(settingsSchema.shape.slo))),
    ownerRequiredFor: shared('ownerRequiredFor'),
    dueDateRequiredFor: shared('dueDateRequiredFor'),
    priorities: shared('priorities'),
    rules: shared('rules'),
  })
  .check(z.describe('Post-mortem checks shared by a team: put it at the workspace root (the CLI uses the nearest one up the tree).'));

export type TeamConfig = z.infer<typeof teamConfigSchema>;

/**
 * Reads the team file key by key: invalid JSON, an unknown key or a bad value is reported with its key, and only
 * that key falls back (to the VS Code setting, else the default).
 */
export function parseTeamConfig(text: string): { config: Partial<Settings>; problems: SettingsProblem[] } {
  let raw: unknown;
  try {
    // A UTF-8 byte order mark, as Windows editors write it, is no part of the JSON (VS Code strips it too).
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { config: {}, problems: [{ key: '(file)', message: `${TEAM_CONFIG_FILE} is not valid JSON (${(error as Error).message}); using the defaults.` }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: {}, problems: [{ key: '(file)', message: `${TEAM_CONFIG_FILE} must hold a JSON object; using the defaults.` }] };
  }
  const config: Record<string, unknown> = {};
  const problems: SettingsProblem[] = [];
  const shape = teamConfigSchema.shape as Record<string, z.ZodMiniType>;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    // Own keys only: "constructor", "toString" or "__proto__" are unknown keys, not the object's prototype.
    const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!schema) {
      problems.push({ key, message: `${TEAM_CONFIG_FILE}: unknown key "${key}" is ignored (known: ${Object.keys(shape).filter((k) => k !== '$schema').join(', ')}).` });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) config[key] = key === 'rules' ? knownRules(value, result.data as Settings['rules'], `${TEAM_CONFIG_FILE}: `, problems) : result.data;
    else problems.push({ key, message: `${TEAM_CONFIG_FILE}: ${key}: ${z.prettifyError(result.error).replace(/\n/g, ' ')}; using the default.` });
  }
  return { config: config as Partial<Settings>, problems };
}

/** Settings with the team file applied on top; `slo` is merged field by field. */
export function applyTeamConfig(settings: Settings, config: Partial<Settings> | undefined): Settings {
  if (!config) return settings;
  return { ...settings, ...config, slo: { ...settings.slo, ...config.slo } };
}
