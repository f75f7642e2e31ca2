// The outline in the connector's own terms instead of raw JSON keys: Authentication → each set (display name, kind)
// → its parameters (type, required); Policies → "templateId · title" (operations); Script operations; Branding;
// then any other member of `properties`. A document without a `properties` object (empty, broken, or not a
// connector at all) falls back to the plain JSON outline, which the caller supplies.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, SymbolKind } from 'vscode-json-languageservice';
import { ASTNode, getValue } from './ast';
import type { ConnectorModel, ParameterModel, ParameterSetModel, PolicyModel } from './model';
import { describeAuthentication, describeParameters } from './preview/authSummary';

type Span = { offset: number; length: number };

const BRANDING = ['iconBrandColor', 'publisher', 'stackOwner'];
const GROUPED = new Set(['connectionParameters', 'connectionParameterSets', 'policyTemplateInstances', 'scriptOperations', ...BRANDING]);

export function domainSymbols(document: TextDocument, model: ConnectorModel): DocumentSymbol[] | undefined {
  const properties = model.properties;
  if (!properties) return undefined;
  const sym = (name: string, detail: string | undefined, kind: SymbolKind, range: Span, selection: Span, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name.trim() === '' ? '(empty)' : name,
    detail,
    kind,
    range: toRange(document, range),
    selectionRange: toRange(document, selection),
    children,
  });

  const parameter = (p: ParameterModel): DocumentSymbol => {
    const flags = [p.type ?? 'no type'];
    const required = getValue(p.constraints, 'required');
    // As the platform reads them: only the strings "true" count (a boolean is a warning elsewhere).
    if (required?.type === 'string' && required.value === 'true') flags.push('required');
    if (p.hidden) flags.push('hidden');
    return sym(p.name, flags.join(' · '), p.type === 'oauthSetting' ? SymbolKind.Key : SymbolKind.Field, p.property, p.property.keyNode);
  };

  const set = (s: ParameterSetModel): DocumentSymbol => {
    const display = getValue(s.uiDefinition, 'displayName');
    const label = display?.type === 'string' && display.value.trim() !== '' ? display.value : s.name ?? `Set ${s.index + 1}`;
    const kind = describeParameters(s.parameters);
    const detail = s.name !== undefined && s.name !== label ? `${kind} · ${s.name}` : kind;
    return sym(label, detail, SymbolKind.Class, s.node, s.nameNode ?? s.node, s.parameters.map(parameter));
  };

  const out: DocumentSymbol[] = [];

  const cp = model.connectionParameters;
  const sets = model.parameterSets;
  if (cp || sets) {
    const children: DocumentSymbol[] = [];
    if (sets) children.push(...sets.sets.map(set));
    if (cp && sets) {
      children.push(sym('connectionParameters', 'ignored by clients while sets exist', SymbolKind.Namespace, cp.property, cp.property.keyNode, cp.parameters.map(parameter)));
    } else if (cp) {
      children.push(...cp.parameters.map(parameter));
    }
    const parts = [cp?.property, sets?.property].filter((p): p is NonNullable<typeof p> => !!p);
    const first = parts.reduce((a, b) => (a.offset <= b.offset ? a : b));
    out.push(sym('Authentication', describeAuthentication(model), SymbolKind.Namespace, union(parts), first.keyNode, children));
  }

  if (model.policiesProperty) {
    const policy = (p: PolicyModel): DocumentSymbol => {
      const name = [p.templateId ?? '(no templateId)', p.title].filter(Boolean).join(' · ');
      const detail = p.operationNames.length ? p.operationNames.map(o => o.value).join(', ') : 'all operations';
      return sym(name, detail, SymbolKind.Function, p.node, p.templateIdNode ?? p.node);
    };
    const count = model.policies.length;
    out.push(sym('Policies', `${count} ${count === 1 ? 'policy' : 'policies'}`, SymbolKind.Namespace,
      model.policiesProperty, model.policiesProperty.keyNode, model.policies.map(policy)));
  }

  const script = model.scriptOperationsProperty;
  if (script) {
    const ops = model.scriptOperations;
    out.push(sym('Script operations', ops.length ? `${ops.length} ${ops.length === 1 ? 'operation' : 'operations'}` : 'all operations (empty list)',
      SymbolKind.Namespace, script, script.keyNode, ops.map(o => sym(o.value, undefined, SymbolKind.Method, o.node, o.node))));
  }

  const branding = BRANDING.map(key => model.member(key)).filter((p): p is NonNullable<typeof p> => !!p);
  if (branding.length) {
    out.push(sym('Branding', undefined, SymbolKind.Namespace, union(branding), branding.reduce((a, b) => (a.offset <= b.offset ? a : b)).keyNode,
      branding.map(p => sym(p.keyNode.value, short(p.valueNode), p.keyNode.value === 'iconBrandColor' ? SymbolKind.Constant : SymbolKind.Property, p, p.keyNode))));
  }

  for (const p of properties.properties) {
    if (GROUPED.has(p.keyNode.value)) continue;
    out.push(sym(p.keyNode.value, short(p.valueNode), SymbolKind.Property, p, p.keyNode));
  }
  return out;
}

function union(spans: Span[]): Span {
  const start = Math.min(...spans.map(s => s.offset));
  const end = Math.max(...spans.map(s => s.offset + s.length));
  return { offset: start, length: end - start };
}

/** A one-line preview of a value for the symbol detail. */
function short(node: ASTNode | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'string': return node.value.length > 60 ? node.value.slice(0, 57) + '…' : node.value;
    case 'number': case 'boolean': return String(node.value);
    case 'null': return 'null';
    case 'array': {
      const items = node.items.map(i => (i.type === 'string' ? i.value : i.type));
      const text = items.length ? items.join(', ') : '[]';
      return text.length > 60 ? text.slice(0, 57) + '…' : text;
    }
    default: return undefined;
  }
}

function toRange(document: TextDocument, span: Span) {
  return { start: document.positionAt(span.offset), end: document.positionAt(span.offset + span.length) };
}
