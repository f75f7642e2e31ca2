import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'template-parameter-enum';
const doc = (method: string) => file(`    "policyTemplateInstances": [ { "templateId": "routerequesttoendpoint", "title": "Route", "parameters": { "x-ms-apimTemplateParameter.newPath": "/v2/items", "x-ms-apimTemplateParameter.httpMethod": "${method}" } } ]`);

describe(CODE, () => {
  it('reports an invalid value on the value, with a safe case fix', async () => {
    assert.deepEqual(await findings(doc('post'), CODE), [
      '4:202-4:208 warning template-parameter-enum ["post"] httpMethod "post" in policy "Route" is not valid for routerequesttoendpoint: use one of "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "@Request.OriginalHTTPMethod".',
    ]);
    assert.deepEqual(await fixesOf(doc('post'), CODE), [[{
      kind: 'set', path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplateParameter.httpMethod'], value: 'POST', title: 'Change to "POST"', safe: true,
    }]]);
    assert.deepEqual(await codes(doc('post')), [CODE]);
  });

  it('has no fix for a value outside the list', async () => {
    assert.deepEqual(await fixesOf(doc('FETCH'), CODE), [undefined]);
  });

  it('accepts listed values', async () => {
    assert.deepEqual(await findings(doc('@Request.OriginalHTTPMethod'), CODE), []);
  });
});
