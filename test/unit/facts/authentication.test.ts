// The authentication kind of a set of parameters is one fact (authentication.ts, SPEC §3.6). The outline/status
// summary and the conversion to multi-auth both read it, so they name the same kind for every shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../../server/src/engine';
import { authenticationOf } from '../../../server/src/engine/authentication';
import { convertedText } from '../../../server/src/engine/codeActions/convert';
import { describeAuthentication } from '../../../server/src/engine/preview/authSummary';

const service = new ConnectorService();
const secure = { type: 'securestring' };
const text = { type: 'string' };
const token = (identityProvider: string | undefined, extra: object = {}, type = 'oauthSetting') =>
  ({ type, oAuthSettings: { ...(identityProvider ? { identityProvider } : {}), ...extra } });
const sp = { customParameters: { resourceUri: { value: 'r' }, grantType: { value: 'client_credentials' } } };

/** Shape → [kind, summary (outline and status item), name of the set the conversion creates]. */
const CASES: [string, object, string, string, string][] = [
  ['none', {}, 'none', 'No authentication', 'no-auth'],
  ['basic', { username: secure, password: secure }, 'basic', 'Basic', 'basic-auth'],
  ['api key', { api_key: secure }, 'apiKey', 'API key', 'api-key-auth'],
  ['one secret among inputs', { key: secure, host: text }, 'apiKey', 'API key', 'api-key-auth'],
  ['api_key as a plain string', { api_key: text }, 'custom', 'Custom inputs', 'default'],
  ['aad', { token: token('aad') }, 'oauth', 'Microsoft Entra ID (OAuth)', 'aad-auth'],
  ['AAD (casing)', { token: token('AAD') }, 'oauth', 'Microsoft Entra ID (OAuth)', 'aad-auth'],
  ['service principal', { token: token('aad', sp) }, 'servicePrincipal', 'Service principal (Microsoft Entra ID)', 'aad-service-principal'],
  ['client_credentials on oauth2', { token: token('oauth2', sp) }, 'oauth', 'OAuth 2.0', 'oauth2-auth'],
  ['GrantType (casing)', { token: token('aad', { customParameters: { GrantType: { value: 'client_credentials' } } }) }, 'servicePrincipal', 'Service principal (Microsoft Entra ID)', 'aad-service-principal'],
  ['oauth2generic', { token: token('oauth2generic') }, 'oauth', 'OAuth 2.0 (generic templates)', 'oauth2-generic-auth'],
  ['no provider', { token: token(undefined) }, 'oauth', 'OAuth 2.0', 'oauth2-auth'],
  ['type oAuthSetting (casing)', { token: token('oauth2', {}, 'oAuthSetting') }, 'oauth', 'OAuth 2.0', 'oauth2-auth'],
  ['DocuSign', { token: token('DocuSign') }, 'oauth', 'OAuth 2.0 (DocuSign)', 'docusign-auth'],
  ['gateway', { gateway: { type: 'gatewaySetting' }, authType: text }, 'gateway', 'On-premises data gateway', 'gateway'],
  ['inputs only', { host: text, region: text }, 'custom', 'Custom inputs', 'default'],
];

for (const [label, connectionParameters, kind, summary, setName] of CASES) {
  test(`${label}: kind ${kind}, summary and conversion agree`, () => {
    const document = TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, JSON.stringify({ properties: { connectionParameters } }, null, 2));
    const analysis = service.analyze(document);
    assert.equal(authenticationOf(analysis.model.connectionParameters!.parameters).kind, kind);
    assert.equal(describeAuthentication(analysis.model), summary);
    const converted = convertedText(analysis, { keep: false });
    assert.ok(converted);
    assert.equal(JSON.parse(converted).properties.connectionParameterSets.values[0].name, setName);
  });
}

test('a multi-auth set is classified by the same fact (outline detail of each set)', () => {
  const document = TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, JSON.stringify({
    properties: { connectionParameterSets: { values: [
      { name: 'sp', parameters: { token: token('aad', sp) } },
      { name: 'key', parameters: { api_key: secure } },
    ] } },
  }));
  const auth = service.documentSymbols(document).find(s => s.name === 'Authentication');
  assert.deepEqual(auth?.children?.map(s => s.detail), ['Service principal (Microsoft Entra ID)', 'API key']);
});
