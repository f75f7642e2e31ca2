// The x-ms-dynamic-* extensions call another operation of the swagger by its operationId (and pass it parameters);
// shared by the rules that check those references: which operation holds the extension (the source), which one it
// calls, what each passed value is (a source parameter, a path into one, a static value), and the called operation's
// successful response schema that `value-path`, `itemsPath`, ... read.
import type { Node } from 'jsonc-parser';
import { decodePointer, entries, modelCache, str, SwaggerModel, SwaggerOperationModel, SwaggerParameter, val } from './model';

export const DYNAMIC_EXTENSIONS: readonly string[] = ['x-ms-dynamic-values', 'x-ms-dynamic-schema', 'x-ms-dynamic-list', 'x-ms-dynamic-properties'];

export interface DynamicCall {
  extension: string;
  /** The extension's object (or the `open`/`browse` object of x-ms-dynamic-tree). */
  node: Node;
  /** The object that holds the extension (a parameter or a schema). */
  owner: Node;
  operationId?: string;
  operationIdNode?: Node;
  /** The `parameters` object (names of the called operation's parameters as keys). */
  parameters?: Node;
}

const callsCache = modelCache<DynamicCall[]>();

/** Every x-ms-dynamic-* call of the swagger, in document order (computed once per model, many rules read it). */
export function dynamicCalls(model: SwaggerModel): DynamicCall[] {
  const cached = callsCache.get(model);
  if (cached) return cached;
  const out: DynamicCall[] = [];
  const add = (extension: string, node: Node, owner: Node) => {
    if (node.type !== 'object') return;
    const operationIdNode = val(node, 'operationId');
    out.push({ extension, node, owner, operationId: str(operationIdNode), operationIdNode, parameters: val(node, 'parameters') });
  };
  for (const x of model.extensionKeys) {
    const value = x.key.parent?.children?.[1];
    if (!value) continue;
    if (DYNAMIC_EXTENSIONS.includes(x.name)) add(x.name, value, x.owner);
    else if (x.name === 'x-ms-dynamic-tree') for (const e of entries(value)) if (e.name === 'open' || e.name === 'browse') add(`x-ms-dynamic-tree.${e.name}`, e.value, x.owner);
  }
  callsCache.set(model, out);
  return out;
}

/** The one operation a call names; undefined when the id is unknown or used twice (other rules report those). */
export function calledOperation(model: SwaggerModel, call: DynamicCall): SwaggerOperationModel | undefined {
  const targets = call.operationId !== undefined ? model.operationsById.get(call.operationId) : undefined;
  return targets?.length === 1 ? targets[0] : undefined;
}

/** The operation whose text holds `node` (operations are in document order); none for shared definitions. */
export function sourceOperation(model: SwaggerModel, node: Node): SwaggerOperationModel | undefined {
  const ops = model.operations;
  let lo = 0, hi = ops.length - 1, found: SwaggerOperationModel | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ops[mid].node.offset <= node.offset) { found = ops[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found && node.offset < found.node.offset + found.node.length ? found : undefined;
}

/** Follows `#/definitions/...` references (a loop or a dangling one gives undefined). */
export function resolveSchema(model: SwaggerModel, node: Node | undefined): Node | undefined {
  const definitions = val(model.root, 'definitions');
  for (let hops = 0; node && hops < 32; hops++) {
    if (node.type !== 'object') return undefined;
    const ref = str(val(node, '$ref'));
    if (ref === undefined) return node;
    const m = /^#\/definitions\/([^/]+)$/.exec(ref);
    node = m ? val(definitions, decodePointer(m[1])) : undefined;
  }
  return undefined;
}

/** How a value passed in `parameters` is given. */
export type ArgumentKind = 'parameter' | 'parameterReference' | 'selectedItemValuePath' | 'value' | 'literal' | 'other';

export interface DynamicArgument {
  /** The called operation's parameter name (the key). */
  name: string;
  key: Node;
  value: Node;
  kind: ArgumentKind;
  /** For `parameter` / `parameterReference`: the referenced name or path, and its string node. */
  reference?: string;
  referenceNode?: Node;
  /** For `value` / `literal`: the static value's node. */
  staticValue?: Node;
}

/** The entries of a call's `parameters` object, classified. */
export function dynamicArguments(call: DynamicCall): DynamicArgument[] {
  return entries(call.parameters).map(({ key, value, name }) => {
    if (value.type !== 'object') return { name, key, value, kind: 'literal', staticValue: value };
    for (const kind of ['parameter', 'parameterReference', 'selectedItemValuePath'] as const) {
      const node = val(value, kind);
      if (node) return { name, key, value, kind, reference: str(node), referenceNode: node };
    }
    const staticValue = val(value, 'value');
    return staticValue ? { name, key, value, kind: 'value', staticValue } : { name, key, value, kind: 'other' };
  });
}

/** The top-level properties object of an operation's body parameter schema, when it has one. */
export function bodyProperties(model: SwaggerModel, op: SwaggerOperationModel): Node | undefined {
  const body = op.parameters.find(p => p.in === 'body');
  return body ? val(resolveSchema(model, val(body.node, 'schema')), 'properties') : undefined;
}

export interface ResolvedReference {
  /** The source parameter the reference starts at. */
  parameter: SwaggerParameter;
  /** The parameter object, then each schema along the path into its body (resolved). */
  chain: Node[];
}

/**
 * A source-operation reference (`"parameter": "x"`, or a `parameterReference` path such as `body/item/id`) resolved
 * to the parameter and, for a path, the schemas it walks through. Undefined when it cannot be resolved exactly.
 */
export function resolveReference(model: SwaggerModel, source: SwaggerOperationModel, reference: string): ResolvedReference | undefined {
  const [first, ...rest] = reference.split('/');
  const matches = source.parameters.filter(p => p.name === first);
  if (matches.length !== 1) return undefined;
  const parameter = matches[0];
  const chain: Node[] = [parameter.node];
  let schema = parameter.in === 'body' ? resolveSchema(model, val(parameter.node, 'schema')) : parameter.node;
  for (const segment of rest) {
    schema = resolveSchema(model, val(val(schema, 'properties'), segment));
    if (!schema) return undefined;
    chain.push(schema);
  }
  return { parameter, chain };
}

/** An argument that takes its value from the calling operation, with both operations and the reference resolved. */
export interface ReferencedArgument {
  call: DynamicCall;
  argument: DynamicArgument & { reference: string; referenceNode: Node };
  /** The operation holding the extension. */
  source: SwaggerOperationModel;
  /** The operation called (undefined when its id is unknown or used twice). */
  target?: SwaggerOperationModel;
  /** The called operation's parameters named like the argument. */
  called: SwaggerParameter[];
  /** The reference into the source operation, when it resolves exactly. */
  resolved?: ResolvedReference;
}

const referencedCache = modelCache<ReferencedArgument[]>();

/**
 * Every `parameter` / `parameterReference` argument of every dynamic call inside an operation (shared definitions have
 * no single source), computed once per model for the rules that compare the two ends of a reference.
 */
export function referencedArguments(model: SwaggerModel): ReferencedArgument[] {
  const cached = referencedCache.get(model);
  if (cached) return cached;
  const out: ReferencedArgument[] = [];
  for (const call of dynamicCalls(model)) {
    const source = sourceOperation(model, call.node);
    if (!source) continue;
    const target = calledOperation(model, call);
    for (const a of dynamicArguments(call)) {
      if ((a.kind !== 'parameter' && a.kind !== 'parameterReference') || a.reference === undefined || !a.referenceNode) continue;
      const argument = a as ReferencedArgument['argument'];
      out.push({ call, argument, source, target, called: target ? target.parameters.filter(p => p.name === a.name) : [], resolved: resolveReference(model, source, a.reference) });
    }
  }
  referencedCache.set(model, out);
  return out;
}

/** The type a parameter (or schema) declares: `type`, or its body schema's `type`; undefined when not stated. */
export function declaredType(model: SwaggerModel, node: Node): string | undefined {
  const own = str(val(node, 'type'));
  if (own !== undefined) return own;
  return str(val(val(node, 'in') ? resolveSchema(model, val(node, 'schema')) : undefined, 'type'));
}

/** The JSON type of a static value, in swagger's terms (a whole number is an `integer`). */
export function jsonType(node: Node): string | undefined {
  switch (node.type) {
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    case 'array': return 'array';
    case 'object': return 'object';
    case 'number': return Number.isInteger(node.value) ? 'integer' : 'number';
    default: return undefined;
  }
}

/** Whether a value of type `given` fits a parameter of type `expected` (an integer is a number). */
export function typeFits(expected: string, given: string): boolean {
  return expected === given || (expected === 'number' && given === 'integer');
}

/** The schema of the called operation's successful response: `200`, else the first other 2xx with a schema. */
export function successSchema(model: SwaggerModel, op: SwaggerOperationModel): Node | undefined {
  const sharedResponses = val(model.root, 'responses');
  const schemaOf = (response: Node): Node | undefined => {
    const ref = str(val(response, '$ref'));
    const m = ref !== undefined ? /^#\/responses\/([^/]+)$/.exec(ref) : undefined;
    const target = ref === undefined ? response : m ? val(sharedResponses, decodePointer(m[1])) : undefined;
    return val(target, 'schema');
  };
  const ok = entries(op.responses).filter(e => /^2\d\d$/.test(e.name));
  const first = ok.find(e => e.name === '200') ?? ok.find(e => schemaOf(e.value));
  return first ? resolveSchema(model, schemaOf(first.value)) : undefined;
}

/** A schema whose shape is decided at run time or left open: nothing can be said about what it lacks. */
export function isOpenSchema(schema: Node): boolean {
  for (const k of ['x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'allOf', 'anyOf', 'oneOf']) if (val(schema, k)) return true;
  const additional = val(schema, 'additionalProperties');
  return !!additional && !(additional.type === 'boolean' && additional.value === false);
}

export type PathResult = { schema: Node } | { missing: string; caseOnly?: string } | { unknown: true };

/**
 * Walks a `/`-separated property path through a response schema. `missing` when a closed object schema (explicit
 * `properties`, nothing dynamic or open) lacks a segment; `unknown` whenever the walk cannot be sure.
 */
export function walkPath(model: SwaggerModel, schema: Node | undefined, path: string): PathResult {
  let current = schema;
  for (const segment of path.split('/')) {
    if (!current) return { unknown: true };
    if (segment === '') continue;
    if (isOpenSchema(current)) return { unknown: true };
    const properties = val(current, 'properties');
    if (properties?.type !== 'object') return { unknown: true };
    const next = val(properties, segment);
    if (!next) {
      // Named only for the message: whether the platform matches names case-insensitively is not documented.
      const caseOnly = (properties.children ?? []).map(p => String(p.children?.[0]?.value)).find(n => n.toLowerCase() === segment.toLowerCase());
      return { missing: segment, caseOnly };
    }
    current = resolveSchema(model, next);
  }
  return current ? { schema: current } : { unknown: true };
}

/** The explicit extension x-ms-dynamic-values and x-ms-dynamic-schema need when their references are not plain parameters. */
export const EXPLICIT_SUCCESSOR: Readonly<Record<string, string>> = { 'x-ms-dynamic-values': 'x-ms-dynamic-list', 'x-ms-dynamic-schema': 'x-ms-dynamic-properties' };

export type LegacyReferenceIssue = 'ambiguous' | 'nonParameter';

/**
 * x-ms-dynamic-values and x-ms-dynamic-schema pass source values by parameter name only (`"parameter": "x"`). When
 * the name matches several parameters of the source operation, or a parameter and a property of its body, the
 * reference is ambiguous; when it names a property inside a parameter (a body property, or a path `body/x`, `a.b`)
 * it is not a parameter reference. Either needs the explicit successor extension beside it, whose
 * `parameterReference` paths say exactly what is meant. Findings for each such argument of each such call.
 */
export function legacyReferenceIssues(model: SwaggerModel, extension: string): { call: DynamicCall; argument: DynamicArgument; issue: LegacyReferenceIssue }[] {
  const successor = EXPLICIT_SUCCESSOR[extension];
  const out: { call: DynamicCall; argument: DynamicArgument; issue: LegacyReferenceIssue }[] = [];
  for (const call of dynamicCalls(model)) {
    if (call.extension !== extension || val(call.owner, successor)) continue;
    const source = sourceOperation(model, call.node);
    if (!source) continue; // a shared definition: its source operation is whichever uses it
    const body = bodyProperties(model, source);
    for (const argument of dynamicArguments(call)) {
      const reference = argument.reference;
      if (argument.kind !== 'parameter' || reference === undefined) continue;
      const hits = source.parameters.filter(p => p.name === reference).length;
      const head = reference.split(/[/.]/)[0];
      let issue: LegacyReferenceIssue | undefined;
      if (hits > 1 || (hits === 1 && val(body, reference))) issue = 'ambiguous';
      else if (hits === 0 && (val(body, reference) || val(body, head) || (head !== reference && source.parameters.some(p => p.name === head)))) issue = 'nonParameter';
      if (issue) out.push({ call, argument, issue });
    }
  }
  return out;
}

/** A path a dynamic extension reads in the called operation's response, and what it must find there. */
export interface ResponsePath {
  call: DynamicCall;
  target: SwaggerOperationModel;
  node: Node;
  path: string;
  /** `array`: the list of items; `property`: a value inside the response or inside each item. */
  expects: 'array' | 'property';
  /** The schema the path starts from (the response, or the items of the list). */
  base: Node;
}

const ITEM_PATHS: Readonly<Record<string, { list?: string; item: string[]; root?: string[] }>> = {
  'x-ms-dynamic-values': { list: 'value-collection', item: ['value-path', 'value-title'] },
  'x-ms-dynamic-list': { list: 'itemsPath', item: ['itemValuePath', 'itemTitlePath'] },
  'x-ms-dynamic-tree.open': { list: 'itemsPath', item: ['itemValuePath', 'itemTitlePath'] },
  'x-ms-dynamic-tree.browse': { list: 'itemsPath', item: ['itemValuePath', 'itemTitlePath'] },
  'x-ms-dynamic-schema': { item: [], root: ['value-path'] },
  'x-ms-dynamic-properties': { item: [], root: ['itemValuePath'] },
};

/**
 * The response paths of every call whose called operation has a known successful response schema. A list path that
 * cannot be followed yields no item paths (nothing is known about the items).
 */
export function responsePaths(model: SwaggerModel): { paths: ResponsePath[]; listResults: Map<ResponsePath, PathResult> } {
  const paths: ResponsePath[] = [];
  const listResults = new Map<ResponsePath, PathResult>();
  for (const call of dynamicCalls(model)) {
    const spec = ITEM_PATHS[call.extension];
    const target = spec ? calledOperation(model, call) : undefined;
    const response = target ? successSchema(model, target) : undefined;
    if (!spec || !target || !response) continue;
    for (const key of spec.root ?? []) {
      const node = val(call.node, key);
      const path = str(node);
      if (node && path !== undefined) paths.push({ call, target, node, path, expects: 'property', base: response });
    }
    if (spec.list === undefined) continue;
    const listNode = val(call.node, spec.list);
    const listPath = str(listNode);
    let list: Node | undefined = response;
    if (listNode && listPath !== undefined) {
      const entry: ResponsePath = { call, target, node: listNode, path: listPath, expects: 'array', base: response };
      const result = walkPath(model, response, listPath);
      paths.push(entry);
      listResults.set(entry, result);
      list = 'schema' in result ? result.schema : undefined;
    }
    const items = list && str(val(list, 'type')) === 'array' ? resolveSchema(model, val(list, 'items')) : undefined;
    if (!items) continue;
    for (const key of spec.item) {
      const node = val(call.node, key);
      const path = str(node);
      if (node && path !== undefined) paths.push({ call, target, node, path, expects: 'property', base: items });
    }
  }
  return { paths, listResults };
}
