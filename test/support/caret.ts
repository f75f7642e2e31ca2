// The one caret splitter of the tests (engine, protocol and editor layers alike): a test document is written with a
// `|` where the cursor is, in the vscode-json-languageservice style. Also positions, covered text and edits applied.
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Finds the first `|` in a test document, removes it, and returns the text, the caret's offset and line/character. */
export function caret(textWithCaret: string): { text: string; position: { line: number; character: number }; offset: number } {
  const offset = textWithCaret.indexOf('|');
  if (offset < 0) throw new Error('no | caret in test document');
  const text = textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { text, offset, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The line/character of `offset` in `text` (LSP positions, UTF-16 code units, as the tests' documents are). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The position `delta` characters into the first `needle` of `text`; throws when `needle` is absent. */
export function positionOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`test document does not contain ${JSON.stringify(needle)}`);
  return positionAt(text, offset + delta);
}

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

/** The text a range of a wire result covers in `text` (what a finding points at, written out in the assertion). */
export function textAt(text: string, range: Range): string {
  return TextDocument.create('file:///test', 'json', 1, text).getText(range);
}

/** `text` with a wire result's edits applied, as an editor applies them. */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///test', 'json', 1, text), edits);
}
