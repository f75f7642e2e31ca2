// Untrusted text (swagger summaries, descriptions, paths, operation ids, parameter and set names) goes into the
// markdown of hovers and completion details. Unescaped, a summary can show a remote image, a disguised link or a
// heading, and a backtick in a path ends its code span early. Every piece of markdown we build goes through here.

/** Characters that start or end markdown constructs (emphasis, links, images, html, code, headings, tables, autolinks). */
const SPECIAL = /[\\`*_{}[\]()<>!#|~&+\-=:]/g;

/** `text` as literal markdown text: special characters backslash-escaped, "1." at a line start no list. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * `text` as an inline code span: the fence is one backtick longer than the longest run of backticks inside, with a
 * space of padding when the text starts or ends with a backtick (CommonMark strips one such space on each side).
 * Line breaks become spaces (a blank line would end the span's paragraph).
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
