// The bundled server over real LSP stdio: lifecycle, diagnostics and the basic language features.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspTestClient } from '../support/lspClient';

const URI = 'file:///work/connectors/contoso/apiProperties.json';

describe('language server over stdio', () => {
  let client: LspTestClient;
  before(async () => { client = await LspTestClient.start(); });
  after(async () => { await client.stop(); });

  it('publishes a strict-JSON error with the exact range of a trailing comma', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n  }\n}\n';
    await client.open(URI, text);
    const diagnostics = await client.diagnosticsFor(URI);
    const trailing = diagnostics.filter(d => d.code === 'strict-json');
    assert.equal(trailing.length, 1, JSON.stringify(diagnostics));
    assert.deepEqual(trailing[0].range, { start: { line: 2, character: 31 }, end: { line: 2, character: 32 } });
    assert.equal(trailing[0].severity, 1);
    assert.equal(trailing[0].source, 'pp-connector');
    await client.close(URI);
  });

  it('formats to 2-space indentation whatever the editor asks for', async () => {
    const uri = 'file:///work/connectors/fmt/apiProperties.json';
    await client.open(uri, '{"properties":{"iconBrandColor":"#123456","capabilities":[]}}');
    const edits = await client.request<{ range: unknown; newText: string }[]>('textDocument/formatting', {
      textDocument: { uri }, options: { tabSize: 8, insertSpaces: false },
    });
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    const doc = TextDocument.create(uri, 'apiproperties', 1, '{"properties":{"iconBrandColor":"#123456","capabilities":[]}}');
    const formatted = TextDocument.applyEdits(doc, edits as never);
    assert.equal(formatted, '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "capabilities": []\n  }\n}');
    await client.close(uri);
  });
});
