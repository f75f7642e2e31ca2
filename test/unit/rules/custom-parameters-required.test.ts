import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'custom-parameters-required';

describe(CODE, () => {
  it('reports missing oauth2 URLs on the customParameters key, one insertion fix per key', async () => {
    const text = file(`    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "x",
      "customParameters": { "authorizationUrl": { "value": "https://login.contoso.com/authorize" } } } } }`);
    assert.deepEqual(await findings(text, CODE), [
      '5:7-5:25 warning custom-parameters-required ["customParameters"] identityProvider "oauth2" of parameter "token" needs customParameters "tokenUrl", "refreshUrl": the sign-in cannot be built without them. Add "tokenUrl": { "value": "..." }, "refreshUrl": { "value": "..." }.',
    ]);
    const base = ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'customParameters'];
    assert.deepEqual(await fixesOf(text, CODE), [[
      { kind: 'set', path: [...base, 'tokenUrl'], value: { value: 'https://<login host>/oauth2/token' }, title: 'Add customParameters "tokenUrl" (placeholder)', safe: false },
      { kind: 'set', path: [...base, 'refreshUrl'], value: { value: 'https://<login host>/oauth2/token' }, title: 'Add customParameters "refreshUrl" (placeholder)', safe: false },
    ]]);
  });

  it('reports aad without customParameters on the settings key, inserting the object', async () => {
    const text = file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "clientId": "x" } } }');
    assert.deepEqual(await findings(text, CODE), [
      '4:66-4:81 warning custom-parameters-required ["oAuthSettings"] identityProvider "aad" of parameter "token" needs customParameters "resourceUri": the sign-in cannot be built without it. Add "resourceUri": { "value": "..." }.',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'customParameters'],
      value: { resourceUri: { value: '<resource URI of the protected API>' } }, title: 'Add customParameters resourceUri (placeholders)', safe: false,
    }]]);
  });

  it('counts a key in another case as present (custom-parameter-casing reports it)', async () => {
    const text = file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "clientId": "x", "customParameters": { "ResourceUri": { "value": "r" } } } } }');
    assert.deepEqual(await findings(text, CODE), []);
  });
});
