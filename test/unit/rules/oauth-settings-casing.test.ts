import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'oauth-settings-casing';
const text = file('    "connectionParameters": { "token": { "type": "oauthSetting", "oauthSettings": { "identityProvider": "aad", "clientId": "x", "customParameters": { "resourceUri": { "value": "r" } } } } }');

describe(CODE, () => {
  it('reports oauthSettings on the key as the only diagnostic, with a safe rename', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '4:66-4:81 error oauth-settings-casing ["oauthSettings"] "oauthSettings" of parameter "token" is not read: the platform only knows "oAuthSettings" (capital A), so sign-in has no settings. Rename it to "oAuthSettings".',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'renameKey', path: ['properties', 'connectionParameters', 'token', 'oauthSettings'], newKey: 'oAuthSettings',
      title: 'Rename "oauthSettings" to "oAuthSettings"', safe: true,
    }]]);
  });

  it('accepts oAuthSettings', async () => {
    assert.deepEqual(await findings(text.replace('oauthSettings', 'oAuthSettings'), CODE), []);
  });
});
