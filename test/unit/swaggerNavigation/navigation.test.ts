// Go to definition, find references and the outline of a swagger (engine), in the connector's files.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { operationReferences, swaggerDefinition, swaggerOutline, swaggerReferences } from '../../../server/src/engine/swaggerNavigation';
import type { DocumentSymbol } from 'vscode-json-languageservice';
import { at, describeLocations, file, folder, SWAGGER, SWAGGER_URI } from './fixtures';

function definition(swaggerWithCaret: string): string[] {
  const { text, offset } = at(swaggerWithCaret);
  const files = folder({ swagger: text });
  return describeLocations(swaggerDefinition(files, offset), files);
}

function references(swaggerWithCaret: string, includeDeclaration = true): string[] {
  const { text, offset } = at(swaggerWithCaret);
  const files = folder({ swagger: text });
  return describeLocations(swaggerReferences(files, offset, includeDeclaration), files);
}

describe('swagger: go to definition', () => {
  it('a $ref to a definition lands on its key', () => {
    assert.deepEqual(definition(SWAGGER.replace('"$ref": "#/definitions/WidgetList"', '"$ref": "#/definitions/Widget|List"')),
      ['apiDefinition.swagger.json 30:5-30:17 ["WidgetList"]']);
  });

  it('a $ref to a shared parameter and to a shared response', () => {
    assert.deepEqual(definition(SWAGGER.replace('"#/parameters/widgetId"', '"|#/parameters/widgetId"')), ['apiDefinition.swagger.json 33:5-33:15 ["widgetId"]']);
    assert.deepEqual(definition(SWAGGER.replace('"#/responses/NotFound"', '"#/responses/NotFound|"')), ['apiDefinition.swagger.json 36:5-36:15 ["NotFound"]']);
  });

  it('a deeper JSON pointer lands on the last key it names', () => {
    const swagger = SWAGGER.replace('"#/definitions/Widget" } }', '"#/definitions/Wid|get/properties/id" } }');
    assert.deepEqual(definition(swagger), ['apiDefinition.swagger.json 29:51-29:55 ["id"]']);
  });

  it('a $ref to nothing, or to another file, has no definition', () => {
    assert.deepEqual(definition(SWAGGER.replace('"#/definitions/WidgetList"', '"#/definitions/Gad|get"')), []);
    assert.deepEqual(definition(SWAGGER.replace('"#/definitions/WidgetList"', '"other.json#/definitions/Wid|get"')), []);
  });

  it('an operationId called by x-ms-dynamic-values lands on the declaration; a declaration on itself', () => {
    assert.deepEqual(definition(SWAGGER.replace('{ "operationId": "ListWidgets"', '{ "operationId": "List|Widgets"')), ['apiDefinition.swagger.json 7:24-7:37 ["ListWidgets"]']);
    assert.deepEqual(definition(SWAGGER.replace('"operationId": "ListWidgets"', '"operationId": "|ListWidgets"')), ['apiDefinition.swagger.json 7:24-7:37 ["ListWidgets"]']);
  });

  it('elsewhere: nothing', () => {
    assert.deepEqual(definition(SWAGGER.replace('"summary": "List widgets"', '"summary": "List| widgets"')), []);
  });
});

describe('swagger: find references', () => {
  it('on a definition key: the key, then every $ref to it', () => {
    assert.deepEqual(references(SWAGGER.replace('"Widget": { "type": "object"', '"Wid|get": { "type": "object"')), [
      'apiDefinition.swagger.json 29:5-29:13 ["Widget"]',
      'apiDefinition.swagger.json 16:63-16:85 ["#/definitions/Widget"]',
      'apiDefinition.swagger.json 30:57-30:79 ["#/definitions/Widget"]',
    ]);
  });

  it('on a $ref: the same list; without the declaration when not asked for', () => {
    const swagger = SWAGGER.replace('"items": { "$ref": "#/definitions/Widget" }', '"items": { "$ref": "#/definitions/W|idget" }');
    assert.deepEqual(references(swagger, false), [
      'apiDefinition.swagger.json 16:63-16:85 ["#/definitions/Widget"]',
      'apiDefinition.swagger.json 30:57-30:79 ["#/definitions/Widget"]',
    ]);
  });

  it('a reference to a deeper pointer counts for the definition it starts in; a name that is only a prefix does not', () => {
    const swagger = SWAGGER.replace('"#/definitions/WidgetList"', '"#/definitions/Widget/properties/id"');
    assert.deepEqual(references(swagger.replace('"Widget": {', '"|Widget": {'), false), [
      'apiDefinition.swagger.json 9:74-9:110 ["#/definitions/Widget/properties/id"]',
      'apiDefinition.swagger.json 16:63-16:85 ["#/definitions/Widget"]',
      'apiDefinition.swagger.json 30:57-30:79 ["#/definitions/Widget"]',
    ]);
    assert.deepEqual(references(SWAGGER.replace('"WidgetList": {', '"Widget|List": {'), false), ['apiDefinition.swagger.json 9:74-9:100 ["#/definitions/WidgetList"]']);
  });

  it('on shared parameters and responses', () => {
    assert.deepEqual(references(SWAGGER.replace('"widgetId": { "name"', '"|widgetId": { "name"')), [
      'apiDefinition.swagger.json 33:5-33:15 ["widgetId"]',
      'apiDefinition.swagger.json 24:35-24:58 ["#/parameters/widgetId"]',
    ]);
    assert.deepEqual(references(SWAGGER.replace('"NotFound": {', '"NotFound|": {')), [
      'apiDefinition.swagger.json 36:5-36:15 ["NotFound"]',
      'apiDefinition.swagger.json 18:41-18:63 ["#/responses/NotFound"]',
    ]);
  });

  it('on an operationId: its declaration, its x-ms-dynamic-values call, the policy, scriptOperations and script.csx', () => {
    assert.deepEqual(references(SWAGGER.replace('"operationId": "ListWidgets"', '"operationId": "List|Widgets"')), [
      'apiDefinition.swagger.json 7:24-7:37 ["ListWidgets"]',
      'apiDefinition.swagger.json 15:53-15:66 ["ListWidgets"]',
      'apiProperties.json 10:47-10:60 ["ListWidgets"]',
      'apiProperties.json 14:26-14:39 ["ListWidgets"]',
      'script.csx 3:33-3:46 ["ListWidgets"]',
      'script.csx 9:51-9:64 ["listwidgets"]',
    ]);
    const files = folder();
    assert.deepEqual(describeLocations(operationReferences(files, 'CreateWidget', false), files), [
      'apiProperties.json 10:62-10:76 ["CreateWidget"]',
      'script.csx 8:50-8:64 ["CreateWidget"]',
    ]);
  });

  it('elsewhere: nothing; a broken swagger: nothing', () => {
    assert.deepEqual(references(SWAGGER.replace('"swagger": "2.0"', '"swagger": "2|.0"')), []);
    assert.deepEqual(references(SWAGGER.replace('"operationId": "ListWidgets"', '"operationId": "List|Widgets"').slice(0, 300)), []);
  });
});

describe('swagger: outline', () => {
  const lines = (symbols: DocumentSymbol[], depth = 0): string[] => symbols.flatMap(s => [
    `${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''} (${s.kind}) ${s.selectionRange.start.line + 1}:${s.selectionRange.start.character + 1}`,
    ...lines(s.children ?? [], depth + 1),
  ]);

  it('paths with their operations, then definitions, parameters and responses', () => {
    assert.deepEqual(lines(swaggerOutline(file(SWAGGER_URI, SWAGGER))), [
      'paths — 2 (2) 4:3',
      '  /widgets (3) 5:5',
      '    GET ListWidgets — List widgets (6) 6:7',
      '    POST CreateWidget (6) 11:7',
      '  /widgets/{widgetId} (3) 21:5',
      '    DELETE (6) 22:7',
      'definitions — 2 (2) 28:3',
      '  Widget — object (5) 29:5',
      '  WidgetList — array (5) 30:5',
      'parameters — 1 (2) 32:3',
      '  widgetId — path (13) 33:5',
      'responses — 1 (2) 35:3',
      '  NotFound — No such widget (11) 36:5',
    ]);
  });

  it('the range of an operation covers its property; names are one line and never empty', () => {
    const swagger = SWAGGER.replace('"summary": "List widgets"', '"summary": "List\\nwidgets"').replace('"/widgets": {', '"": {');
    const outline = swaggerOutline(file(SWAGGER_URI, swagger));
    assert.deepEqual(lines(outline).slice(1, 3), ['  (empty) (3) 5:5', '    GET ListWidgets — List widgets (6) 6:7']);
    assert.deepEqual(outline[0].children![0].children![0].range, { start: { line: 5, character: 6 }, end: { line: 9, character: 7 } });
  });

  it('a swagger that is not valid JSON has no outline', () => {
    assert.deepEqual(swaggerOutline(file(SWAGGER_URI, SWAGGER.slice(0, 300))), []);
  });
});
