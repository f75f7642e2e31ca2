import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings } from './helpers';

const CODE = 'set-name-duplicate';

describe(CODE, () => {
  it('reports the second set with a name on its name', async () => {
    const text = file(`    "connectionParameterSets": { "values": [
      { "name": "oauth", "parameters": {} },
      { "name": "oauth", "parameters": {} }
    ] }`);
    assert.deepEqual(await findings(text, CODE), [
      '6:17-6:24 warning set-name-duplicate ["oauth"] Set name "oauth" is already used by set #1: connections record the chosen authentication option by name, so equal names make that choice ambiguous. Rename this set.',
    ]);
  });

  it('accepts distinct names', async () => {
    const text = file('    "connectionParameterSets": { "values": [ { "name": "a", "parameters": {} }, { "name": "b", "parameters": {} } ] }');
    assert.deepEqual(await findings(text, CODE), []);
  });
});
