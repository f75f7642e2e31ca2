// The small shared model behind the language status: what the server last said about each apiProperties document
// (`ppConnector/status`: the paired swagger, the parameter sets, the certification profile). UI pieces read it and
// listen for changes; only this module talks to the notification.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ConnectorStatus, StatusNotification } from '../../server/src/common';
export { describeBase, describeStatus, describeSwagger, describeSwaggerDocument, describeSwaggerDetail } from './statusText';

export type { ConnectorStatus };

export class ConnectorStatusStore implements vscode.Disposable {
  private readonly byUri = new Map<string, ConnectorStatus>();
  private readonly emitter = new vscode.EventEmitter<string>();
  private readonly subscription: vscode.Disposable;
  /** Fires with the document uri whose status changed. */
  readonly onDidChange = this.emitter.event;

  constructor(client: BaseLanguageClient) {
    this.subscription = client.onNotification(StatusNotification, status => {
      this.byUri.set(status.uri, status);
      this.emitter.fire(status.uri);
    });
  }

  get(uri: vscode.Uri | string): ConnectorStatus | undefined {
    return this.byUri.get(typeof uri === 'string' ? uri : uri.toString());
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
