// Golden outputs of every format on our fixture folders. UPDATE_GOLDEN=1 rewrites them (review the diff).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { BUILTIN_CODES, RULES } from '../../../server/src/engine/rules/registry';
import { SWAGGER_RULES } from '../../../server/src/engine/swaggerRules/registry';
import { SETTINGS_RULES } from '../../../server/src/engine/paconnSettings/rules';
import { FOLDER_RULES } from '../../../server/src/engine/folder/rules';
import { escapeData, escapeProperty } from '../../../server/src/cli/formatters/github';
import { cli, FIXTURES } from '../../support/cli';
import { version } from '../../../package.json';

const GOLDEN = path.join(FIXTURES, 'golden');
const ARGS = ['mixed', 'clean', 'broken', 'configured'];

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `output differs from ${path.relative(process.cwd(), file)} (UPDATE_GOLDEN=1 to rewrite)`);
}

/** Parts of the output that depend on the machine or the release, not on the findings. */
function normalize(text: string): string {
  return text.split(FIXTURES).join('<fixtures>').split(`"${version}"`).join('"<version>"');
}

describe('cli output formats (golden)', () => {
  it('stylish', async () => {
    const r = await cli(ARGS);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    golden('stylish.txt', r.stdout);
  });

  it('json', async () => {
    const r = await cli(['--format', 'json', ...ARGS]);
    assert.equal(r.code, 1);
    golden('json.json', normalize(r.stdout));
  });

  it('github', async () => {
    const r = await cli(['--format', 'github', ...ARGS]);
    assert.equal(r.code, 1);
    golden('github.txt', r.stdout);
  });

  it('sarif (results; the rule catalogue is checked against the registry)', async () => {
    const r = await cli(['--format', 'sarif', ...ARGS]);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri: string; shortDescription: { text: string } }[];
    assert.deepEqual(rules.map(x => x.id), [...BUILTIN_CODES, 'analysis-limit', ...RULES.map(x => x.id), ...SWAGGER_RULES.map(x => x.id),
      ...Object.keys(SETTINGS_RULES), ...Object.keys(FOLDER_RULES)]);
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text.length > 10, rule.id);
      if (rule.id === 'analysis-limit') {
        assert.equal(rule.helpUri, 'https://github.com/ppconnector/pp-connector-tools#reliability');
        continue;
      }
      assert.equal(rule.helpUri, `https://github.com/ppconnector/pp-connector-tools/blob/main/docs/rules/${rule.id}.md`);
      assert.ok(fs.existsSync(path.join(FIXTURES, '../../../docs/rules', rule.id + '.md')), `docs/rules/${rule.id}.md`);
    }
    for (const result of log.runs[0].results) assert.equal(rules[result.ruleIndex].id, result.ruleId);
    log.runs[0].tool.driver.rules = "<the registry's rules, checked above>";
    golden('sarif.json', normalize(JSON.stringify(log, null, 2) + '\n'));
  });

  it('stylish --fix-dry-run (the changes, then the findings of the unchanged file)', async () => {
    const r = await cli(['--fix-dry-run', 'fixable']);
    assert.equal(r.code, 1);
    golden('stylish-fix-dry-run.txt', r.stdout);
  });

  it('github: information and hints become notices; values and properties are escaped', async () => {
    const r = await cli(['--format', 'github', '--rule', 'schema=information', 'mixed/beta']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '::notice file=mixed/beta/ApiProperties.json,line=3,col=29,endLine=3,endColumn=31,title=schema::Incorrect type. Expected "object".\n'
      + 'pp-connector: 2 file(s) checked, 0 error(s), 0 warning(s), 1 info.\n');
    assert.equal(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
    assert.equal(escapeData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
  });

  it('sarif: information is a note', async () => {
    const r = await cli(['--format', 'sarif', '--rule', 'schema=hint', 'mixed/beta']);
    assert.deepEqual(JSON.parse(r.stdout).runs[0].results.map((x: { level: string; ruleId: string }) => [x.ruleId, x.level]), [['schema', 'note']]);
  });

  it('--quiet keeps errors only', async () => {
    const r = await cli(['--quiet', 'configured', 'broken']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, [
      'broken/apiProperties.json',
      '  4:5  error  Expected comma  json-syntax',
      '',
      '✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 of 4 files checked',
      'Configuration: configured/.pp-connector.json (2 files)',
      '',
      'Findings by rule:',
      '  json-syntax       1',
      '',
    ].join('\n'));
  });

  it('clean folder', async () => {
    const r = await cli(['clean']);
    assert.deepEqual(r, { code: 0, stdout: '✔ No problems (2 files checked).\n', stderr: '' });
  });
});
