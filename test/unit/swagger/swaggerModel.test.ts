import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { operationLocation, parseSwagger } from '../../../server/src/engine/swagger/swaggerModel';

const URI = 'file:///c/apiDefinition.swagger.json';

test('operations: method, path, summary, path-level and $ref parameters; the first of duplicate ids wins', () => {
  const text = JSON.stringify({
    swagger: '2.0', host: 'api.example', basePath: '/v1',
    parameters: { Id: { name: 'id', in: 'path' } },
    paths: {
      '/a/{id}': {
        parameters: [{ $ref: '#/parameters/Id' }],
        get: { operationId: 'GetA', summary: 'Get A', parameters: [{ name: 'q', in: 'query' }, { $ref: '#/parameters/Missing' }] },
        'x-ms-notification-content': { operationId: 'NotAnOperation' },
      },
      '/b': { post: { operationId: 'GetA' }, put: { summary: 'no id' } },
    },
  });
  const s = parseSwagger(URI, text);
  assert.equal(s.status, 'paired');
  assert.deepEqual([...s.operations.values()].map(o => ({ ...o })), [
    { operationId: 'GetA', method: 'GET', path: '/a/{id}', summary: 'Get A', description: undefined, parameters: ['id', 'q'] },
  ]);
  assert.deepEqual([s.host, s.basePath], ['api.example', '/v1']);
});

test('a BOM, comments and trailing commas are tolerated; offsets stay exact', () => {
  const text = '\uFEFF{\n  // the widgets API\n  "paths": { "/w": { "get": { "operationId": "ListW", }, }, },\n}';
  const s = parseSwagger(URI, text);
  assert.equal(s.status, 'paired');
  const loc = operationLocation(s, 'ListW')!;
  assert.equal(text.slice(loc.offset, loc.offset + loc.length), '"ListW"');
});

test('invalid JSON, a non-object and an empty text are `invalid` with a reason', () => {
  assert.deepEqual(pick(parseSwagger(URI, '{ "paths": { ')), { status: 'invalid', problem: 'the swagger is not valid JSON (CloseBraceExpected at line 1, column 14)' });
  assert.deepEqual(pick(parseSwagger(URI, '[1, 2]')), { status: 'invalid', problem: 'the swagger is not a JSON object' });
  assert.deepEqual(pick(parseSwagger(URI, '')), { status: 'invalid', problem: 'the swagger is empty' });
});

test('operationLocation finds the declaration, not an x-ms-dynamic-values reference that comes first', () => {
  const text = JSON.stringify({ paths: {
    '/a': { get: { operationId: 'A', parameters: [{ name: 'p', 'x-ms-dynamic-values': { operationId: 'B' } }] } },
    '/b': { get: { operationId: 'B' } },
  } }, null, 2);
  const s = parseSwagger(URI, text);
  const loc = operationLocation(s, 'B')!;
  assert.equal(text.slice(loc.offset - 15, loc.offset + loc.length), '"operationId": "B"');
  assert.ok(loc.offset > text.indexOf('"/b"'));
  assert.equal(operationLocation(s, 'Nope'), undefined);
});

test('a megabyte swagger parses in well under a second', () => {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < 4000; i++) paths[`/items${i}/{id}`] = { get: { operationId: `Get${i}`, summary: 'x'.repeat(200), parameters: [{ name: 'id', in: 'path' }] } };
  const text = JSON.stringify({ swagger: '2.0', paths }, null, 2);
  assert.ok(text.length > 1_000_000);
  const t0 = performance.now();
  const s = parseSwagger(URI, text);
  assert.equal(s.operations.size, 4000);
  assert.ok(performance.now() - t0 < 1000, `took ${performance.now() - t0} ms`);
});

function pick(s: { status?: string; problem?: string }) {
  return { status: s.status, problem: s.problem };
}
