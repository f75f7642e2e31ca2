// The swagger in an editor, over real LSP stdio of the bundled server: a swagger opened as language `json` gets the
// Swagger Validator findings (and no JSON syntax errors of its own: the editor's JSON support reports those),
// completion and hover for the x-ms-* extensions, quick fixes and fix-all; and no formatting, which stays with the
// editor's JSON support.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, caret, textAt } from '../support/caret';
import { LspTestClient } from '../support/lspClient';

const SWAGGER = `{
  "swagger": "2.0",
  "info": { "title": "Contoso", "version": "1.0" },
  "host": "api.contoso.com",
  "basePath": "/",
  "schemes": ["https"],
  "paths": {
    "/items/{id}": {
      "get": {
        "operationId": "GetItem",
        "summary": "Get an item",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "type": "string",
            "x-ms-visibility": "important"
          }
        ],
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}
`;

const line = (d: Diagnostic, text: string) => `${d.code} [${textAt(text, d.range)}] ${d.range.start.line + 1}:${d.range.start.character + 1}`;

function apply(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits?.length, `"${action.title}" carries an edit`);
  return applyEdits(text, edits);
}

describe('the swagger opened as json, over stdio', () => {
  let client: LspTestClient;
  let plain: LspTestClient;
  before(async () => {
    [client, plain] = await Promise.all([
      LspTestClient.start({ configuration: { validate: { enable: true }, rules: {}, profile: 'custom' } }),
      LspTestClient.start({ capabilities: { workspace: { applyEdit: true } } }),
    ]);
  });
  after(async () => { await Promise.all([client.stop(), plain.stop()]); });

  it('publishes the validator finding on the node at fault; a swagger that is not JSON gets no syntax error from us', async () => {
    const uri = 'file:///projects/connectors/sw1/apiDefinition.swagger.json';
    await client.open(uri, SWAGGER, 'json');
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(diagnostics.map(d => line(d, SWAGGER)), ['path-parameter-missing-encoding ["id"] 14:21']);
    assert.equal(diagnostics[0].source, 'pp-connector');
    assert.deepEqual(diagnostics[0].data && (diagnostics[0].data as { validatorName?: string }).validatorName, 'PathParameterMissingEncoding');
    const broken = SWAGGER.replace('"summary": "Get an item",', '"summary": "Get an item",,');
    await client.change(uri, broken, 2);
    assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
    await client.close(uri);
  });

  it('completes an x-ms-* key by the object at the caret, as a snippet for VS Code and as plain text for a plain client', async () => {
    const uri = 'file:///projects/connectors/sw2/apiDefinition.swagger.json';
    const { text, position } = caret(SWAGGER.replace('"summary": "Get an item",', '"summary": "Get an item",\n        "x-ms-tr|'));
    for (const c of [client, plain]) {
      await c.open(uri, text, 'json');
      const list = await c.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
      const items = Array.isArray(list) ? list : list?.items ?? [];
      const trigger = items.find(i => i.label === 'x-ms-trigger');
      assert.ok(trigger, items.map(i => i.label).join(', '));
      assert.ok(!items.some(i => i.label === 'x-ms-url-encoding'), 'parameter-only extensions are not proposed in an operation');
      const edit = trigger.textEdit as TextEdit;
      if (c === client) {
        assert.equal(trigger.insertTextFormat, 2);
        assert.equal(edit.newText, '"x-ms-trigger": "${1|single,batch|}",', 'a comma: the next line starts a key');
        assert.equal((trigger.documentation as { kind: string }).kind, 'markdown');
      } else {
        assert.equal(trigger.insertTextFormat, 1);
        assert.equal(edit.newText, '"x-ms-trigger": "single",');
        assert.equal(typeof trigger.documentation, 'string');
      }
      await c.close(uri);
    }
  });

  it('hovers x-ms-visibility with its doc and the Learn link; plain text for a plain client', async () => {
    const uri = 'file:///projects/connectors/sw3/apiDefinition.swagger.json';
    const { text, position } = caret(SWAGGER.replace('"x-ms-visibility"', '"x-ms-vis|ibility"'));
    await client.open(uri, text, 'json');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.match(value, /^\*\*`x-ms-visibility`\*\*: How prominently the designer shows/);
    assert.ok(value.includes('(https://learn.microsoft.com/en-us/connectors/custom-connectors/openapi-extensions#x-ms-visibility)'));
    assert.deepEqual(hover.range, { start: { line: 17, character: 12 }, end: { line: 17, character: 29 } });
    await plain.open(uri, text, 'json');
    const h2 = await plain.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.equal((h2.contents as { kind: string }).kind, 'plaintext');
    await Promise.all([client.close(uri), plain.close(uri)]);
  });

  it('applies the quick fix from the published finding, then fix-all has nothing left', async () => {
    const uri = 'file:///projects/connectors/sw4/apiDefinition.swagger.json';
    await client.open(uri, SWAGGER, 'json');
    const [finding] = await client.diagnosticsFor(uri);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding], only: ['quickfix'] } });
    assert.deepEqual(actions.map(a => [a.title, a.kind, a.isPreferred]), [['Add "x-ms-url-encoding": "single"', 'quickfix', true]]);
    const fixed = apply(uri, SWAGGER, actions[0]);
    assert.equal(fixed, SWAGGER.replace('"x-ms-visibility": "important"\n', '"x-ms-visibility": "important",\n            "x-ms-url-encoding": "single"\n'));
    const all = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(all.map(a => a.title), ['Fix all safe swagger problems']);
    assert.equal(apply(uri, SWAGGER, all[0]), fixed);
    await client.change(uri, fixed, 2);
    assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
    assert.deepEqual(await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [], only: ['source.fixAll'] } }), []);
    await client.close(uri);
  });

  it('survives hostile swaggers: every request at many positions answers, and the server keeps serving', async () => {
    const texts = [
      '['.repeat(100000),
      '{"paths":'.repeat(20000) + '{}' + '}'.repeat(20000),
      SWAGGER.replace('"id"', '"i\u001b[31md\u0000"').replace('"important"', '"imp\u0007ortant"'),
      SWAGGER.slice(0, SWAGGER.length / 2),
      '\uFEFF' + SWAGGER.replace(/\n/g, '\r\n'),
    ];
    let version = 1;
    const uri = 'file:///projects/connectors/sw6/apiDefinition.swagger.json';
    await client.open(uri, '{}', 'json', version);
    for (const text of texts) {
      await client.change(uri, text, ++version);
      const doc = TextDocument.create(uri, 'json', version, text);
      const findings = await client.diagnosticsFor(uri, version, 20000);
      for (const offset of [0, 1, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length]) {
        const position = doc.positionAt(offset);
        await client.request('textDocument/completion', { textDocument: { uri }, position });
        await client.request('textDocument/hover', { textDocument: { uri }, position });
        await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: findings, only: ['quickfix', 'source.fixAll'] } });
      }
    }
    await client.change(uri, SWAGGER, ++version);
    assert.deepEqual((await client.diagnosticsFor(uri, version)).map(d => d.code), ['path-parameter-missing-encoding'], 'still serving');
    await client.close(uri);
  });

  it('does not format the swagger: formatting stays with the editor\'s JSON support', async () => {
    const uri = 'file:///projects/connectors/sw5/apiDefinition.swagger.json';
    await client.open(uri, SWAGGER.replace('"swagger": "2.0"', '"swagger":"2.0"'), 'json');
    const edits = await client.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }).catch(() => null);
    assert.ok(!edits || edits.length === 0, JSON.stringify(edits));
    await client.close(uri);
  });
});
