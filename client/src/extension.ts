// Extension entry: starts the language client and the small UI pieces around it. Each piece lives in its own
// module; this file only wires them together.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './languageClient';
import { registerLanguageStatus } from './languageStatus';
import { registerPreviewPanel } from './preview/previewPanel';
import { registerNewConnectorProperties } from './commands/newConnectorProperties';
import { registerAddAuthenticationType } from './commands/addAuthenticationType';

let client: LanguageClient | undefined;

export interface ExtensionApi {
  client: LanguageClient;
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  client = await startLanguageClient(context);
  registerLanguageStatus(context, client);
  registerPreviewPanel(context, client);
  registerNewConnectorProperties(context);
  registerAddAuthenticationType(context, client);
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
