import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings } from './helpers';

const CODE = 'legacy-and-sets';

describe(CODE, () => {
  it('reports connectionParameters next to connectionParameterSets on its key', async () => {
    const text = file(
      '    "connectionParameters": {}',
      '    "connectionParameterSets": { "values": [ { "name": "none", "parameters": {} } ] }',
    );
    assert.deepEqual(await findings(text, CODE), [
      '4:5-4:27 information legacy-and-sets ["connectionParameters"] "connectionParameters" is ignored by the connection dialog because "connectionParameterSets" is present: only the sets are offered. Keep it only if older tooling needs it, and keep it in sync with one of the sets.',
    ]);
  });

  it('accepts either block alone', async () => {
    assert.deepEqual(await findings(file('    "connectionParameters": {}'), CODE), []);
    assert.deepEqual(await findings(file('    "connectionParameterSets": { "values": [ { "name": "none", "parameters": {} } ] }'), CODE), []);
  });
});
