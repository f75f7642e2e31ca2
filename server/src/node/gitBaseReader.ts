// The editor's base for breaking changes, read with the `git` executable: the file at the commit a pull request would
// be compared with. Automatic: the merge base of HEAD with the first of origin/dev, origin/main, origin/master that
// exists (the branch the PR targets), else HEAD; or the git ref of the setting. Every answer is cached: the
// repository of a folder (found on disk) and the resolved commit for a few seconds (or until `invalidate`, when .git
// changes), the text per (repository, commit, path) until evicted, so an analysis usually spawns no process at all.
// Nothing here is an error: no git, no repository or a new file is a note for the status item.
import { promises as fsp } from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import type { BaseReader, BaseText } from '../engine/breaking/types';
import { GIT_NOT_FOUND, GitResult, GitRunner, gitRunner } from './git';

/** The branches a pull request targets, in order (microsoft/PowerPlatformConnectors takes pull requests on dev). */
export const TARGET_BRANCHES = ['origin/dev', 'origin/main', 'origin/master'] as const;
/** How long a resolved repository and commit are trusted without asking git again. */
export const RESOLVE_TTL_MS = 3000;
/** Base texts kept (a large swagger is about 1 MB). */
const MAX_TEXTS = 16;

const COMMIT = /^[0-9a-f]{7,64}$/;
const NOT_A_REPOSITORY = 'not in a git repository: no comparison with the published version';

/** A note for git failing: not installed, or refusing the repository (safe.directory, a damaged .git, ...). */
function gitFailure(r: GitResult): string {
  if (r.code === GIT_NOT_FOUND) return 'git is not installed: no comparison with the published version';
  const first = r.stderr.trim().split('\n')[0].replace(/^(fatal|error): /, '').slice(0, 200);
  return `git cannot read the repository${first ? ` (${first})` : ''}: no comparison with the published version`;
}

interface Timed<T> { at: number; generation: number; value: Promise<T> }
type Repo = { root: string } | { note: string };
type Resolved = { commit: string; ref: string } | { note: string };

export interface GitBaseReaderOptions {
  run?: GitRunner;
  ttlMs?: number;
  now?: () => number;
}

export class GitBaseReader implements BaseReader {
  readonly watchGlobs = ['**/.git/HEAD', '**/.git/packed-refs', '**/.git/FETCH_HEAD', '**/.git/refs/**'];
  private readonly run: GitRunner;
  private readonly ttl: number;
  private readonly now: () => number;
  private generation = 0;
  private readonly repos = new Map<string, Timed<Repo>>();
  private readonly commits = new Map<string, Timed<Resolved>>();
  private readonly texts = new Map<string, Promise<string | undefined>>();

  constructor(options: GitBaseReaderOptions = {}) {
    // Short time limit: a live check must not wait on a hung git (a network file system, a lock).
    this.run = options.run ?? gitRunner({ timeoutMs: 10_000 });
    this.ttl = options.ttlMs ?? RESOLVE_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  invalidate(): void {
    this.generation++;
  }

  async read(fileUri: string, setting: string): Promise<BaseText> {
    try {
      const uri = URI.parse(fileUri);
      if (uri.scheme !== 'file') return { note: 'not a file on disk: nothing to compare', key: 'not-a-file' };
      const file = uri.fsPath;
      const repo = await this.cached(this.repos, path.dirname(file), () => this.repoOf(path.dirname(file)));
      if ('note' in repo) return { note: repo.note, key: repo.note };
      const resolved = await this.cached(this.commits, `${repo.root}\0${setting}`, () => this.resolve(repo.root, setting));
      if ('note' in resolved) return { note: resolved.note, key: resolved.note };
      const inRepo = await this.pathInRepo(repo.root, file);
      if (inRepo === undefined) return { note: 'outside the repository: nothing to compare', key: 'outside' };
      const key = `${resolved.commit}:${inRepo}`;
      const text = await this.textAt(repo.root, resolved.commit, inRepo);
      if (text === undefined) return { ref: resolved.ref, note: `new connector: not in ${resolved.ref}`, key };
      return { text, ref: resolved.ref, key };
    } catch (e) {
      const note = `the base cannot be read: ${e instanceof Error ? e.message : String(e)}`.split('\n')[0];
      return { note, key: note };
    }
  }

  /** A cached answer while fresh (same generation, within the time limit), else a new one. */
  private cached<T>(map: Map<string, Timed<T>>, key: string, compute: () => Promise<T>): Promise<T> {
    const hit = map.get(key);
    const now = this.now();
    if (hit && hit.generation === this.generation && now - hit.at < this.ttl) return hit.value;
    const value = compute();
    map.set(key, { at: now, generation: this.generation, value });
    return value;
  }

  /**
   * The repository holding `dir`: the nearest folder with a `.git` (a folder, or a file for worktrees and submodules).
   * Found on disk, not by spawning git, so files outside any repository cost no process at all.
   */
  private async repoOf(dir: string): Promise<Repo> {
    let current = await fsp.realpath(dir).catch(() => undefined);
    if (!current) return { note: 'the folder does not exist on disk: nothing to compare' };
    for (;;) {
      if (await fsp.stat(path.join(current, '.git')).then(() => true, () => false)) return { root: current };
      const parent = path.dirname(current);
      if (parent === current) return { note: NOT_A_REPOSITORY };
      current = parent;
    }
  }

  private async resolve(root: string, setting: string): Promise<Resolved> {
    if (setting && setting !== 'auto') {
      const r = await this.commitOf(root, setting);
      if ('note' in r) return r;
      return r.commit ? { commit: r.commit, ref: setting } : { note: `no git ref "${setting}" (breakingChanges.base): nothing to compare` };
    }
    // One process lists which target branches exist; then the merge base with the first that has one.
    const listed = await this.run(['for-each-ref', '--format=%(refname)', ...TARGET_BRANCHES.map(b => `refs/remotes/${b}`)], root);
    if (listed.code !== 0) return { note: gitFailure(listed) };
    const present = new Set(listed.stdout.split('\n').map(l => l.trim().replace(/^refs\/remotes\//, '')));
    for (const branch of TARGET_BRANCHES) {
      if (!present.has(branch)) continue;
      const base = await this.run(['merge-base', 'HEAD', branch], root);
      const commit = base.stdout.trim();
      if (base.code === 0 && COMMIT.test(commit)) return { commit, ref: `${branch} (merge base ${commit.slice(0, 7)})` };
    }
    const head = await this.commitOf(root, 'HEAD');
    if ('note' in head) return head;
    return head.commit ? { commit: head.commit, ref: 'HEAD' } : { note: 'no commit yet: nothing to compare' };
  }

  /** The commit a ref names (undefined when there is none), or a note when git itself cannot answer. */
  private async commitOf(root: string, ref: string): Promise<{ commit?: string } | { note: string }> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
    const commit = r.stdout.trim();
    if (r.code === 0 && COMMIT.test(commit)) return { commit };
    // --verify --quiet fails silently (exit 1) for a ref that does not exist; anything on stderr is git failing.
    if (r.code === GIT_NOT_FOUND || r.stderr.trim()) return { note: gitFailure(r) };
    return {};
  }

  /** The file's path inside the repository with forward slashes (as `<commit>:<path>` takes it), or undefined outside. */
  private async pathInRepo(root: string, file: string): Promise<string | undefined> {
    const dir = await fsp.realpath(path.dirname(file)).catch(() => path.dirname(file));
    const rel = path.relative(root, path.join(dir, path.basename(file)));
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  private textAt(root: string, commit: string, inRepo: string): Promise<string | undefined> {
    const key = `${root}\0${commit}\0${inRepo}`;
    let text = this.texts.get(key);
    if (text) {
      this.texts.delete(key); // most recently used last
    } else {
      // cat-file of a blob: the committed bytes, and a failure (not a listing) when the path is a folder or absent.
      // Exit 128 is git's "no such object": the file is new, for good (a commit does not change). Anything else (a
      // time limit, a missing git) is not remembered.
      text = this.run(['cat-file', 'blob', `${commit}:${inRepo}`], root).then(r => {
        if (r.code === 0) return r.stdout;
        if (r.code === 128) return undefined;
        this.texts.delete(key);
        throw new Error(r.stderr.trim() || `git cat-file failed (${r.code})`);
      });
    }
    this.texts.set(key, text);
    while (this.texts.size > MAX_TEXTS) this.texts.delete(this.texts.keys().next().value as string);
    return text;
  }
}
