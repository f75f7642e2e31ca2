// Cross-file navigation for apiProperties.json: operation ids (policies' x-ms-apimTemplate-operationName and
// scriptOperations) against the paired swagger, and @connectionParameters('name') against the parameter
// declarations. Completion items and hovers are merged into the JSON service's results by ConnectorService.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItem, CompletionItemKind, CompletionList, Hover, InsertTextFormat, Location, MarkupKind, Range, TextEdit,
} from 'vscode-json-languageservice';
import type { ArrayASTNode, StringASTNode } from './ast';
import type { Analysis } from './document';
import type { ConnectorModel, ParameterModel, StringItem } from './model';
import { operationLocation } from './swagger/swaggerModel';
import { isPaired, SwaggerContext, SwaggerOperation } from './swagger/types';
import { scanConnectionParameterReferences } from './model';
import { swaggerName } from './swagger/ruleHelpers';
import { codeSpan, escapeMarkdown } from './markdown';

/** What sits under the caret, as far as cross-file features care. */
export type Target =
  | { kind: 'operation'; id: string; item?: StringItem; list: ArrayASTNode; contentStart: number; contentEnd: number }
  | { kind: 'parameter'; name: string; start: number; end: number; node: StringASTNode };

function operationLists(model: ConnectorModel): { list: ArrayASTNode; items: StringItem[] }[] {
  const out: { list: ArrayASTNode; items: StringItem[] }[] = [];
  for (const p of model.policies) {
    const v = p.operationNamesProperty?.valueNode;
    if (v?.type === 'array') out.push({ list: v, items: p.operationNames });
  }
  const so = model.scriptOperationsProperty?.valueNode;
  if (so?.type === 'array') out.push({ list: so, items: model.scriptOperations });
  return out;
}

export function targetAt(analysis: Analysis, offset: number): Target | undefined {
  const model = analysis.model;
  const text = analysis.document.getText();
  for (const { list, items } of operationLists(model)) {
    if (offset <= list.offset || offset >= list.offset + list.length) continue;
    for (const item of items) {
      const n = item.node;
      if (offset > n.offset && offset <= n.offset + n.length) {
        const closed = n.length >= 2 && text[n.offset + n.length - 1] === '"';
        return { kind: 'operation', id: item.value, item, list, contentStart: n.offset + 1, contentEnd: n.offset + n.length - (closed ? 1 : 0) };
      }
    }
    // Between items (or in an empty array): a new id is inserted as a whole string.
    if (list.items.every(i => offset <= i.offset || offset >= i.offset + i.length)) {
      return { kind: 'operation', id: '', list, contentStart: offset, contentEnd: offset };
    }
  }
  for (const policy of model.policies) {
    const node = policy.parameters;
    if (!node || offset <= node.offset || offset >= node.offset + node.length) continue;
    const leaf = analysis.jsonDocument.getNodeFromOffset(offset, true);
    if (leaf?.type !== 'string' || (leaf.parent?.type === 'property' && leaf.parent.keyNode === leaf)) return undefined;
    const raw = text.substring(leaf.offset, leaf.offset + leaf.length);
    for (const m of scanConnectionParameterReferences(raw)) {
      const start = leaf.offset + m.start;
      // Stop at the string's closing quote when the name is still being typed.
      const name = m.closed ? m.name : m.name.replace(/"$/, '');
      const end = start + name.length;
      if (offset >= start && offset <= end) return { kind: 'parameter', name, start, end, node: leaf };
    }
  }
  return undefined;
}

export function describe(op: SwaggerOperation): string {
  return `${op.method} ${op.path}`;
}

export function operationMarkdown(op: SwaggerOperation, swagger: SwaggerContext): string {
  const file = swaggerName(swagger);
  const lines = [`**${escapeMarkdown(op.method)}** ${codeSpan(op.path)}`];
  if (op.summary) lines.push('', escapeMarkdown(op.summary));
  if (op.description && op.description !== op.summary) lines.push('', escapeMarkdown(op.description));
  lines.push('', `Operation ${codeSpan(op.operationId)} in ${escapeMarkdown(file)}`);
  return lines.join('\n');
}

/** Parameters by name, in declaration order, with the sets each one belongs to. */
function parameterIndex(model: ConnectorModel): Map<string, ParameterModel[]> {
  const byName = new Map<string, ParameterModel[]>();
  for (const p of model.allParameters) {
    const list = byName.get(p.name) ?? [];
    list.push(p);
    byName.set(p.name, list);
  }
  return byName;
}

function whereDeclared(params: ParameterModel[]): string {
  const sets = params.filter(p => p.set).map(p => p.set!.name !== undefined ? `"${p.set!.name}"` : `#${p.set!.index + 1}`);
  const top = params.some(p => !p.set);
  const parts: string[] = [];
  if (top) parts.push('connectionParameters');
  if (sets.length) parts.push(`set${sets.length > 1 ? 's' : ''} ${sets.join(', ')}`);
  return parts.join('; ');
}

export function crossFileCompletions(analysis: Analysis, offset: number, swagger?: SwaggerContext): CompletionItem[] {
  const target = targetAt(analysis, offset);
  if (!target) return [];
  const doc = analysis.document;
  if (target.kind === 'operation') {
    if (!isPaired(swagger)) return [];
    const listed = new Set(operationLists(analysis.model).find(l => l.list === target.list)?.items.map(i => i.value) ?? []);
    const range = Range.create(doc.positionAt(target.contentStart), doc.positionAt(target.contentEnd));
    const quoted = !target.item;
    const needsComma = quoted && target.list.items.some(i => i.offset >= offset);
    const items: CompletionItem[] = [];
    for (const op of swagger.operations.values()) {
      if (listed.has(op.operationId) && op.operationId !== target.id) continue;
      items.push({
        label: op.operationId,
        kind: CompletionItemKind.Value,
        detail: describe(op),
        documentation: op.summary ? { kind: MarkupKind.Markdown, value: operationMarkdown(op, swagger) } : undefined,
        filterText: quoted ? `"${op.operationId}"` : op.operationId,
        textEdit: TextEdit.replace(range, quoted ? `"${op.operationId}"${needsComma ? ',' : ''}` : op.operationId),
        insertTextFormat: InsertTextFormat.PlainText,
        sortText: '0' + op.operationId,
      });
    }
    return items;
  }
  const range = Range.create(doc.positionAt(target.start), doc.positionAt(target.end));
  const items: CompletionItem[] = [];
  for (const [name, params] of parameterIndex(analysis.model)) {
    const types = [...new Set(params.map(p => p.type).filter(Boolean))].join(', ');
    items.push({
      label: name,
      kind: CompletionItemKind.Variable,
      detail: [types, whereDeclared(params)].filter(Boolean).join(' — '),
      textEdit: TextEdit.replace(range, name),
      sortText: '0' + name,
    });
  }
  return items;
}

export function crossFileHover(analysis: Analysis, offset: number, swagger?: SwaggerContext): Hover | undefined {
  const target = targetAt(analysis, offset);
  if (!target) return undefined;
  const doc = analysis.document;
  if (target.kind === 'operation') {
    if (!target.item || !isPaired(swagger)) return undefined;
    const op = swagger.operations.get(target.id);
    if (!op) return undefined;
    const n = target.item.node;
    return { contents: { kind: MarkupKind.Markdown, value: operationMarkdown(op, swagger) }, range: Range.create(doc.positionAt(n.offset), doc.positionAt(n.offset + n.length)) };
  }
  const params = parameterIndex(analysis.model).get(target.name);
  const value = params
    ? `Connection parameter ${codeSpan(target.name)} (${escapeMarkdown([...new Set(params.map(p => p.type ?? 'no type'))].join(', '))}), declared in ${escapeMarkdown(whereDeclared(params))}`
    : `No connection parameter is named ${codeSpan(target.name)}.`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: Range.create(doc.positionAt(target.start), doc.positionAt(target.end)) };
}

const swaggerDocuments = new WeakMap<SwaggerContext, TextDocument>();

export function swaggerLocation(swagger: SwaggerContext, operationId: string): Location | undefined {
  const loc = operationLocation(swagger, operationId);
  if (!loc || swagger.text === undefined) return undefined;
  let doc = swaggerDocuments.get(swagger);
  if (!doc) {
    doc = TextDocument.create(swagger.uri, 'json', 0, swagger.text);
    swaggerDocuments.set(swagger, doc);
  }
  return Location.create(swagger.uri, Range.create(doc.positionAt(loc.offset), doc.positionAt(loc.offset + loc.length)));
}

/** Operation id -> its operationId in the swagger; @connectionParameters('x') -> the declaration(s) of x. */
export function crossFileDefinition(analysis: Analysis, offset: number, swagger?: SwaggerContext): Location[] {
  const target = targetAt(analysis, offset);
  if (!target) return [];
  if (target.kind === 'operation') {
    if (!target.item || !isPaired(swagger)) return [];
    const loc = swaggerLocation(swagger, target.id);
    return loc ? [loc] : [];
  }
  const doc = analysis.document;
  let params = analysis.model.allParameters.filter(p => p.name === target.name);
  if (!params.length) params = analysis.model.allParameters.filter(p => p.name.toLowerCase() === target.name.toLowerCase());
  return params.map(p => {
    const k = p.property.keyNode;
    return Location.create(doc.uri, Range.create(doc.positionAt(k.offset), doc.positionAt(k.offset + k.length)));
  });
}

/** Every use of the operation id under the caret in this apiProperties.json (and its swagger declaration). */
export function crossFileReferences(analysis: Analysis, offset: number, includeDeclaration: boolean, swagger?: SwaggerContext): Location[] {
  const target = targetAt(analysis, offset);
  if (!target || target.kind !== 'operation' || !target.item) return [];
  const doc = analysis.document;
  const out: Location[] = [];
  if (includeDeclaration && isPaired(swagger)) {
    const loc = swaggerLocation(swagger, target.id);
    if (loc) out.push(loc);
  }
  for (const { items } of operationLists(analysis.model)) {
    for (const item of items) {
      if (item.value !== target.id) continue;
      const n = item.node;
      out.push(Location.create(doc.uri, Range.create(doc.positionAt(n.offset), doc.positionAt(n.offset + n.length))));
    }
  }
  return out;
}

/** The JSON service's items plus ours; ours win on a label clash (they carry the swagger's details). */
export function mergeCompletions(list: CompletionList | null, extra: CompletionItem[]): CompletionList | null {
  if (!extra.length) return list;
  const labels = new Set(extra.map(i => i.label));
  return { isIncomplete: list?.isIncomplete ?? false, items: [...(list?.items ?? []).filter(i => !labels.has(i.label)), ...extra] };
}
