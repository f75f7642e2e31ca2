// Schema-driven completion, in context. Each test gives a document with a `|` caret and the full expected result.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyCompletion, completions } from '../support/engine';

const labels = async (t: string) => (await completions(t)).items.map(i => i.label).sort();

describe('completion', () => {
  it('offers every member of `properties`', async () => {
    assert.deepEqual(await labels('{"properties": {|}}'), [
      'capabilities', 'connectionParameterSets', 'connectionParameters', 'iconBrandColor', 'policyTemplateInstances',
      'publisher', 'scriptOperations', 'stackOwner',
    ]);
  });

  it('does not offer a member that is already present', async () => {
    const got = await labels('{"properties": {"iconBrandColor": "#123456", |}}');
    assert.ok(!got.includes('iconBrandColor'));
    assert.ok(got.includes('connectionParameterSets'));
  });

  it('inserts valid JSON for an array member', async () => {
    assert.equal(
      await applyCompletion('{"properties": {"iconBrandColor": "#123456", |}}', 'capabilities'),
      '{"properties": {"iconBrandColor": "#123456", "capabilities": []}}',
    );
  });

  it('offers the keys of a multi-auth set inside connectionParameterSets.values[]', async () => {
    assert.deepEqual(await labels('{"properties": {"connectionParameterSets": {"values": [{|}]}}}'),
      ['metadata', 'name', 'parameters', 'uiDefinition']);
    assert.deepEqual(await labels('{"properties": {"connectionParameterSets": {"values": [{"name": "a", |}]}}}'),
      ['metadata', 'parameters', 'uiDefinition']);
  });

  it('offers the six parameter types, inserted as JSON strings', async () => {
    assert.deepEqual(await labels('{"properties": {"connectionParameters": {"a": {"type": |}}}}'),
      ['"bool"', '"gatewaySetting"', '"int"', '"oauthSetting"', '"securestring"', '"string"']);
    assert.equal(
      await applyCompletion('{"properties": {"connectionParameters": {"a": {"type": |}}}}', '"securestring"'),
      '{"properties": {"connectionParameters": {"a": {"type": "securestring"}}}}',
    );
  });

  it('offers uiDefinition and constraints keys', async () => {
    const ui = await labels('{"properties": {"connectionParameters": {"a": {"type": "string", "uiDefinition": {|}}}}}');
    for (const k of ['constraints', 'description', 'displayName', 'schema', 'tooltip']) assert.ok(ui.includes(k), `${k} in ${ui}`);
    const c = await labels('{"properties": {"connectionParameters": {"a": {"type": "string", "uiDefinition": {"constraints": {|}}}}}}');
    for (const k of ['allowedValues', 'capability', 'clearText', 'hidden', 'required', 'tabIndex']) assert.ok(c.includes(k), `${k} in ${c}`);
  });

  it('offers "true"/"false" strings, not booleans, for required', async () => {
    assert.deepEqual(
      await labels('{"properties": {"connectionParameters": {"a": {"type": "string", "uiDefinition": {"constraints": {"required": |}}}}}}'),
      ['"false"', '"true"'],
    );
  });

  it('offers the known identity providers', async () => {
    assert.deepEqual(
      await labels('{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": |}}}}}'),
      ['"aad"', '"aadcertificate"', '"facebook"', '"oauth2"', '"oauth2generic"'],
    );
  });

  it('offers redirect modes including GlobalPerConnector', async () => {
    assert.deepEqual(
      await labels('{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "aad", "redirectMode": |}}}}}'),
      ['"Direct"', '"Global"', '"GlobalPerConnector"'],
    );
  });

  it('offers only the chosen provider\'s customParameters keys', async () => {
    const at = (idp: string) => labels(`{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "${idp}", "customParameters": {|}}}}}}`);
    assert.deepEqual(await at('oauth2'), ['authorizationUrl', 'refreshUrl', 'tokenUrl']);
    const aad = await at('aad');
    for (const k of ['loginUri', 'resourceUri', 'tenantId']) assert.ok(aad.includes(k), `${k} in ${aad}`);
    assert.ok(!aad.includes('authorizationUrl'));
    const generic = await at('oauth2generic');
    for (const k of ['authorizationUrlTemplate', 'tokenUrlTemplate', 'refreshBodyTemplate', 'scopeListDelimiter']) assert.ok(generic.includes(k), `${k} in ${generic}`);
    assert.ok(!generic.includes('loginUri'));
  });

  it('inserts a customParameters entry as {"value": ...}', async () => {
    assert.equal(
      await applyCompletion('{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "oauth2", "customParameters": {|}}}}}}', 'tokenUrl'),
      '{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "oauth2", "customParameters": {"tokenUrl": {\n\t"value": ""\n}}}}}}}',
    );
  });

  it('offers every canonical policy template id and no case variants', async () => {
    assert.deepEqual(await labels('{"properties": {"policyTemplateInstances": [{"templateId": |}]}}'), [
      '"convertarraytoobject"', '"convertobjecttoarray"', '"dynamichosturl"', '"encodepropertyvalue"', '"pollingtrigger"',
      '"routerequesttoendpoint"', '"setconnectionstatustounauthenticated"', '"setheader"', '"setproperty"',
      '"setqueryparameter"', '"setvaluefromurl"', '"stringreplace"', '"stringtoarray"', '"updatenextlink"',
    ]);
  });

  it('offers a chosen template\'s own parameters', async () => {
    assert.deepEqual(await labels('{"properties": {"policyTemplateInstances": [{"templateId": "setheader", "parameters": {|}}]}}'), [
      'x-ms-apimTemplate-operationName', 'x-ms-apimTemplate-policySection', 'x-ms-apimTemplateParameter.existsAction',
      'x-ms-apimTemplateParameter.name', 'x-ms-apimTemplateParameter.value',
    ]);
    assert.deepEqual(await labels('{"properties": {"policyTemplateInstances": [{"templateId": "routerequesttoendpoint", "parameters": {|}}]}}'), [
      'x-ms-apimTemplate-operationName', 'x-ms-apimTemplateParameter.httpMethod', 'x-ms-apimTemplateParameter.newPath',
    ]);
  });

  it('offers the existsAction values of setheader', async () => {
    assert.deepEqual(
      await labels('{"properties": {"policyTemplateInstances": [{"templateId": "setheader", "parameters": {"x-ms-apimTemplateParameter.existsAction": |}}]}}'),
      ['"append"', '"override"', '"skip"'],
    );
  });
});
