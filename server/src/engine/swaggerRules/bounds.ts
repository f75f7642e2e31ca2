// Pairs of JSON-schema bounds (minLength/maxLength, ...) as the validator checks them; shared by the bound rules.
import type { Node } from 'jsonc-parser';
import { keyOf, prop } from './model';

export interface Bound { key: Node; value: Node; number: number }

/** The numeric value of `name` in `object`, with its key node. */
export function bound(object: Node, name: string): Bound | undefined {
  const p = prop(object, name);
  const key = keyOf(p);
  const value = p?.children?.[1];
  return key && value?.type === 'number' ? { key, value, number: value.value as number } : undefined;
}
