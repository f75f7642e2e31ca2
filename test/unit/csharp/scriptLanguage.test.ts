// Editor features of script.csx against the connector's swagger and apiProperties: hover, definition, completion
// (a `|` caret), and the two quick fixes, with their results written out in full.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, MarkupContent, TextEdit } from 'vscode-json-languageservice';
import { caret } from '../../support/caret';
import { checkScript } from '../../../server/src/engine/csharp/scriptChecks';
import { scriptCodeActions, scriptCompletion, scriptDefinition, scriptHover } from '../../../server/src/engine/csharp/scriptLanguage';
import { readScriptOperations } from '../../../server/src/engine/csharp/scriptOperations';
import { findScriptApiProperties, loadScriptConnector, scriptContextOf } from '../../../server/src/engine/csharp/scriptConnector';
import { applyOffsetEdits } from '../../../server/src/engine/codeActions/textEdits';
import { MemoryFileSystem } from '../../../server/src/engine/swagger/fileSystem';
import { parseSwagger } from '../../../server/src/engine/swagger/swaggerModel';

const SCRIPT_URI = 'file:///c/script.csx';
const PROPS_URI = 'file:///c/apiProperties.json';
const SWAGGER_URI = 'file:///c/apiDefinition.swagger.json';
const SWAGGER_TEXT = `{
  "swagger": "2.0",
  "info": { "title": "Orders", "version": "1.0" },
  "paths": {
    "/orders": {
      "get": { "operationId": "ListOrders", "summary": "List the orders", "responses": { "200": { "description": "ok" } } },
      "post": { "operationId": "CreateOrder", "responses": { "200": { "description": "ok" } } }
    },
    "/orders/{id}": {
      "get": { "operationId": "GetOrder", "summary": "One order", "parameters": [{ "name": "id", "in": "path", "required": true, "type": "string" }], "responses": { "200": { "description": "ok" } } }
    }
  }
}`;
const swagger = parseSwagger(SWAGGER_URI, SWAGGER_TEXT);

const script = (body: string) => `public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
${body}
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
`;

function at(textWithCaret: string) {
  const { text, offset } = caret(textWithCaret);
  return { doc: TextDocument.create(SCRIPT_URI, 'csharp', 1, text), offset };
}

const rangeText = (doc: TextDocument, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => doc.getText(r);

describe('script.csx hover and definition', () => {
  it('hover on a compared operation id shows method, path and summary, over the literal', () => {
    const { doc, offset } = at(script('        if (this.Context.OperationId == "List|Orders") { }'));
    const hover = scriptHover(doc, offset, swagger)!;
    assert.equal(rangeText(doc, hover.range!), '"ListOrders"');
    assert.equal((hover.contents as MarkupContent).value, '**GET** `/orders`\n\nList the orders\n\nOperation `ListOrders` in apiDefinition.swagger.json');
  });

  it('hover through a constant and ignoring case; nothing on other strings or unknown ids', () => {
    const constant = at(`public class Script : ScriptBase
{
    private const string Get = "GetOrder";
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (Context.OperationId == G|et) { }
        if ("createorder".Equals(Context.OperationId, StringComparison.OrdinalIgnoreCase)) { }
        return null;
    }
}`);
    const h = scriptHover(constant.doc, constant.offset, swagger)!;
    assert.equal(rangeText(constant.doc, h.range!), 'Get');
    assert.match((h.contents as MarkupContent).value, /^\*\*GET\*\* `\/orders\/\{id\}`/);
    const folded = at(constant.doc.getText().replace('"createorder"', '"create|order"'));
    assert.match((scriptHover(folded.doc, folded.offset, swagger)!.contents as MarkupContent).value, /^\*\*POST\*\* `\/orders`/);
    const other = at(script('        var s = "List|Orders";'));
    assert.equal(scriptHover(other.doc, other.offset, swagger), null);
    const unknown = at(script('        if (this.Context.OperationId == "Nope|") { }'));
    assert.equal(scriptHover(unknown.doc, unknown.offset, swagger), null);
    assert.equal(scriptHover(unknown.doc, unknown.offset, undefined), null);
  });

  it('definition lands on the operationId value in the swagger', () => {
    const { doc, offset } = at(script('        switch (this.Context.OperationId) { case "Get|Order": break; }'));
    const [loc] = scriptDefinition(doc, offset, swagger);
    assert.equal(loc.uri, SWAGGER_URI);
    const sw = TextDocument.create(SWAGGER_URI, 'json', 1, SWAGGER_TEXT);
    assert.equal(sw.getText(loc.range), '"GetOrder"');
    assert.deepEqual(loc.range, { start: { line: 9, character: 30 }, end: { line: 9, character: 40 } });
  });
});

describe('script.csx completion of operation ids', () => {
  const labels = (textWithCaret: string) => {
    const { doc, offset } = at(textWithCaret);
    const list = scriptCompletion(doc, offset, swagger);
    if (!list) return null;
    return list.items.map(i => {
      const e = i.textEdit as TextEdit;
      return `${i.label} (${i.detail}) -> ${JSON.stringify(rangeText(doc, e.range))}`;
    });
  };

  it('inside OperationId == "|": every operation, replacing the content between the quotes', () => {
    assert.deepEqual(labels(script('        if (this.Context.OperationId == "|") { }')), [
      'ListOrders (GET /orders) -> ""',
      'CreateOrder (POST /orders) -> ""',
      'GetOrder (GET /orders/{id}) -> ""',
    ]);
    assert.deepEqual(labels(script('        if (this.Context.OperationId == "Li|st") { }'))?.[0], 'ListOrders (GET /orders) -> "List"');
  });

  it('in case "|", .Equals("|") and while the string is still open', () => {
    assert.equal(labels(script('        switch (this.Context.OperationId) { case "|": break; }'))?.length, 3);
    assert.equal(labels(script('        if (this.Context.OperationId.Equals("|")) { }'))?.length, 3);
    assert.deepEqual(labels(script('        switch (this.Context.OperationId) {\n            case "Ge|\n        }'))?.[2], 'GetOrder (GET /orders/{id}) -> "Ge"');
  });

  it('nowhere else: other strings, outside the quotes, interpolated strings, no swagger', () => {
    assert.equal(labels(script('        var s = "|";')), null);
    assert.equal(labels(script('        if (this.Context.OperationId == |"x") { }')), null);
    assert.equal(labels(script('        if (this.Context.OperationId == $"{1}|") { }')), null);
    const { doc, offset } = at(script('        if (this.Context.OperationId == "|") { }'));
    assert.equal(scriptCompletion(doc, offset, undefined), null);
  });
});

const PROPS = `{
  "properties": {
    "scriptOperations": [
      "ListOrders"
    ]
  }
}`;

describe('script.csx quick fixes', () => {
  const read = (files: Record<string, string>) => async (uri: string) => files[uri];

  it('did you mean: replaces the literal content with the closest operationId', async () => {
    const doc = TextDocument.create(SCRIPT_URI, 'csharp', 1, script('        if (this.Context.OperationId == "ListOrder") { }'));
    const ds = checkScript(doc, { operationIds: new Set(swagger.operations.keys()) });
    const actions = await scriptCodeActions(doc, ds, read({}));
    assert.deepEqual(actions.map(a => a.title), ['Change to "ListOrders"']);
    const [edit] = actions[0].edit!.changes![SCRIPT_URI];
    assert.equal(rangeText(doc, edit.range), 'ListOrder');
    assert.equal(edit.newText, 'ListOrders');
    // Withheld once the literal changed.
    const changed = TextDocument.create(SCRIPT_URI, 'csharp', 2, doc.getText().replace('"ListOrder"', '"ListOrdez"'));
    assert.deepEqual(await scriptCodeActions(changed, ds, read({})), []);
  });

  function notListed(props: string) {
    const doc = TextDocument.create(SCRIPT_URI, 'csharp', 1, script('        if (this.Context.OperationId == "GetOrder") { }\n        if (this.Context.OperationId == "ListOrders") { }'));
    const so = readScriptOperations(props)!;
    const ds = checkScript(doc, { operationIds: new Set(swagger.operations.keys()), scriptOperations: so.ids, scriptOperationsAt: { uri: PROPS_URI, ...so.array } });
    return { doc, ds };
  }
  const applied = (action: CodeAction, text: string) => {
    const target = TextDocument.create(PROPS_URI, 'json', 1, text);
    return applyOffsetEdits(text, action.edit!.changes![PROPS_URI].map(e => ({ offset: target.offsetAt(e.range.start), length: target.offsetAt(e.range.end) - target.offsetAt(e.range.start), content: e.newText })));
  };

  it('add it to scriptOperations: one item appended to the array in apiProperties.json, in its indentation', async () => {
    const { doc, ds } = notListed(PROPS);
    assert.deepEqual(ds.map(d => `${d.code} ${doc.getText(d.range)}`), ['script-code-operation-not-listed "GetOrder"']);
    const actions = await scriptCodeActions(doc, ds, read({ [PROPS_URI]: PROPS }));
    assert.deepEqual(actions.map(a => a.title), ['Add "GetOrder" to scriptOperations in apiProperties.json']);
    assert.equal(applied(actions[0], PROPS), PROPS.replace('"ListOrders"\n', '"ListOrders",\n      "GetOrder"\n'));
    // One line stays one line; tabs stay tabs.
    const compact = '{\n\t"properties": {\n\t\t"scriptOperations": ["ListOrders"]\n\t}\n}';
    const c = notListed(compact);
    assert.equal(applied((await scriptCodeActions(c.doc, c.ds, read({ [PROPS_URI]: compact })))[0], compact), compact.replace('["ListOrders"]', '["ListOrders", "GetOrder"]'));
  });

  it('add it to scriptOperations is withheld when the array moved, already lists the id, or the file is gone', async () => {
    const { doc, ds } = notListed(PROPS);
    assert.deepEqual(await scriptCodeActions(doc, ds, read({ [PROPS_URI]: ' ' + PROPS })), []);
    assert.deepEqual(await scriptCodeActions(doc, ds, read({ [PROPS_URI]: PROPS.replace('"ListOrders"', '"GetOrders"') })), []);
    assert.deepEqual(await scriptCodeActions(doc, ds, read({ [PROPS_URI]: PROPS.replace('"ListOrders"', '"GetOrder"  ') })), []);
    assert.deepEqual(await scriptCodeActions(doc, ds, read({})), []);
    // Hostile data from the client: no action, no throw.
    const bad = ds.map(d => ({ ...d, data: { operationId: 'X', scriptOperationsAt: { uri: PROPS_URI, offset: -1, length: 2 } } }));
    assert.deepEqual(await scriptCodeActions(doc, bad, read({ [PROPS_URI]: PROPS })), []);
  });
});

describe('script.csx connector folder', () => {
  it('finds apiProperties.json by prefix, by name in any casing, or through settings.json', async () => {
    const fs = new MemoryFileSystem()
      .set('file:///a/x.script.csx', '').set('file:///a/x.apiProperties.json', '{}')
      .set('file:///b/script.csx', '').set('file:///b/APIProperties.json', '{}')
      .set('file:///c/script.csx', '').set('file:///c/settings.json', '{ "apiProperties": "def/props.json" }').set('file:///c/def/props.json', '{}')
      .set('file:///d/script.csx', '');
    assert.equal(await findScriptApiProperties(fs, 'file:///a/x.script.csx'), 'file:///a/x.apiProperties.json');
    assert.equal(await findScriptApiProperties(fs, 'file:///b/script.csx'), 'file:///b/APIProperties.json');
    assert.equal(await findScriptApiProperties(fs, 'file:///c/script.csx'), 'file:///c/def/props.json');
    assert.equal(await findScriptApiProperties(fs, 'file:///d/script.csx'), undefined);
  });
  it('reads scriptOperations from the open buffer first, and pairs the swagger from the folder', async () => {
    const fs = new MemoryFileSystem().set('file:///e/script.csx', '').set('file:///e/apiProperties.json', '{ "properties": { "scriptOperations": ["A"] } }');
    const open: Record<string, string> = { 'file:///e/apiProperties.json': '{ "properties": { "scriptOperations": ["B", "C"] } }' };
    const asked: string[] = [];
    const sources = {
      fileSystem: fs,
      openUris: () => Object.keys(open),
      readText: async (uri: string) => open[uri] ?? fs.readFile(uri).catch(() => undefined),
      swaggerFor: async (uri: string) => { asked.push(uri); return swagger; },
    };
    const connector = await loadScriptConnector('file:///e/script.csx', sources);
    assert.deepEqual(scriptContextOf(connector), {
      operationIds: new Set(['ListOrders', 'CreateOrder', 'GetOrder']),
      scriptOperations: ['B', 'C'],
      scriptOperationsAt: { uri: 'file:///e/apiProperties.json', offset: 38, length: 10 },
    });
    assert.deepEqual(asked, ['file:///e/apiProperties.json']);
    // No apiProperties anywhere: no list, the swagger still paired from the folder; an empty list means every operation.
    const none = await loadScriptConnector('file:///f/script.csx', { ...sources, openUris: () => [] });
    assert.deepEqual({ ...scriptContextOf(none), operationIds: undefined }, { operationIds: undefined, scriptOperations: undefined, scriptOperationsAt: undefined });
    assert.equal(asked[1], 'file:///f/apiProperties.json');
    open['file:///e/apiProperties.json'] = '{ "properties": { "scriptOperations": [] } }';
    assert.equal(scriptContextOf(await loadScriptConnector('file:///e/script.csx', sources)).scriptOperations, undefined);
  });
});
