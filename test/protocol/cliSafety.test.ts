// The bundled checker (dist/cli.js) against hostile inputs and a hostile file system: bytes it must keep, writes it
// must not do (or must report truthfully when they fail), devices, odd names, control characters, config lookup.
// Each case came from an adversarial review (issue 11); the run is real (spawned node), the files are temp files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXABLE = fs.readFileSync(path.join(ROOT, 'test/fixtures/cli/fixable/apiProperties.json'), 'utf8');

function run(args: string[], cwd: string, timeout = 60_000) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1', CI: '' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-cli-safety-'));
  temps.push(d);
  return d;
}
after(() => {
  for (const d of temps) {
    spawnSync('chattr', ['-R', '-i', d], { stdio: 'ignore' });
    fs.rmSync(d, { recursive: true, force: true });
  }
});

/** A connector with exactly one safe fix (redirectMode casing) and nothing else to report. */
const ONE_FIX = JSON.stringify({
  properties: {
    connectionParameters: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: {
          identityProvider: 'oauth2', clientId: '[CLIENT_ID]', scopes: ['read'], redirectMode: 'global',
          customParameters: {
            authorizationUrl: { value: 'https://login.example.com/authorize' },
            tokenUrl: { value: 'https://login.example.com/token' },
            refreshUrl: { value: 'https://login.example.com/token' },
          },
        },
        uiDefinition: { displayName: 'Sign in', description: 'DESCRIPTION', constraints: { required: 'true' } },
      },
    },
    iconBrandColor: '#0a7d4f', capabilities: [], publisher: 'Example Corp', stackOwner: 'Example Corp',
  },
}, null, 2) + '\n';

/** Control characters and bidi overrides that must never reach a terminal raw. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function connectorDir(parent: string, name: string, content: string | Buffer = ONE_FIX): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'apiProperties.json'), content);
  return path.join(dir, 'apiProperties.json');
}

describe('cli --fix keeps bytes it does not fix (issue 11, item 2)', () => {
  it('a Windows-1252 file is not rewritten: a file-encoding finding and a clear "not written" in every format', () => {
    const dir = tempDir();
    const text = ONE_FIX.replace('DESCRIPTION', 'Caf\u00e9 \u00a9');
    const bytes = Buffer.from(text, 'latin1');
    const file = connectorDir(dir, 'c', bytes);
    const json = run(['--fix', '--no-swagger', '--format', 'json', 'c'], dir);
    assert.deepEqual(fs.readFileSync(file), bytes, 'the file must keep its bytes');
    const report = JSON.parse(json.stdout);
    const f = report.files[0];
    const enc = f.messages.filter((m: { ruleId: string }) => m.ruleId === 'file-encoding');
    assert.equal(enc.length, 1, json.stdout);
    assert.equal(enc[0].severity, 'warning');
    assert.match(enc[0].message, /not valid UTF-8/);
    // The finding points at the first bad byte (the é), and the fixable finding is still reported.
    const line = text.split('\n').findIndex(l => l.includes('Caf'));
    assert.deepEqual([enc[0].line, enc[0].column], [line + 1, text.split('\n')[line].indexOf('\u00e9') + 1]);
    assert.ok(f.messages.some((m: { ruleId: string }) => m.ruleId === 'redirect-mode-casing'));
    assert.equal(f.fixes.written, false);
    assert.match(f.fixes.error, /not valid UTF-8/);
    assert.equal(json.code, 0);
    const stylish = run(['--fix', '--no-swagger', 'c'], dir);
    assert.deepEqual(fs.readFileSync(file), bytes);
    assert.doesNotMatch(stylish.stdout, /\bfixed\b|No problems/);
    assert.match(stylish.stdout, /not valid UTF-8/);
    assert.ok(!stylish.stdout.includes('\ufffd'), 'no replacement characters in the report');
    const dry = run(['--fix-dry-run', '--no-swagger', 'c'], dir);
    assert.ok(!dry.stdout.includes('\ufffd'), 'the dry run previews no lossy rewrite');
    assert.match(run(['--no-swagger', '--rule', 'file-encoding=error', '--format', 'json', 'c'], dir).stdout, /"errorCount": 1/);
    assert.doesNotMatch(run(['--no-swagger', '--rule', 'file-encoding=off', '--format', 'json', 'c'], dir).stdout, /file-encoding/);
  });
});

describe('cli --fix write path (issue 11, item 3)', () => {
  it('a read-only file: nothing is claimed, the findings stay, the failure is reported in every format', () => {
    const dir = tempDir();
    const file = connectorDir(dir, 'c');
    fs.chmodSync(file, 0o444);
    const json = run(['--fix', '--no-swagger', '--format', 'json', 'c'], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), ONE_FIX);
    const f = JSON.parse(json.stdout).files[0];
    assert.equal(f.fixes.written, false);
    assert.match(f.fixes.error, /read-only/);
    assert.deepEqual(f.messages.map((m: { ruleId: string }) => m.ruleId), ['redirect-mode-casing']);
    assert.equal(JSON.parse(json.stdout).unreadable.length, 1);
    assert.equal(json.code, 2);
    const stylish = run(['--fix', '--no-swagger', 'c'], dir);
    assert.doesNotMatch(stylish.stdout, /\bfixed 1 problem|No problems/);
    assert.match(stylish.stdout, /redirect-mode-casing/);
    assert.match(stylish.stdout, /read-only/);
    const sarif = JSON.parse(run(['--fix', '--no-swagger', '--format', 'sarif', 'c'], dir).stdout);
    assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
    assert.match(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /read-only/);
    assert.equal(sarif.runs[0].results.length, 1);
    const github = run(['--fix', '--no-swagger', '--format', 'github', 'c'], dir);
    assert.match(github.stdout, /^::error file=c\/apiProperties\.json,title=io-error::.*read-only/m);
    assert.match(github.stdout, /^::warning .*redirect-mode-casing/m);
    assert.equal(fs.readFileSync(file, 'utf8'), ONE_FIX);
  });

  const immutable = (() => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-chattr-'));
    const f = path.join(d, 'x');
    fs.writeFileSync(f, 'x');
    const ok = spawnSync('chattr', ['+i', f]).status === 0;
    spawnSync('chattr', ['-i', f]);
    fs.rmSync(d, { recursive: true, force: true });
    return ok;
  })();
  it('a write the file system refuses (chattr +i: EPERM even for root) is reported, and no temp file is left', { skip: !immutable && 'chattr +i is not available here' }, () => {
    const dir = tempDir();
    const file = connectorDir(dir, 'c');
    assert.equal(spawnSync('chattr', ['+i', file]).status, 0);
    const json = run(['--fix', '--no-swagger', '--format', 'json', 'c'], dir);
    spawnSync('chattr', ['-i', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), ONE_FIX);
    const report = JSON.parse(json.stdout);
    assert.equal(report.files[0].fixes.written, false);
    assert.match(report.files[0].fixes.error, /permission denied|operation not permitted/);
    assert.deepEqual(report.files[0].messages.map((m: { ruleId: string }) => m.ruleId), ['redirect-mode-casing']);
    assert.equal(json.code, 2);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['apiProperties.json']);
  });

  it('keeps the mode of the file it rewrites', () => {
    const dir = tempDir();
    const file = connectorDir(dir, 'c');
    fs.chmodSync(file, 0o640);
    const r = run(['--fix', '--no-swagger', 'c'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(fs.readFileSync(file, 'utf8'), /"redirectMode": "Global"/);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });

  it('does not write through a symlink to a file outside the folders given, unless --fix-symlinks', () => {
    const dir = tempDir();
    const outside = connectorDir(dir, 'outside');
    fs.mkdirSync(path.join(dir, 'tree', 'c'), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, 'tree', 'c', 'apiProperties.json'));
    const inside = connectorDir(path.join(dir, 'tree'), 'd');
    // A name starting with two dots is inside the tree, not above it.
    const dotted = connectorDir(path.join(dir, 'tree'), '..dotted');
    const r = run(['--fix', '--no-swagger', '--format', 'json', 'tree'], dir);
    assert.equal(fs.readFileSync(outside, 'utf8'), ONE_FIX, 'the file outside the tree is untouched');
    assert.match(fs.readFileSync(inside, 'utf8'), /"redirectMode": "Global"/, 'the file inside is fixed');
    assert.match(fs.readFileSync(dotted, 'utf8'), /"redirectMode": "Global"/, 'the file in ..dotted is fixed');
    const link = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'tree/c/apiProperties.json');
    assert.equal(link.fixes.written, false);
    assert.match(link.fixes.error, /outside the folders given.*--fix-symlinks/);
    assert.equal(r.code, 2);
    const allowed = run(['--fix', '--fix-symlinks', '--no-swagger', 'tree'], dir);
    assert.equal(allowed.code, 0, allowed.stdout + allowed.stderr);
    assert.match(fs.readFileSync(outside, 'utf8'), /"redirectMode": "Global"/);
    assert.ok(fs.lstatSync(path.join(dir, 'tree', 'c', 'apiProperties.json')).isSymbolicLink(), 'the link stays a link');
  });
});

describe('cli terminal safety (issue 11, item 8)', () => {
  it('control characters from values, titles and file names are escaped in stylish output and on stderr', () => {
    const dir = tempDir();
    const hostile = ONE_FIX
      .replace('"#0a7d4f"', JSON.stringify('\u001b[2J\u001b[H\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\r\u2714 No problems'))
      .replace('"oauth2"', JSON.stringify('oauth2\u0007\u009b31m\u202e'));
    connectorDir(dir, 'bad\u001b[31mname', hostile);
    connectorDir(dir, 'x\n::error file=a::pwned', ONE_FIX);
    fs.writeFileSync(path.join(dir, '.pp-connector.json'), JSON.stringify({ rules: { 'nope\n::error::forged\u001b[2J': 'off' } }));
    fs.mkdirSync(path.join(dir, '.git'));
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      for (const args of [['--format', format, '.'], ['--format', format, '--fix-dry-run', '.']]) {
        const r = run(args, dir);
        assert.ok(r.code === 1 || r.code === 0, `${format}: ${r.stderr}`);
        for (const [stream, out] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
          assert.doesNotMatch(out, UNSAFE, `${format} ${stream} holds a control character: ${JSON.stringify(out)}`);
          assert.doesNotMatch(out, /^\s*::error (file=a|::forged)|^\s*::error::forged/m, `${format} ${stream} holds a forged workflow command`);
        }
        if (format === 'stylish') assert.match(r.stdout, /\\u001b\[2J/);
      }
    }
  });
});

describe('cli reads only regular files, boundedly (issue 11, item 9)', () => {
  it('a symlink to /dev/zero and a FIFO given as arguments: a clear message each, no endless read', { skip: !fs.existsSync('/dev/zero') && 'no /dev/zero' }, () => {
    const dir = tempDir();
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.apiProperties.json'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'fifo.apiProperties.json')]).status === 0;
    connectorDir(dir, 'ok');
    const args = ['--no-swagger', '--format', 'json', 'zero.apiProperties.json', ...(fifo ? ['fifo.apiProperties.json'] : []), 'ok'];
    const r = run(args, dir, 30_000);
    assert.equal(r.signal, null, 'the run ended by itself');
    assert.equal(r.code, 2, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['ok/apiProperties.json']);
    assert.match(report.unreadable[0].message, /not a regular file \(a character device\)/);
    if (fifo) assert.match(report.unreadable[1].message, /not a regular file \(a FIFO\)/);
    assert.match(r.stderr, /zero\.apiProperties\.json: .*not a regular file/);
  });
});

describe('cli goes on past a folder name that is not valid UTF-8 (issue 11, item 10)', () => {
  it('reports the path as unreadable, shown with escapes, and checks the rest', { skip: process.platform !== 'linux' && 'needs a file system that takes any bytes' }, () => {
    const dir = tempDir();
    const bad = Buffer.concat([Buffer.from(dir + '/caf'), Buffer.from([0xe9, 0x1b]), Buffer.from('/c')]);
    fs.mkdirSync(bad, { recursive: true });
    fs.writeFileSync(Buffer.concat([bad, Buffer.from('/apiProperties.json')]), ONE_FIX);
    connectorDir(dir, 'good');
    for (const format of ['json', 'sarif']) {
      const r = run(['--no-swagger', '--format', format, '.'], dir);
      assert.equal(r.code, 2, r.stderr);
      const report = JSON.parse(r.stdout);
      if (format === 'json') {
        assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['good/apiProperties.json']);
        assert.deepEqual(report.unreadable.map((u: { path: string }) => u.path), ['caf\\xE9\\u001b']);
        assert.match(report.unreadable[0].message, /not valid UTF-8/);
      } else {
        assert.equal(report.runs[0].results.length, 1);
        assert.equal(report.runs[0].invocations[0].toolExecutionNotifications.length, 1);
      }
      assert.match(r.stderr, /^pp-connector: caf\\xE9\\u001b: .*not valid UTF-8/m);
    }
  });
});

describe('cli configuration lookup (issue 11, items 7 and 11)', () => {
  it('without a repository root, a .pp-connector.json above the folders given does not apply', () => {
    const dir = tempDir();
    if (fs.existsSync(path.join(os.tmpdir(), '.pp-connector.json'))) return;
    fs.writeFileSync(path.join(dir, '.pp-connector.json'), '{ "validate": false }');
    connectorDir(path.join(dir, 'checkout'), 'c');
    const r = run(['--no-swagger', '--format', 'json', 'c'], path.join(dir, 'checkout'));
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.files[0].messages.map((m: { ruleId: string }) => m.ruleId), ['redirect-mode-casing']);
    assert.deepEqual(report.configFiles, []);
    // Inside a repository, the walk goes up to its root, and the report names the file that applied.
    fs.mkdirSync(path.join(dir, '.git'));
    const inRepo = run(['--no-swagger', '--format', 'json', 'c'], path.join(dir, 'checkout'));
    const r2 = JSON.parse(inRepo.stdout);
    assert.deepEqual(r2.files[0].messages, []);
    const config = path.join(dir, '.pp-connector.json');
    assert.equal(r2.files[0].config, config);
    assert.deepEqual(r2.configFiles, [{ path: config, files: 1, validate: false }]);
    const stylish = run(['--no-swagger', 'c'], path.join(dir, 'checkout'));
    assert.ok(stylish.stdout.includes(`\nConfiguration: ${config} (1 file; "validate": false turns all checks off)\n`), stylish.stdout);
    const sarif = JSON.parse(run(['--no-swagger', '--format', 'sarif', 'c'], path.join(dir, 'checkout')).stdout);
    assert.deepEqual(sarif.runs[0].invocations[0].properties.configFiles, [{ path: config, files: 1, validate: false }]);
  });

  it('a config with 5,000 unknown rule ids: a few lines on stderr, not one per id', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    const rules = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`unknown-rule-${i}-${'x'.repeat(i % 50)}`, 'off']));
    fs.writeFileSync(path.join(dir, '.pp-connector.json'), JSON.stringify({ rules }));
    connectorDir(dir, 'c');
    const r = run(['--no-swagger', 'c'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stderr.length < 4000, `stderr is ${r.stderr.length} chars`);
    assert.match(r.stderr, /and 4990 more unknown rule ids/);
  });

  it('a 1 MB config file is declined with one line', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    const rules = Object.fromEntries(Array.from({ length: 30000 }, (_, i) => [`unknown-rule-${i}-${'y'.repeat(10)}`, 'off']));
    fs.writeFileSync(path.join(dir, '.pp-connector.json'), JSON.stringify({ rules, validate: false }));
    assert.ok(fs.statSync(path.join(dir, '.pp-connector.json')).size > 1_000_000);
    connectorDir(dir, 'c');
    const r = run(['--no-swagger', 'c'], dir);
    assert.match(r.stderr, /^pp-connector: warning: \.pp-connector\.json: too large \(1\.\d MB; the limit is 256 KB\); ignored\.\n$/);
    assert.match(r.stdout, /redirect-mode-casing/);
  });
});
