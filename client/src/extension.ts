// The extension, whatever it runs in: starts the language client and the small UI pieces around it. The platform
// entries (node/extensionMain.ts for desktop VS Code, browser/extensionMain.ts for VS Code for the web) pass how the
// LanguageClient reaches its server; each piece lives in its own module and this file only wires them together.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClientFactory, startLanguageClient } from './languageClient';
import { registerLanguageStatus } from './languageStatus';
import { registerPreviewPanel } from './preview/previewPanel';
import { registerNewConnectorProperties } from './commands/newConnectorProperties';
import { registerAddAuthenticationType } from './commands/addAuthenticationType';

let client: BaseLanguageClient | undefined;

export interface ExtensionApi {
  client: BaseLanguageClient;
}

export interface ExtensionPlatform {
  /** `web`: VS Code for the web, where the language status says once what is not available there. */
  platform: 'node' | 'web';
}

export async function activateExtension(context: vscode.ExtensionContext, platform: ExtensionPlatform, create: LanguageClientFactory): Promise<ExtensionApi> {
  client = await startLanguageClient(context, create);
  registerLanguageStatus(context, client, platform);
  registerPreviewPanel(context, client);
  registerNewConnectorProperties(context);
  registerAddAuthenticationType(context, client);
  return { client };
}

export async function deactivateExtension(): Promise<void> {
  await client?.stop();
  client = undefined;
}
