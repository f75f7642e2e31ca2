// Turns swagger text into a SwaggerContext: operations (with the offsets of their operationId, for go-to-definition),
// securityDefinitions, host. Swaggers run to megabytes, so each text is parsed once and the result cached by uri and
// version (open buffer) or mtime+size (disk). Nothing here throws on bad input: a bad swagger becomes a status.
import { Node as JsonNode, ParseError, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { SwaggerContext, SwaggerOperation, PairingKind } from './types';
import { decodeUriSafe } from '../uri';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

function child(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  let found: JsonNode | undefined;
  // Last duplicate wins, as with JSON.parse.
  for (const p of node.children) if (p.children?.[0]?.value === key) found = p.children[1];
  return found;
}

function str(node: JsonNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value as string : undefined;
}

function lineColumn(text: string, offset: number): string {
  let line = 1, last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return `line ${line}, column ${offset - last}`;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const text_ = (v: unknown): string | undefined => typeof v === 'string' ? v : undefined;

/**
 * Builds the context for one swagger text. `status` is `invalid` when the text is not a JSON object.
 * JSON.parse does the work (a megabyte in a few milliseconds); jsonc-parser only runs when that fails (to say where)
 * and, lazily, when go-to-definition needs offsets (see operationLocation).
 */
export function parseSwagger(uri: string, text: string, pairedBy?: PairingKind): SwaggerContext {
  // A BOM is not JSON, but the platform accepts swaggers saved with one; replacing it keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const base: SwaggerContext = { uri, operations: new Map(), securityDefinitions: {}, pairedBy };
  if (!source.trim()) return { ...base, status: 'invalid', problem: 'the swagger is empty' };
  let root: unknown;
  try {
    root = JSON.parse(source);
  } catch {
    const errors: ParseError[] = [];
    let tree: JsonNode | undefined;
    try {
      // Lenient on comments and trailing commas (editors accept them, and a check should not vanish over a comma).
      tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
    } catch {
      // jsonc-parser recurses: thousands of unclosed brackets overflow the stack before it can say where JSON breaks.
      return { ...base, status: 'invalid', problem: 'the swagger is not valid JSON (nested too deeply to locate the error)' };
    }
    if (errors.length || !tree) {
      // A half-typed swagger would make every operation look unknown; the cross-file checks wait for valid JSON.
      const e = errors[0];
      return { ...base, status: 'invalid', problem: `the swagger is not valid JSON (${e ? `${printParseErrorCode(e.error)} at ${lineColumn(source, e.offset)}` : 'no value'})` };
    }
    root = getNodeValue(tree);
  }
  if (!isObject(root)) return { ...base, status: 'invalid', problem: 'the swagger is not a JSON object' };

  const shared = isObject(root.parameters) ? root.parameters : {};
  const paramName = (p: unknown): string | undefined => {
    if (!isObject(p)) return undefined;
    const ref = text_(p.$ref);
    if (ref !== undefined) {
      const m = /^#\/parameters\/(.+)$/.exec(ref);
      const target = m ? shared[decodeRef(m[1])] : undefined;
      return isObject(target) ? text_(target.name) : undefined;
    }
    return text_(p.name);
  };
  const names = (list: unknown): string[] =>
    Array.isArray(list) ? list.map(paramName).filter((n): n is string => n !== undefined) : [];

  const operations = new Map<string, SwaggerOperation>();
  const paths = isObject(root.paths) ? root.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const common = names(item.parameters);
    for (const [key, op] of Object.entries(item)) {
      const method = key.toLowerCase();
      if (!METHODS.includes(method) || !isObject(op)) continue;
      const operationId = text_(op.operationId);
      if (!operationId || operations.has(operationId)) continue; // the first declaration is where go-to-definition lands
      operations.set(operationId, {
        operationId,
        method: method.toUpperCase(),
        path,
        summary: text_(op.summary),
        description: text_(op.description),
        parameters: [...new Set([...common, ...names(op.parameters)])],
      });
    }
  }

  return {
    ...base,
    status: 'paired',
    operations,
    securityDefinitions: isObject(root.securityDefinitions) ? root.securityDefinitions : {},
    host: text_(root.host),
    basePath: text_(root.basePath),
    text,
  };
}

const locations = new WeakMap<SwaggerContext, Map<string, { offset: number; length: number }>>();

/** Where an operation's operationId value sits in the swagger text (parsed with offsets on first use, then cached). */
export function operationLocation(swagger: SwaggerContext, operationId: string): { offset: number; length: number } | undefined {
  const op = swagger.operations.get(operationId);
  if (op?.offset !== undefined && op.length !== undefined) return { offset: op.offset, length: op.length };
  if (!swagger.text) return undefined;
  let map = locations.get(swagger);
  if (!map) {
    map = new Map();
    locations.set(swagger, map);
    const source = swagger.text.charCodeAt(0) === 0xfeff ? ' ' + swagger.text.slice(1) : swagger.text;
    let tree: JsonNode | undefined;
    try {
      tree = parseTree(source, [], { allowTrailingComma: true, disallowComments: false });
    } catch {
      tree = undefined; // nested too deeply for jsonc-parser's recursion: no locations, like an unparsable text
    }
    for (const pathProp of childrenOf(child(tree, 'paths'))) {
      for (const opProp of childrenOf(pathProp.children?.[1])) {
        if (!METHODS.includes(String(opProp.children?.[0]?.value ?? '').toLowerCase())) continue;
        const idNode = child(opProp.children?.[1], 'operationId');
        const id = str(idNode);
        if (id && idNode && !map.has(id)) map.set(id, { offset: idNode.offset, length: idNode.length });
      }
    }
  }
  const loc = map.get(operationId);
  if (loc && op) { op.offset = loc.offset; op.length = loc.length; }
  return loc;
}

function childrenOf(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'object' ? node.children ?? [] : [];
}

function decodeRef(segment: string): string {
  return decodeUriSafe(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Turns a swagger text into its context: parseSwagger, or a caller's parser that gives the same result. */
export type SwaggerParser = (uri: string, text: string, pairedBy?: PairingKind) => SwaggerContext;

/** What the parse cache may keep: 64 MB of swagger text (a parsed swagger costs a few times its text in memory). */
export const DEFAULT_SWAGGER_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Latest parse per swagger uri, keyed by a version stamp; a new stamp replaces the entry. Bounded by the size of the
 * texts it holds (least recently used first out; the swagger just parsed always stays) and by a count; the store
 * also drops swaggers no open document pairs with (`retain`).
 */
export class SwaggerParseCache {
  private readonly entries = new Map<string, { stamp: string; context: SwaggerContext; bytes: number }>();
  private held = 0;
  parses = 0;

  constructor(private readonly maxBytes = DEFAULT_SWAGGER_CACHE_BYTES, private readonly maxEntries = 20, private readonly parse: SwaggerParser = parseSwagger) {}

  /** Size of the swagger texts held (characters, about bytes for the ASCII of real swaggers). */
  get bytes(): number { return this.held; }
  get size(): number { return this.entries.size; }

  async get(uri: string, stamp: string, read: () => string | Promise<string>, pairedBy?: PairingKind): Promise<SwaggerContext> {
    const hit = this.entries.get(uri);
    if (hit && hit.stamp === stamp) {
      // Most recently used last: eviction takes the first.
      this.entries.delete(uri);
      this.entries.set(uri, hit);
      return pairedBy === hit.context.pairedBy ? hit.context : { ...hit.context, pairedBy };
    }
    const text = await read();
    this.parses++;
    const context = this.parse(uri, text, pairedBy);
    this.delete(uri);
    this.entries.set(uri, { stamp, context, bytes: text.length });
    this.held += text.length;
    for (const [k] of this.entries) {
      if (k === uri || (this.held <= this.maxBytes && this.entries.size <= this.maxEntries)) break;
      this.delete(k);
    }
    return context;
  }

  /** Cached context when `stamp` still matches (no read needed). */
  peek(uri: string, stamp: string): SwaggerContext | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.stamp === stamp ? hit.context : undefined;
  }

  delete(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    this.held -= e.bytes;
    this.entries.delete(uri);
  }

  /** Drops every entry whose uri `keep` rejects (swaggers no open document needs any more). */
  retain(keep: (uri: string) => boolean): void {
    for (const uri of [...this.entries.keys()]) if (!keep(uri)) this.delete(uri);
  }
}
