// Node adapter: reads a document or the team file safely. Only regular files are read (a FIFO, device or socket,
// directly or through a symlink, is reported, never opened for reading: /dev/zero or a pipe would never end), up
// to a size limit, as UTF-8 with the byte order mark stripped, as VS Code does.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Documents (and standard input) larger than this are reported, not analysed. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type ReadResult = { text: string; problem?: undefined } | { text?: undefined; problem: string; tooLarge?: boolean };

/** The text of a regular file of at most `maxBytes`, or why it cannot be read ("permission denied", "is a FIFO ..."). */
export function readRegularFile(path: string, maxBytes: number = MAX_DOCUMENT_BYTES): ReadResult {
  const read = readRegularBytes(path, maxBytes);
  return read.bytes ? { text: decodeUtf8(read.bytes) } : read;
}

/** The bytes of a regular file of at most `maxBytes`, or why they cannot be read. */
export function readRegularBytes(path: string, maxBytes: number): { bytes: Buffer; problem?: undefined } | { bytes?: undefined; problem: string; tooLarge?: boolean } {
  return readRegular(path, maxBytes, false);
}

/**
 * The first `bytes` bytes of a regular file of any size (all of it when it is shorter), or why they cannot be read:
 * what deciding "post-mortem or not" from a file's head needs, without reading the rest.
 */
export function readRegularPrefix(path: string, bytes: number): { bytes: Buffer; problem?: undefined } | { bytes?: undefined; problem: string; tooLarge?: boolean } {
  return readRegular(path, bytes, true);
}

function readRegular(path: string, maxBytes: number, prefixOnly: boolean): { bytes: Buffer; problem?: undefined } | { bytes?: undefined; problem: string; tooLarge?: boolean } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait for one; it changes nothing for files.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { problem: ioReason(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: notAFile(stats) };
    if (stats.size > maxBytes && !prefixOnly) return { problem: tooLarge(maxBytes), tooLarge: true };
    // Read to the end but never past the limit: the size can change between the stat and the read.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + (prefixOnly ? 0 : 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) return prefixOnly ? { bytes: buffer } : { problem: tooLarge(maxBytes), tooLarge: true };
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: ioReason(error) };
  } finally {
    closeSync(fd);
  }
}

/** Standard input up to `maxBytes`; past it, reading stops (endless input ends too) and the input is reported. */
export async function readBoundedStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, maxBytes: number = MAX_DOCUMENT_BYTES): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      length += bytes.length;
      if (length > maxBytes) {
        stream.destroy?.();
        return { problem: tooLarge(maxBytes), tooLarge: true };
      }
      chunks.push(bytes);
    }
  } catch (error) {
    return { problem: ioReason(error) };
  }
  return { text: decodeUtf8(Buffer.concat(chunks)) };
}

/** UTF-8 without the byte order mark (TextDecoder drops it), so line 1 is line 1 as in the editor. */
export function decodeUtf8(bytes: Uint8Array, fatal = false): string {
  return new TextDecoder('utf-8', { fatal }).decode(bytes);
}

function tooLarge(maxBytes: number): string {
  return `too large (the limit is ${maxBytes / (1024 * 1024)} MB)`;
}

function notAFile(stats: Stats): string {
  if (stats.isDirectory()) return 'is a folder';
  if (stats.isFIFO()) return 'is a FIFO (named pipe), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a regular file';
  if (stats.isSocket()) return 'is a socket, not a regular file';
  return 'not a regular file';
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file (or a symbolic link to nothing)',
  ELOOP: 'too many levels of symbolic links',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A short reason for a file-system error, without the stack: "permission denied", "too many levels of symbolic links". */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return code ? `${code}: ${(error as Error).message}` : error instanceof Error ? error.message : String(error);
}
