// Webhook, operation-family and path-template validator findings over real LSP stdio of the bundled server: the
// finding on the node at fault with its code, validator name and level, a quick fix that is offered but not in fix-all
// (it changes what users see), and the fixed buffer re-checked clean.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, textAt } from '../support/caret';
import { LspTestClient } from '../support/lspClient';

const SWAGGER = `{
  "swagger": "2.0",
  "info": { "title": "Contoso", "version": "1.0" },
  "host": "api.contoso.com",
  "basePath": "/",
  "schemes": ["https"],
  "paths": {
    "/hooks": {
      "x-ms-notification-content": { "description": "The event", "schema": { "type": "object" } },
      "post": {
        "operationId": "OnEvent",
        "summary": "When an event occurs",
        "x-ms-trigger": "single",
        "parameters": [
          {
            "name": "body",
            "in": "body",
            "required": true,
            "schema": {
              "type": "object",
              "properties": {
                "callbackUrl": { "type": "string", "x-ms-notification-url": true }
              },
              "required": ["callbackUrl"]
            }
          }
        ],
        "responses": { "201": { "description": "Created" } }
      }
    },
    "/items/{id=1}": {
      "get": {
        "operationId": "GetItem",
        "summary": "Get an item",
        "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string", "x-ms-url-encoding": "single" } ],
        "responses": { "200": { "description": "OK" } },
        "x-ms-api-annotation": { "family": "GetItem" }
      }
    }
  }
}
`;

const MINE = new Set(['notification-url-not-internal', 'operation-path-variables-contain-defaults', 'operation-revision-empty']);

const describeFinding = (d: Diagnostic, text: string) => `${d.code} ${d.severity} [${textAt(text, d.range)}] ${(d.data as { validatorName?: string }).validatorName}`;

describe('webhook, family and path-template findings over stdio', () => {
  let client: LspTestClient;
  before(async () => { client = await LspTestClient.start({ configuration: { validate: { enable: true }, rules: {}, profile: 'custom' } }); });
  after(async () => { await client.stop(); });

  it('publishes each on the node at fault, and the quick fix makes the URL property internal', async () => {
    const uri = 'file:///projects/connectors/swhook/apiDefinition.swagger.json';
    await client.open(uri, SWAGGER, 'json');
    const diagnostics = await client.diagnosticsFor(uri);
    // "{id=1}" also draws the path-parameter rules (the variable is named "id=1"); these three are this file's.
    assert.deepEqual(diagnostics.filter(d => MINE.has(String(d.code))).map(d => describeFinding(d, SWAGGER)).sort(), [
      'notification-url-not-internal 1 ["x-ms-notification-url"] NotificationUrlNotInternal',
      'operation-path-variables-contain-defaults 1 [=1] OperationPathVariablesContainDefaults',
      'operation-revision-empty 2 ["x-ms-api-annotation"] OperationRevisionEmpty',
    ]);
    const finding = diagnostics.find(d => d.code === 'notification-url-not-internal')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding], only: ['quickfix'] } });
    assert.deepEqual(actions.map(a => [a.title, a.kind]), [['Add "x-ms-visibility": "internal"', 'quickfix']]);
    const fixed = applyEdits(SWAGGER, actions[0].edit!.changes![uri]);
    assert.equal(fixed.split('"x-ms-visibility": "internal"').length, 2, 'one visibility added');
    // Hiding a field changes what users see: not something fix-all does blindly.
    const all = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.ok(!all.some(a => JSON.stringify(a.edit ?? {}).includes('x-ms-visibility')));
    await client.change(uri, fixed, 2);
    const after = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(after.map(d => String(d.code)).filter(c => MINE.has(c)).sort(), ['operation-path-variables-contain-defaults', 'operation-revision-empty']);
    await client.close(uri);
  });
});
