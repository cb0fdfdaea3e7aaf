// `npm run bench` (the activation part): how long the extension takes to activate in a real VS Code, timed from
// outside as VS Code itself counts it: from asking for the activation (the extension host loads dist/client.js,
// then calls activate()) to activate() having returned. The language server starts after that and is not counted.
// Baseline, in the same extension host: loading vscode-languageclient alone (bare-languageclient.js), the floor
// of any extension that starts a language client when it activates. Which goes first alternates between launches.
// Loaded by code-server like a test suite (exports run()); scripts/bench-activation.mjs launches it several times,
// since an extension activates once per launch, and reads each launch's figures from the file it is given.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../suite/helpers';

interface Timing {
  wallMs: number;
  /** The extension host's CPU time over the same span: steadier than the wall clock on a busy machine. */
  cpuMs: number;
}

export async function run(): Promise<void> {
  const out = process.env.POSTMORTEM_BENCH_OUT;
  if (!out) throw new Error('POSTMORTEM_BENCH_OUT is not set');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  // Activated already (a Markdown file opened at startup): there is nothing left to time.
  if (extension.isActive) throw new Error(`${EXTENSION_ID} was active before the bench asked for it`);
  const activate = () => timed(() => extension.activate());
  const loadBaseline = () => timed(async () => createRequire(__filename)(join(__dirname, 'bare-languageclient.js')));
  const oursFirst = process.env.POSTMORTEM_BENCH_LAUNCH !== undefined && Number(process.env.POSTMORTEM_BENCH_LAUNCH) % 2 === 0;
  let ours: Timing;
  let baseline: Timing;
  if (oursFirst) {
    ours = await activate();
    baseline = await loadBaseline();
  } else {
    baseline = await loadBaseline();
    ours = await activate();
  }
  writeFileSync(out, JSON.stringify({ ours, baseline }));
}

async function timed(action: () => PromiseLike<unknown>): Promise<Timing> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await action();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}
