// "Add authentication type": inserts a complete parameter set of one kind into `connectionParameterSets.values`
// (after the set under the cursor, else at the end), or creates the `connectionParameterSets` block when the file
// has none. The set's name is unique, the text is laid out like the file, and placeholders become tab stops when
// the caller can insert a snippet.
import type { ASTNode } from '../ast';
import { AuthKind, getAuthKind, parameterSetsTemplate, setTemplate, uniqueName } from '../authKinds';
import type { Analysis } from '../document';
import { DocumentFormatting, detectFormatting } from './formatting';
import type { ParameterModel } from '../model';
import { spanOf } from '../rules/fixes';
import { insertItemAt, serialize, setAt } from './jsonEdits';
import { resolveSentinels, withSentinels } from './placeholders';
import { convertedText, detectAuth } from './convert';
import { Edit, minimalEdit } from './textEdits';

const SETS_PATH = ['properties', 'connectionParameterSets'];

export interface AuthSetEdit {
  edit: Edit;
  /** The set name written (unique in the file). */
  name: string;
  /** True when `edit.content` uses snippet syntax (`${1:default}` tab stops, `\$` escapes). */
  snippet: boolean;
}

/** Where the cursor is, as far as inserting a set is concerned; undefined where the action does not belong. */
export type InsertionPlace = 'values' | 'setsKey' | 'newBlock';

export function insertionPlace(analysis: Analysis, offset: number): InsertionPlace | undefined {
  const model = analysis.model;
  const sets = model.parameterSets;
  if (sets) {
    const key = sets.property.keyNode;
    if (offset >= key.offset && offset <= key.offset + key.length) return 'setsKey';
    const values = sets.values;
    if (values && offset > values.offset && offset < values.offset + values.length) return 'values';
    return undefined;
  }
  // Single-auth parameters are moved by the conversion refactor; adding sets beside them would hide them.
  if (model.connectionParameters?.parameters.length) return undefined;
  const root = analysis.jsonDocument.root;
  if (!root) return analysis.document.getText().trim() === '' ? 'newBlock' : undefined;
  const node = analysis.jsonDocument.getNodeFromOffset(offset, true);
  return node && isTopLevelPlace(node, model.properties, offset) ? 'newBlock' : undefined;
}

/**
 * The root, `properties` (key or object), or one of its direct members: the key, a simple value, or the edge of an
 * object/array value (inside it, the caret belongs to that member's content).
 */
function isTopLevelPlace(node: ASTNode, properties: ASTNode | undefined, offset: number): boolean {
  if (!node.parent || node === properties) return true;
  const parent = node.parent;
  if (parent.type === 'property') {
    const owner = parent.parent;
    const topLevel = !owner?.parent || owner === properties;
    if (parent.keyNode === node) return topLevel;
    const edge = offset === node.offset || offset === node.offset + node.length;
    return topLevel && owner === properties && (edge || (node.type !== 'object' && node.type !== 'array'));
  }
  if (node.type === 'property') return !node.parent.parent || node.parent === properties;
  return false;
}

function takenNames(analysis: Analysis): Set<string> {
  const names = new Set<string>();
  for (const s of analysis.model.parameterSets?.sets ?? []) if (s.name !== undefined) names.add(s.name);
  return names;
}

/**
 * The edit that adds a set of `kindId`. `offset` picks the position among existing sets; without sets, a file with
 * single-auth `connectionParameters` is first converted (those parameters become the first set).
 */
export function authSetEdit(analysis: Analysis, kindId: string, options: { offset?: number; snippet?: boolean } = {}): AuthSetEdit | undefined {
  const kind = getAuthKind(kindId);
  if (!kind) return undefined;
  const text = analysis.document.getText();
  const formatting = detectFormatting(text);
  const snippet = !!options.snippet;
  const sets = analysis.model.parameterSets;
  const name = uniqueName(kind.setName, takenNames(analysis));
  try {
    if (sets) {
      if (!sets.node) return undefined;
      const { value, defaults } = withSentinels(setTemplate(kind, name));
      let edits: Edit[];
      if (sets.values) {
        const target = { path: [...SETS_PATH, 'values'], at: spanOf(sets.values) };
        edits = insertItemAt(text, target, value, formatting, insertionIndex(sets.values.items, options.offset));
      } else if (!sets.valuesProperty) {
        edits = setAt(text, { path: [...SETS_PATH, 'values'], at: spanOf(sets.node) }, [value], formatting);
      } else {
        return undefined; // `values` holds something that is not an array: replacing it would lose the author's text
      }
      return single(edits, defaults, snippet, name);
    }
    // Single-auth parameters become the first set; where the conversion does not apply, adding sets beside them
    // would hide them, so nothing is offered.
    const cp = analysis.model.connectionParameters;
    if (cp?.parameters.length) return addToConverted(analysis, cp.parameters, kind, formatting, snippet);
    const { value, defaults } = withSentinels(parameterSetsTemplate([kind]));
    const root = analysis.jsonDocument.root;
    const edits = !root
      ? [{ offset: 0, length: text.length, content: serialize({ properties: { connectionParameterSets: value } }, '', formatting) }]
      : setAt(text, { path: SETS_PATH, at: spanOf(analysis.model.properties ?? root) }, value, formatting, { insertAt: afterConnectionParameters });
    return single(edits, defaults, snippet, kind.setName);
  } catch {
    return undefined; // a shape too broken to edit safely
  }
}

function addToConverted(analysis: Analysis, parameters: ParameterModel[], kind: AuthKind, formatting: DocumentFormatting, snippet: boolean): AuthSetEdit | undefined {
  // The converted file has exactly one set; its name must not be reused.
  const name = uniqueName(kind.setName, new Set([detectAuth(parameters).name]));
  const { value, defaults } = withSentinels(setTemplate(kind, name));
  const original = analysis.document.getText();
  const final = convertedText(analysis, { keep: false, formatting, extraSets: [value] });
  const diff = final === undefined ? undefined : minimalEdit(original, final);
  if (!diff) return undefined;
  const edit = toLines(original, diff);
  return { edit: { ...edit, content: resolveSentinels(edit.content, defaults, snippet) }, name, snippet };
}

/** Widens an edit to whole lines, so no tab-stop sentinel can be split by the common prefix/suffix. */
function toLines(original: string, e: Edit): Edit {
  let start = e.offset;
  while (start > 0 && original[start - 1] !== '\n') start--;
  let end = e.offset + e.length;
  while (end < original.length && original[end] !== '\n') end++;
  const content = original.slice(start, e.offset) + e.content + original.slice(e.offset + e.length, end);
  return { offset: start, length: end - start, content };
}

function single(edits: Edit[], defaults: Map<number, string>, snippet: boolean, name: string): AuthSetEdit | undefined {
  if (edits.length !== 1) return undefined;
  const [e] = edits;
  return { edit: { ...e, content: resolveSentinels(e.content, defaults, snippet) }, name, snippet };
}

function insertionIndex(items: ASTNode[], offset: number | undefined): number {
  if (offset === undefined) return items.length;
  const i = items.findIndex(item => offset >= item.offset && offset <= item.offset + item.length);
  return i >= 0 ? i + 1 : items.length;
}

function afterConnectionParameters(keys: string[]): number {
  const i = keys.indexOf('connectionParameters');
  return i >= 0 ? i + 1 : keys.length;
}

export function authKindTitle(kind: AuthKind): string {
  return `Add authentication type: ${kind.label}`;
}
