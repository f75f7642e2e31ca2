// "Add Authentication Type…": picks a kind, asks the language server for the edit (it knows the document's sets,
// names and layout) and inserts it as a snippet, so the values to edit (client id, URLs, labels) are tab stops.
// Tests can pass the kind id to skip the quick pick.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Position } from 'vscode-languageclient';
import { ADD_AUTHENTICATION_TYPE_COMMAND, AUTH_KINDS, AuthenticationSetEditRequest, AuthenticationSetEditResult } from '../../../server/src/common';
import { LANGUAGE_ID } from '../languageClient';

async function pickKind(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(AUTH_KINDS.map(k => ({ label: k.label, detail: k.detail, id: k.id })), {
    title: 'Add Authentication Type',
    placeHolder: 'Authentication type to add to connectionParameterSets',
  });
  return picked?.id;
}

/**
 * `uri`/`position` come from the server's code action (the place the light bulb was asked for); from the palette
 * the active editor's cursor is used.
 */
export async function addAuthenticationType(client: BaseLanguageClient, kindArg?: string, uri?: string, position?: Position): Promise<AuthenticationSetEditResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID || (uri !== undefined && client.code2ProtocolConverter.asUri(editor.document.uri) !== uri)) {
    void vscode.window.showInformationMessage('Open an apiProperties.json file to add an authentication type.');
    return undefined;
  }
  const kind = typeof kindArg === 'string' ? kindArg : await pickKind();
  if (!kind) return undefined;
  const document = editor.document;
  const version = document.version;
  const result = await client.sendRequest(AuthenticationSetEditRequest, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
    kind,
    position: position ?? client.code2ProtocolConverter.asPosition(editor.selection.active),
    snippet: true,
  });
  if (!result) {
    void vscode.window.showWarningMessage('Could not add the authentication type here: fix the JSON syntax of the file first.');
    return undefined;
  }
  if (document.version !== version) return undefined; // the user typed meanwhile: the edit no longer fits
  const range = client.protocol2CodeConverter.asRange(result.edit.range);
  // keepWhitespace: the server already indented every line like the file.
  const text = result.snippet ? new vscode.SnippetString(result.edit.newText) : new vscode.SnippetString().appendText(result.edit.newText);
  await editor.insertSnippet(text, range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
  return result;
}

export function registerAddAuthenticationType(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(ADD_AUTHENTICATION_TYPE_COMMAND, (kind?: unknown, uri?: unknown, position?: Position) =>
    addAuthenticationType(client, typeof kind === 'string' ? kind : undefined, typeof uri === 'string' ? uri : undefined, position)));
}
