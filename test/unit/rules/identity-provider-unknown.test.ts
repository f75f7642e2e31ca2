import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'identity-provider-unknown';
const doc = (idp: string) => file(`    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "${idp}", "clientId": "x" } } }`);

describe(CODE, () => {
  it('reports an unknown provider on the value, with the closest known one', async () => {
    assert.deepEqual(await findings(doc('oauth22'), CODE), [
      '4:105-4:114 warning identity-provider-unknown ["oauth22"] identityProvider "oauth22" of parameter "token" is not known to the platform (known: oauth2, oauth2generic, aad, aadcertificate, facebook). Did you mean "oauth2"?',
    ]);
    assert.deepEqual(await fixesOf(doc('oauth22'), CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'identityProvider'], value: 'oauth2', title: 'Change to "oauth2"', safe: false,
    }]]);
    assert.deepEqual(await codes(doc('oauth22')), [CODE]);
  });

  it('marks a pure case fix as safe and suggests oauth2 for foreign names', async () => {
    assert.equal((await fixesOf(doc('AAD'), CODE))[0]?.[0].safe, true);
    assert.deepEqual(await findings(doc('Contoso Login'), CODE), [
      '4:105-4:120 warning identity-provider-unknown ["Contoso Login"] identityProvider "Contoso Login" of parameter "token" is not known to the platform (known: oauth2, oauth2generic, aad, aadcertificate, facebook). For any other OAuth 2.0 service use "oauth2" with authorizationUrl, tokenUrl and refreshUrl.',
    ]);
  });

  it('accepts schema and observed providers', async () => {
    for (const idp of ['oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook', 'DocuSign']) {
      assert.deepEqual(await findings(doc(idp), CODE), [], idp);
    }
  });
});
