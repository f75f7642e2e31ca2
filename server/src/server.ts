// The LSP layer: wires connection events to the engine. Handlers are one-liners that delegate to the engine
// through runSafe guards; all the logic lives in ./engine.
import {
  CodeActionKind, Connection, Diagnostic as LspDiagnostic, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService, EngineSettings, allCodes, normalizeSettings, resolveProfile } from './engine';
import { runSafe, runSafeAsync } from './runSafe';
import { CONFIG_FILE_NAME, configForDocument, mergeSettings } from './engine/configFile';
import { buildDialogModel } from './engine/preview/dialogModel';
import { describeAuthentication } from './engine/preview/authSummary';
import { DIALOG_MODEL_REQUEST, DialogModelParams } from './engine/preview/protocol';
import type { FileSystem } from './engine/swagger/fileSystem';
import { SwaggerSupport } from './swaggerSupport';
import { decodeUriSafe } from './engine/uri';

export interface RuntimeEnvironment {
  /** Base URI of the rule docs; the node entry points it at the docs shipped beside dist/. */
  docsBase?: string;
  timer: {
    setTimeout(callback: () => void, ms: number): { dispose(): void };
  };
  /** Disk access for the paired swagger; without it cross-file checks are off. */
  fileSystem?: FileSystem;
}

/** Documents this server analyses: the apiproperties language, or any file named apiProperties.json. */
export function isApiPropertiesDocument(doc: TextDocument): boolean {
  return doc.languageId === 'apiproperties' || /(^|[\\/])apiProperties\.json$/i.test(decodeUriSafe(doc.uri));
}

const VALIDATION_DELAY_MS = 200;

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const log = { error: (message: string) => connection.console.error(message) };
  const service = new ConnectorService({
    docsBase: runtime.docsBase,
    onRuleError: (ruleId, error) => log.error(`Rule ${ruleId} failed: ${error instanceof Error ? error.stack : String(error)}`),
  });

  let supportsConfiguration = false;
  let initSettings: unknown;
  let addSetCommand: string | undefined;
  const settingsByUri = new Map<string, Promise<EngineSettings>>();
  const reportedProblems = new Set<string>();
  const pending = new Map<string, { dispose(): void }>();
  const swagger = new SwaggerSupport(connection, runtime.fileSystem);
  let canWatchFiles = false;
  const openApiProperties = () => documents.all().filter(isApiPropertiesDocument).map(d => d.uri);
  const revalidate = (uris: string[]) => uris.forEach(u => { const d = documents.get(u); if (d) schedule(d, 0); });

  connection.onInitialize(params => {
    supportsConfiguration = !!params.capabilities.workspace?.configuration;
    initSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    addSetCommand = (params.initializationOptions as { addAuthenticationTypeCommand?: string } | undefined)?.addAuthenticationTypeCommand;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
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
      },
      serverInfo: { name: 'pp-connector-language-server' },
    };
  });

  connection.onInitialized(() => {
    swagger.register(canWatchFiles);
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).then(undefined, () => undefined);
    }
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ppConnector' }).then(undefined, () => undefined);
    }
  });

  connection.onDidChangeConfiguration(change => {
    settingsByUri.clear();
    if (!supportsConfiguration) {
      initSettings = (change.settings as { ppConnector?: unknown } | undefined)?.ppConnector ?? initSettings;
    }
    documents.all().forEach(d => schedule(d, 0));
  });

  function settingsFor(uri: string): Promise<EngineSettings> {
    let s = settingsByUri.get(uri);
    if (!s) {
      const raw: Promise<unknown> = supportsConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'ppConnector' }).then(v => v, () => initSettings)
        : Promise.resolve(initSettings);
      // The workspace's shared .pp-connector.json (also read by the CLI) lies under the VS Code settings.
      const file = runtime.fileSystem ? configForDocument(uri, runtime.fileSystem, allCodes()).catch(() => undefined) : Promise.resolve(undefined);
      s = Promise.all([raw, file]).then(([value, config]) => {
        const normalized = normalizeSettings(value, allCodes());
        const settings = config ? mergeSettings(config.settings, normalized.settings) : normalized.settings;
        for (const p of [...normalized.problems, ...(config?.problems ?? [])]) {
          if (reportedProblems.has(p)) continue;
          reportedProblems.add(p);
          connection.console.warn(`Settings: ${p}`);
          void connection.window.showWarningMessage(`Power Platform Connector Tools: ${p}`);
        }
        return settings;
      });
      settingsByUri.set(uri, s);
    }
    return s;
  }

  function schedule(doc: TextDocument, delay = VALIDATION_DELAY_MS): void {
    pending.get(doc.uri)?.dispose();
    pending.set(doc.uri, runtime.timer.setTimeout(() => {
      pending.delete(doc.uri);
      void validate(doc.uri);
    }, delay));
  }

  // The CPU-bound part of each analysis runs alone, in its own turn of the event loop: a burst (200 documents opened
  // at once, a settings change) cannot hold back a hover or a completion, and a version that went stale while
  // waiting is skipped. Waiting for settings or the swagger happens before, outside the queue, so a slow answer there
  // delays only its own document.
  let analysisQueue: Promise<unknown> = Promise.resolve();
  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = analysisQueue.then(() => new Promise<void>(resolve => runtime.timer.setTimeout(resolve, 0))).then(work);
    analysisQueue = run.catch(() => undefined);
    return run;
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc || !isApiPropertiesDocument(doc)) return;
    const version = doc.version;
    try {
      const settings = await settingsFor(uri);
      const swaggerContext = await swagger.contextFor(uri);
      const diagnostics = await inTurn(async () => documents.get(uri)?.version === version ? service.validate(doc, { settings, swagger: swaggerContext }) : undefined);
      // Only the latest version's results are published; a newer edit has already scheduled its own run.
      const current = documents.get(uri);
      if (!diagnostics || !current || current.version !== version) return;
      // The engine's types come from vscode-json-languageservice's (newer) copy of the LSP types; same wire shape.
      void connection.sendDiagnostics({ uri, version, diagnostics: diagnostics as unknown as LspDiagnostic[] });
      const model = service.analyze(doc).model;
      swagger.publishStatus(uri, swaggerContext, {
        sets: model.parameterSets?.sets.map(s => s.name ?? `#${s.index + 1}`),
        authentication: describeAuthentication(model),
        profile: resolveProfile(settings.profile, decodeUriSafe(uri)),
      });
    } catch (e) {
      log.error(`Validation of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  // TextDocuments fires onDidChangeContent right after onDidOpen: that first event must not turn the immediate
  // analysis of a newly opened document into a debounced one (200 ms later).
  const justOpened = new Set<string>();
  documents.onDidOpen(e => { justOpened.add(e.document.uri); schedule(e.document, 0); });
  documents.onDidChangeContent(e => {
    if (!justOpened.delete(e.document.uri)) schedule(e.document);
    revalidate(swagger.bufferChanged(e.document, openApiProperties()));
  });
  connection.onDidChangeWatchedFiles(p => runSafe(log, () => {
    if (p.changes.some(c => c.uri.endsWith('/' + CONFIG_FILE_NAME))) { settingsByUri.clear(); revalidate(openApiProperties()); }
    revalidate(swagger.filesChanged(p.changes, openApiProperties()));
  }, undefined, 'watched files'));
  documents.onDidClose(e => {
    revalidate(swagger.bufferClosed(e.document.uri, openApiProperties().filter(u => u !== e.document.uri)));
    swagger.forget(e.document.uri);
    pending.get(e.document.uri)?.dispose();
    pending.delete(e.document.uri);
    settingsByUri.delete(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const withDoc = <T>(uri: string, f: (doc: TextDocument) => T | Thenable<T>, fallback: T): T | Thenable<T> => {
    const doc = documents.get(uri);
    return doc && isApiPropertiesDocument(doc) ? f(doc) : fallback;
  };

  connection.onCompletion((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => service.complete(d, p.position, await swagger.contextFor(d.uri)), null), null, 'completion', token));
  connection.onHover((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => service.hover(d, p.position, await swagger.contextFor(d.uri)), null), null, 'hover', token));
  connection.onDefinition((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => service.definition(d, p.position, await swagger.contextFor(d.uri)), []), [], 'definition', token));
  connection.onReferences((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => service.references(d, p.position, p.context.includeDeclaration, await swagger.contextFor(d.uri)), []), [], 'references', token));
  connection.onRequest(DIALOG_MODEL_REQUEST, (p: DialogModelParams, token) => runSafeAsync(log, () => withDoc(p.uri, d => ({ uri: d.uri, version: d.version, view: buildDialogModel(service.analyze(d).model) }), null), null, 'dialog model', token));
  connection.onDocumentSymbol((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => service.documentSymbols(d), []), [], 'document symbols', token));
  connection.onFoldingRanges((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => service.foldingRanges(d), []), [], 'folding ranges', token));
  connection.onSelectionRanges((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => service.selectionRanges(d, p.positions), []), [], 'selection ranges', token));
  connection.onDocumentFormatting((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => service.format(d, undefined, p.options), []), [], 'formatting', token));
  connection.onDocumentRangeFormatting((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => service.format(d, p.range, p.options), []), [], 'range formatting', token));
  connection.onCodeAction((p, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, async d => service.codeActions(d, p.range, p.context as never, { settings: await settingsFor(d.uri), addSetCommand }) as never, []), [], 'code actions', token));
  connection.onRequest('ppConnector/authenticationSetEdit', (p: { textDocument: { uri: string }; kind: string; position?: { line: number; character: number }; snippet?: boolean }, token) => runSafeAsync(log, () => withDoc(p.textDocument.uri, d => service.authenticationSetEdit(d, p.kind, p.position, p.snippet) ?? null, null), null, 'add authentication type', token));
  connection.onShutdown(() => runSafe(log, () => pending.forEach(t => t.dispose()), undefined, 'shutdown'));

  documents.listen(connection);
  connection.listen();
}
