import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'template-id-casing';
const text = file('    "policyTemplateInstances": [ { "templateId": "SetHeader", "title": "t", "parameters": { "x-ms-apimTemplateParameter.name": "n", "x-ms-apimTemplateParameter.value": "v" } } ]');

describe(CODE, () => {
  it('reports a known template in another case, with a safe fix', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '4:50-4:61 information template-id-casing ["SetHeader"] templateId "SetHeader" is accepted today, but the documented id is "setheader" (all lower-case). Change it to "setheader".',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'policyTemplateInstances', 0, 'templateId'], value: 'setheader', title: 'Change to "setheader"', safe: true,
    }]]);
  });

  it('accepts lower-case ids and leaves unknown ids to template-id-unknown', async () => {
    assert.deepEqual(await findings(text.replace('SetHeader', 'setheader'), CODE), []);
    assert.deepEqual(await findings(text.replace('SetHeader', 'SetHeaders'), CODE), []);
  });
});
