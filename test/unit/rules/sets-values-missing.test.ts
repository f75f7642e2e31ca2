import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings } from './helpers';

const CODE = 'sets-values-missing';

describe(CODE, () => {
  it('reports a sets block without values on its key, as the only diagnostic', async () => {
    const text = file('    "connectionParameterSets": { "uiDefinition": { "displayName": "Auth", "description": "Pick one" } }');
    assert.deepEqual(await findings(text, CODE), [
      '4:5-4:30 error sets-values-missing ["connectionParameterSets"] "connectionParameterSets" has no "values": the connection dialog has no authentication option to offer. Add "values" with at least one set ({ "name", "uiDefinition", "parameters" }), or remove "connectionParameterSets" and use "connectionParameters".',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
  });

  it('reports an empty values array on the array', async () => {
    const text = file('    "connectionParameterSets": { "values": [] }');
    assert.deepEqual(await findings(text, CODE), [
      '4:44-4:46 error sets-values-missing [[]] "connectionParameterSets.values" is empty: the connection dialog has no authentication option to offer. Add at least one set ({ "name", "uiDefinition", "parameters" }), or remove "connectionParameterSets".',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
  });

  it('accepts sets with at least one value', async () => {
    const text = file('    "connectionParameterSets": { "values": [ { "name": "none", "parameters": {} } ] }');
    assert.deepEqual(await findings(text, CODE), []);
  });
});
