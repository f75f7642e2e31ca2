import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'set-parameter-required-missing';
const text = file(`    "connectionParameterSets": { "values": [ { "name": "key", "parameters": {
      "api_key": { "type": "securestring", "uiDefinition": { "displayName": "Key", "constraints": { "clearText": false } } },
      "region": { "type": "string", "uiDefinition": { "constraints": { "hidden": "true" } } },
      "host": { "type": "string", "uiDefinition": { "constraints": { "required": "false" } } }
    } } ] }`);

describe(CODE, () => {
  it('reports set parameters without constraints.required on their name, proposing "true" (or "false" when hidden)', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '5:7-5:16 warning set-parameter-required-missing ["api_key"] parameter "api_key" of set "key" has no uiDefinition.constraints.required: the multi-auth docs make it mandatory in sets, and some clients then treat the input as required, others as optional. Add "required": "true".',
      '6:7-6:15 warning set-parameter-required-missing ["region"] parameter "region" of set "key" has no uiDefinition.constraints.required: the multi-auth docs make it mandatory in sets, and some clients then treat the input as required, others as optional. Add "required": "false".',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [
      [{ kind: 'set', path: ['properties', 'connectionParameterSets', 'values', 0, 'parameters', 'api_key', 'uiDefinition', 'constraints', 'required'], value: 'true', title: 'Add "required": "true"', safe: false }],
      [{ kind: 'set', path: ['properties', 'connectionParameterSets', 'values', 0, 'parameters', 'region', 'uiDefinition', 'constraints', 'required'], value: 'false', title: 'Add "required": "false"', safe: false }],
    ]);
  });

  it('does not apply to top-level connectionParameters', async () => {
    const single = file('    "connectionParameters": { "api_key": { "type": "securestring", "uiDefinition": { "displayName": "Key" } } }');
    assert.deepEqual(await findings(single, CODE), []);
  });
});
