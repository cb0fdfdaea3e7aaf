// Checks corpus label files against the schema and their documents, without running the engine:
// `node scripts/check-labels.mjs [label.json ...]` (no arguments: every label, and that every document has one).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'check-labels-'));
try {
  const outfile = join(dir, 'check.cjs');
  await build({ entryPoints: ['test/corpus/checkLabelsMain.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = main(process.argv.slice(2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
