// What the client said it can do (`initialize` params.capabilities), read once into plain flags. Everything the server
// sends is shaped by these flags: a client that does not declare a feature gets the plain form, or nothing.
// Requests the server never sends, whatever the client declares: window/showMessageRequest (messages go as the
// window/showMessage notification), window/workDoneProgress/create, workspace/workspaceFolders. It does not rely on
// codeAction/resolve either: every action carries its edit, so clients without resolveSupport lose nothing.
import type { ClientCapabilities } from 'vscode-languageserver';

export interface ClientFeatures {
  /** completionItem.snippetSupport: else completions are plain text, tab stops removed. */
  snippets: boolean;
  /** completionItem.insertReplaceSupport: else a completion's textEdit is a plain TextEdit. */
  insertReplace: boolean;
  /** completionItem.labelDetailsSupport: else labelDetails are folded into `detail`. */
  labelDetails: boolean;
  /** completionItem.documentationFormat includes markdown: else documentation is plain text. */
  completionMarkdown: boolean;
  /** hover.contentFormat includes markdown: else hovers are plain text. */
  hoverMarkdown: boolean;
  /** documentSymbol.hierarchicalDocumentSymbolSupport: else a flat SymbolInformation[]. */
  hierarchicalSymbols: boolean;
  /** codeAction.codeActionLiteralSupport: else code actions are Commands. */
  codeActionLiterals: boolean;
  /** workspace.applyEdit: the client applies server edits (needed for code actions sent as Commands). */
  applyEdit: boolean;
  /** workspace.workspaceEdit.documentChanges: a rename's edits carry the versions of the open documents they were made for. */
  documentChanges: boolean;
  /** rename.prepareSupport: the client asks textDocument/prepareRename before a rename. */
  prepareRename: boolean;
  /** workspace.configuration: settings may be pulled with workspace/configuration. */
  configuration: boolean;
  /** workspace.didChangeConfiguration.dynamicRegistration. */
  configurationRegistration: boolean;
  /** workspace.didChangeWatchedFiles.dynamicRegistration: else the server keeps watching by itself (re-stat). */
  watchedFilesRegistration: boolean;
  /**
   * formatting, rangeFormatting, foldingRange and selectionRange all declare dynamicRegistration: the server then
   * registers them for apiProperties documents only, so it is never a second formatter for a swagger (json) or a
   * script.csx (csharp) it also serves. Else they are declared statically (the client's own document selection).
   */
  apiPropertiesOnlyRegistration: boolean;
  /** publishDiagnostics.relatedInformation. */
  relatedInformation: boolean;
  /** publishDiagnostics.codeDescriptionSupport (the rule's documentation link). */
  codeDescription: boolean;
  /** publishDiagnostics.tagSupport.valueSet. */
  diagnosticTags: readonly number[];
}

export function clientFeatures(capabilities: ClientCapabilities | undefined): ClientFeatures {
  const text = capabilities?.textDocument;
  const item = text?.completion?.completionItem;
  const workspace = capabilities?.workspace;
  return {
    snippets: item?.snippetSupport === true,
    insertReplace: item?.insertReplaceSupport === true,
    labelDetails: item?.labelDetailsSupport === true,
    completionMarkdown: item?.documentationFormat?.includes('markdown') === true,
    hoverMarkdown: text?.hover?.contentFormat?.includes('markdown') === true,
    hierarchicalSymbols: text?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    codeActionLiterals: text?.codeAction?.codeActionLiteralSupport !== undefined,
    applyEdit: workspace?.applyEdit === true,
    documentChanges: workspace?.workspaceEdit?.documentChanges === true,
    prepareRename: text?.rename?.prepareSupport === true,
    configuration: workspace?.configuration === true,
    configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    apiPropertiesOnlyRegistration: text?.formatting?.dynamicRegistration === true && text?.rangeFormatting?.dynamicRegistration === true
      && text?.foldingRange?.dynamicRegistration === true && text?.selectionRange?.dynamicRegistration === true,
    relatedInformation: text?.publishDiagnostics?.relatedInformation === true,
    codeDescription: text?.publishDiagnostics?.codeDescriptionSupport === true,
    diagnosticTags: text?.publishDiagnostics?.tagSupport?.valueSet ?? [],
  };
}
