// `npm run bench` (CLI part): `postmortem lint <folder>` against markdownlint-cli2 (its default rules) on the same
// 1,000 generated post-mortems (~7 MB), interleaved over several rounds, as medians of wall time, CPU time and peak
// memory, ours / peer / ratio. Targets: wall <= 0.5 x the peer's, peak memory <= the peer's. Then ours alone on
// 5,000 files, to see that time grows linearly and memory stays flat with the file count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedPostmortem } from '../test/helpers/largePostmortem';

const repo = join(__dirname, '..', '..');
const CLI = join(repo, 'dist', 'cli.js');
const PEER = join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const WALL_TARGET = 0.5;
const ROUNDS = Number(process.env.BENCH_CLI_ROUNDS ?? 3);
const shared = process.env.POSTMORTEM_SHARED ?? join(repo, '..', 'shared');
const seedFile = join(shared, 'seed', 'postmortem-example.txt');

/** The shapes the files cycle through: the seed (~11 KB) when present, and generated post-mortems of 2, 4 and 10.5 KB. */
function shapes(): ((index: number) => string)[] {
  const generated = [2, 4, 10.5].map((kb) => {
    const text = generatedPostmortem(kb * 1024);
    return (index: number) => text.replace('Generated multi-day outage', `Generated outage ${index}`);
  });
  if (!existsSync(seedFile)) {
    console.log(`seed not found at ${seedFile} (set POSTMORTEM_SHARED): generated files only`);
    return generated;
  }
  const seed = readFileSync(seedFile, 'utf8');
  return [(index: number) => seed.replace('[Incident Title]', `Incident ${index}`), ...generated];
}

/** `count` post-mortems under `<root>/postmortems`, 100 to a folder; returns their total size in bytes. */
function writeFiles(root: string, count: number): number {
  const make = shapes();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(root, 'postmortems', `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const text = make[i % make.length](i);
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}-incident.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

interface Usage {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

/**
 * Loaded into the measured process with --require: at exit, the main thread writes the whole process's CPU time
 * and peak resident memory (worker threads included) where BENCH_USAGE_FILE says.
 */
const USAGE_PRELOAD = `if (require('node:worker_threads').isMainThread) process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakMb: usage.maxRSS / 1024 }));
});\n`;

function measure(root: string, script: string, args: string[]): Usage {
  const usageFile = join(root, 'usage.json');
  rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', join(root, 'usage-preload.js'), script, ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error || !existsSync(usageFile)) throw new Error(`${script} ${args.join(' ')} did not run: ${result.error?.message ?? `exit ${result.status}`}`);
  return { wallMs, ...(JSON.parse(readFileSync(usageFile, 'utf8')) as Omit<Usage, 'wallMs'>) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function medians(runs: Usage[]): Usage {
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), peakMb: median(runs.map((r) => r.peakMb)) };
}

function row(name: string, ours: number, peer: number | undefined, unit: string, target?: number): string {
  const figures = `${name.padEnd(10)} ${ours.toFixed(0).padStart(7)} ${unit}`;
  if (peer === undefined) return figures;
  const ratio = ours / peer;
  return `${figures} / ${peer.toFixed(0).padStart(7)} ${unit}   ratio ${ratio.toFixed(2)}${target === undefined ? '' : ` ${ratio <= target ? '(within' : '(OVER'} ${target})`}`;
}

function withFolder<T>(count: number, run: (root: string, bytes: number) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'pm-bench-cli-'));
  try {
    writeFileSync(join(root, 'usage-preload.js'), USAGE_PRELOAD);
    // markdownlint-cli2's own configuration file: its default rules, all of them.
    writeFileSync(join(root, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true } }));
    return run(root, writeFiles(root, count));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const LINT = ['lint', 'postmortems', '--today', '2025-12-01'];
let withinTargets = true;

const small = withFolder(1000, (root, bytes) => {
  console.log(`postmortem lint vs markdownlint-cli2 (default rules), 1,000 files (${(bytes / 1e6).toFixed(1)} MB), median of ${ROUNDS} interleaved rounds: ours / peer`);
  const ours: Usage[] = [];
  const peer: Usage[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // Alternating which goes first, so machine noise falls on both alike.
    const order = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
    for (const which of order) {
      if (which === 'ours') ours.push(measure(root, CLI, LINT));
      else peer.push(measure(root, PEER, ['postmortems/**/*.md']));
    }
  }
  const [a, b] = [medians(ours), medians(peer)];
  console.log(row('wall', a.wallMs, b.wallMs, 'ms', WALL_TARGET));
  console.log(row('CPU', a.cpuMs, b.cpuMs, 'ms'));
  console.log(row('peak', a.peakMb, b.peakMb, 'MB', 1));
  withinTargets = a.wallMs <= WALL_TARGET * b.wallMs && a.peakMb <= b.peakMb;
  return a;
});

withFolder(5000, (root, bytes) => {
  const large = measure(root, CLI, LINT);
  console.log(`postmortem lint, 5,000 files (${(bytes / 1e6).toFixed(1)} MB), one run, against 1,000 files:`);
  console.log(`${row('wall', large.wallMs, small.wallMs, 'ms')} (linear: 5)`);
  console.log(row('CPU', large.cpuMs, small.cpuMs, 'ms'));
  console.log(`${row('peak', large.peakMb, small.peakMb, 'MB')} (flat: 1)`);
});

process.exitCode = withinTargets ? 0 : 1;
