import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'policy-section';

describe(CODE, () => {
  it('reports a section on a template that takes none, on the key, with a removal fix', async () => {
    const text = file('    "policyTemplateInstances": [ { "templateId": "dynamichosturl", "title": "Host", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://x", "x-ms-apimTemplate-policySection": "Request" } } ]');
    assert.deepEqual(await findings(text, CODE), [
      '4:156-4:189 warning policy-section ["x-ms-apimTemplate-policySection"] The dynamichosturl template takes no "x-ms-apimTemplate-policySection" (it always runs on the request); in policy "Host" (dynamichosturl) the setting is ignored or rejected. Remove it.',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'remove', path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplate-policySection'], title: 'Remove "x-ms-apimTemplate-policySection"', safe: false,
    }]]);
    assert.deepEqual(await codes(text), [CODE]);
  });

  it('reports an invalid section on the value, with a safe case fix', async () => {
    const text = file('    "policyTemplateInstances": [ { "templateId": "setheader", "title": "Key", "parameters": { "x-ms-apimTemplateParameter.name": "n", "x-ms-apimTemplateParameter.value": "v", "x-ms-apimTemplate-policySection": "response" } } ]');
    assert.deepEqual(await findings(text, CODE), [
      '4:211-4:221 warning policy-section ["response"] policySection "response" of policy "Key" (setheader) is not valid: use "Request" or "Response" or "Failure".',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplate-policySection'], value: 'Response', title: 'Change to "Response"', safe: true,
    }]]);
  });

  it('accepts allowed sections', async () => {
    const text = file('    "policyTemplateInstances": [ { "templateId": "setheader", "title": "Key", "parameters": { "x-ms-apimTemplateParameter.name": "n", "x-ms-apimTemplateParameter.value": "v", "x-ms-apimTemplate-policySection": "Failure" } } ]');
    assert.deepEqual(await findings(text, CODE), []);
  });
});
