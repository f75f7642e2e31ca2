// apiProperties' `scriptOperations`, read from its text for the custom-code checks and fixes: the ids, where the key
// is (for `script-missing`) and where the array is (the anchor of "add it to scriptOperations"). The last copy of a
// duplicated key wins, as loaders read it.
import type { Node } from 'jsonc-parser';
import { parse } from '../codeActions/jsonEdits';

export interface ScriptOperationsList {
  ids: string[];
  key: { offset: number; length: number };
  array: { offset: number; length: number };
}

function member(node: Node | undefined, name: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  let found: Node | undefined;
  for (const p of node.children ?? []) if (p.children?.[0]?.value === name) found = p;
  return found;
}

/** `properties.scriptOperations` when it is an array; undefined otherwise (absent, another type, unparseable text). */
export function readScriptOperations(text: string): ScriptOperationsList | undefined {
  let root: Node | undefined;
  try { root = parse(text); } catch { return undefined; }
  const prop = member(member(root, 'properties')?.children?.[1], 'scriptOperations');
  const key = prop?.children?.[0];
  const array = prop?.children?.[1];
  if (!key || array?.type !== 'array') return undefined;
  const ids = (array.children ?? []).filter(c => c.type === 'string').map(c => String(c.value));
  return { ids, key: { offset: key.offset, length: key.length }, array: { offset: array.offset, length: array.length } };
}
