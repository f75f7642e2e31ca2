// The connector's swagger on the command line: the bundled checker reports it as a file of its own in every format,
// checks a swagger that has no apiProperties.json beside it, applies its safe fixes with --fix, and honours --rule,
// --quiet and --max-warnings for the swagger rules.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const API_PROPERTIES = fs.readFileSync(path.join(ROOT, 'test/fixtures/cli/clean/northwind/apiProperties.json'), 'utf8');

/** Two safe findings: a misspelled extension at 12:9-12:25 and a path parameter without encoding at 14:21-14:25. */
const SWAGGER = `{
  "swagger": "2.0",
  "info": { "title": "Widgets", "description": "Widgets API.", "version": "1.0" },
  "host": "api.widgets.example",
  "basePath": "/",
  "schemes": ["https"],
  "paths": {
    "/widgets/{id}": {
      "get": {
        "operationId": "GetWidget",
        "summary": "Get a widget",
        "x-ms-visibilty": "important",
        "parameters": [
          { "name": "id", "in": "path", "required": true, "type": "string" }
        ],
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}
`;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
function connector(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-cli-swagger-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('cli: the swagger as a file of its own (dist/cli.js)', () => {
  afterEach(() => { while (temps.length) fs.rmSync(temps.pop()!, { recursive: true, force: true }); });

  it('a connector folder reports apiProperties.json and its swagger, with exact positions, in every format', () => {
    const dir = connector({ 'widgets/apiProperties.json': API_PROPERTIES, 'widgets/apiDefinition.swagger.json': SWAGGER });

    const stylish = run(['widgets'], dir);
    assert.equal(stylish.code, 0, stylish.stdout + stylish.stderr);
    assert.equal(stylish.stderr, '');
    assert.match(stylish.stdout, /^widgets\/apiDefinition\.swagger\.json\n {2}12:9 {3}warning {2}"x-ms-visibilty" is not an extension .* {2}extension-name-misspelled\n {2}14:21 {2}warning {2}Path parameter "id" has no "x-ms-url-encoding".* {2}path-parameter-missing-encoding\n/);
    assert.match(stylish.stdout, /\(0 errors, 2 warnings, 1 info\) in 2 of 2 files checked\n {2}2 problems potentially fixable with the `--fix` option\./);

    const json = JSON.parse(run(['-f', 'json', 'widgets'], dir).stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['widgets/apiDefinition.swagger.json', 'widgets/apiProperties.json']);
    assert.equal(json.files[1].swagger, 'widgets/apiDefinition.swagger.json');
    assert.deepEqual(json.files[1].messages.map((m: { ruleId: string }) => m.ruleId), ['swagger-security-mismatch']);
    assert.deepEqual(json.files[0].messages.map((m: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; data: { validatorName?: string } }) =>
      [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.data.validatorName]), [
      ['extension-name-misspelled', 12, 9, 12, 25, undefined],
      ['path-parameter-missing-encoding', 14, 21, 14, 25, 'PathParameterMissingEncoding'],
    ]);
    assert.equal(json.summary.warnings, 2);
    assert.equal(json.summary.fixable, 2);

    const github = run(['-f', 'github', 'widgets'], dir).stdout.split('\n');
    assert.equal(github[0], '::warning file=widgets/apiDefinition.swagger.json,line=12,col=9,endLine=12,endColumn=25,title=extension-name-misspelled::"x-ms-visibilty" is not an extension the platform knows, so it is silently ignored; did you mean "x-ms-visibility"?');
    assert.match(github[1], /^::warning file=widgets\/apiDefinition\.swagger\.json,line=14,col=21,endLine=14,endColumn=25,title=path-parameter-missing-encoding::/);

    const sarif = JSON.parse(run(['-f', 'sarif', 'widgets'], dir).stdout);
    const [sarifRun] = sarif.runs;
    const rules = sarifRun.tool.driver.rules as { id: string; helpUri: string; properties: { validatorName?: string } }[];
    assert.deepEqual(sarifRun.results.map((r: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }) =>
      [r.ruleId, rules[r.ruleIndex].id, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region]), [
      ['extension-name-misspelled', 'extension-name-misspelled', 'widgets/apiDefinition.swagger.json', { startLine: 12, startColumn: 9, endLine: 12, endColumn: 25 }],
      ['path-parameter-missing-encoding', 'path-parameter-missing-encoding', 'widgets/apiDefinition.swagger.json', { startLine: 14, startColumn: 21, endLine: 14, endColumn: 25 }],
      ['swagger-security-mismatch', 'swagger-security-mismatch', 'widgets/apiProperties.json', { startLine: 4, startColumn: 7, endLine: 4, endColumn: 16 }],
    ]);
    const encoding = rules.find(r => r.id === 'path-parameter-missing-encoding')!;
    assert.equal(encoding.properties.validatorName, 'PathParameterMissingEncoding');
    assert.match(encoding.helpUri, /path-parameter-missing-encoding\.md$/);
  });

  it('a swagger without an apiProperties.json beside it is checked; other *.swagger.json only when paired or named', () => {
    const dir = connector({
      'alone/APIDEFINITION.Swagger.json': SWAGGER,
      'stray/notes.swagger.json': SWAGGER,
      'paired/apiProperties.json': API_PROPERTIES,
      'paired/widgets.swagger.json': SWAGGER,
    });
    const r = run(['-f', 'json', '.'], dir);
    assert.equal(r.code, 0, r.stderr);
    const files = JSON.parse(r.stdout).files as { path: string; swagger?: string; messages: unknown[] }[];
    // The folder walk finds apiDefinition.swagger.json in any casing; the pairing adds the folder's only *.swagger.json.
    assert.deepEqual(files.map(f => [f.path, f.messages.length]), [
      ['alone/APIDEFINITION.Swagger.json', 2],
      ['paired/apiProperties.json', 1], // swagger-security-mismatch: the cross-file checks see the paired swagger
      ['paired/widgets.swagger.json', 2],
    ]);
    // Given by path, any *.swagger.json is checked as a swagger.
    const named = run(['-f', 'json', 'stray/notes.swagger.json'], dir);
    assert.deepEqual(JSON.parse(named.stdout).files.map((f: { path: string; messages: { ruleId: string }[] }) => [f.path, f.messages.map(m => m.ruleId)]),
      [['stray/notes.swagger.json', ['extension-name-misspelled', 'path-parameter-missing-encoding']]]);
  });

  it('--fix applies the swagger\'s safe fixes as minimal edits, and a second run finds nothing to fix', () => {
    const dir = connector({ 'widgets/apiProperties.json': API_PROPERTIES, 'widgets/apiDefinition.swagger.json': SWAGGER });
    const r = run(['--fix', 'widgets'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /widgets\/apiDefinition\.swagger\.json\n {2}fixed {2}2 problems: Rename to "x-ms-visibility"; Add "x-ms-url-encoding": "single"\n/);
    const expected = SWAGGER
      .replace('"x-ms-visibilty"', '"x-ms-visibility"')
      .replace('"type": "string" }', '"type": "string", "x-ms-url-encoding": "single" }');
    assert.equal(fs.readFileSync(path.join(dir, 'widgets/apiDefinition.swagger.json'), 'utf8'), expected);
    assert.equal(fs.readFileSync(path.join(dir, 'widgets/apiProperties.json'), 'utf8'), API_PROPERTIES);
    const again = run(['--fix', '-f', 'json', 'widgets'], dir);
    assert.deepEqual(JSON.parse(again.stdout).files.map((f: { fixes: { applied: number } }) => f.fixes.applied), [0, 0]);
    assert.equal(fs.readFileSync(path.join(dir, 'widgets/apiDefinition.swagger.json'), 'utf8'), expected);
  });

  it('--fix does not write a paired swagger outside the folders given (settings.json naming ../shared)', () => {
    const dir = connector({
      'conn/apiProperties.json': API_PROPERTIES,
      'conn/settings.json': '{ "apiDefinition": "../shared/api.swagger.json" }',
      'shared/api.swagger.json': SWAGGER,
    });
    const r = run(['--fix', 'conn'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^shared\/api\.swagger\.json\n {2}not written/m);
    assert.equal(r.stderr, 'pp-connector: shared/api.swagger.json: fixes not written: the file is outside the folders given (a swagger paired from there); give it on the command line to fix it\n');
    assert.equal(fs.readFileSync(path.join(dir, 'shared/api.swagger.json'), 'utf8'), SWAGGER);
    // Given by path too, it is written (once, though two paths lead to it).
    const both = run(['--fix', '-f', 'json', 'conn', 'shared/api.swagger.json'], dir);
    assert.equal(both.code, 0, both.stderr);
    assert.deepEqual(JSON.parse(both.stdout).files.map((f: { path: string }) => f.path), ['conn/apiProperties.json', 'conn/settings.json', 'shared/api.swagger.json']);
    assert.notEqual(fs.readFileSync(path.join(dir, 'shared/api.swagger.json'), 'utf8'), SWAGGER);
  });

  it('--fix-dry-run shows the swagger changes and writes nothing', () => {
    const dir = connector({ 'apiDefinition.swagger.json': SWAGGER });
    const r = run(['--fix-dry-run', '-f', 'json', '.'], dir);
    const [file] = JSON.parse(r.stdout).files;
    assert.equal(file.fixes.applied, 2);
    assert.equal(file.fixes.written, false);
    assert.deepEqual(file.fixes.changes.map((c: { oldStart: number }) => c.oldStart), [12, 14]);
    assert.equal(fs.readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8'), SWAGGER);
  });

  it('--rule, --quiet and --max-warnings apply to the swagger rules', () => {
    const dir = connector({ 'apiDefinition.swagger.json': SWAGGER });
    const off = run(['-f', 'json', '--rule', 'extension-name-misspelled=off', '.'], dir);
    assert.deepEqual(JSON.parse(off.stdout).files[0].messages.map((m: { ruleId: string }) => m.ruleId), ['path-parameter-missing-encoding']);
    const raised = run(['-f', 'json', '--rule', 'path-parameter-missing-encoding=error', '.'], dir);
    assert.equal(raised.code, 1);
    assert.deepEqual(JSON.parse(raised.stdout).files[0].messages.map((m: { severity: string }) => m.severity), ['warning', 'error']);
    assert.equal(run(['--quiet', '.'], dir).stdout, '✔ No problems (1 file checked).\n');
    const over = run(['--max-warnings', '1', '.'], dir);
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'pp-connector: too many warnings (2); at most 1 allowed (--max-warnings).\n');
    assert.equal(run(['--max-warnings', '2', '.'], dir).code, 0);
  });

  it('a swagger that is not valid JSON gets one json-syntax error where the JSON breaks', () => {
    const dir = connector({ 'apiDefinition.swagger.json': '{\n  "swagger": "2.0"\n  "info": {}\n}\n' });
    const r = run(['-f', 'json', '.'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const [m] = JSON.parse(r.stdout).files[0].messages;
    assert.deepEqual([m.ruleId, m.severity, m.line, m.column], ['json-syntax', 'error', 3, 3]);
    assert.match(m.message, /^No Swagger Validator rule ran: the swagger is not valid JSON \(CommaExpected\)/);
  });
});
