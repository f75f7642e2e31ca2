// Schema facts several of the swschema rules share, computed lazily once per model (modelCache, kept on the model):
// following a `#/definitions/...` reference, and the schemas a request sends (body and formData inputs).
import type { Node } from 'jsonc-parser';
import { decodePointer, modelCache, str, val } from './model';
import type { SwaggerModel } from './model';

/** The definition a `{ "$ref": "#/definitions/X" }` schema points at (one hop; chains are the ref-loop rules' business). */
export function definitionOf(model: SwaggerModel, schema: Node | undefined): Node | undefined {
  const ref = str(val(schema, '$ref'));
  const m = ref !== undefined ? /^#\/definitions\/([^/]+)$/.exec(ref) : null;
  const target = m ? val(val(model.root, 'definitions'), decodePointer(m[1])) : undefined;
  return target?.type === 'object' ? target : undefined;
}

/** The schema itself, or what its `$ref` points at (at most a few hops, never looping). */
export function resolveSchema(model: SwaggerModel, schema: Node | undefined): Node | undefined {
  let node = schema;
  for (let hops = 0; hops < 8 && node?.type === 'object' && val(node, '$ref'); hops++) node = definitionOf(model, node);
  return node?.type === 'object' ? node : undefined;
}

/** A response object, or the shared response its `$ref` points at. */
export function resolveResponse(model: SwaggerModel, response: Node): Node | undefined {
  const ref = str(val(response, '$ref'));
  if (ref === undefined) return response.type === 'object' ? response : undefined;
  const m = /^#\/responses\/([^/]+)$/.exec(ref);
  const target = m ? val(val(model.root, 'responses'), decodePointer(m[1])) : undefined;
  return target?.type === 'object' ? target : undefined;
}

const inputCache = modelCache<Set<Node>>();

/**
 * Every object schema a request sends: body parameters' schemas and what they reach (properties, items, allOf,
 * additionalProperties, through `$ref`s), each once. Iterative with a visited set: loops and depth are harmless.
 */
export function inputSchemas(model: SwaggerModel): Set<Node> {
  const cached = inputCache.get(model);
  if (cached) return cached;
  const seen = new Set<Node>();
  const stack: Node[] = [];
  for (const p of model.parameters) if (p.in === 'body') { const s = val(p.node, 'schema'); if (s) stack.push(s); }
  while (stack.length) {
    const node = resolveSchema(model, stack.pop());
    if (!node || seen.has(node)) continue;
    seen.add(node);
    const properties = val(node, 'properties');
    if (properties?.type === 'object') for (const p of properties.children ?? []) { const v = p.children?.[1]; if (v && p.children?.[0]) stack.push(v); }
    const items = val(node, 'items');
    if (items?.type === 'array') stack.push(...(items.children ?? [])); else if (items) stack.push(items);
    const allOf = val(node, 'allOf');
    if (allOf?.type === 'array') stack.push(...(allOf.children ?? []));
    const extra = val(node, 'additionalProperties');
    if (extra?.type === 'object') stack.push(extra);
  }
  inputCache.set(model, seen);
  return seen;
}

/** The names in a schema's `required` list (strings only). */
export function requiredNames(schema: Node | undefined): Set<string> {
  const list = val(schema, 'required');
  const out = new Set<string>();
  if (list?.type === 'array') for (const c of list.children ?? []) if (c.type === 'string') out.add(c.value as string);
  return out;
}
