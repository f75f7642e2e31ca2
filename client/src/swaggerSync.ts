// Sends open swagger and paconn settings.json buffers to the server, so unsaved edits count in the cross-file checks.
// They are not in the client's documentSelector on purpose: that would also make the server a formatter, folding and
// symbol provider for every *.swagger.json, competing with VS Code's JSON support ("multiple formatters").
import * as vscode from 'vscode';
import {
  DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, LanguageClient, State,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './languageClient';

const SIDE_FILE = /(\.swagger\.json|\/settings\.json)$/i;

export function isSwaggerSideDocument(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'file' && doc.languageId !== LANGUAGE_ID && SIDE_FILE.test(doc.uri.path);
}

export function registerSwaggerSync(context: vscode.ExtensionContext, client: LanguageClient): void {
  const sent = new Set<string>();
  const open = (doc: vscode.TextDocument) => {
    if (!isSwaggerSideDocument(doc)) return;
    sent.add(doc.uri.toString());
    void client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: doc.uri.toString(), languageId: doc.languageId, version: doc.version, text: doc.getText() },
    });
  };
  const openAll = () => { sent.clear(); vscode.workspace.textDocuments.forEach(open); };
  openAll();
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(open),
    vscode.workspace.onDidChangeTextDocument(e => {
      const uri = e.document.uri.toString();
      if (!sent.has(uri) || !e.contentChanges.length) return;
      void client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: e.document.version },
        // Incremental: a megabyte swagger is not resent on every keystroke.
        contentChanges: e.contentChanges.map(c => ({
          range: { start: { line: c.range.start.line, character: c.range.start.character }, end: { line: c.range.end.line, character: c.range.end.character } },
          rangeLength: c.rangeLength,
          text: c.text,
        })),
      });
    }),
    vscode.workspace.onDidCloseTextDocument(doc => {
      const uri = doc.uri.toString();
      if (!sent.delete(uri)) return;
      void client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }),
    // A restarted server has forgotten the buffers.
    client.onDidChangeState(e => { if (e.newState === State.Running) openAll(); }),
  );
}
