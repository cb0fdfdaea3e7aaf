import { z } from 'zod';
import type { ActionStatus } from '../../server/src/engine/actionItems';
import { MILESTONES, type DurationKind } from '../../server/src/engine/milestones';
import { RULES } from '../../server/src/engine/rules';
import { SECTION_KINDS } from '../../server/src/engine/sectionCatalogue';

/**
 * What a careful reader wrote down about one real post-mortem, before running the engine. The rules for every
 * field are in test/corpus/LABELLING.md; `npm run accuracy` compares the engine's reading with these labels.
 * Lines are 1-based lines of the file as stored (front matter included; a CRLF file has the same lines).
 */

/** The product's own vocabulary: section kinds, milestones, figures, statuses and rule codes. */
export const LABEL_SECTION_KINDS = SECTION_KINDS;
export const LABEL_MILESTONES = MILESTONES;
export const DURATION_KINDS = ['detect', 'acknowledge', 'triage', 'identify', 'mitigate', 'resolve', 'impact', 'total'] as const satisfies readonly DurationKind[];
export const ACTION_STATUSES = ['done', 'in-progress', 'planned', 'blocked', 'cancelled'] as const satisfies readonly ActionStatus[];
export const DEFECT_CODES = RULES.map((rule) => rule.code) as [string, ...string[]];

const line = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** "2024-03-03", "2024-03-03T14:05", "2024-03-03T14:05:30", with "Z" or "+02:00" when the zone is established. */
const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/, 'ISO 8601: date, date and time, optional offset');
const clockTime = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, 'HH:MM or HH:MM:SS, 24-hour');

export const timelineEntryLabelSchema = z.strictObject({
  line,
  /** The wall-clock time as the reader reads it (24-hour), or null: date-only entry, unreadable or no time. */
  time: clockTime.nullable(),
  /** The instant when the document establishes the entry's date; null otherwise. */
  instant: isoInstant.nullable(),
  /** Milestones this entry marks (usually none or one; each milestone on at most one entry). */
  milestones: z.array(z.enum(LABEL_MILESTONES)),
});

export const durationLabelSchema = z.strictObject({
  kind: z.enum(DURATION_KINDS),
  minutes: z.number().nonnegative(),
  /** Other values a defensible convention gives (impact ending at mitigation rather than restoration, ...). */
  alternatives: z.array(z.number().nonnegative()).optional(),
  basis: z.enum(['stated', 'timeline']),
  /** Where the statement is, or the entries it is computed from. */
  lines: z.array(line),
});

export const statedFigureLabelSchema = z.strictObject({
  line,
  kind: z.enum(DURATION_KINDS),
  /** As written, in minutes ("about an hour" is 60, "2.5 hours" 150). */
  minutes: z.number().nonnegative(),
  /** Does some defensible reading of the document's own timeline give it? null when the timeline cannot tell. */
  consistent: z.boolean().nullable(),
});

export const actionItemLabelSchema = z.strictObject({
  line,
  owner: z.string().nullable(),
  status: z.enum(ACTION_STATUSES).nullable(),
  priority: z.string().nullable(),
  /** YYYY-MM-DD when a calendar date is given, else as written ("Q2 2024"), or null. */
  due: z.string().nullable(),
});

export const defectLabelSchema = z.strictObject({
  code: z.enum(DEFECT_CODES),
  /** The line the warning belongs on; null only for missing-section, which names `section` instead. */
  line: line.nullable(),
  section: z.enum(LABEL_SECTION_KINDS).optional(),
  note: z.string().optional(),
});

export const documentLabelSchema = z
  .strictObject({
    file: z.string(),
    folder: z.enum(['corpus', 'corpus-2']),
    /** postmortem: a write-up of a real (or fully worked, fictional) incident; template: blank or instructional;
     *  incident-log: a live or status-page log, not a finished write-up; other: anything else. */
    kind: z.enum(['postmortem', 'template', 'incident-log', 'other']),
    title: z.string().nullable(),
    incidentDate: isoDate.nullable(),
    /** The zone the document states for its times, as written ("UTC", "PDT", "UTC+2"), or null. */
    timezone: z.string().nullable(),
    severity: z.string().nullable(),
    sections: z.array(z.enum(LABEL_SECTION_KINDS)),
    timeline: z.array(timelineEntryLabelSchema),
    durations: z.array(durationLabelSchema),
    statedFigures: z.array(statedFigureLabelSchema),
    actionItems: z.array(actionItemLabelSchema),
    defects: z.array(defectLabelSchema),
    notes: z.string(),
  })
  .superRefine((label, context) => {
    for (const [i, defect] of label.defects.entries()) {
      if (defect.code === 'missing-section' ? !defect.section || defect.line !== null : defect.line === null) {
        context.addIssue({ code: 'custom', path: ['defects', i], message: 'missing-section has line null and a section; every other defect has a line' });
      }
    }
    const seen = new Map<string, number>();
    for (const entry of label.timeline) for (const m of entry.milestones) seen.set(m, (seen.get(m) ?? 0) + 1);
    for (const [milestone, count] of seen) {
      if (count > 1) context.addIssue({ code: 'custom', path: ['timeline'], message: `milestone ${milestone} is on ${count} entries; each milestone is on at most one` });
    }
  });

export type DocumentLabel = z.infer<typeof documentLabelSchema>;
export type TimelineEntryLabel = z.infer<typeof timelineEntryLabelSchema>;
