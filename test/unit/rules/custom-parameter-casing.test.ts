import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'custom-parameter-casing';
const text = file(`    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "x",
      "customParameters": { "AuthorizationUrl": { "value": "a" }, "tokenUrl": { "value": "t" }, "refreshUrl": { "value": "r" } } } } }`);

describe(CODE, () => {
  it('reports a key in the wrong case for its provider, with a safe rename', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '5:29-5:47 warning custom-parameter-casing ["AuthorizationUrl"] customParameters key "AuthorizationUrl" of parameter "token" is in the wrong case for identityProvider "oauth2": it expects "authorizationUrl". Rename it to "authorizationUrl".',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'renameKey', path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'customParameters', 'AuthorizationUrl'],
      newKey: 'authorizationUrl', title: 'Rename "AuthorizationUrl" to "authorizationUrl"', safe: true,
    }]]);
  });

  it('accepts canonical keys', async () => {
    assert.deepEqual(await findings(text.replace('AuthorizationUrl', 'authorizationUrl'), CODE), []);
  });
});
