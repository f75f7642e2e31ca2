// The bundled server serves each client as it declares (LSP `initialize` capabilities). A minimal editor (empty
// capabilities, as Neovim without plugins or a plain LSP library sends) gets plain-text completions with no tab stops,
// plain-text hovers, a flat symbol list, no code-action literals, and no request it did not declare it can answer;
// a client that applies server edits gets its code actions as commands that go through workspace/applyEdit. A client
// with VS Code's capabilities gets the rich forms (the other protocol tests and the e2e layer cover those).
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { caret, positionOf } from '../support/caret';
import { LspTestClient, undeclaredRequests } from '../support/lspClient';

const TEXT = `{
  "properties": {
    "iconBrandColor": "#ffffff",
    "connectionParameters": {
      "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "x", "redirectMode": "global",
        "customParameters": { "authorizationUrl": { "value": "https://a" }, "tokenUrl": { "value": "https://t" }, "refreshUrl": { "value": "https://t" } } } }
    },
    "policyTemplateInstances": [ { "templateId": "SetHeader", "title": "h", "parameters": { "x-ms-apimTemplateParameter.name": "n", "x-ms-apimTemplateParameter.value": "@connectionParameters('token')" } } ]
  }
}
`;
// Settings without workspace/configuration: through initializationOptions (one unknown rule id, to see the message).
const INIT = { settings: { rules: { 'redirect-mode-casing': 'error', 'no-such-rule': 'off' }, profile: 'custom' } };

type Item = { label: string; insertText?: string; insertTextFormat?: number; textEdit?: { newText: string; range?: unknown; insert?: unknown }; documentation?: unknown; labelDetails?: unknown };
type WireCommand = { title: string; command: string; arguments?: unknown[] };

function assertPlainCompletions(items: Item[]): void {
  assert.ok(items.length > 0);
  for (const i of items) {
    assert.notEqual(i.insertTextFormat, 2, `${i.label} is not a snippet`);
    for (const text of [i.insertText, i.textEdit?.newText]) {
      if (text !== undefined) assert.doesNotMatch(text, /\$\{?\d|\\\$/, `${i.label}: ${text}`);
    }
    assert.equal(i.textEdit?.insert, undefined, 'no InsertReplaceEdit');
    assert.equal(i.labelDetails, undefined);
    assert.ok(i.documentation === undefined || typeof i.documentation === 'string' || (i.documentation as { kind: string }).kind === 'plaintext', JSON.stringify(i.documentation));
  }
}

describe('a client with empty capabilities', () => {
  let client: LspTestClient;
  const uri = 'file:///projects/connectors/minimal/apiProperties.json';
  before(async () => { client = await LspTestClient.start({ capabilities: {}, initializationOptions: INIT }); });
  after(async () => { await client.stop(); });

  it('gets diagnostics without the fields it did not declare, with the settings of initializationOptions', async () => {
    await client.open(uri, TEXT);
    const diagnostics = await client.diagnosticsFor(uri);
    const redirect = diagnostics.filter(d => d.code === 'redirect-mode-casing');
    assert.equal(redirect.length, 1, JSON.stringify(diagnostics));
    assert.equal(redirect[0].severity, 1, 'severity from initializationOptions');
    for (const d of diagnostics) {
      assert.equal(d.codeDescription, undefined, 'no codeDescription');
      assert.equal(d.relatedInformation, undefined, 'no relatedInformation');
      assert.equal(d.tags, undefined, 'no tags');
    }
    // The settings problem arrives as a window/showMessage notification (no request).
    await client.waitFor(() => client.messages.length >= 1, 5000, 'the settings message');
    assert.match(client.messages[0].message, /no-such-rule/);
  });

  it('gets plain-text completions: no tab stops, no snippet format', async () => {
    const keys = caret('{\n  "properties": {\n    "connectionParameterSets": {\n      "values": [\n        { "name": "a", | }\n      ]\n    }\n  }\n}');
    const u = 'file:///projects/connectors/minimal-complete/apiProperties.json';
    await client.open(u, keys.text);
    const list = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: u }, position: keys.position });
    assertPlainCompletions(list.items);
    assert.equal(list.items.find(i => i.label === 'uiDefinition')?.textEdit?.newText, '"uiDefinition": {}');
    await client.close(u);

    const values = caret('{"properties": {"connectionParameters": {"k": {"type": |}}}}');
    const v = 'file:///projects/connectors/minimal-values/apiProperties.json';
    await client.open(v, values.text);
    const valueList = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: v }, position: values.position });
    assertPlainCompletions(valueList.items);
    assert.ok(valueList.items.some(i => (i.textEdit?.newText ?? i.insertText) === '"securestring"'), JSON.stringify(valueList.items.map(i => i.textEdit?.newText ?? i.insertText)));
    await client.close(v);

    // Our own cross-file completion (parameter names inside @connectionParameters('...')).
    const refs = caret(TEXT.replace("@connectionParameters('token')", "@connectionParameters('|')"));
    const r = 'file:///projects/connectors/minimal-refs/apiProperties.json';
    await client.open(r, refs.text);
    const refList = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri: r }, position: refs.position });
    assertPlainCompletions(refList.items);
    assert.deepEqual(refList.items.map(i => i.textEdit?.newText), ['token']);
    await client.close(r);
  });

  it('gets plain-text hovers', async () => {
    const schemaHover = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(TEXT, '"identityProvider"', 3) });
    assert.equal(schemaHover.contents.kind, 'plaintext');
    assert.match(schemaHover.contents.value, /oauth2generic/);
    assert.doesNotMatch(schemaHover.contents.value, /\*\*|```|\\[.`*_()[\]-]/, schemaHover.contents.value);
    const refHover = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(TEXT, "('token", 3) });
    assert.deepEqual(refHover.contents, { kind: 'plaintext', value: 'Connection parameter token (oauthSetting), declared in connectionParameters' });
  });

  it('gets a flat symbol list (SymbolInformation[]) with containers', async () => {
    const symbols = await client.request<{ name: string; kind: number; location?: { uri: string }; containerName?: string; children?: unknown }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length >= 4, JSON.stringify(symbols));
    for (const s of symbols) {
      assert.equal(s.location?.uri, uri, JSON.stringify(s));
      assert.equal(s.children, undefined);
    }
    assert.deepEqual(symbols.filter(s => s.name === 'token').map(s => s.containerName), ['Authentication']);
    assert.ok(symbols.some(s => s.name === 'Policies' && s.containerName === undefined));
  });

  it('gets no code actions: it takes neither literals nor server edits', async () => {
    const diagnostics = await client.diagnosticsFor(uri);
    const redirect = diagnostics.find(d => d.code === 'redirect-mode-casing')!;
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: redirect.range, context: { diagnostics: [redirect] } }), []);
    const key = positionOf(TEXT, '"connectionParameters"');
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: key, end: key }, context: { diagnostics: [] } }), []);
    assert.equal(client.initializeResult?.capabilities.executeCommandProvider, undefined);
  });

  it('was sent no request at all', async () => {
    await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(client.serverRequests, []);
  });
});

describe('a client that applies server edits but takes no code-action literals', () => {
  let client: LspTestClient;
  const uri = 'file:///projects/connectors/commands/apiProperties.json';
  const capabilities = { workspace: { applyEdit: true } };
  before(async () => { client = await LspTestClient.start({ capabilities, initializationOptions: INIT }); });
  after(async () => { await client.stop(); });

  async function redirectFix(version: number): Promise<WireCommand> {
    const redirect = (await client.diagnosticsFor(uri, version)).find(d => d.code === 'redirect-mode-casing') as Diagnostic;
    const actions = await client.request<WireCommand[]>('textDocument/codeAction', { textDocument: { uri }, range: redirect.range, context: { diagnostics: [redirect] } });
    assert.deepEqual(actions.map(a => [a.title, a.command]), [['Change to "Global"', 'ppConnector.applyCodeAction']]);
    return actions[0];
  }

  it('gets code actions as commands; executing one applies the edit through workspace/applyEdit', async () => {
    assert.deepEqual(client.initializeResult?.capabilities.executeCommandProvider, { commands: ['ppConnector.applyCodeAction'] });
    await client.open(uri, TEXT);
    const command = await redirectFix(1);
    await client.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
    const fixed = client.texts.get(uri)!;
    assert.equal(fixed, TEXT.replace('"redirectMode": "global"', '"redirectMode": "Global"'));
    JSON.parse(fixed);
    assert.deepEqual(client.serverRequests.map(r => r.method), ['workspace/applyEdit']);
    await client.change(uri, fixed, 2);
    assert.deepEqual((await client.diagnosticsFor(uri, 2)).filter(d => d.code === 'redirect-mode-casing'), []);
  });

  it('does not apply a command offered for an older version of the document', async () => {
    await client.change(uri, TEXT, 3);
    const command = await redirectFix(3);
    await client.change(uri, TEXT + '\n', 4);
    const before = client.serverRequests.length;
    await client.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
    await client.waitFor(() => client.messages.some(m => /was not applied/.test(m.message)), 5000, 'the not-applied message');
    assert.equal(client.serverRequests.length, before, 'no workspace/applyEdit');
    assert.equal(client.texts.get(uri), TEXT + '\n');
  });

  it('was sent only requests it declared', () => {
    assert.deepEqual(undeclaredRequests(capabilities, client.serverRequests), []);
  });
});

describe('a client with VS Code-like capabilities', () => {
  it('gets the registrations and configuration requests it declared, code-action literals and no server command', async () => {
    const client = await LspTestClient.start({ configuration: { profile: 'custom' } });
    try {
      const uri = 'file:///projects/connectors/vscode-like/apiProperties.json';
      await client.open(uri, TEXT);
      const diagnostics = await client.diagnosticsFor(uri);
      assert.ok(diagnostics.some(d => d.codeDescription?.href.endsWith('redirect-mode-casing.md')));
      const redirect = diagnostics.find(d => d.code === 'redirect-mode-casing')!;
      const actions = await client.request<{ title: string; edit?: unknown }[]>('textDocument/codeAction', { textDocument: { uri }, range: redirect.range, context: { diagnostics: [redirect] } });
      assert.ok(actions.length > 0 && actions.every(a => a.edit), JSON.stringify(actions));
      assert.equal(client.initializeResult?.capabilities.executeCommandProvider, undefined);
      const methods = new Set(client.serverRequests.map(r => r.method));
      assert.ok(methods.has('workspace/configuration') && methods.has('client/registerCapability'), [...methods].join());
      assert.deepEqual(undeclaredRequests(client.capabilities, client.serverRequests), []);
    } finally {
      await client.stop();
    }
  });
});
