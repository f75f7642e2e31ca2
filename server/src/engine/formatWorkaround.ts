// jsonc-parser 3.3.1 (used by vscode-json-languageservice's formatter) returns an edit whose newText is undefined
// when a line break is followed by exactly 200 spaces of indentation (nesting level 100 at our 2-space indent):
// its cache of "line break + N spaces" strings has 200 entries and the bound check is off by one. Editors then
// fail to apply the whole formatting. The missing text is exactly that line break and those 200 spaces.
import type { TextEdit } from 'vscode-json-languageservice';

const CACHED_INDENT = 200;

/** The line break jsonc-parser's formatter uses: the document's first one, else \n. */
function eolOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}

export function repairFormatEdits(edits: TextEdit[], text: string): TextEdit[] {
  if (edits.every(e => typeof e.newText === 'string')) return edits;
  const missing = eolOf(text) + ' '.repeat(CACHED_INDENT);
  return edits.map(e => (typeof e.newText === 'string' ? e : { range: e.range, newText: missing }));
}
