// Quick fixes for the real rules' findings (server/src/engine/rules), golden style: the caret on the finding, the
// fix's title, the full document after; the result re-validates without the finding and without a new error.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyAt, assertFixAllIdempotent, assertRepaired, summarize, validate, SETS } from './support';

const KEY = '            "api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": "true"}}}';

const OAUTH = (settings: string) => `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameters": {
      "token": {
        "type": "oauthSetting",
        ${settings}
      }
    }
  }
}`;
const URLS = '"customParameters": {"authorizationUrl": {"value": "https://a.example.com"}, "tokenUrl": {"value": "https://a.example.com"}, "refreshUrl": {"value": "https://a.example.com"}}';

async function golden(before: string, title: string, expected: string, code: string): Promise<void> {
  const after = await applyAt(before, title);
  assert.equal(after, expected);
  await assertRepaired(before.replace('|', ''), after, code);
}

describe('quick fixes for rule findings', () => {
  it('display-name-casing: displayname -> displayName', async () => {
    const before = SETS(KEY, '"display|name": "Authentication type"');
    await golden(before, 'Rename "displayname" to "displayName"', before.replace('"display|name"', '"displayName"'), 'display-name-casing');
  });

  it('string-boolean: required true -> "true"', async () => {
    const before = SETS('            "api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": tr|ue}}}');
    await golden(before, 'Change to "true"', before.replace('tr|ue', '"true"'), 'string-boolean');
  });

  it('set-parameter-required-missing: adds "required": "true"', async () => {
    const before = SETS('            "api_|key": {"type": "securestring", "uiDefinition": {"displayName": "Key"}}');
    await golden(before, 'Add "required": "true"',
      before.replace('|', '').replace('{"displayName": "Key"}', '{"displayName": "Key", "constraints": {"required": "true"}}'), 'set-parameter-required-missing');
  });

  it('oauth-settings-casing: oauthSettings -> oAuthSettings', async () => {
    const before = OAUTH(`"oauth|Settings": {"identityProvider": "oauth2", "clientId": "x", "redirectMode": "Global", ${URLS}}`);
    await golden(before, 'Rename "oauthSettings" to "oAuthSettings"', before.replace('"oauth|Settings"', '"oAuthSettings"'), 'oauth-settings-casing');
  });

  it('redirect-mode-casing: global -> Global', async () => {
    const before = OAUTH(`"oAuthSettings": {"identityProvider": "oauth2", "clientId": "x", "redirectMode": "glo|bal", ${URLS}}`);
    await golden(before, 'Change to "Global"', before.replace('"glo|bal"', '"Global"'), 'redirect-mode-casing');
  });

  it('client-secret-committed: the secret becomes a placeholder', async () => {
    const before = OAUTH(`"oAuthSettings": {"identityProvider": "oauth2", "clientId": "x", "clientSecret": "Zk8Q~a1b2|c3d4e5f6g7h8", "redirectMode": "Global", ${URLS}}`);
    await golden(before, 'Replace with "[YOUR_CLIENT_SECRET]"', before.replace('"Zk8Q~a1b2|c3d4e5f6g7h8"', '"[YOUR_CLIENT_SECRET]"'), 'client-secret-committed');
  });

  it('custom-parameters-required: adds the provider\'s missing customParameter with a placeholder', async () => {
    const before = OAUTH('"oAuthSettings": {"identityProvider": "aad", "clientId": "x", "redirectMode": "Global", "customPar|ameters": {"loginUri": {"value": "https://login.microsoftonline.com"}}}');
    const after = await applyAt(before, 'Add customParameters "resourceUri" (placeholder)');
    const added = /"loginUri": \{"value": "https:\/\/login.microsoftonline.com"\}, "resourceUri": (\{"value": "[^"]*"\})\}/.exec(after);
    assert.ok(added, after);
    assert.equal(after, before.replace('|', '').replace('"https://login.microsoftonline.com"}}', `"https://login.microsoftonline.com"}, "resourceUri": ${added[1]}}`));
    await assertRepaired(before.replace('|', ''), after, 'custom-parameters-required');
  });

  it('service-managed-member: removes the member and its comma', async () => {
    const before = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "display|Name": "X",\n    "capabilities": []\n  }\n}';
    await golden(before, 'Remove "displayName"', '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "capabilities": []\n  }\n}', 'service-managed-member');
  });

  it('connection-parameter-reference: renames a case-only mismatch to the declared name', async () => {
    const before = `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameters": {"hostUrl": {"type": "string", "uiDefinition": {"constraints": {"required": "true"}}}},
    "policyTemplateInstances": [
      {
        "templateId": "dynamichosturl",
        "title": "Host",
        "parameters": {
          "x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters('host|url')/api"
        }
      }
    ]
  }
}`;
    await golden(before, 'Change to "hostUrl"', before.replace("'host|url'", "'hostUrl'"), 'connection-parameter-reference');
  });

  it('template-parameters: adds a missing required template parameter', async () => {
    const before = `{
  "properties": {
    "iconBrandColor": "#123456",
    "policyTemplateInstances": [
      {
        "templateId": "setheader",
        "title": "H",
        "para|meters": {
          "x-ms-apimTemplateParameter.name": "X-A"
        }
      }
    ]
  }
}`;
    const after = await applyAt(before, 'Add "x-ms-apimTemplateParameter.value"');
    assert.equal(after, before.replace('|', '').replace('"X-A"\n', '"X-A",\n          "x-ms-apimTemplateParameter.value": ""\n'));
    const old = summarize(await validate(before.replace('|', ''))).filter(s => s.includes('template-parameters') && s.includes('x-ms-apimTemplateParameter.value'));
    const now = summarize(await validate(after)).filter(s => s.includes('template-parameters') && s.includes('x-ms-apimTemplateParameter.value'));
    assert.equal(old.length, 1);
    assert.deepEqual(now, []);
  });

  it('fix-all repairs casing, string forms and strict JSON together, and a second run changes nothing', async () => {
    const before = `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameterSets": {
      "uiDefinition": {"displayname": "Authentication type", "description": "Choose"},
      "values": [
        {
          "name": "key",
          "uiDefinition": {"displayname": "Key", "description": "Key"},
          "parameters": {
            "token": {
              "type": "oauthSetting",
              "oauthSettings": {"identityProvider": "oauth2", "clientId": "x", "redirectMode": "global", ${URLS}},
              "uiDefinition": {"constraints": {"required": true, "hidden": false}}
            }, // trailing comment
          }
        }
      ]
    }
  }
}`;
    const once = await assertFixAllIdempotent(before);
    assert.equal(once, before
      .replace(/"displayname"/g, '"displayName"')
      .replace('"oauthSettings"', '"oAuthSettings"')
      .replace('"global"', '"Global"')
      .replace('"required": true', '"required": "true"')
      .replace('"hidden": false', '"hidden": "false"')
      .replace('}, // trailing comment\n', '}\n'));
    assert.deepEqual(summarize(await validate(once)), []);
  });
});
