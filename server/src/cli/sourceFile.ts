// Reading a checked file, and writing its fixed text back, without surprises: only regular files are read (a
// symlink to /dev/zero, a FIFO or a socket is refused before the first byte), reads stop at a size limit while
// reading, the text is decoded strictly so a file that is not UTF-8 is reported instead of silently mangled, and a
// write never claims success it did not have, never overwrites a save made meanwhile, and never leaves a half file.
import * as fs from 'fs';
import * as path from 'path';
import { LIMITS } from '../engine/limits';
import { describeFsError } from './discover';
import { firstInvalidUtf8 } from './terminalText';

/** Larger files are not read at all (the engine declines to parse anything above LIMITS.parseChars anyway). */
export const MAX_READ_BYTES = 4 * LIMITS.parseChars;
const CHUNK = 1024 * 1024;

export class SourceError extends Error {}

export interface SourceFile {
  bytes: Buffer;
  /** The text as checked: exact for UTF-8; for other bytes, decoded with U+FFFD where a byte is not UTF-8. */
  text: string;
  /** When the bytes are not valid UTF-8: the first bad byte, and where it is in `text`. */
  invalidUtf8?: { byteOffset: number; charOffset: number };
}

/** The bytes of a regular file (links followed), at most `maxBytes`; throws SourceError with a readable reason. */
export function readRegularFile(file: string, maxBytes = MAX_READ_BYTES): Buffer {
  let fd: number;
  try {
    // Non-blocking open: opening a FIFO without a writer would otherwise wait forever before we can look at it.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new SourceError(`cannot read the file: ${describeFsError(e)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new SourceError(`cannot read the file: not a regular file (${kindOf(stat)})`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw new SourceError(`cannot read the file: ${describeFsError(e)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new SourceError(`not read: larger than ${Math.round(maxBytes / (1024 * 1024))} MB`);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes strictly; bytes that are not UTF-8 are located rather than silently replaced. A BOM is kept as U+FEFF. */
export function decodeSource(bytes: Buffer): SourceFile {
  try {
    return { bytes, text: strictUtf8.decode(bytes) };
  } catch {
    const byteOffset = firstInvalidUtf8(bytes);
    const charOffset = lenientUtf8.decode(bytes.subarray(0, Math.max(0, byteOffset))).length;
    return { bytes, text: lenientUtf8.decode(bytes), invalidUtf8: { byteOffset, charOffset } };
  }
}

export function readSource(file: string): SourceFile {
  return decodeSource(readRegularFile(file));
}

/** Whether the fixed text was written, and if not, why (in words for the report). */
export type WriteOutcome = { written: true } | { written: false; reason: string };

/**
 * Writes the fixed text over `file` if it still holds exactly `original`. The new content goes to a temp file in the
 * same folder (mode and owner copied from the original) that is then renamed over the original: a crash or a full
 * disk leaves the old file whole, never half of each. Symlinks are resolved first so the link stays a link; a file
 * with other hard links is not replaced, since the rename would split them.
 */
export function writeFixedFile(file: string, original: Buffer, text: string): WriteOutcome {
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync(file);
    stat = fs.statSync(real);
  } catch (e) {
    return { written: false, reason: `cannot write the file: ${describeFsError(e)}` };
  }
  if ((stat.mode & 0o222) === 0) return { written: false, reason: 'the file is read-only' };
  if (stat.nlink > 1) return { written: false, reason: `the file has ${stat.nlink} hard links (replacing it would split them)` };
  let current: Buffer;
  try {
    current = readRegularFile(real);
  } catch (e) {
    return { written: false, reason: `cannot re-read the file before writing: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!current.equals(original)) return { written: false, reason: 'the file changed on disk while it was checked (run again)' };

  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${Date.now().toString(36)}.pp-connector.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', stat.mode & 0o7777);
    fs.fchmodSync(fd, stat.mode & 0o7777);
    if (process.getuid && (stat.uid !== process.getuid() || (process.getgid && stat.gid !== process.getgid()))) fs.fchownSync(fd, stat.uid, stat.gid);
    fs.writeFileSync(fd, Buffer.from(text, 'utf8'));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, real);
    return { written: true };
  } catch (e) {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(temp); } catch { /* never created */ }
    return { written: false, reason: `cannot write the file: ${describeFsError(e)}` };
  }
}
