// One parse per swagger on the command line: the pairing context derived from the validator's model is the one
// parseSwagger gives, and a swagger that is both checked and paired is parsed once.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { ownCopy, swaggerContextFromModel } from '../../../server/src/engine/swagger/fromModel';
import { parseSwagger } from '../../../server/src/engine/swagger/swaggerModel';
import { buildSwaggerModel } from '../../../server/src/engine/swaggerRules/model';
import { checkFiles } from '../../../server/src/cli/check';
import { createSwaggerLookup, SwaggerParses } from '../../../server/src/cli/swagger';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import type { SwaggerContext } from '../../../server/src/engine/swagger/types';

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
  // Without the text (the command line never navigates); otherwise exactly parseSwagger's context.
  const { text, ...withoutText } = expected;
  assert.equal(text, SWAGGER);
  assert.deepEqual(derived, withoutText);
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
  const { text: _text, ...expected } = parseSwagger('u', text);
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

// Heap figures after a forced collection: a stray reference to the last temporary (an interpreter register) can keep
// one text alive now and then, so each test keeps four results and allows less than one and a half texts in total.
const TEXT_BYTES = 8 * 1024 * 1024;
const KEPT = 4;

function heapUsed(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A swagger of about 8 MB, unique per `n`, whose strings the context keeps are long enough to be slices of it. */
function bigSwaggerContext(n: number): SwaggerContext {
  const text = JSON.stringify({
    swagger: '2.0', host: `api${n}.example.com.long-host-name`, basePath: '/v1/some/long/base/path',
    info: { title: 'Big', description: String(n).repeat(TEXT_BYTES / String(n).length) },
    paths: {
      '/items/{itemIdentifier}/details': {
        parameters: [{ name: 'itemIdentifier', in: 'path', required: true, type: 'string' }],
        get: { operationId: 'GetItemDetailsOperation', summary: 'Gets the details of an item', description: 'A long description of the operation', parameters: [{ name: 'includeEverything', in: 'query', type: 'boolean' }] },
      },
    },
    securityDefinitions: { oauth2Authentication: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.example.com/authorize', tokenUrl: 'https://login.example.com/token', scopes: {} } },
  });
  const parsed = buildSwaggerModel(text);
  assert.ok(parsed.model);
  return swaggerContextFromModel('file:///c/big.swagger.json', parsed.model, 'sibling');
}

test('a derived context keeps nothing of the swagger text alive: its strings are copies, and it holds no tree node', () => {
  const before = heapUsed();
  const contexts = Array.from({ length: KEPT }, (_, i) => bigSwaggerContext(i + 1));
  const retained = heapUsed() - before;
  assert.ok(retained < 1.5 * TEXT_BYTES, `the contexts of ${KEPT} swaggers of 8 MB keep ${retained} bytes alive`);
  for (const [i, context] of contexts.entries()) {
    const op = context.operations.get('GetItemDetailsOperation');
    assert.deepEqual(op && { path: op.path, summary: op.summary, parameters: op.parameters }, {
      path: '/items/{itemIdentifier}/details', summary: 'Gets the details of an item', parameters: ['itemIdentifier', 'includeEverything'],
    });
    assert.equal(context.host, `api${i + 1}.example.com.long-host-name`);
    assert.equal(context.text, undefined);
    assert.equal((context.securityDefinitions.oauth2Authentication as { tokenUrl: string }).tokenUrl, 'https://login.example.com/token');
  }
  // No tree node anywhere in a context (a node's parent would reach the whole tree).
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    assert.ok(!('parent' in value) && !('children' in value), 'a tree node in the context');
    for (const v of value instanceof Map ? value.values() : Object.values(value)) visit(v);
  };
  contexts.forEach(visit);
});

test('ownCopy keeps the value and none of the string it was cut from', () => {
  const tail = '"quoted" and \\ escaped \u00e9 text, long enough to be a slice';
  const cut = (n: number) => {
    const big = String(n).repeat(TEXT_BYTES) + tail + 'y'.repeat(1024);
    return ownCopy(big.slice(TEXT_BYTES, big.length - 1024));
  };
  const before = heapUsed();
  const copies = Array.from({ length: KEPT }, (_, i) => cut(i + 1));
  const retained = heapUsed() - before;
  assert.deepEqual(copies, Array(KEPT).fill(tail));
  assert.ok(retained < 1.5 * TEXT_BYTES, `${KEPT} copies of 60 characters keep ${retained} bytes alive`);
});
