// Starts the bundled language server (dist/server.js) over IPC for apiProperties documents.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { redactingOutputChannel } from './redact';
import { ADD_AUTHENTICATION_TYPE_COMMAND, InitializationOptions } from '../../server/src/common';

export const LANGUAGE_ID = 'apiproperties';
export const SETTINGS_SECTION = 'ppConnector';

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    // One channel for logs and traces, as the client's default, but secrets from the file are masked in traces.
    outputChannel: redactingOutputChannel(vscode.window.createOutputChannel('Power Platform Connector Tools')),
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
