// Editor features of a connector script (script.csx) that know the connector: hover on an operation id the code
// compares `Context.OperationId` with (the operation's method, path and summary), go to its operationId in the
// swagger, completion of operation ids inside such a comparison's string, and the quick fixes of the script checks
// (the did-you-mean replacement in the script, "add it to scriptOperations" as an edit of apiProperties.json).
// Everything else about C# is left to the editor's C# support.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction, CodeActionKind, CompletionItem, CompletionItemKind, CompletionList, Diagnostic, Hover, InsertTextFormat,
  Location, MarkupKind, Range, TextEdit, WorkspaceEdit,
} from 'vscode-json-languageservice';
import { detectFormatting } from '../codeActions/formatting';
import { insertItemAt } from '../codeActions/jsonEdits';
import { describe, operationMarkdown, swaggerLocation } from '../navigation';
import { isPaired, SwaggerContext, SwaggerOperation } from '../swagger/types';
import { buildScriptModel, OperationIdUse, ScriptModel } from './scriptModel';
import { readScriptOperations } from './scriptOperations';
import type { Token } from './tokenizer';

/** The comparison under the caret: the operation id use whose literal (or constant name) holds `offset`. */
export function operationIdUseAt(model: ScriptModel, offset: number): OperationIdUse | undefined {
  return model.operationIds.find(u => offset >= u.token.offset && offset <= u.token.offset + u.token.length);
}

/** The swagger's operation for an id the code compares with (ignoring case when the code does). */
function operationFor(swagger: SwaggerContext, use: OperationIdUse): SwaggerOperation | undefined {
  const exact = swagger.operations.get(use.value);
  if (exact || !use.ignoreCase) return exact;
  const lower = use.value.toLowerCase();
  for (const op of swagger.operations.values()) if (op.operationId.toLowerCase() === lower) return op;
  return undefined;
}

const rangeOf = (doc: TextDocument, t: { offset: number; length: number }) => Range.create(doc.positionAt(t.offset), doc.positionAt(t.offset + t.length));

export function scriptHover(doc: TextDocument, offset: number, swagger: SwaggerContext | undefined, model: ScriptModel = buildScriptModel(doc.getText())): Hover | null {
  if (!isPaired(swagger)) return null;
  const use = operationIdUseAt(model, offset);
  const op = use && operationFor(swagger, use);
  if (!use || !op) return null;
  return { contents: { kind: MarkupKind.Markdown, value: operationMarkdown(op, swagger) }, range: rangeOf(doc, use.token) };
}

export function scriptDefinition(doc: TextDocument, offset: number, swagger: SwaggerContext | undefined, model: ScriptModel = buildScriptModel(doc.getText())): Location[] {
  if (!isPaired(swagger)) return [];
  const use = operationIdUseAt(model, offset);
  const op = use && operationFor(swagger, use);
  const loc = op && swaggerLocation(swagger, op.operationId);
  return loc ? [loc] : [];
}

/** Offsets of a string literal's content: after its opening quote, up to its closing quote (or its end, unclosed). */
function contentOf(text: string, t: Token): { start: number; end: number } | undefined {
  const raw = text.slice(t.offset, t.offset + t.length);
  const m = /^(@?"|"(?!"))/.exec(raw);
  if (!m || raw.startsWith('"""')) return undefined; // raw strings: not offered
  const start = t.offset + m[1].length;
  const closed = !t.unterminated && raw.length > m[1].length && raw.endsWith('"');
  return { start, end: t.offset + t.length - (closed ? 1 : 0) };
}

/**
 * Operation ids for the string under the caret when it is compared with `Context.OperationId`
 * (`OperationId == "|"`, `case "|"`, `.Equals("|")`, ...); null elsewhere, so the C# extension's items stand alone.
 */
export function scriptCompletion(doc: TextDocument, offset: number, swagger: SwaggerContext | undefined, model: ScriptModel = buildScriptModel(doc.getText())): CompletionList | null {
  if (!isPaired(swagger)) return null;
  const text = doc.getText();
  const str = model.tokens.find(t => t.kind === 'string' && offset > t.offset && offset <= t.offset + t.length);
  if (!str || str.interpolated) return null;
  const content = contentOf(text, str);
  if (!content || offset < content.start || offset > content.end) return null;
  let compared = model.operationIds.some(u => u.token === str);
  if (!compared && str.unterminated) {
    // `case "Li|` while typing: close the string where the caret is and ask the model again.
    const closed = buildScriptModel(text.slice(0, offset) + '"' + text.slice(offset));
    compared = closed.operationIds.some(u => u.token.offset === str.offset);
  }
  if (!compared) return null;
  const range = Range.create(doc.positionAt(content.start), doc.positionAt(content.end));
  const items: CompletionItem[] = [...swagger.operations.values()].map(op => ({
    label: op.operationId,
    kind: CompletionItemKind.Value,
    detail: describe(op),
    documentation: op.summary ? { kind: MarkupKind.Markdown, value: operationMarkdown(op, swagger) } : undefined,
    filterText: op.operationId,
    textEdit: TextEdit.replace(range, op.operationId),
    insertTextFormat: InsertTextFormat.PlainText,
    sortText: '0' + op.operationId,
  }));
  return { isIncomplete: false, items };
}

// ---- quick fixes -----------------------------------------------------------------------------------------------

type Span = { offset: number; length: number };
const isSpan = <T>(v: T): v is T & Span => {
  const s = v as Span | null;
  return !!s && typeof s === 'object' && Number.isInteger(s.offset) && Number.isInteger(s.length) && s.offset >= 0 && s.length >= 0;
};

/** Reads another file of the connector (the open buffer first); undefined when it cannot be read. */
export type ReadText = (uri: string) => Promise<string | undefined>;

/**
 * Quick fixes for the script diagnostics in `diagnostics` (diagnostic `data` comes back from the client: checked).
 * The did-you-mean edit replaces a literal's content only while it still reads as flagged; "add it to
 * scriptOperations" inserts into the array at the span it had when checked, and is withheld when apiProperties.json
 * changed there or already lists the id.
 */
export async function scriptCodeActions(doc: TextDocument, diagnostics: readonly Diagnostic[], readText: ReadText): Promise<CodeAction[]> {
  const out: CodeAction[] = [];
  const text = doc.getText();
  for (const d of diagnostics) {
    const data = d.data as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') continue;
    if (d.code === 'script-code-operation-unknown') {
      const fix = data.fix as { kind?: unknown; title?: unknown; offset?: unknown; length?: unknown; oldText?: unknown; newText?: unknown } | undefined;
      if (!fix || fix.kind !== 'replaceText' || !isSpan(fix) || typeof fix.oldText !== 'string' || typeof fix.newText !== 'string') continue;
      if (text.slice(fix.offset, fix.offset + fix.length) !== fix.oldText || fix.oldText.length !== fix.length) continue;
      out.push({
        title: `Change to "${fix.newText}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [TextEdit.replace(rangeOf(doc, fix), fix.newText)] } },
      });
    } else if (d.code === 'script-code-operation-not-listed') {
      const id = data.operationId;
      const at = data.scriptOperationsAt as { uri?: unknown } & Partial<Span> | undefined;
      if (typeof id !== 'string' || !at || typeof at.uri !== 'string' || !isSpan(at)) continue;
      const edit = await addToScriptOperations(at.uri, { offset: at.offset, length: at.length }, id, readText);
      if (edit) out.push({ title: `Add "${id}" to scriptOperations in apiProperties.json`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit });
    }
  }
  return out;
}

async function addToScriptOperations(uri: string, array: Span, id: string, readText: ReadText): Promise<WorkspaceEdit | undefined> {
  const text = await readText(uri);
  if (text === undefined) return undefined;
  const current = readScriptOperations(text);
  // The array must still be where it was checked (offsets, not a path), and not list the id by now.
  if (!current || current.array.offset !== array.offset || current.array.length !== array.length || current.ids.includes(id)) return undefined;
  const edits = insertItemAt(text, { path: ['properties', 'scriptOperations'], at: array }, id, detectFormatting(text));
  if (edits.length !== 1) return undefined;
  const target = TextDocument.create(uri, 'json', 0, text);
  return { changes: { [uri]: edits.map(e => TextEdit.replace(rangeOf(target, e), e.content)) } };
}
