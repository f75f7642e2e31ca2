// Minimal JSON edits that touch only the bytes they must: insert a property or array item next to its siblings,
// replace one value, remove one member with its comma. jsonc-parser finds the nodes; unlike its `modify`, nothing
// on neighbouring lines is re-laid out, so a compact `{"a": 1}` elsewhere on the line stays exactly as written.
// New text follows the file's indentation unit and line endings.
import { Node, findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { JsonPath } from '../rules/types';
import { DocumentFormatting, indentUnit } from './formatting';
import type { Edit } from './textEdits';

/** jsonc-parser does not know the BOM; a space keeps every offset identical. */
export function parseableText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

export function parse(text: string): Node | undefined {
  return parseTree(parseableText(text), [], { allowTrailingComma: true, disallowComments: false });
}

/** Leading whitespace of the line that holds `offset`. */
export function lineIndent(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n') start--;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** True when only whitespace precedes `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** `value` as JSON, multi-line objects/arrays indented from `indent` with the file's unit and EOL. */
export function serialize(value: unknown, indent: string, f: DocumentFormatting): string {
  const s = JSON.stringify(value, null, indentUnit(f));
  return s.includes('\n') ? s.split('\n').join(f.eol + indent) : s;
}

/** One-line JSON in the `{"a": 1, "b": [1, 2]}` style, for containers the author wrote on one line. */
export function serializeCompact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(serializeCompact).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${serializeCompact(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Length of a container's inside: up to its closing bracket, or to the end of the node while the user has not typed
 * the bracket yet (`{` alone: 0, where `length - 2` gave a reversed range).
 */
function innerLength(text: string, container: Node): number {
  const closed = container.length >= 2 && text[container.offset + container.length - 1] === (container.type === 'array' ? ']' : '}');
  return closed ? container.length - 2 : Math.max(0, container.length - 1);
}

const isMultiLine = (text: string, node: Node) => text.slice(node.offset, node.offset + node.length).includes('\n');

/** Inserts a member (`key` given: object property; otherwise array item) at `index` (default: last). */
export function insertMember(text: string, container: Node, key: string | undefined, value: unknown, f: DocumentFormatting, index?: number): Edit {
  const children = container.children ?? [];
  const at = Math.max(0, Math.min(index ?? children.length, children.length));
  const head = key === undefined ? '' : JSON.stringify(key) + ': ';
  const closeIndent = lineIndent(text, container.offset + container.length - 1);
  const multi = isMultiLine(text, container);
  if (children.length === 0) {
    // `{}` / `[ ]`: the member goes on its own line, one level deeper than the line that opens the container.
    const inner = lineIndent(text, container.offset) + indentUnit(f);
    const content = f.eol + inner + head + serialize(value, inner, f) + f.eol + (multi ? closeIndent : lineIndent(text, container.offset));
    return { offset: container.offset + 1, length: innerLength(text, container), content };
  }
  if (!multi) {
    const member = head + serializeCompact(value);
    if (at < children.length) return { offset: children[at].offset, length: 0, content: member + ', ' };
    const last = children[children.length - 1];
    return { offset: last.offset + last.length, length: 0, content: ', ' + member };
  }
  const sibling = children[Math.min(at, children.length - 1)];
  const indent = startsLine(text, sibling.offset) ? lineIndent(text, sibling.offset) : closeIndent + indentUnit(f);
  if (at < children.length) {
    return { offset: sibling.offset, length: 0, content: head + serialize(value, indent, f) + ',' + f.eol + indent };
  }
  const last = children[children.length - 1];
  return { offset: last.offset + last.length, length: 0, content: ',' + f.eol + indent + head + serialize(value, indent, f) };
}

/** Sets the value at `path`: replaces an existing value, or inserts the missing tail of the path into the deepest existing object. */
export function setAt(text: string, path: JsonPath, value: unknown, f: DocumentFormatting, options: { insertAt?: (keys: string[]) => number } = {}): Edit[] {
  const root = parse(text);
  if (!root) return [{ offset: 0, length: text.length, content: serialize(nest(path, value), '', f) }];
  const existing = findNodeAtLocation(root, path);
  if (existing) {
    const container = existing.parent?.type === 'property' ? existing.parent.parent : existing.parent;
    const content = container && !isMultiLine(text, container)
      ? serializeCompact(value) // the author wrote this object on one line: keep it on one line
      : serialize(value, lineIndent(text, existing.offset), f);
    return [{ offset: existing.offset, length: existing.length, content }];
  }
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = depth === 0 ? root : findNodeAtLocation(root, path.slice(0, depth));
    if (!parent) continue;
    const seg = path[depth];
    const rest = nest(path.slice(depth + 1), value);
    if (parent.type === 'object' && typeof seg === 'string') {
      const keys = (parent.children ?? []).map(p => String(p.children?.[0]?.value));
      return [insertMember(text, parent, seg, rest, f, options.insertAt?.(keys))];
    }
    if (parent.type === 'array' && typeof seg === 'number') return [insertMember(text, parent, undefined, rest, f, seg)];
    // `"uiDefinition": null` is seen in real files: null stands for "nothing yet", so it becomes the object.
    if (parent.type === 'null' && depth > 0) {
      return [{ offset: parent.offset, length: parent.length, content: serialize(nest(path.slice(depth), value), lineIndent(text, parent.offset), f) }];
    }
    return [];
  }
  return [];
}

/** Inserts an array item at `index` (default: last) of the array at `path`. */
export function insertItemAt(text: string, path: JsonPath, value: unknown, f: DocumentFormatting, index?: number): Edit[] {
  const root = parse(text);
  const array = root && findNodeAtLocation(root, path);
  return array?.type === 'array' ? [insertMember(text, array, undefined, value, f, index)] : [];
}

/** Removes the property or array item at `path` together with one adjoining comma. */
export function removeAt(text: string, path: JsonPath): Edit[] {
  const root = parse(text);
  const node = root && findNodeAtLocation(root, path);
  if (!node) return [];
  const member = node.parent?.type === 'property' ? node.parent : node;
  const container = member.parent;
  if (!container?.children) return [];
  const siblings = container.children;
  const i = siblings.indexOf(member);
  const end = (n: Node) => n.offset + n.length;
  if (siblings.length === 1) return [{ offset: container.offset + 1, length: innerLength(text, container), content: '' }];
  if (i > 0) return [{ offset: end(siblings[i - 1]), length: end(member) - end(siblings[i - 1]), content: '' }];
  return [{ offset: member.offset, length: siblings[1].offset - member.offset, content: '' }];
}

/** Renames the key of the property at `path`. */
export function renameKeyAt(text: string, path: JsonPath, newKey: string): Edit[] {
  const root = parse(text);
  const value = root && findNodeAtLocation(root, path);
  const key = value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  return key ? [{ offset: key.offset, length: key.length, content: JSON.stringify(newKey) }] : [];
}

function nest(path: JsonPath, value: unknown): unknown {
  let v = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    v = typeof seg === 'number' ? [v] : { [seg]: v };
  }
  return v;
}
