import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings } from './helpers';

const CODE = 'oauth2generic-placeholder';
const text = file(`    "connectionParameters": {
      "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2generic", "clientId": "x",
        "customParameters": {
          "authorizationUrlTemplate": { "value": "https://{customHost}/authorize?client_id={ClientId}&state={State}&x={tenant}" },
          "tokenUrlTemplate": { "value": "https://{customHost}/token" },
          "refreshUrlTemplate": { "value": "https://{customHost}/token?r={regoin}" },
          "tenant": { "value": "common" } } } },
      "token:customHost": { "type": "string", "uiDefinition": { "constraints": { "required": "true" } } }
    }`);

describe(CODE, () => {
  it('reports the placeholder name inside the template string', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '9:75-9:81 warning oauth2generic-placeholder [regoin] Placeholder {regoin} in "refreshUrlTemplate" of parameter "token" resolves to nothing: it is not a built-in (clientId, clientSecret, redirectUrl, scopes, scope, state, code, refreshToken), not a "token:regoin" parameter and not a customParameters key, so it is sent literally. Add a "token:regoin" connection parameter or a customParameters entry, or fix the name.',
    ]);
  });

  it('resolves built-ins case-insensitively, token:<name> parameters and customParameters', async () => {
    assert.deepEqual(await findings(text.replace('{regoin}', '{Tenant}'), CODE), []);
  });
});
