// The few words the status item and the outline use for a file's authentication.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../../server/src/engine';
import { describeAuthentication } from '../../../server/src/engine/preview/authSummary';
import { fixtureText } from './support';

const service = new ConnectorService();
const describe = (text: string) => describeAuthentication(service.analyze(TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, text)).model);
const single = (connectionParameters: object) => describe(JSON.stringify({ properties: { connectionParameters } }));
const token = (identityProvider: string, extra: object = {}) => ({ type: 'oauthSetting', oAuthSettings: { identityProvider, ...extra } });

test('fixtures: multi-auth counts sets; single-auth names the credential kind', () => {
  assert.equal(describe(fixtureText('multi-auth')), 'Multi-auth: 3 sets');
  assert.equal(describe(fixtureText('pitfalls')), 'Multi-auth: 2 sets');
  assert.equal(describe(fixtureText('single-auth')), 'API key');
  assert.equal(describe('{"properties": {"connectionParameterSets": {"values": [{"name": "a", "parameters": {}}]}}}'), 'Multi-auth: 1 set');
});

test('single-auth kinds', () => {
  assert.equal(describe('{"properties": {"iconBrandColor": "#123456"}}'), undefined);
  assert.equal(single({}), 'No authentication');
  assert.equal(single({ username: { type: 'securestring' }, password: { type: 'securestring' } }), 'Basic');
  assert.equal(single({ token: token('aad') }), 'Microsoft Entra ID (OAuth)');
  assert.equal(single({ token: token('aad', { customParameters: { grantType: { value: 'client_credentials' } } }) }), 'Service principal (Microsoft Entra ID)');
  assert.equal(single({ token: token('oauth2generic') }), 'OAuth 2.0 (generic templates)');
  assert.equal(single({ token: token('DocuSign') }), 'OAuth 2.0 (DocuSign)');
  assert.equal(single({ gateway: { type: 'gatewaySetting' }, authType: { type: 'string' } }), 'On-premises data gateway');
  assert.equal(single({ host: { type: 'string' }, region: { type: 'string' } }), 'Custom inputs');
});
