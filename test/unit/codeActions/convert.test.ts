// Refactor: single-auth connectionParameters -> connectionParameterSets. Full documents after the conversion, the
// set named after the detected kind, constraints.required added, references still resolving, and where it is offered.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel, findParameters } from '../../../server/src/engine/model';
import { actionsAt, applyAt, service, summarize, titles, validate } from './support';

const CONVERT = 'Convert to connectionParameterSets (multi-auth)';
const CONVERT_KEEP = 'Convert to connectionParameterSets, keeping connectionParameters';

const BASIC = `{
  "properties": {
    "iconBrandColor": "#123456",
    "capabilities": [],
    "|connectionParameters": {
      "username": {
        "type": "string",
        "uiDefinition": {"displayName": "User", "description": "Your user name", "constraints": {"required": "true"}}
      },
      "password": {
        "type": "securestring",
        "uiDefinition": {
          "displayName": "Password",
          "description": "Your password"
        }
      }
    },
    "policyTemplateInstances": [
      {
        "templateId": "setheader",
        "title": "User",
        "parameters": {
          "x-ms-apimTemplateParameter.name": "X-User",
          "x-ms-apimTemplateParameter.value": "@connectionParameters('username')",
          "x-ms-apimTemplateParameter.existsAction": "override",
          "x-ms-apimTemplate-policySection": "Request"
        }
      }
    ]
  }
}
`;

const BASIC_CONVERTED = `{
  "properties": {
    "iconBrandColor": "#123456",
    "capabilities": [],
    "connectionParameterSets": {
      "uiDefinition": {
        "displayName": "Authentication type",
        "description": "Choose how to sign in"
      },
      "values": [
        {
          "name": "basic-auth",
          "uiDefinition": {
            "displayName": "Basic authentication",
            "description": "Sign in with a user name and password"
          },
          "parameters": {
            "username": {
              "type": "string",
              "uiDefinition": {"displayName": "User", "description": "Your user name", "constraints": {"required": "true"}, "schema": {"type": "string", "description": "Your user name"}}
            },
            "password": {
              "type": "securestring",
              "uiDefinition": {
                "displayName": "Password",
                "description": "Your password",
                "constraints": {
                  "required": "true"
                }
              }
            }
          }
        }
      ]
    },
    "policyTemplateInstances": [
      {
        "templateId": "setheader",
        "title": "User",
        "parameters": {
          "x-ms-apimTemplateParameter.name": "X-User",
          "x-ms-apimTemplateParameter.value": "@connectionParameters('username')",
          "x-ms-apimTemplateParameter.existsAction": "override",
          "x-ms-apimTemplate-policySection": "Request"
        }
      }
    ]
  }
}
`;

const AAD = [
  '{',
  '    "properties": {',
  '        "iconBrandColor": "#123456",',
  '        "connectionParameters|": {',
  '            "token": {',
  '                "type": "oauthSetting",',
  '                "oAuthSettings": {',
  '                    "identityProvider": "aad",',
  '                    "clientId": "[YOUR_CLIENT_ID]",',
  '                    "scopes": [],',
  '                    "redirectMode": "Global",',
  '                    "properties": {"IsFirstParty": "False"},',
  '                    "customParameters": {',
  '                        "loginUri": {"value": "https://login.microsoftonline.com"},',
  '                        "tenantId": {"value": "common"},',
  '                        "resourceUri": {"value": "https://graph.microsoft.com"}',
  '                    }',
  '                }',
  '            },',
  '            "token:TenantId": {',
  '                "type": "string",',
  '                "metadata": {"sourceType": "AzureActiveDirectoryTenant"},',
  '                "uiDefinition": {"constraints": {"hidden": "true"}}',
  '            }',
  '        }',
  '    }',
  '}',
];

const AAD_SET = [
  '        "connectionParameterSets": {',
  '            "uiDefinition": {',
  '                "displayName": "Authentication type",',
  '                "description": "Choose how to sign in"',
  '            },',
  '            "values": [',
  '                {',
  '                    "name": "aad-auth",',
  '                    "uiDefinition": {',
  '                        "displayName": "Microsoft Entra ID",',
  '                        "description": "Sign in with your Microsoft Entra ID account"',
  '                    },',
  '                    "parameters": {',
  '                        "token": {',
  '                            "type": "oauthSetting",',
  '                            "oAuthSettings": {',
  '                                "identityProvider": "aad",',
  '                                "clientId": "[YOUR_CLIENT_ID]",',
  '                                "scopes": [],',
  '                                "redirectMode": "Global",',
  '                                "properties": {"IsFirstParty": "False"},',
  '                                "customParameters": {',
  '                                    "loginUri": {"value": "https://login.microsoftonline.com"},',
  '                                    "tenantId": {"value": "common"},',
  '                                    "resourceUri": {"value": "https://graph.microsoft.com"}',
  '                                }',
  '                            },',
  '                            "uiDefinition": {',
  '                                "constraints": {',
  '                                    "required": "true"',
  '                                }',
  '                            }',
  '                        },',
  '                        "token:TenantId": {',
  '                            "type": "string",',
  '                            "metadata": {"sourceType": "AzureActiveDirectoryTenant"},',
  '                            "uiDefinition": {"constraints": {"hidden": "true", "required": "false"}}',
  '                        }',
  '                    }',
  '                }',
  '            ]',
  '        }',
];

describe('convert connectionParameters to connectionParameterSets', () => {
  it('wraps basic parameters into a "basic-auth" set, adds required and the string description location, removes the old block', async () => {
    const after = await applyAt(BASIC, CONVERT);
    assert.equal(after, BASIC_CONVERTED);
    assert.deepEqual(summarize(await validate(after)), []);
  });

  it('keeps every @connectionParameters reference resolving', async () => {
    const after = await applyAt(BASIC, CONVERT);
    const model = buildModel(service.analyze(TextDocument.create('file:///y/apiProperties.json', 'apiproperties', 1, after)).jsonDocument.root, after);
    assert.deepEqual(model.references.map(r => r.name), ['username']);
    for (const r of model.references) assert.equal(findParameters(model, r.name).length, 1, r.name);
  });

  it('names an Entra ID set after its provider; the second action keeps the old block (4-space file)', async () => {
    const after = await applyAt(AAD.join('\n'), CONVERT_KEEP);
    const expected = [...AAD.slice(0, 24).map(l => l.replace('|', '')), '        },', ...AAD_SET, ...AAD.slice(25)].join('\n');
    assert.equal(after, expected);
    // Keeping both is allowed; the only finding is the information that clients read the sets.
    assert.deepEqual(summarize(await validate(after)).map(s => s.split(' ').slice(1, 3).join(' ')), ['information legacy-and-sets']);
  });

  it('replaces the old block in place when it is not kept', async () => {
    const after = await applyAt(AAD.join('\n'), CONVERT);
    assert.equal(after, [...AAD.slice(0, 3), ...AAD_SET, ...AAD.slice(25)].join('\n'));
    assert.deepEqual(summarize(await validate(after)), []);
  });

  it('converts "no authentication" ({}) into a "no-auth" set', async () => {
    const after = await applyAt('{"properties": {"iconBrandColor": "#123456", "connection|Parameters": {}}}', CONVERT);
    assert.equal(after, '{"properties": {"iconBrandColor": "#123456", "connectionParameterSets": {"uiDefinition": {"displayName": "Authentication type", "description": "Choose how to sign in"}, "values": [{"name": "no-auth", "uiDefinition": {"displayName": "No authentication", "description": "No sign-in needed"}, "parameters": {}}]}}}');
    assert.deepEqual(summarize(await validate(after)), []);
  });

  it('names an API key set and a client-credentials Entra ID set', async () => {
    const api = await applyAt('{"properties": {"iconBrandColor": "#123456", "connection|Parameters": {"key": {"type": "securestring", "uiDefinition": {"constraints": {"required": "true"}}}}}}', CONVERT);
    assert.equal(JSON.parse(api).properties.connectionParameterSets.values[0].name, 'api-key-auth');
    const sp = await applyAt('{"properties": {"iconBrandColor": "#123456", "connection|Parameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "aad", "clientId": "x", "customParameters": {"resourceUri": {"value": "https://r"}, "grantType": {"value": "client_credentials"}}}}}}}', CONVERT);
    assert.deepEqual(JSON.parse(sp).properties.connectionParameterSets.values[0].uiDefinition, { displayName: 'Microsoft Entra ID service principal', description: 'Use a Microsoft Entra application (client id and secret)' });
  });

  it('is offered only on the connectionParameters key, and not when sets exist', async () => {
    const convertTitles = async (text: string) => titles((await actionsAt(text)).actions).filter(t => t.startsWith('Convert'));
    assert.deepEqual(await convertTitles(BASIC), [CONVERT, CONVERT_KEEP]);
    assert.deepEqual(await convertTitles(BASIC.replace('|', '').replace('"Your password"', '"Your |password"')), []);
    assert.deepEqual(await convertTitles(BASIC.replace('|', '').replace('"capabilities"', '"capa|bilities"')), []);
    const withSets = BASIC.replace('"capabilities": [],', '"capabilities": [],\n    "connectionParameterSets": {"uiDefinition": {"displayName": "A", "description": "B"}, "values": []},');
    assert.deepEqual(await convertTitles(withSets), []);
    assert.deepEqual(await convertTitles('{"properties": {"iconBrandColor": "#123456", "connection|Parameters": []}}'), []);
  });
});
