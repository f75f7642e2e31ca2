// Hover in a swagger: the doc of an `x-ms-*` key, of a member of its value and of an enumerated value; a likely
// misspelling of an extension says which one was meant. On a node a Swagger Validator rule flagged, the editor already
// shows our diagnostic's message in the same hover, so we do not repeat it: we add the validator's own error name
// (what the certification pipeline prints) and the rule page, the two things the message does not carry.
import { findNodeAtOffset, getNodePath, Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Hover, Position } from 'vscode-json-languageservice';
import { MarkupKind, Range } from 'vscode-json-languageservice';
import { codeSpan } from '../markdown';
import { intendedExtension } from '../swaggerRules/rules/extension-name-misspelled';
import { EXTENSION_FACTS } from './catalogue';
import { extensionMarkdown, keywordMarkdown, valueMarkdown } from './docs';
import { swaggerTree } from './parse';
import { keywordAt, targetOf } from './places';

export function swaggerHover(document: TextDocument, position: Position, diagnostics: readonly Diagnostic[] = []): Hover | null {
  const root = swaggerTree(document);
  if (!root) return null;
  const offset = document.offsetAt(position);
  const node = findNodeAtOffset(root, offset);
  if (!node || node.type === 'object' || node.type === 'array' || node.type === 'property') return null;
  const parts: string[] = [];
  const doc = docAt(node);
  if (doc) parts.push(doc);
  parts.push(...validatorNotes(document, node, diagnostics));
  if (!parts.length) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: Range.create(document.positionAt(node.offset), document.positionAt(node.offset + node.length)),
  };
}

/** The doc of the key or value `node`, if it is an extension, a member of one, or one of their values. */
function docAt(node: Node): string | undefined {
  const property = node.parent;
  if (property?.type !== 'property' || !property.parent) return undefined;
  const [keyNode, valueNode] = property.children ?? [];
  if (keyNode?.type !== 'string') return undefined;
  const target = targetOf(getNodePath(property.parent));
  const key = String(keyNode.value);
  const found = keywordAt(target, key);
  if (node === keyNode) {
    if (found) return keywordMarkdown(found.keyword, found.extension);
    if ((target.kind !== 'place' && target.kind !== 'loose') || !/^x-?ms/i.test(key)) return undefined;
    const meant = intendedExtension(key);
    const fact = meant ? EXTENSION_FACTS.get(meant) : undefined;
    return fact
      ? `Did you mean ${codeSpan(fact.name)}?\n\n${extensionMarkdown(fact)}`
      : undefined;
  }
  if (node === valueNode && found) {
    const value = found.keyword.values?.find(v => v.value === node.value);
    if (value) return valueMarkdown(value, found.keyword, found.extension);
  }
  return undefined;
}

function validatorNotes(document: TextDocument, node: Node, diagnostics: readonly Diagnostic[]): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const name = (d.data as { validatorName?: unknown } | undefined)?.validatorName;
    if (typeof name !== 'string') continue;
    const start = document.offsetAt(d.range.start);
    const end = document.offsetAt(d.range.end);
    if (start > node.offset || end < node.offset + node.length) continue;
    const page = d.codeDescription?.href;
    const note = `Swagger Validator error ${codeSpan(name)}`;
    out.push(page ? `${note}: see [${codeSpan(String(d.code))}](${page})` : note);
  }
  return out;
}
