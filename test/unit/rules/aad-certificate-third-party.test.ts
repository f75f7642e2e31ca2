import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings } from './helpers';

const CODE = 'aad-certificate-third-party';
const doc = (firstParty: string) => file(`    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aadcertificate", "clientId": "x", "properties": { "IsFirstParty": "${firstParty}" }, "customParameters": { "resourceUri": { "value": "r" } } } } }`);

describe(CODE, () => {
  it('reports aadcertificate for a third-party app on the provider value', async () => {
    assert.deepEqual(await findings(doc('False'), CODE), [
      '4:105-4:121 warning aad-certificate-third-party ["aadcertificate"] identityProvider "aadcertificate" of parameter "token" is meant for first-party (Microsoft) apps, but IsFirstParty is not "True": a third-party app registration cannot use the certificate credential. Use "aad" for your own Entra ID app, or set properties.IsFirstParty to "True" if this really is a first-party app.',
    ]);
  });

  it('accepts first-party apps', async () => {
    assert.deepEqual(await findings(doc('True'), CODE), []);
  });
});
