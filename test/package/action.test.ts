// The GitHub Action: the README's example step, run locally as the runner would run it. Its `with:` inputs are
// mapped to the environment of the check step exactly as action.yml declares, and action/run.mjs runs from a copy
// of the repository without dist/ (as GitHub checks an action out, so its first run builds the checker) on a
// workspace holding the example connectors. The upload step (github/codeql-action) only runs on GitHub; its wiring
// to the check step's output is checked in action.yml.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/lspClient';

const ACTION = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

/** Inputs of action.yml with their defaults (`  name:` then `    default: value`). */
function actionInputs(): Map<string, string> {
  const block = /^inputs:\n((?: {2}.*\n)+)/m.exec(ACTION)![1];
  const inputs = new Map<string, string>();
  for (const m of block.matchAll(/^ {2}([a-z-]+):\n(?: {4}.*\n)*? {4}default: (.*)$/gm)) inputs.set(m[1], m[2].replace(/^'(.*)'$/, '$1'));
  return inputs;
}

/** The check step's environment: `PP_INPUT_X: ${{ inputs.x }}`. */
function stepEnvironment(): Map<string, string> {
  return new Map([...ACTION.matchAll(/^ {8}(PP_INPUT_[A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}$/gm)].map(m => [m[1], m[2]]));
}

/** The `with:` of the README example's step that uses this repository. */
function readmeStep(): { uses: string; with: Map<string, string> } {
  const section = /<!-- section:action -->([\s\S]*?)<!-- \/section:action -->/.exec(README)![1];
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1];
  const m = /^( *)- uses: (ppconnector\/[^\s@]+@\S+)\n\1 {2}with:\n((?:\1 {4}.*\n)+)/m.exec(yaml)!;
  return { uses: m[2], with: new Map([...m[3].matchAll(/^ *([a-z-]+): (.*)$/gm)].map(x => [x[1], x[2]])) };
}

interface Run { status: number | null; stdout: string; stderr: string; outputs: Map<string, string>; sarifFile?: string }

function runAction(actionRoot: string, workspace: string, withInputs: Map<string, string>): Run {
  const inputs = actionInputs();
  for (const [k, v] of withInputs) { assert.ok(inputs.has(k), `the README passes "${k}", which action.yml does not declare`); inputs.set(k, v); }
  const outputFile = path.join(workspace, '..', `github-output-${Date.now()}`);
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_ACTION_PATH: actionRoot, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile };
  for (const [name, input] of stepEnvironment()) env[name] = inputs.get(input);
  const run = /^ {6}run: (.*)$/m.exec(ACTION)![1];
  const r = spawnSync('bash', ['-c', run], { cwd: workspace, env, encoding: 'utf8', timeout: 180_000 });
  const outputs = new Map(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, sarifFile: outputs.get('sarif-file') };
}

describe('GitHub Action', () => {
  let work: string;
  let workspace: string;
  let actionRoot: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'pp-action-'));
    workspace = path.join(work, 'workspace');
    cpSync(path.join(REPO_ROOT, 'examples'), path.join(workspace, 'connectors'), { recursive: true });
    actionRoot = path.join(work, 'action');
    cpSync(REPO_ROOT, actionRoot, { recursive: true, filter: src => !/^(node_modules|dist|\.git|test)$/.test(path.relative(REPO_ROOT, src).split(path.sep)[0]) });
    // Stands for the `npm ci` of the first run (offline here); the build itself runs.
    symlinkSync(realpathSync(path.join(REPO_ROOT, 'node_modules')), path.join(actionRoot, 'node_modules'));
  });
  after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it('is a composite action whose upload step takes the check step\'s SARIF output', () => {
    assert.match(ACTION, /^ {2}using: composite$/m);
    assert.match(ACTION, /^ {4}- id: check\n {6}shell: bash\n {6}run: node "\$GITHUB_ACTION_PATH\/action\/run\.mjs"$/m);
    assert.match(ACTION, /uses: github\/codeql-action\/upload-sarif@v3\n {6}with:\n {8}sarif_file: \$\{\{ steps\.check\.outputs\.sarif-file \}\}/);
    assert.deepEqual([...stepEnvironment().values()].sort(), [...actionInputs().keys()].filter(k => !['upload-sarif', 'category'].includes(k)).sort());
    const { uses } = readmeStep();
    assert.equal(uses.split('@')[0], pkg.repository.url.replace(/^https:\/\/github\.com\/|\.git$/g, ''));
  });

  it('runs the README example: builds the checker, annotations, a SARIF report of the connectors, outputs, exit code', () => {
    const example = readmeStep().with;
    assert.equal(example.get('path'), 'connectors');
    const r = runAction(actionRoot, workspace, example);
    assert.match(r.stdout, /^::group::Build the checker$/m);
    assert.equal(r.status, 1, `errors in the examples fail the step\n${r.stdout}\n${r.stderr}`);
    assert.equal(r.outputs.get('exit-code'), '1');
    assert.match(r.stdout, /^::error file=connectors\/fabrikam-crm\/apiProperties\.json,line=6,col=9,endLine=6,endColumn=24,title=oauth-settings-casing::/m);
    assert.equal(r.sarifFile, path.join(workspace, 'pp-connector.sarif'));
    const sarif = JSON.parse(readFileSync(r.sarifFile!, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const [run] = sarif.runs;
    const rules = new Set(run.tool.driver.rules.map((x: { id: string }) => x.id));
    assert.ok(run.results.length > 0);
    for (const result of run.results) {
      assert.ok(rules.has(result.ruleId), result.ruleId);
      const location = result.locations[0].physicalLocation;
      assert.match(location.artifactLocation.uri, /^connectors\/(contoso-tickets|fabrikam-crm)\/(apiProperties|apiDefinition\.swagger)\.json$/);
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
    }
    assert.ok(run.results.some((x: { ruleId: string }) => x.ruleId === 'extension-name-misspelled'), 'the swagger is checked as a file of its own');
    const annotations = r.stdout.split('\n').filter(l => /^::(error|warning|notice) file=/.test(l)).length;
    assert.equal(annotations, run.results.length, 'the annotations and the SARIF report carry the same findings');
  });

  it('passes on a clean folder, and stops with a clear message on a bad input', () => {
    const clean = runAction(actionRoot, workspace, new Map([['path', 'connectors/contoso-tickets'], ['profile', 'custom'], ['sarif-file', 'out/clean.sarif']]));
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.equal(clean.outputs.get('exit-code'), '0');
    assert.equal(clean.sarifFile, path.join(workspace, 'out', 'clean.sarif'));
    assert.deepEqual(JSON.parse(readFileSync(clean.sarifFile!, 'utf8')).runs[0].results, []);
    const bad = runAction(actionRoot, workspace, new Map([['max-warnings', 'none']]));
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /^::error title=pp-connector action::max-warnings must be a whole number/m);
  });
});
