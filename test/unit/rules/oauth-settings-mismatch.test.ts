import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings } from './helpers';

const CODE = 'oauth-settings-mismatch';

describe(CODE, () => {
  it('reports an oauthSetting without settings on its type as an error, replacing the schema message', async () => {
    const text = file('    "connectionParameters": { "token": { "type": "oauthSetting" } }');
    assert.deepEqual(await findings(text, CODE), [
      '4:50-4:64 error oauth-settings-mismatch ["oauthSetting"] parameter "token" has type "oauthSetting" but no "oAuthSettings": sign-in cannot work without an identity provider and client id. Add "oAuthSettings" (identityProvider, clientId, scopes, redirectMode, customParameters).',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
  });

  it('reports oAuthSettings on another type as a warning on its key', async () => {
    const text = file('    "connectionParameters": { "api_key": { "type": "securestring", "oAuthSettings": { "identityProvider": "oauth2" } } }');
    assert.deepEqual(await findings(text, CODE), [
      '4:68-4:83 warning oauth-settings-mismatch ["oAuthSettings"] "oAuthSettings" is ignored on parameter "api_key" because its type is "securestring": OAuth settings only apply to type "oauthSetting". Change the type to "oauthSetting" (and name the parameter "token"), or remove the settings.',
    ]);
    assert.ok(!(await codes(text)).includes('schema'));
  });

  it('accepts the pair', async () => {
    const text = file('    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2" } } }');
    assert.deepEqual(await findings(text, CODE), []);
  });
});
