import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'client-secret-committed';
const doc = (secret: string) => file(`    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "clientId": "x", "clientSecret": ${JSON.stringify(secret)}, "customParameters": { "resourceUri": { "value": "r" } } } } }`);

describe(CODE, () => {
  it('reports a real-looking secret on the value, offering a placeholder', async () => {
    const text = doc('Zq8~kPq3R.tX_v1aBcD9eFgHiJkLmNoPqRs');
    assert.deepEqual(await findings(text, CODE), [
      '4:145-4:182 warning client-secret-committed ["Zq8~kPq3R.tX_v1aBcD9eFgHiJkLmNoPqRs"] clientSecret of parameter "token" looks like a real secret: secrets do not belong in source files (paconn --secret and pac inject it on upload). Replace it with a placeholder such as "[YOUR_CLIENT_SECRET]" and rotate the secret if it was ever committed.',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'clientSecret'], value: '[YOUR_CLIENT_SECRET]', title: 'Replace with "[YOUR_CLIENT_SECRET]"', safe: false,
    }]]);
  });

  it('accepts placeholders', async () => {
    for (const placeholder of ['[YOUR_CLIENT_SECRET]', '<<Please add your client secret>>', 'dummy', '********', 'REPLACE_ME_LATER', '']) {
      assert.deepEqual(await findings(doc(placeholder), CODE), [], placeholder);
    }
  });
});
