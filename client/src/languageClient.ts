// The language client for the connector's files (./documentSelector.ts), the same in VS Code and in VS Code for the
// web: the entries (client/src/node, client/src/browser) differ only in how the LanguageClient reaches its server, so
// they pass a factory and everything else (options, file access for the server, UI pieces) is shared.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { redactingOutputChannel } from './redact';
import { registerFileSystemRequests } from './fileSystemRequests';
import { ADD_AUTHENTICATION_TYPE_COMMAND, InitializationOptions } from '../../server/src/common';
import { CONNECTOR_DOCUMENT_SELECTOR, isSentToServer, LANGUAGE_ID } from './documentSelector';

export { LANGUAGE_ID };
export const SETTINGS_SECTION = 'ppConnector';

function plainJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Creates (does not start) the platform's LanguageClient with these shared options. */
export type LanguageClientFactory = (id: string, name: string, clientOptions: LanguageClientOptions) => BaseLanguageClient;

export async function startLanguageClient(context: vscode.ExtensionContext, create: LanguageClientFactory): Promise<BaseLanguageClient> {
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
    // The settings as plain JSON (the configuration object has methods, which a worker's postMessage cannot clone).
    initializationOptions: { settings: plainJson(vscode.workspace.getConfiguration(SETTINGS_SECTION)), addAuthenticationTypeCommand: ADD_AUTHENTICATION_TYPE_COMMAND } satisfies InitializationOptions,
  };
  const client = create('ppConnector', 'Power Platform Connector Tools', clientOptions);
  // Before start: the server may read a file as soon as the first document opens.
  context.subscriptions.push(registerFileSystemRequests(client));
  await client.start();
  context.subscriptions.push(client);
  return client;
}
