// Media types of `consumes` / `produces` as the MIME rules read them (mime-type-not-valid, mime-type-not-supported,
// consumes-missing, mime-type-not-compatible-with-request-content-schema-type,
// string-binary-not-supported-for-form-url-encoded): the syntax, the list Learn names, and an operation's effective
// `consumes` (its own list replaces the swagger's, as in Swagger 2.0).
import type { Node } from 'jsonc-parser';
import { keyOf, modelCache, prop } from './model';
import type { SwaggerModel, SwaggerOperationModel } from './model';

/** The MIME types Learn's "Fix Swagger Validator errors" names as valid (MimeTypeNotValid's solution). */
export const LISTED_MIME_TYPES: readonly string[] = ['application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded'];
export const FORM_TYPES: readonly string[] = ['multipart/form-data', 'application/x-www-form-urlencoded'];

// RFC 9110 media type: token "/" token, then `; name=value` parameters (value a token or a quoted string).
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:[ \\t]*;[ \\t]*${TOKEN}=(?:${TOKEN}|"(?:[^"\\\\]|\\\\.)*"))*$`);

export function isMediaType(value: string): boolean {
  return value.length <= 1000 && MEDIA_TYPE.test(value);
}

/** `type/subtype` in lower case, without parameters. */
export function essence(value: string): string {
  return value.split(';')[0].trim().toLowerCase();
}

/** A JSON media type essence: application/json, text/json or a `+json` suffix. */
export function isJsonEssence(e: string): boolean {
  return e === 'application/json' || e === 'text/json' || e.endsWith('+json');
}

export interface MimeList {
  /** The `consumes` / `produces` key. */
  key: Node;
  list: Node;
  name: 'consumes' | 'produces';
  /** The operation that owns it; undefined for the swagger's top-level list. */
  op?: SwaggerOperationModel;
}

/** Every `consumes` and `produces` array: the swagger's, then each operation's. */
export function mimeLists(model: SwaggerModel): MimeList[] {
  const out: MimeList[] = [];
  const owners: { node: Node; op?: SwaggerOperationModel }[] = [{ node: model.root }, ...model.operations.map(op => ({ node: op.node, op }))];
  for (const { node, op } of owners) {
    for (const name of ['consumes', 'produces'] as const) {
      const p = prop(node, name);
      const key = keyOf(p);
      const list = p?.children?.[1];
      if (key && list?.type === 'array') out.push({ key, list, name, op });
    }
  }
  return out;
}

export interface EffectiveConsumes {
  /** The string values, as written. */
  values: string[];
  /** Their essences (`type/subtype`, lower case). */
  essences: string[];
  /** The `consumes` key that applies: the operation's, else the swagger's; undefined when neither has an array. */
  key?: Node;
  /** True when the operation's own list applies. */
  own: boolean;
}

const NONE: EffectiveConsumes = { values: [], essences: [], own: false };
// The swagger's list is read once per model, not once per operation that inherits it.
const rootConsumes = modelCache<EffectiveConsumes>();

function readConsumes(node: Node, own: boolean): EffectiveConsumes | undefined {
  const p = prop(node, 'consumes');
  const list = p?.children?.[1];
  if (list?.type !== 'array') return undefined;
  const values = (list.children ?? []).filter(c => c.type === 'string').map(c => c.value as string);
  return { values, essences: values.map(essence), key: keyOf(p), own };
}

/** The `consumes` that applies to `op`: its own array, else the swagger's. */
export function effectiveConsumes(model: SwaggerModel, op: SwaggerOperationModel): EffectiveConsumes {
  const own = readConsumes(op.node, true);
  if (own) return own;
  let root = rootConsumes.get(model);
  if (!root) rootConsumes.set(model, root = readConsumes(model.root, false) ?? NONE);
  return root;
}

/** True when the list names one of the listed MIME types (parameters and case ignored). */
export function hasListedType(consumes: EffectiveConsumes): boolean {
  return consumes.essences.some(e => LISTED_MIME_TYPES.includes(e));
}
