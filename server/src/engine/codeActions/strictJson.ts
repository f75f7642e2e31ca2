// Repairs for the built-in `strict-json` findings (the upload tools parse the file with a strict JSON parser):
// remove the BOM, a trailing comma or a comment. `data.kind` on the diagnostic says which.
import type { Diagnostic } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit } from './textEdits';

export interface StrictJsonFix {
  title: string;
  edits: Edit[];
}

export function strictJsonFix(document: TextDocument, diagnostic: Diagnostic): StrictJsonFix | undefined {
  if (diagnostic.code !== 'strict-json') return undefined;
  const kind = (diagnostic.data as { kind?: string } | undefined)?.kind;
  const text = document.getText();
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  switch (kind) {
    case 'bom':
      return text.charCodeAt(0) === 0xfeff ? { title: 'Remove the byte order mark (BOM)', edits: [{ offset: 0, length: 1, content: '' }] } : undefined;
    case 'trailing-comma':
      return text[start] === ',' ? { title: 'Remove trailing comma', edits: [{ offset: start, length: 1, content: '' }] } : undefined;
    case 'comment':
      return end > start ? { title: 'Remove comment', edits: [commentRemoval(text, start, end)] } : undefined;
  }
  return undefined;
}

/** A comment alone on its line(s) takes the whole line with it; otherwise also the spaces before it. */
function commentRemoval(text: string, start: number, end: number): Edit {
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
  const atLineStart = lineStart === 0 || text[lineStart - 1] === '\n';
  const atLineEnd = lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r';
  if (atLineStart && atLineEnd && lineEnd < text.length) {
    const eolLength = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1;
    return { offset: lineStart, length: lineEnd + eolLength - lineStart, content: '' };
  }
  if (atLineEnd) return { offset: lineStart, length: lineEnd - lineStart, content: '' };
  return { offset: start, length: end - start, content: '' };
}
