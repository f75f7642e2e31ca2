// The LSP layer: wires connection events to the engine and nothing else. The session (engine service, settings,
// diagnostics scheduler, client features) is built in `initialize` from what the client declared; handlers are
// one-liners through runSafe guards; results pass through ./lsp/forClient so each client gets the forms it declared.
import {
  CodeActionKind, Connection, Diagnostic as LspDiagnostic, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  InitializeParams, InitializeResult, MessageType, ShowMessageNotification, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService, resolveProfile } from './engine';
import { runSafe, runSafeAsync } from './runSafe';
import { CONFIG_FILE_NAME } from './engine/configFile';
import { buildDialogModel } from './engine/preview/dialogModel';
import { describeAuthentication } from './engine/preview/authSummary';
import type { FileSystem } from './engine/swagger/fileSystem';
import { APPLY_CODE_ACTION_COMMAND, ApplyCodeActionArguments, AuthenticationSetEditRequest, DialogModelRequest, InitializationOptions } from './common/protocol';
import { SwaggerSupport } from './swaggerSupport';
import { ClientFeatures, clientFeatures } from './lsp/clientFeatures';
import { codeActionsForClient, completionsForClient, diagnosticsForClient, hoverForClient, serverCommands, symbolsForClient } from './lsp/forClient';
import { SettingsResolver } from './lsp/settingsResolver';
import { DiagnosticsScheduler, Timer } from './lsp/diagnosticsScheduler';
import { decodeUriSafe } from './engine/uri';

export interface RuntimeEnvironment {
  /** Base URI of the rule docs; the node entry points it at the docs shipped beside dist/. */
  docsBase?: string;
  timer: Timer;
  /** Disk access for the paired swagger; without it cross-file checks are off. */
  fileSystem?: FileSystem;
}

/** Documents this server analyses: the apiproperties language, or any file named apiProperties.json. */
export function isApiPropertiesDocument(doc: TextDocument): boolean {
  return doc.languageId === 'apiproperties' || /(^|[\\/])apiProperties\.json$/i.test(decodeUriSafe(doc.uri));
}

/** Everything that depends on the client's `initialize`. */
interface Session {
  features: ClientFeatures;
  service: ConnectorService;
  settings: SettingsResolver;
  diagnostics: DiagnosticsScheduler<LspDiagnostic[]>;
  addSetCommand?: string;
}

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const log = { error: (message: string) => connection.console.error(message) };
  const swagger = new SwaggerSupport(connection, runtime.fileSystem);
  const apiPropertiesDocument = (uri: string) => { const d = documents.get(uri); return d && isApiPropertiesDocument(d) ? d : undefined; };
  const openApiProperties = () => documents.all().filter(isApiPropertiesDocument).map(d => d.uri);
  let session: Session | undefined;
  const s = (): Session => { if (!session) throw new Error('request before initialize'); return session; };

  function initialize(params: InitializeParams): InitializeResult {
    const features = clientFeatures(params.capabilities);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const service = new ConnectorService({
      clientCapabilities: params.capabilities as never,
      docsBase: runtime.docsBase,
      onRuleError: (ruleId, error) => log.error(`Rule ${ruleId} failed: ${error instanceof Error ? error.stack : String(error)}`),
    });
    const settings = new SettingsResolver({
      pull: features.configuration ? uri => connection.workspace.getConfiguration({ scopeUri: uri, section: 'ppConnector' }) : undefined,
      fileSystem: runtime.fileSystem,
      // A notification, never window/showMessageRequest: no answer is needed, and every client takes notifications.
      report: problem => {
        connection.console.warn(`Settings: ${problem}`);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Power Platform Connector Tools: ${problem}` });
      },
    }, options.settings);
    const diagnostics = new DiagnosticsScheduler<LspDiagnostic[]>({
      timer: runtime.timer,
      document: apiPropertiesDocument,
      settings: uri => settings.forDocument(uri),
      swagger: uri => swagger.contextFor(uri),
      // The engine's types come from vscode-json-languageservice's (newer) copy of the LSP types; same wire shape.
      validate: async (doc, values, context) => await service.validate(doc, { settings: values, swagger: context }) as unknown as LspDiagnostic[],
      publish: (doc, found, values, context) => {
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsForClient(found, features) });
        const model = service.analyze(doc).model;
        swagger.publishStatus(doc.uri, context, {
          sets: model.parameterSets?.sets.map(set => set.name ?? `#${set.index + 1}`),
          authentication: describeAuthentication(model),
          profile: resolveProfile(values.profile, decodeUriSafe(doc.uri)),
        });
      },
      error: log.error,
    });
    session = { features, service, settings, diagnostics, addSetCommand: options.addAuthenticationTypeCommand };
    const commands = serverCommands(features);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', ':'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.SourceFixAll] },
        ...(commands.length ? { executeCommandProvider: { commands } } : {}),
      },
      serverInfo: { name: 'pp-connector-language-server' },
    };
  }

  // client/registerCapability is a request: sent only for what the client declared it registers dynamically.
  // Without watcher registration the swagger store notices disk changes by itself (it re-stats on each analysis).
  function initialized(): void {
    const { features } = s();
    swagger.register(features.watchedFilesRegistration);
    if (features.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).then(undefined, () => undefined);
    }
    if (features.configuration && features.configurationRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ppConnector' }).then(undefined, () => undefined);
    }
  }

  function configurationChanged(payload: unknown): void {
    s().settings.configurationChanged(payload);
    s().diagnostics.revalidate(openApiProperties());
  }

  function watchedFilesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): void {
    if (changes.some(c => c.uri.endsWith('/' + CONFIG_FILE_NAME))) { s().settings.configFileChanged(); s().diagnostics.revalidate(openApiProperties()); }
    s().diagnostics.revalidate(swagger.filesChanged(changes, openApiProperties()));
  }

  function opened(doc: TextDocument): void {
    if (isApiPropertiesDocument(doc)) s().diagnostics.opened(doc.uri);
  }

  function contentChanged(doc: TextDocument): void {
    if (isApiPropertiesDocument(doc)) s().diagnostics.changed(doc.uri);
    s().diagnostics.revalidate(swagger.bufferChanged(doc, openApiProperties()));
  }

  function closed(uri: string): void {
    s().diagnostics.revalidate(swagger.bufferClosed(uri, openApiProperties().filter(u => u !== uri)));
    swagger.forget(uri);
    s().diagnostics.closed(uri);
    s().settings.forget(uri);
    s().service.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Applies a code action's edit for a client that took it as a Command, unless the document changed since. */
  async function applyCodeAction(args: ApplyCodeActionArguments): Promise<void> {
    const doc = documents.get(args.uri);
    if (!doc || doc.version !== args.version) {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `"${args.title}" was not applied: the document changed since the action was offered. Ask for it again.` });
      return;
    }
    const result = await connection.workspace.applyEdit({ label: args.title, edit: args.edit });
    if (!result.applied) log.error(`The client did not apply "${args.title}"${result.failureReason ? `: ${result.failureReason}` : ''}`);
  }

  const withDoc = <T>(uri: string, f: (doc: TextDocument) => T | Thenable<T>, fallback: T): T | Thenable<T> => {
    const doc = apiPropertiesDocument(uri);
    return doc ? f(doc) : fallback;
  };

  connection.onInitialize(params => initialize(params));
  connection.onInitialized(() => runSafe(log, initialized, undefined, 'initialized'));
  connection.onDidChangeConfiguration(change => runSafe(log, () => configurationChanged(change.settings), undefined, 'configuration change'));
  connection.onDidChangeWatchedFiles(p => runSafe(log, () => watchedFilesChanged(p.changes), undefined, 'watched files'));
  documents.onDidOpen(e => runSafe(log, () => opened(e.document), undefined, 'open'));
  documents.onDidChangeContent(e => runSafe(log, () => contentChanged(e.document), undefined, 'change'));
  documents.onDidClose(e => runSafe(log, () => closed(e.document.uri), undefined, 'close'));

  connection.onCompletion((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => completionsForClient(await s().service.complete(d, p.position, await swagger.contextFor(d.uri)) as never, s().features), null), null, 'completion', token));
  connection.onHover((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => hoverForClient(await s().service.hover(d, p.position, await swagger.contextFor(d.uri)) as never, s().features), null), null, 'hover', token));
  connection.onDefinition((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => s().service.definition(d, p.position, await swagger.contextFor(d.uri)), []), [], 'definition', token));
  connection.onReferences((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => s().service.references(d, p.position, p.context.includeDeclaration, await swagger.contextFor(d.uri)), []), [], 'references', token));
  connection.onRequest(DialogModelRequest, (p, token) => runSafeAsync(log, () => withDoc(p.uri, d => ({ uri: d.uri, version: d.version, view: buildDialogModel(s().service.analyze(d).model) }), null), null, 'dialog model', token));
  connection.onDocumentSymbol((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => symbolsForClient(d.uri, s().service.documentSymbols(d) as never, s().features), []), [], 'document symbols', token));
  connection.onFoldingRanges((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => s().service.foldingRanges(d), []), [], 'folding ranges', token));
  connection.onSelectionRanges((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => s().service.selectionRanges(d, p.positions), []), [], 'selection ranges', token));
  connection.onDocumentFormatting((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => s().service.format(d, undefined, p.options), []), [], 'formatting', token));
  connection.onDocumentRangeFormatting((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => s().service.format(d, p.range, p.options), []), [], 'range formatting', token));
  connection.onCodeAction((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => codeActionsForClient(await s().service.codeActions(d, p.range, p.context as never, { settings: await s().settings.forDocument(d.uri), addSetCommand: s().addSetCommand }) as never, d, s().features), []), [], 'code actions', token));
  connection.onRequest(AuthenticationSetEditRequest, (p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => s().service.authenticationSetEdit(d, p.kind, p.position, p.snippet) ?? null, null), null, 'add authentication type', token));
  connection.onExecuteCommand((p, token) => runSafeAsync(log, async () => { if (p.command === APPLY_CODE_ACTION_COMMAND) await applyCodeAction(p.arguments?.[0] as ApplyCodeActionArguments); return null; }, null, 'execute command', token));
  connection.onShutdown(() => runSafe(log, () => session?.diagnostics.dispose(), undefined, 'shutdown'));

  documents.listen(connection);
  connection.listen();
}
