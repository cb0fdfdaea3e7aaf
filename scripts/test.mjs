// `npm test`: installs what is missing, builds, typechecks and runs every tier, then prints one summary.
// `node scripts/test.mjs unit|lsp|cli|nvim|vscode|web|ui|package` runs one tier (after installing and building).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureDebianPackages, ensureNpmPackages, freshWorkspace, NEOVIM_PACKAGES, root, run } from './prerequisites.mjs';

const TIERS = ['unit', 'lsp', 'cli', 'nvim', 'vscode', 'web', 'ui', 'package'];
const requested = process.argv.slice(2);
const unknown = requested.filter((t) => !TIERS.includes(t));
if (unknown.length > 0) {
  console.error(`Unknown tier(s): ${unknown.join(', ')}. Tiers: ${TIERS.join(', ')}.`);
  process.exit(2);
}
const tiers = requested.length > 0 ? requested : TIERS;
const needsEditor = ['vscode', 'web', 'ui', 'package'].some((tier) => tiers.includes(tier));
const sharedDir = resolve(process.env.POSTMORTEM_SHARED ?? join(root, '..', 'shared'));
const started = Date.now();

ensureNpmPackages();
if (needsEditor) ensureDebianPackages();
if (tiers.includes('nvim')) ensureDebianPackages(NEOVIM_PACKAGES);
console.log('> build');
run(process.execPath, ['esbuild.mjs', '--tests']);

const results = [];
if (requested.length === 0) {
  console.log('> typecheck');
  // The webview's script has its own project (DOM types, none of Node's), and so have the web entries of the
  // server and the client (worker types, none of Node's: what runs in VS Code for the Web must not need Node).
  let status = 0;
  for (const project of ['.', 'client/webview', 'server/tsconfig.browser.json', 'client/tsconfig.browser.json']) status ||= await runLogged('npx', ['tsc', '--noEmit', '-p', project]);
  results.push({ tier: 'typecheck', passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 });
}
if (needsEditor) {
  console.log('> installing the offline VS Code (code-server) if missing');
  run(process.execPath, ['scripts/vscode-offline.mjs', 'install']);
}
for (const tier of tiers) {
  console.log(`> ${tier} tests`);
  results.push({ tier, ...(tier === 'vscode' || tier === 'web' ? await vscodeTier(tier) : await nodeTestTier(tier)) });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`\nSummary (${Math.round((Date.now() - started) / 1000)} s)`);
for (const r of results) console.log(`  ${r.tier.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

/** Runs out/test/<tier> with node's test runner: spec output for people, TAP to a file for the counts. */
async function nodeTestTier(tier) {
  const tap = join(root, 'out', `${tier}.tap`);
  rmSync(tap, { force: true });
  const status = await runLogged(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    join('out', 'test', tier),
  ], { env: { ...process.env, POSTMORTEM_SHARED: sharedDir } });
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  const counts = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/**
 * The extension-host suite in a real VS Code (code-server 1.139 driven by headless Chromium), on a copy of
 * examples/: `vscode` runs the extension's Node entry in the remote extension host; `web` runs its browser entry
 * in the browser's web worker extension host, as VS Code for the Web would (the seed is laid out beforehand,
 * since a web suite cannot read ../shared).
 */
async function vscodeTier(tier) {
  const workspace = freshWorkspace(`${tier}-workspace`);
  const seed = join(sharedDir, 'seed', 'postmortem-example.txt');
  if (tier === 'web' && existsSync(seed)) cpSync(seed, join(workspace, 'postmortems', '2025-10-26-seed.md'));
  let output = '';
  const status = await runLogged(
    process.execPath,
    [
      'scripts/vscode-offline.mjs',
      'test',
      '--extension', root,
      ...(tier === 'web' ? ['--kind', 'web'] : []),
      '--tests', join(root, 'out', 'test', 'vscode', tier === 'web' ? 'web.js' : 'index.js'),
      '--workspace', workspace,
      '--env', JSON.stringify({ POSTMORTEM_SHARED: sharedDir }),
    ],
    {},
    (chunk) => (output += chunk),
  );
  const match = new RegExp(`${tier}-suite: (\\d+) passed, (\\d+) failed`).exec(output);
  const counts = { passed: Number(match?.[1] ?? 0), failed: Number(match?.[2] ?? 0) };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Runs a command with inherited output (also handed to `onOutput`) and resolves with its exit status. */
function runLogged(command, args, options = {}, onOutput) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
        onOutput?.(chunk.toString());
      });
    }
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}
