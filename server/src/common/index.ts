// The shared surface between the language server and the VS Code client: the one module client/src imports from
// server/src. Everything here is pure (no file system, no LSP server, no JSON parser at run time): the custom LSP
// messages, the authentication kinds and their templates, the placeholder sentinels, and the connection-dialog
// renderer with its view-model types. The engine keeps its own modules; this file names the part the client may use.
export * from './protocol';
export { AUTH_KINDS, Placeholder, getAuthKind, parameterSetsTemplate } from '../engine/authKinds';
export type { AuthKind, AuthKindId, Template } from '../engine/authKinds';
export { resolveSentinels, withSentinels } from '../engine/codeActions/placeholders';
export { renderDialogBody, renderDialogHtml, renderMessageHtml } from '../engine/preview/renderHtml';
export type { DialogViewModel } from '../engine/preview/dialogModel';
