// `npm run bench` (the activation part): how long the extension takes to activate in a real VS Code, as VS Code
// itself counts it (Developer: Show Running Extensions): loading dist/client.js, then calling activate() until it
// returns. Read from the extension host's own performance marks around those two steps, which exclude what VS Code
// does meanwhile (creating the extension's context, other extensions starting). The language server starts after
// activate() returns and is not counted; the launch waits for it all the same, as a VS Code left open would, since
// the client writes its code cache then (client/src/nodeEntry.ts).
// Baseline, in the same extension host: loading vscode-languageclient alone (bare-languageclient.js, minified as
// the packaged client is), the floor of any extension that starts a language client when it activates. Which goes
// first alternates between launches.
// Loaded by code-server like a test suite (exports run()); scripts/bench-activation.mjs launches it several times,
// since an extension activates once per launch, and reads each launch's figures from the file it is given.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { PostmortemExtensionApi } from '../../../client/src/activation';
import { EXTENSION_ID } from '../suite/helpers';

/** VS Code's performance marks in the extension host (vs/base/common/performance): milliseconds since the epoch. */
interface PerformanceMarks {
  getMarks(): { name: string; startTime: number }[];
}

export async function run(): Promise<void> {
  const out = process.env.POSTMORTEM_BENCH_OUT;
  if (!out) throw new Error('POSTMORTEM_BENCH_OUT is not set');
  const extension = vscode.extensions.getExtension<PostmortemExtensionApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  // Activated already (a Markdown file opened at startup): there is nothing left to time.
  if (extension.isActive) throw new Error(`${EXTENSION_ID} was active before the bench asked for it`);
  const loadBaseline = () => {
    const started = performance.now();
    createRequire(__filename)(join(__dirname, 'bare-languageclient.js'));
    return performance.now() - started;
  };
  let baselineMs: number;
  if (Number(process.env.POSTMORTEM_BENCH_LAUNCH ?? 0) % 2 === 0) {
    await extension.activate();
    baselineMs = loadBaseline();
  } else {
    baselineMs = loadBaseline();
    await extension.activate();
  }
  writeFileSync(out, JSON.stringify({ ...activationTimes(), baselineMs }));
  await extension.exports.ready;
}

function activationTimes(): { loadMs: number; activateMs: number } {
  const marks = (globalThis as { MonacoPerformanceMarks?: PerformanceMarks }).MonacoPerformanceMarks?.getMarks();
  if (!marks) throw new Error('the extension host keeps no performance marks (globalThis.MonacoPerformanceMarks)');
  const at = (step: string) => {
    const mark = marks.find((m) => m.name === `code/extHost/${step}/${EXTENSION_ID}`);
    if (!mark) throw new Error(`no performance mark code/extHost/${step}/${EXTENSION_ID}`);
    return mark.startTime;
  };
  return {
    loadMs: at('didLoadExtensionCode') - at('willLoadExtensionCode'),
    activateMs: at('didActivateExtension') - at('willActivateExtension'),
  };
}
