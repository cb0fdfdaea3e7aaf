import { z } from 'zod';

/**
 * Custom LSP requests between the client and the server, typed in one place (rust-analyzer's lsp_ext.ts idea).
 * Both sides validate what they receive with these schemas.
 */

export const timelineEntryViewSchema = z.object({
  /** 0-based line of the entry in the document. */
  line: z.number().int().nonnegative(),
  /** The time as written ("14:02", "June 14th, 2022, 10:00 AM", "14:??"). */
  time: z.string(),
  /** ISO 8601 instant when the date is known, else null. */
  at: z.string().nullable(),
  /** Minutes since the incident's start (the first timed entry, or the "started" milestone); null when unreadable. */
  minutesFromStart: z.number().nullable(),
  event: z.string(),
  actor: z.string().nullable(),
  milestone: z.enum(['started', 'detected', 'acknowledged', 'triaged', 'identified', 'mitigated', 'resolved']).nullable(),
  approximate: z.boolean(),
  /** The time could not be read (drawn apart, never placed on the axis by guess). */
  unreadable: z.boolean(),
});

const minutes = z.number().nullable();

export const timelineViewSchema = z.object({
  uri: z.string(),
  version: z.number().int(),
  title: z.string().nullable(),
  severity: z.string().nullable(),
  timezone: z.string().nullable(),
  /** ISO 8601 of the start the minutes are counted from, when the date is known. */
  startAt: z.string().nullable(),
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
  result: timelineViewSchema.nullable(),
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
  result: z.object({ uri: z.string(), text: z.string() }).nullable(),
} as const;

/** Server -> client, from the web worker: the workspace's Markdown files (for related-incident links and names). */
export const workspaceFilesRequest = {
  method: 'postmortem/workspaceFiles',
  params: z.object({}),
  result: z.array(z.object({ uri: z.string(), name: z.string() })).max(5000),
} as const;

/** Server -> client, from the web worker: one workspace file's text; null when it is outside the workspace or unreadable. */
export const fileTextRequest = {
  method: 'postmortem/fileText',
  params: z.object({ uri: z.string() }),
  result: z.string().nullable(),
} as const;
