import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { encodedPieces, PiecewiseMessageWriter } from '../../server/src/lspWriter';

const published = {
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics',
  params: {
    uri: 'file:///incidents/2024-03-03.md',
    version: 7,
    diagnostics: Array.from({ length: 3000 }, (_, i) => ({
      range: { start: { line: i, character: 2 }, end: { line: i, character: 12 } },
      severity: 3,
      code: 'action-item-overdue',
      source: 'postmortem',
      message: `Action item "Rotate key ${i} — “now”" is still "📅 Planned": mark it done, or agree a new due date.`,
      data: i % 2 === 0 ? undefined : { due: new Date(Date.UTC(2025, 10, 2)), fix: [i, undefined, () => i] },
    })),
  },
};

/** Reads the frames a writer sent: each header's length must be its body's length in bytes. */
function frames(bytes: Buffer): unknown[] {
  const messages: unknown[] = [];
  for (let at = 0; at < bytes.length; ) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at);
    const length = Number(/^Content-Length: (\d+)$/.exec(bytes.toString('ascii', at, headerEnd))?.[1]);
    const body = bytes.subarray(headerEnd + 4, headerEnd + 4 + length);
    assert.equal(body.length, length, 'the frame holds the whole body');
    messages.push(JSON.parse(body.toString('utf8')));
    at = headerEnd + 4 + length;
  }
  return messages;
}

describe('piecewise stdio writer', () => {
  it('writes the bytes JSON.stringify would, in small pieces, for a large publish with emoji, dates, holes and functions', () => {
    const pieces = encodedPieces(published);
    assert.ok(pieces.length > 10, `${pieces.length} pieces`);
    assert.ok(Math.max(...pieces.map((piece) => piece.length)) < 64 * 1024);
    assert.equal(Buffer.concat(pieces).toString('utf8'), JSON.stringify(published));
  });

  it('writes the bytes JSON.stringify would for any JSON-like value, nested or not', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 5, withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withDate: true }), (value) => {
        const expected = JSON.stringify({ jsonrpc: '2.0', id: 1, result: value });
        assert.equal(Buffer.concat(encodedPieces({ jsonrpc: '2.0', id: 1, result: value })).toString('utf8'), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('frames each message with its length in bytes and keeps the order they were sent in', async () => {
    const stream = new PassThrough();
    const received: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => received.push(chunk));
    const writer = new PiecewiseMessageWriter(stream);
    const small = { jsonrpc: '2.0', id: 3, result: { title: 'Postmortem — “API” ✅' } };
    await Promise.all([writer.write(small as Message), writer.write(published as Message), writer.write(small as Message)]);
    assert.deepEqual(frames(Buffer.concat(received)), [small, JSON.parse(JSON.stringify(published)), small]);
  });
});
