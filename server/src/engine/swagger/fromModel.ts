// The SwaggerContext (what apiProperties rules and navigation know of a swagger) derived from the validator's model
// (swaggerRules/model.ts), for callers that build that model anyway: the command line validates every swagger it
// pairs, so one jsonc parse serves both instead of JSON.parse for pairing plus jsonc-parser for the rules. The result
// is what parseSwagger gives for the same text (JSON.parse semantics: the last of duplicate keys wins, at the place
// of the first), plus the operationId offsets that parseSwagger computes lazily, and without the swagger text (only
// go-to-definition reads it, and the command line, the one caller, never navigates).
//
// The context outlives the model: the command line holds the contexts of the files it looks ahead to, the bench
// holds hundreds. So it holds no tree node, and its strings are copies: a string the model took from the text is a
// slice of it, and V8 keeps the whole parent text (up to megabytes) alive for any slice of 13 characters or more.
import { getNodeValue, Node } from 'jsonc-parser';
import { decodePointer, METHODS, SwaggerModel, str, val } from '../swaggerRules/model';
import type { PairingKind, SwaggerContext, SwaggerOperation } from './types';

export function swaggerContextFromModel(uri: string, model: SwaggerModel, pairedBy?: PairingKind): SwaggerContext {
  const { root, text } = model;
  // One copy per distinct string (parameter names repeat across operations).
  const copies = new Map<string, string>();
  const own = (value: string): string => {
    let copy = copies.get(value);
    if (copy === undefined) copies.set(value, copy = ownCopy(value));
    return copy;
  };
  const ownOptional = (value: string | undefined) => value === undefined ? undefined : own(value);
  const sharedParameters = val(root, 'parameters');
  const paramName = (item: Node): string | undefined => {
    if (item.type !== 'object') return undefined;
    const ref = val(item, '$ref');
    if (ref !== undefined) {
      // parseSwagger reads `$ref` only when it is a string; any other `$ref` value leaves the object as it is.
      if (ref.type === 'string') {
        const m = /^#\/parameters\/(.+)$/.exec(ref.value as string);
        const target = m ? val(sharedParameters, decodePointer(m[1])) : undefined;
        const name = target?.type === 'object' ? str(val(target, 'name')) : undefined;
        return ownOptional(name);
      }
    }
    return ownOptional(str(val(item, 'name')));
  };
  const names = (list: Node | undefined): string[] =>
    list?.type === 'array' ? (list.children ?? []).map(paramName).filter((n): n is string => n !== undefined) : [];

  const operations = new Map<string, SwaggerOperation>();
  for (const [path, item] of lastWins(val(root, 'paths'))) {
    if (item.type !== 'object') continue;
    const common = names(val(item, 'parameters'));
    for (const [key, op] of lastWins(item)) {
      const method = key.toLowerCase();
      if (!METHODS.includes(method) || op.type !== 'object') continue;
      const idNode = val(op, 'operationId');
      const id = str(idNode);
      if (!id || operations.has(id)) continue; // the first declaration is where go-to-definition lands
      const operationId = own(id);
      operations.set(operationId, {
        operationId,
        method: method.toUpperCase(),
        path: own(path),
        summary: ownOptional(str(val(op, 'summary'))),
        description: ownOptional(str(val(op, 'description'))),
        parameters: [...new Set([...common, ...names(val(op, 'parameters'))])],
        offset: idNode!.offset,
        length: idNode!.length,
      });
    }
  }
  const security = val(root, 'securityDefinitions');
  return {
    uri,
    operations,
    securityDefinitions: security?.type === 'object' ? plainValue(text, security) as Record<string, unknown> : {},
    pairedBy,
    status: 'paired',
    host: ownOptional(str(val(root, 'host'))),
    basePath: ownOptional(str(val(root, 'basePath'))),
  };
}

/**
 * A string with storage of its own. JSON.parse of the quoted string builds a new string from a source of the string's
 * own length, so nothing of the swagger text stays reachable through it (a concatenation or `slice` would not do:
 * V8 may answer either with a view of the original).
 */
export function ownCopy(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

/**
 * An object's properties as JSON.parse keeps them: one per name, the last value, in the order names first appear
 * (property names that look like array indices come first in JSON.parse's objects, but paths and methods never do).
 */
function lastWins(node: Node | undefined): Map<string, Node> {
  const out = new Map<string, Node>();
  if (node?.type !== 'object') return out;
  for (const p of node.children ?? []) {
    const key = p.children?.[0];
    const value = p.children?.[1];
    if (key && value) out.set(String(key.value), value);
  }
  return out;
}

/** The value of a node as JSON.parse gives it (ordinary objects); jsonc's own conversion for lenient JSON. */
function plainValue(text: string, node: Node): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  try {
    return JSON.parse(source.slice(node.offset, node.offset + node.length));
  } catch {
    return JSON.parse(JSON.stringify(getNodeValue(node)));
  }
}
