import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'redirect-mode-casing';
const text = file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "x", "redirectMode": "global", "customParameters": { "authorizationUrl": { "value": "a" }, "tokenUrl": { "value": "t" }, "refreshUrl": { "value": "r" } } } } }');

describe(CODE, () => {
  it('reports a lower-case mode on the value with a safe fix', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '4:148-4:156 warning redirect-mode-casing ["global"] redirectMode "global" of parameter "token" is not in canonical case: the documented values are "Global", "GlobalPerConnector", "Direct". Change it to "Global".',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'redirectMode'], value: 'Global', title: 'Change to "Global"', safe: true,
    }]]);
  });

  it('accepts the canonical modes', async () => {
    for (const mode of ['Global', 'GlobalPerConnector', 'Direct']) {
      assert.deepEqual(await findings(text.replace('"global"', `"${mode}"`), CODE), []);
    }
  });
});
