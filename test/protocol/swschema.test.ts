// The host-to-basePath quick fix over real LSP stdio of the bundled server: one code action carrying two edits (host
// and basePath), located from the flagged values; after applying it the finding is gone. And a Swagger 2.0 shape
// finding (an OpenAPI 3 keyword in a schema) arrives on its key with the validator's name.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, textAt } from '../support/caret';
import { LspTestClient } from '../support/lspClient';

const SWAGGER = `{
  "swagger": "2.0",
  "info": { "title": "Contoso", "version": "1.0" },
  "host": "api.contoso.com/v2",
  "basePath": "/",
  "schemes": ["https"],
  "paths": {}
}
`;

describe('swschema rules over stdio', () => {
  let client: LspTestClient;
  before(async () => { client = await LspTestClient.start({ configuration: { validate: { enable: true }, rules: {}, profile: 'custom' } }); });
  after(async () => { await client.stop(); });

  it('moves the path from host to basePath in one quick fix with two edits; the finding is then gone', async () => {
    const uri = 'file:///projects/connectors/swschema1/apiDefinition.swagger.json';
    await client.open(uri, SWAGGER, 'json');
    const findings = (await client.diagnosticsFor(uri)).filter((d: Diagnostic) => d.code === 'host-name-not-valid');
    assert.equal(findings.length, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: findings[0].range, context: { diagnostics: findings, only: ['quickfix'] } });
    assert.deepEqual(actions.map(a => a.title), ['Change host to "api.contoso.com" and basePath to "/v2"']);
    const edits = actions[0].edit?.changes?.[uri] ?? [];
    assert.equal(edits.length, 2);
    const fixed = applyEdits(SWAGGER, edits);
    assert.equal(fixed, SWAGGER.replace('"api.contoso.com/v2"', '"api.contoso.com"').replace('"basePath": "/"', '"basePath": "/v2"'));
    await client.change(uri, fixed, 2);
    assert.deepEqual((await client.diagnosticsFor(uri, 2)).filter((d: Diagnostic) => d.code === 'host-name-not-valid'), []);
    await client.close(uri);
  });

  it('reports an OpenAPI 3 keyword in a schema as additional-property-not-allowed, on the key', async () => {
    const uri = 'file:///projects/connectors/swschema2/apiDefinition.swagger.json';
    const text = SWAGGER.replace('"api.contoso.com/v2"', '"api.contoso.com"').replace('"paths": {}', '"paths": {},\n  "definitions": { "Item": { "type": "string", "nullable": true } }');
    await client.open(uri, text, 'json');
    const findings = (await client.diagnosticsFor(uri)).filter((d: Diagnostic) => d.code === 'additional-property-not-allowed');
    assert.deepEqual(findings.map(d => [textAt(text, d.range), d.severity, (d.data as { validatorName?: string }).validatorName]), [['"nullable"', 1, 'AdditionalPropertyNotAllowed']]);
    await client.close(uri);
  });
});
