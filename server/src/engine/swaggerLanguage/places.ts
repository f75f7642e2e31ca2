// What kind of object a JSON path leads to in a swagger: a keyword object where extensions go (the root, a path item,
// an operation, a parameter, a schema, a response), the value of an extension (whose members we know), or anything
// else (names chosen by the author, example payloads, unknown places), where the editor proposes nothing.
import type { JSONPath } from 'jsonc-parser';
import { METHODS, NAME_MAPS } from '../swaggerRules/model';
import { EXTENSION_FACTS, ExtensionFact, ExtensionPlace, Keyword } from './catalogue';

export type PathTarget =
  | { kind: 'place'; place: ExtensionPlace }
  /** The object value of `keyword` (an extension or one of its members), or an item of its array value. */
  | { kind: 'keyword'; keyword: Keyword; extension: ExtensionFact }
  /**
   * A swagger object of a role we do not classify (a header, a security definition, a member of an extension we
   * know no members of): its `x-ms-*` keys are extensions, documented on hover but never proposed.
   */
  | { kind: 'loose' }
  | { kind: 'other' };

type State =
  | PathTarget
  | { kind: 'map'; of: 'paths' | 'parameters' | 'responses' | 'definitions' | 'properties' | 'loose' }
  | { kind: 'list'; of: 'parameter' | 'schema' }
  | { kind: 'keywordList'; keyword: Keyword; extension: ExtensionFact };

const OTHER: PathTarget = { kind: 'other' };
const LOOSE: State = { kind: 'loose' };
/** Members whose value is data (sample payloads, values), never swagger. */
const DATA = new Set(['example', 'examples', 'x-ms-test-value', 'default', 'enum']);

/** A member of an object of unknown role: an extension, data, a map of names, or more swagger. */
function looseStep(segment: string | number): State {
  if (typeof segment === 'number') return LOOSE;
  const ext = extensionStep(segment);
  if (ext) return ext;
  if (DATA.has(segment)) return OTHER;
  if (NAME_MAPS.has(segment)) return { kind: 'map', of: 'loose' };
  return LOOSE;
}
const place = (p: ExtensionPlace): State => ({ kind: 'place', place: p });

function extensionStep(segment: string | number): State | undefined {
  if (typeof segment !== 'string') return undefined;
  const fact = EXTENSION_FACTS.get(segment);
  if (!fact) return undefined;
  return keywordState(fact, fact);
}

function keywordState(keyword: Keyword, extension: ExtensionFact): State {
  // The notification's `schema` is an ordinary schema.
  if (extension.name === 'x-ms-notification-content' && keyword.name === 'schema') return place('schema');
  if (keyword.shape === 'array') return { kind: 'keywordList', keyword, extension };
  if (keyword.shape === 'object') return { kind: 'keyword', keyword, extension };
  return OTHER; // a scalar written as an object is data (x-ms-test-value holds sample payloads)
}

function step(state: State, segment: string | number): State {
  switch (state.kind) {
    case 'other': return OTHER;
    case 'loose': return looseStep(segment);
    case 'map':
      if (state.of === 'loose') return LOOSE;
      if (typeof segment !== 'string') return OTHER;
      switch (state.of) {
        case 'paths': return place('pathItem');
        case 'parameters': return place('parameter');
        case 'responses': return place('response');
        default: return place('schema');
      }
    case 'list': return typeof segment === 'number' ? place(state.of) : OTHER;
    case 'keywordList':
      if (typeof segment !== 'number') return OTHER;
      return state.keyword.members ? { kind: 'keyword', keyword: state.keyword, extension: state.extension } : LOOSE;
    case 'keyword': {
      const m = typeof segment === 'string' ? state.keyword.members?.find(k => k.name === segment) : undefined;
      return m ? keywordState(m, state.extension) : looseStep(segment);
    }
    case 'place': {
      const ext = extensionStep(segment);
      if (ext) return ext;
      const known = placeStep(state.place, segment);
      return known ?? looseStep(segment);
    }
  }
}

/** The members of a classified object whose role we know; undefined for the rest (left to looseStep). */
function placeStep(p: ExtensionPlace, segment: string | number): State | undefined {
  switch (p) {
    case 'root':
      if (segment === 'info') return place('info');
      if (segment === 'paths') return { kind: 'map', of: 'paths' };
      if (segment === 'definitions') return { kind: 'map', of: 'definitions' };
      if (segment === 'parameters') return { kind: 'map', of: 'parameters' };
      if (segment === 'responses') return { kind: 'map', of: 'responses' };
      return undefined;
    case 'pathItem':
      if (segment === 'parameters') return { kind: 'list', of: 'parameter' };
      return typeof segment === 'string' && METHODS.includes(segment.toLowerCase()) ? place('operation') : undefined;
    case 'operation':
      if (segment === 'parameters') return { kind: 'list', of: 'parameter' };
      if (segment === 'responses') return { kind: 'map', of: 'responses' };
      return undefined;
    case 'parameter':
      return segment === 'schema' || segment === 'items' ? place('schema') : undefined;
    case 'response':
      return segment === 'schema' ? place('schema') : undefined;
    case 'schema':
      if (segment === 'properties') return { kind: 'map', of: 'properties' };
      if (segment === 'items' || segment === 'additionalProperties') return place('schema');
      if (segment === 'allOf') return { kind: 'list', of: 'schema' };
      return undefined;
    default:
      return undefined;
  }
}

/** What the object at `path` is (for a value of `items` written as an array, its members are schemas too). */
export function targetOf(path: JSONPath): PathTarget {
  let state: State = place('root');
  for (const segment of path) {
    // `"items": [ ... ]` (a tuple) holds schemas.
    if (state.kind === 'place' && state.place === 'schema' && typeof segment === 'number') continue;
    state = step(state, segment);
    if (state.kind === 'other') return OTHER;
  }
  return state.kind === 'place' || state.kind === 'keyword' || state.kind === 'loose' ? state : OTHER;
}

/** The extension, or the member of one, that `key` names in the object `target`. */
export function keywordAt(target: PathTarget, key: string): { keyword: Keyword; extension: ExtensionFact } | undefined {
  if (target.kind === 'place' || target.kind === 'loose') {
    const f = EXTENSION_FACTS.get(key);
    return f && { keyword: f, extension: f };
  }
  if (target.kind === 'keyword') {
    const m = target.keyword.members?.find(k => k.name === key);
    if (m) return { keyword: m, extension: target.extension };
    const f = EXTENSION_FACTS.get(key); // an extension on an extension's object (x-ms-summary on x-ms-notification-content)
    return f && { keyword: f, extension: f };
  }
  return undefined;
}
