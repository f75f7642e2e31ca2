// Go to definition and find references inside the swagger: a local `$ref` ("#/definitions/Widget",
// "#/parameters/id", "#/responses/NotFound", or any deeper JSON pointer) leads to the key it points at, and the key of
// a definition, shared parameter or shared response lists every `$ref` to it; an operationId (declared, or called by
// an extension such as x-ms-dynamic-values) leads to its declaration and lists its uses in every file of the connector.
import type { Node } from 'jsonc-parser';
import type { Location } from 'vscode-json-languageservice';
import { ConnectorFiles, rangeOf, SourceFile, swaggerModelOf } from './files';
import { declarations, Occurrence, operationIdAt, operationIdOccurrences } from './operationIds';
import { decodePointer, entries, SwaggerModel, val } from '../swaggerRules/model';

/** The sections a `$ref` of a swagger 2.0 document points into (their keys are the names references use). */
export const REF_SECTIONS = ['definitions', 'parameters', 'responses'] as const;
export type RefSection = typeof REF_SECTIONS[number];

const location = (file: SourceFile, offset: number, length: number): Location => ({ uri: file.uri, range: rangeOf(file, offset, length) });
const occurrenceLocation = (files: ConnectorFiles) => (o: Occurrence): Location => {
  const file = [files.swagger, files.apiProperties, files.script].find(f => f?.uri === o.uri)!;
  return location(file, o.offset, o.length);
};

/** The `$ref` value under the caret (inside its quotes). `model.refs` is in document order: a binary search. */
function refAt(model: SwaggerModel, offset: number): Node | undefined {
  let lo = 0, hi = model.refs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = model.refs[mid];
    if (offset <= n.offset) hi = mid - 1;
    else if (offset >= n.offset + n.length) lo = mid + 1;
    else return n;
  }
  return undefined;
}

/** The key node a local JSON pointer (`#/a/b`) lands on, or undefined when it is external or points at nothing. */
function resolvePointer(model: SwaggerModel, ref: string): Node | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Node | undefined = model.root;
  let key: Node | undefined;
  for (const segment of ref.slice(2).split('/')) {
    const property: Node | undefined = node?.type === 'object' ? node.children?.filter(p => p.children?.[0]?.value === decodePointer(segment)).pop() : undefined;
    if (!property) return undefined;
    key = property.children?.[0];
    node = property.children?.[1];
  }
  return key;
}

/** `#/<section>/<name>...` → the section and the (decoded) name, for a reference to a shared item. */
function sharedTarget(ref: string): { section: RefSection; name: string } | undefined {
  const m = /^#\/(definitions|parameters|responses)\/([^/]+)/.exec(ref);
  return m ? { section: m[1] as RefSection, name: decodePointer(m[2]) } : undefined;
}

/** The key of a definition, shared parameter or shared response under the caret. */
function declarationKeyAt(model: SwaggerModel, offset: number): { section: RefSection; name: string; key: Node } | undefined {
  for (const section of REF_SECTIONS) {
    const container = val(model.root, section);
    if (!container || offset < container.offset || offset > container.offset + container.length) continue;
    for (const e of entries(container)) {
      if (offset > e.key.offset && offset < e.key.offset + e.key.length) return { section, name: e.name, key: e.key };
    }
  }
  return undefined;
}

function refsTo(model: SwaggerModel, section: RefSection, name: string): Node[] {
  return model.refs.filter(n => {
    const t = sharedTarget(n.value as string);
    return t?.section === section && t.name === name;
  });
}

/** Go to definition in the swagger: a `$ref` to its target's key; an operationId to its declaration(s). */
export function swaggerDefinition(files: ConnectorFiles, offset: number): Location[] {
  const file = files.swagger;
  const model = swaggerModelOf(file);
  if (!model) return [];
  const ref = refAt(model, offset);
  if (ref) {
    const key = resolvePointer(model, ref.value as string);
    return key ? [location(file, key.offset, key.length)] : [];
  }
  const op = operationIdAt('swagger', file, offset);
  if (op) return declarations(files, op.value).map(occurrenceLocation(files));
  return [];
}

/**
 * Find references in the swagger: every `$ref` to the definition, parameter or response under the caret (on its key
 * or on a `$ref` to it), or every use of the operationId under the caret in the connector's files.
 */
export function swaggerReferences(files: ConnectorFiles, offset: number, includeDeclaration: boolean): Location[] {
  const file = files.swagger;
  const model = swaggerModelOf(file);
  if (!model) return [];
  const ref = refAt(model, offset);
  const target = ref ? sharedTarget(ref.value as string) : declarationKeyAt(model, offset);
  if (target) {
    const out: Location[] = [];
    if (includeDeclaration) {
      const key = entries(val(model.root, target.section)).filter(e => e.name === target.name).pop()?.key;
      if (key) out.push(location(file, key.offset, key.length));
    }
    for (const n of refsTo(model, target.section, target.name)) out.push(location(file, n.offset, n.length));
    return out;
  }
  const op = operationIdAt('swagger', file, offset);
  if (!op) return [];
  return operationReferences(files, op.value, includeDeclaration);
}

/** Every use of an operationId in the connector's files (with its swagger declaration when asked for), file by file in document order. */
export function operationReferences(files: ConnectorFiles, id: string, includeDeclaration: boolean): Location[] {
  return operationIdOccurrences(files, id).filter(o => includeDeclaration || o.role !== 'declaration').map(occurrenceLocation(files));
}
