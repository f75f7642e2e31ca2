// The bundled server over real LSP stdio: lifecycle, diagnostics and the basic language features.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { caret } from '../support/caret';
import { LspTestClient } from '../support/lspClient';

const URI = 'file:///projects/connectors/contoso/apiProperties.json';

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
    const uri = 'file:///projects/connectors/fmt/apiProperties.json';
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

  it('answers completion inside a multi-auth set with the set keys', async () => {
    const uri = 'file:///projects/connectors/complete/apiProperties.json';
    const { text, position } = caret('{\n  "properties": {\n    "connectionParameterSets": {\n      "values": [\n        { "name": "a", | }\n      ]\n    }\n  }\n}');
    await client.open(uri, text);
    const list = await client.request<{ items: { label: string; textEdit?: { newText: string } }[] }>('textDocument/completion', { textDocument: { uri }, position });
    assert.deepEqual(list.items.map(i => i.label).sort(), ['metadata', 'parameters', 'uiDefinition']);
    assert.equal(list.items.find(i => i.label === 'uiDefinition')?.textEdit?.newText, '"uiDefinition": {$1}');
    await client.close(uri);
  });

  it('answers hover with markdown documentation', async () => {
    const uri = 'file:///projects/connectors/hover/apiProperties.json';
    const { text, position } = caret('{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identity|Provider": "aad"}}}}}');
    await client.open(uri, text);
    const hover = await client.request<{ contents: unknown; range: unknown }>('textDocument/hover', { textDocument: { uri }, position });
    assert.match(JSON.stringify(hover.contents), /oauth2generic/);
    const key = text.indexOf('"identityProvider"');
    assert.deepEqual(hover.range, { start: { line: 0, character: key }, end: { line: 0, character: key + '"identityProvider"'.length } });
    await client.close(uri);
  });

  it('answers document symbols, folding and selection ranges inside the document', async () => {
    const uri = 'file:///projects/connectors/symbols/apiProperties.json';
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameters": {\n      "api_key": { "type": "securestring" }\n    }\n  }\n}\n';
    await client.open(uri, text);
    const lines = text.split('\n').length;
    type R = { start: { line: number }; end: { line: number } };
    const symbols = await client.request<{ name: string; range: R; children?: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
    const inside = (r: R) => r.start.line >= 0 && r.end.line < lines && r.start.line <= r.end.line;
    const all: { range: R; children?: unknown[] }[] = [...symbols];
    while (all.length) { const s = all.pop()!; assert.ok(inside(s.range), JSON.stringify(s)); all.push(...((s.children ?? []) as typeof all)); }
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds.map(f => [f.startLine, f.endLine]).sort(), [[0, 6], [1, 5], [3, 4]]);
    const sel = await client.request<{ range: R }[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 4, character: 9 }] });
    assert.equal(sel.length, 1);
    await client.close(uri);
  });

  it('clears diagnostics when a document closes, and exits cleanly on shutdown', async () => {
    const uri = 'file:///projects/connectors/closing/apiProperties.json';
    await client.open(uri, '{ "properties": ');
    assert.ok((await client.diagnosticsFor(uri)).length > 0);
    await client.close(uri);
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length === 0, 5000, 'cleared diagnostics');
    const second = await LspTestClient.start();
    await second.stop();
    assert.equal(second.child.exitCode, 0);
  });
});
