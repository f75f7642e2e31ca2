import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'connection-parameter-reference';
const policy = (value: string) => `    "policyTemplateInstances": [ { "templateId": "dynamichosturl", "title": "Host", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "${value}" } } ]`;

describe(CODE, () => {
  it('warns on the name inside the expression when no parameter has it', async () => {
    const text = file('    "connectionParameters": { "host": { "type": "string" } }', policy("https://@connectionParameters('hots')/api"));
    assert.deepEqual(await findings(text, CODE), [
      '5:175-5:179 warning connection-parameter-reference [hots] Connection parameter "hots" used in policy "Host" is not declared, so the policy gets no value. Did you mean "host"? Declare it under connectionParameters (or in each set), or fix the name.',
    ]);
    const offset = text.indexOf("'hots'") + 1;
    assert.deepEqual(await fixesOf(text, CODE), [[{ kind: 'replaceText', offset, length: 4, oldText: 'hots', newText: 'host', title: 'Change to "host"', safe: false }]]);
  });

  it('hints when the name matches only case-insensitively, with a safe fix', async () => {
    const text = file('    "connectionParameters": { "hostUrl": { "type": "string" } }', policy("@connectionParameters('HostUrl')"));
    assert.deepEqual(await findings(text, CODE), [
      '5:167-5:174 hint connection-parameter-reference [HostUrl] Connection parameter "HostUrl" used in policy "Host" matches "hostUrl" only when ignoring case: the platform tolerates this today, but it is undocumented. Write "hostUrl".',
    ]);
    const offset = text.indexOf("'HostUrl'") + 1;
    assert.deepEqual(await fixesOf(text, CODE), [[{ kind: 'replaceText', offset, length: 7, oldText: 'HostUrl', newText: 'hostUrl', title: 'Change to "hostUrl"', safe: true }]]);
  });

  it('informs when only some sets declare the parameter', async () => {
    const text = file(`    "connectionParameterSets": { "values": [
      { "name": "key", "parameters": { "host": { "type": "string", "uiDefinition": { "constraints": { "required": "true" } } } } },
      { "name": "oauth", "parameters": {} }
    ] }`, policy("@connectionParameters('host')"));
    assert.deepEqual(await findings(text, CODE), [
      '8:167-8:171 information connection-parameter-reference [host] Connection parameter "host" used in policy "Host" is declared in only some parameter sets; with set "oauth" the policy gets no value. Declare "host" in every set, or make sure the policy still works without it.',
    ]);
  });

  it('accepts declared names, with or without a default argument', async () => {
    const text = file('    "connectionParameters": { "host": { "type": "string" } }', policy("https://@connectionParameters('host', 'x.contoso.com')/api"));
    assert.deepEqual(await findings(text, CODE), []);
  });
});
