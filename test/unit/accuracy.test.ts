import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corpusDocuments, LABEL_FOLDERS } from '../corpus/labelFiles';
import { measureCorpus } from '../corpus/measureCorpus';
import { repoRoot, sharedDir } from '../helpers/paths';

const labelsDir = join(repoRoot, 'test', 'corpus', 'labels');
const cliPath = join(repoRoot, 'dist', 'cli.js');
const corporaMissing = LABEL_FOLDERS.every((folder) => existsSync(join(sharedDir, folder)))
  ? undefined
  : `../shared/corpus or ../shared/corpus-2 is absent (looked in ${sharedDir}); set POSTMORTEM_SHARED to run the accuracy tests`;

/** The floors `npm test` holds the engine to: percentages per field, and the most wrong mismatch reports allowed. */
interface Floors {
  fields: Record<string, { precision?: number; recall?: number }>;
  maxFalseMismatches: number;
}

describe('the labelled corpus', { skip: corporaMissing }, () => {
  it('has a label for every document of both folders, and none for a document that is not there', () => {
    for (const folder of LABEL_FOLDERS) {
      const labelled = readdirSync(join(labelsDir, folder)).map((name) => name.replace(/\.json$/, '')).sort();
      assert.deepEqual(labelled, corpusDocuments(sharedDir, folder), `labels of ${folder}`);
    }
  });

  it('reads it no worse than the floors recorded in test/corpus/accuracy-floors.json', () => {
    assert.ok(existsSync(cliPath), `build first: ${cliPath} is missing`);
    const figures = measureCorpus(sharedDir, labelsDir, cliPath);
    assert.deepEqual(figures.labelProblems, [], 'every label checks out');
    assert.deepEqual(figures.secondLabelProblems, [], 'the second labelling checks out');
    const floors = JSON.parse(readFileSync(join(repoRoot, 'test', 'corpus', 'accuracy-floors.json'), 'utf8')) as Floors;
    const below: string[] = [];
    for (const [field, floor] of Object.entries(floors.fields)) {
      const measured = figures.fields[field];
      for (const measure of ['precision', 'recall'] as const) {
        const value = measured?.[measure] ?? null;
        // Nothing reported is no wrong report, and nothing expected no miss.
        if (floor[measure] === undefined || value === null) continue;
        if (value < floor[measure]) below.push(`${field} ${measure}: ${value} % < floor ${floor[measure]} %`);
      }
    }
    assert.deepEqual(below, [], 'fields below their floor (npm run accuracy shows the worst documents)');
    assert.ok(figures.falseMismatches <= floors.maxFalseMismatches, `${figures.falseMismatches} false mismatch reports (at most ${floors.maxFalseMismatches})`);
  });
});
