import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FramingGuard } from '../../server/src/lspFraming';

function frame(message: object, length?: number): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${length ?? Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Writes the input in chunks of the given size and collects what the guard passes on and what it reports. */
function through(input: string, chunkSize = input.length): { passed: string; reports: string[] } {
  const reports: string[] = [];
  const guard = new FramingGuard((problem) => reports.push(problem));
  let passed = '';
  guard.on('data', (chunk: Buffer) => (passed += chunk.toString('utf8')));
  const bytes = Buffer.from(input, 'utf8');
  for (let at = 0; at < bytes.length; at += chunkSize) guard.write(bytes.subarray(at, at + chunkSize));
  return { passed, reports };
}

describe('stdio framing guard', () => {
  const open = frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { text: 'Content-Length: 12\r\n\r\n{"héllo": "wörld"} ✅' } });
  const prettyBody = '{\r\n\r\n  "jsonrpc": "2.0"\r\n\r\n}';
  const pretty = `Content-Length: ${prettyBody.length}\r\n\r\n${prettyBody}`;

  it('passes good messages through unchanged, whatever the chunking, even bodies that quote a header or span lines', () => {
    const good = open + pretty + frame({ jsonrpc: '2.0', id: 1, result: [] });
    for (const size of [1, 3, 17, good.length]) assert.deepEqual(through(good, size), { passed: good, reports: [] }, `chunks of ${size}`);
  });

  it('drops a bad frame and resumes at the next header, whatever the chunking', () => {
    const next = frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    for (const bad of ['Content-Length: -1\r\n\r\n{}', frame({ a: 1 }, 40), frame({ a: 1 }, 3), 'garbage\r\n\r\n', 'X-Other: 1\r\n\r\n{}']) {
      for (const size of [1, 5, 1000]) {
        const { passed, reports } = through(bad + next, size);
        assert.equal(passed, next, `${JSON.stringify(bad)} in chunks of ${size}`);
        assert.ok(reports.length >= 1, `${JSON.stringify(bad)} is reported`);
      }
    }
  });

  it('does not keep garbage that never ends a header', () => {
    const { passed, reports } = through('x'.repeat(200_000) + frame({ jsonrpc: '2.0', id: 3, method: 'shutdown' }), 4096);
    assert.equal(passed, frame({ jsonrpc: '2.0', id: 3, method: 'shutdown' }));
    assert.match(reports[0], /a message header without an end/);
  });
});
