// "New Connector Properties File": asks for an authentication kind (or several, for multi-auth), asks where to save
// apiProperties.json, writes the starter file there and opens it with the values to edit as snippet tab stops.
// Without a workspace folder the file opens untitled. Tests and the walkthrough can pass `{ choice, uri }` to skip
// the questions.
import * as vscode from 'vscode';
import { AUTH_KINDS, AuthKindId } from '../../../server/src/common';
import { LANGUAGE_ID } from '../languageClient';
import { StarterChoice, starterContent, starterPicks } from './starterProperties';

export const NEW_PROPERTIES_COMMAND = 'ppConnector.newConnectorProperties';

export interface NewPropertiesArgs {
  choice?: StarterChoice;
  /** Where to write; an existing file is overwritten only when given here explicitly. */
  uri?: vscode.Uri;
}

async function askChoice(): Promise<StarterChoice | undefined> {
  const picked = await vscode.window.showQuickPick(starterPicks().map(p => ({ ...p, description: undefined })), {
    title: 'New Connector Properties File',
    placeHolder: 'How does the connection authenticate?',
  });
  if (!picked) return undefined;
  if (picked.choice.kind !== 'multi') return picked.choice;
  const kinds = await vscode.window.showQuickPick(AUTH_KINDS.map(k => ({ label: k.label, detail: k.detail, id: k.id })), {
    title: 'Multi-auth: authentication types to offer',
    placeHolder: 'Pick one or more; the dialog lists them in this order',
    canPickMany: true,
  });
  if (!kinds || kinds.length === 0) return undefined;
  return { kind: 'multi', auths: kinds.map(k => k.id as AuthKindId) };
}

async function askTarget(): Promise<vscode.Uri | 'untitled' | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return 'untitled';
  return vscode.window.showSaveDialog({
    title: 'Save the new apiProperties.json',
    defaultUri: vscode.Uri.joinPath(folder.uri, 'apiProperties.json'),
    filters: { 'API Properties': ['json'] },
    saveLabel: 'Create',
  });
}

export async function newConnectorProperties(args: NewPropertiesArgs = {}): Promise<vscode.TextDocument | undefined> {
  const choice = args.choice ?? await askChoice();
  if (!choice) return undefined;
  const target = args.uri ?? await askTarget();
  if (!target) return undefined;

  let document: vscode.TextDocument;
  if (target === 'untitled') {
    document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  } else {
    // The plain text goes to disk first, so the file is valid even if the editor is closed without saving.
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(starterContent(choice, false)));
    document = await vscode.workspace.openTextDocument(target);
    if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }
  const editor = await vscode.window.showTextDocument(document);
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  // Re-inserting the same text as a snippet turns every value to edit into a tab stop.
  await editor.insertSnippet(new vscode.SnippetString(starterContent(choice, true)), whole);
  return document;
}

export function registerNewConnectorProperties(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_PROPERTIES_COMMAND, (args?: NewPropertiesArgs) =>
    newConnectorProperties(args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {})));
}
