// Shared by the swagger rules: JSON paths for fixes, naming operations in messages, the parameter's display name.
import { Node, getNodePath } from 'jsonc-parser';
import type { FixData, JsonPath, Span } from '../rules/types';
import { entries, val } from './model';
import type { SwaggerModel, SwaggerOperationModel, SwaggerParameter } from './model';

/** The JSON path of a node, for FixData (`set` inserts or replaces at exactly that place). */
export function pathTo(node: Node): JsonPath {
  return getNodePath(node);
}

/** `"GetItems" (GET /items/{id})`, or the method and path alone when the operation has no id. */
export function describeOperation(op: SwaggerOperationModel): string {
  const where = `${op.method.toUpperCase()} ${op.path}`;
  return op.operationId !== undefined ? `"${op.operationId}" (${where})` : where;
}

/** Where to point at a parameter: its name value, else the item as listed. */
export function parameterNode(p: SwaggerParameter): Node {
  return p.nameNode ?? p.site;
}

/** A short form of a value for messages (never a whole object, never control characters). */
export function shortValue(value: string, max = 60): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return JSON.stringify(clean.length > max ? clean.slice(0, max) + '…' : clean);
}

// Fix builders, anchored at the node the rule flagged (see FixData in rules/types.ts): the code-action layer edits
// that node and no other copy of a duplicated key.
const spanOf = (node: Node): Span => ({ offset: node.offset, length: node.length });

/** Replace the value `node` with `value`. */
export function setFix(node: Node, value: unknown, title: string, safe = false): FixData {
  return { kind: 'set', path: pathTo(node), at: spanOf(node), value, title, safe };
}

/** Set `key` of the object `container` (added when missing). */
export function addFix(container: Node, key: string, value: unknown, title: string, safe = false): FixData {
  return { kind: 'set', path: [...pathTo(container), key], at: spanOf(container), value, title, safe };
}

/** Remove the property whose value is `value` (or the array item `value`). */
export function removeFix(value: Node, title: string, safe = false): FixData {
  const key = value.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  return { kind: 'remove', path: pathTo(value), at: spanOf(key ?? value), title, safe };
}

/** Replace the text of `node` (a string key or value) with `newText`; withheld when the text there changed. */
export function replaceFix(text: string, node: Node, newText: string, title: string, safe = false): FixData {
  return { kind: 'replaceText', offset: node.offset, length: node.length, oldText: text.slice(node.offset, node.offset + node.length), newText, title, safe };
}

/** Every scheme entry of every security requirement: the swagger's top-level `security` and each operation's. */
export function securityRequirementEntries(model: SwaggerModel): { key: Node; value: Node; name: string }[] {
  const lists = [val(model.root, 'security'), ...model.operations.map(op => val(op.node, 'security'))];
  return lists.flatMap(list => list?.type === 'array' ? (list.children ?? []).flatMap(requirement => entries(requirement)) : []);
}

/** Append `value` as the last item of the array `array`. */
export function appendFix(array: Node, value: unknown, title: string, safe = false): FixData {
  return { kind: 'set', path: [...pathTo(array), array.children?.length ?? 0], at: spanOf(array), value, title, safe };
}

/** Several fixes applied together as one (each still located by its own node); offered only when every part applies. */
export function allFix(parts: FixData[], title: string, safe = false): FixData {
  return { kind: 'all', fixes: parts, title, safe };
}
