// Engine-level test helpers in the vscode-json-languageservice style: documents with a `|` caret, results applied
// to the text so tests can assert the full resulting document.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic, Hover, MarkedString, MarkupContent, TextEdit } from 'vscode-json-languageservice';
import { ConnectorService, EngineSettings } from '../../server/src/engine';
import { caret } from './lspClient';

export const TEST_URI = 'file:///connectors/contoso/apiProperties.json';
export const CUSTOM: EngineSettings = { validate: true, rules: {}, profile: 'custom' };

let shared: ConnectorService | undefined;
export function service(): ConnectorService {
  return (shared ??= new ConnectorService());
}

let version = 0;
export function doc(text: string, uri = TEST_URI): TextDocument {
  return TextDocument.create(uri, 'apiproperties', ++version, text);
}

export async function diagnostics(text: string, settings: EngineSettings = CUSTOM, uri = TEST_URI): Promise<Diagnostic[]> {
  return service().validate(doc(text, uri), { settings });
}

/** Diagnostics as compact, comparable lines: `line:col-line:col severity code message` (1-based lines and columns). */
export function summarize(ds: Diagnostic[]): string[] {
  const sev = ['', 'error', 'warning', 'information', 'hint'];
  return ds.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${sev[d.severity ?? 1]} ${d.code} ${d.message}`);
}

export async function completions(textWithCaret: string): Promise<{ items: CompletionItem[]; text: string; document: TextDocument }> {
  const { text, offset } = caret(textWithCaret);
  const document = doc(text);
  const list = await service().complete(document, document.positionAt(offset));
  return { items: list?.items ?? [], text, document };
}

/** Replaces snippet syntax with the placeholders' default values, as the editor shows them right after insertion. */
export function expandSnippet(snippet: string): string {
  let s = snippet;
  for (let i = 0; i < 10 && /\$\{\d+(:|\|)/.test(s); i++) {
    s = s.replace(/\$\{\d+:((?:[^{}\\]|\\.)*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return s.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

/** The document text after accepting `label` from the completion list at the caret. */
export async function applyCompletion(textWithCaret: string, label: string): Promise<string> {
  const { items, document } = await completions(textWithCaret);
  const item = items.find(i => i.label === label);
  if (!item) throw new Error(`no completion "${label}"; got ${items.map(i => i.label).join(', ')}`);
  const edit = item.textEdit as TextEdit | undefined;
  if (!edit || !('range' in edit)) throw new Error(`completion "${label}" has no textEdit`);
  return TextDocument.applyEdits(document, [{ range: edit.range, newText: expandSnippet(edit.newText) }]);
}

export async function hoverText(textWithCaret: string): Promise<{ markdown: string; hover: Hover | null; text: string }> {
  const { text, offset } = caret(textWithCaret);
  const document = doc(text);
  const hover = await service().hover(document, document.positionAt(offset));
  return { markdown: hover ? markdownOf(hover.contents) : '', hover, text };
}

function markdownOf(contents: MarkupContent | MarkedString | MarkedString[]): string {
  if (Array.isArray(contents)) return contents.map(c => markdownOf(c)).join('\n\n');
  if (typeof contents === 'string') return contents;
  return contents.value;
}
