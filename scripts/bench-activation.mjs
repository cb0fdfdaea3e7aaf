// `npm run bench` (third part): the extension's activation time in a real VS Code (code-server, offline, in
// headless Chromium), as VS Code counts it, against the target and beside a baseline timed in the same
// extension host (loading vscode-languageclient alone: see test/vscode/bench/activation.ts). An extension
// activates once per launch, so VS Code is launched LAUNCHES times with the same user-data dir, as a person
// relaunches it: the first launch is the one after installing or updating the extension (no code cache yet: the
// client compiles its bundle and writes the cache when the server has answered), the later ones load the cached
// code. The first launch is reported alone, the later ones by their medians. `npm run bench` builds with
// --production first, so this is the packaged (minified) client.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages, freshWorkspace, root } from './prerequisites.mjs';
import { runExtensionTests } from './vscode-offline.mjs';

const TARGET_MS = 50;
const LAUNCHES = 7;

ensureDebianPackages();
const results = mkdtempSync(join(tmpdir(), 'activation-bench-'));
const userDataDir = join(results, 'user-data');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const codeCacheDir = join(userDataDir, 'User', 'globalStorage', `${manifest.publisher}.${manifest.name}`, 'code-cache');
/** The code cache's file and when it was written, or undefined: unchanged by a launch when V8 used it (a rejected one is rewritten). */
const codeCache = () => {
  const name = existsSync(codeCacheDir) ? readdirSync(codeCacheDir).find((n) => n.endsWith('.v8cache')) : undefined;
  return name && `${name} ${statSync(join(codeCacheDir, name)).mtimeMs}`;
};
const launches = [];
try {
  mkdirSync(userDataDir);
  for (let launch = 0; launch < LAUNCHES; launch++) {
    const out = join(results, `${launch}.json`);
    const cacheBefore = codeCache();
    const status = await runExtensionTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'vscode', 'activation-bench.js'),
      workspaceFolder: freshWorkspace('bench-workspace'),
      extensionEnvironment: { POSTMORTEM_BENCH_OUT: out, POSTMORTEM_BENCH_LAUNCH: String(launch) },
      userDataDir,
    });
    if (status !== 0) throw new Error(`launch ${launch + 1} failed (exit ${status})`);
    const { loadMs, activateMs, baselineMs } = JSON.parse(readFileSync(out, 'utf8'));
    const cacheAfter = codeCache();
    if (!cacheAfter) throw new Error(`launch ${launch + 1} wrote no code cache in ${codeCacheDir}`);
    if (launch > 0 && cacheBefore !== cacheAfter) throw new Error(`launch ${launch + 1} did not use the code cache (${cacheBefore ?? 'none'}) and wrote ${cacheAfter}`);
    launches.push({ loadMs, activateMs, totalMs: loadMs + activateMs, baselineMs });
  }
} finally {
  rmSync(results, { recursive: true, force: true });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`.padStart(8);
const row = (label, rows) => {
  const figure = (key) => median(rows.map((l) => l[key]));
  const total = figure('totalMs');
  const ratio = median(rows.map((l) => l.totalMs / l.baselineMs));
  console.log(
    `${label} ${ms(total)} (load ${ms(figure('loadMs'))} + activate() ${ms(figure('activateMs'))})   baseline ${ms(figure('baselineMs'))}   ratio ${ratio.toFixed(2)}   ours/target ${(total / TARGET_MS).toFixed(2)}   ${total <= TARGET_MS ? 'within' : 'OVER'} ${TARGET_MS} ms`,
  );
  return total;
};
console.log('activation = VS Code loads dist/client.js, then activate() returns (what the issue asks: <= 50 ms)');
console.log('baseline   = the same extension host loads vscode-languageclient alone, compiled afresh (no code cache)');
row('first launch (compiles, writes the code cache)     ', launches.slice(0, 1));
const total = row(`later launches (code cache), medians of ${LAUNCHES - 1}       `, launches.slice(1));
console.log(`activation-bench: ${total <= TARGET_MS ? 'within' : 'over'} target`);
