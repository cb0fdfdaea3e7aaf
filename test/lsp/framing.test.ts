import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../helpers/paths';

// Issue 11: a bad Content-Length used to leave the server reading the stream out of step, every later request
// unanswered and nothing said. Raw bytes here, as a buggy client or a proxy would write them; each case is followed
// by a well-framed request, and the test waits for its answer (and for the server's log line), never for time.
function frame(message: object, length?: number): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${length ?? Buffer.byteLength(body)}\r\n\r\n${body}`;
}

class RawServer {
  private readonly process: ChildProcessWithoutNullStreams;
  private output = '';
  private readonly listeners: (() => void)[] = [];

  constructor() {
    this.process = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      for (const listener of [...this.listeners]) listener();
    });
  }

  write(bytes: string): void {
    this.process.stdin.write(bytes);
  }

  /** Resolves once the server's output holds a match (an answer or a log message), with everything before it. */
  waitFor(pattern: RegExp): Promise<string> {
    return new Promise((resolve) => {
      const check = () => {
        if (!pattern.test(this.output)) return;
        this.listeners.splice(this.listeners.indexOf(check), 1);
        resolve(this.output);
      };
      this.listeners.push(check);
      check();
    });
  }

  dispose(): void {
    this.process.kill();
  }
}

describe('language server: bad message framing over stdio', { timeout: 60_000 }, () => {
  let server: RawServer;
  let nextId = 10;
  before(async () => {
    server = new RawServer();
    server.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    await server.waitFor(/"id":1,"result"/);
  });
  after(() => server.dispose());

  /** Sends the bad bytes, then a good request: it is answered, and the log says what was skipped. */
  async function recoversFrom(bad: string, skipped: RegExp): Promise<void> {
    const id = nextId++;
    server.write(bad);
    server.write(frame({ jsonrpc: '2.0', id, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///never-opened.md' } } }));
    const output = await server.waitFor(new RegExp(`"id":${id},"result"`));
    assert.match(output, skipped);
  }

  it('a Content-Length that is not a number costs that message only', async () => {
    await recoversFrom(`Content-Length: abc\r\n\r\n${JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' })}`, /Skipped a message header without a numeric Content-Length \(\\"Content-Length: abc\\"\)/);
  });

  it('a Content-Length too long (it swallows the start of the next message) costs that message only', async () => {
    await recoversFrom(frame({ jsonrpc: '2.0', method: 'unknown/notification' }, 100), /Skipped a message whose Content-Length \(100\) does not match its body/);
  });

  it('a Content-Length too short costs that message only', async () => {
    await recoversFrom(frame({ jsonrpc: '2.0', method: 'unknown/notification' }, 10), /Skipped a message whose Content-Length \(10\) does not match its body/);
  });

  it('text that is no message at all is skipped', async () => {
    await recoversFrom('hello world\r\n\r\n', /Skipped a message header without a numeric Content-Length \(\\"hello world\\"\)/);
  });
});
