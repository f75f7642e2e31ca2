// Plain-text forms of the two rich formats our results carry, for clients that declare neither snippets nor
// markdown: a snippet without its tab stops (what the user would get after pressing Escape at once), and markdown as
// the readable text it stands for.

/**
 * The text a snippet inserts when every tab stop is left as it is: `$1` and `$0` vanish, `${1:x}` becomes `x`,
 * `${1|a,b|}` its first choice, `${name:x}` its default, and `\$`, `\}`, `\\` are unescaped. Anything that is not a
 * well-formed snippet construct stays as written (as snippet engines treat it).
 */
export function snippetToPlainText(snippet: string): string {
  let i = 0;
  const s = snippet;
  const DIGITS_OR_NAME = /\d+|[A-Za-z_][A-Za-z0-9_]*/y;

  const readId = (): string | undefined => {
    DIGITS_OR_NAME.lastIndex = i;
    const m = DIGITS_OR_NAME.exec(s);
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };

  // Text up to (not including) an unescaped `}` when `nested`, or to the end.
  const text = (nested: boolean): string => {
    let out = '';
    while (i < s.length) {
      const c = s[i];
      if (c === '\\' && i + 1 < s.length && '$}\\'.includes(s[i + 1])) { out += s[i + 1]; i += 2; continue; }
      if (nested && c === '}') return out;
      if (c === '$') {
        const start = i;
        const value = dollar();
        if (value !== undefined) { out += value; continue; }
        i = start;
      }
      out += c;
      i++;
    }
    return out;
  };

  // At a `$`: the construct's plain text, or undefined (and `i` unspecified) when it is not one.
  const dollar = (): string | undefined => {
    i++;
    if (s[i] !== '{') return readId() !== undefined ? '' : undefined;
    i++;
    const id = readId();
    if (id === undefined) return undefined;
    const next = s[i];
    if (next === '}') { i++; return ''; }
    if (next === ':') {
      i++;
      const inner = text(true);
      if (s[i] !== '}') return undefined;
      i++;
      return inner;
    }
    if (next === '|' && /^\d+$/.test(id)) {
      i++;
      const choices: string[] = [''];
      while (i < s.length && !(s[i] === '|' && s[i + 1] === '}')) {
        if (s[i] === '\\' && i + 1 < s.length && ',|\\'.includes(s[i + 1])) { choices[choices.length - 1] += s[i + 1]; i += 2; continue; }
        if (s[i] === ',') choices.push(''); else choices[choices.length - 1] += s[i];
        i++;
      }
      if (i >= s.length) return undefined;
      i += 2;
      return choices[0];
    }
    if (next === '/') {
      // A variable transform: its result depends on the editor; without one, nothing is inserted.
      while (i < s.length && s[i] !== '}') i += s[i] === '\\' ? 2 : 1;
      if (i >= s.length) return undefined;
      i++;
      return '';
    }
    return undefined;
  };

  return text(false);
}

const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()<>#+\-.!|~])/g;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/**
 * Markdown as readable plain text: code fences and inline-code backticks dropped (their content kept verbatim),
 * emphasis markers and heading marks removed, `[text](url)` written as `text (url)`, backslash escapes and the
 * common HTML entities resolved. Line structure is kept.
 */
export function markdownToPlainText(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = /^\s*(```+|~~~+)/.exec(line);
    if (marker) {
      if (fence === undefined) { fence = marker[1]; continue; }
      if (marker[1].startsWith(fence)) { fence = undefined; continue; }
    }
    out.push(fence !== undefined ? line : inlineToPlain(line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/<br\s*\/?>/gi, '\n')));
  }
  return out.join('\n');
}

function inlineToPlain(line: string): string {
  // Odd parts are inline code spans: kept verbatim, without their backticks.
  return line.split(/((?<!\\)`[^`]*`)/).map((part, index) => index % 2 === 1 ? part.slice(1, -1) : proseToPlain(part)).join('');
}

function proseToPlain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (_, label: string, url: string) => !url || label === url ? label || url : label ? `${label} (${url})` : url)
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*\\])\*(?=\S)(.+?)(?<=[^\s\\])\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w\\])_(?=\S)(.+?)(?<=[^\s\\])_(?!\w)/g, '$1$2')
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, e => ENTITIES[e])
    .replace(MARKDOWN_ESCAPE, '$1');
}
