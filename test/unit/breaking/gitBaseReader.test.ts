// The editor's base, read through git from a real temporary repository: automatic (merge base with origin/dev, else
// origin/main, else HEAD), a ref from the setting, a new file, no repository, no git, and what is cached (how many
// git processes a read spawns).
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GitBaseReader } from '../../../server/src/node/gitBaseReader';
import { gitRunner, GitRunner } from '../../../server/src/node/git';
import { fileUri } from '../../../server/src/node/nodeFileSystem';

describe('git base reader', () => {
  let repo: string;
  let outside: string;
  let swagger: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, stdio: 'pipe', encoding: 'utf8' }).trim();
  const commit = (content: string, message: string) => { writeFileSync(swagger, content); git('add', '.'); git('commit', '-qm', message); return git('rev-parse', 'HEAD'); };
  /** A reader whose git runs are counted, on a clock the test moves. */
  function counted(ttlMs = 3000) {
    const clock = { now: 1_000_000 };
    const calls: string[] = [];
    const real = gitRunner();
    const run: GitRunner = (args, cwd) => { calls.push(args[0]); return real(args, cwd); };
    return { reader: new GitBaseReader({ run, ttlMs, now: () => clock.now }), calls, clock };
  }

  before(() => {
    repo = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'pp-live-base-')));
    outside = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'pp-live-nogit-')));
    mkdirSync(path.join(repo, 'connectors', 'Contoso'), { recursive: true });
    swagger = path.join(repo, 'connectors', 'Contoso', 'apiDefinition.swagger.json');
    git('init', '-q');
  });
  after(() => { rmSync(repo, { recursive: true, force: true }); rmSync(outside, { recursive: true, force: true }); });

  it('says "no commit yet" in a fresh repository, then compares with HEAD once there is one', async () => {
    writeFileSync(swagger, '{"v": 0}');
    const { reader } = counted();
    const fresh = await reader.read(fileUri(swagger), '');
    assert.equal(fresh.text, undefined);
    assert.match(fresh.note ?? '', /no commit yet/);
    commit('{"v": 1}', 'one');
    writeFileSync(swagger, '{"v": "working tree"}');
    reader.invalidate();
    const head = await reader.read(fileUri(swagger), '');
    assert.deepEqual({ text: head.text, ref: head.ref, note: head.note }, { text: '{"v": 1}', ref: 'HEAD', note: undefined });
  });

  it('automatic: the merge base with origin/dev, else origin/main, else origin/master', async () => {
    const published = commit('{"v": 2}', 'published on main');
    git('update-ref', 'refs/remotes/origin/main', published);
    commit('{"v": 3}', 'on dev');
    const dev = git('rev-parse', 'HEAD');
    git('update-ref', 'refs/remotes/origin/dev', dev);
    commit('{"v": 4}', 'my branch');
    const { reader } = counted();
    const auto = await reader.read(fileUri(swagger), '');
    assert.equal(auto.text, '{"v": 3}');
    assert.equal(auto.ref, `origin/dev (merge base ${dev.slice(0, 7)})`);
    git('update-ref', '-d', 'refs/remotes/origin/dev');
    reader.invalidate();
    const main = await reader.read(fileUri(swagger), '');
    assert.equal(main.text, '{"v": 2}');
    assert.match(main.ref ?? '', /^origin\/main \(merge base [0-9a-f]{7}\)$/);
    git('update-ref', '-d', 'refs/remotes/origin/main');
    git('update-ref', 'refs/remotes/origin/master', published);
    reader.invalidate();
    assert.equal((await reader.read(fileUri(swagger), '')).text, '{"v": 2}');
    git('update-ref', '-d', 'refs/remotes/origin/master');
  });

  it('a ref from the setting; an unknown ref is a note, not an error', async () => {
    const { reader } = counted();
    assert.equal((await reader.read(fileUri(swagger), 'HEAD~1')).text, '{"v": 3}');
    const missing = await reader.read(fileUri(swagger), 'no-such-branch');
    assert.equal(missing.text, undefined);
    assert.match(missing.note ?? '', /no git ref "no-such-branch"/);
  });

  it('a file the base does not have is a new connector', async () => {
    const fresh = path.join(repo, 'connectors', 'Fresh');
    mkdirSync(fresh);
    writeFileSync(path.join(fresh, 'apiProperties.json'), '{}');
    const { reader } = counted();
    const base = await reader.read(fileUri(path.join(fresh, 'apiProperties.json')), '');
    assert.equal(base.text, undefined);
    assert.equal(base.ref, 'HEAD');
    assert.equal(base.note, 'new connector: not in HEAD');
  });

  it('no repository, no git, not a file: notes', async () => {
    writeFileSync(path.join(outside, 'apiDefinition.swagger.json'), '{}');
    const { reader, calls } = counted();
    const none = await reader.read(fileUri(path.join(outside, 'apiDefinition.swagger.json')), '');
    assert.equal(none.text, undefined);
    assert.match(none.note ?? '', /not in a git repository/);
    assert.deepEqual(calls, [], 'outside a repository no git process is started');
    const noGit = new GitBaseReader({ run: gitRunner({ command: 'git-that-is-not-installed-pp' }) });
    assert.match((await noGit.read(fileUri(swagger), '')).note ?? '', /git is not installed/);
    assert.match((await reader.read('untitled:Untitled-1', '')).note ?? '', /not a file on disk/);
  });

  it('caches: no process within the time limit, a re-resolve after it or after invalidate, the text per commit', async () => {
    const { reader, calls, clock } = counted(3000);
    const uri = fileUri(swagger);
    const first = await reader.read(uri, '');
    assert.equal(first.text, '{"v": 4}');
    assert.deepEqual(calls, ['for-each-ref', 'rev-parse', 'cat-file']);
    calls.length = 0;
    clock.now += 1000;
    assert.deepEqual(await reader.read(uri, ''), first);
    assert.deepEqual(calls, [], 'within the time limit nothing is spawned');
    // A commit is noticed after the time limit: the commit is resolved again; the text is read for the new commit.
    commit('{"v": 5}', 'five');
    clock.now += 500;
    assert.equal((await reader.read(uri, '')).text, '{"v": 4}', 'still the cached answer');
    clock.now += 3000;
    calls.length = 0;
    const after = await reader.read(uri, '');
    assert.equal(after.text, '{"v": 5}');
    assert.notEqual(after.key, first.key);
    assert.deepEqual(calls, ['for-each-ref', 'rev-parse', 'cat-file']);
    // invalidate (a .git change) re-resolves at once; the same commit's text comes from the cache.
    calls.length = 0;
    reader.invalidate();
    assert.deepEqual(await reader.read(uri, ''), after);
    assert.deepEqual(calls, ['for-each-ref', 'rev-parse']);
  });
});
