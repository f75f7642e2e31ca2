// Drives the bundled server (dist/server.js --stdio) with fuzz inputs as an editor would: one document edited over
// and over. Checks that the process stays alive and that diagnostics and requests are answered.
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, SERVER_JS } from '../support/lspClient';
import { DiagnosticLike, TextEditLike, fixOutsideMember, hasRuleFixes, judgeable } from './fixOracle';

const URI = 'file:///fuzz/lsp/apiProperties.json';
const ANSWER_TIMEOUT_MS = 30_000;
/** Diagnostics per input whose quick fixes are asked of the server and checked by the member oracle. */
const ORACLE_DIAGNOSTICS = 10;

export class LspChecker {
  private version = 1;
  private constructor(private client: LspTestClient) {}

  static available(): boolean {
    return fs.existsSync(SERVER_JS);
  }

  static async start(): Promise<LspChecker> {
    const client = await LspTestClient.start({ configuration: { validate: { enable: true }, profile: 'auto', rules: {} } });
    await client.open(URI, '{}', 'apiproperties', 1);
    await client.diagnosticsFor(URI, 1, ANSWER_TIMEOUT_MS);
    return new LspChecker(client);
  }

  get pid(): number | undefined {
    return this.client.child.pid;
  }

  /** Resident and peak resident memory of the server process, MB (Linux /proc; undefined elsewhere). */
  memory(): { rss: number; peak: number } | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.client.child.pid}/status`, 'utf8');
      const mb = (key: string) => Math.round(Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)![1]) / 1024);
      return { rss: mb('VmRSS'), peak: mb('VmHWM') };
    } catch {
      return undefined;
    }
  }

  async check(text: string): Promise<string[]> {
    const failures: string[] = [];
    const version = ++this.version;
    const timeout = <T>(p: Promise<T>, what: string) => {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer to ${what} in ${ANSWER_TIMEOUT_MS} ms`)), ANSWER_TIMEOUT_MS);
      });
      return Promise.race([p, expired]).finally(() => clearTimeout(timer));
    };
    try {
      await this.client.change(URI, text, version);
      const doc = { textDocument: { uri: URI } };
      const position = { line: 0, character: Math.min(3, text.length) };
      const [diagnostics] = await Promise.all([
        this.client.diagnosticsFor(URI, version, ANSWER_TIMEOUT_MS),
        timeout(this.client.request('textDocument/hover', { ...doc, position }), 'hover'),
        timeout(this.client.request('textDocument/completion', { ...doc, position }), 'completion'),
        timeout(this.client.request('textDocument/documentSymbol', doc), 'documentSymbol'),
        timeout(this.client.request('textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }), 'formatting'),
      ]);
      // The member oracle through the server: the diagnostics' data made the round trip as the client sends it back.
      const document = TextDocument.create(URI, 'apiproperties', version, text);
      const judged = judgeable(text) ? (diagnostics as DiagnosticLike[]).filter(hasRuleFixes).slice(0, ORACLE_DIAGNOSTICS) : [];
      for (const d of judged) {
        const actions = await timeout(this.client.request<{ title: string; edit?: { changes?: Record<string, TextEditLike[]> } }[]>('textDocument/codeAction',
          { ...doc, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } }), 'codeAction');
        for (const action of actions ?? []) {
          const edits = action.edit?.changes?.[URI] ?? [];
          const problem = edits.length ? fixOutsideMember(document, d, edits) : undefined;
          if (problem) failures.push(`lsp: quick fix "${action.title}" for ${String(d.code)}: ${problem}`);
        }
      }
    } catch (e) {
      failures.push(`lsp: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (this.client.child.exitCode !== null || this.client.child.signalCode !== null) {
      failures.push(`lsp: server process exited (${this.client.child.exitCode ?? this.client.child.signalCode})`);
    }
    const crashes = this.client.logs.filter(l => /Uncaught exception|Unhandled rejection|failed:/.test(l.message));
    if (crashes.length) {
      failures.push(...crashes.map(l => `lsp log: ${l.message.split('\n')[0]}`));
      this.client.logs.length = 0;
    }
    return failures;
  }

  /** After a failure the next inputs get a fresh server, so one crash does not mask the rest. */
  async restartIfDead(): Promise<LspChecker> {
    if (this.client.child.exitCode === null && this.client.child.signalCode === null) return this;
    await this.stop();
    return LspChecker.start();
  }

  stop(): Promise<void> {
    return this.client.stop();
  }
}
