// Shapes the engine's results for the client at hand (see ClientFeatures): the engine always answers in the richest
// form (snippets, markdown, hierarchical symbols, code-action literals); each function here returns what the client
// declared it understands. With VS Code's capabilities every function returns its input unchanged.
import {
  CodeAction, Command, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, InsertTextFormat, MarkedString,
  MarkupContent, MarkupKind, SymbolInformation, TextEdit,
} from 'vscode-languageserver';
import type { ClientFeatures } from './clientFeatures';
import { markdownToPlainText, snippetToPlainText } from './plainText';
import { APPLY_CODE_ACTION_COMMAND, ApplyCodeActionArguments } from '../common/protocol';

export function completionsForClient(list: CompletionList | null, features: ClientFeatures): CompletionList | null {
  if (!list) return list;
  return { ...list, items: list.items.map(item => completionItemForClient(item, features)) };
}

function completionItemForClient(item: CompletionItem, features: ClientFeatures): CompletionItem {
  const out: CompletionItem = { ...item };
  if (!features.snippets && item.insertTextFormat === InsertTextFormat.Snippet) {
    if (out.insertText !== undefined) out.insertText = snippetToPlainText(out.insertText);
    if (out.textEdit) out.textEdit = { ...out.textEdit, newText: snippetToPlainText(out.textEdit.newText) };
    out.insertTextFormat = InsertTextFormat.PlainText;
  }
  if (!features.insertReplace && out.textEdit && 'replace' in out.textEdit) {
    out.textEdit = TextEdit.replace(out.textEdit.replace, out.textEdit.newText);
  }
  if (!features.labelDetails && out.labelDetails) {
    out.detail = [out.detail, out.labelDetails.detail?.trim(), out.labelDetails.description].filter(Boolean).join(' ') || undefined;
    delete out.labelDetails;
  }
  if (!features.completionMarkdown && MarkupContent.is(out.documentation) && out.documentation.kind === MarkupKind.Markdown) {
    out.documentation = markdownToPlainText(out.documentation.value);
  }
  return out;
}

export function hoverForClient(hover: Hover | null, features: ClientFeatures): Hover | null {
  if (!hover || features.hoverMarkdown) return hover;
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  const text = parts.map(plainTextOf).filter(t => t.trim() !== '').join('\n\n');
  return { ...hover, contents: { kind: MarkupKind.PlainText, value: text } };
}

function plainTextOf(content: MarkupContent | MarkedString): string {
  if (typeof content === 'string') return markdownToPlainText(content); // a bare MarkedString is markdown
  if (MarkupContent.is(content)) return content.kind === MarkupKind.Markdown ? markdownToPlainText(content.value) : content.value;
  return content.value; // { language, value }: a code block
}

/** A flat list (each symbol with its parent's name as container) for clients without hierarchical symbols. */
export function symbolsForClient(uri: string, symbols: DocumentSymbol[], features: ClientFeatures): DocumentSymbol[] | SymbolInformation[] {
  if (features.hierarchicalSymbols) return symbols;
  const out: SymbolInformation[] = [];
  const visit = (list: DocumentSymbol[], container: string | undefined) => {
    for (const s of list) {
      out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container !== undefined ? { containerName: container } : {}) });
      if (s.children?.length) visit(s.children, s.name);
    }
  };
  visit(symbols, undefined);
  return out;
}

export function diagnosticsForClient(diagnostics: Diagnostic[], features: ClientFeatures): Diagnostic[] {
  if (features.relatedInformation && features.codeDescription && diagnostics.every(d => !d.tags || d.tags.every(t => features.diagnosticTags.includes(t)))) return diagnostics;
  return diagnostics.map(d => {
    const out: Diagnostic = { ...d };
    if (!features.relatedInformation) delete out.relatedInformation;
    if (!features.codeDescription) delete out.codeDescription;
    if (out.tags) {
      const tags = out.tags.filter(t => features.diagnosticTags.includes(t));
      if (tags.length) out.tags = tags; else delete out.tags;
    }
    return out;
  });
}

/**
 * Code actions as the client can take them. Clients without code-action literals get Commands: an action with an
 * edit becomes the server's apply command (which sends the edit back through workspace/applyEdit), offered only
 * when the client declared it applies server edits; an action that only runs a command becomes that command.
 */
export function codeActionsForClient(actions: CodeAction[], document: { uri: string; version: number }, features: ClientFeatures): (CodeAction | Command)[] {
  if (features.codeActionLiterals) return actions;
  const out: Command[] = [];
  for (const action of actions) {
    if (action.edit) {
      if (!features.applyEdit) continue;
      const args: ApplyCodeActionArguments = { uri: document.uri, version: document.version, title: action.title, edit: action.edit };
      out.push(Command.create(action.title, APPLY_CODE_ACTION_COMMAND, args));
    } else if (action.command) {
      out.push(action.command);
    }
  }
  return out;
}

/** The server's commands for this client: the apply command exists only where code actions are sent as Commands. */
export function serverCommands(features: ClientFeatures): string[] {
  return !features.codeActionLiterals && features.applyEdit ? [APPLY_CODE_ACTION_COMMAND] : [];
}
