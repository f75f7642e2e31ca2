// When and in what order connector documents are analysed, and the publishing of the results. An edit waits
// 200 ms (a burst of keystrokes is analysed once); an open, a settings change or a paired file's change runs at once.
// The CPU-bound part of each analysis runs alone, in its own turn of the event loop: a burst (200 documents opened
// at once, a settings change) cannot hold back a hover or a completion, and a version that went stale while waiting
// is skipped. Waiting for settings or the swagger happens before, outside the queue, so a slow answer there delays
// only its own document.
import type { TextDocument } from 'vscode-languageserver-textdocument';

export const VALIDATION_DELAY_MS = 200;

export interface Timer {
  setTimeout(callback: () => void, ms: number): { dispose(): void };
}

export interface SchedulerHost<D> {
  timer: Timer;
  /** The open document when it is one this server analyses, or undefined. */
  document(uri: string): TextDocument | undefined;
  /** Awaited before the analysis's turn (settings, the paired files): a slow answer delays only its own document. */
  prepare(doc: TextDocument): Promise<void>;
  /** The CPU-bound analysis. */
  validate(doc: TextDocument): Promise<D>;
  /** Called only with results of the document's current version. */
  publish(doc: TextDocument, diagnostics: D): void;
  error(message: string): void;
}

export class DiagnosticsScheduler<D> {
  private readonly pending = new Map<string, { dispose(): void }>();
  private readonly justOpened = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(private readonly host: SchedulerHost<D>) {}

  /** A document was opened: analysed at once. */
  opened(uri: string): void {
    // TextDocuments fires onDidChangeContent right after onDidOpen: that first event must not turn the immediate
    // analysis into a debounced one.
    this.justOpened.add(uri);
    this.schedule(uri, 0);
  }

  /** The document's content changed (an edit): analysed after the debounce delay. */
  changed(uri: string): void {
    if (!this.justOpened.delete(uri)) this.schedule(uri, VALIDATION_DELAY_MS);
  }

  /** Something the analysis depends on changed (settings, the swagger): analysed at once. */
  revalidate(uris: Iterable<string>): void {
    for (const uri of uris) if (this.host.document(uri)) this.schedule(uri, 0);
  }

  closed(uri: string): void {
    this.pending.get(uri)?.dispose();
    this.pending.delete(uri);
    this.justOpened.delete(uri);
  }

  /** At shutdown: nothing more is analysed or published (an analysis under way finishes silently). */
  dispose(): void {
    this.disposed = true;
    this.pending.forEach(t => t.dispose());
    this.pending.clear();
  }

  private schedule(uri: string, delay: number): void {
    if (this.disposed) return;
    this.pending.get(uri)?.dispose();
    this.pending.set(uri, this.host.timer.setTimeout(() => {
      this.pending.delete(uri);
      void this.run(uri);
    }, delay));
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => new Promise<void>(resolve => this.host.timer.setTimeout(resolve, 0))).then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(uri: string): Promise<void> {
    const doc = this.host.document(uri);
    if (!doc) return;
    const version = doc.version;
    const current = () => { const d = this.host.document(uri); return !this.disposed && d?.version === version ? d : undefined; };
    try {
      await this.host.prepare(doc);
      const diagnostics = await this.inTurn(async () => current() ? { value: await this.host.validate(doc) } : undefined);
      // Only the latest version's results are published; a newer edit has already scheduled its own run.
      if (diagnostics && current()) this.host.publish(doc, diagnostics.value);
    } catch (e) {
      this.host.error(`Validation of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
}
