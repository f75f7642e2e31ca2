// `source.fixAll`: applies every *safe* fix (casing, string/boolean forms, strict JSON), re-validating between
// rounds because one fix can move or unlock another; the result is one minimal edit, and a second run finds nothing.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import { detectFormatting } from './formatting';
import { safeFixFor } from './quickFixes';
import { Edit, applyOffsetEdits, minimalEdit, overlaps } from './textEdits';

const MAX_ROUNDS = 10;

export type Validate = (document: TextDocument) => Promise<Diagnostic[]>;

export async function fixAllText(document: TextDocument, validate: Validate): Promise<string> {
  let current = document;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const formatting = detectFormatting(current.getText());
    const diagnostics = await validate(current);
    const accepted: Edit[][] = [];
    for (const d of diagnostics) {
      const fix = safeFixFor(current, d, formatting);
      if (fix && !accepted.some(a => overlaps(a, fix.edits))) accepted.push(fix.edits);
    }
    if (!accepted.length) break;
    const next = applyOffsetEdits(current.getText(), accepted.flat());
    if (next === current.getText()) break;
    current = TextDocument.create(document.uri, document.languageId, current.version + 1, next);
  }
  return current.getText();
}

export async function fixAllEdit(document: TextDocument, validate: Validate): Promise<Edit | undefined> {
  return minimalEdit(document.getText(), await fixAllText(document, validate));
}
