// The stdio transport's framing guard: a Transform between stdin and the LSP library that passes well-framed
// messages through unchanged and, after a bad frame, finds the next message instead of staying out of step.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /^content-length$/i;
/** A header block: raw line breaks, so never inside a JSON string, and not JSON outside one. */
const HEADER_BLOCK = /content-length:[ \t]*\d+\r\n(?:[^\r\n]*\r\n)*\r\n/i;
/** Garbage without any header end is not kept beyond this (a client writing nonsense must not fill memory). */
const MAX_PENDING_HEADER = 64 * 1024;

/**
 * The library trusts every `Content-Length`: one that is not a number, or one that is wrong, leaves it reading the
 * rest of the stream out of step, so every later request goes unanswered and nothing says why. This guard checks
 * each frame: the header must name a numeric length, and the body must look like one JSON value and hold no header
 * block (raw line breaks cannot appear inside a JSON string, so such a body was cut by a wrong length). A bad
 * frame is reported and skipped up to the next `Content-Length` header, and the messages after it are answered.
 */
export class FramingGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly report: (problem: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      const headerEnd = this.pending.indexOf(HEADER_END);
      if (headerEnd < 0) {
        if (this.pending.length > MAX_PENDING_HEADER) this.skip('a message header without an end', 1);
        return;
      }
      const length = contentLength(this.pending.toString('latin1', 0, headerEnd));
      if (length === undefined) {
        if (this.skip(`a message header without a numeric Content-Length (${JSON.stringify(this.pending.toString('latin1', 0, Math.min(headerEnd, 80)))})`, 1)) continue;
        return;
      }
      const bodyStart = headerEnd + HEADER_END.length;
      if (this.pending.length < bodyStart + length) return;
      const body = this.pending.subarray(bodyStart, bodyStart + length);
      if (!looksLikeOneJsonValue(body)) {
        // A wrong length: resume at the next header, inside this body if the length ran past it.
        if (this.skip(`a message whose Content-Length (${length}) does not match its body`, bodyStart)) continue;
        return;
      }
      this.push(this.pending.subarray(0, bodyStart + length));
      this.pending = this.pending.subarray(bodyStart + length);
    }
  }

  /**
   * Reports a bad frame and drops everything before the next `Content-Length` header found from `from` on. Without
   * one, only the unfinished last line is kept (it may be the start of the next header); false then: wait for more.
   */
  private skip(problem: string, from: number): boolean {
    this.report(`Skipped ${problem}: the server resumes at the next message.`);
    const next = nextHeaderStart(this.pending, from);
    if (next >= 0) {
      this.pending = this.pending.subarray(next);
      return true;
    }
    const lastLine = this.pending.lastIndexOf(0x0a) + 1;
    this.pending = this.pending.subarray(Math.max(lastLine, this.pending.length - 'content-length:'.length));
    return false;
  }
}

function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    if (!CONTENT_LENGTH.test(line.slice(0, colon).trim())) continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value)) return undefined;
    length = Number(value);
  }
  return length;
}

function nextHeaderStart(buffer: Buffer, from: number): number {
  // Header names are ASCII, so a latin1 view finds them at the same byte offsets.
  const text = buffer.toString('latin1', from).toLowerCase();
  const found = text.indexOf('content-length:');
  return found < 0 ? -1 : from + found;
}

function looksLikeOneJsonValue(body: Buffer): boolean {
  let first = 0;
  let last = body.length - 1;
  while (first <= last && isJsonSpace(body[first])) first++;
  while (last >= first && isJsonSpace(body[last])) last--;
  if (first > last) return false;
  const opensAndCloses = (body[first] === 0x7b && body[last] === 0x7d) || (body[first] === 0x5b && body[last] === 0x5d);
  return opensAndCloses && !(body.indexOf(HEADER_END) >= 0 && HEADER_BLOCK.test(body.toString('latin1')));
}

function isJsonSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
