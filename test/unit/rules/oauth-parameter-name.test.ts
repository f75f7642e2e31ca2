import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'oauth-parameter-name';
const text = file('    "connectionParameters": { "oauth": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "customParameters": { "resourceUri": { "value": "r" } } } } }');

describe(CODE, () => {
  it('reports an OAuth parameter not named token on its name, with a rename that is not safe', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '4:31-4:38 warning oauth-parameter-name ["oauth"] OAuth parameter "oauth" is not named "token": paconn and pac inject the client secret only into "token", and token:<name> inputs and clients expect that name. Rename it to "token".',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'renameKey', path: ['properties', 'connectionParameters', 'oauth'], newKey: 'token', title: 'Rename "oauth" to "token"', safe: false,
    }]]);
  });

  it('accepts token', async () => {
    assert.deepEqual(await findings(text.replace('"oauth"', '"token"'), CODE), []);
  });
});
