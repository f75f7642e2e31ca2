// Builders of the FixData rules attach to findings. Each fix is anchored at the node the rule flagged (offset and
// length, see FixData in types.ts), so the code-action layer edits that node and no other copy of a duplicated key.
import { ASTNode, PropertyASTNode, pathOf } from '../ast';
import type { FixData, JsonPath, Span } from './types';

export function spanOf(node: ASTNode): Span {
  return { offset: node.offset, length: node.length };
}

/** Replace the value `node` with `value`. */
export function setFix(node: ASTNode, value: unknown, title: string, safe = false): FixData {
  return { kind: 'set', path: pathOf(node), at: spanOf(node), value, title, safe };
}

/**
 * Set `value` at `rest` below `container` (an object, or an array for numeric segments): what is missing of `rest`
 * is created, what exists is followed as the model reads it.
 */
export function addFix(container: ASTNode, rest: JsonPath, value: unknown, title: string, safe = false): FixData {
  return { kind: 'set', path: [...pathOf(container), ...rest], at: spanOf(container), value, title, safe };
}

export function renameKeyFix(property: PropertyASTNode, newKey: string, safe = true): FixData {
  return { kind: 'renameKey', path: pathOf(property.keyNode), at: spanOf(property.keyNode), newKey, title: `Rename "${property.keyNode.value}" to "${newKey}"`, safe };
}

/** Removes a property (pass the property node) or an array item. */
export function removeFix(node: ASTNode, title: string, safe = false): FixData {
  const anchor = node.type === 'property' ? node.keyNode : node;
  return { kind: 'remove', path: pathOf(anchor), at: spanOf(anchor), title, safe };
}

/** Replace `length` characters at `offset` of `text` (inside a string value) with `newText`. */
export function replaceTextFix(text: string, offset: number, length: number, newText: string, title: string, safe = false): FixData {
  return { kind: 'replaceText', offset, length, oldText: text.slice(offset, offset + length), newText, title, safe };
}
