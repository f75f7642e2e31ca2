import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings } from './helpers';

const CODE = 'set-parameters-missing';

describe(CODE, () => {
  it('reports a set without parameters at its opening brace, replacing the schema message', async () => {
    const text = file('    "connectionParameterSets": { "values": [ { "name": "oauth" } ] }');
    assert.deepEqual(await findings(text, CODE), [
      '4:46-4:47 error set-parameters-missing [{] Parameter set "oauth" has no "parameters": paconn fails on upload and the option would ask for nothing. Add "parameters": {} with the set\'s connection parameters (use {} only for an option without authentication).',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
  });

  it('accepts a set with parameters, even empty ones', async () => {
    assert.deepEqual(await findings(file('    "connectionParameterSets": { "values": [ { "name": "none", "parameters": {} } ] }'), CODE), []);
  });
});
