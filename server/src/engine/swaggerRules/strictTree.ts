// A fast path for jsonc-parser's parseTree on strict JSON, which every real swagger is: the same nodes (types,
// offsets, lengths, values, colon offsets, parents; the root without a parent) built in one pass over the characters,
// without the scanner/visitor layers, in about a third of the time on a megabyte. Anything that is not strict JSON
// (comments, trailing commas, control characters in strings, other whitespace, any syntax error) or that nests deeper
// than MAX_DEPTH gives undefined, and the caller parses with jsonc-parser as before: results never differ, only speed.
import type { Node } from 'jsonc-parser';
import { isExtensionLike, isNameMap, isPayload, SwaggerWalk } from './walk';

/** Deeper than any real swagger; jsonc-parser decides what happens beyond (it recurses and may overflow). */
const MAX_DEPTH = 512;

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a, LBRACE = 0x7b, RBRACE = 0x7d, LBRACKET = 0x5b, RBRACKET = 0x5d;
const MINUS = 0x2d, PLUS = 0x2b, DOT = 0x2e, ZERO = 0x30, NINE = 0x39, LOWER_E = 0x65, UPPER_E = 0x45;

/** A node while it is built (jsonc-parser's Node has read-only fields). */
type Building = { -readonly [K in keyof Node]: Node[K] };

class NotStrict extends Error {}
const NOT_STRICT = new NotStrict();

/**
 * The tree parseTree(text, [], { allowTrailingComma: true }) gives, when `text` is a strict JSON object (else
 * undefined), and what walkSwaggerTree would collect from it, gathered while the tree is built (one pass over the
 * text instead of a second one over a megabyte's nodes).
 */
export function parseStrictSwagger(text: string): { root: Node; walk: SwaggerWalk } | undefined {
  const walk: SwaggerWalk = { refs: [], extensionKeys: [], keywordObjects: [] };
  const length = text.length;
  let pos = 0;
  // Children of the open containers, innermost last: each container takes its own as an array of exactly their number
  // (an array grown by push has 16 slots after its first push: memory, and garbage-collection work, for nothing).
  const pending: Node[] = [];
  const close = (node: Building, from: number): void => {
    node.children = pending.slice(from);
    pending.length = from;
    pos++;
    node.length = pos - node.offset;
  };

  // The scanning loops count in a local and store `pos` once: it is a variable of this closure, so every `pos++`
  // in a loop would be a store to memory (skipping a megabyte's indentation is the parser's largest single cost).
  const skipSpace = (): number => {
    let i = pos;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
        pos = i;
        return c;
      }
    }
    pos = i;
    return -1;
  };

  /** The string token at `pos` (a quote): its value; pos moves past the closing quote. */
  const readString = (): string => {
    const start = pos;
    let escaped = false;
    let i = start + 1;
    for (;; i++) {
      if (i >= length) throw NOT_STRICT;
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) { escaped = true; i++; continue; }
      if (c < 0x20) throw NOT_STRICT;
    }
    pos = i + 1;
    if (!escaped) return text.slice(start + 1, i);
    let value: unknown;
    try {
      value = JSON.parse(text.slice(start, pos));
    } catch {
      throw NOT_STRICT;
    }
    return value as string;
  };

  const digits = (): number => {
    const start = pos;
    let i = pos;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) break;
      i++;
    }
    pos = i;
    return i - start;
  };

  /** A number token (JSON grammar) at `pos`. */
  const readNumber = (): number => {
    const start = pos;
    if (text.charCodeAt(pos) === MINUS) pos++;
    const first = text.charCodeAt(pos);
    if (first === ZERO) pos++;
    else if (first > ZERO && first <= NINE) digits();
    else throw NOT_STRICT;
    if (text.charCodeAt(pos) === DOT) {
      pos++;
      if (!digits()) throw NOT_STRICT;
    }
    const e = text.charCodeAt(pos);
    if (e === LOWER_E || e === UPPER_E) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === PLUS || sign === MINUS) pos++;
      if (!digits()) throw NOT_STRICT;
    }
    return Number(text.slice(start, pos));
  };

  const literal = (word: string): void => {
    if (!text.startsWith(word, pos)) throw NOT_STRICT;
    pos += word.length;
  };

  /**
   * The value starting at `pos` (after whitespace), as a child of `parent`. `visit`: the walk collects from this value
   * (not inside an example payload); `ownerName`: the key of the property it is the value of (undefined in an array);
   * `holderIsNameMap`: the object holding that property is a name map.
   */
  const readValue = (parent: Node | undefined, depth: number, visit: boolean, ownerName: string | undefined, holderIsNameMap: boolean): Node => {
    const c = skipSpace();
    const offset = pos;
    switch (c) {
      case LBRACE: return readObject(parent, depth + 1, visit, ownerName, holderIsNameMap);
      case LBRACKET: return readArray(parent, depth + 1, visit);
      case QUOTE: {
        const value = readString();
        return { type: 'string', offset, length: pos - offset, parent, value } as Node;
      }
      case 0x74: literal('true'); return { type: 'boolean', offset, length: 4, parent, value: true } as Node;
      case 0x66: literal('false'); return { type: 'boolean', offset, length: 5, parent, value: false } as Node;
      case 0x6e: literal('null'); return { type: 'null', offset, length: 4, parent, value: null } as Node;
      default: {
        if (c !== MINUS && (c < ZERO || c > NINE)) throw NOT_STRICT;
        const value = readNumber();
        return { type: 'number', offset, length: pos - offset, parent, value } as Node;
      }
    }
  };

  const readObject = (parent: Node | undefined, depth: number, visit: boolean, ownerName: string | undefined, holderIsNameMap: boolean): Node => {
    if (depth > MAX_DEPTH) throw NOT_STRICT;
    const node: Building = { type: 'object', offset: pos, length: -1, parent, children: undefined };
    const nameMap = visit && isNameMap(ownerName, holderIsNameMap);
    if (visit && !nameMap) walk.keywordObjects.push(node);
    const from = pending.length;
    pos++; // {
    let c = skipSpace();
    if (c === RBRACE) {
      close(node, from);
      return node;
    }
    for (;;) {
      if (c !== QUOTE) throw NOT_STRICT;
      const keyOffset = pos;
      const name = readString();
      const property: Building = { type: 'property', offset: keyOffset, length: -1, parent: node, children: undefined, colonOffset: -1 };
      const key = { type: 'string', value: name, offset: keyOffset, length: pos - keyOffset, parent: property } as Node;
      if (skipSpace() !== COLON) throw NOT_STRICT;
      property.colonOffset = pos;
      pos++;
      if (visit && !nameMap && isExtensionLike(name)) walk.extensionKeys.push({ key, name, owner: node });
      const value = readValue(property, depth, visit && !isPayload(name, nameMap), name, nameMap);
      if (visit && value.type === 'string' && name === '$ref') walk.refs.push(value);
      property.children = [key, value];
      property.length = value.offset + value.length - keyOffset;
      pending.push(property);
      c = skipSpace();
      if (c === COMMA) {
        pos++;
        c = skipSpace();
        continue;
      }
      if (c !== RBRACE) throw NOT_STRICT;
      close(node, from);
      return node;
    }
  };

  const readArray = (parent: Node | undefined, depth: number, visit: boolean): Node => {
    if (depth > MAX_DEPTH) throw NOT_STRICT;
    const node: Building = { type: 'array', offset: pos, length: -1, parent, children: undefined };
    const from = pending.length;
    pos++; // [
    if (skipSpace() === RBRACKET) {
      close(node, from);
      return node;
    }
    for (;;) {
      pending.push(readValue(node, depth, visit, undefined, false));
      const c = skipSpace();
      if (c === COMMA) {
        pos++;
        continue;
      }
      if (c !== RBRACKET) throw NOT_STRICT;
      close(node, from);
      return node;
    }
  };

  try {
    if (skipSpace() !== LBRACE) return undefined;
    const root = readObject(undefined, 1, true, undefined, false);
    if (skipSpace() !== -1) return undefined;
    delete (root as { parent?: Node }).parent;
    return { root, walk };
  } catch (e) {
    if (e === NOT_STRICT || e instanceof RangeError) return undefined;
    throw e;
  }
}
