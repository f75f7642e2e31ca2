// The outline of a swagger in its own terms: paths, each with its operations ("GET ListWidgets", the summary as
// detail), then the shared definitions, parameters and responses. VS Code's JSON outline still lists raw keys; this
// one is what "Go to Symbol" finds an operation by.
import type { Node } from 'jsonc-parser';
import { DocumentSymbol, SymbolKind } from 'vscode-json-languageservice';
import { rangeOf, SourceFile, swaggerModelOf } from './files';
import { entries, prop, str, SwaggerModel, val } from '../swaggerRules/model';

type Span = { offset: number; length: number };

/** One line of text (a symbol's name or detail never spans lines nor is empty: VS Code rejects empty names). */
function oneLine(s: string | undefined, max = 120): string | undefined {
  if (s === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return clean.length > max ? clean.slice(0, max) + '…' : clean;
}

export function swaggerOutline(file: SourceFile): DocumentSymbol[] {
  const model = swaggerModelOf(file);
  if (!model) return [];
  const sym = (name: string, detail: string | undefined, kind: SymbolKind, range: Span, selection: Span, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: oneLine(name) || '(empty)',
    detail: oneLine(detail) || undefined,
    kind,
    range: rangeOf(file, range.offset, range.length),
    selectionRange: rangeOf(file, selection.offset, selection.length),
    ...(children ? { children } : {}),
  });
  const propertyOf = (key: Node): Node => key.parent ?? key;

  const groups: { key: Node; symbol: DocumentSymbol }[] = [];
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[]) => {
    const p = prop(model.root, name);
    const key = p?.children?.[0];
    if (p && key) groups.push({ key, symbol: sym(name, `${children.length}`, kind, p, key, children) });
  };

  group('paths', SymbolKind.Module, paths(model, sym, propertyOf));
  group('definitions', SymbolKind.Module, entries(val(model.root, 'definitions')).map(e =>
    sym(e.name, str(val(e.value, 'type')) ?? (val(e.value, '$ref') ? str(val(e.value, '$ref')) : undefined), SymbolKind.Class, propertyOf(e.key), e.key)));
  group('parameters', SymbolKind.Module, entries(val(model.root, 'parameters')).map(e => {
    const where = str(val(e.value, 'in'));
    const name = str(val(e.value, 'name'));
    return sym(e.name, [where, name !== e.name ? name : undefined].filter(Boolean).join(' · ') || undefined, SymbolKind.Variable, propertyOf(e.key), e.key);
  }));
  group('responses', SymbolKind.Module, entries(val(model.root, 'responses')).map(e =>
    sym(e.name, str(val(e.value, 'description')), SymbolKind.Interface, propertyOf(e.key), e.key)));
  return groups.sort((a, b) => a.key.offset - b.key.offset).map(g => g.symbol);
}

type Sym = (name: string, detail: string | undefined, kind: SymbolKind, range: Span, selection: Span, children?: DocumentSymbol[]) => DocumentSymbol;

/** Each path with its operations, in document order ("GET ListWidgets", or the method alone without an operationId). */
function paths(model: SwaggerModel, sym: Sym, propertyOf: (key: Node) => Node): DocumentSymbol[] {
  const byPath = new Map<Node, DocumentSymbol[]>();
  for (const op of model.operations) {
    const name = op.operationId !== undefined ? `${op.method.toUpperCase()} ${op.operationId}` : op.method.toUpperCase();
    const list = byPath.get(op.pathKey) ?? [];
    list.push(sym(name, str(val(op.node, 'summary')), SymbolKind.Method, propertyOf(op.methodKey), op.methodKey));
    byPath.set(op.pathKey, list);
  }
  return model.pathItems.map(p => sym(p.path, undefined, SymbolKind.Namespace, propertyOf(p.key), p.key, byPath.get(p.key) ?? []));
}

