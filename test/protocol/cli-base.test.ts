// `--base`: the bundled checker compares a connector with a git ref of a real temporary repository (a committed
// version and a working-tree change), with an old folder, and fails with one line when git cannot answer.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PAIRED = path.join(ROOT, 'test/fixtures/swagger/paired');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli --base (dist/cli.js)', () => {
  let repo: string;
  let connector: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, stdio: 'pipe' });
  before(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-cli-base-'));
    connector = path.join(repo, 'certified-connectors', 'Contoso');
    fs.mkdirSync(connector, { recursive: true });
    for (const f of fs.readdirSync(PAIRED)) fs.copyFileSync(path.join(PAIRED, f), path.join(connector, f));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'published');
  });
  after(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('reports nothing new for an unchanged connector', () => {
    const plain = run(['-f', 'json', 'certified-connectors'], repo);
    const based = run(['-f', 'json', '--base', 'HEAD', 'certified-connectors'], repo);
    assert.equal(based.stderr, '');
    assert.deepEqual(JSON.parse(based.stdout), JSON.parse(plain.stdout));
  });

  it('a deleted operation in the working tree is an error of the swagger, in the certified folder, with its ValuePath', () => {
    const swaggerFile = path.join(connector, 'apiDefinition.swagger.json');
    const original = fs.readFileSync(swaggerFile, 'utf8');
    try {
      const doc = JSON.parse(original);
      const [firstPath] = Object.keys(doc.paths);
      const [method] = Object.keys(doc.paths[firstPath]).filter(k => k !== 'parameters');
      const id = doc.paths[firstPath][method].operationId;
      delete doc.paths[firstPath];
      fs.writeFileSync(swaggerFile, JSON.stringify(doc, null, 2));
      const r = run(['-f', 'json', '--base', 'HEAD', 'certified-connectors'], repo);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const report = JSON.parse(r.stdout);
      const swaggers = report.files.filter((f: { path: string }) => f.path.endsWith('apiDefinition.swagger.json'));
      assert.equal(swaggers.length, 1, 'the swagger is reported once, as its own file');
      const [swagger] = swaggers;
      // Its own Swagger Validator findings and the breaking changes, merged in the one entry.
      assert.ok(swagger.messages.some((m: { ruleId: string }) => m.ruleId === 'path-parameter-missing-encoding'), JSON.stringify(swagger.messages));
      const [finding] = swagger.messages.filter((m: { ruleId: string }) => m.ruleId === 'breaking-operation-deleted');
      assert.equal(finding.severity, 'error');
      assert.match(finding.message, new RegExp(`^Operation "${id}" \\(GET /widgets\\) is in the published version but not here`));
      const stylish = run(['--base', 'HEAD', 'certified-connectors'], repo);
      // Under the swagger's heading (after its certification findings, which sort first by line).
      assert.match(stylish.stdout, /apiDefinition\.swagger\.json\n(?: {2}\S.*\n)*? {2}.*error .*breaking-operation-deleted/);
      // The same change for a custom connector folder is a warning.
      const custom = run(['-f', 'json', '--profile', 'custom', '--base', 'HEAD', 'certified-connectors'], repo);
      const customSwagger = JSON.parse(custom.stdout).files.find((f: { path: string }) => f.path.endsWith('apiDefinition.swagger.json'));
      assert.equal(customSwagger.messages.find((m: { ruleId: string }) => m.ruleId === 'breaking-operation-deleted').severity, 'warning');
    } finally {
      fs.writeFileSync(swaggerFile, original);
    }
  });

  it('a new connector gets one information note and no comparison', () => {
    const fresh = path.join(repo, 'certified-connectors', 'Fresh');
    fs.mkdirSync(fresh);
    try {
      for (const f of fs.readdirSync(PAIRED)) fs.copyFileSync(path.join(PAIRED, f), path.join(fresh, f));
      const r = run(['-f', 'json', '--base', 'HEAD', 'certified-connectors/Fresh'], repo);
      const file = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path.endsWith('apiProperties.json'));
      assert.deepEqual(file.messages.filter((m: { ruleId: string }) => m.ruleId.startsWith('breaking-')).map((m: { ruleId: string; severity: string }) => `${m.ruleId} ${m.severity}`),
        ['breaking-base-missing information']);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('an unknown ref, or a folder outside git: one line on stderr, exit 2', () => {
    const bad = run(['--base', 'no-such-ref', 'certified-connectors'], repo);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'pp-connector: cannot compare with no-such-ref: no such git ref (commit, branch or tag)\n');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-cli-nogit-'));
    try {
      for (const f of fs.readdirSync(PAIRED)) fs.copyFileSync(path.join(PAIRED, f), path.join(outside, f));
      const r = run(['--base', 'HEAD', '.'], outside);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^pp-connector: cannot compare with HEAD: .* is not in a git repository\n$/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
