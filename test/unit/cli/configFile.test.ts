import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ConfigHost, findConfigFile, loadConfigFile, mergeSettings, parseConfigText } from '../../../server/src/engine/configFile';

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
});
