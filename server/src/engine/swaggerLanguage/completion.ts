// Completion in a swagger, beside VS Code's own JSON completion: `x-ms-*` keys where they belong (by the kind of
// object at the caret: root, path item, operation, parameter, schema, response), the members of an extension's object
// value, the values of enumerated extensions, and operationIds where an extension calls another operation. The engine
// answers in the rich form (snippets with tab stops and choices, markdown); lsp/forClient.ts downgrades per client.
import { findNodeAtLocation, JSONPath, Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItem, CompletionItemKind, CompletionList, InsertTextFormat, MarkupKind, Position, Range, TextEdit,
} from 'vscode-json-languageservice';
import { detectFormatting, indentUnit } from '../codeActions/formatting';
import { codeSpan } from '../markdown';
import { entries, METHODS, str, val } from '../swaggerRules/model';
import { ExtensionFact, extensionsFor, Keyword, ValueDoc } from './catalogue';
import { keywordMarkdown, valueMarkdown } from './docs';
import { locationAt, swaggerTree } from './parse';
import { keywordAt, PathTarget, targetOf } from './places';

interface Span { start: number; end: number }

export function swaggerCompletion(document: TextDocument, position: Position): CompletionList | null {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const location = locationAt(text, offset);
  if (!location || !location.path.length) return null;
  const path = location.path;
  const previous = location.previousNode;
  const inPrevious = !!previous && previous.offset <= offset && offset <= previous.offset + previous.length;
  const objectPath = path.slice(0, -1);
  const target = targetOf(objectPath);
  if (target.kind === 'other') return null;

  if (location.isAtPropertyKey) {
    const span = inPrevious && previous!.type === 'property' ? { start: previous!.offset, end: previous!.offset + previous!.length } : wordAt(text, offset);
    const items = keyItems(document, target, objectPath, span);
    return items.length ? { isIncomplete: false, items } : null;
  }

  const key = path[path.length - 1];
  if (typeof key !== 'string') return null;
  const keyword = keywordAt(target, key);
  if (!keyword) return null;
  const replacing = inPrevious && previous!.type !== 'property' && previous!.type !== 'object' && previous!.type !== 'array';
  const span = replacing ? { start: previous!.offset, end: previous!.offset + previous!.length } : wordAt(text, offset);
  const items = valueItems(document, keyword.keyword, keyword.extension, span, !replacing);
  return items.length ? { isIncomplete: false, items } : null;
}

function keyItems(document: TextDocument, target: PathTarget, objectPath: JSONPath, span: Span): CompletionItem[] {
  const candidates: Keyword[] = target.kind === 'place' ? extensionsFor(target.place) : target.kind === 'keyword' ? [...target.keyword.members ?? []] : [];
  if (!candidates.length) return [];
  const text = document.getText();
  const root = swaggerTree(document);
  const owner = root && findNodeAtLocation(root, objectPath);
  const present = new Set(entries(owner).filter(e => !(e.key.offset === span.start)).map(e => e.name));
  const next = nextChar(text, span.end);
  const quoted = text[span.start] === '"';
  const range = rangeOf(document, span);
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, span.start))![0];
  // The layout around the caret is enough to learn the indentation (a full scan of a 1 MB swagger is not).
  const formatting = detectFormatting(text.slice(Math.max(0, lineStart - 20000), lineStart + 20000));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(formatting);
  const items: CompletionItem[] = [];
  candidates.forEach((k, i) => {
    if (present.has(k.name)) return;
    const extension = target.kind === 'keyword' ? target.extension : k as ExtensionFact;
    // Renaming a key that already has a value: only the key changes.
    const value = next === ':' ? '' : `: ${valueSnippet(k, { n: 1 }, indent, unit, eol)}${next === '"' ? ',' : ''}`;
    items.push({
      label: k.name,
      kind: CompletionItemKind.Property,
      detail: target.kind === 'keyword' ? `${target.extension.name} member` : 'connector extension',
      documentation: { kind: MarkupKind.Markdown, value: keywordMarkdown(k, extension) },
      filterText: quoted ? `"${k.name}"` : k.name,
      sortText: String(i).padStart(3, '0'),
      textEdit: TextEdit.replace(range, `"${k.name}"${value}`),
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: 1, // asIs: the text carries its indentation (the client must not add the line's again)
    });
  });
  return items;
}

function valueItems(document: TextDocument, keyword: Keyword, extension: ExtensionFact, span: Span, fresh: boolean): CompletionItem[] {
  const text = document.getText();
  const range = rangeOf(document, span);
  const comma = fresh && nextChar(text, span.end) === '"' ? ',' : '';
  const quoted = text[span.start] === '"';
  const items: CompletionItem[] = [];
  const push = (label: string, json: string, documentation: string | undefined, kind: CompletionItemKind) => items.push({
    label,
    kind,
    documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined,
    filterText: quoted ? json : label,
    sortText: String(items.length).padStart(3, '0'),
    textEdit: TextEdit.replace(range, json + comma),
    insertTextFormat: InsertTextFormat.PlainText,
  });
  for (const v of keyword.values ?? []) {
    push(String(v.value), JSON.stringify(v.value), valueMarkdown(v, keyword, extension), CompletionItemKind.Value);
  }
  if (keyword.operationId) {
    const root = swaggerTree(document);
    for (const op of operations(root)) push(op.id, JSON.stringify(op.id), codeSpan(`${op.method.toUpperCase()} ${op.path}`), CompletionItemKind.Reference);
  }
  return items;
}

/** The operations of the swagger as far as it parses (the author may be in the middle of an edit). */
function operations(root: Node | undefined): { id: string; method: string; path: string }[] {
  const out: { id: string; method: string; path: string }[] = [];
  const seen = new Set<string>();
  for (const { value: item, name: path } of entries(val(root, 'paths'))) {
    for (const { value: op, name: method } of entries(item)) {
      if (!METHODS.includes(method.toLowerCase())) continue;
      const id = str(val(op, 'operationId'));
      if (id !== undefined && id !== '' && !seen.has(id)) { seen.add(id); out.push({ id, method, path }); }
    }
  }
  return out;
}

/** The value a new key starts with: a choice of its values, an empty string, or its skeleton object. */
function valueSnippet(k: Keyword, stop: { n: number }, indent: string, unit: string, eol: string): string {
  const tab = () => stop.n++;
  if (k.values?.length) {
    if (k.values.length === 1) return valueJson(k.values[0]);
    return k.shape === 'string' ? `"\${${tab()}|${k.values.map(v => choice(String(v.value))).join(',')}|}"` : `\${${tab()}|${k.values.map(v => String(v.value)).join(',')}|}`;
  }
  switch (k.shape) {
    case 'string': return `"\$${tab()}"`;
    case 'integer': return `\${${tab()}:1}`;
    case 'boolean': return `\${${tab()}|true,false|}`;
    case 'array': return `[\$${tab()}]`;
    case 'object': {
      const skeleton = (k.skeleton ?? []).map(name => k.members?.find(m => m.name === name)).filter((m): m is Keyword => !!m);
      if (!skeleton.length) return `{\$${tab()}}`;
      const inner = indent + unit;
      const lines = skeleton.map(m => `${inner}"${m.name}": ${valueSnippet(m, stop, inner, unit, eol)}`);
      return `{${eol}${lines.join(',' + eol)}${eol}${indent}}`;
    }
  }
}

const valueJson = (v: ValueDoc) => JSON.stringify(v.value);
/** A choice's text escaped for snippet choice syntax. */
const choice = (s: string) => s.replace(/[\\,|$}]/g, '\\$&');

function wordAt(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && /[\w$@.-]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && /[\w$@.-]/.test(text[end])) end++;
  return { start, end };
}

function nextChar(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i])) return text[i];
  return undefined;
}

function rangeOf(document: TextDocument, span: Span): Range {
  return Range.create(document.positionAt(span.start), document.positionAt(span.end));
}
