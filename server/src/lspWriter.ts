// The stdio transport's message writer: the same frames as the library's, written in small pieces.
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** Levels of objects and arrays written member by member; deeper values are one JSON.stringify each. */
const SPLIT_DEPTH = 3;
/** Characters gathered before they are encoded into one buffer: small enough to come from reused memory. */
const PIECE_CHARS = 16 * 1024;

/**
 * The library stringifies a message whole and encodes it into one buffer. The diagnostics of a large post-mortem
 * are nearly a megabyte of JSON (two bytes a character once a message quotes an emoji), and on these machines each
 * fresh allocation that large costs a millisecond or more in page faults: the message became one of the largest
 * costs of a keystroke. This writer builds the same bytes from each diagnostic's (each array element's) JSON,
 * encoded a few kilobytes at a time, and writes the pieces in order.
 */
export class PiecewiseMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: Writable) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let pieces: Buffer[];
    try {
      pieces = encodedPieces(message);
    } catch (error) {
      this.fireError(error as Error, message, ++this.errorCount);
      return Promise.reject(error);
    }
    const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
    return new Promise((resolve, reject) => {
      // Written synchronously, so messages keep the order they were sent in; corked, so they leave as one write.
      this.stream.cork();
      this.stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      pieces.forEach((piece, i) => {
        if (i < pieces.length - 1) this.stream.write(piece);
        else
          this.stream.write(piece, (error) => {
            if (!error) return resolve();
            this.fireError(error, message, ++this.errorCount);
            reject(error);
          });
      });
      this.stream.uncork();
    });
  }

  end(): void {
    this.stream.end();
  }
}

/** The UTF-8 bytes of JSON.stringify(value), in pieces of about PIECE_CHARS characters each. */
export function encodedPieces(value: unknown): Buffer[] {
  const pieces: Buffer[] = [];
  let pending = '';
  const add = (json: string): void => {
    pending += json;
    if (pending.length >= PIECE_CHARS) {
      pieces.push(Buffer.from(pending, 'utf8'));
      pending = '';
    }
  };
  if (splits(value, SPLIT_DEPTH)) appendJson(value, SPLIT_DEPTH, add);
  else add(JSON.stringify(value));
  pieces.push(Buffer.from(pending, 'utf8'));
  return pieces;
}

/** Whether `value` is written member by member at this depth: an array or a plain object, not too deep. */
function splits(value: unknown, depth: number): value is object {
  if (depth === 0 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Appends JSON.stringify(value) for a value that `splits`, member by member; holes and undefined as it writes them. */
function appendJson(value: object, depth: number, add: (json: string) => void): void {
  if (Array.isArray(value)) {
    add('[');
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) add(',');
      if (splits(item, depth - 1)) appendJson(item, depth - 1, add);
      else add((JSON.stringify(item) as string | undefined) ?? 'null');
    }
    add(']');
    return;
  }
  add('{');
  let separator = '';
  for (const key of Object.keys(value)) {
    const member: unknown = (value as Record<string, unknown>)[key];
    if (splits(member, depth - 1)) {
      add(`${separator}${JSON.stringify(key)}:`);
      appendJson(member, depth - 1, add);
    } else {
      const json = JSON.stringify(member) as string | undefined;
      if (json === undefined) continue;
      add(`${separator}${JSON.stringify(key)}:${json}`);
    }
    separator = ',';
  }
  add('}');
}
