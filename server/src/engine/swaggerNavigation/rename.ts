// Renaming an operationId across the connector folder: the swagger's declaration, its x-ms-dynamic-* calls,
// apiProperties' policy operation names and scriptOperations, and script.csx's comparisons with
// this.Context.OperationId. Each edit replaces only the text between the quotes of a literal found by its offsets
// (the whole literal when it is written with escapes); the rename is withheld, with the reason, whenever its result
// would be ambiguous: the id is declared twice or not at all, the new id is taken, or a script literal's case
// cannot be carried over.
import type { Range, TextEdit } from 'vscode-json-languageservice';
import { ConnectorFiles, NavigationFileKind, rangeOf, SourceFile, swaggerModelOf } from './files';
import { declarations, Occurrence, occurrencesIn, operationIdAt, operationIdOccurrences } from './operationIds';

/** Edits per document uri (the server turns them into a WorkspaceEdit), or why the rename is withheld. */
export type RenameResult = { changes: Record<string, TextEdit[]> } | { error: string };

/**
 * What a new operationId may be: a letter or `_`, then letters, digits, `_`, `-` or `.` (the characters real
 * connectors use; the platform sanitises others, and quotes or spaces would break the files that name it).
 */
const OPERATION_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function isOperationIdName(name: string): boolean {
  return OPERATION_ID.test(name);
}

/** The operationId under the caret as the swagger names it (a script literal compared ignoring case resolves to the declared casing). */
function resolve(files: ConnectorFiles, found: Occurrence): string {
  if (declarations(files, found.value).length || !found.ignoreCase) return found.value;
  const lower = found.value.toLowerCase();
  const declared = [...new Set(occurrencesIn('swagger', files.swagger).filter(o => o.role === 'declaration' && o.value.toLowerCase() === lower).map(o => o.value))];
  return declared.length === 1 ? declared[0] : found.value;
}

/**
 * The range to rename at the caret: the content of the operationId literal (between its quotes) and its value as the
 * placeholder; undefined when the caret is on no operationId.
 */
export function prepareOperationIdRename(kind: NavigationFileKind, file: SourceFile, offset: number): { range: Range; placeholder: string } | undefined {
  const found = operationIdAt(kind, file, offset);
  if (!found) return undefined;
  return { range: rangeOf(file, found.contentOffset, found.contentLength), placeholder: found.value };
}

/** Renames the operationId under the caret of `kind`'s file (which is one of `files`). */
export function renameOperationIdAt(kind: NavigationFileKind, files: ConnectorFiles, offset: number, newId: string): RenameResult | undefined {
  const file = kind === 'swagger' ? files.swagger : kind === 'apiProperties' ? files.apiProperties : files.script;
  if (!file) return undefined;
  const found = operationIdAt(kind, file, offset);
  if (!found) return undefined;
  return renameOperationId(files, resolve(files, found), newId);
}

/** The literal's new text in the case the script compares it in (lower or upper case), or undefined when that case cannot be carried over. */
function newValueFor(o: Occurrence, oldId: string, newId: string): string | undefined {
  if (o.value === oldId) return newId;
  if (o.value === oldId.toLowerCase()) return newId.toLowerCase();
  if (o.value === oldId.toUpperCase()) return newId.toUpperCase();
  return undefined;
}

export function renameOperationId(files: ConnectorFiles, oldId: string, newId: string): RenameResult {
  if (!isOperationIdName(newId)) {
    return { error: `"${printable(newId)}" is not a valid operationId: use a letter or "_" first, then letters, digits, "_", "-" or ".".` };
  }
  const model = swaggerModelOf(files.swagger);
  if (!model) return { error: 'The swagger is not valid JSON: fix it before renaming an operationId.' };
  const declared = declarations(files, oldId);
  if (declared.length === 0) return { error: `No operation of the swagger has the operationId "${printable(oldId)}", so there is nothing to rename.` };
  if (declared.length > 1) return { error: `${declared.length} operations of the swagger use the operationId "${printable(oldId)}": make it unique first (operation-id-not-unique), then rename.` };
  if (newId === oldId) return { changes: {} };
  const clash = [...model.operationsById.keys()].find(id => id !== oldId && id.toLowerCase() === newId.toLowerCase());
  if (clash !== undefined) {
    return { error: clash === newId ? `Another operation already has the operationId "${newId}".` : `Another operation has the operationId "${printable(clash)}", which differs from "${newId}" only in case.` };
  }

  const changes: Record<string, TextEdit[]> = {};
  const files_: Record<string, SourceFile> = { [files.swagger.uri]: files.swagger };
  if (files.apiProperties) files_[files.apiProperties.uri] = files.apiProperties;
  if (files.script) files_[files.script.uri] = files.script;
  for (const o of operationIdOccurrences(files, oldId)) {
    const value = newValueFor(o, oldId, newId);
    if (value === undefined) {
      return { error: `script.csx compares the operation ignoring case as "${printable(o.value)}"; rename that literal by hand.` };
    }
    const file = files_[o.uri];
    // The content alone when it is written plainly; otherwise the whole literal (an id is never written with escapes again).
    const edit: TextEdit = o.plain
      ? { range: rangeOf(file, o.contentOffset, o.contentLength), newText: value }
      : { range: rangeOf(file, o.offset, o.length), newText: `"${value}"` };
    (changes[o.uri] ??= []).push(edit);
  }
  return { changes };
}

/** Names from the files are quoted in messages: no control characters, nothing endless. */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
  return clean.length > 80 ? clean.slice(0, 80) + '…' : clean;
}

