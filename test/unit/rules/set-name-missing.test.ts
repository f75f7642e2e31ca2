import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings } from './helpers';

const CODE = 'set-name-missing';

describe(CODE, () => {
  it('reports a set without a name at its opening brace, replacing the schema message', async () => {
    const text = file(`    "connectionParameterSets": { "values": [
      { "parameters": {} }
    ] }`);
    assert.deepEqual(await findings(text, CODE), [
      '5:7-5:8 error set-name-missing [{] Parameter set #1 has no "name": connections store the chosen authentication option by set name. Add a short, stable "name" such as "oauth" or "api-key".',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
  });

  it('reports an empty name on the value', async () => {
    const text = file('    "connectionParameterSets": { "values": [ { "name": " ", "parameters": {} } ] }');
    assert.deepEqual(await findings(text, CODE), [
      '4:56-4:59 error set-name-missing [" "] Parameter set #1 has an empty "name": connections store the chosen authentication option by set name. Give it a short, stable name such as "oauth" or "api-key".',
    ]);
  });

  it('accepts named sets', async () => {
    assert.deepEqual(await findings(file('    "connectionParameterSets": { "values": [ { "name": "a", "parameters": {} } ] }'), CODE), []);
  });
});
