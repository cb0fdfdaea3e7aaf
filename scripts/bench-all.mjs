// `npm run bench`: builds once, then runs every benchmark in turn. Each prints its rows and exits 1 when a target is
// missed; a missed target does not stop the benchmarks after it, and the run fails at the end if any was missed.
import { spawnSync } from 'node:child_process';

const steps = [
  ['build', ['esbuild.mjs', '--tests', '--production']],
  ['engine and keystrokes', ['out/scripts/bench.js']],
  ['CLI against markdownlint-cli2', ['out/scripts/bench-cli.js']],
  ['timeline preview redraw', ['scripts/bench-redraw.mjs']],
  ['activation', ['scripts/bench-activation.mjs']],
  ['server memory, 200 open post-mortems', ['out/scripts/bench-memory.js']],
];

const missed = [];
for (const [name, args] of steps) {
  console.log(`\n> ${name}: node ${args.join(' ')}`);
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status !== 0) {
    if (name === 'build') process.exit(status ?? 1);
    missed.push(name);
  }
}
console.log(missed.length === 0 ? '\nEvery benchmark within its targets.' : `\nTargets missed in: ${missed.join(', ')}.`);
process.exit(missed.length === 0 ? 0 : 1);
