// The small shared model behind the language status: what the server last said about each apiProperties document
// (`ppConnector/status`: the paired swagger, the parameter sets, the certification profile). UI pieces read it and
// listen for changes; only this module talks to the notification.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ConnectorStatus, StatusNotification } from '../../server/src/common';

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

/** One line about the swagger pairing: "paired with apiDefinition.swagger.json", "no swagger found", ... */
export function describeSwagger(status: ConnectorStatus | undefined): string | undefined {
  if (!status) return undefined;
  switch (status.swagger) {
    case 'paired': return `paired with ${status.swaggerName ?? 'the swagger'}`;
    case 'missing': return 'no swagger found';
    case 'invalid': return `${status.swaggerName ?? 'swagger'} is not valid JSON`;
    case 'unreadable': return `${status.swaggerName ?? 'swagger'} cannot be read`;
  }
}

/** One line about breaking changes: "breaking changes vs HEAD", or why there is no comparison. */
export function describeBase(status: ConnectorStatus | undefined): string | undefined {
  const base = status?.base;
  if (!base) return undefined;
  if (base.note) return base.note;
  return base.ref ? `breaking changes checked against ${base.ref}` : undefined;
}

/** The status item's text: "Multi-auth: 3 sets · swagger paired · profile: certified". */
export function describeStatus(status: ConnectorStatus | undefined): string | undefined {
  if (!status) return undefined;
  const swagger = status.swagger === 'paired' ? 'swagger paired' : status.swagger === 'missing' ? 'no swagger' : `swagger ${status.swagger}`;
  return [status.authentication, swagger, status.profile && `profile: ${status.profile}`].filter(Boolean).join(' · ');
}
