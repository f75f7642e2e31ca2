// Every fix a rule offers, applied through the code-action layer's FixData -> edit translation, yields valid JSON
// and removes that finding (and safe fixes never introduce a new error). Guards the JSON paths the rules compute.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, ParseError } from 'jsonc-parser';
import { RULES, type FixData } from '../../../server/src/engine';
import { fixToEdits } from '../../../server/src/engine/codeActions/fixData';
import { detectFormatting } from '../../../server/src/engine/codeActions/formatting';
import { applyOffsetEdits } from '../../../server/src/engine/codeActions/textEdits';
import { diagnose, file } from './helpers';

const CASES: [string, string, ('certified' | 'independent-publisher')?][] = [
  ['display-name-casing', file('    "connectionParameterSets": { "uiDefinition": { "displayname": "A", "description": "d" }, "values": [ { "name": "n", "parameters": {} } ] }')],
  ['set-parameter-required-missing', file('    "connectionParameterSets": { "values": [ { "name": "n", "parameters": { "k": { "type": "string" } } } ] }')],
  ['set-string-description-location', file('    "connectionParameterSets": { "values": [ { "name": "n", "parameters": { "k": { "type": "string", "uiDefinition": { "description": "d", "constraints": { "required": "true" } } } } } ] }')],
  ['string-boolean', file('    "connectionParameters": { "k": { "type": "string", "uiDefinition": { "constraints": { "required": true } } } }')],
  ['clear-text-type', file('    "connectionParameters": { "k": { "type": "securestring", "uiDefinition": { "constraints": { "clearText": "true" } } } }')],
  ['tab-index-type', file('    "connectionParameters": { "k": { "type": "string", "uiDefinition": { "constraints": { "tabIndex": "3" } } } }')],
  ['oauth-settings-casing', file('    "connectionParameters": { "token": { "type": "oauthSetting", "oauthSettings": { "identityProvider": "facebook" } } }')],
  ['oauth-setting-type-casing', file('    "connectionParameters": { "token": { "type": "OAuthSetting", "oAuthSettings": { "identityProvider": "facebook" } } }')],
  ['stack-owner-casing', file('    "StackOwner": "Contoso"')],
  ['redirect-mode-casing', file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "facebook", "redirectMode": "direct" } } }')],
  ['custom-parameter-casing', file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "customParameters": { "ResourceUri": { "value": "r" } } } } }')],
  ['template-id-casing', file('    "policyTemplateInstances": [ { "templateId": "DynamicHostUrl", "title": "t", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://x" } } ]')],
  ['oauth-parameter-name', file('    "connectionParameters": { "oauth": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "facebook" } } }')],
  ['identity-provider-unknown', file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "Facebook" } } }')],
  ['custom-parameters-required', file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad" } } }')],
  ['is-first-party-value', file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "facebook", "properties": { "IsFirstParty": true } } } }')],
  ['client-secret-committed', file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "facebook", "clientSecret": "k3J9aQ2mZx8PwV5t" } } }')],
  ['tenant-id-metadata', file('    "connectionParameters": { "token:TenantId": { "type": "string" } }')],
  ['connection-parameter-reference', file('    "connectionParameters": { "host": { "type": "string" } }', '    "policyTemplateInstances": [ { "templateId": "dynamichosturl", "title": "t", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters(\'Host\')" } } ]')],
  ['template-id-unknown', file('    "policyTemplateInstances": [ { "templateId": "dynamichosturls", "title": "t", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://x" } } ]')],
  ['template-parameters', file('    "policyTemplateInstances": [ { "templateId": "dynamichosturl", "title": "t", "parameters": {} } ]')],
  ['policy-section', file('    "policyTemplateInstances": [ { "templateId": "dynamichosturl", "title": "t", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://x", "x-ms-apimTemplate-policySection": "Request" } } ]')],
  ['template-parameter-enum', file('    "policyTemplateInstances": [ { "templateId": "setheader", "title": "t", "parameters": { "x-ms-apimTemplateParameter.name": "n", "x-ms-apimTemplateParameter.value": "v", "x-ms-apimTemplateParameter.existsAction": "Skip" } } ]')],
  ['operation-name-array', file('    "policyTemplateInstances": [ { "templateId": "dynamichosturl", "title": "t", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://x", "x-ms-apimTemplate-operationName": "Op" } } ]')],
  ['icon-brand-color-format', '{\n  "properties": {\n    "iconBrandColor": "da3b01"\n  }\n}\n'],
  ['icon-brand-color-independent-publisher', '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "publisher": "Jane",\n    "stackOwner": "Contoso"\n  }\n}\n', 'independent-publisher'],
  ['service-managed-member', file('    "description": "Contoso API"')],
];

describe('rule fixes applied through the code-action layer', () => {
  it('covers every rule marked fixable (swagger rules have their own tests)', () => {
    const fixable = RULES.filter(r => r.fixable && r.category !== 'swagger').map(r => r.id).sort();
    assert.deepEqual(CASES.map(c => c[0]).sort(), fixable);
  });

  for (const [code, text, profile] of CASES) {
    it(`${code}: the first fix removes the finding and keeps valid JSON`, async () => {
      const { all } = await diagnose(text, { profile });
      const mine = all.filter(d => d.code === code);
      assert.ok(mine.length >= 1, `${code} reports nothing on its fixture: ${JSON.stringify(all)}`);
      const fix = ((mine[0].data as { fixes?: FixData[] }).fixes ?? [])[0];
      assert.ok(fix, `${code} offers no fix`);
      const fixed = applyOffsetEdits(text, fixToEdits(text, fix, detectFormatting(text)));
      assert.notEqual(fixed, text, 'the fix changes the text');
      const errors: ParseError[] = [];
      parse(fixed, errors, { allowTrailingComma: false, disallowComments: true });
      assert.deepEqual(errors, [], `invalid JSON after the fix:\n${fixed}`);
      const after = (await diagnose(fixed, { profile })).all;
      assert.equal(after.filter(d => d.code === code).length, mine.length - 1, `still reported after the fix:\n${fixed}`);
      if (fix.safe) {
        const errorsBefore = all.filter(d => d.severity === 1).length;
        assert.ok(after.filter(d => d.severity === 1).length <= errorsBefore, `a safe fix added an error:\n${fixed}`);
      }
    });
  }
});
