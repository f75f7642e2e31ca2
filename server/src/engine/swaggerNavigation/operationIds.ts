// Every place of a connector folder that names an operation by its operationId, at its exact offsets: the swagger's
// declarations and the extensions that call an operation (x-ms-dynamic-*, x-ms-capabilities' testConnection and
// file-picker, x-ms-openai-data's operations), apiProperties' policy `x-ms-apimTemplate-operationName` entries and
// `scriptOperations`, and the string literals script.csx compares with `this.Context.OperationId`. Find references,
// go to definition and the operationId rename all read this one list.
import type { Token } from '../csharp/tokenizer';
import type { StringItem } from '../model';
import type { Node } from 'jsonc-parser';
import { dynamicCalls } from '../swaggerRules/dynamic';
import { entries, str, SwaggerModel, val } from '../swaggerRules/model';
import { apiPropertiesModelOf, ConnectorFiles, NavigationFileKind, scriptModelOf, SourceFile, swaggerModelOf } from './files';

export type OccurrenceRole =
  | 'declaration' // the swagger's `operationId` of an operation
  | 'extension' // the `operationId` member of an extension that calls the operation (x-ms-dynamic-values, ...)
  | 'policy' // an `x-ms-apimTemplate-operationName` entry of an apiProperties policy
  | 'scriptOperations' // an entry of apiProperties' `scriptOperations`
  | 'script'; // a string literal script.csx compares with this.Context.OperationId

export interface Occurrence {
  uri: string;
  role: OccurrenceRole;
  /** The whole literal as written (quotes and any C# prefix included). */
  offset: number;
  length: number;
  /** The text between the quotes. */
  contentOffset: number;
  contentLength: number;
  /** The value the literal denotes. */
  value: string;
  /** The content is the value itself, without escapes (so an edit of the content alone renames it). */
  plain: boolean;
  /** For `extension`: which one (`x-ms-dynamic-values`, `x-ms-dynamic-tree.open`, `x-ms-capabilities.testConnection`, ...). */
  extension?: string;
  /** script.csx compares this literal ignoring case (ToLower(), StringComparison.OrdinalIgnoreCase, ...). */
  ignoreCase?: boolean;
  language: 'json' | 'csharp';
}

function jsonOccurrence(file: SourceFile, role: OccurrenceRole, node: { offset: number; length: number }, value: string): Occurrence {
  const closed = node.length >= 2 && file.text[node.offset + node.length - 1] === '"';
  const contentOffset = node.offset + 1;
  const contentLength = Math.max(0, node.length - (closed ? 2 : 1));
  return {
    uri: file.uri, role, offset: node.offset, length: node.length, contentOffset, contentLength, value,
    plain: file.text.slice(contentOffset, contentOffset + contentLength) === value, language: 'json',
  };
}

/** A C# string literal's content: after its prefix (`@`, `$`) and opening quotes, before its closing quotes. */
function csharpOccurrence(file: SourceFile, literal: Token, ignoreCase: boolean): Occurrence {
  const raw = file.text.slice(literal.offset, literal.offset + literal.length);
  let p = 0;
  while (raw[p] === '@' || raw[p] === '$') p++;
  let q = 0;
  while (raw[p + q] === '"') q++;
  // "" is an empty regular string (two quotes, no content), not an opening run of two.
  if (q === 2) q = 1;
  const contentOffset = literal.offset + p + q;
  const contentLength = Math.max(0, literal.length - p - 2 * q);
  const value = literal.value ?? '';
  return {
    uri: file.uri, role: 'script', offset: literal.offset, length: literal.length, contentOffset, contentLength, value,
    plain: file.text.slice(contentOffset, contentOffset + contentLength) === value, ignoreCase, language: 'csharp',
  };
}

function swaggerOccurrences(file: SourceFile, model: SwaggerModel): Occurrence[] {
  const out: Occurrence[] = [];
  for (const op of model.operations) {
    if (op.operationIdNode && op.operationId !== undefined) out.push(jsonOccurrence(file, 'declaration', op.operationIdNode, op.operationId));
  }
  for (const call of extensionCalls(model)) out.push({ ...jsonOccurrence(file, 'extension', call.node, call.operationId), extension: call.extension });
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The `operationId` values of extensions that call an operation of the swagger: x-ms-dynamic-* (and the tree's
 * open/browse), x-ms-capabilities (testConnection at the root, file-picker's open/browse on a parameter) and
 * x-ms-openai-data's operations list.
 */
export function extensionCalls(model: SwaggerModel): { extension: string; node: Node; operationId: string }[] {
  const out: { extension: string; node: Node; operationId: string }[] = [];
  const add = (extension: string, owner: Node | undefined) => {
    const node = val(owner, 'operationId');
    const operationId = str(node);
    if (node && operationId !== undefined) out.push({ extension, node, operationId });
  };
  for (const call of dynamicCalls(model)) add(call.extension, call.node);
  for (const x of model.extensionKeys) {
    const value = x.key.parent?.children?.[1];
    if (x.name === 'x-ms-capabilities') {
      add('x-ms-capabilities.testConnection', val(value, 'testConnection'));
      const picker = val(value, 'file-picker');
      for (const e of entries(picker)) if (e.name === 'open' || e.name === 'browse') add(`x-ms-capabilities.file-picker.${e.name}`, e.value);
    } else if (x.name === 'x-ms-openai-data') {
      const list = val(value, 'operations');
      if (list?.type === 'array') for (const item of list.children ?? []) add('x-ms-openai-data.operations', item);
    }
  }
  return out;
}

function apiPropertiesOccurrences(file: SourceFile): Occurrence[] {
  const model = apiPropertiesModelOf(file);
  const item = (role: OccurrenceRole) => (i: StringItem) => jsonOccurrence(file, role, i.node, i.value);
  return [
    ...model.policies.flatMap(p => p.operationNames.map(item('policy'))),
    ...model.scriptOperations.map(item('scriptOperations')),
  ];
}

function scriptOccurrences(file: SourceFile): Occurrence[] {
  const seen = new Set<number>();
  const out: Occurrence[] = [];
  for (const use of scriptModelOf(file).operationIds) {
    // A constant used in several comparisons is one literal (its declaration); case-insensitive if any use is.
    const existing = seen.has(use.literal.offset) ? out.find(o => o.offset === use.literal.offset) : undefined;
    if (existing) { existing.ignoreCase ||= use.ignoreCase; continue; }
    if (use.literal.value === undefined) continue;
    seen.add(use.literal.offset);
    out.push(csharpOccurrence(file, use.literal, use.ignoreCase));
  }
  return out;
}

/** Every operationId literal of one file, in document order. */
export function occurrencesIn(kind: NavigationFileKind, file: SourceFile): Occurrence[] {
  if (kind === 'swagger') {
    const model = swaggerModelOf(file);
    return model ? swaggerOccurrences(file, model) : [];
  }
  return kind === 'apiProperties' ? apiPropertiesOccurrences(file) : scriptOccurrences(file);
}

/** True when the occurrence names `id` (script literals compared ignoring case match in any case). */
export function names(o: Occurrence, id: string): boolean {
  return o.value === id || (!!o.ignoreCase && o.value.toLowerCase() === id.toLowerCase());
}

/** Every occurrence of `id` across the files: the swagger's, then apiProperties', then script.csx's. */
export function operationIdOccurrences(files: ConnectorFiles, id: string): Occurrence[] {
  const out: Occurrence[] = [];
  out.push(...occurrencesIn('swagger', files.swagger).filter(o => names(o, id)));
  if (files.apiProperties) out.push(...occurrencesIn('apiProperties', files.apiProperties).filter(o => names(o, id)));
  if (files.script) out.push(...occurrencesIn('script', files.script).filter(o => names(o, id)));
  return out;
}

/** The operationId literal under the caret (inside its quotes, both ends included), or undefined. */
export function operationIdAt(kind: NavigationFileKind, file: SourceFile, offset: number): Occurrence | undefined {
  return occurrencesIn(kind, file).find(o => offset >= o.contentOffset && offset <= o.contentOffset + o.contentLength);
}

/** The operations that declare `id` in the swagger (more than one is a duplicate the validator rejects). */
export function declarations(files: ConnectorFiles, id: string): Occurrence[] {
  return occurrencesIn('swagger', files.swagger).filter(o => o.role === 'declaration' && o.value === id);
}
