// `stackOwner` is matched by exact name on upload; misspellings are dropped (or rejected) and the owner is lost.
import type { Rule } from './types';
import { renameKeyFix } from './util';
import { withinOneEdit } from '../suggest';

/** `stackowner`, `StackOwner`, `stack_owner`, `Stack Owner`, `stackOwmer` ... */
export function isStackOwnerVariant(key: string): boolean {
  if (key === 'stackOwner') return false;
  // Cheap pre-check: squashing only drops characters, and within one edit of "stackowner" (10 letters) the squashed
  // key has 9 letters or more, so shorter keys (most of `properties`) need no lowercasing or edit distance.
  if (key.length < 9) return false;
  const squashed = key.toLowerCase().replace(/[^a-z]/g, '');
  return squashed === 'stackowner' || withinOneEdit(squashed, 'stackowner');
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
