// The bundled checker as users run it: `node dist/cli.js ...` (built by npm test), exit codes and stderr per case.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/cli');

function run(args: string[], cwd = FIXTURES) {
  // The corpus report is a few MB: more than spawnSync's default buffer.
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pp-cli-'));
}

describe('cli (dist/cli.js)', () => {
  it('starts with a shebang so npm can link it as the pp-connector bin', () => {
    assert.equal(fs.readFileSync(CLI, 'utf8').split('\n')[0], '#!/usr/bin/env node');
  });

  it('--version and --help exit 0', () => {
    assert.deepEqual(run(['--version']), { code: 0, stdout: version + '\n', stderr: '' });
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: pp-connector \[options\] <file\|folder>\.\.\.\n/);
    assert.match(help.stdout, /--max-warnings <n>/);
  });

  it('exit 0 on a clean folder, 1 when a file has errors', () => {
    assert.equal(run(['clean']).code, 0);
    const r = run(['broken']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^broken\/apiProperties\.json\n {2}4:5 {2}error {2}Expected comma {2}json-syntax\n/);
  });

  const usage: [string, string[], string][] = [
    ['an unknown option', ['--nope', 'clean'], 'pp-connector: Unknown option --nope. Run pp-connector --help for the options.\n'],
    ['a bad format', ['-f', 'xml', 'clean'], 'pp-connector: Unknown format "xml"; use one of stylish, json, sarif, github.\n'],
    ['no path', [], 'pp-connector: No files or folders given. Usage: pp-connector [options] <file|folder>... (--help for more).\n'],
    ['a missing path', ['no/such/place'], 'pp-connector: Cannot read "no/such/place": no such file or folder.\n'],
    ['a folder without connectors', ['golden'], 'pp-connector: No apiProperties.json or apiDefinition.swagger.json files found in "golden".\n'],
    ['a missing config file', ['--config', 'nope.json', 'clean'], 'pp-connector: Cannot read the configuration file "nope.json": no such file or folder.\n'],
    ['an unknown rule id', ['--rule', 'shcema=off', 'clean'], 'pp-connector: Unknown rule id "shcema" in --rule. Did you mean "schema"?\n'],
  ];
  for (const [what, args, stderr] of usage) {
    it(`exit 2 and one line, no stack trace, for ${what}`, () => {
      assert.deepEqual(run(args), { code: 2, stdout: '', stderr });
    });
  }

  it('--no-error-on-unmatched-pattern: an empty folder is fine', () => {
    assert.deepEqual(run(['--no-error-on-unmatched-pattern', 'golden']), { code: 0, stdout: '✔ No problems (0 files checked).\n', stderr: '' });
  });

  it('--max-warnings: warnings pass until there are too many', () => {
    const args = ['--rule', 'schema=warning', 'mixed/beta'];
    assert.equal(run(args).code, 0);
    assert.equal(run([...args, '--max-warnings', '1']).code, 0);
    const over = run([...args, '--max-warnings', '0']);
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'pp-connector: too many warnings (1); at most 0 allowed (--max-warnings).\n');
  });

  it('--rule off removes findings; --quiet hides warnings and keeps the exit code at 0', () => {
    assert.deepEqual(run(['--rule', 'schema=off', 'mixed/beta']).code, 0);
    assert.deepEqual(run(['--quiet', '--rule', 'schema=warning', '--max-warnings', '0', 'mixed/beta']), {
      code: 0, stdout: '✔ No problems (2 files checked).\n', stderr: '',
    });
  });

  it('finds .pp-connector.json from the checked file upwards; --no-config and --config', () => {
    const found = run(['sub'], path.join(FIXTURES, 'configured'));
    assert.equal(found.code, 0);
    assert.match(found.stdout, /3:29 {2}warning {2}Incorrect type\. Expected "object"\. {2}schema/);
    // From another working directory: the file's own folder decides.
    assert.match(run(['configured']).stdout, /3:29 {2}warning/);
    assert.equal(run(['--no-config', 'configured']).code, 1);
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'off.json'), '{ "rules": { "schema": "off" } }');
      assert.deepEqual(run(['--config', path.join(dir, 'off.json'), 'mixed/beta']), { code: 0, stdout: `✔ No problems (2 files checked).\nConfiguration: ${path.join(dir, 'off.json')} (2 files)\n`, stderr: '' });
      fs.writeFileSync(path.join(dir, 'bad.json'), '{ "rules": { "schema": "loud" } }');
      const bad = run(['--config', path.join(dir, 'bad.json'), 'mixed/beta']);
      assert.equal(bad.code, 1);
      assert.equal(bad.stderr, `pp-connector: warning: ${path.join(dir, 'bad.json')}: Rule "schema": severity must be one of error, warning, information, hint, off; got "loud". Using the rule's default.\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks an explicitly named file of any name, skips node_modules and other json files in folders', () => {
    const dir = tempDir();
    try {
      fs.copyFileSync(path.join(FIXTURES, 'broken/apiProperties.json'), path.join(dir, 'renamed.json'));
      const r = run([path.join(dir, 'renamed.json'), '--no-swagger', '--format', 'json']);
      assert.equal(r.code, 1);
      assert.equal(JSON.parse(r.stdout).files[0].messages[0].ruleId, 'json-syntax');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const files = JSON.parse(run(['mixed', '--format', 'json']).stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(files, ['mixed/alpha/apiDefinition.swagger.json', 'mixed/alpha/apiProperties.json', 'mixed/beta/ApiProperties.json', 'mixed/beta/apiDefinition.swagger.json']);
  });

  it('--output-file writes the report and prints the summary; stderr stays empty without a TTY', () => {
    const dir = tempDir();
    try {
      const out = path.join(dir, 'reports', 'pp.sarif');
      const r = run(['--format', 'sarif', '--output-file', out, 'mixed']);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '✖ 5 problems (4 errors, 1 warning, 0 infos) in 2 of 4 files checked\n');
      assert.equal(r.stderr, '');
      assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).runs[0].results.length, 5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli --fix', () => {
  const original = fs.readFileSync(path.join(FIXTURES, 'fixable/apiProperties.json'), 'utf8');
  // Exactly the fixed spans change: two casings, a redirect mode, a boolean-as-string and a property name.
  const expected = original
    .replace('"type": "oAuthSetting"', '"type": "oauthSetting"')
    .replace('"oauthSettings": {', '"oAuthSettings": {')
    .replace('"redirectMode": "global"', '"redirectMode": "Global"')
    .replace('"required": true,', '"required": "true",')
    .replace('"stackowner": "Fixable Corp"', '"stackOwner": "Fixable Corp"');

  it('--fix-dry-run prints the changes and writes nothing', () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'apiProperties.json');
      fs.writeFileSync(file, original);
      const r = run(['--fix-dry-run', '--no-swagger', 'apiProperties.json'], dir);
      assert.equal(r.code, 1);
      assert.equal(fs.readFileSync(file, 'utf8'), original);
      assert.match(r.stdout, /^apiProperties\.json\n {2}would fix {2}5 problems: /);
      assert.match(r.stdout, /\n {2}@@ -10,1 \+10,1 @@\n {2}- {10}"redirectMode": "global",\n {2}\+ {10}"redirectMode": "Global",\n/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--fix rewrites only the fixed spans, reports them, and a second run changes nothing', () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'apiProperties.json');
      fs.writeFileSync(file, original);
      fs.copyFileSync(path.join(FIXTURES, 'fixable/apiDefinition.swagger.json'), path.join(dir, 'apiDefinition.swagger.json'));
      const first = run(['--fix', '--format', 'json', 'apiProperties.json'], dir);
      assert.equal(first.code, 0, first.stderr);
      assert.equal(fs.readFileSync(file, 'utf8'), expected);
      const report = JSON.parse(first.stdout).files[0];
      assert.equal(report.fixes.applied, 5);
      assert.equal(report.fixes.written, true);
      assert.deepEqual(report.fixes.titles.sort(), ['Change to "Global"', 'Change to "oauthSetting"', 'Change to "true"', 'Rename "oauthSettings" to "oAuthSettings"', 'Rename "stackowner" to "stackOwner"']);
      // The remaining findings refer to the fixed text.
      assert.deepEqual(report.messages, []);
      const second = run(['--fix', '--format', 'json', 'apiProperties.json'], dir);
      assert.equal(fs.readFileSync(file, 'utf8'), expected);
      assert.equal(JSON.parse(second.stdout).files[0].fixes.applied, 0);
      assert.equal(second.code, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--fix with a duplicated connectionParameters fixes the second (effective) copy and leaves the first alone', () => {
    const dir = tempDir();
    const text = [
      '{',
      '  "properties": {',
      '    "iconBrandColor": "#123456",',
      '    "connectionParameters": {',
      '      "username": {"type": "string", "uiDefinition": {"constraints": {"required": "true"}}}',
      '    },',
      '    "connectionParameters": {',
      '      "username": {"type": "string", "uiDefinition": {"constraints": {"required": "true"}}},',
      '      "password": {"type": "securestring", "uiDefinition": {"constraints": {"required": true}}}',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    try {
      const file = path.join(dir, 'apiProperties.json');
      fs.writeFileSync(file, text);
      const r = run(['--fix', '--format', 'json', '--no-swagger', 'apiProperties.json'], dir);
      assert.equal(fs.readFileSync(file, 'utf8'), text.replace('"required": true}', '"required": "true"}'));
      const report = JSON.parse(r.stdout).files[0];
      assert.deepEqual(report.fixes.titles, ['Change to "true"']);
      // The duplicate key itself (reported on both copies) stays for the author to merge.
      assert.deepEqual(report.messages.map((m: { ruleId: string }) => m.ruleId), ['duplicate-key', 'duplicate-key']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server honours .pp-connector.json (shared with the CLI)', () => {
  it('applies the file under the VS Code settings and re-reads it when it changes', async () => {
    const { LspTestClient } = await import('../support/lspClient');
    const dir = tempDir();
    const configPath = path.join(dir, '.pp-connector.json');
    fs.writeFileSync(configPath, '{ "rules": { "schema": "warning" } }');
    fs.mkdirSync(path.join(dir, 'conn'));
    const file = path.join(dir, 'conn', 'apiProperties.json');
    const text = fs.readFileSync(path.join(FIXTURES, 'mixed/beta/ApiProperties.json'), 'utf8');
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const client = await LspTestClient.start({ configuration: {} });
    try {
      await client.open(uri, text);
      const schema = (ds: { code?: unknown; severity?: number }[]) => ds.filter(d => d.code === 'schema').map(d => d.severity);
      assert.deepEqual(schema(await client.diagnosticsFor(uri)), [2]);
      fs.writeFileSync(configPath, '{ "rules": { "schema": "off" } }');
      const before = client.publishCount.get(uri) ?? 0;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).href, type: 2 }] });
      await client.waitFor(() => (client.publishCount.get(uri) ?? 0) > before, 10000, 'diagnostics after the config change');
      assert.deepEqual(schema(client.diagnostics.get(uri)!.diagnostics), []);
      // The editor's own setting wins over the file.
      client.configuration = { rules: { schema: 'hint' } };
      const again = client.publishCount.get(uri) ?? 0;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.waitFor(() => (client.publishCount.get(uri) ?? 0) > again, 10000, 'diagnostics after the settings change');
      assert.deepEqual(schema(client.diagnostics.get(uri)!.diagnostics), [4]);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli on the corpus', () => {
  const corpus = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
  const present = fs.existsSync(corpus);
  it('checks every connector without an internal error, each with its swagger', { skip: present ? false : `no corpus at ${corpus} (set PP_CONNECTOR_CORPUS)` }, () => {
    const r = run(['--format', 'json', corpus]);
    assert.equal(r.stderr, '');
    assert.ok(r.code === 0 || r.code === 1, `exit code ${r.code}`);
    const report = JSON.parse(r.stdout);
    const expected = fs.readdirSync(corpus).filter(n => /apiProperties\.json$/i.test(n)).length;
    const swaggers = fs.readdirSync(corpus).filter(n => /\.apiDefinition\.swagger\.json$/i.test(n)).length;
    // Every swagger is a file of its own in the report, once, beside the apiProperties.json it pairs with.
    assert.equal(report.files.length, expected + swaggers);
    assert.deepEqual(report.unreadable, []);
    const paired = report.files.filter((f: { swagger?: string }) => f.swagger).length;
    assert.equal(paired, swaggers);
    assert.equal(report.files.filter((f: { path: string }) => /swagger\.json$/i.test(f.path)).length, swaggers);
    for (const f of report.files) {
      for (const m of f.messages) assert.ok(m.line >= 1 && m.column >= 1 && (m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column)), `${f.path} ${m.ruleId}`);
    }
  });
});
