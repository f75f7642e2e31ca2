// A minimal LSP client for protocol tests: spawns the bundled dist/server.js with --stdio and speaks JSON-RPC to
// it, exactly as another editor would.
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

export interface StartOptions {
  /** Answer to workspace/configuration for section `ppConnector`; omit to not advertise the capability. */
  configuration?: unknown;
  initializationOptions?: unknown;
  env?: NodeJS.ProcessEnv;
}

export class LspTestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times diagnostics were published per uri (to check that stale versions are not analysed). */
  readonly publishCount = new Map<string, number>();
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: { type: number; message: string }[] = [];
  private listeners: (() => void)[] = [];
  configuration: unknown;
  stderr = '';

  private constructor(readonly child: ChildProcess, readonly connection: MessageConnection) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    child.stderr!.on('data', d => { client.stderr += String(d); });
    client.configuration = options.configuration;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p);
      client.publishCount.set(p.uri, (client.publishCount.get(p.uri) ?? 0) + 1);
      client.notify();
    });
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => { client.messages.push(p); client.notify(); });
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => { client.logs.push(p); client.notify(); });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.configuration ?? null));
    connection.onRequest('client/registerCapability', () => null);
    // vscode-languageserver sends show*Message as a request (it may carry actions): recorded with the notifications.
    connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => { client.messages.push({ type: p.type, message: p.message }); client.notify(); return null; });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(REPO_ROOT).href,
      capabilities: {
        workspace: { configuration: options.configuration !== undefined, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, resolveSupport: { properties: ['edit'] }, dataSupport: true },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        },
      },
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
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
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
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
      await this.connection.sendNotification('exit');
    } catch { /* the process may already be gone */ }
    this.connection.dispose();
    await new Promise<void>(resolve => {
      if (this.child.exitCode !== null) return resolve();
      const t = setTimeout(() => { this.child.kill('SIGKILL'); resolve(); }, 2000);
      this.child.once('exit', () => { clearTimeout(t); resolve(); });
    });
  }
}

/** Finds `|` in a test document, removes it, and returns the text and the caret's line/character. */
export function caret(textWithCaret: string): { text: string; position: { line: number; character: number }; offset: number } {
  const offset = textWithCaret.indexOf('|');
  if (offset < 0) throw new Error('no | caret in test document');
  const text = textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { text, offset, position: { line: before.length - 1, character: before[before.length - 1].length } };
}
