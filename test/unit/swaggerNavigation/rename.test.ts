// Renaming an operationId across the connector folder (engine): from the swagger, apiProperties.json and script.csx;
// each edit replaces only the literal's content; withheld, with the reason, when the result would be ambiguous.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  prepareOperationIdRename, renameOperationId, renameOperationIdAt, RenameResult,
} from '../../../server/src/engine/swaggerNavigation';
import { applyChanges, at, file, folder, PROPS, PROPS_URI, SCRIPT, SCRIPT_URI, SWAGGER, SWAGGER_URI } from './fixtures';

function changed(result: RenameResult | undefined, files = folder()): Record<string, string> {
  assert.ok(result && 'changes' in result, `rename withheld: ${result && 'error' in result ? result.error : 'nothing under the caret'}`);
  return applyChanges(result.changes, files);
}

function refused(result: RenameResult | undefined): string {
  assert.ok(result && 'error' in result, 'expected the rename to be withheld');
  return result.error;
}

const RENAMED_PROPS = `{
  "properties": {
    "policyTemplateInstances": [
      {
        "templateId": "setheader",
        "title": "Header",
        "parameters": {
          "x-ms-apimTemplateParameter.name": "X-Id",
          "x-ms-apimTemplateParameter.value": "1",
          "x-ms-apimTemplate-operationName": ["ListItems", "CreateWidget"]
        }
      }
    ],
    "scriptOperations": ["ListItems"]
  }
}
`;

const RENAMED_SCRIPT = `public class Script : ScriptBase
{
    private const string List = "ListItems";
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (this.Context.OperationId == List) { }
        if (List.Equals(this.Context.OperationId)) { }
        switch (this.Context.OperationId) { case "CreateWidget": break; }
        if (this.Context.OperationId.ToLower() == "listitems") { }
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
`;

// The swagger's two lines that name ListWidgets, as they read after the rename (everything else is unchanged).
const RENAMED_SWAGGER = SWAGGER
  .replace('        "operationId": "ListWidgets",\n', '        "operationId": "ListItems",\n')
  .replace('"x-ms-dynamic-values": { "operationId": "ListWidgets", "value-path": "id" }', '"x-ms-dynamic-values": { "operationId": "ListItems", "value-path": "id" }');

describe('operationId rename across files', () => {
  it('from the swagger declaration: the declaration, the x-ms-dynamic-values call, the policy, scriptOperations and both script literals', () => {
    const { text, offset } = at(SWAGGER.replace('"operationId": "ListWidgets"', '"operationId": "List|Widgets"'));
    const files = folder({ swagger: text });
    const result = renameOperationIdAt('swagger', files, offset, 'ListItems');
    assert.deepEqual(changed(result, files), {
      'apiDefinition.swagger.json': RENAMED_SWAGGER,
      'apiProperties.json': RENAMED_PROPS,
      'script.csx': RENAMED_SCRIPT,
    });
  });

  it('each edit covers exactly the text between the quotes', () => {
    const result = renameOperationId(folder(), 'ListWidgets', 'ListItems');
    assert.ok('changes' in result);
    assert.deepEqual(result.changes[PROPS_URI], [
      { range: { start: { line: 9, character: 47 }, end: { line: 9, character: 58 } }, newText: 'ListItems' },
      { range: { start: { line: 13, character: 26 }, end: { line: 13, character: 37 } }, newText: 'ListItems' },
    ]);
    assert.deepEqual(result.changes[SCRIPT_URI], [
      { range: { start: { line: 2, character: 33 }, end: { line: 2, character: 44 } }, newText: 'ListItems' },
      { range: { start: { line: 8, character: 51 }, end: { line: 8, character: 62 } }, newText: 'listitems' },
    ]);
    assert.equal(result.changes[SWAGGER_URI].length, 2);
  });

  it('from a scriptOperations entry of apiProperties.json', () => {
    const { text, offset } = at(PROPS.replace('"scriptOperations": ["ListWidgets"]', '"scriptOperations": ["|ListWidgets"]'));
    const files = folder({ props: text });
    assert.deepEqual(changed(renameOperationIdAt('apiProperties', files, offset, 'ListItems'), files), {
      'apiDefinition.swagger.json': RENAMED_SWAGGER,
      'apiProperties.json': RENAMED_PROPS,
      'script.csx': RENAMED_SCRIPT,
    });
  });

  it('from a policy operation name: only that operation (CreateWidget) changes', () => {
    const { text, offset } = at(PROPS.replace('"CreateWidget"]', '"CreateWidget|"]'));
    const files = folder({ props: text });
    const out = changed(renameOperationIdAt('apiProperties', files, offset, 'MakeWidget'), files);
    assert.deepEqual(Object.keys(out), ['apiDefinition.swagger.json', 'apiProperties.json', 'script.csx']);
    assert.equal(out['apiDefinition.swagger.json'], SWAGGER.replace('"operationId": "CreateWidget"', '"operationId": "MakeWidget"'));
    assert.equal(out['apiProperties.json'], PROPS.replace('"CreateWidget"]', '"MakeWidget"]'));
    assert.equal(out['script.csx'], SCRIPT.replace('case "CreateWidget":', 'case "MakeWidget":'));
  });

  it('from script.csx: a literal compared ignoring case renames the declared operation and keeps its own case', () => {
    const { text, offset } = at(SCRIPT.replace('"listwidgets"', '"list|widgets"'));
    const files = folder({ script: text });
    assert.deepEqual(changed(renameOperationIdAt('script', files, offset, 'ListItems'), files), {
      'apiDefinition.swagger.json': RENAMED_SWAGGER,
      'apiProperties.json': RENAMED_PROPS,
      'script.csx': RENAMED_SCRIPT,
    });
  });

  it('without apiProperties.json or script.csx, only the swagger changes', () => {
    const files = folder({ props: null, script: null });
    assert.deepEqual(changed(renameOperationId(files, 'ListWidgets', 'ListItems'), files), { 'apiDefinition.swagger.json': RENAMED_SWAGGER });
  });

  it('a literal written with escapes is replaced whole, plainly', () => {
    const props = PROPS.replace('"scriptOperations": ["ListWidgets"]', '"scriptOperations": ["List\\u0057idgets"]');
    const files = folder({ props, script: null });
    assert.equal(changed(renameOperationId(files, 'ListWidgets', 'ListItems'), files)['apiProperties.json'], RENAMED_PROPS);
  });

  it('a verbatim C# literal keeps its @ prefix', () => {
    const script = SCRIPT.replace('"ListWidgets";', '@"ListWidgets";');
    const files = folder({ script });
    assert.equal(changed(renameOperationId(files, 'ListWidgets', 'ListItems'), files)['script.csx'], RENAMED_SCRIPT.replace('"ListItems";', '@"ListItems";'));
  });

  it('x-ms-capabilities (testConnection, file-picker open and browse) and x-ms-openai-data operations follow', () => {
    const swagger = `{
  "swagger": "2.0",
  "x-ms-capabilities": { "testConnection": { "operationId": "ListWidgets", "parameters": {} } },
  "paths": {
    "/widgets": {
      "get": {
        "operationId": "ListWidgets",
        "parameters": [ { "name": "folder", "in": "query", "type": "string",
          "x-ms-capabilities": { "file-picker": { "open": { "operationId": "ListWidgets" }, "browse": { "operationId": "ListWidgets" } } } } ],
        "x-ms-openai-data": { "openai-enabled": true, "operations": [ { "operationId": "ListWidgets" } ] },
        "responses": { "200": { "description": "ok", "examples": { "application/json": { "operationId": "ListWidgets" } } } }
      }
    }
  }
}`;
    const files = folder({ swagger, props: null, script: null });
    assert.equal(changed(renameOperationId(files, 'ListWidgets', 'ListItems'), files)['apiDefinition.swagger.json'], `{
  "swagger": "2.0",
  "x-ms-capabilities": { "testConnection": { "operationId": "ListItems", "parameters": {} } },
  "paths": {
    "/widgets": {
      "get": {
        "operationId": "ListItems",
        "parameters": [ { "name": "folder", "in": "query", "type": "string",
          "x-ms-capabilities": { "file-picker": { "open": { "operationId": "ListItems" }, "browse": { "operationId": "ListItems" } } } } ],
        "x-ms-openai-data": { "openai-enabled": true, "operations": [ { "operationId": "ListItems" } ] },
        "responses": { "200": { "description": "ok", "examples": { "application/json": { "operationId": "ListWidgets" } } } }
      }
    }
  }
}`);
  });

  it('renaming to the same id changes nothing', () => {
    assert.deepEqual(renameOperationId(folder(), 'ListWidgets', 'ListWidgets'), { changes: {} });
  });

  it('is withheld when the new id is taken (exactly or but for case)', () => {
    assert.equal(refused(renameOperationId(folder(), 'ListWidgets', 'CreateWidget')), 'Another operation already has the operationId "CreateWidget".');
    assert.equal(refused(renameOperationId(folder(), 'ListWidgets', 'createWidget')), 'Another operation has the operationId "CreateWidget", which differs from "createWidget" only in case.');
  });

  it('is withheld when the new name is not an operationId', () => {
    for (const name of ['List Widgets', '', '1List', 'List"s', 'Listé']) {
      assert.match(refused(renameOperationId(folder(), 'ListWidgets', name)), /is not a valid operationId: use a letter or "_" first, then letters, digits, "_", "-" or "."\.$/, name);
    }
    assert.ok('changes' in renameOperationId(folder(), 'ListWidgets', 'list.widgets-v2_x'));
  });

  it('is withheld when the id is declared twice, or not at all', () => {
    const twice = SWAGGER.replace('"operationId": "CreateWidget"', '"operationId": "ListWidgets"');
    assert.equal(refused(renameOperationId(folder({ swagger: twice }), 'ListWidgets', 'ListItems')),
      '2 operations of the swagger use the operationId "ListWidgets": make it unique first (operation-id-not-unique), then rename.');
    assert.equal(refused(renameOperationId(folder(), 'Nope', 'ListItems')), 'No operation of the swagger has the operationId "Nope", so there is nothing to rename.');
  });

  it('is withheld when the swagger is not valid JSON', () => {
    assert.equal(refused(renameOperationId(folder({ swagger: SWAGGER.slice(0, 200) }), 'ListWidgets', 'ListItems')), 'The swagger is not valid JSON: fix it before renaming an operationId.');
  });

  it('is withheld when a script literal compared ignoring case is in mixed case', () => {
    const script = SCRIPT.replace('"listwidgets"', '"listWIDGETS"');
    assert.equal(refused(renameOperationId(folder({ script }), 'ListWidgets', 'ListItems')),
      'script.csx compares the operation ignoring case as "listWIDGETS"; rename that literal by hand.');
  });

  it('nothing under the caret: no rename', () => {
    const { text, offset } = at(SWAGGER.replace('"summary": "List widgets"', '"summary": "List| widgets"'));
    assert.equal(renameOperationIdAt('swagger', folder({ swagger: text }), offset, 'X'), undefined);
  });
});

describe('prepareRename of an operationId', () => {
  const prepare = (kind: 'swagger' | 'apiProperties' | 'script', uri: string, textWithCaret: string) => {
    const { text, offset } = at(textWithCaret);
    return prepareOperationIdRename(kind, file(uri, text), offset);
  };

  it('the swagger declaration: the range of the content and the id as placeholder', () => {
    assert.deepEqual(prepare('swagger', SWAGGER_URI, SWAGGER.replace('"operationId": "ListWidgets"', '"operationId": "|ListWidgets"')), {
      range: { start: { line: 6, character: 24 }, end: { line: 6, character: 35 } }, placeholder: 'ListWidgets',
    });
  });

  it('an x-ms-dynamic-values call, at the end of the content', () => {
    assert.deepEqual(prepare('swagger', SWAGGER_URI, SWAGGER.replace('{ "operationId": "ListWidgets"', '{ "operationId": "ListWidgets|"')), {
      range: { start: { line: 14, character: 53 }, end: { line: 14, character: 64 } }, placeholder: 'ListWidgets',
    });
  });

  it('a policy operation name in apiProperties.json', () => {
    assert.deepEqual(prepare('apiProperties', PROPS_URI, PROPS.replace('"CreateWidget"]', '"Create|Widget"]')), {
      range: { start: { line: 9, character: 62 }, end: { line: 9, character: 74 } }, placeholder: 'CreateWidget',
    });
  });

  it('a verbatim literal in script.csx: the content after @"', () => {
    assert.deepEqual(prepare('script', SCRIPT_URI, SCRIPT.replace('"ListWidgets";', '@"List|Widgets";')), {
      range: { start: { line: 2, character: 34 }, end: { line: 2, character: 45 } }, placeholder: 'ListWidgets',
    });
  });

  it('rejects what is not an operationId: other strings, the key, a script string not compared with OperationId', () => {
    assert.equal(prepare('swagger', SWAGGER_URI, SWAGGER.replace('"summary": "List widgets"', '"summary": "List |widgets"')), undefined);
    assert.equal(prepare('swagger', SWAGGER_URI, SWAGGER.replace('"operationId": "ListWidgets"', '"operation|Id": "ListWidgets"')), undefined);
    assert.equal(prepare('swagger', SWAGGER_URI, SWAGGER.replace('"operationId": "ListWidgets"', '|"operationId": "ListWidgets"')), undefined);
    assert.equal(prepare('apiProperties', PROPS_URI, PROPS.replace('"X-Id"', '"X-|Id"')), undefined);
    assert.equal(prepare('script', SCRIPT_URI, SCRIPT.replace('class Script', 'class Scr|ipt')), undefined);
  });
});
