// One parse per swagger on the command line: the pairing context derived from the validator's model is the one
// parseSwagger gives, and a swagger that is both checked and paired is parsed once.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { swaggerContextFromModel } from '../../../server/src/engine/swagger/fromModel';
import { parseSwagger } from '../../../server/src/engine/swagger/swaggerModel';
import { buildSwaggerModel } from '../../../server/src/engine/swaggerRules/model';
import { checkFiles } from '../../../server/src/cli/check';
import { createSwaggerLookup, SwaggerParses } from '../../../server/src/cli/swagger';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';

const SWAGGER = `\ufeff{
  "swagger": "2.0",
  "host": "api.example.com",
  "basePath": "/v1",
  "parameters": { "Id~1x": { "name": "id", "in": "path", "required": true, "type": "string" } },
  "paths": {
    "/a/{id}": {
      "parameters": [ { "$ref": "#/parameters/Id~01x" }, { "name": "shared", "in": "query" } ],
      "get": { "operationId": "GetA", "summary": "Get A", "description": "An A", "parameters": [ { "name": "shared", "in": "query" }, { "name": "q", "in": "query" } ] },
      "POST": { "operationId": "GetA", "summary": "second declaration: not the one kept" },
      "x-ms-notes": { "operationId": "NotAnOperation" }
    },
    "/b": { "get": { "operationId": "Dropped" } },
    "/c": { "put": { "operationId": "", "parameters": [ { "$ref": 7, "name": "odd" }, { "$ref": "#/parameters/none" } ] } },
    "/b": { "delete": { "operationId": "DeleteB" } }
  },
  "securityDefinitions": { "oauth": { "type": "oauth2", "flow": "accessCode", "scopes": { "a": "b" } } }
}`;

test('the context derived from the validator model equals parseSwagger (JSON.parse semantics), with operationId offsets', () => {
  const parsed = buildSwaggerModel(SWAGGER);
  assert.ok(parsed.model);
  const derived = swaggerContextFromModel('file:///c/apiDefinition.swagger.json', parsed.model, 'sibling');
  const expected = parseSwagger('file:///c/apiDefinition.swagger.json', SWAGGER, 'sibling');
  for (const op of derived.operations.values()) {
    // The offsets parseSwagger computes on demand: here they come with the parse, at the operationId's value.
    assert.equal(SWAGGER.slice(op.offset!, op.offset! + op.length!), JSON.stringify(op.operationId));
    delete op.offset;
    delete op.length;
  }
  assert.deepEqual(derived, expected);
  // The duplicate "/b" key: the last one wins, as with JSON.parse.
  assert.deepEqual([...derived.operations.keys()], ['GetA', 'DeleteB']);
  assert.deepEqual(derived.operations.get('GetA')!.parameters, ['id', 'shared', 'q']);
});

test('comments and trailing commas: the derived context still matches parseSwagger', () => {
  const text = '{ /* c */ "swagger": "2.0", "paths": { "/x": { "get": { "operationId": "X", }, }, }, "securityDefinitions": { "k": { "type": "apiKey", }, }, }';
  const parsed = buildSwaggerModel(text);
  assert.ok(parsed.model);
  const derived = swaggerContextFromModel('u', parsed.model);
  for (const op of derived.operations.values()) { delete op.offset; delete op.length; }
  // parseSwagger's lenient path builds objects without a prototype; the derived context has plain ones, same values.
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  const expected = parseSwagger('u', text);
  assert.deepEqual(plain(derived.securityDefinitions), plain(expected.securityDefinitions));
  assert.deepEqual({ ...derived, securityDefinitions: {} }, { ...expected, securityDefinitions: {} });
});

test('SwaggerParses hands one parse to its second user and parses again for a changed text', () => {
  const parses = new SwaggerParses();
  const first = parses.parse('file:///c/a%20b.json', SWAGGER);
  assert.equal(parses.parse('file:///c/a b.json', SWAGGER), first, 'same file, same text: the held parse');
  assert.equal(parses.count, 1);
  assert.notEqual(parses.parse('file:///c/a b.json', SWAGGER), first, 'given out twice already: parsed again');
  parses.parse('file:///c/a b.json', SWAGGER.replace('GetA', 'GetB'));
  assert.equal(parses.count, 3);
});

test('the command line parses a swagger once for its own check and its pairing', async () => {
  const folder = path.resolve(__dirname, '../../fixtures/swagger/paired');
  const parses = new SwaggerParses();
  const report = await checkFiles([path.join(folder, 'apiProperties.json')], {
    cwd: folder, quiet: false, fix: 'off', toolVersion: 'test', docsBase: 'https://example.invalid/',
    settingsFor: () => ({ settings: DEFAULT_SETTINGS }),
    swaggerFor: createSwaggerLookup(parses),
    swaggerParses: parses,
  });
  assert.deepEqual(report.files.map(f => path.basename(f.path)), ['apiProperties.json', 'apiDefinition.swagger.json']);
  assert.equal(report.files[0].swaggerPath, 'apiDefinition.swagger.json');
  assert.equal(parses.count, 1);
});
