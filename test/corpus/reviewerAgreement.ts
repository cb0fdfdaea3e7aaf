import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Durations } from '../../server/src/engine/milestones';
import { acceptedDuration, addTally, closeEnough, milestoneKey, setTally, type Tally } from './accuracy';
import { LABEL_FOLDERS } from './labelFiles';
import { DURATION_KINDS, LABEL_MILESTONES, type DocumentLabel } from './labelSchema';

/**
 * A second reviewer's milestones and durations (test/corpus/labels-second), labelled independently, from the
 * documents and LABELLING.md's definitions only (milestones on the first labels' entry lines). They measure how far
 * two careful reviewers agree: what any reading can fairly be held to. The labels stay the truth.
 */
const documentFields = { folder: z.enum(LABEL_FOLDERS), file: z.string(), note: z.string() };
const milestonesSchema = z.array(
  z.strictObject({ ...documentFields, milestones: z.array(z.strictObject({ line: z.number().int().positive(), milestones: z.array(z.enum(LABEL_MILESTONES)).min(1) })) }),
);
const durationsSchema = z.array(
  z.strictObject({
    ...documentFields,
    durations: z.partialRecord(z.enum(DURATION_KINDS), z.strictObject({ minutes: z.number().nonnegative(), alternatives: z.array(z.number().nonnegative()).optional() })),
  }),
);
export type SecondMilestones = z.infer<typeof milestonesSchema>[number];
export type SecondDurations = z.infer<typeof durationsSchema>[number];

export interface SecondLabels {
  milestones: Map<string, SecondMilestones>;
  durations: Map<string, SecondDurations>;
}

/**
 * The second labelling by "folder/file", and its problems (a file that is not JSON or not of its shape, a document
 * no label covers); the labels are measured without the file that has them.
 */
export function loadSecondLabels(dir: string, labelled: ReadonlySet<string>): { labels: SecondLabels; problems: string[] } {
  const problems: string[] = [];
  const load = <T extends { folder: string; file: string }>(name: string, schema: z.ZodType<T[]>): Map<string, T> => {
    const path = join(dir, name);
    if (!existsSync(path)) return new Map();
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${path}: not JSON: ${(error as Error).message}`);
      return new Map();
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.')}: ${issue.message}`));
      return new Map();
    }
    const byFile = new Map(parsed.data.map((label) => [`${label.folder}/${label.file}`, label]));
    for (const file of byFile.keys()) if (!labelled.has(file)) problems.push(`${path}: ${file} is no labelled document`);
    return byFile;
  };
  return { labels: { milestones: load('milestones.json', milestonesSchema), durations: load('durations.json', durationsSchema) }, problems };
}

/** One field counted on the documents both reviewers labelled. Precision is of the first-named side. */
export interface Agreement {
  documents: number;
  /** The second reviewer against the labels: how far two reviewers agree. */
  secondVsLabels: Tally;
  /** The engine against the labels, on the same documents. */
  engineVsLabels: Tally;
  /** The engine against what both reviewers agree on (its recall is what counts). */
  engineVsConsensus: Tally;
  /** The engine against what either reviewer accepts (its precision is what counts). */
  engineVsEither: Tally;
}

export interface ReviewerAgreement {
  milestones: Agreement;
  durations: Agreement;
}

export function emptyReviewerAgreement(): ReviewerAgreement {
  const agreement = (): Agreement => ({ documents: 0, secondVsLabels: tally(), engineVsLabels: tally(), engineVsConsensus: tally(), engineVsEither: tally() });
  return { milestones: agreement(), durations: agreement() };
}

const tally = (): Tally => ({ truePositives: 0, found: 0, expected: 0 });

/**
 * Adds one document's milestones: `engine` keyed as `milestoneKey` keys the labels. A second milestone on a line
 * that is not one of the labels' entries is a problem of the second labelling (its entries are the labels').
 */
export function addMilestoneAgreement(into: Agreement, label: DocumentLabel, second: SecondMilestones, engine: string[]): string[] {
  const entryLines = new Set(label.timeline.map((entry) => entry.line));
  const problems = second.milestones.filter((m) => !entryLines.has(m.line)).map((m) => `${second.folder}/${second.file}: second milestones on line ${m.line}, not a labelled entry`);
  const labelled = label.timeline.flatMap((entry) => entry.milestones.map((m) => milestoneKey(entry.line, m)));
  const reviewed = second.milestones.flatMap((entry) => entry.milestones.map((m) => milestoneKey(entry.line, m)));
  into.documents++;
  addTally(into.secondVsLabels, setTally(reviewed, labelled));
  addTally(into.engineVsLabels, setTally(engine, labelled));
  addTally(into.engineVsConsensus, setTally(engine, reviewed.filter((key) => labelled.includes(key))));
  addTally(into.engineVsEither, setTally(engine, [...labelled, ...reviewed]));
  return problems;
}

/**
 * Adds one document's durations, kind by kind. A reviewer accepts its figure and its alternatives: the labels within
 * the rounding of their basis, the second reviewer (who records none) to the minute. Both agree on a kind when a
 * value both accept exists; the engine's figure is right against the consensus when both accept it.
 */
export function addDurationAgreement(into: Agreement, label: DocumentLabel, second: SecondDurations, engine: Durations): void {
  into.documents++;
  for (const kind of DURATION_KINDS) {
    const labelled = label.durations.find((d) => d.kind === kind);
    const reviewed = second.durations[kind];
    const computed = engine[`${kind}Minutes` as const];
    const reviewedValues = reviewed ? [reviewed.minutes, ...(reviewed.alternatives ?? [])] : [];
    const acceptedByLabels = (minutes: number) => labelled !== undefined && acceptedDuration(labelled, minutes);
    const acceptedBySecond = (minutes: number) => reviewedValues.some((m) => closeEnough(minutes, m, false));
    const agreed = reviewedValues.some(acceptedByLabels);
    const count = (t: Tally, found: boolean, expected: boolean, right: boolean) => addTally(t, { truePositives: right ? 1 : 0, found: found ? 1 : 0, expected: expected ? 1 : 0 });
    count(into.secondVsLabels, reviewed !== undefined, labelled !== undefined, agreed);
    count(into.engineVsLabels, computed !== null, labelled !== undefined, computed !== null && acceptedByLabels(computed));
    count(into.engineVsConsensus, computed !== null, agreed, agreed && computed !== null && acceptedByLabels(computed) && acceptedBySecond(computed));
    count(into.engineVsEither, computed !== null, labelled !== undefined || reviewed !== undefined, computed !== null && (acceptedByLabels(computed) || acceptedBySecond(computed)));
  }
}
