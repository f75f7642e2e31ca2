// The server side of cross-file checks: keeps open swagger (and paconn settings.json) buffers in the SwaggerStore's
// overlay, watches those files on disk, tells which apiProperties.json documents to re-validate when one changes,
// and reports the pairing to the client (`ppConnector/status`) for the language status item.
import {
  Connection, DidChangeWatchedFilesNotification, FileChangeType, WatchKind,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FileSystem, fileSystemServes } from './engine/swagger/fileSystem';
import { SwaggerStore } from './engine/swagger/store';
import type { SwaggerContext } from './engine/swagger/types';
import { ConnectorStatus, StatusNotification } from './common/protocol';
import { swaggerName } from './engine/swagger/ruleHelpers';
import type { BaseStatus } from './engine/breaking/live';

/** Files whose content or existence can change a pairing: swaggers and paconn settings. */
export function isSwaggerSideFile(uri: string): boolean {
  return /\.swagger\.json$/i.test(uri) || /(^|\/)settings\.json$/i.test(uri);
}

const WATCH_GLOBS = ['**/*.swagger.json', '**/settings.json'];

export class SwaggerSupport {
  readonly store: SwaggerStore | undefined;
  private readonly fileSystem: FileSystem | undefined;
  private readonly lastStatus = new Map<string, string>();

  /** Without a file system (browser, virtual workspaces) every context is `undefined`: cross-file checks stay off. */
  constructor(private readonly connection: Connection, fileSystem: FileSystem | undefined) {
    this.store = fileSystem ? new SwaggerStore(fileSystem) : undefined;
    this.fileSystem = fileSystem;
  }

  /** Asks the client to watch swaggers and settings.json, when it lets servers register watchers. */
  register(canRegisterWatchers: boolean): void {
    if (!this.store || !canRegisterWatchers) return;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: WATCH_GLOBS.map(globPattern => ({ globPattern, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete })),
    }).then(undefined, () => undefined);
  }

  /**
   * Only documents in a folder the file system lists (on disk; in the web also github.dev's and a remote's) are
   * paired; an untitled buffer gets no context (and so no "no swagger" note).
   */
  contextFor(apiPropertiesUri: string): Promise<SwaggerContext | undefined> {
    return this.store && this.fileSystem && fileSystemServes(this.fileSystem, apiPropertiesUri) ? this.store.contextFor(apiPropertiesUri) : Promise.resolve(undefined);
  }

  /** An editor buffer of a swagger/settings file opened or changed; returns the apiProperties uris to re-validate. */
  bufferChanged(doc: TextDocument, open: Iterable<string>): string[] {
    if (!this.store || !isSwaggerSideFile(doc.uri)) return [];
    this.store.openBuffer(doc.uri, doc.getText(), doc.version);
    return this.store.affectedBy(doc.uri, open);
  }

  bufferClosed(uri: string, open: Iterable<string>): string[] {
    if (!this.store || !isSwaggerSideFile(uri)) return [];
    this.store.closeBuffer(uri);
    return this.store.affectedBy(uri, open);
  }

  /** Watched files changed on disk (created, changed, deleted). */
  filesChanged(changes: { uri: string; type: FileChangeType }[], open: Iterable<string>): string[] {
    if (!this.store) return [];
    const out = new Set<string>();
    const candidates = [...open];
    for (const c of changes) {
      if (!isSwaggerSideFile(c.uri)) continue;
      this.store.invalidate(c.uri);
      for (const uri of this.store.affectedBy(c.uri, candidates)) out.add(uri);
    }
    return [...out];
  }

  forget(apiPropertiesUri: string): void {
    this.store?.forget(apiPropertiesUri);
    this.lastStatus.delete(apiPropertiesUri);
  }

  /** Sends the pairing to the client when it changed since the last time. */
  publishStatus(uri: string, swagger: SwaggerContext | undefined, extra: { sets?: string[]; authentication?: string; profile?: string; base?: BaseStatus }): void {
    if (!swagger) return;
    const name = swagger.uri ? swaggerName(swagger) : undefined;
    const status: ConnectorStatus = {
      uri,
      swagger: swagger.status ?? 'paired',
      swaggerUri: swagger.uri || undefined,
      swaggerName: name,
      problem: swagger.problem,
      sets: extra.sets,
      authentication: extra.authentication,
      profile: extra.profile,
      base: extra.base,
    };
    this.send(status);
  }

  /** A swagger's own status: the profile its validator rules run with and the breaking-change base. */
  publishSwaggerStatus(uri: string, extra: { profile: string; validating: boolean; base?: BaseStatus }): void {
    this.send({ uri, document: 'swagger', profile: extra.profile, validating: extra.validating, base: extra.base });
  }

  /** Sends a status when it differs from the last one sent for its document. */
  private send(status: ConnectorStatus): void {
    const json = JSON.stringify(status);
    if (this.lastStatus.get(status.uri) === json) return;
    this.lastStatus.set(status.uri, json);
    void this.connection.sendNotification(StatusNotification, status);
  }
}
