// Severity per schema constraint through the bundled server over real LSP stdio (docs/severity-audit.md): what the
// platform tolerates is a warning, what cannot work stays an error.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspTestClient } from '../support/lspClient';

let client: LspTestClient;
before(async () => { client = await LspTestClient.start({ configuration: { rules: { 'swagger-unavailable': 'off' } } }); });
after(async () => { await client.stop(); });

const levels = async (name: string, text: string) => {
  const uri = `file:///projects/severity/${name}/apiProperties.json`;
  await client.open(uri, text);
  return (await client.diagnosticsFor(uri, 1)).map(d => `${d.code} ${d.severity}`).sort();
};

test('parameter names api-key and "API key" and an array redirectUrl are warnings', async () => {
  const text = JSON.stringify({ properties: { iconBrandColor: '#da3b01', connectionParameters: {
    'api-key': { type: 'securestring', uiDefinition: { constraints: { required: 'true' } } },
    'API key': { type: 'securestring', uiDefinition: { constraints: { required: 'true' } } },
    token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad', redirectMode: 'GlobalPerConnector',
      redirectUrl: ['https://a.example/redirect', 'https://b.example/redirect'], customParameters: { resourceUri: { value: 'https://r.example' } } } },
  } } }, null, 2);
  const found = await levels('tolerated', text);
  assert.deepEqual(found.filter(l => l.startsWith('schema ')), ['schema 2', 'schema 2', 'schema 2'], found.join('\n'));
  assert.ok(!found.some(l => l.endsWith(' 1')), found.join('\n'));
});

test('truncated JSON and an oauthSetting without settings are errors', async () => {
  assert.ok((await levels('truncated', '{\n  "properties": {\n    "iconBrandColor": "#da3b01",\n')).includes('json-syntax 1'));
  const found = await levels('no-settings', '{"properties": {"iconBrandColor": "#da3b01", "connectionParameters": {"token": {"type": "oauthSetting"}}}}');
  assert.ok(found.some(l => / 1$/.test(l)), found.join('\n'));
  assert.ok(found.filter(l => / 1$/.test(l)).every(l => /^(schema|oauth-settings-mismatch) /.test(l)), found.join('\n'));
});
