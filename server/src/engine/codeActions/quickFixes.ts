// Quick fixes for the diagnostics the client sends back: a rule's `data.fixes` (FixData) and the built-in
// strict-JSON repairs. Each is one CodeAction with a minimal workspace edit.
import type { CodeAction, Diagnostic } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE } from '../validation';
import type { FixData } from '../rules/types';
import { fixToEdits, isFixData } from './fixData';
import { DocumentFormatting } from './formatting';
import { strictJsonFix } from './strictJson';
import { Edit, toTextEdit } from './textEdits';

export interface CandidateFix {
  title: string;
  safe: boolean;
  edits: Edit[];
  diagnostic: Diagnostic;
}

/** Every repair a diagnostic carries, in the rule's order of preference. */
export function fixesFor(document: TextDocument, diagnostic: Diagnostic, formatting: DocumentFormatting): CandidateFix[] {
  return repairs(document, diagnostic, formatting, false);
}

/**
 * The first safe repair, as `fixesFor(...).find(f => f.safe)` gives it, without locating the fixes that are not safe
 * nor those after it (fix-all and the command line's count of fixable findings ask this of every finding).
 */
export function safeFixFor(document: TextDocument, diagnostic: Diagnostic, formatting: DocumentFormatting): CandidateFix | undefined {
  return repairs(document, diagnostic, formatting, true)[0];
}

function repairs(document: TextDocument, diagnostic: Diagnostic, formatting: DocumentFormatting, firstSafe: boolean): CandidateFix[] {
  if (diagnostic.source !== SOURCE) return [];
  const strict = strictJsonFix(document, diagnostic);
  if (strict) return [{ title: strict.title, safe: true, edits: strict.edits, diagnostic }];
  const raw = (diagnostic.data as { fixes?: unknown } | undefined)?.fixes;
  if (!Array.isArray(raw)) return [];
  const text = document.getText();
  const out: CandidateFix[] = [];
  for (const f of raw) {
    if (!isFixData(f) || (firstSafe && !f.safe)) continue;
    const edits = safeEdits(text, f, formatting);
    if (!edits.length) continue;
    out.push({ title: f.title, safe: !!f.safe, edits, diagnostic });
    if (firstSafe) break;
  }
  return out;
}

function safeEdits(text: string, fix: FixData, formatting: DocumentFormatting): Edit[] {
  try {
    return fixToEdits(text, fix, formatting);
  } catch {
    return []; // a shape too broken to edit yields no action rather than an error
  }
}

export function quickFixActions(document: TextDocument, diagnostics: Diagnostic[], formatting: DocumentFormatting): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const fixes = fixesFor(document, d, formatting);
    fixes.forEach((f, i) => actions.push({
      title: f.title,
      kind: 'quickfix',
      diagnostics: [d],
      isPreferred: i === 0 && (f.safe || fixes.length === 1) ? true : undefined,
      edit: { changes: { [document.uri]: f.edits.map(e => toTextEdit(document, e)) } },
    }));
  }
  return actions;
}
