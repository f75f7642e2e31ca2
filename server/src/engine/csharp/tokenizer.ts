// A C# tokenizer for connector scripts (script.csx): enough of the language to find declarations, comparisons and
// strings at their exact offsets without being fooled by text inside literals or comments. It understands regular,
// verbatim (@"..."), interpolated ($"...{expr}...", nested), raw ("""...""", C# 11) and interpolated raw strings,
// char literals, // and /* */ comments and preprocessor lines. It never throws: an unterminated literal or comment
// becomes a token with `unterminated` set, which the syntax check reports.

export type TokenKind = 'identifier' | 'number' | 'string' | 'char' | 'punct' | 'comment' | 'preprocessor';

export interface Token {
  kind: TokenKind;
  offset: number;
  length: number;
  /** Identifier name, punctuation text, or the value of a string literal without interpolation holes. */
  text: string;
  /** String literals: the decoded value (regular escapes, doubled quotes); undefined for interpolated strings. */
  value?: string;
  interpolated?: boolean;
  unterminated?: boolean;
}

const PUNCT3 = ['<<=', '>>=', '??=', '...', '>>>'];
const PUNCT2 = ['==', '!=', '<=', '>=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '=>', '??', '?.', '::', '->', '<<'];

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v' };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) { lineStart = true; i++; continue; }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) { i++; continue; }
    const start = i;
    // Preprocessor directive (#r, #load, #region ...): a whole line, only where a line starts.
    if (c === 35 && lineStart) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
      tokens.push({ kind: 'preprocessor', offset: start, length: i - start, text: text.slice(start, i) });
      continue;
    }
    lineStart = false;
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
      tokens.push({ kind: 'comment', offset: start, length: i - start, text: '' });
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      tokens.push({ kind: 'comment', offset: start, length: i - start, text: '', unterminated: end < 0 || undefined });
      continue;
    }
    // String prefixes: $, @, $@, @$, any number of $ before raw strings.
    let j = i, dollars = 0, verbatim = false;
    while (j < n && (text[j] === '$' || text[j] === '@')) {
      if (text[j] === '$') dollars++; else if (verbatim) break; else verbatim = true;
      j++;
    }
    if (text[j] === '"' && (dollars > 0 || verbatim || j === i)) {
      i = readString(text, start, j, dollars, verbatim, tokens);
      continue;
    }
    if (c === 64 && isIdentStart(text.charCodeAt(i + 1))) i++; // @identifier (a keyword used as a name)
    if (isIdentStart(text.charCodeAt(i))) {
      const s = i;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'identifier', offset: start, length: i - start, text: text.slice(s, i) });
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      while (i < n && (isIdentPart(text.charCodeAt(i)) || text[i] === '.' && isDigit(text.charCodeAt(i + 1)))) i++;
      tokens.push({ kind: 'number', offset: start, length: i - start, text: text.slice(start, i) });
      continue;
    }
    if (c === 39) {
      i = readChar(text, start, tokens);
      continue;
    }
    const three = text.substr(i, 3), two = text.substr(i, 2);
    const p = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : text[i];
    i += p.length;
    tokens.push({ kind: 'punct', offset: start, length: p.length, text: p });
  }
  return tokens;
}

function readChar(text: string, start: number, tokens: Token[]): number {
  let i = start + 1;
  const n = text.length;
  while (i < n && text[i] !== "'" && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
  const closed = text[i] === "'";
  tokens.push({ kind: 'char', offset: start, length: (closed ? i + 1 : i) - start, text: text.slice(start, closed ? i + 1 : i), unterminated: !closed || undefined });
  return closed ? i + 1 : i;
}

/** Reads a string literal whose opening quote is at `quote`; returns the offset after it. */
function readString(text: string, start: number, quote: number, dollars: number, verbatim: boolean, tokens: Token[]): number {
  const n = text.length;
  let q = quote;
  while (q < n && text[q] === '"') q++;
  const quotes = q - quote;
  if (quotes >= 3) {
    // Raw string: closed by the same number of quotes; `dollars` braces open an interpolation hole.
    const close = '"'.repeat(quotes);
    let i = q;
    let value = '';
    while (i < n) {
      if (text.startsWith(close, i)) {
        const end = i + quotes;
        tokens.push({ kind: 'string', offset: start, length: end - start, text: '', value: dollars ? undefined : stripRawIndent(value), interpolated: dollars > 0 || undefined });
        return end;
      }
      if (dollars && text.startsWith('{'.repeat(dollars), i) && text[i + dollars] !== '{') { i = skipHole(text, i + dollars); continue; }
      value += text[i++];
    }
    tokens.push({ kind: 'string', offset: start, length: n - start, text: '', interpolated: dollars > 0 || undefined, unterminated: true });
    return n;
  }
  // quotes is 1 (an opening quote) or 2 (an empty string "").
  if (quotes === 2) {
    tokens.push({ kind: 'string', offset: start, length: q - start, text: '', value: '', interpolated: dollars > 0 || undefined });
    return q;
  }
  let i = quote + 1;
  let value = '';
  while (i < n) {
    const ch = text[i];
    if (ch === '"') {
      if (verbatim && text[i + 1] === '"') { value += '"'; i += 2; continue; }
      tokens.push({ kind: 'string', offset: start, length: i + 1 - start, text: '', value: dollars ? undefined : value, interpolated: dollars > 0 || undefined });
      return i + 1;
    }
    if (!verbatim && (ch === '\n' || ch === '\r')) break; // a regular string cannot span lines
    if (!verbatim && ch === '\\') { value += ESCAPES[text[i + 1]] ?? text[i + 1] ?? ''; i += 2; continue; }
    if (dollars) {
      if (ch === '{' && text[i + 1] === '{') { value += '{'; i += 2; continue; }
      if (ch === '}' && text[i + 1] === '}') { value += '}'; i += 2; continue; }
      if (ch === '{') { i = skipHole(text, i + 1); continue; }
    }
    value += ch;
    i++;
  }
  tokens.push({ kind: 'string', offset: start, length: i - start, text: '', interpolated: dollars > 0 || undefined, unterminated: true });
  return i;
}

/** Skips an interpolation hole's expression (which may hold strings, nested interpolations and braces). */
function skipHole(text: string, from: number): number {
  let depth = 1;
  let i = from;
  const n = text.length;
  while (i < n && depth > 0) {
    const ch = text[i];
    if (ch === '"' || ((ch === '$' || ch === '@') && /^[$@]*"/.test(text.slice(i, i + 4)))) {
      const inner: Token[] = [];
      let j = i, dollars = 0, verbatim = false;
      while (text[j] === '$' || text[j] === '@') { if (text[j] === '$') dollars++; else verbatim = true; j++; }
      i = readString(text, i, j, dollars, verbatim, inner);
      continue;
    }
    if (ch === "'") { i = readChar(text, i, []); continue; }
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    i++;
  }
  return i;
}

/** Raw string content: the lines between the quote lines, with the closing line's indentation removed. */
function stripRawIndent(value: string): string {
  if (!value.includes('\n')) return value;
  const lines = value.split(/\r?\n/);
  const last = lines[lines.length - 1];
  const indent = /^\s*$/.test(last) ? last.length : 0;
  return lines.slice(1, /^\s*$/.test(last) ? -1 : undefined).map(l => l.slice(Math.min(indent, /^\s*/.exec(l)![0].length))).join('\n');
}
