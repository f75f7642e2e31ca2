// Text from files, file names and configuration reaches a terminal (stylish output, progress, stderr). Raw control
// characters there can move the cursor, clear the screen, open hyperlinks or reverse the reading order, so a crafted
// file could hide findings or print a fake "No problems". Every human-readable line goes through here.

/** C0 controls (tab excepted), DEL, C1 controls, the line/paragraph separators and the bidi embedding controls. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text with each unsafe character spelt as a visible `\uXXXX` escape (as in JSON, so it reads the same). */
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, ch => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

/**
 * JSON text (json, sarif) with the characters JSON.stringify leaves raw but a terminal acts on (DEL, C1 controls,
 * line separators, bidi controls) written as `\\uXXXX`. Outside strings JSON text is ASCII, so this only touches
 * string contents, and the parsed value is the same.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ch => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

/**
 * A path or other text that starts a line: terminal-safe, and never starting with `::`, which a GitHub Actions
 * runner would read as a workflow command (`::error ...`) whatever format was asked for.
 */
export function lineStart(s: string): string {
  const safe = terminalSafe(s);
  return /^\s*::/.test(safe) ? './' + safe.trimStart() : safe;
}

/** Bytes of a name that is not valid UTF-8, readable and safe: valid parts kept, every other byte as `\xNN`. */
export function displayBytes(name: Buffer): string {
  let out = '';
  let i = 0;
  while (i < name.length) {
    const n = utf8SequenceLength(name, i);
    if (n > 0) { out += terminalSafe(name.toString('utf8', i, i + n)); i += n; }
    else { out += '\\x' + name[i].toString(16).toUpperCase().padStart(2, '0'); i++; }
  }
  return out;
}

/** Length of the valid UTF-8 sequence at `i` (1-4), or 0 when the byte there does not start one. */
export function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Offset of the first byte that is not part of valid UTF-8, or -1 when all of it is valid. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    if (b[i] < 0x80) { i++; continue; }
    const n = utf8SequenceLength(b, i);
    if (!n) return i;
    i += n;
  }
  return -1;
}
