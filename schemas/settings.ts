import * as z from './zod';
import { RULE_CODES } from '../server/src/engine/rules/codes';
import { DEFAULT_SEVERITY_SCALE } from '../server/src/engine/rules/severity';
import { SECTION_KINDS } from '../server/src/engine/sectionCatalogue';

/** Severity a rule can be set to, or `off` to silence it. */
export const ruleLevelSchema = z.enum(['off', 'error', 'warning', 'information', 'hint']);
export type RuleLevel = z.infer<typeof ruleLevelSchema>;

export const DEFAULT_POSTMORTEM_GLOBS = [
  '**/postmortems/**/*.md',
  '**/post-mortems/**/*.md',
  '**/incidents/**/*.md',
  '**/incident-reports/**/*.md',
  '**/*postmortem*.md',
  '**/*post-mortem*.md',
  '**/*incident-report*.md',
];

export { DEFAULT_SEVERITY_SCALE };
// Jira's scheme too: Highest, High, Medium, Low, Lowest; Linear's and incident.io's Urgent.
export const DEFAULT_PRIORITIES = ['P0', 'P1', 'P2', 'P3', 'P4', 'Critical', 'Urgent', 'Highest', 'High', 'Medium', 'Low', 'Lowest'];

export const DEFAULT_REQUIRED_SECTIONS = ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items'] as const;

/**
 * The `postmortem.*` settings. Every key has a default so a bad value can fall back key by key; package.json's
 * `contributes.configuration` is checked against this schema by the unit tests.
 */
export const settingsSchema = z.object({
  files: z
    ._default(z.array(z.string()), [...DEFAULT_POSTMORTEM_GLOBS])
    .check(z.describe('Glob patterns of Markdown files that are post-mortems. Matched against the full path, case-insensitively.')),
  detectByContent: z
    ._default(z.boolean(), true)
    .check(z.describe('Also treat a Markdown file as a post-mortem when its content reads like one: front matter that says `type: postmortem`, a title like "Post-Mortem: ..." or "Incident Report", or the sections and timeline of one.')),
  requiredSections: z
    ._default(z.array(z.enum(SECTION_KINDS)), [...DEFAULT_REQUIRED_SECTIONS])
    .check(z.describe('Sections every post-mortem must have (`missing-section`). Each is recognised by its name and synonyms at any heading level.')),
  severityScale: z
    ._default(z.array(z.string().check(z.minLength(1))), [...DEFAULT_SEVERITY_SCALE])
    .check(z.describe('The severity levels your team uses, most severe first. `severity-unknown` reports any other value.')),
  timezone: z
    ._default(z.string().check(z.minLength(1)), 'UTC')
    .check(z.describe('Time zone for timeline times when neither the entry nor the document states one (an abbreviation such as `UTC`, `CET`, `PST`, an offset such as `UTC+2`, or an IANA name such as `Europe/Berlin`).')),
  slo: z
    ._default(
      z.object({
        targetPercent: z._default(z.number().check(z.gt(0), z.lt(100)), 99.9),
        windowDays: z._default(z.number().check(z.positive()), 30),
      }),
      { targetPercent: 99.9, windowDays: 30 },
    )
    .check(z.describe('The availability objective and its window, for the error budget: (1 - target) x window. 99.9% over 30 days is 43.2 minutes.')),
  ownerRequiredFor: z
    ._default(z.array(z.string()), [])
    .check(z.describe('Priorities whose action items must name an owner (`action-item-missing-owner`). Empty: every action item.')),
  dueDateRequiredFor: z
    ._default(z.array(z.string()), [])
    .check(z.describe('Priorities whose action items must have a due date (`action-item-missing-due-date`). Empty: every action item.')),
  priorities: z
    ._default(z.array(z.string().check(z.minLength(1))), [...DEFAULT_PRIORITIES])
    .check(z.describe('Action-item priorities your team uses. `action-item-unknown-priority` reports any other value.')),
  rules: z
    ._default(z.record(z.string(), ruleLevelSchema), {})
    .check(z.describe('Per-rule severity by rule code, or "off". Example: { "placeholder": "error" }.')),
  debounceMs: z
    ._default(z.int().check(z.minimum(0), z.maximum(5000)), 300)
    .check(z.describe('Milliseconds to wait after the last keystroke before checking the document again.')),
  'newIncident.folder': z
    ._default(z.string(), 'postmortems')
    .check(z.describe('Folder where **Post-Mortem: New Incident** creates `<YYYY-MM-DD>-<slug>.md`, relative to the workspace folder (or absolute).')),
  'newIncident.template': z
    ._default(z.string(), '')
    .check(z.describe('Template file for **Post-Mortem: New Incident**, relative to the workspace folder (or absolute); empty: the built-in template. Variables: `{{title}}`, `{{severity}}`, `{{date}}`, `{{time}}`, `{{timezone}}`, `{{today}}`, and `{{cursor}}` where the cursor goes.')),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export interface SettingsProblem {
  key: string;
  message: string;
}

/**
 * Validates raw settings key by key: a bad value is reported with its key and replaced by that key's default,
 * the good keys are kept.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const input = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    if (input[key] === undefined || input[key] === null) continue;
    const result = (schema as z.ZodMiniType).safeParse(input[key]);
    if (!result.success) problems.push({ key, message: `postmortem.${key}: ${z.prettifyError(result.error).replace(/\n/g, ' ')}; using the default.` });
    else if (key === 'rules') settings[key] = knownRules(input[key], result.data as Settings['rules'], 'postmortem.', problems);
    else settings[key] = result.data;
  }
  return { settings: settings as Settings, problems };
}

/**
 * The levels of `rules` (already valid) for codes that name a rule; each other key (a misspelt code, or
 * `__proto__`, which the parsed record drops silently) is reported with its key and ignored.
 */
export function knownRules(raw: unknown, rules: Settings['rules'], prefix: string, problems: SettingsProblem[]): Settings['rules'] {
  const known: Settings['rules'] = {};
  for (const code of Object.keys(raw as object)) {
    if ((RULE_CODES as readonly string[]).includes(code)) known[code] = rules[code];
    else problems.push({ key: `rules.${code}`, message: `${prefix}rules: unknown rule "${code}" is ignored (rules: ${RULE_CODES.join(', ')}).` });
  }
  return known;
}
