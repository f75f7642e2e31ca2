// Starts the bundled language server (dist/server.js) over IPC for the connector's files (./documentSelector.ts).
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { redactingOutputChannel } from './redact';
import { ADD_AUTHENTICATION_TYPE_COMMAND, InitializationOptions } from '../../server/src/common';
import { CONNECTOR_DOCUMENT_SELECTOR, isSentToServer, LANGUAGE_ID } from './documentSelector';

export { LANGUAGE_ID };
export const SETTINGS_SECTION = 'ppConnector';

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: CONNECTOR_DOCUMENT_SELECTOR,
    // A document the server must not see is not synchronised at all (its requests then find no document there).
    middleware: {
      didOpen: (doc, next) => isSentToServer(doc) ? next(doc) : Promise.resolve(),
      didChange: (e, next) => isSentToServer(e.document) ? next(e) : Promise.resolve(),
      didSave: (doc, next) => isSentToServer(doc) ? next(doc) : Promise.resolve(),
      didClose: (doc, next) => isSentToServer(doc) ? next(doc) : Promise.resolve(),
    },
    // One channel for logs and traces, as the client's default, but secrets from the file are masked in traces.
    // The open documents' text is there for a trace turned on after a document was opened.
    outputChannel: redactingOutputChannel(vscode.window.createOutputChannel('Power Platform Connector Tools'),
      uri => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri)?.getText()),
    // A crashed server is restarted (the open documents are re-sent); after 5 crashes within 3 minutes it stays
    // down with a message rather than crash-looping. This is vscode-languageclient 9's default, stated on purpose.
    connectionOptions: { maxRestartCount: 4 },
    synchronize: { configurationSection: SETTINGS_SECTION },
    // Settings are pulled per resource by the server (workspace/configuration); nothing else needs pushing.
    // addAuthenticationTypeCommand: the server's "add authentication type" actions call it, so the set is inserted as a snippet.
    initializationOptions: { settings: vscode.workspace.getConfiguration(SETTINGS_SECTION), addAuthenticationTypeCommand: ADD_AUTHENTICATION_TYPE_COMMAND } satisfies InitializationOptions,
  };
  const client = new LanguageClient('ppConnector', 'Power Platform Connector Tools', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(client);
  return client;
}
