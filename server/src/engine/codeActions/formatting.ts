// Inserted text follows the file's own layout: indentation (tabs or spaces, and the width) and line endings are
// detected from the document, not taken from the editor settings or a fixed 2-space default.
export interface DocumentFormatting {
  insertSpaces: boolean;
  tabSize: number;
  eol: string;
}

export function detectFormatting(text: string): DocumentFormatting {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let tabLines = 0;
  let spaceLines = 0;
  const steps = new Map<number, number>();
  let previous = 0;
  // Line by line as split(/\r?\n/) cuts them, read in place: a 1 MB swagger is not copied into 30,000 strings.
  for (let start = 0, next = 0; start <= text.length; start = next) {
    const newline = text.indexOf('\n', start);
    next = newline < 0 ? text.length + 1 : newline + 1;
    const end = newline < 0 ? text.length : newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const first = i < end ? text.charCodeAt(i) : -1;
    // A line of whitespace only (trim's idea of it, which includes more than spaces and tabs) gives no indentation.
    if (first < 0 || ((first <= 32 || first >= 127) && text.slice(i, end).trim() === '')) continue;
    const indent = i - start;
    if (indent > 0 && text.charCodeAt(start) === 9) { tabLines++; previous = 0; continue; }
    if (indent > 0) spaceLines++;
    const step = indent - previous;
    if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
    previous = indent;
  }
  if (tabLines > spaceLines) return { insertSpaces: false, tabSize: 4, eol };
  let tabSize = 2;
  let best = 0;
  for (const [step, count] of steps) {
    if (step <= 8 && (count > best || count === best && step < tabSize)) { tabSize = step; best = count; }
  }
  return { insertSpaces: true, tabSize, eol };
}

export function indentUnit(f: DocumentFormatting): string {
  return f.insertSpaces ? ' '.repeat(f.tabSize) : '\t';
}
