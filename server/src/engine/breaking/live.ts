// Breaking changes as the author edits: each open swagger or apiProperties.json is compared with its base version
// (see BaseReader), and the findings join its diagnostics. `prepare` runs before the analysis, outside its CPU turn:
// it waits for the first read of a document's base (a bounded time), and afterwards only asks the reader again in the
// background (cheap: the reader caches); when a later answer differs (a commit, a checkout, a fetch) `baseChanged`
// asks for the document to be analysed again. `check`, in the analysis, never waits: it compares with the base last
// read, once per document version and base, so re-analysing an unchanged swagger (because its apiProperties.json
// changed) compares nothing.
import type { Diagnostic } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineSettings, Profile } from '../settings';
import { breakingDiagnostics, ComparedKind, compareWithBase, readSwagger } from './index';
import type { BaseReader, BaseText, BreakingFinding } from './types';
import { swaggerParseOf } from '../swaggerRules/sharedParse';

/** What the status item says about the base of a document. */
export interface BaseStatus {
  /** The base compared with: `HEAD`, `origin/dev (merge base 1a2b3c4)`, a ref from the setting. */
  ref?: string;
  /** Why nothing is compared, or what is special: "new connector: not in HEAD", "not in a git repository", ... */
  note?: string;
}

export const BREAKING_BASE_OFF = 'off';

export interface LiveCheck {
  diagnostics: Diagnostic[];
  /** Undefined while the first read is under way, and where there is no reader (the browser). */
  status?: BaseStatus;
}

interface Snapshot {
  setting: string;
  base?: BaseText;
  reading?: Promise<void>;
  /** A new read was asked for while one was under way (the repository changed meanwhile). */
  again?: boolean;
  /** `prepare` is waiting for this first read: its answer needs no re-analysis. */
  awaited?: boolean;
}

/** How long an analysis waits for the first read of a base before going on without it. */
export const FIRST_READ_WAIT_MS = 2000;

interface Memo {
  /** The base as read (parsed once per base: a 1 MB swagger's JSON.parse is about 8 ms, each edit saves it). */
  baseRead: { key: string; read: ReturnType<typeof readSwagger> };
  kind: ComparedKind;
  version: number;
  findings: BreakingFinding[];
  problem?: string;
  diagnosticsKey?: string;
  diagnostics?: Diagnostic[];
}

export class LiveBreaking {
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly memos = new Map<string, Memo>();
  private readonly statuses = new Map<string, BaseStatus | undefined>();

  /** `reader` is undefined where there is no git (the browser): nothing is compared and no status is given. */
  constructor(
    private readonly reader: BaseReader | undefined,
    private readonly baseChanged: (uri: string) => void,
    private readonly firstReadWaitMs = FIRST_READ_WAIT_MS,
  ) {}

  get watchGlobs(): readonly string[] {
    return this.reader?.watchGlobs ?? [];
  }

  /**
   * Before an analysis, outside its turn: the first time (or after a new setting) waits for the base, at most
   * `firstReadWaitMs`; afterwards starts a background read and returns at once.
   */
  async prepare(uri: string, settings: EngineSettings): Promise<void> {
    const setting = settings.breakingBase ?? '';
    if (!this.reader || !settings.validate || setting === BREAKING_BASE_OFF) return;
    let snap = this.snapshots.get(uri);
    if (!snap || snap.setting !== setting) {
      snap = { setting };
      this.snapshots.set(uri, snap);
    }
    this.read(uri, snap);
    if (snap.base || !snap.reading) return;
    const first = snap;
    first.awaited = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>(resolve => { timer = setTimeout(resolve, this.firstReadWaitMs); });
    await Promise.race([first.reading, waited]);
    clearTimeout(timer);
    first.awaited = false; // a later answer (after the wait) asks for its own analysis
  }

  /** The breaking-change diagnostics of `doc` against its base as last read, and the status to show. */
  check(kind: ComparedKind, doc: TextDocument, settings: EngineSettings, profile: Profile, docsBase?: string): LiveCheck {
    const result = this.compare(kind, doc, settings, profile, docsBase);
    this.statuses.set(doc.uri, result.status);
    return result;
  }

  /** The status of the document's last check (for the status item, after publishing). */
  status(uri: string): BaseStatus | undefined {
    return this.statuses.get(uri);
  }

  private compare(kind: ComparedKind, doc: TextDocument, settings: EngineSettings, profile: Profile, docsBase?: string): LiveCheck {
    if (!this.reader || !settings.validate) return { diagnostics: [] };
    const setting = settings.breakingBase ?? '';
    if (setting === BREAKING_BASE_OFF) {
      this.snapshots.delete(doc.uri);
      this.memos.delete(doc.uri);
      return { diagnostics: [], status: { note: 'comparison with the published version is off (breakingChanges.base)' } };
    }
    const snap = this.snapshots.get(doc.uri);
    const base = snap?.setting === setting ? snap.base : undefined;
    if (!base) return { diagnostics: [] };
    if (base.text === undefined) return { diagnostics: [], status: { ref: base.ref, note: base.note } };

    let memo = this.memos.get(doc.uri);
    if (!memo || memo.kind !== kind || memo.version !== doc.version || memo.baseRead.key !== base.key) {
      const baseRead = memo?.baseRead.key === base.key ? memo.baseRead : { key: base.key, read: readSwagger(base.text) };
      const result = compareWithBase(kind, baseRead.read, doc.getText());
      memo = { baseRead, kind, version: doc.version, findings: result.findings, problem: result.problem };
      this.memos.set(doc.uri, memo);
    }
    const diagnosticsKey = JSON.stringify([profile, docsBase ?? '', settings.rules]);
    if (memo.diagnosticsKey !== diagnosticsKey || !memo.diagnostics) {
      // A swagger's tree is the one its analysis just built for this very text (one parse per version).
      const tree = kind === 'swagger' && memo.findings.length ? swaggerParseOf(doc.uri, doc.getText()).model?.root : undefined;
      memo.diagnostics = breakingDiagnostics(doc, memo.findings, { profile, settings, docsBase, baseLabel: base.ref, tree });
      memo.diagnosticsKey = diagnosticsKey;
    }
    // The file's own broken JSON is reported by its own checks; a broken base is worth a word in the status.
    const note = memo.problem?.startsWith('the base version') ? `${memo.problem}: nothing to compare` : undefined;
    return { diagnostics: memo.diagnostics, status: { ref: base.ref, ...(note ? { note } : {}) } };
  }

  /** Something under .git changed: every document's base is read again (those that moved are analysed again). */
  refreshAll(): void {
    if (!this.reader) return;
    this.reader.invalidate();
    for (const [uri, snap] of this.snapshots) this.read(uri, snap);
  }

  /** The document was closed. */
  forget(uri: string): void {
    this.snapshots.delete(uri);
    this.memos.delete(uri);
    this.statuses.delete(uri);
  }

  private read(uri: string, snap: Snapshot): void {
    const reader = this.reader;
    if (!reader) return;
    if (snap.reading) { snap.again = true; return; }
    snap.again = false;
    const done = (base: BaseText | undefined) => {
      snap.reading = undefined;
      if (this.snapshots.get(uri) !== snap) return; // closed, or the setting changed meanwhile
      const before = snap.base;
      if (base && (!before || before.key !== base.key || before.ref !== base.ref || before.note !== base.note)) {
        snap.base = base;
        if (!snap.awaited) this.baseChanged(uri);
      }
      if (snap.again) this.read(uri, snap);
    };
    snap.reading = reader.read(uri, snap.setting).then(done, () => done(undefined));
  }
}
