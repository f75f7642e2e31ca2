import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'display-name-casing';
const SETS = file(`    "connectionParameterSets": {
      "uiDefinition": { "displayname": "Authentication", "description": "Pick one" },
      "values": [ { "name": "key", "uiDefinition": { "displayName": "Key", "description": "d" }, "parameters": {} } ]
    }`);

describe(CODE, () => {
  it('reports displayname on the key of the sets dropdown, with a safe rename', async () => {
    assert.deepEqual(await findings(SETS, CODE), [
      '5:25-5:38 warning display-name-casing ["displayname"] "displayname" in the uiDefinition of the connectionParameterSets dropdown is ignored: clients read only "displayName" and show the raw name instead. Rename it to "displayName".',
    ]);
    assert.deepEqual(await fixesOf(SETS, CODE), [[{
      kind: 'renameKey', path: ['properties', 'connectionParameterSets', 'uiDefinition', 'displayname'], newKey: 'displayName',
      title: 'Rename "displayname" to "displayName"', safe: true,
    }]]);
    assert.ok(!(await codes(SETS)).includes('schema'));
  });

  it('reports a parameter uiDefinition with both spellings without a rename', async () => {
    const text = file('    "connectionParameters": { "api_key": { "type": "securestring", "uiDefinition": { "displayName": "Key", "DisplayName": "Key" } } }');
    assert.deepEqual(await findings(text, CODE), [
      '4:108-4:121 warning display-name-casing ["DisplayName"] "DisplayName" in the uiDefinition of parameter "api_key" is ignored: clients read only "displayName", which is also present. Remove "DisplayName".',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [undefined]);
  });

  it('accepts displayName', async () => {
    assert.deepEqual(await findings(SETS.replace('displayname', 'displayName'), CODE), []);
  });
});
