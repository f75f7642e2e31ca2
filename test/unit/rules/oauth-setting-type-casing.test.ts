import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'oauth-setting-type-casing';
const text = file('    "connectionParameters": { "token": { "type": "oAuthSetting", "oAuthSettings": { "identityProvider": "aad", "clientId": "x", "customParameters": { "resourceUri": { "value": "r" } } } } }');

describe(CODE, () => {
  it('reports oAuthSetting on the type value as the only diagnostic, with a safe fix', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '4:50-4:64 error oauth-setting-type-casing ["oAuthSetting"] Type "oAuthSetting" of parameter "token" is not recognised: clients compare the type literally with "oauthSetting" (lower-case o, capital S). Change it to "oauthSetting".',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'token', 'type'], value: 'oauthSetting', title: 'Change to "oauthSetting"', safe: true,
    }]]);
  });

  it('accepts oauthSetting', async () => {
    assert.deepEqual(await findings(text.replace('oAuthSetting"', 'oauthSetting"'), CODE), []);
  });
});
