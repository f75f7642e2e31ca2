// Code actions for one request: quick fixes for the diagnostics in context, "add authentication type" where a set
// can go, the single-auth -> multi-auth conversion on the `connectionParameters` key, and `source.fixAll`.
import type { CodeAction, CodeActionContext, Range } from 'vscode-json-languageservice';
import { AUTH_KINDS } from '../authKinds';
import type { Analysis } from '../document';
import { authKindTitle, authSetEdit, insertionPlace } from './authSets';
import { canConvert, convertedText } from './convert';
import { fixAllEdit, Validate } from './fixAll';
import { detectFormatting } from './formatting';
import { quickFixActions } from './quickFixes';
import { minimalEdit, toTextEdit } from './textEdits';

export { authSetEdit } from './authSets';
export type { AuthSetEdit } from './authSets';
export { fixAllText } from './fixAll';

export const FIX_ALL_KIND = 'source.fixAll.ppConnector';
export const INSERT_KIND = 'refactor.insert.authenticationSet';
export const CONVERT_KIND = 'refactor.rewrite.connectionParameterSets';

/** LSP `only` semantics: a requested kind matches itself and its sub-kinds (`refactor` matches `refactor.rewrite`). */
export function kindRequested(only: string[] | undefined, kind: string): boolean {
  if (!only?.length) return !kind.startsWith('source');
  return only.some(o => kind === o || kind.startsWith(o + '.'));
}

export interface CodeActionOptions {
  /**
   * A client command that inserts a set as a snippet (tab stops), called with `(kindId, uri, position)`. VS Code's
   * language client cannot apply snippet workspace edits, so our extension announces its command instead; other
   * clients get plain edits with the placeholders as text.
   */
  addSetCommand?: string;
}

export async function provideCodeActions(analysis: Analysis, range: Range, context: CodeActionContext, validate: Validate, options: CodeActionOptions = {}): Promise<CodeAction[]> {
  const document = analysis.document;
  const only = context.only;
  const actions: CodeAction[] = [];
  const formatting = detectFormatting(document.getText());

  if (analysis.limits.level === 'none') return []; // not parsed: no edit could be placed safely
  if (kindRequested(only, 'quickfix')) actions.push(...quickFixActions(document, context.diagnostics ?? [], formatting));
  // Oversized files get syntax checks only; refactors and fix-all would re-parse megabytes per action.
  if (analysis.limits.level !== 'full') return actions;

  const offset = document.offsetAt(range.start);
  if (kindRequested(only, INSERT_KIND) && insertionPlace(analysis, offset)) {
    for (const kind of AUTH_KINDS) {
      const e = authSetEdit(analysis, kind.id, { offset });
      if (!e) continue;
      const title = authKindTitle(kind);
      actions.push(options.addSetCommand
        ? { title, kind: INSERT_KIND, command: { title, command: options.addSetCommand, arguments: [kind.id, document.uri, range.start] } }
        : { title, kind: INSERT_KIND, edit: { changes: { [document.uri]: [toTextEdit(document, e.edit)] } } });
    }
  }

  if (kindRequested(only, CONVERT_KIND) && onConnectionParametersKey(analysis, offset, document.offsetAt(range.end)) && canConvert(analysis)) {
    const choices: [string, boolean][] = [
      ['Convert to connectionParameterSets (multi-auth)', false],
      ['Convert to connectionParameterSets, keeping connectionParameters', true],
    ];
    for (const [title, keep] of choices) {
      const next = convertedText(analysis, { keep, formatting });
      const e = next === undefined ? undefined : minimalEdit(document.getText(), next);
      if (e) actions.push({ title, kind: CONVERT_KIND, edit: { changes: { [document.uri]: [toTextEdit(document, e)] } } });
    }
  }

  if (only?.length && kindRequested(only, FIX_ALL_KIND)) {
    const e = await fixAllEdit(document, validate);
    if (e) actions.push({ title: 'Fix all safe connector problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [toTextEdit(document, e)] } } });
  }
  return actions;
}

function onConnectionParametersKey(analysis: Analysis, start: number, end: number): boolean {
  const key = analysis.model.connectionParameters?.property.keyNode;
  return !!key && start <= key.offset + key.length && end >= key.offset;
}
