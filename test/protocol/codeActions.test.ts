// Code actions over real LSP stdio: textDocument/codeAction returns actions with workspace edits, applying the edit
// gives the expected document, and the server republishes clean diagnostics for it.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { caret } from '../support/caret';
import { LspTestClient } from '../support/lspClient';

interface WireAction { title: string; kind?: string; diagnostics?: Diagnostic[]; edit?: { changes?: Record<string, { range: never; newText: string }[]> } }

function applyAction(uri: string, text: string, action: WireAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits?.length, `"${action.title}" carries an edit`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'apiproperties', 1, text), edits);
}

describe('code actions over stdio', () => {
  let client: LspTestClient;
  // No swagger beside these in-memory files: its information finding is not what these tests are about.
  before(async () => { client = await LspTestClient.start({ configuration: { validate: { enable: true }, rules: { 'swagger-unavailable': 'off' }, profile: 'custom' } }); });
  after(async () => { await client.stop(); });

  it('quick-fixes a trailing comma from the published diagnostic, then the file validates clean', async () => {
    const uri = 'file:///projects/connectors/ca1/apiProperties.json';
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n  }\n}\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri);
    const comma = diagnostics.find(d => d.code === 'strict-json')!;
    const actions = await client.request<WireAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: comma.range, context: { diagnostics: [comma], only: ['quickfix'] },
    });
    assert.deepEqual(actions.map(a => [a.title, a.kind]), [['Remove trailing comma', 'quickfix']]);
    const fixed = applyAction(uri, text, actions[0]);
    assert.equal(fixed, '{\n  "properties": {\n    "iconBrandColor": "#123456"\n  }\n}\n');
    await client.change(uri, fixed, 2);
    assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
    await client.close(uri);
  });

  it('adds an authentication set inside values and offers the six kinds', async () => {
    const uri = 'file:///projects/connectors/ca2/apiProperties.json';
    const { text, position } = caret('{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameterSets": {\n      "uiDefinition": {"displayName": "Authentication type", "description": "Choose"},\n      "values": [|]\n    }\n  }\n}\n');
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    const actions = await client.request<WireAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] },
    });
    assert.deepEqual(actions.map(a => a.title), [
      'Add authentication type: Basic authentication', 'Add authentication type: API key', 'Add authentication type: Microsoft Entra ID',
      'Add authentication type: Microsoft Entra ID service principal', 'Add authentication type: OAuth 2.0', 'Add authentication type: OAuth 2.0 with templates',
    ]);
    const sp = applyAction(uri, text, actions[3]);
    const set = JSON.parse(sp).properties.connectionParameterSets.values[0];
    assert.equal(set.name, 'aad-service-principal');
    assert.deepEqual(Object.keys(set.parameters), ['token', 'token:TenantId', 'token:clientId', 'token:clientSecret']);
    await client.change(uri, sp, 2);
    assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
    await client.close(uri);
  });

  it('converts connectionParameters to sets through the refactor on the key', async () => {
    const uri = 'file:///projects/connectors/ca3/apiProperties.json';
    const { text, position } = caret('{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connection|Parameters": {\n      "api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key", "description": "Key"}}\n    }\n  }\n}\n');
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    const actions = await client.request<WireAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['refactor'] },
    });
    assert.deepEqual(actions.map(a => [a.title, a.kind]), [
      ['Convert to connectionParameterSets (multi-auth)', 'refactor.rewrite.connectionParameterSets'],
      ['Convert to connectionParameterSets, keeping connectionParameters', 'refactor.rewrite.connectionParameterSets'],
    ]);
    const converted = applyAction(uri, text, actions[0]);
    assert.equal(converted, '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameterSets": {\n      "uiDefinition": {\n        "displayName": "Authentication type",\n        "description": "Choose how to sign in"\n      },\n      "values": [\n        {\n          "name": "api-key-auth",\n          "uiDefinition": {\n            "displayName": "API key",\n            "description": "Use an API key"\n          },\n          "parameters": {\n            "api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key", "description": "Key", "constraints": {"required": "true"}}}\n          }\n        }\n      ]\n    }\n  }\n}\n');
    await client.change(uri, converted, 2);
    assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
    await client.close(uri);
  });

  it('source.fixAll fixes the safe findings with the client\'s settings, and the custom request returns a snippet', async () => {
    const uri = 'file:///projects/connectors/ca4/apiProperties.json';
    const text = '{\n  // note\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameterSets": {\n      "uiDefinition": {"displayname": "Authentication type", "description": "Choose"},\n      "values": []\n    },\n  }\n}\n';
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    const actions = await client.request<WireAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions.map(a => [a.title, a.kind]), [['Fix all safe connector problems', 'source.fixAll.ppConnector']]);
    const fixed = applyAction(uri, text, actions[0]);
    assert.equal(fixed, '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameterSets": {\n      "uiDefinition": {"displayName": "Authentication type", "description": "Choose"},\n      "values": []\n    }\n  }\n}\n');

    const r = await client.request<{ edit: { range: unknown; newText: string }; name: string; snippet: boolean }>('ppConnector/authenticationSetEdit', {
      textDocument: { uri }, kind: 'apiKey', position: { line: 6, character: 17 }, snippet: true,
    });
    assert.equal(r.name, 'api-key-auth');
    assert.equal(r.snippet, true);
    assert.match(r.edit.newText, /"name": "\$\{1:api-key-auth\}"/);
    await client.close(uri);
  });
});

describe('code actions over stdio for a client with a snippet command', () => {
  let client: LspTestClient;
  before(async () => { client = await LspTestClient.start({ initializationOptions: { addAuthenticationTypeCommand: 'ppConnector.addAuthenticationType' } }); });
  after(async () => { await client.stop(); });

  it('returns "add authentication type" as a command with the kind, uri and position', async () => {
    const uri = 'file:///projects/connectors/ca5/apiProperties.json';
    const { text, position } = caret('{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameterSets": {\n      "uiDefinition": {"displayName": "A", "description": "B"},\n      "values": [|]\n    }\n  }\n}\n');
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    const actions = await client.request<(WireAction & { command?: { command: string; arguments: unknown[] } })[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['refactor.insert'] },
    });
    assert.equal(actions.length, 6);
    assert.deepEqual(actions[1], {
      title: 'Add authentication type: API key', kind: 'refactor.insert.authenticationSet',
      command: { title: 'Add authentication type: API key', command: 'ppConnector.addAuthenticationType', arguments: ['apiKey', uri, position] },
    });
    await client.close(uri);
  });
});
