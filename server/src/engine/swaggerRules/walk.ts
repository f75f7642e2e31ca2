// What the swagger model collects from the whole tree, in document order: the keyword objects (schemas, parameters,
// responses, ...: objects whose keys are swagger keywords), every `$ref` string and every `x-ms...` key. The strict
// parser (strictTree.ts) collects them while it builds the tree; walkSwaggerTree collects the same from a tree
// jsonc-parser built (comments, trailing commas). Both decide with the predicates below, so the two never differ.
import type { Node } from 'jsonc-parser';

export interface ExtensionKey {
  key: Node;
  name: string;
  /** The object that holds the extension. */
  owner: Node;
}

export interface SwaggerWalk {
  /** Every `"$ref": "<string>"` value node. */
  refs: Node[];
  /** Every `x-ms...` key in a place where keys are keywords (not names of properties, headers, definitions, ...). */
  extensionKeys: ExtensionKey[];
  /** Every object whose keys are keywords, outside example payloads. */
  keywordObjects: Node[];
}

// Objects whose keys are names chosen by the author, not swagger keywords: an `x-ms-...` key there is a name.
export const NAME_MAPS: ReadonlySet<string> = new Set(['properties', 'definitions', 'parameters', 'responses', 'headers', 'securityDefinitions', 'paths', 'examples', 'scopes', 'patternProperties']);

/**
 * Whether the object under key `ownerName` is a name map. A member of a name map is named by the author: a schema
 * property called "parameters" is a schema, not a map. Array items (no owner name) are never name maps.
 */
export function isNameMap(ownerName: string | undefined, holderIsNameMap: boolean): boolean {
  return ownerName !== undefined && !holderIsNameMap && NAME_MAPS.has(ownerName);
}

/** Examples are sample payloads: their keys are data, never swagger; the walk does not enter them. */
export function isPayload(name: string, inNameMap: boolean): boolean {
  return name === 'example' || (name === 'examples' && !inNameMap) || name === 'x-ms-test-value';
}

/** /^x-?ms/i without a regular expression (it runs on every key of a megabyte swagger). */
export function isExtensionLike(name: string): boolean {
  const x = name.charCodeAt(0);
  if (x !== 0x78 && x !== 0x58) return false;
  const i = name.charCodeAt(1) === 0x2d ? 2 : 1;
  const m = name.charCodeAt(i), s = name.charCodeAt(i + 1);
  return (m === 0x6d || m === 0x4d) && (s === 0x73 || s === 0x53);
}

/** The walk over a tree already built (jsonc-parser's), for text the strict parser does not take. */
export function walkSwaggerTree(root: Node): SwaggerWalk {
  const walk: SwaggerWalk = { refs: [], extensionKeys: [], keywordObjects: [] };
  // Iterative: hostile input may nest deeper than the call stack (jsonc-parser has already coped with it). Each entry
  // is a container and whether the object holding it is a name map.
  const stack: { node: Node; holderIsNameMap: boolean }[] = [{ node: root, holderIsNameMap: false }];
  while (stack.length) {
    const { node, holderIsNameMap } = stack.pop()!;
    if (node.type === 'object' && node.children) {
      const owner = node.parent?.type === 'property' ? node.parent.children?.[0]?.value : undefined;
      const nameMap = isNameMap(typeof owner === 'string' ? owner : undefined, holderIsNameMap);
      if (!nameMap) walk.keywordObjects.push(node);
      // Children are pushed last-first, so containers are visited in document order (keywordObjects needs no sort).
      for (let i = node.children.length - 1; i >= 0; i--) {
        const p = node.children[i];
        const key = p.children?.[0];
        const value = p.children?.[1];
        if (!key || !value) continue;
        const name = String(key.value);
        if (name === '$ref' && value.type === 'string') walk.refs.push(value);
        if (!nameMap && isExtensionLike(name)) walk.extensionKeys.push({ key, name, owner: node });
        if ((value.type === 'object' || value.type === 'array') && !isPayload(name, nameMap)) stack.push({ node: value, holderIsNameMap: nameMap });
      }
    } else if (node.type === 'array' && node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const c = node.children[i];
        if (c.type === 'object' || c.type === 'array') stack.push({ node: c, holderIsNameMap: false });
      }
    }
  }
  // Document order, so findings come out top to bottom (an object's own keys and its children's interleave).
  walk.refs.sort((a, b) => a.offset - b.offset);
  walk.extensionKeys.sort((a, b) => a.key.offset - b.key.offset);
  return walk;
}
