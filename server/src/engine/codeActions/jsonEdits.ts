// Minimal JSON edits that touch only the bytes they must: insert a property or array item next to its siblings,
// replace one value, remove one member with its comma. Each edit is located from an anchor node given by offset
// and length (see Target), never by a path from the root; unlike jsonc-parser's `modify`, nothing
// on neighbouring lines is re-laid out, so a compact `{"a": 1}` elsewhere on the line stays exactly as written.
// New text follows the file's indentation unit and line endings.
import { Node, parseTree } from 'jsonc-parser';
import type { JsonPath, Span } from '../rules/types';
import { DocumentFormatting, indentUnit } from './formatting';
import type { Edit } from './textEdits';

/** jsonc-parser does not know the BOM; a space keeps every offset identical. */
export function parseableText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

/**
 * The last text parsed here with its tree, held weakly. The findings of one text ask for their edits one after the
 * other (the command line asks for every finding's fix to count the fixable ones; the editor for the fixes in a
 * range), and each edit is located in a tree of the whole text: without this, a 1 MB swagger with 40 findings was
 * parsed 40 times, half of the whole-corpus command-line run. Weak: nothing is kept once the requests are done.
 */
let lastParse: WeakRef<{ text: string; tree: Node }> | undefined;

/** The tree of `text` (callers only read it: it is shared with the next caller for the same text). */
export function parse(text: string): Node | undefined {
  const last = lastParse?.deref();
  if (last && last.text === text) return last.tree;
  const tree = parseTree(parseableText(text), [], { allowTrailingComma: true, disallowComments: false });
  lastParse = tree ? new WeakRef({ text, tree }) : undefined;
  return tree;
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

/**
 * Where an edit goes: the node at exactly `at` (offset and length) in the text being edited, whose JSON path must
 * start `path`; below it, the rest of `path` (see FixData). Never looked up from the root by path: with a duplicated
 * key on the way, that lookup finds the shadowed first copy.
 */
export interface Target {
  path: JsonPath;
  at: Span;
}

const isKey = (n: Node) => n.parent?.type === 'property' && n.parent.children?.[0] === n;

/** The key (`role` 'key') or value node spanning exactly `at`, or undefined. */
function nodeAt(root: Node, at: Span, role: 'key' | 'value'): Node | undefined {
  let node: Node | undefined = root;
  while (node) {
    if (node.offset === at.offset && node.length === at.length && node.type !== 'property' && isKey(node) === (role === 'key')) return node;
    node = node.children?.find(c => c.offset <= at.offset && at.offset + at.length <= c.offset + c.length);
  }
  return undefined;
}

/** The JSON path of a jsonc-parser node (iterative: documents can nest thousands deep). */
function nodePath(node: Node): JsonPath {
  const path: JsonPath = [];
  for (let n: Node = node; n.parent; n = n.parent) {
    const parent: Node = n.parent;
    if (parent.type === 'property') path.unshift(String(parent.children![0].value));
    else if (parent.type === 'array') path.unshift(parent.children!.indexOf(n));
  }
  return path;
}

/** The anchor of `target` in `root` and how many segments of `target.path` it stands for; undefined when it is not there. */
function anchor(root: Node | undefined, target: Target, role: 'key' | 'value'): { node: Node; depth: number } | undefined {
  const node = root && nodeAt(root, target.at, role);
  if (!node) return undefined;
  const path = nodePath(node);
  if (path.length > target.path.length || path.some((seg, i) => seg !== target.path[i])) return undefined;
  return { node, depth: path.length };
}

/** The child at `seg` as the model reads it (the last of duplicated keys), or undefined when missing. */
function child(node: Node, seg: string | number): Node | undefined {
  if (node.type === 'array') return typeof seg === 'number' ? node.children?.[seg] : undefined;
  if (node.type !== 'object' || typeof seg !== 'string') return undefined;
  let found: Node | undefined;
  for (const p of node.children ?? []) if (p.children?.[0]?.value === seg) found = p;
  return found && (found.children?.[1] ?? found); // a property without a value yet: stop there (nothing to edit)
}

/**
 * Sets the value at `target.path`: replaces an existing value, or inserts the missing rest of the path into the
 * deepest existing object or array below the anchor. No edit when the anchor is not in `text`.
 */
export function setAt(text: string, target: Target, value: unknown, f: DocumentFormatting, options: { insertAt?: (keys: string[]) => number } = {}): Edit[] {
  const { path } = target;
  const found = anchor(parse(text), target, 'value');
  if (!found) return [];
  let node = found.node;
  let depth = found.depth;
  for (; depth < path.length; depth++) {
    const next = child(node, path[depth]);
    if (!next) break;
    if (next.type === 'property') return []; // `"key":` without a value: the author is typing there
    node = next;
  }
  if (depth === path.length) {
    const container = node.parent?.type === 'property' ? node.parent.parent : node.parent;
    const content = container && !isMultiLine(text, container)
      ? serializeCompact(value) // the author wrote this object on one line: keep it on one line
      : serialize(value, lineIndent(text, node.offset), f);
    return [{ offset: node.offset, length: node.length, content }];
  }
  const seg = path[depth];
  const rest = nest(path.slice(depth + 1), value);
  if (node.type === 'object' && typeof seg === 'string') {
    const keys = (node.children ?? []).map(p => String(p.children?.[0]?.value));
    return [insertMember(text, node, seg, rest, f, options.insertAt?.(keys))];
  }
  if (node.type === 'array' && typeof seg === 'number') return [insertMember(text, node, undefined, rest, f, seg)];
  // `"uiDefinition": null` is seen in real files: null stands for "nothing yet", so it becomes the object.
  if (node.type === 'null' && node.parent) {
    return [{ offset: node.offset, length: node.length, content: serialize(nest(path.slice(depth), value), lineIndent(text, node.offset), f) }];
  }
  return [];
}

/** Inserts an array item at `index` (default: last) of the array at `target`. */
export function insertItemAt(text: string, target: Target, value: unknown, f: DocumentFormatting, index?: number): Edit[] {
  const found = anchor(parse(text), target, 'value');
  return found?.depth === target.path.length && found.node.type === 'array' ? [insertMember(text, found.node, undefined, value, f, index)] : [];
}

/** Removes the property (anchored at its key) or array item at `target` together with one adjoining comma. */
export function removeAt(text: string, target: Target): Edit[] {
  const last = target.path[target.path.length - 1];
  if (last === undefined) return [];
  const found = anchor(parse(text), target, typeof last === 'number' ? 'value' : 'key');
  if (!found || found.depth !== target.path.length) return [];
  const node = found.node;
  const member = isKey(node) ? node.parent! : node;
  const container = member.parent;
  if (!container?.children || (typeof last === 'number') !== (container.type === 'array')) return [];
  const siblings = container.children;
  const i = siblings.indexOf(member);
  const end = (n: Node) => n.offset + n.length;
  if (siblings.length === 1) return [{ offset: container.offset + 1, length: innerLength(text, container), content: '' }];
  if (i > 0) return [{ offset: end(siblings[i - 1]), length: end(member) - end(siblings[i - 1]), content: '' }];
  return [{ offset: member.offset, length: siblings[1].offset - member.offset, content: '' }];
}

/** Renames the key at `target` (anchored at that key). */
export function renameKeyAt(text: string, target: Target, newKey: string): Edit[] {
  const found = anchor(parse(text), target, 'key');
  return found && found.depth === target.path.length ? [{ offset: found.node.offset, length: found.node.length, content: JSON.stringify(newKey) }] : [];
}

/**
 * Where a node spans after an edit (so the later edits of one refactor keep their anchors): moved by an edit before
 * it (an insertion at its start counts as before), grown or shrunk by one inside it; an edit across its boundary
 * leaves no node there (offset -1, which no anchor matches).
 */
export function shiftSpan(span: Span, e: Edit): Span {
  const end = e.offset + e.length;
  const spanEnd = span.offset + span.length;
  const delta = e.content.length - e.length;
  if (end <= span.offset) return { offset: span.offset + delta, length: span.length };
  if (e.offset >= spanEnd) return span;
  if (e.offset >= span.offset && end <= spanEnd) return { offset: span.offset, length: span.length + delta };
  return { offset: -1, length: 0 };
}

function nest(path: JsonPath, value: unknown): unknown {
  let v = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    v = typeof seg === 'number' ? [v] : { [seg]: v };
  }
  return v;
}
