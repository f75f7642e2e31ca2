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
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.startsWith('\t')) { tabLines++; previous = 0; continue; }
    if (indent.length > 0) spaceLines++;
    const step = indent.length - previous;
    if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
    previous = indent.length;
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
