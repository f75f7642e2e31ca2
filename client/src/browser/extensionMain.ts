// Extension entry in VS Code for the web (package.json "browser"; vscode.dev, github.dev): runs in the web-worker
// extension host and starts the language server in a Web Worker (dist/web/server.js). The server reads the
// workspace's files through this client (fileSystemRequests.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateExtension, deactivateExtension, ExtensionApi } from '../extension';

// The web-worker host's globals (the project's type check has no DOM lib; these are all this entry uses).
declare const Worker: new (url: string, options?: { name?: string }) => unknown;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

/**
 * The server's worker. An extension installed on a VS Code server (code-server, a remote) has a `vscode-remote:`
 * location, from which VS Code refuses to start workers; there the script is read and started from a blob.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<unknown> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  const options = { name: 'Power Platform Connector language server' };
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true), options);
  const bytes = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })), options);
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const worker = await serverWorker(context);
  return activateExtension(context, { platform: 'web' }, (id, name, clientOptions) => new LanguageClient(id, name, clientOptions, worker as never));
}

export const deactivate = deactivateExtension;
