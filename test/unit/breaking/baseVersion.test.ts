// The base version of a file: at a git ref of a real temporary repository, from an old folder or file, and the
// one-line errors for no repository and an unknown ref.
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BaseError, readBaseVersion } from '../../../server/src/node/baseVersion';

describe('base version', () => {
  let repo: string;
  let outside: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, stdio: 'pipe' });
  before(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'pp-base-'));
    outside = mkdtempSync(path.join(os.tmpdir(), 'pp-nogit-'));
    mkdirSync(path.join(repo, 'connectors', 'Contoso'), { recursive: true });
    writeFileSync(path.join(repo, 'connectors', 'Contoso', 'apiDefinition.swagger.json'), '{"v": 1}');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'first');
    writeFileSync(path.join(repo, 'connectors', 'Contoso', 'apiDefinition.swagger.json'), '{"v": 2}');
  });
  after(() => { rmSync(repo, { recursive: true, force: true }); rmSync(outside, { recursive: true, force: true }); });

  it('reads the committed version at HEAD, and reports a file new since the ref as missing', async () => {
    const file = path.join(repo, 'connectors', 'Contoso', 'apiDefinition.swagger.json');
    assert.deepEqual(await readBaseVersion(file, 'HEAD'), { kind: 'found', text: '{"v": 1}', label: 'HEAD' });
    const fresh = path.join(repo, 'connectors', 'Contoso', 'apiProperties.json');
    writeFileSync(fresh, '{}');
    assert.deepEqual(await readBaseVersion(fresh, 'HEAD'), { kind: 'missing', label: 'HEAD' });
  });

  it('reads an old folder or an old file given as a path', async () => {
    const old = path.join(outside, 'old');
    mkdirSync(old);
    writeFileSync(path.join(old, 'apiDefinition.swagger.json'), '{"v": 0}');
    const file = path.join(repo, 'connectors', 'Contoso', 'apiDefinition.swagger.json');
    assert.deepEqual(await readBaseVersion(file, old), { kind: 'found', text: '{"v": 0}', label: old });
    assert.deepEqual(await readBaseVersion(file, path.join(old, 'apiDefinition.swagger.json')), { kind: 'found', text: '{"v": 0}', label: path.join(old, 'apiDefinition.swagger.json') });
  });

  it('fails with one line for an unknown ref, a folder outside git, and an option-like ref', async () => {
    const file = path.join(repo, 'connectors', 'Contoso', 'apiDefinition.swagger.json');
    await assert.rejects(readBaseVersion(file, 'no-such-branch'), (e: Error) => e instanceof BaseError && /no such git ref/.test(e.message) && !e.message.includes('\n'));
    writeFileSync(path.join(outside, 'apiDefinition.swagger.json'), '{}');
    await assert.rejects(readBaseVersion(path.join(outside, 'apiDefinition.swagger.json'), 'HEAD'), (e: Error) => e instanceof BaseError && /not in a git repository/.test(e.message));
    await assert.rejects(readBaseVersion(file, '--output=x.txt'), BaseError);
  });
});
