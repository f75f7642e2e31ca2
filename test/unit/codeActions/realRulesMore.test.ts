// One golden case per remaining fixable rule: the caret on the finding, the fix's title, and the full expected
// document (the input with exactly one span replaced); each result re-validates without the finding.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { EngineSettings } from '../../../server/src/engine/settings';
import { applyAt, assertRepaired, SETTINGS } from './support';

const doc = (members: string) => `{
  "properties": {
    "iconBrandColor": "#123456",
${members}
  }
}`;
const param = (p: string) => doc(`    "connectionParameters": {
      "api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key", "description": "Key", "constraints": {${p}}}}
    }`);
const oauth = (settings: string, name = 'token') => doc(`    "connectionParameters": {
      "${name}": {
        "type": "oauthSetting",
        "oAuthSettings": {${settings}}
      }
    }`);
const OAUTH2 = '"identityProvider": "oauth2", "clientId": "x", "redirectMode": "Global", "customParameters": {"authorizationUrl": {"value": "https://a.example.com"}, "tokenUrl": {"value": "https://a.example.com"}, "refreshUrl": {"value": "https://a.example.com"}}';
const policy = (templateId: string, parameters: string) => doc(`    "policyTemplateInstances": [
      {
        "templateId": "${templateId}",
        "title": "P",
        "parameters": {${parameters}}
      }
    ]`);
const SETHEADER = '"x-ms-apimTemplateParameter.name": "X-A", "x-ms-apimTemplateParameter.value": "v", "x-ms-apimTemplateParameter.existsAction": "override"';

interface Case {
  rule: string;
  before: string;
  title: string;
  /** The caret-marked span of `before` and what it becomes. */
  from: string;
  to: string;
  settings?: EngineSettings;
}

const CASES: Case[] = [
  { rule: 'custom-parameter-casing', before: oauth(OAUTH2.replace('"tokenUrl"', '"Token|Url"')), title: 'Rename "TokenUrl" to "tokenUrl"', from: '"Token|Url"', to: '"tokenUrl"' },
  { rule: 'template-id-casing', before: policy('SetHea|der', SETHEADER), title: 'Change to "setheader"', from: '"SetHea|der"', to: '"setheader"' },
  { rule: 'tab-index-type', before: param('"required": "true", "tabIndex": "2|"'), title: 'Change to 2', from: '"2|"', to: '2' },
  { rule: 'clear-text-type', before: param('"required": "true", "clearText": "fal|se"'), title: 'Change to false', from: '"fal|se"', to: 'false' },
  { rule: 'is-first-party-value', before: oauth(OAUTH2 + ', "properties": {"IsFirstParty": fal|se}'), title: 'Change to "False"', from: 'fal|se', to: '"False"' },
  { rule: 'tenant-id-metadata', before: doc(`    "connectionParameters": {
      "token:Ten|antId": {"type": "string", "uiDefinition": {"constraints": {"required": "false", "hidden": "true"}}}
    }`), title: 'Add the tenant metadata',
    from: '"token:Ten|antId": {"type": "string", "uiDefinition": {"constraints": {"required": "false", "hidden": "true"}}}',
    to: '"token:TenantId": {"type": "string", "uiDefinition": {"constraints": {"required": "false", "hidden": "true"}}, "metadata": {"sourceType": "AzureActiveDirectoryTenant"}}' },
  { rule: 'stack-owner-casing', before: doc('    "stack|owner": "Contoso"'), title: 'Rename "stackowner" to "stackOwner"', from: '"stack|owner"', to: '"stackOwner"' },
  { rule: 'oauth-setting-type-casing', before: oauth(OAUTH2).replace('"oauthSetting"', '"oAuth|Setting"'), title: 'Change to "oauthSetting"', from: '"oAuth|Setting"', to: '"oauthSetting"' },
  { rule: 'icon-brand-color-independent-publisher', before: doc('    "publisher": "A",\n    "stackOwner": "B"').replace('"#123456"', '"#1234|56"'), title: 'Change to "#da3b01"', from: '"#1234|56"', to: '"#da3b01"', settings: { ...SETTINGS, profile: 'independent-publisher' } },
  { rule: 'template-id-unknown', before: policy('sethea|dr', SETHEADER), title: 'Change to "setheader"', from: '"sethea|dr"', to: '"setheader"' },
  { rule: 'identity-provider-unknown', before: oauth(OAUTH2.replace('"oauth2"', '"OAuth|2"')), title: 'Change to "oauth2"', from: '"OAuth|2"', to: '"oauth2"' },
  { rule: 'oauth-parameter-name', before: oauth(OAUTH2, 'oau|th'), title: 'Rename "oauth" to "token"', from: '"oau|th"', to: '"token"' },
  { rule: 'operation-name-array', before: policy('setheader', SETHEADER + ', "x-ms-apimTemplate-operationName": "Get|Item"'), title: 'Change to ["GetItem"]', from: '"Get|Item"', to: '["GetItem"]' },
  { rule: 'template-parameter-enum', before: policy('setheader', SETHEADER.replace('"override"', '"Over|ride"')), title: 'Change to "override"', from: '"Over|ride"', to: '"override"' },
];

describe('quick fixes for more rule findings', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.title}`, async () => {
      assert.ok(c.before.includes(c.from), `case text contains ${c.from}`);
      const options = { settings: c.settings };
      const after = await applyAt(c.before, c.title, options);
      assert.equal(after, c.before.replace(c.from, c.to));
      await assertRepaired(c.before.replace('|', ''), after, c.rule, options);
    });
  }
});
