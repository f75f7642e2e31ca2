// `stackOwner` is matched by exact name on upload; misspellings are dropped (or rejected) and the owner is lost.
import type { Rule } from './types';
import { renameKeyFix } from './util';

/** `stackowner`, `StackOwner`, `stack_owner`, `Stack Owner`, `stackOwmer` ... */
export function isStackOwnerVariant(key: string): boolean {
  if (key === 'stackOwner') return false;
  // Cheap pre-check: squashing only drops characters, and within one edit of "stackowner" (10 letters) the squashed
  // key has 9 letters or more, so shorter keys (most of `properties`) need no lowercasing or edit distance.
  if (key.length < 9) return false;
  const squashed = key.toLowerCase().replace(/[^a-z]/g, '');
  return squashed === 'stackowner' || withinOneEdit(squashed, 'stackowner');
}

/** `editDistance(a, b) <= 1` in one pass without allocating: it runs for every key of `properties`. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    // One edit can only be a deletion from the longer string, or a substitution when the lengths are equal.
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export const rule: Rule = {
  id: 'stack-owner-casing',
  severity: 'warning',
  category: 'casing',
  description: '`stackowner`, `StackOwner` or another misspelling instead of `stackOwner`.',
  fixable: true,
  check(model, ctx) {
    const props = model.properties;
    if (!props) return;
    const hasCanonical = !!model.member('stackOwner');
    for (const p of props.properties) {
      const key = p.keyNode.value;
      if (!isStackOwnerVariant(key)) continue;
      ctx.report({
        node: p.keyNode,
        message: `"${key}" is not a connector property: the platform reads only "stackOwner", so the stack owner is lost. ${hasCanonical ? 'Remove it ("stackOwner" is also present).' : 'Rename it to "stackOwner".'}`,
        fixes: hasCanonical ? undefined : [renameKeyFix(p, 'stackOwner')],
      });
    }
  },
};
