// `npm run bench` (memory): the language server's resident memory with 200 post-mortems of the seed's size open, read
// from the server process's /proc/<pid>/status (VmRSS, and VmHWM, its peak) beside the same server idle. The server
// is driven over stdio as an editor would; nothing in it measures itself.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { generatedPostmortem } from '../test/helpers/largePostmortem';
import { repoRoot, seedPath } from '../test/helpers/paths';

const DOCUMENTS = 200;
const TARGET_MB = 150;

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
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
    const open = status(server.pid!, 'VmRSS');
    const peak = status(server.pid!, 'VmHWM');
    const verdict = open <= TARGET_MB ? '(within' : '(OVER';
    console.log(`memory: ${DOCUMENTS} open post-mortems of ${(text.length / 1024).toFixed(0)} KB (${seed ? 'the seed' : 'generated; seed not found'})`);
    console.log(`  server RSS ${open.toFixed(0).padStart(5)} MB   peak ${peak.toFixed(0).padStart(5)} MB   idle ${idle.toFixed(0).padStart(4)} MB   ${((open - idle) / DOCUMENTS).toFixed(2)} MB per document   ${verdict} ${TARGET_MB} MB)`);
    process.exitCode = open <= TARGET_MB ? 0 : 1;
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    server.kill();
  }
}

void main();
