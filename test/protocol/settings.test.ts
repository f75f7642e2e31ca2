// Settings through the language server: `ppConnector.rules` changes a rule's severity (or turns it off) and
// `ppConnector.profile` enables the certification rules, both at start-up and after workspace/didChangeConfiguration.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const URI = 'file:///projects/connectors/settings-test/apiProperties.json';
const TEXT = `{
  "properties": {
    "iconBrandColor": "#ffffff",
    "connectionParameters": {
      "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "x", "redirectMode": "global",
        "customParameters": { "authorizationUrl": { "value": "https://a" }, "tokenUrl": { "value": "https://t" }, "refreshUrl": { "value": "https://t" } } } }
    },
    "policyTemplateInstances": [ { "templateId": "SetHeader", "title": "h", "parameters": { "x-ms-apimTemplateParameter.name": "n", "x-ms-apimTemplateParameter.value": "v" } } ]
  }
}
`;

function only(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter(d => d.code === code);
}

/** Sends didChangeConfiguration and waits for the re-validation's publish (same document version). */
async function reconfigure(client: LspTestClient, configuration: unknown): Promise<Diagnostic[]> {
  client.configuration = configuration;
  client.diagnostics.delete(URI);
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ppConnector: configuration } });
  return client.diagnosticsFor(URI, 1);
}

describe('settings through the language server', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ configuration: { rules: { 'redirect-mode-casing': 'error', 'template-id-casing': 'off' }, profile: 'custom' } });
  });
  after(async () => { await client.stop(); });

  it('applies rule severities from workspace/configuration at start-up', async () => {
    await client.open(URI, TEXT);
    const diagnostics = await client.diagnosticsFor(URI, 1);
    const redirect = only(diagnostics, 'redirect-mode-casing');
    assert.equal(redirect.length, 1, JSON.stringify(diagnostics));
    assert.equal(redirect[0].severity, 1, 'overridden from warning to error');
    assert.deepEqual(redirect[0].range, { start: { line: 4, character: 123 }, end: { line: 4, character: 131 } });
    assert.equal(redirect[0].source, 'pp-connector');
    assert.match(redirect[0].codeDescription?.href ?? '', /docs\/rules\/redirect-mode-casing\.md$/);
    assert.deepEqual(redirect[0].data, {
      ruleId: 'redirect-mode-casing',
      // Anchored at the flagged value (offset of line 5, character 124): plain JSON that comes back in code actions.
      fixes: [{
        kind: 'set', path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'redirectMode'],
        at: { offset: TEXT.split('\n').slice(0, 4).join('\n').length + 1 + 123, length: 8 }, value: 'Global', title: 'Change to "Global"', safe: true,
      }],
    });
    assert.deepEqual(only(diagnostics, 'template-id-casing'), [], 'turned off');
    assert.deepEqual(only(diagnostics, 'icon-brand-color-certified'), [], 'profile custom: no certification rules');
  });

  it('re-validates with new severities after workspace/didChangeConfiguration', async () => {
    const diagnostics = await reconfigure(client, { rules: { 'redirect-mode-casing': 'off', 'template-id-casing': 'hint' }, profile: 'custom' });
    assert.deepEqual(only(diagnostics, 'redirect-mode-casing'), []);
    const template = only(diagnostics, 'template-id-casing');
    assert.equal(template.length, 1, JSON.stringify(diagnostics));
    assert.equal(template[0].severity, 4);
  });

  it('enables the certification rules when the profile is set to certified', async () => {
    const diagnostics = await reconfigure(client, { rules: {}, profile: 'certified' });
    const color = only(diagnostics, 'icon-brand-color-certified');
    assert.equal(color.length, 1, JSON.stringify(diagnostics));
    assert.equal(color[0].severity, 2);
    assert.deepEqual(color[0].range, { start: { line: 2, character: 22 }, end: { line: 2, character: 31 } });
    assert.equal(only(diagnostics, 'redirect-mode-casing')[0]?.severity, 2, 'back to its default severity');
    const back = await reconfigure(client, { rules: {}, profile: 'custom' });
    assert.deepEqual(only(back, 'icon-brand-color-certified'), []);
  });
});

describe('profile at start-up', () => {
  it('runs independent-publisher rules when the profile says so', async () => {
    const client = await LspTestClient.start({ configuration: { profile: 'independent-publisher' } });
    try {
      await client.open(URI, TEXT);
      const diagnostics = await client.diagnosticsFor(URI, 1);
      assert.deepEqual(only(diagnostics, 'icon-brand-color-independent-publisher').map(d => [d.severity, d.message]), [
        [1, 'iconBrandColor "#ffffff" is not allowed for an Independent Publisher connector: they must use "#da3b01". Change it to "#da3b01".'],
      ]);
      assert.equal(only(diagnostics, 'publisher-required').length, 1);
    } finally {
      await client.stop();
    }
  });
});
