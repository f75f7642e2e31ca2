// Extension entry in desktop VS Code (package.json "main"): the language server runs in node (dist/server.js, IPC).
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { activateExtension, deactivateExtension, ExtensionApi } from '../extension';

export function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  return activateExtension(context, { platform: 'node' }, (id, name, clientOptions) => {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
    };
    return new LanguageClient(id, name, serverOptions, clientOptions);
  });
}

export const deactivate = deactivateExtension;
