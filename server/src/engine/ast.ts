// Small, allocation-free helpers over vscode-json-languageservice's AST (the same tree the schema validator,
// completion and hover use, so the document is parsed once per version and shared by every feature).
import type {
  ASTNode, ArrayASTNode, ObjectASTNode, PropertyASTNode, StringASTNode,
} from 'vscode-json-languageservice';

export type { ASTNode, ArrayASTNode, ObjectASTNode, PropertyASTNode, StringASTNode };

export function asObject(node: ASTNode | undefined): ObjectASTNode | undefined {
  return node && node.type === 'object' ? node : undefined;
}

export function asArray(node: ASTNode | undefined): ArrayASTNode | undefined {
  return node && node.type === 'array' ? node : undefined;
}

export function asString(node: ASTNode | undefined): StringASTNode | undefined {
  return node && node.type === 'string' ? node : undefined;
}

/** The last property with exactly this key (JSON.parse semantics: the last duplicate wins). */
export function getProperty(obj: ASTNode | undefined, key: string): PropertyASTNode | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  let found: PropertyASTNode | undefined;
  for (const p of obj.properties) if (p.keyNode.value === key) found = p;
  return found;
}

/** Case-insensitive lookup, for keys the platform spells inconsistently (`displayname`, `oauthSettings`, ...). */
export function getPropertyIgnoreCase(obj: ASTNode | undefined, key: string): PropertyASTNode | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  const lower = key.toLowerCase();
  let found: PropertyASTNode | undefined;
  for (const p of obj.properties) if (p.keyNode.value.toLowerCase() === lower) found = p;
  return found;
}

export function getValue(obj: ASTNode | undefined, key: string): ASTNode | undefined {
  return getProperty(obj, key)?.valueNode;
}

export function getString(obj: ASTNode | undefined, key: string): string | undefined {
  const v = getValue(obj, key);
  return v && v.type === 'string' ? v.value : undefined;
}

/** Follows a path of keys (strings) and array indices (numbers). */
export function getPath(node: ASTNode | undefined, path: (string | number)[]): ASTNode | undefined {
  let cur = node;
  for (const seg of path) {
    if (!cur) return undefined;
    if (typeof seg === 'number') cur = cur.type === 'array' ? cur.items[seg] : undefined;
    else cur = getValue(cur, seg);
  }
  return cur;
}

/** The JSON path of a node from the root, e.g. ['properties', 'connectionParameterSets', 'values', 0]. */
export function pathOf(node: ASTNode): (string | number)[] {
  const path: (string | number)[] = [];
  let cur: ASTNode | undefined = node;
  while (cur && cur.parent) {
    const parent: ASTNode = cur.parent;
    if (parent.type === 'property') {
      if (parent.valueNode === cur || parent.keyNode === cur) path.unshift(parent.keyNode.value);
      cur = parent.parent;
      continue;
    }
    if (parent.type === 'array') path.unshift(parent.items.indexOf(cur));
    cur = parent;
  }
  return path;
}

/** Plain JavaScript value of a subtree (for small subtrees: settings objects, template parameters). */
export function toValue(node: ASTNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) out[p.keyNode.value] = toValue(p.valueNode);
      return out;
    }
    case 'array': return node.items.map(toValue);
    case 'property': return toValue(node.valueNode);
    default: return node.value;
  }
}

/** Depth-first walk without recursion, so 10,000-deep nesting cannot overflow the stack. */
export function walk(root: ASTNode | undefined, visit: (node: ASTNode) => void | false): void {
  if (!root) return;
  const stack: ASTNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
