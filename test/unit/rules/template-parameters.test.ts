import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'template-parameters';

describe(CODE, () => {
  it('reports a missing required parameter as an error on the parameters key, with an insertion fix', async () => {
    const text = file('    "policyTemplateInstances": [ { "templateId": "setheader", "title": "Key", "parameters": { "x-ms-apimTemplateParameter.name": "X-Key" } } ]');
    assert.deepEqual(await findings(text, CODE), [
      '4:79-4:91 error template-parameters ["parameters"] Policy "Key" (setheader) needs "x-ms-apimTemplateParameter.value": the template cannot run without it. Add it.',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplateParameter.value'], value: '', title: 'Add "x-ms-apimTemplateParameter.value"', safe: false,
    }]]);
    assert.deepEqual(await codes(text), [CODE]);
  });

  it('warns on unknown parameters, with a safe rename for a case slip', async () => {
    const text = file(`    "policyTemplateInstances": [ { "templateId": "setheader", "title": "Key", "parameters": {
      "x-ms-apimTemplateParameter.name": "X-Key", "x-ms-apimTemplateParameter.Value": "v", "x-ms-apimTemplateParameter.color": "red" } } ]`);
    assert.deepEqual(await findings(text, CODE), [
      '5:51-5:85 warning template-parameters ["x-ms-apimTemplateParameter.Value"] "x-ms-apimTemplateParameter.Value" is not read by policy "Key" (setheader): template parameters are case-sensitive. Rename it to "x-ms-apimTemplateParameter.value".',
      '5:92-5:126 warning template-parameters ["x-ms-apimTemplateParameter.color"] "x-ms-apimTemplateParameter.color" is not a parameter of policy "Key" (setheader), so it is ignored. Its parameters: x-ms-apimTemplateParameter.name, x-ms-apimTemplateParameter.value, x-ms-apimTemplateParameter.existsAction.',
    ]);
    assert.deepEqual((await fixesOf(text, CODE))[0], [{
      kind: 'renameKey', path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplateParameter.Value'],
      newKey: 'x-ms-apimTemplateParameter.value', title: 'Rename "x-ms-apimTemplateParameter.Value" to "x-ms-apimTemplateParameter.value"', safe: true,
    }]);
  });

  it('reports an instance without parameters once, at its opening brace, with a fix inserting them', async () => {
    const text = file('    "policyTemplateInstances": [ { "templateId": "setheader", "title": "Key" } ]');
    assert.deepEqual(await findings(text, CODE), [
      '4:34-4:35 error template-parameters [{] Policy "Key" (setheader) has no "parameters": the template cannot run without "x-ms-apimTemplateParameter.name", "x-ms-apimTemplateParameter.value". Add "parameters" with them.',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'policyTemplateInstances', 0, 'parameters'],
      value: { 'x-ms-apimTemplateParameter.name': '', 'x-ms-apimTemplateParameter.value': '' }, title: 'Add "parameters" with the required template parameters', safe: false,
    }]]);
  });

  it('accepts complete instances with the common parameters', async () => {
    const text = file('    "policyTemplateInstances": [ { "templateId": "setheader", "title": "Key", "parameters": { "x-ms-apimTemplateParameter.name": "X-Key", "x-ms-apimTemplateParameter.value": "v", "x-ms-apimTemplate-operationName": ["Get"], "x-ms-apimTemplate-policySection": "Request" } } ]');
    assert.deepEqual(await findings(text, CODE), []);
  });
});
