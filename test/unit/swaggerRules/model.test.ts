// The swagger model: one parse, effective parameters (path-level, $ref, overridden by the operation), and every
// $ref, extension key and keyword object in document order.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildSwaggerModel } from '../../../server/src/engine/swaggerRules/model';
import { swagger } from './helpers';

test('operations with effective parameters; $ref, extension keys and keyword objects in document order', () => {
  const text = swagger({
    '/a/{id}': {
      parameters: [{ $ref: '#/parameters/Id' }, { name: 'v', in: 'query', type: 'string' }],
      get: { operationId: 'GetA', 'x-ms-visibility': 'important', parameters: [{ name: 'v', in: 'query', type: 'integer' }], responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/B' } } } },
    },
  }, { parameters: { Id: { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Id' } }, definitions: { B: { type: 'object', properties: { 'x-ms-summary': { type: 'string', minLength: 1 } } } } });
  const { model } = buildSwaggerModel(text);
  assert.ok(model);
  const [op] = model.operations;
  assert.deepEqual(op.parameters.map(p => [p.name, p.in, p.shared, p.pathLevel]), [['id', 'path', true, true], ['v', 'query', false, false]]);
  assert.equal(text.slice(op.parameters[1].node.offset).includes('"integer"'), true);
  assert.deepEqual(model.refs.map(r => r.value), ['#/parameters/Id', '#/definitions/B']);
  // The schema property named "x-ms-summary" is a name, not an extension.
  assert.deepEqual(model.extensionKeys.map(x => [x.name, text.slice(0, x.key.offset).split('\n').length]), [['x-ms-visibility', 26], ['x-ms-summary', 51]]);
  const offsets = model.keywordObjects.map(o => o.offset);
  assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
  assert.equal(model.parameters.length, 3);
});

test('not an object, invalid JSON and stack-deep nesting are problems, not exceptions', () => {
  assert.equal(buildSwaggerModel('[]').problem, 'the swagger is not a JSON object');
  assert.equal(buildSwaggerModel('{"a": }').problem, 'the swagger is not valid JSON');
  const deep = buildSwaggerModel('{"a":'.repeat(50000) + '1' + '}'.repeat(50000));
  assert.ok(deep.problem === 'the swagger is nested too deeply to analyse' || deep.model?.keywordObjects.length === 50000, JSON.stringify(deep.problem));
});

test('a schema property (or definition) named like a name map is a schema: its extension keys count', () => {
  const text = swagger({}, { definitions: {
    parameters: { type: 'object', 'x-ms-summary': 'A definition named parameters', properties: {
      responses: { type: 'object', 'x-ms-dynamic-properties': { operationId: 'GetSchema' }, properties: { 'x-ms-visibility': { type: 'string' } } },
    } },
  } });
  const { model } = buildSwaggerModel(text);
  assert.ok(model);
  // The property named "x-ms-visibility" (inside a `properties` map) is still a name.
  assert.deepEqual(model.extensionKeys.map(x => x.name), ['x-ms-summary', 'x-ms-dynamic-properties']);
});
