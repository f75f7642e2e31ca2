// What kind of object a JSON path leads to in a swagger: a keyword object where extensions go (the root, a path item,
// an operation, a parameter, a schema, a response), the value of an extension (whose members we know), or anything
// else (names chosen by the author, example payloads, unknown places), where the editor proposes nothing.
import type { JSONPath } from 'jsonc-parser';
import { METHODS } from '../swaggerRules/model';
import { EXTENSION_FACTS, ExtensionFact, ExtensionPlace, Keyword } from './catalogue';

export type PathTarget =
  | { kind: 'place'; place: ExtensionPlace }
  /** The object value of `keyword` (an extension or one of its members), or an item of its array value. */
  | { kind: 'keyword'; keyword: Keyword; extension: ExtensionFact }
  | { kind: 'other' };

type State =
  | PathTarget
  | { kind: 'map'; of: 'paths' | 'parameters' | 'responses' | 'definitions' | 'properties' }
  | { kind: 'list'; of: 'parameter' | 'schema' }
  | { kind: 'keywordList'; keyword: Keyword; extension: ExtensionFact };

const OTHER: PathTarget = { kind: 'other' };
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
  return OTHER;
}

function step(state: State, segment: string | number): State {
  switch (state.kind) {
    case 'other': return OTHER;
    case 'map':
      if (typeof segment !== 'string') return OTHER;
      switch (state.of) {
        case 'paths': return place('pathItem');
        case 'parameters': return place('parameter');
        case 'responses': return place('response');
        default: return place('schema');
      }
    case 'list': return typeof segment === 'number' ? place(state.of) : OTHER;
    case 'keywordList':
      return typeof segment === 'number' && state.keyword.members ? { kind: 'keyword', keyword: state.keyword, extension: state.extension } : OTHER;
    case 'keyword': {
      const m = typeof segment === 'string' ? state.keyword.members?.find(k => k.name === segment) : undefined;
      return m ? keywordState(m, state.extension) : OTHER;
    }
    case 'place': {
      const ext = extensionStep(segment);
      if (ext) return ext;
      switch (state.place) {
        case 'root':
          if (segment === 'info') return place('info');
          if (segment === 'paths') return { kind: 'map', of: 'paths' };
          if (segment === 'definitions') return { kind: 'map', of: 'definitions' };
          if (segment === 'parameters') return { kind: 'map', of: 'parameters' };
          if (segment === 'responses') return { kind: 'map', of: 'responses' };
          return OTHER;
        case 'pathItem':
          if (segment === 'parameters') return { kind: 'list', of: 'parameter' };
          return typeof segment === 'string' && METHODS.includes(segment.toLowerCase()) ? place('operation') : OTHER;
        case 'operation':
          if (segment === 'parameters') return { kind: 'list', of: 'parameter' };
          if (segment === 'responses') return { kind: 'map', of: 'responses' };
          return OTHER;
        case 'parameter':
          return segment === 'schema' || segment === 'items' ? place('schema') : OTHER;
        case 'response':
          return segment === 'schema' ? place('schema') : OTHER;
        case 'schema':
          if (segment === 'properties') return { kind: 'map', of: 'properties' };
          if (segment === 'items' || segment === 'additionalProperties') return place('schema');
          if (segment === 'allOf') return { kind: 'list', of: 'schema' };
          return OTHER;
        default:
          return OTHER;
      }
    }
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
  return state.kind === 'place' || state.kind === 'keyword' ? state : OTHER;
}

/** The extension, or the member of one, that `key` names in the object `target`. */
export function keywordAt(target: PathTarget, key: string): { keyword: Keyword; extension: ExtensionFact } | undefined {
  if (target.kind === 'place') {
    const f = EXTENSION_FACTS.get(key);
    return f && { keyword: f, extension: f };
  }
  if (target.kind === 'keyword') {
    const m = target.keyword.members?.find(k => k.name === key);
    return m && { keyword: m, extension: target.extension };
  }
  return undefined;
}
