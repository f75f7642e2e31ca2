// Every connector file kind over real LSP stdio: a swagger opened as `json` gets the Swagger Validator's findings
// (exact ranges, our source and code); VS Code's own settings.json gets nothing; a client that registers
// formatting dynamically gets formatting, folding and selection ranges for apiProperties only.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, vscodeLikeCapabilities } from '../support/lspClient';

const SWAGGER = `{
  "swagger": "2.0",
  "info": { "title": "Kinds", "version": "1.0" },
  "host": "api.example.com",
  "basePath": "/",
  "schemes": ["https"],
  "paths": {
    "/items/{id}": {
      "get": {
        "operationId": "GetItem",
        "parameters": [{ "name": "id", "in": "path", "type": "string", "x-ms-url-encoding": "single" }],
        "responses": { "200": { "description": "ok" } }
      },
      "delete": {
        "operationId": "GetItem",
        "parameters": [{ "name": "id", "in": "path", "required": true, "type": "string", "x-ms-url-encoding": "single" }],
        "responses": { "200": { "description": "ok" } }
      }
    }
  }
}
`;

const spanOf = (text: string, needle: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in text`);
  return at;
};
const lineChar = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
};

describe('document kinds over stdio', () => {
  let client: LspTestClient;
  before(async () => {
    const capabilities = vscodeLikeCapabilities(false);
    for (const f of ['formatting', 'rangeFormatting', 'foldingRange', 'selectionRange'] as const) {
      (capabilities.textDocument as Record<string, unknown>)[f] = { dynamicRegistration: true };
    }
    client = await LspTestClient.start({ capabilities });
  });
  after(async () => { await client.stop(); });

  it('a swagger opened as json gets the validator findings at the value at fault', async () => {
    const uri = 'file:///kinds/Connector/apiDefinition.Swagger.JSON';
    await client.open(uri, SWAGGER, 'json');
    const found = await client.diagnosticsFor(uri, 1);
    const byCode = (code: string) => found.filter((d: Diagnostic) => d.code === code);
    const duplicate = byCode('operation-id-not-unique');
    assert.ok(duplicate.length >= 1, `operation-id-not-unique in ${found.map(d => d.code).join(', ')}`);
    const second = spanOf(SWAGGER, '"GetItem"', 1);
    assert.ok(duplicate.some(d => JSON.stringify(d.range) === JSON.stringify({ start: lineChar(SWAGGER, second), end: lineChar(SWAGGER, second + '"GetItem"'.length) })),
      `a finding on the second "GetItem": ${JSON.stringify(duplicate.map(d => d.range))}`);
    const required = byCode('path-parameter-must-be-required');
    assert.equal(required.length, 1);
    assert.equal(required[0].source, duplicate[0].source);
    assert.ok(found.every(d => d.source === 'pp-connector'), 'our source on every finding');
  });

  it('VS Code settings.json gets nothing, not even a publish', async () => {
    const uri = 'file:///kinds/.vscode/settings.json';
    await client.open(uri, '{ "editor.tabSize": 2, "swagger": 1 }', 'jsonc');
    await client.waitFor(() => false, 700, 'quiet').catch(() => undefined);
    assert.equal(client.diagnostics.get(uri), undefined);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
    assert.equal(hover, null);
  });

  it('registers formatting, folding and selection ranges for apiProperties only', async () => {
    await client.waitFor(() => client.serverRequests.filter(r => r.method === 'client/registerCapability').length >= 1, 5000, 'registrations');
    const registrations = client.serverRequests.filter(r => r.method === 'client/registerCapability')
      .flatMap(r => (r.params as { registrations: { method: string; registerOptions?: { documentSelector?: unknown } }[] }).registrations);
    const byMethod = new Map(registrations.map(r => [r.method, r.registerOptions?.documentSelector]));
    for (const method of ['textDocument/formatting', 'textDocument/rangeFormatting', 'textDocument/foldingRange', 'textDocument/selectionRange']) {
      assert.deepEqual(byMethod.get(method), [{ language: 'apiproperties' }, { pattern: '**/apiProperties.json' }], method);
    }
    const caps = client.initializeResult!.capabilities;
    for (const key of ['documentFormattingProvider', 'documentRangeFormattingProvider', 'foldingRangeProvider', 'selectionRangeProvider']) {
      assert.equal(caps[key], undefined, `${key} is not declared statically`);
    }
  });

  it('a swagger gets no formatting edits even when asked', async () => {
    const uri = 'file:///kinds/Other/apiDefinition.swagger.json';
    await client.open(uri, '{"swagger":"2.0",   "paths":{}}', 'json');
    const edits = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits, []);
  });
});
