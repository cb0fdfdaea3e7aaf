import * as z from './zod';

/**
 * Custom LSP requests between the client and the server, typed in one place (rust-analyzer's lsp_ext.ts idea).
 * Both sides validate what they receive with these schemas.
 */

const milestoneSchema = z.enum(['started', 'detected', 'acknowledged', 'triaged', 'identified', 'mitigated', 'resolved']);

export const timelineEntryViewSchema = z.object({
  /** 0-based line of the entry in the document. */
  line: z.int().check(z.nonnegative()),
  /** The time as written ("14:02", "June 14th, 2022, 10:00 AM", "14:??"). */
  time: z.string(),
  /** ISO 8601 instant when the date is known, else null. */
  at: z.nullable(z.string()),
  /** Minutes since the incident's start (the first timed entry, or the "started" milestone); null when unreadable. */
  minutesFromStart: z.nullable(z.number()),
  event: z.string(),
  actor: z.nullable(z.string()),
  /** The entry's first milestone (its marker's colour); null when it marks none. */
  milestone: z.nullable(milestoneSchema),
  /** Every milestone the entry marks, in the order of an incident (an alert that is also the start marks two). */
  milestones: z.array(milestoneSchema),
  approximate: z.boolean(),
  /** The time could not be read (drawn apart, never placed on the axis by guess). */
  unreadable: z.boolean(),
});

const minutes = z.nullable(z.number());

export const timelineViewSchema = z.object({
  uri: z.string(),
  version: z.int(),
  title: z.nullable(z.string()),
  severity: z.nullable(z.string()),
  timezone: z.nullable(z.string()),
  /** ISO 8601 of the start the minutes are counted from, when the date is known. */
  startAt: z.nullable(z.string()),
  entries: z.array(timelineEntryViewSchema),
  durations: z.object({
    detectMinutes: minutes,
    acknowledgeMinutes: minutes,
    mitigateMinutes: minutes,
    resolveMinutes: minutes,
    impactMinutes: minutes,
    totalMinutes: minutes,
  }),
});

export type TimelineEntryView = z.infer<typeof timelineEntryViewSchema>;
export type TimelineView = z.infer<typeof timelineViewSchema>;

export const timelineRequest = {
  method: 'postmortem/timeline',
  params: z.object({ uri: z.string() }),
  /** null when the document is not open or is not a post-mortem. */
  result: z.nullable(timelineViewSchema),
} as const;

export type TimelineParams = z.infer<typeof timelineRequest.params>;

/**
 * Server -> client, asked by a server that cannot read files itself (the web worker): the team file nearest to a
 * document, in its folder or above it within its workspace folder.
 */
export const teamConfigRequest = {
  method: 'postmortem/teamConfig',
  params: z.object({ uri: z.string() }),
  /** null when there is none. */
  result: z.nullable(z.object({ uri: z.string(), text: z.string() })),
} as const;

/** Server -> client, from the web worker: the workspace's Markdown files (for related-incident links and names). */
export const workspaceFilesRequest = {
  method: 'postmortem/workspaceFiles',
  params: z.object({}),
  result: z.array(z.object({ uri: z.string(), name: z.string() })).check(z.maxLength(5000)),
} as const;

/** Server -> client, from the web worker: one workspace file's text; null when it is outside the workspace or unreadable. */
export const fileTextRequest = {
  method: 'postmortem/fileText',
  params: z.object({ uri: z.string() }),
  result: z.nullable(z.string()),
} as const;
