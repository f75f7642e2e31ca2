// The LSP layer: wires connection events to the engine and nothing else. The session (engine service, settings,
// diagnostics scheduler, client features) is built in `initialize` from what the client declared. Each document is
// of one connector file kind (lsp/documentKinds.ts) whose feature module (lsp/kinds) answers its requests; handlers
// are one-liners through runSafe guards; results pass through ./lsp/forClient so each client gets the forms it
// declared.
import {
  CodeActionKind, Connection, Diagnostic as LspDiagnostic, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  DocumentFormattingRequest, DocumentRangeFormattingRequest, FoldingRangeRequest, InitializeParams, InitializeResult, MessageType,
  SelectionRangeRequest, ShowMessageNotification, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from './engine';
import { runSafe, runSafeAsync } from './runSafe';
import { CONFIG_FILE_NAME } from './engine/configFile';
import { buildDialogModel } from './engine/preview/dialogModel';
import type { FileSystem } from './engine/swagger/fileSystem';
import { APPLY_CODE_ACTION_COMMAND, ApplyCodeActionArguments, AuthenticationSetEditRequest, DialogModelRequest, InitializationOptions } from './common/protocol';
import { SwaggerSupport } from './swaggerSupport';
import { ClientFeatures, clientFeatures } from './lsp/clientFeatures';
import { codeActionsForClient, completionsForClient, diagnosticsForClient, hoverForClient, serverCommands, symbolsForClient } from './lsp/forClient';
import { SettingsResolver } from './lsp/settingsResolver';
import { DiagnosticsScheduler, Timer } from './lsp/diagnosticsScheduler';
import { DocumentKind, documentKind } from './lsp/documentKinds';
import { dependantsOf, OpenDocument } from './lsp/dependants';
import { KIND_FEATURES } from './lsp/kinds';
import type { KindContext, KindFeatures } from './lsp/kinds/types';
import type { BaseReader } from './engine/breaking/types';
import { LiveBreaking } from './engine/breaking/live';

export interface RuntimeEnvironment {
  /** Base URI of the rule docs; the node entry points it at the docs shipped beside dist/. */
  docsBase?: string;
  timer: Timer;
  /** Disk access for the paired swagger; without it cross-file checks are off. */
  fileSystem?: FileSystem;
  /** The published version of a file (git), for breaking changes; without it (browser) nothing is compared. */
  baseReader?: BaseReader;
}

/** A fetch or a checkout touches many files under .git at once: one re-read of the bases after the burst. */
const GIT_CHANGE_DELAY_MS = 300;

/** apiProperties documents: the apiproperties language, or any file named apiProperties.json. */
export function isApiPropertiesDocument(doc: TextDocument): boolean {
  return documentKind(doc) === 'apiProperties';
}

/** Formatting, folding and selection ranges: apiProperties only (never a second formatter for json or C#). */
const API_PROPERTIES_SELECTOR = [{ language: 'apiproperties' }, { pattern: '**/apiProperties.json' }];

interface Served {
  doc: TextDocument;
  kind: DocumentKind;
  features: KindFeatures;
}

/** Everything that depends on the client's `initialize`. */
interface Session {
  features: ClientFeatures;
  service: ConnectorService;
  settings: SettingsResolver;
  diagnostics: DiagnosticsScheduler<LspDiagnostic[]>;
  kinds: KindContext;
}

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const log = { error: (message: string) => connection.console.error(message) };
  const swagger = new SwaggerSupport(connection, runtime.fileSystem);
  /** The open document with its kind's features, when this server serves it. */
  const served = (uri: string): Served | undefined => {
    const doc = documents.get(uri);
    const kind = doc && documentKind(doc);
    const features = kind && KIND_FEATURES[kind];
    return doc && kind && features ? { doc, kind, features } : undefined;
  };
  const openServed = (): OpenDocument[] => documents.all().flatMap(d => { const kind = documentKind(d); return kind && KIND_FEATURES[kind] ? [{ uri: d.uri, kind }] : []; });
  const openApiProperties = () => openServed().filter(d => d.kind === 'apiProperties').map(d => d.uri);
  let session: Session | undefined;
  const s = (): Session => { if (!session) throw new Error('request before initialize'); return session; };
  const breaking = new LiveBreaking(runtime.baseReader, uri => session?.diagnostics.revalidate([uri]));
  let gitChange: { dispose(): void } | undefined;

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
    const kinds: KindContext = {
      service,
      settings: uri => settings.forDocument(uri),
      documents,
      fileSystem: runtime.fileSystem,
      swagger,
      breaking,
      features,
      docsBase: runtime.docsBase,
      addSetCommand: options.addAuthenticationTypeCommand,
      log,
    };
    const diagnostics = new DiagnosticsScheduler<LspDiagnostic[]>({
      timer: runtime.timer,
      document: uri => served(uri)?.doc,
      // Warms the caches the analysis reads (settings; the pairing, for apiProperties) outside its turn.
      prepare: async doc => {
        const values = await settings.forDocument(doc.uri);
        const kind = documentKind(doc);
        if (kind === 'apiProperties') await swagger.contextFor(doc.uri);
        // The base (git) is read here, never in the analysis's turn.
        if (kind === 'apiProperties' || kind === 'swagger') await breaking.prepare(doc.uri, values);
      },
      validate: async doc => { const s = served(doc.uri); return s ? await s.features.validate(doc, kinds) : []; },
      publish: (doc, found) => {
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsForClient(found, features) });
        const s = served(doc.uri);
        if (s?.features.published) void s.features.published(doc, kinds).catch(e => log.error(`After publishing ${doc.uri}: ${e instanceof Error ? e.stack : String(e)}`));
      },
      error: log.error,
    });
    session = { features, service, settings, diagnostics, kinds };
    const commands = serverCommands(features);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', ':'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        renameProvider: features.prepareRename ? { prepareProvider: true } : true,
        // Registered in `initialized` for apiProperties only when the client lets us (see apiPropertiesOnlyRegistration).
        ...(features.apiPropertiesOnlyRegistration ? {} : {
          documentFormattingProvider: true,
          documentRangeFormattingProvider: true,
          foldingRangeProvider: true,
          selectionRangeProvider: true,
        }),
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
      // A commit, a checkout or a fetch moves the base of the breaking-change comparison.
      if (breaking.watchGlobs.length) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: breaking.watchGlobs.map(globPattern => ({ globPattern })) }).then(undefined, () => undefined);
    }
    if (features.apiPropertiesOnlyRegistration) {
      const documentSelector = API_PROPERTIES_SELECTOR;
      for (const type of [DocumentFormattingRequest.type, DocumentRangeFormattingRequest.type, FoldingRangeRequest.type, SelectionRangeRequest.type] as const) {
        void connection.client.register(type as typeof DocumentFormattingRequest.type, { documentSelector }).then(undefined, () => undefined);
      }
    }
    if (features.configuration && features.configurationRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ppConnector' }).then(undefined, () => undefined);
    }
  }

  const allServed = () => openServed().map(d => d.uri);

  function configurationChanged(payload: unknown): void {
    s().settings.configurationChanged(payload);
    s().diagnostics.revalidate(allServed());
  }

  function watchedFilesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): void {
    if (changes.some(c => c.uri.endsWith('/' + CONFIG_FILE_NAME))) { s().settings.configFileChanged(); s().diagnostics.revalidate(allServed()); }
    s().diagnostics.revalidate(swagger.filesChanged(changes, openApiProperties()));
    const open = openServed();
    for (const c of changes) s().diagnostics.revalidate(dependantsOf(c.uri, open));
    if (changes.some(c => c.uri.includes('/.git/'))) {
      gitChange?.dispose();
      gitChange = runtime.timer.setTimeout(() => runSafe(log, () => breaking.refreshAll(), undefined, 'git change'), GIT_CHANGE_DELAY_MS);
    }
  }

  function opened(doc: TextDocument): void {
    if (served(doc.uri)) s().diagnostics.opened(doc.uri);
  }

  function contentChanged(doc: TextDocument): void {
    if (served(doc.uri)) s().diagnostics.changed(doc.uri);
    s().diagnostics.revalidate(swagger.bufferChanged(doc, openApiProperties()));
    s().diagnostics.revalidate(dependantsOf(doc.uri, openServed()));
  }

  function closed(uri: string): void {
    const others = openServed().filter(d => d.uri !== uri);
    s().diagnostics.revalidate(swagger.bufferClosed(uri, others.filter(d => d.kind === 'apiProperties').map(d => d.uri)));
    s().diagnostics.revalidate(dependantsOf(uri, others));
    swagger.forget(uri);
    breaking.forget(uri);
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

  /** Runs `f` with the document's kind features; `fallback` when the document is not served or the kind lacks it. */
  const withKind = <T>(uri: string, f: (doc: TextDocument, features: KindFeatures) => Thenable<T> | undefined, fallback: T): Thenable<T> | T => {
    const it = served(uri);
    return (it && f(it.doc, it.features)) ?? fallback;
  };
  /** apiProperties-only requests (formatting, folding, the dialog preview, add authentication type). */
  const withApiProperties = <T>(uri: string, f: (doc: TextDocument) => T | Thenable<T>, fallback: T): T | Thenable<T> => {
    const it = served(uri);
    return it?.kind === 'apiProperties' ? f(it.doc) : fallback;
  };
  const k = () => s().kinds;

  connection.onInitialize(params => initialize(params));
  connection.onInitialized(() => runSafe(log, initialized, undefined, 'initialized'));
  connection.onDidChangeConfiguration(change => runSafe(log, () => configurationChanged(change.settings), undefined, 'configuration change'));
  connection.onDidChangeWatchedFiles(p => runSafe(log, () => watchedFilesChanged(p.changes), undefined, 'watched files'));
  documents.onDidOpen(e => runSafe(log, () => opened(e.document), undefined, 'open'));
  documents.onDidChangeContent(e => runSafe(log, () => contentChanged(e.document), undefined, 'change'));
  documents.onDidClose(e => runSafe(log, () => closed(e.document.uri), undefined, 'close'));

  connection.onCompletion((p, token) => runSafeAsync(log, () => withKind(p.textDocument.uri, (d, f) => f.completion?.(d, p.position, k()).then(r => completionsForClient(r, s().features)), null), null, 'completion', token));
  connection.onHover((p, token) => runSafeAsync(log, () => withKind(p.textDocument.uri, (d, f) => f.hover?.(d, p.position, k()).then(r => hoverForClient(r, s().features)), null), null, 'hover', token));
  connection.onDefinition((p, token) => runSafeAsync(log, () => withKind(p.textDocument.uri, (d, f) => f.definition?.(d, p.position, k()), []), [], 'definition', token));
  connection.onReferences((p, token) => runSafeAsync(log, () => withKind(p.textDocument.uri, (d, f) => f.references?.(d, p.position, p.context.includeDeclaration, k()), []), [], 'references', token));
  connection.onPrepareRename((p, token) => runSafeAsync(log, () => withKind(p.textDocument.uri, (d, f) => f.prepareRename?.(d, p.position, k()), null), null, 'prepare rename', token));
  connection.onRenameRequest((p, token) => runSafeAsync(log, () => withKind(p.textDocument.uri, (d, f) => f.rename?.(d, p.position, p.newName, k()), null), null, 'rename', token));
  connection.onRequest(DialogModelRequest, (p, token) => runSafeAsync(log, () => withApiProperties(p.uri, d => ({ uri: d.uri, version: d.version, view: buildDialogModel(s().service.analyze(d).model) }), null), null, 'dialog model', token));
  connection.onDocumentSymbol((p, token) => runSafeAsync(log, () => withKind(p.textDocument.uri, (d, f) => f.documentSymbols?.(d, k()).then(r => symbolsForClient(d.uri, r, s().features)), []), [], 'document symbols', token));
  connection.onFoldingRanges((p, token) => runSafeAsync(log, () => withApiProperties(p.textDocument.uri, d => s().service.foldingRanges(d), []), [], 'folding ranges', token));
  connection.onSelectionRanges((p, token) => runSafeAsync(log, () => withApiProperties(p.textDocument.uri, d => s().service.selectionRanges(d, p.positions), []), [], 'selection ranges', token));
  connection.onDocumentFormatting((p, token) => runSafeAsync(log, () => withApiProperties(p.textDocument.uri, d => s().service.format(d, undefined, p.options), []), [], 'formatting', token));
  connection.onDocumentRangeFormatting((p, token) => runSafeAsync(log, () => withApiProperties(p.textDocument.uri, d => s().service.format(d, p.range, p.options), []), [], 'range formatting', token));
  connection.onCodeAction((p, token) => runSafeAsync(log, () => withKind(p.textDocument.uri, (d, f) => f.codeActions?.(d, p.range, p.context, k()).then(r => codeActionsForClient(r, d, s().features)), []), [], 'code actions', token));
  connection.onRequest(AuthenticationSetEditRequest, (p, token) => runSafeAsync(log, () => withApiProperties(p.textDocument.uri, d => s().service.authenticationSetEdit(d, p.kind, p.position, p.snippet) ?? null, null), null, 'add authentication type', token));
  connection.onExecuteCommand((p, token) => runSafeAsync(log, async () => { if (p.command === APPLY_CODE_ACTION_COMMAND) await applyCodeAction(p.arguments?.[0] as ApplyCodeActionArguments); return null; }, null, 'execute command', token));
  connection.onShutdown(() => runSafe(log, () => { gitChange?.dispose(); session?.diagnostics.dispose(); }, undefined, 'shutdown'));

  documents.listen(connection);
  connection.listen();
}
