import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { addTally, engineMilestones, MISMATCH_CODES, measureDocument, type FieldTallies, type Tally } from './accuracy';
import { checkLabel, corpusDocuments, LABEL_FOLDERS, labelPath, type LabelFolder } from './labelFiles';
import type { DocumentLabel } from './labelSchema';
import { addDurationAgreement, addMilestoneAgreement, emptyReviewerAgreement, loadSecondLabels, type ReviewerAgreement } from './reviewerAgreement';

/** The day the labels judge overdue action items against. */
export const LABEL_TODAY = '2026-11-28';

export interface FieldFigures extends Tally {
  /** Percentages, one decimal; null when nothing was found (precision) or expected (recall). */
  precision: number | null;
  recall: number | null;
}

export interface CorpusFigures {
  documents: number;
  fields: Record<string, FieldFigures>;
  /** Reports of `stated-*` / `error-budget-mismatch` that no label supports: wrong accusations. */
  falseMismatches: number;
  /** Per field, the documents with the most misses and extras, worst first. */
  worst: Record<string, { file: string; missed: number; extra: number }[]>;
  /** Label files that do not check out (schema, file name, lines): measured without them. */
  labelProblems: string[];
  /** Milestones and durations against a second reviewer's (test/corpus/labels-second), where it labelled them. */
  reviewerAgreement: ReviewerAgreement;
  /** What is wrong with the second labelling (it is measured as it is; the labels' figures do not depend on it). */
  secondLabelProblems: string[];
}

interface LabelledDocument {
  folder: LabelFolder;
  file: string;
  text: string;
  label: DocumentLabel;
}

/** Reads every labelled document of ../shared/corpus and ../shared/corpus-2 with its label. */
export function loadLabelledCorpus(sharedDir: string, labelsDir: string): { documents: LabelledDocument[]; problems: string[] } {
  const documents: LabelledDocument[] = [];
  const problems: string[] = [];
  for (const folder of LABEL_FOLDERS) {
    for (const file of corpusDocuments(sharedDir, folder)) {
      const path = labelPath(labelsDir, folder, file);
      if (!existsSync(path)) {
        problems.push(`no label for ${folder}/${file}`);
        continue;
      }
      const text = readFileSync(join(sharedDir, folder, file), 'utf8');
      const checked = checkLabel(path, text, folder, file);
      problems.push(...checked.problems);
      if (checked.label && checked.problems.length === 0) documents.push({ folder, file, text, label: checked.label });
    }
  }
  return { documents, problems };
}

/**
 * Runs the engine over every labelled document (default settings, the labels' today) and `postmortem lint` over a
 * plain folder holding them under their original names, and sums what matches the labels.
 */
export function measureCorpus(sharedDir: string, labelsDir: string, cliPath: string): CorpusFigures {
  const { documents, problems } = loadLabelledCorpus(sharedDir, labelsDir);
  const second = loadSecondLabels(join(labelsDir, '..', 'labels-second'), new Set(documents.map((d) => `${d.folder}/${d.file}`)));
  const secondLabelProblems = [...second.problems];
  const reviewerAgreement = emptyReviewerAgreement();
  const detected = detectInPlainFolder(sharedDir, documents, cliPath);
  const totals: FieldTallies = {};
  const perDocument: { file: string; fields: FieldTallies }[] = [];
  for (const document of documents) {
    const analysis = analyzeText(document.text, { settings: DEFAULT_SETTINGS, today: LABEL_TODAY });
    const fields = measureDocument(document.label, analysis, detected.get(document));
    const file = `${document.folder}/${document.file}`;
    const secondMilestones = second.labels.milestones.get(file);
    if (secondMilestones) secondLabelProblems.push(...addMilestoneAgreement(reviewerAgreement.milestones, document.label, secondMilestones, engineMilestones(document.label, analysis)));
    const secondDurations = second.labels.durations.get(file);
    if (secondDurations) addDurationAgreement(reviewerAgreement.durations, document.label, secondDurations, analysis.model.durations);
    perDocument.push({ file, fields });
    for (const [name, counts] of Object.entries(fields)) addTally((totals[name] ??= { truePositives: 0, found: 0, expected: 0 }), counts);
  }
  const percent = (part: number, whole: number) => (whole === 0 ? null : Math.floor((1000 * part) / whole) / 10);
  const fields: Record<string, FieldFigures> = {};
  for (const name of Object.keys(totals).sort(fieldOrder)) {
    const t = totals[name];
    fields[name] = { ...t, precision: percent(t.truePositives, t.found), recall: percent(t.truePositives, t.expected) };
  }
  const worst: CorpusFigures['worst'] = {};
  for (const name of Object.keys(fields)) {
    worst[name] = perDocument
      .filter((d) => d.fields[name])
      .map(({ file, fields: f }) => ({ file, missed: f[name].expected - f[name].truePositives, extra: f[name].found - f[name].truePositives }))
      .filter((d) => d.missed + d.extra > 0)
      .sort((a, b) => b.missed + b.extra - (a.missed + a.extra) || a.file.localeCompare(b.file))
      .slice(0, 5);
  }
  const falseMismatches = MISMATCH_CODES.reduce((sum, code) => sum + (totals[`rule: ${code}`] ? totals[`rule: ${code}`].found - totals[`rule: ${code}`].truePositives : 0), 0);
  return { documents: documents.length, fields, falseMismatches, worst, labelProblems: problems, reviewerAgreement, secondLabelProblems };
}

/** Fields in reading order: the document's parts first, rules last. */
function fieldOrder(a: string, b: string): number {
  const rank = (name: string) => (name.startsWith('rule: ') ? 2 : name === 'diagnostics (all rules)' ? 1 : 0);
  return rank(a) - rank(b) || (rank(a) === 2 ? a.localeCompare(b) : 0);
}

/**
 * Which documents `postmortem lint <folder>` takes for post-mortems when they sit in a folder that says nothing,
 * under the names their repositories gave them (SOURCES.tsv): the CLI itself decides, as a user would run it.
 */
function detectInPlainFolder(sharedDir: string, documents: LabelledDocument[], cliPath: string): Map<LabelledDocument, boolean> {
  const result = new Map<LabelledDocument, boolean>();
  if (!existsSync(cliPath)) return result;
  const folder = mkdtempSync(join(tmpdir(), 'postmortem-accuracy-'));
  try {
    const where = new Map<string, LabelledDocument>();
    documents.forEach((document, i) => {
      const dir = join(folder, `d${String(i).padStart(3, '0')}`);
      mkdirSync(dir);
      const path = join(dir, originalName(sharedDir, document));
      writeFileSync(path, document.text);
      where.set(relative(folder, path), document);
    });
    const run = spawnSync(process.execPath, [cliPath, 'lint', '.', '--format', 'json', '--today', LABEL_TODAY], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`postmortem lint failed (${run.status}): ${run.stderr}`);
    const linted = new Set((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file));
    for (const [path, document] of where) result.set(document, linted.has(path));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return result;
}

function originalName(sharedDir: string, document: LabelledDocument): string {
  const sources = join(sharedDir, document.folder, 'SOURCES.tsv');
  const row = existsSync(sources) ? readFileSync(sources, 'utf8').split('\n').find((line) => line.split('\t')[0] === document.file) : undefined;
  const path = row?.split('\t')[2];
  return path ? basename(path) : document.file;
}
