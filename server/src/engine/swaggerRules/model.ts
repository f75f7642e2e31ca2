// One parse of a swagger (jsonc-parser's tree, with offsets; strictTree.ts builds it faster for strict JSON) and a
// small model the validator rules read: path items, operations with their effective parameters, responses, every
// `$ref` and every extension key. Rules never walk the whole tree themselves (keywordObjectsWith gives the objects
// with a given keyword), so the cost is one parse and one walk whatever the number of rules.
import { Node, ParseError, parseTree } from 'jsonc-parser';
import { parseStrictSwagger } from './strictTree';
import { ExtensionKey, walkSwaggerTree } from './walk';

export { NAME_MAPS } from './walk';
export type { ExtensionKey } from './walk';

export const METHODS: readonly string[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/** Objects with at least this many properties get a name index on first look-up (`definitions`, `paths`, ...). */
const INDEXED_FROM = 16;
// The index holds child positions, not nodes. A WeakMap entry whose value reaches the tree keeps that whole tree alive
// through every young-generation collection (V8 treats such values as live there), so every swagger's tree was
// copied and promoted to the old generation: that made buildSwaggerModel twice as slow on the corpus.
const propertyIndexes = new WeakMap<Node, Map<unknown, number>>();

/** The property node (key + value) of `key` in an object node; the last duplicate wins, as with JSON.parse. */
export function prop(node: Node | undefined, key: string): Node | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  const children = node.children;
  if (children.length >= INDEXED_FROM) {
    // A `$ref` to a definition looks up one of a thousand names: once per tree, not once per reference.
    let index = propertyIndexes.get(node);
    if (!index) {
      index = new Map();
      for (let i = 0; i < children.length; i++) { const k = children[i].children?.[0]; if (k) index.set(k.value, i); }
      propertyIndexes.set(node, index);
    }
    const at = index.get(key);
    return at === undefined ? undefined : children[at];
  }
  let found: Node | undefined;
  for (let i = 0; i < children.length; i++) if (children[i].children?.[0]?.value === key) found = children[i];
  return found;
}

export function val(node: Node | undefined, key: string): Node | undefined {
  return prop(node, key)?.children?.[1];
}

export function keyOf(property: Node | undefined): Node | undefined {
  return property?.type === 'property' ? property.children?.[0] : undefined;
}

export function str(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? node.value as string : undefined;
}

/** The properties (key/value pairs) of an object node. */
export function entries(node: Node | undefined): { key: Node; value: Node; name: string }[] {
  if (!node || node.type !== 'object' || !node.children) return [];
  const out: { key: Node; value: Node; name: string }[] = [];
  for (const p of node.children) {
    const key = p.children?.[0];
    const value = p.children?.[1];
    if (key && value) out.push({ key, value, name: String(key.value) });
  }
  return out;
}

/** The key node of the property holding `value` (for "the key of the object that lacks it"). */
export function ownerKey(value: Node): Node | undefined {
  return value.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
}

export interface SwaggerParameter {
  /** The parameter object (after following a `#/parameters/...` reference). */
  node: Node;
  /** Where the operation or path item lists it: the object itself, or the `{ "$ref": ... }` item. */
  site: Node;
  /** True when `node` is a shared definition under the root `parameters`. */
  shared: boolean;
  name?: string;
  nameNode?: Node;
  in?: string;
  /** From the path item's `parameters` (inherited by every operation of the path). */
  pathLevel: boolean;
}

export interface SwaggerOperationModel {
  path: string;
  /** The path's key in `paths`. */
  pathKey: Node;
  pathItem: Node;
  /** As written (`get`, `GET`, ...). */
  method: string;
  methodKey: Node;
  node: Node;
  operationId?: string;
  operationIdNode?: Node;
  /** Effective parameters: the path item's, then the operation's (an operation's own replaces one of the same name and location). */
  parameters: SwaggerParameter[];
  /** Only the operation's own `parameters` list, in order. */
  ownParameters: SwaggerParameter[];
  responses?: Node;
}

export interface SwaggerModel {
  text: string;
  root: Node;
  operations: SwaggerOperationModel[];
  operationsById: Map<string, SwaggerOperationModel[]>;
  pathItems: { path: string; key: Node; node: Node }[];
  /** Every `"$ref": "<string>"` value node. */
  refs: Node[];
  /** Every `x-ms...` key in a place where keys are keywords (not names of properties, headers, definitions, ...). */
  extensionKeys: ExtensionKey[];
  /** Every object whose keys are keywords (schemas, parameters, responses, ...), outside example payloads, in document order. */
  keywordObjects: Node[];
  /** Parameter objects reached from operations, each once (shared ones by their definition). */
  parameters: SwaggerParameter[];
  /** What rules derive once per model (modelCache), kept here so that it dies with the model. */
  readonly derived: Map<object, unknown>;
}

/**
 * A cache of one fact per model, with WeakMap's get and set, kept on the model itself. Never a WeakMap keyed by the
 * model: V8's young-generation collection keeps a WeakMap value alive whatever its key, and these values reach the
 * whole tree, which was then copied and promoted for every swagger (the collector was a third of a corpus run).
 */
export function modelCache<T>(): { get(model: SwaggerModel): T | undefined; set(model: SwaggerModel, value: T): void } {
  const key = {};
  return {
    get: model => model.derived.get(key) as T | undefined,
    set: (model, value) => { model.derived.set(key, value); },
  };
}

const keywordIndexes = modelCache<Map<string, Node[]>>();

/**
 * The keyword objects (model.keywordObjects) that have a property `key`, in document order, each once: what a rule
 * about one keyword (`enum`, `maxItems`, `$ref`, ...) visits, instead of every object of the swagger. Indexed on
 * first use, once per model.
 */
export function keywordObjectsWith(model: SwaggerModel, key: string): readonly Node[] {
  let index = keywordIndexes.get(model);
  if (!index) keywordIndexes.set(model, index = keywordIndex(model));
  return index.get(key) ?? [];
}

function keywordIndex(model: SwaggerModel): Map<string, Node[]> {
  const index = new Map<string, Node[]>();
  for (const o of model.keywordObjects) {
    for (const p of o.children ?? []) {
      const k = p.children?.[0];
      if (!k) continue;
      const name = String(k.value);
      const list = index.get(name);
      if (!list) index.set(name, [o]);
      else if (list[list.length - 1] !== o) list.push(o);
    }
  }
  return index;
}

export type ParseResult =
  | { model: SwaggerModel; problem?: undefined }
  | { model?: undefined; problem: string };

/**
 * Parses `text` and builds the model. Returns a problem instead when the text is not a JSON object (the editor's JSON
 * support reports syntax errors; the rules need a whole document).
 */
export function buildSwaggerModel(text: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const errors: ParseError[] = [];
  // Real swaggers are strict JSON: the fast path builds the very tree jsonc-parser would, collecting what the walk
  // collects as it goes; anything else goes to jsonc-parser, then the walk.
  const strict = parseStrictSwagger(source);
  let root: Node | undefined = strict?.root;
  if (!root) {
    try {
      root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
    } catch {
      return { problem: 'the swagger is nested too deeply to analyse' };
    }
  }
  if (!root || root.type !== 'object') return { problem: 'the swagger is not a JSON object' };
  if (errors.length) return { problem: 'the swagger is not valid JSON' };
  const { refs, extensionKeys, keywordObjects } = strict?.walk ?? walkSwaggerTree(root);

  const sharedParameters = val(root, 'parameters');
  const resolveParameter = (item: Node, pathLevel: boolean): SwaggerParameter | undefined => {
    if (item.type !== 'object') return undefined;
    const ref = str(val(item, '$ref'));
    let node = item;
    let shared = false;
    if (ref !== undefined) {
      const m = /^#\/parameters\/(.+)$/.exec(ref);
      const target = m ? val(sharedParameters, decodePointer(m[1])) : undefined;
      if (!target || target.type !== 'object') return undefined;
      node = target;
      shared = true;
    }
    const nameNode = val(node, 'name');
    return { node, site: item, shared, name: str(nameNode), nameNode, in: str(val(node, 'in')), pathLevel };
  };
  const parameterList = (list: Node | undefined, pathLevel: boolean): SwaggerParameter[] =>
    list?.type === 'array' ? (list.children ?? []).map(i => resolveParameter(i, pathLevel)).filter((p): p is SwaggerParameter => !!p) : [];

  const operations: SwaggerOperationModel[] = [];
  const operationsById = new Map<string, SwaggerOperationModel[]>();
  const pathItems: { path: string; key: Node; node: Node }[] = [];
  const seenParameters = new Set<Node>();
  const parameters: SwaggerParameter[] = [];
  const note = (p: SwaggerParameter) => { if (!seenParameters.has(p.node)) { seenParameters.add(p.node); parameters.push(p); } };
  for (const { key: pathKey, value: pathItem, name: path } of entries(val(root, 'paths'))) {
    if (pathItem.type !== 'object') continue;
    pathItems.push({ path, key: pathKey, node: pathItem });
    const common = parameterList(val(pathItem, 'parameters'), true);
    common.forEach(note);
    for (const { key: methodKey, value: node, name: method } of entries(pathItem)) {
      if (!METHODS.includes(method.toLowerCase()) || node.type !== 'object') continue;
      const own = parameterList(val(node, 'parameters'), false);
      own.forEach(note);
      const effective = [
        ...common.filter(c => !own.some(o => o.name === c.name && o.in === c.in)),
        ...own,
      ];
      const operationIdNode = val(node, 'operationId');
      const operationId = str(operationIdNode);
      const op: SwaggerOperationModel = {
        path, pathKey, pathItem, method, methodKey, node, operationId, operationIdNode,
        parameters: effective, ownParameters: own, responses: val(node, 'responses'),
      };
      operations.push(op);
      if (operationId !== undefined) {
        const list = operationsById.get(operationId);
        if (list) list.push(op); else operationsById.set(operationId, [op]);
      }
    }
  }
  return { model: { text, root, operations, operationsById, pathItems, refs, extensionKeys, keywordObjects, parameters, derived: new Map() } };
}

/** A JSON pointer segment: `~1` is `/`, `~0` is `~`; percent-encoding is also undone (as in URI fragments). */
export function decodePointer(segment: string): string {
  let s = segment;
  try { s = decodeURIComponent(s); } catch { /* keep as written */ }
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `{name}` variables of a path template, with their offset inside the path string. */
export function templateVariables(path: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  const re = /\{([^{}]*)\}/g;
  for (let m = re.exec(path); m; m = re.exec(path)) out.push({ name: m[1], index: m.index + 1 });
  return out;
}

/** Offset in the text of character `index` of a string node's value, when the raw text has no escapes before it. */
export function offsetInString(text: string, node: Node, index: number): number | undefined {
  const raw = text.slice(node.offset + 1, node.offset + 1 + index);
  return raw.includes('\\') ? undefined : node.offset + 1 + index;
}
