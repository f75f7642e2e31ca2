import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings } from './helpers';

const CODE = 'custom-parameters-unknown';

describe(CODE, () => {
  it('reports a key the provider does not read, with a suggestion, instead of the schema message', async () => {
    const text = file(`    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "x",
      "customParameters": { "authorizationUrl": { "value": "a" }, "tokenUrl": { "value": "t" }, "refreshUrl": { "value": "r" }, "tokenUri": { "value": "t" } } } } }`);
    assert.deepEqual(await findings(text, CODE), [
      '5:129-5:139 warning custom-parameters-unknown ["tokenUri"] customParameters key "tokenUri" of parameter "token" is not read by identityProvider "oauth2" (it reads "authorizationUrl", "tokenUrl", "refreshUrl"). Did you mean "tokenUrl"?',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
  });

  it('accepts oauth2generic template variables that a template uses, and reports unused ones', async () => {
    const text = file(`    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2generic", "clientId": "x",
      "customParameters": { "authorizationUrlTemplate": { "value": "https://{domain}/authorize" }, "tokenUrlTemplate": { "value": "https://{domain}/token" },
        "refreshUrlTemplate": { "value": "https://{domain}/token" }, "domain": { "value": "login.contoso.com" }, "unused": { "value": "x" } } } } }`);
    assert.deepEqual(await findings(text, CODE), [
      '6:114-6:122 warning custom-parameters-unknown ["unused"] customParameters key "unused" of parameter "token" is neither an oauth2generic setting nor used as {unused} in any template, so it has no effect. Use it in a template or remove it.',
    ]);
  });
});
