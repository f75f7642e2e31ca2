// The typed objects of a swagger (schemas, non-body parameters, `items`, headers: every keyword object with a string
// `type`) and the roots where a file or binary may stand, for the type rules (unrecognized-type-format,
// default-value-must-match-type, invalid-enum-value, schema-type-file-not-valid, invalid-string-binary-property).
// Computed once per model and shared by those rules.
import { getNodeValue } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { decodePointer, entries, keywordObjectsWith, modelCache, str, val } from './model';
import type { SwaggerModel } from './model';

export interface TypedObject {
  node: Node;
  typeNode: Node;
  type: string;
  formatNode?: Node;
  format?: string;
}

/** The JSON type of a value node as a swagger `type` names it (`integer` for whole numbers). */
export function jsonTypeOf(value: Node): string {
  if (value.type === 'number') return Number.isInteger(value.value) ? 'integer' : 'number';
  return value.type;
}

/** Whether a value node fits a swagger `type` (an integer fits `number`); undefined for `file` or unknown types. */
export function fitsType(value: Node, type: string): boolean | undefined {
  const actual = jsonTypeOf(value);
  switch (type) {
    case 'string': case 'boolean': case 'array': case 'object': return actual === type;
    case 'integer': return actual === 'integer';
    case 'number': return actual === 'integer' || actual === 'number';
    default: return undefined;
  }
}

interface Derived {
  typed: TypedObject[];
  /** Parameter objects (where `type` `file` and string/binary are the formData parameter's own). */
  parameters: Set<Node>;
  /** Root schemas of body parameters and responses, and the definitions they reference directly. */
  bodyRoots: Set<Node>;
  responseRoots: Set<Node>;
}

const cache = modelCache<Derived>();

/**
 * Whether keyword objects sit outside swagger typing: a security scheme's `type`, or the inside of an extension's
 * value. Asked in document order, it remembers the last object found inside typing (its ancestors are clean, so a walk
 * up stops at the first of them) and the last extension property found (everything within it is outside): a few steps
 * per object instead of a walk to the root each.
 */
function outsideSchemas(model: SwaggerModel): (node: Node) => boolean {
  const securityDefinitions = val(model.root, 'securityDefinitions');
  let clean: Node | undefined;
  let extension: Node | undefined;
  return node => {
    if (securityDefinitions && node.parent?.parent === securityDefinitions) return true;
    if (extension && contains(extension, node)) return true;
    for (let n: Node | undefined = node; n && n !== model.root; n = n.parent) {
      if (clean && contains(n, clean)) break;
      const key = n.type === 'property' ? n.children?.[0]?.value : undefined;
      // The notification's content is a schema; every other extension value is data of its own shape.
      if (typeof key === 'string' && isExtensionName(key) && key !== 'x-ms-notification-content') { extension = n; return true; }
    }
    clean = node;
    return false;
  };
}

/** Whether `inner` is `outer` or lies within it (one tree: spans nest or are apart). */
function contains(outer: Node, inner: Node): boolean {
  return outer.offset <= inner.offset && inner.offset + inner.length <= outer.offset + outer.length;
}

/** /^x-/i without a regular expression. */
function isExtensionName(key: string): boolean {
  const x = key.charCodeAt(0);
  return (x === 0x78 || x === 0x58) && key.charCodeAt(1) === 0x2d;
}

export function derived(model: SwaggerModel): Derived {
  const hit = cache.get(model);
  if (hit) return hit;
  const typed: TypedObject[] = [];
  const outside = outsideSchemas(model);
  for (const o of keywordObjectsWith(model, 'type')) {
    // `type` and `format` in one pass over the keys (the last of a repeated key wins, as with val).
    let typeNode: Node | undefined;
    let formatNode: Node | undefined;
    for (const p of o.children ?? []) {
      const k = p.children?.[0]?.value;
      if (k === 'type') typeNode = p.children?.[1];
      else if (k === 'format') formatNode = p.children?.[1];
    }
    if (typeNode?.type !== 'string' || outside(o)) continue;
    typed.push({ node: o, typeNode, type: typeNode.value as string, formatNode, format: str(formatNode) });
  }
  const definitions = val(model.root, 'definitions');
  const withTargets = (schema: Node | undefined, into: Set<Node>) => {
    // A schema already in the set has had its references followed (or is on a loop): the walk stops there.
    for (let s = schema; s?.type === 'object' && !into.has(s);) {
      into.add(s);
      const m = /^#\/definitions\/(.+)$/.exec(str(val(s, '$ref')) ?? '');
      s = m ? val(definitions, decodePointer(m[1])) : undefined;
    }
  };
  // Parameters reached from operations, and shared ones even when unused.
  const parameters = new Set(model.parameters.map(p => p.node));
  for (const e of entries(val(model.root, 'parameters'))) parameters.add(e.value);
  const bodyRoots = new Set<Node>();
  for (const p of model.parameters) if (p.in === 'body') withTargets(val(p.node, 'schema'), bodyRoots);
  const responseRoots = new Set<Node>();
  const responseSchemas = (responses: Node | undefined) => {
    for (const e of entries(responses)) withTargets(val(e.value, 'schema'), responseRoots);
  };
  responseSchemas(val(model.root, 'responses'));
  for (const op of model.operations) responseSchemas(op.responses);
  const out = { typed, parameters, bodyRoots, responseRoots };
  cache.set(model, out);
  return out;
}

/**
 * The typed objects that have a property `key`, in document order: both lists are in document order, so one merge of
 * them replaces a look-up of `key` in each of the (many) typed objects.
 */
export function typedWith(model: SwaggerModel, key: string): TypedObject[] {
  const typed = derived(model).typed;
  const out: TypedObject[] = [];
  let i = 0;
  for (const o of keywordObjectsWith(model, key)) {
    while (i < typed.length && typed[i].node.offset < o.offset) i++;
    if (i < typed.length && typed[i].node === o) out.push(typed[i]);
  }
  return out;
}

/**
 * `value` written as the JSON type `type` when the conversion is exact (1 as "1", "42" as 42, "true" as true);
 * undefined otherwise (no guess at what a word or an object was meant to be).
 */
export function convertScalar(value: Node, type: string): string | number | boolean | undefined {
  const v: unknown = value.value;
  if (type === 'string' && (value.type === 'number' || value.type === 'boolean')) return String(v);
  if (value.type !== 'string') return undefined;
  const s = v as string;
  if (type === 'integer' && /^-?(0|[1-9]\d{0,14})$/.test(s)) return Number(s);
  if (type === 'number' && /^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/.test(s)) return Number(s);
  if (type === 'boolean' && (s === 'true' || s === 'false')) return s === 'true';
  return undefined;
}

/** The keys (valueKey) of an enum array's values, for many look-ups in one enum. */
export function enumKeys(enumNode: Node): Set<string> {
  return new Set((enumNode.children ?? []).map(valueKey));
}

/** Whether the array node `enumNode` holds the value of the node `value` (JSON equality); for one look-up. */
export function inEnum(enumNode: Node, value: Node | string | number | boolean): boolean {
  const key = typeof value === 'object' ? valueKey(value) : JSON.stringify(value);
  return (enumNode.children ?? []).some(c => valueKey(c) === key);
}

let unique = 0;

/**
 * A key equal for JSON-equal value nodes (object keys sorted). A value nested too deeply for the call stack gets a
 * key of its own: hostile input is then never "equal", rather than crashing the rule.
 */
export function valueKey(node: Node): string {
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null') return JSON.stringify(node.value ?? null);
  try {
    return canonical(getNodeValue(node));
  } catch {
    return `\u0000deep${unique++}`;
  }
}

/** JSON text with object keys sorted, for equality of parsed values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object') {
    return '{' + Object.keys(value).sort().map(k => JSON.stringify(k) + ':' + canonical((value as Record<string, unknown>)[k])).join(',') + '}';
  }
  return JSON.stringify(value) ?? 'undefined';
}
