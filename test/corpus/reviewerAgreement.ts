import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { addTally, milestoneKey, setTally, type Tally } from './accuracy';
import { LABEL_FOLDERS } from './labelFiles';
import { LABEL_MILESTONES, type DocumentLabel } from './labelSchema';

/**
 * A second reviewer's milestones for the documents with timelines (test/corpus/labels-second/milestones.json),
 * labelled independently, from the documents and LABELLING.md's definitions only, on the first labels' entry lines.
 * They measure how far two careful reviewers agree: the most any reading of milestones can be held to.
 */
const secondLabelsSchema = z.array(
  z.strictObject({
    folder: z.enum(LABEL_FOLDERS),
    file: z.string(),
    milestones: z.array(z.strictObject({ line: z.number().int().positive(), milestones: z.array(z.enum(LABEL_MILESTONES)).min(1) })),
    note: z.string(),
  }),
);
export type SecondLabel = z.infer<typeof secondLabelsSchema>[number];

/** The second labelling by "folder/file", or the problems that keep it out (the labels stand without it). */
export function loadSecondLabels(path: string): { labels: Map<string, SecondLabel>; problems: string[] } {
  if (!existsSync(path)) return { labels: new Map(), problems: [] };
  const parsed = secondLabelsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) return { labels: new Map(), problems: parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.')}: ${issue.message}`) };
  return { labels: new Map(parsed.data.map((label) => [`${label.folder}/${label.file}`, label])), problems: [] };
}

/** Milestones counted three ways on the documents both reviewers labelled. Precision is of the first-named side. */
export interface MilestoneAgreement {
  documents: number;
  /** The second reviewer against the labels: how far two reviewers agree. */
  secondVsLabels: Tally;
  /** The engine against the labels, on the same documents. */
  engineVsLabels: Tally;
  /** The engine against the milestones both reviewers put on the same entry (its recall is what counts). */
  engineVsConsensus: Tally;
  /** The engine against the milestones either reviewer puts on an entry (its precision is what counts). */
  engineVsEither: Tally;
}

export function emptyAgreement(): MilestoneAgreement {
  const tally = () => ({ truePositives: 0, found: 0, expected: 0 });
  return { documents: 0, secondVsLabels: tally(), engineVsLabels: tally(), engineVsConsensus: tally(), engineVsEither: tally() };
}

/**
 * Adds one document: `engine` keyed as `milestoneKey` keys the labels. A second milestone on a line that is not one
 * of the labels' entries is a problem of the second labelling (its entries are the labels').
 */
export function addAgreement(into: MilestoneAgreement, label: DocumentLabel, second: SecondLabel, engine: string[]): string[] {
  const entryLines = new Set(label.timeline.map((entry) => entry.line));
  const problems = second.milestones.filter((m) => !entryLines.has(m.line)).map((m) => `${second.folder}/${second.file}: second milestones on line ${m.line}, not a labelled entry`);
  const labelled = label.timeline.flatMap((entry) => entry.milestones.map((m) => milestoneKey(entry.line, m)));
  const reviewed = second.milestones.flatMap((entry) => entry.milestones.map((m) => milestoneKey(entry.line, m)));
  const consensus = reviewed.filter((key) => labelled.includes(key));
  into.documents++;
  addTally(into.secondVsLabels, setTally(reviewed, labelled));
  addTally(into.engineVsLabels, setTally(engine, labelled));
  addTally(into.engineVsConsensus, setTally(engine, consensus));
  addTally(into.engineVsEither, setTally(engine, [...labelled, ...reviewed]));
  return problems;
}
