// The x-ms-dynamic-* family over real LSP stdio of the bundled server: a dropdown whose called operation is misused
// gets each finding at the value at fault, with its level, and the x-ms-dynamic-properties path is fixed by the
// quick fix the server offers.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, textAt } from '../support/caret';
import { LspTestClient } from '../support/lspClient';

const SWAGGER = JSON.stringify({
  swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'],
  paths: {
    '/lists': { get: { operationId: 'GetLists', summary: 'Lists', parameters: [
      { name: 'siteId', in: 'query', required: true, type: 'string' }, { name: 'top', in: 'query', type: 'integer' }],
    responses: { 200: { description: 'OK', schema: { type: 'object', properties: { value: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } } } } } } } },
    '/items': { post: { operationId: 'CreateItem', summary: 'Create', parameters: [
      { name: 'listId', in: 'query', required: true, type: 'string',
        'x-ms-dynamic-values': { operationId: 'GetLists', parameters: { top: '10' }, 'value-collection': 'value', 'value-path': 'id', 'value-title': 'Name' } },
      { name: 'body', in: 'body', schema: { type: 'object',
        'x-ms-dynamic-schema': { operationId: 'GetLists', parameters: { siteId: 'root' }, 'value-path': 'value/properties' },
        'x-ms-dynamic-properties': { operationId: 'GetLists', parameters: { siteId: { value: 'root' } }, itemValuePath: 'value/properties' } } }],
    responses: { 200: { description: 'OK' } } } },
  },
}, null, 2) + '\n';

const line = (d: Diagnostic, text: string) =>
  `${d.severity === 1 ? 'error' : 'warning'} ${d.code} [${textAt(text, d.range)}]`;
const MINE = /dynamic|invoked|operation-(missing|parameter)/;

describe('the x-ms-dynamic-* rules over stdio', () => {
  let client: LspTestClient;
  before(async () => { client = await LspTestClient.start(); });
  after(async () => { await client.stop(); });

  it('publishes each finding on the value at fault, and fixes the itemValuePath', async () => {
    const uri = 'file:///projects/connectors/swdyn/apiDefinition.swagger.json';
    await client.open(uri, SWAGGER, 'json');
    const diagnostics = (await client.diagnosticsFor(uri)).filter(d => MINE.test(String(d.code)));
    assert.deepEqual(diagnostics.map(d => line(d, SWAGGER)).sort(), [
      'error operation-missing-required-property ["parameters"]',
      'error operation-parameter-static-type-mismatch ["10"]',
      'warning invoked-operation-should-produce-property ["Name"]',
      'error dynamic-properties-item-value-path-mismatch ["value/properties"]',
    ].sort());
    const mismatch = diagnostics.find(d => d.code === 'dynamic-properties-item-value-path-mismatch')!;
    assert.equal((mismatch.data as { validatorName?: string }).validatorName, 'DynamicPropertiesItemValuePathMismatch');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch], only: ['quickfix'] } });
    assert.deepEqual(actions.map(a => a.title), ['Change to "value"']);
    const fixed = applyEdits(SWAGGER, actions[0].edit!.changes![uri]);
    assert.equal(fixed, SWAGGER.replace('"itemValuePath": "value/properties"', '"itemValuePath": "value"'));
    await client.change(uri, fixed, 2);
    assert.deepEqual((await client.diagnosticsFor(uri, 2)).filter(d => d.code === 'dynamic-properties-item-value-path-mismatch'), []);
    await client.close(uri);
  });
});
