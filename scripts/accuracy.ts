// `npm run accuracy`: the engine measured against the labelled corpus (test/corpus/labels, rules in
// test/corpus/LABELLING.md). Prints precision and recall per field, the worst documents per field, and writes the
// same figures to accuracy.json. Needs ../shared (or POSTMORTEM_SHARED) and the built CLI (dist/cli.js).
// `--record-floors` raises the floors `npm test` holds the engine to (test/corpus/accuracy-floors.json) to today's
// figures where they rose; `--record-floors --lower` also lowers them, for a trade the change makes on purpose.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tally } from '../test/corpus/accuracy';
import { measureCorpus, type FieldFigures } from '../test/corpus/measureCorpus';
import { repoRoot, sharedDir } from '../test/helpers/paths';

const started = Date.now();
const figures = measureCorpus(sharedDir, join(repoRoot, 'test', 'corpus', 'labels'), join(repoRoot, 'dist', 'cli.js'));
if (figures.documents === 0) {
  console.error(`No labelled documents found under ${sharedDir} (corpus, corpus-2). Set POSTMORTEM_SHARED to the shared folder.`);
  process.exit(1);
}

const cell = (part: number, whole: number, percent: number | null) => (percent === null ? '-' : `${percent.toFixed(1)} % (${part}/${whole})`);
const rows = Object.entries(figures.fields).map(([name, f]: [string, FieldFigures]) => [name, cell(f.truePositives, f.found, f.precision), cell(f.truePositives, f.expected, f.recall)]);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['field', 'precision', 'recall'][i].length));
const line = (r: string[]) => `${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}`;
console.log(`Accuracy on ${figures.documents} labelled documents (precision: right of what the engine reported; recall: found of what the labels hold)\n`);
console.log(line(['field', 'precision', 'recall']));
for (const r of rows) console.log(line(r));
console.log(`\nfalse stated-duration / stated-check / error-budget mismatches: ${figures.falseMismatches}`);

for (const [field, agreement] of Object.entries(figures.reviewerAgreement)) {
  if (agreement.documents === 0) continue;
  const percent = (part: number, whole: number) => cell(part, whole, whole === 0 ? null : (100 * part) / whole);
  const pair = (t: Tally) => `precision ${percent(t.truePositives, t.found)}, recall ${percent(t.truePositives, t.expected)}`;
  const { secondVsLabels, engineVsLabels, engineVsConsensus, engineVsEither } = agreement;
  console.log(`\n${field[0].toUpperCase()}${field.slice(1)} against a second reviewer's, labelled independently (${agreement.documents} documents):`);
  console.log(`  the second reviewer against the labels  ${pair(secondVsLabels)}`);
  console.log(`  the engine against the labels           ${pair(engineVsLabels)}`);
  console.log(`  the engine's that either reviewer accepts: ${percent(engineVsEither.truePositives, engineVsEither.found)}; of those both agree on, the engine finds ${percent(engineVsConsensus.truePositives, engineVsConsensus.expected)}`);
}

console.log('\nWorst documents per field (missed / extra):');
for (const [name, documents] of Object.entries(figures.worst)) {
  if (documents.length === 0) continue;
  console.log(`  ${name}`);
  for (const d of documents) console.log(`    ${String(d.missed).padStart(3)} / ${String(d.extra).padEnd(3)} ${d.file}`);
}
if (figures.secondLabelProblems.length > 0) console.log(`\nSecond labelling problems:\n  ${figures.secondLabelProblems.join('\n  ')}`);
if (figures.labelProblems.length > 0) {
  console.log(`\nLabel problems (those documents are left out):\n  ${figures.labelProblems.join('\n  ')}`);
}
writeFileSync(join(repoRoot, 'accuracy.json'), `${JSON.stringify(figures, null, 2)}\n`);
if (process.argv.includes('--record-floors')) {
  // Floors only rise: a figure below its floor stays red unless the change says so (--lower), in its own commit.
  const path = join(repoRoot, 'test', 'corpus', 'accuracy-floors.json');
  const lower = process.argv.includes('--lower');
  const old = (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { fields: {} }) as { fields: Record<string, { precision?: number; recall?: number }>; maxFalseMismatches?: number };
  const kept: string[] = [];
  const floor = (name: string, measure: 'precision' | 'recall', now: number | null) => {
    const before = old.fields[name]?.[measure];
    if (now === null) return before === undefined ? {} : { [measure]: before };
    if (before !== undefined && now < before && !lower) kept.push(`${name} ${measure}: ${now} % < ${before} %`);
    return { [measure]: lower || before === undefined ? now : Math.max(before, now) };
  };
  const floors = {
    // A field no longer measured keeps its floor, so that it is missed rather than forgotten.
    fields: { ...old.fields, ...Object.fromEntries(Object.entries(figures.fields).map(([name, f]) => [name, { ...floor(name, 'precision', f.precision), ...floor(name, 'recall', f.recall) }])) },
    maxFalseMismatches: lower || old.maxFalseMismatches === undefined ? figures.falseMismatches : Math.min(old.maxFalseMismatches, figures.falseMismatches),
  };
  writeFileSync(path, `${JSON.stringify(floors, null, 2)}\n`);
  console.log('Recorded the figures that rose as floors in test/corpus/accuracy-floors.json');
  if (kept.length > 0) console.log(`Below their floor (kept; --lower records them):\n  ${kept.join('\n  ')}`);
}
console.log(`\nWrote accuracy.json (${((Date.now() - started) / 1000).toFixed(1)} s)`);
