// Our SARIF output against the OASIS SARIF 2.1.0 JSON schema (shipped as test data; see test/fixtures/cli/README.md).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { cli, FIXTURES } from '../../support/cli';

function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif-2.1.0-rtm.5.schema.json'), 'utf8'));
  // The schema is draft-04 (`id`); ajv 8 reads the same keywords under `$id` once the meta-schema reference is dropped.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }); // the schema's language pattern is not valid under /u
  ajv.addFormat('uri', s => { try { return !!new URL(s); } catch { return false; } });
  ajv.addFormat('uri-reference', s => { try { return !!new URL(s, 'file:///base/'); } catch { return false; } });
  ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
  return ajv.compile(schema);
}

describe('cli SARIF output', () => {
  const validate = sarifValidator();

  it('is valid SARIF 2.1.0, with results and the rule catalogue', async () => {
    const r = await cli(['--format', 'sarif', 'mixed', 'broken', 'configured', 'clean']);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    const valid: boolean = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.runs[0].results.length, 7);
    assert.deepEqual(log.runs[0].results.map((x: { level: string }) => x.level), ['error', 'error', 'warning', 'error', 'error', 'error', 'warning']);
  });

  it('encodes paths with spaces as URI references', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-sarif-'));
    try {
      fs.writeFileSync(path.join(tmp, 'My Connector.apiProperties.json'), '{ "properties": { "capabilities": 1 } }');
      const r = await cli(['--format', 'sarif', '.'], { cwd: tmp });
      const log = JSON.parse(r.stdout);
      const valid: boolean = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'My%20Connector.apiProperties.json');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the validator rejects a broken log (so the check above can fail)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] }), false);
  });
});
