import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'operation-name-array';
const doc = (ops: string) => file(`    "policyTemplateInstances": [ { "templateId": "setheader", "title": "Key", "parameters": { "x-ms-apimTemplateParameter.name": "n", "x-ms-apimTemplateParameter.value": "v", "x-ms-apimTemplate-operationName": ${ops} } } ]`);

describe(CODE, () => {
  it('reports a string on the value, offering to wrap it in an array', async () => {
    assert.deepEqual(await findings(doc('"GetItems"'), CODE), [
      '4:211-4:221 warning operation-name-array ["GetItems"] "x-ms-apimTemplate-operationName" in policy "Key" is "GetItems", not an array: the policy expects a list of operationIds (an empty list means all operations). Write ["GetItems"].',
    ]);
    assert.deepEqual(await fixesOf(doc('"GetItems"'), CODE), [[{
      kind: 'set', path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplate-operationName'], value: ['GetItems'], title: 'Change to ["GetItems"]', safe: false,
    }]]);
    assert.deepEqual(await codes(doc('"GetItems"')), [CODE]);
  });

  it('reports entries that are not strings', async () => {
    assert.deepEqual(await findings(doc('["GetItems", 3]'), CODE), [
      '4:224-4:225 warning operation-name-array [3] Entries of "x-ms-apimTemplate-operationName" in policy "Key" must be operationId strings; 3 is not. Write the operationId in quotes.',
    ]);
  });

  it('accepts arrays of strings, empty included', async () => {
    assert.deepEqual(await findings(doc('["GetItems"]'), CODE), []);
    assert.deepEqual(await findings(doc('[]'), CODE), []);
  });
});
