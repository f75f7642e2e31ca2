// The project's own LSP messages and command ids, in one place, typed: the server registers its handlers with these
// objects and the VS Code client sends/listens with the same objects, so a method name, a parameter shape or a result
// shape cannot drift between the two. Only the protocol library (message types, no server code) is imported.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { DialogViewModel } from '../engine/preview/dialogModel';
import type { SwaggerStatus } from '../engine/swagger/types';
import type { BaseStatus } from '../engine/breaking/live';
import type { FileKind, FileStat } from '../engine/swagger/fileSystem';

/**
 * Server → client, per apiProperties or swagger document, when it changed: what the language status items show. A
 * swagger's own status (`document: 'swagger'`) has no pairing: the profile its validator rules run with and the base.
 */
export interface ConnectorStatus {
  uri: string;
  /** Absent: an apiProperties.json. */
  document?: 'swagger';
  /** The pairing with a swagger (apiProperties.json only). */
  swagger?: SwaggerStatus;
  /** False when checks are off for the document (`ppConnector.validate.enable`). */
  validating?: boolean;
  swaggerUri?: string;
  /** The swagger's file name ("apiDefinition.swagger.json"), for display. */
  swaggerName?: string;
  problem?: string;
  /** Names of the connection parameter sets (multi-auth), when any. */
  sets?: string[];
  /** The authentication in a few words: "Multi-auth: 3 sets", "API key", "No authentication", ... */
  authentication?: string;
  profile?: string;
  /** The published version compared with for breaking changes, or why nothing is compared (absent: not known yet). */
  base?: BaseStatus;
}
export const StatusNotification = new NotificationType<ConnectorStatus>('ppConnector/status');

/** Client → server: the connection-dialog view model of an open document, for the preview panel. */
export interface DialogModelParams {
  uri: string;
}
/** `null` when the server does not hold the document (closed, or not an apiProperties.json). */
export type DialogModelResult = { uri: string; version: number; view: DialogViewModel } | null;
export const DialogModelRequest = new RequestType<DialogModelParams, DialogModelResult, void>('ppConnector/dialogModel');

/** Client → server: the edit that adds a connection parameter set of `kind` (an AuthKindId) at `position`. */
export interface AuthenticationSetEditParams {
  textDocument: { uri: string };
  kind: string;
  position?: Position;
  /** Ask for tab stops (the client inserts the text as a snippet). */
  snippet?: boolean;
}
/** `snippet`: whether `edit.newText` is snippet syntax. `null` when no set can be added (broken JSON, not open). */
export type AuthenticationSetEditResult = { edit: { range: Range; newText: string }; name: string; snippet: boolean } | null;
export const AuthenticationSetEditRequest = new RequestType<AuthenticationSetEditParams, AuthenticationSetEditResult, void>('ppConnector/authenticationSetEdit');

/**
 * The VS Code client's command behind the "add authentication type" code actions (announced to the server in
 * `initializationOptions.addAuthenticationTypeCommand`), called with `(kindId, uri, position)`.
 */
export const ADD_AUTHENTICATION_TYPE_COMMAND = 'ppConnector.addAuthenticationType';

/**
 * The server's command (workspace/executeCommand) behind code actions sent as Commands to clients without
 * code-action literals: it applies the action's edit through workspace/applyEdit if the document is still at
 * `version`.
 */
export const APPLY_CODE_ACTION_COMMAND = 'ppConnector.applyCodeAction';
export interface ApplyCodeActionArguments {
  uri: string;
  version: number;
  title: string;
  edit: WorkspaceEdit;
}

/** `initialize` params.initializationOptions the server understands (every client may send them; all optional). */
export interface InitializationOptions {
  /** The `ppConnector` settings, for clients that do not answer workspace/configuration. */
  settings?: unknown;
  /** A client command that inserts an authentication set as a snippet (see ADD_AUTHENTICATION_TYPE_COMMAND). */
  addAuthenticationTypeCommand?: string;
}

/**
 * Server → client: file access for a server that has no file system of its own (the web worker in VS Code for the
 * web). The client answers with `vscode.workspace.fs`, which also serves virtual file systems (github.dev's
 * `vscode-vfs`, a remote's `vscode-remote`). Only the few reads the cross-file checks need; never a write.
 */
export interface FileSystemParams {
  uri: string;
}
/** The UTF-8 text of a file; an error response when it cannot be read. */
export const ReadFileRequest = new RequestType<FileSystemParams, string, void>('ppConnector/fs/readFile');
/** `null` when nothing exists at the uri. */
export const StatRequest = new RequestType<FileSystemParams, FileStat | null, void>('ppConnector/fs/stat');
/** The entries of a folder (names, not uris); an error response when it cannot be listed. */
export const ReadDirectoryRequest = new RequestType<FileSystemParams, [string, FileKind][], void>('ppConnector/fs/readDirectory');
