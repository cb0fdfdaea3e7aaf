// `npm run bench` (memory): the language server's resident memory with 200 post-mortems of the seed's size open, read
// from the server process's /proc/<pid>/status (VmRSS, and VmHWM, its peak) beside the same server idle. The server
// is driven over stdio as an editor would; nothing in it measures itself. Measured once the burst has settled: after
// the server's idle collection (its log line), when the resident size has stopped falling (V8 unmaps the pages it
// gave back on a background thread), each wait bounded.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { firstIdleCollection, type CollectionReport } from '../test/helpers/idleCollectionLog';
import { generatedPostmortem } from '../test/helpers/largePostmortem';
import { repoRoot, seedPath } from '../test/helpers/paths';

const DOCUMENTS = 200;
const TARGET_MB = 150;
/** The longest wait for the server's idle collection after the last analysis (it runs about 1 s after it). */
const COLLECTION_BOUND_MS = 30_000;
/** Resident size sampled every SAMPLE_MS until STABLE_SAMPLES in a row lie within 1 MB, for at most STABLE_BOUND_MS. */
const SAMPLE_MS = 100;
const STABLE_SAMPLES = 5;
const STABLE_BOUND_MS = 10_000;

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The server's idle collection, or undefined when none came within the bound. */
function withinBound(collection: Promise<CollectionReport>): Promise<CollectionReport | undefined> {
  return Promise.race([collection, pause(COLLECTION_BOUND_MS).then(() => undefined)]);
}

/** The resident size once STABLE_SAMPLES samples in a row lie within 1 MB (or the last one, at the bound). */
async function settledRss(pid: number): Promise<number> {
  const samples = [status(pid, 'VmRSS')];
  for (const started = Date.now(); Date.now() - started < STABLE_BOUND_MS; ) {
    const recent = samples.slice(-STABLE_SAMPLES);
    if (recent.length === STABLE_SAMPLES && Math.max(...recent) - Math.min(...recent) <= 1) break;
    await pause(SAMPLE_MS);
    samples.push(status(pid, 'VmRSS'));
  }
  return samples.at(-1)!;
}

async function main(): Promise<void> {
  if (!existsSync('/proc/self/status')) {
    console.log('memory: /proc is not available here; skipped');
    return;
  }
  const seed = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : undefined;
  const text = seed ?? generatedPostmortem(11 * 1024);
  const server = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const analysed = new Set<string>();
  let allAnalysed!: () => void;
  const done = new Promise<void>((resolve) => (allAnalysed = resolve));
  connection.onNotification('textDocument/publishDiagnostics', ({ uri }: { uri: string }) => {
    analysed.add(uri);
    if (analysed.size === DOCUMENTS) allAnalysed();
  });
  const collection = firstIdleCollection(connection);
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const idle = status(server.pid!, 'VmRSS');
    for (let i = 0; i < DOCUMENTS; i++) {
      // Each a document of its own (another title), as 200 post-mortems of a team would be.
      const own = text.replace(/^(#[^\n]*)/m, `$1 (${i})`);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `file:///bench/postmortems/pm-${i}.md`, languageId: 'markdown', version: 1, text: own } });
    }
    await done;
    const atLastAnalysis = status(server.pid!, 'VmRSS');
    const collected = await withinBound(collection);
    const open = await settledRss(server.pid!);
    const peak = status(server.pid!, 'VmHWM');
    const verdict = open <= TARGET_MB ? '(within' : '(OVER';
    console.log(`memory: ${DOCUMENTS} open post-mortems of ${(text.length / 1024).toFixed(0)} KB (${seed ? 'the seed' : 'generated; seed not found'})`);
    console.log(`  server RSS ${open.toFixed(0).padStart(5)} MB   peak ${peak.toFixed(0).padStart(5)} MB   idle ${idle.toFixed(0).padStart(4)} MB   ${((open - idle) / DOCUMENTS).toFixed(2)} MB per document   ${verdict} ${TARGET_MB} MB)`);
    const settling = collected
      ? `idle collection: ${collected.passes} passes, old generation ${collected.beforeMb} -> ${collected.afterMb} MB committed`
      : `no idle collection within ${COLLECTION_BOUND_MS / 1000} s`;
    console.log(`  (at the last analysis ${atLastAnalysis.toFixed(0)} MB; ${settling})`);
    process.exitCode = open <= TARGET_MB ? 0 : 1;
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    server.kill();
  }
}

void main();
