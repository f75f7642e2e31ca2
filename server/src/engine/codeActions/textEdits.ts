// Edits as offsets while computing, LSP TextEdits at the boundary. `minimalEdit` turns "old text -> new text" into
// one edit covering only the changed span, so everything outside it stays byte for byte.
import type { Edit } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-json-languageservice';

export type { Edit };

export function applyOffsetEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}

export function overlaps(a: readonly Edit[], b: readonly Edit[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const xEnd = x.offset + x.length;
      const yEnd = y.offset + y.length;
      if (x.offset < yEnd && y.offset < xEnd) return true;
      // Two insertions at the same point would have an order that depends on the client.
      if (x.offset === y.offset) return true;
    }
  }
  return false;
}

export function minimalEdit(oldText: string, newText: string): Edit | undefined {
  if (oldText === newText) return undefined;
  let start = 0;
  const max = Math.min(oldText.length, newText.length);
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && oldText.charCodeAt(oldText.length - 1 - end) === newText.charCodeAt(newText.length - 1 - end)) end++;
  return { offset: start, length: oldText.length - start - end, content: newText.slice(start, newText.length - end) };
}

export function toTextEdit(document: TextDocument, e: Edit): TextEdit {
  return {
    range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
    newText: e.content,
  };
}
