// A minimal LSP client for protocol tests: spawns the bundled dist/server.js with --stdio and speaks JSON-RPC to
// it, exactly as another editor would (or runs the server's source in process over a pair of streams). It declares
// VS Code-like capabilities unless told otherwise, and records every request the server sends it.
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, ErrorCodes, MessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection } from 'vscode-languageserver';
import type { FileSystem } from '../../server/src/engine/swagger/fileSystem';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

export interface StartOptions {
  /** Answer to workspace/configuration for section `ppConnector`; omit to not advertise the capability. */
  configuration?: unknown;
  initializationOptions?: unknown;
  env?: NodeJS.ProcessEnv;
  /**
   * The capabilities sent in `initialize`; defaults to VS Code-like ones (vscodeLikeCapabilities). `{}` is a minimal
   * editor: the client then answers every server request with "method not found", as such an editor would.
   */
  capabilities?: ClientCapabilities;
  /**
   * startInProcess only: the server's file access, made from its connection (as the web entry makes a FileSystem
   * over requests to the client); default node's file system.
   */
  fileSystem?: (server: Connection) => FileSystem;
}

/** What VS Code's client declares, as far as this server cares; `configuration`: answer workspace/configuration. */
export function vscodeLikeCapabilities(configuration: boolean): ClientCapabilities {
  return {
    workspace: { configuration, applyEdit: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
    window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } } },
    textDocument: {
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true, labelDetailsSupport: true } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, resolveSupport: { properties: ['edit'] }, dataSupport: true },
      publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    },
  };
}

/**
 * The server→client requests of `requests` that `capabilities` does not declare the client can answer (by the LSP
 * 3.17 rule for each request). Any request not listed here counts as undeclared.
 */
export function undeclaredRequests(capabilities: ClientCapabilities, requests: readonly ServerRequest[]): ServerRequest[] {
  const dynamic = (method: string): boolean => {
    if (method === 'workspace/didChangeWatchedFiles') return capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    if (method === 'workspace/didChangeConfiguration') return capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    if (method === 'workspace/executeCommand') return capabilities.workspace?.executeCommand?.dynamicRegistration === true;
    const feature = /^textDocument\/(\w+)$/.exec(method)?.[1];
    const entry = feature ? (capabilities.textDocument as Record<string, { dynamicRegistration?: boolean } | undefined> | undefined)?.[feature] : undefined;
    return entry?.dynamicRegistration === true;
  };
  const declared = (r: ServerRequest): boolean => {
    switch (r.method) {
      case 'workspace/configuration': return capabilities.workspace?.configuration === true;
      case 'workspace/applyEdit': return capabilities.workspace?.applyEdit === true;
      case 'workspace/workspaceFolders': return capabilities.workspace?.workspaceFolders === true;
      case 'window/showMessageRequest': return capabilities.window?.showMessage !== undefined;
      case 'window/workDoneProgress/create': return capabilities.window?.workDoneProgress === true;
      case 'window/showDocument': return capabilities.window?.showDocument?.support === true;
      case 'client/registerCapability': case 'client/unregisterCapability': {
        const list = (r.params as { registrations?: { method: string }[]; unregisterations?: { method: string }[] }) ?? {};
        return [...(list.registrations ?? []), ...(list.unregisterations ?? [])].every(x => dynamic(x.method));
      }
      default: return false;
    }
  };
  return requests.filter(r => !declared(r));
}

export interface ServerRequest {
  method: string;
  params: unknown;
}

export class LspTestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times diagnostics were published per uri (to check that stale versions are not analysed). */
  readonly publishCount = new Map<string, number>();
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: { type: number; message: string }[] = [];
  /** Every request the server sent to this client, in order, whatever the answer. */
  readonly serverRequests: ServerRequest[] = [];
  /** The text of each open document, kept up to date by open/change and by workspace/applyEdit. */
  readonly texts = new Map<string, string>();
  private listeners: (() => void)[] = [];
  configuration: unknown;
  capabilities: ClientCapabilities = {};
  /** The server's answer to `initialize`. */
  initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string } } | undefined;
  stderr = '';

  private constructor(private readonly process: ChildProcess | undefined, readonly connection: MessageConnection, private readonly closeTransport: () => Promise<void>) {}

  /** The server's process (only for a server started with `start`, not `startInProcess`). */
  get child(): ChildProcess {
    if (!this.process) throw new Error('an in-process server has no child process');
    return this.process;
  }

  /** The bundled dist/server.js in its own process, over stdio: what other editors run. */
  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection, async () => {
      try { await connection.sendNotification('exit'); } catch { /* the process may already be gone */ }
      connection.dispose();
      await new Promise<void>(resolve => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 2000);
        child.once('exit', () => { clearTimeout(t); resolve(); });
      });
    });
    child.stderr!.on('data', d => { client.stderr += String(d); });
    await client.initialize(options, process.pid);
    return client;
  }

  /**
   * The server's source (server/src/server.ts) in this process, over a pair of in-memory streams: the same protocol
   * as `start`, without a build or a process, so a test can run under a debugger and see the server's stack.
   */
  static async startInProcess(options: StartOptions = {}): Promise<LspTestClient> {
    const { PassThrough } = await import('node:stream');
    const { createConnection } = await import('vscode-languageserver/node');
    const { startServer } = await import('../../server/src/server');
    const { nodeFileSystem } = await import('../../server/src/node/nodeFileSystem');
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Reader/writer objects rather than the streams themselves: given streams, the library exits the process when
    // they end.
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, {
      fileSystem: options.fileSystem ? options.fileSystem(server) : nodeFileSystem,
      timer: { setTimeout(callback, ms) { const h = setTimeout(callback, ms); return { dispose: () => clearTimeout(h) }; } },
    });
    const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    // No `exit` notification: the library answers it with process.exit.
    const client = new LspTestClient(undefined, connection, async () => {
      connection.dispose();
      server.dispose();
      toServer.end();
      toClient.end();
    });
    // No processId: the library would poll it with a timer that keeps the test process alive.
    await client.initialize(options, null);
    return client;
  }

  private async initialize(options: StartOptions, processId: number | null): Promise<void> {
    const connection = this.connection;
    this.configuration = options.configuration;
    this.capabilities = options.capabilities ?? vscodeLikeCapabilities(options.configuration !== undefined);
    const minimal = options.capabilities !== undefined;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
      this.notify();
    });
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => { this.messages.push(p); this.notify(); });
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => { this.logs.push(p); this.notify(); });
    connection.onRequest((method: string, params: unknown) => {
      this.serverRequests.push({ method, params });
      this.notify();
      if (minimal && undeclaredRequests(this.capabilities, [{ method, params }]).length) {
        return new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
      }
      return this.answer(method, params);
    });
    connection.listen();
    this.initializeResult = await connection.sendRequest('initialize', {
      processId,
      rootUri: pathToFileURL(REPO_ROOT).href,
      capabilities: this.capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
  }

  /** The answers of a client that implements the request. */
  private answer(method: string, params: unknown): unknown {
    switch (method) {
      case 'workspace/configuration': return (params as { items: unknown[] }).items.map(() => this.configuration ?? null);
      case 'workspace/applyEdit': return { applied: this.applyEdit((params as { edit: WorkspaceEdit }).edit) };
      // vscode-languageserver sends show*Message as a request (it may carry actions): recorded with the notifications.
      case 'window/showMessageRequest': {
        const p = params as { type: number; message: string };
        this.messages.push({ type: p.type, message: p.message });
        this.notify();
        return null;
      }
      default: return null;
    }
  }

  private applyEdit(edit: WorkspaceEdit): boolean {
    const changes = Object.entries(edit.changes ?? {});
    if (!changes.length || changes.some(([uri]) => !this.texts.has(uri))) return false;
    for (const [uri, edits] of changes) {
      const doc = TextDocument.create(uri, 'json', 0, this.texts.get(uri)!);
      this.texts.set(uri, TextDocument.applyEdits(doc, edits));
    }
    return true;
  }

  private notify(): void {
    for (const l of this.listeners.splice(0)) l();
  }

  /** Resolves when `predicate` holds, re-checking after every notification; rejects after `timeoutMs`. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = predicate();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Server stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>(resolve => {
        const t = setTimeout(resolve, Math.min(left, 250));
        this.listeners.push(() => { clearTimeout(t); resolve(); });
      });
    }
  }

  open(uri: string, text: string, languageId = 'apiproperties', version = 1): Promise<void> {
    this.texts.set(uri, text);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    this.texts.set(uri, text);
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    this.texts.delete(uri);
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Diagnostics published for `uri` at exactly `version` (so a test never reads a stale publish). */
  diagnosticsFor(uri: string, version = 1, timeoutMs = 10000): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const p = this.diagnostics.get(uri);
      return p && (p.version === undefined || p.version === version) ? p.diagnostics : undefined;
    }, timeoutMs, `diagnostics of ${uri} v${version}`);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
    } catch { /* the server may already be gone */ }
    await this.closeTransport();
  }
}
