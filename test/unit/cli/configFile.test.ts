import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ConfigHost, configForDocument, findConfigFile, loadConfigFile, mergeSettings, parseConfigText, UriFileSystem } from '../../../server/src/engine/configFile';
import { normalizeSettings } from '../../../server/src/engine/settings';

function host(files: Record<string, string>, dirs: string[] = []): ConfigHost {
  return {
    isFile: p => p in files,
    exists: p => p in files || dirs.includes(p),
    readFile: p => { if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' }); return files[p]; },
  };
}

describe('config file (.pp-connector.json)', () => {
  it('finds the nearest file walking up', () => {
    const h = host({ '/repo/.pp-connector.json': '{}', '/repo/a/.pp-connector.json': '{}' }, ['/repo/.git']);
    assert.equal(findConfigFile('/repo/a/b/c', h), '/repo/a/.pp-connector.json');
    assert.equal(findConfigFile('/repo/x', h), '/repo/.pp-connector.json');
    assert.equal(findConfigFile('/repo', h), '/repo/.pp-connector.json');
  });

  it('stops at the repository root (.git) and at the file-system root', () => {
    const h = host({ '/.pp-connector.json': '{}' }, ['/repo/.git']);
    assert.equal(findConfigFile('/repo/a', h), undefined);
    assert.equal(findConfigFile('/other/a', h), '/.pp-connector.json');
    assert.equal(findConfigFile('/none', host({})), undefined);
  });

  it('works with Windows paths', () => {
    const h = host({ 'C:\\repo\\.pp-connector.json': '{}' }, ['C:\\repo\\.git']);
    assert.equal(findConfigFile('C:\\repo\\conn\\x', h), 'C:\\repo\\.pp-connector.json');
    assert.equal(findConfigFile('D:\\elsewhere', h), undefined);
  });

  it('parses rules and profile, tolerating comments and trailing commas', () => {
    const c = parseConfigText('{ // team rules\n "rules": { "schema": "warn", }, "profile": "certified" }', '/r/.pp-connector.json', new Set(['schema']));
    assert.deepEqual(c.settings, { validate: true, rules: { schema: 'warning' }, profile: 'certified' });
    assert.deepEqual(c.problems, []);
  });

  it('reports bad entries with the file name and keeps the good ones', () => {
    const c = parseConfigText('{ "rules": { "schema": "off", "shcema": "off", "duplicate-key": "loud" }, "profile": 3 }', 'cfg.json', new Set(['schema', 'duplicate-key']));
    assert.deepEqual(c.settings, { validate: true, rules: { schema: 'off' }, profile: 'auto' });
    assert.deepEqual(c.problems, [
      'cfg.json: "profile" must be one of auto, custom, certified, independent-publisher; got 3. Using "auto".',
      'cfg.json: Unknown rule id "shcema" in settings; it is ignored. Did you mean "schema"?',
      'cfg.json: Rule "duplicate-key": severity must be one of error, warning, information, hint, off; got "loud". Using the rule\'s default.',
    ]);
  });

  it('reports a syntax error and a non-object', () => {
    assert.deepEqual(parseConfigText('{\n  "rules": ', 'c.json').problems, ['c.json:2:12: value expected.', 'c.json:2:12: close brace expected.']);
    assert.deepEqual(parseConfigText('[1]', 'c.json').problems, ['c.json: the configuration must be a JSON object.']);
  });

  it('turns an unreadable file into a problem', () => {
    const c = loadConfigFile('/x/.pp-connector.json', host({}));
    assert.deepEqual(c.problems, ['/x/.pp-connector.json: cannot read the file (ENOENT).']);
    assert.deepEqual(c.settings, { validate: true, rules: {}, profile: 'auto' });
  });

  it('merges: rules per id, the upper layer wins, "auto" does not override an explicit profile', () => {
    const file = { validate: true, rules: { schema: 'warning' as const, 'duplicate-key': 'off' as const }, profile: 'certified' as const };
    assert.deepEqual(mergeSettings(file, { validate: true, rules: { schema: 'error' }, profile: 'auto' }),
      { validate: true, rules: { schema: 'error', 'duplicate-key': 'off' }, profile: 'certified' });
    assert.deepEqual(mergeSettings(file, { profile: 'custom' }).profile, 'custom');
    assert.equal(mergeSettings(file, { validate: false }).validate, false);
  });

  it('breakingChanges.base: empty is automatic, "off" or a ref is kept, an option-like or multi-line value is refused; the editor\'s wins', () => {
    assert.equal(normalizeSettings({ breakingChanges: { base: '' } }).settings.breakingBase, '');
    assert.equal(normalizeSettings({ breakingChanges: { base: ' origin/dev ' } }).settings.breakingBase, 'origin/dev');
    assert.equal(normalizeSettings({ breakingChanges: { base: 'off' } }).settings.breakingBase, 'off');
    for (const bad of ['--output=x', 'HEAD\nmain', 42]) {
      const r = normalizeSettings({ breakingChanges: { base: bad } });
      assert.equal(r.settings.breakingBase, undefined);
      assert.match(r.problems[0], /"breakingChanges.base" must be empty \(automatic\), "off" or a git ref/);
    }
    const file = { validate: true, rules: {}, profile: 'auto' as const, breakingBase: 'off' };
    assert.equal(mergeSettings(file, { breakingBase: 'HEAD' }).breakingBase, 'HEAD');
    assert.equal(mergeSettings(file, { breakingBase: '' }).breakingBase, 'off', 'an empty editor setting leaves the file\'s choice');
    assert.equal('breakingBase' in mergeSettings({ validate: true, rules: {}, profile: 'auto' }, {}), false);
  });

  it('outside a repository, stops at the folder given; inside one, goes up to its root', () => {
    const files = { '/home/me/.pp-connector.json': '{ "validate": false }', '/home/me/dl/conn/.pp-connector.json': '{}' };
    assert.equal(findConfigFile('/home/me/dl/x/c', host(files), '/home/me/dl/x'), undefined);
    assert.equal(findConfigFile('/home/me/dl/conn/c', host(files), '/home/me/dl/conn'), '/home/me/dl/conn/.pp-connector.json');
    assert.equal(findConfigFile('/home/me/dl/x/c', host(files, ['/home/me/.git']), '/home/me/dl/x'), '/home/me/.pp-connector.json');
    assert.equal(findConfigFile('/home/me/dl/x/c', host(files, ['/home/me/dl/.git']), '/home/me/dl/x'), undefined);
    assert.equal(findConfigFile('C:\\dl\\x\\c', host({ 'C:\\.pp-connector.json': '{}' }), 'C:\\dl\\x'), undefined);
  });

  it('names the first 10 bad rule entries and counts the rest; declines a file over 256 KB unread', () => {
    const rules = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`nope-${i}`, 'off']));
    const c = parseConfigText(JSON.stringify({ rules }), 'c.json', new Set(['schema']));
    assert.equal(c.problems.length, 11);
    assert.equal(c.problems[10], 'c.json: ... and 490 more unknown rule ids or bad severities in "rules"; they are ignored.');
    let read = 0;
    const big: ConfigHost = { isFile: () => true, exists: () => true, readFile: () => { read++; return '{}'; }, size: () => 300 * 1024 };
    assert.deepEqual(loadConfigFile('/r/.pp-connector.json', big).problems, ['/r/.pp-connector.json: too large (300 KB; the limit is 256 KB); ignored.']);
    assert.equal(read, 0);
  });

  it('the server\'s lookup parses a file once while its mtime and size stay, and again when they change', async () => {
    let reads = 0;
    let stamp = { mtime: 1, size: 40 };
    const fs: UriFileSystem = {
      stat: async uri => uri === 'file:///ws/.pp-connector.json' ? { kind: 'file', ...stamp } : uri === 'file:///ws/.git' ? { kind: 'directory' } : undefined,
      readFile: async () => { reads++; return `{ "rules": { "schema": "${reads === 1 ? 'off' : 'hint'}" } }`; },
    };
    for (let i = 0; i < 5; i++) {
      const c = await configForDocument(`file:///ws/c${i}/apiProperties.json`, fs, new Set(['schema']));
      assert.equal(c?.settings.rules.schema, 'off');
    }
    assert.equal(reads, 1);
    stamp = { mtime: 2, size: 41 };
    assert.equal((await configForDocument('file:///ws/c/apiProperties.json', fs, new Set(['schema'])))?.settings.rules.schema, 'hint');
    assert.equal(reads, 2);
  });
});
