// The x-ms-dynamic-* family of Swagger Validator rules: the operation an extension calls (its parameters, their types
// and requiredness, its response schema), the references into the source operation, x-ms-dynamic-schema vs
// x-ms-dynamic-properties, selectedItemValuePath, and filterFunctions. Each: a hit with its exact range (the covered
// text) and level, a miss, the fix where there is one, and the cases where the rule must stay quiet.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFix, covered, diagnose, findings, fixesOf, op, swagger } from './helpers';
import { validateSwaggerText } from '../../../server/src/engine/swaggerRules/validate';

const levels = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => d.severity);

/** The called operation: GET /lists?siteId=...&top=..., returning `{ value: [{ id, name }] }` unless `response` says otherwise. */
function listOp(extra: Record<string, unknown> = {}, response: unknown = { $ref: '#/definitions/ListPage' }) {
  return op('GetLists', {
    parameters: [
      { name: 'siteId', in: 'query', required: true, type: 'string' },
      { name: 'top', in: 'query', type: 'integer' },
    ],
    responses: { 200: { description: 'OK', schema: response } },
    ...extra,
  });
}
const definitions = {
  ListPage: { type: 'object', properties: { value: { type: 'array', items: { $ref: '#/definitions/List' } }, count: { type: 'integer' } } },
  List: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
};

/** A source operation whose `listId` query parameter carries `extension`; `site` is its own site parameter. */
function withCaller(extension: Record<string, unknown>, options: { site?: Record<string, unknown>; body?: unknown; called?: Record<string, unknown>; extraParams?: unknown[] } = {}): string {
  const parameters: unknown[] = [
    { name: 'site', in: 'query', required: true, type: 'string', ...options.site },
    { name: 'listId', in: 'query', required: true, type: 'string', ...extension },
    ...(options.extraParams ?? []),
  ];
  if (options.body) parameters.push({ name: 'body', in: 'body', schema: options.body });
  return swagger({ '/lists': { get: options.called ?? listOp() }, '/items': { post: op('CreateItem', { parameters }) } }, { definitions });
}
const values = (parameters: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  ({ 'x-ms-dynamic-values': { operationId: 'GetLists', parameters, 'value-collection': 'value', 'value-path': 'id', 'value-title': 'name', ...more } });
const list = (parameters: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  ({ 'x-ms-dynamic-list': { operationId: 'GetLists', parameters, itemsPath: 'value', itemValuePath: 'id', itemTitlePath: 'name', ...more } });

describe('a well-formed dynamic dropdown', () => {
  it('gets none of these findings', () => {
    const text = withCaller({ ...values({ siteId: { parameter: 'site' }, top: { value: 10 } }), ...list({ siteId: { parameterReference: 'site' }, top: { value: 10 } }) });
    const mine = diagnose(text).map(d => String(d.code)).filter(c => /dynamic|invoked|operation-(missing|parameter)|selected|source-property|filter-functions/.test(c));
    assert.deepEqual(mine, []);
  });
});

describe('dynamic-extension-definition-not-allowed-in-parameter', () => {
  const text = swagger({ '/lists': { get: listOp() }, '/a': { post: op('A', { parameters: [
    { name: 'body', in: 'body', schema: { type: 'object' }, 'x-ms-dynamic-schema': { operationId: 'GetLists', parameters: { siteId: 'x' }, 'value-path': 'value' } },
  ] }) } }, { definitions });
  it('points at the extension key on a body parameter (an error)', () => {
    assert.deepEqual(covered(text, 'dynamic-extension-definition-not-allowed-in-parameter'), ['"x-ms-dynamic-schema"']);
    assert.deepEqual(levels(text, 'dynamic-extension-definition-not-allowed-in-parameter'), [1]);
    assert.match(findings(text, 'dynamic-extension-definition-not-allowed-in-parameter')[0], /body parameter "body".*"schema"/);
  });
  it('is quiet in the schema, and on a query parameter', () => {
    const inSchema = swagger({ '/lists': { get: listOp() }, '/a': { post: op('A', { parameters: [
      { name: 'body', in: 'body', schema: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetLists', parameters: { siteId: 'x' }, 'value-path': 'value' } } },
    ] }) } }, { definitions });
    assert.deepEqual(findings(inSchema, 'dynamic-extension-definition-not-allowed-in-parameter'), []);
    assert.deepEqual(findings(withCaller(values({ siteId: { parameter: 'site' } })), 'dynamic-extension-definition-not-allowed-in-parameter'), []);
  });
});

describe('selected-item-value-path-not-allowed-in-this-position', () => {
  const tree = (where: 'open' | 'browse') => ({ 'x-ms-dynamic-tree': { settings: { canSelectLeafNodes: true },
    open: { operationId: 'GetLists', itemsPath: 'value', itemValuePath: 'id', itemTitlePath: 'name', parameters: { siteId: where === 'open' ? { selectedItemValuePath: 'id' } : { value: 's' } } },
    browse: { operationId: 'GetLists', itemsPath: 'value', itemValuePath: 'id', itemTitlePath: 'name', parameters: { siteId: { selectedItemValuePath: 'id' } } } } });
  it('points at the key outside browse (an error)', () => {
    const text = withCaller(tree('open'));
    assert.deepEqual(covered(text, 'selected-item-value-path-not-allowed-in-this-position'), ['"selectedItemValuePath"']);
    assert.deepEqual(levels(text, 'selected-item-value-path-not-allowed-in-this-position'), [1]);
    const inValues = withCaller(values({ siteId: { selectedItemValuePath: 'id' } }));
    assert.match(findings(inValues, 'selected-item-value-path-not-allowed-in-this-position')[0], /x-ms-dynamic-values has no selected item/);
  });
  it('is quiet in browse', () => {
    assert.deepEqual(findings(withCaller(tree('browse')), 'selected-item-value-path-not-allowed-in-this-position'), []);
  });
});

describe('filterFunctions', () => {
  const response = (filterFunctions: unknown) => swagger({ '/rows': { get: op('Rows', { responses: { 200: { description: 'OK', schema: {
    type: 'array', items: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions } } } } } } } }) } });
  it('filter-functions-property-empty: the empty list (an error), removed by the fix', () => {
    const text = response([]);
    assert.deepEqual(covered(text, 'filter-functions-property-empty'), ['[]']);
    assert.deepEqual(levels(text, 'filter-functions-property-empty'), [1]);
    const fixed = applyFix(text, 'filter-functions-property-empty');
    assert.ok(!fixed.includes('filterFunctions'));
    assert.deepEqual(findings(fixed, 'filter-functions-property-empty'), []);
    assert.deepEqual(findings(response(['eq']), 'filter-functions-property-empty'), []);
  });
  it('filter-functions-property-has-duplicates: each repeat (an error), removed by a safe fix', () => {
    const text = response(['eq', 'startswith', 'eq', 'eq']);
    assert.deepEqual(covered(text, 'filter-functions-property-has-duplicates'), ['"eq"', '"eq"']);
    assert.deepEqual(levels(text, 'filter-functions-property-has-duplicates'), [1, 1]);
    assert.equal(fixesOf(text, 'filter-functions-property-has-duplicates')[0]![0].safe, true);
    const fixed = applyFix(applyFix(text, 'filter-functions-property-has-duplicates'), 'filter-functions-property-has-duplicates');
    assert.deepEqual(JSON.parse(fixed).paths['/rows'].get.responses['200'].schema.items.properties.name['x-ms-capabilities'].filterFunctions, ['eq', 'startswith']);
    assert.deepEqual(findings(fixed, 'filter-functions-property-has-duplicates'), []);
  });
  it('filter-functions-property-in-input-schema: the key inside a parameter (an error); quiet in a response', () => {
    const text = swagger({ '/rows': { post: op('Rows', { parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: {
      name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq'] } } } } }] }) } });
    assert.deepEqual(covered(text, 'filter-functions-property-in-input-schema'), ['"filterFunctions"']);
    assert.deepEqual(levels(text, 'filter-functions-property-in-input-schema'), [1]);
    assert.deepEqual(findings(response(['eq']), 'filter-functions-property-in-input-schema'), []);
  });
  it('ignores a schema property that happens to be named filterFunctions', () => {
    const text = swagger({}, { definitions: { T: { type: 'object', properties: { filterFunctions: { type: 'array', items: { type: 'string' } } } } } });
    for (const code of ['filter-functions-property-empty', 'filter-functions-property-has-duplicates']) assert.deepEqual(findings(text, code), []);
  });
});

describe('x-ms-dynamic-schema and x-ms-dynamic-properties', () => {
  const schemaOp = op('GetSchema', { parameters: [{ name: 'kind', in: 'query', required: true, type: 'string' }],
    responses: { 200: { description: 'OK', schema: { type: 'object', properties: { schema: { type: 'object', properties: { properties: { type: 'object' } } } } } } } });
  const caller = (owner: Record<string, unknown>) => swagger({ '/schema': { get: schemaOp }, '/a': { post: op('A', { parameters: [
    { name: 'body', in: 'body', schema: { type: 'object', ...owner } }] }) } });
  const dynSchema = (valuePath: string, parameters?: unknown) => ({ operationId: 'GetSchema', ...(parameters ? { parameters } : {}), 'value-path': valuePath });
  it('dynamic-properties-extension-required-for-properties-value-path: a value-path ending in properties without x-ms-dynamic-properties (an error)', () => {
    const text = caller({ 'x-ms-dynamic-schema': dynSchema('schema/properties', { kind: 'a' }) });
    assert.deepEqual(covered(text, 'dynamic-properties-extension-required-for-properties-value-path'), ['"schema/properties"']);
    assert.deepEqual(levels(text, 'dynamic-properties-extension-required-for-properties-value-path'), [1]);
    assert.match(findings(text, 'dynamic-properties-extension-required-for-properties-value-path')[0], /itemValuePath" \("schema"\)/);
    assert.deepEqual(fixesOf(text, 'dynamic-properties-extension-required-for-properties-value-path'), [undefined], 'no fix when parameters must be translated');
  });
  it('… adds the x-ms-dynamic-properties when the call passes no parameters', () => {
    const text = caller({ 'x-ms-dynamic-schema': dynSchema('schema/properties') });
    const fixed = applyFix(text, 'dynamic-properties-extension-required-for-properties-value-path');
    assert.deepEqual(JSON.parse(fixed).paths['/a'].post.parameters[0].schema['x-ms-dynamic-properties'], { operationId: 'GetSchema', itemValuePath: 'schema' });
    assert.deepEqual(findings(fixed, 'dynamic-properties-extension-required-for-properties-value-path'), []);
    assert.deepEqual(findings(fixed, 'dynamic-properties-item-value-path-mismatch'), []);
  });
  it('… is quiet for a value-path to a schema object', () => {
    assert.deepEqual(findings(caller({ 'x-ms-dynamic-schema': dynSchema('schema') }), 'dynamic-properties-extension-required-for-properties-value-path'), []);
  });
  it('dynamic-properties-item-value-path-mismatch: itemValuePath that is not the value-path without properties (an error), fixed', () => {
    const text = caller({ 'x-ms-dynamic-schema': dynSchema('schema/properties'), 'x-ms-dynamic-properties': { operationId: 'GetSchema', itemValuePath: 'schema/properties' } });
    assert.deepEqual(covered(text, 'dynamic-properties-item-value-path-mismatch'), ['"schema/properties"']);
    assert.deepEqual(levels(text, 'dynamic-properties-item-value-path-mismatch'), [1]);
    const fixed = applyFix(text, 'dynamic-properties-item-value-path-mismatch');
    assert.equal(JSON.parse(fixed).paths['/a'].post.parameters[0].schema['x-ms-dynamic-properties'].itemValuePath, 'schema');
    assert.deepEqual(findings(fixed, 'dynamic-properties-item-value-path-mismatch'), []);
    assert.deepEqual(findings(caller({ 'x-ms-dynamic-schema': dynSchema('schema'), 'x-ms-dynamic-properties': { operationId: 'GetSchema', itemValuePath: 'schema' } }), 'dynamic-properties-item-value-path-mismatch'), []);
  });
});

describe('references into the source operation (x-ms-dynamic-values / x-ms-dynamic-schema)', () => {
  const body = { type: 'object', properties: { folder: { type: 'string' }, site: { type: 'string' } } };
  it('dynamic-list-extension-required-for-non-parameter-references: a body property named as a parameter (an error)', () => {
    const text = withCaller(values({ siteId: { parameter: 'folder' } }), { body });
    assert.deepEqual(covered(text, 'dynamic-list-extension-required-for-non-parameter-references'), ['"folder"']);
    assert.deepEqual(levels(text, 'dynamic-list-extension-required-for-non-parameter-references'), [1]);
    const path = withCaller(values({ siteId: { parameter: 'body/folder' } }), { body });
    assert.deepEqual(covered(path, 'dynamic-list-extension-required-for-non-parameter-references'), ['"body/folder"']);
  });
  it('dynamic-list-extension-required-for-ambiguous-references: a name that is a parameter and a body property (an error)', () => {
    const text = withCaller(values({ siteId: { parameter: 'site' } }), { body });
    assert.deepEqual(covered(text, 'dynamic-list-extension-required-for-ambiguous-references'), ['"site"']);
    assert.deepEqual(levels(text, 'dynamic-list-extension-required-for-ambiguous-references'), [1]);
    assert.deepEqual(findings(text, 'dynamic-list-extension-required-for-non-parameter-references'), []);
    const twice = withCaller(values({ siteId: { parameter: 'site' } }), { extraParams: [{ name: 'site', in: 'header', type: 'string' }] });
    assert.deepEqual(covered(twice, 'dynamic-list-extension-required-for-ambiguous-references'), ['"site"']);
  });
  it('both are quiet with x-ms-dynamic-list beside, or for a plain parameter (even a dotted one), or an unknown name', () => {
    const both = withCaller({ ...values({ siteId: { parameter: 'folder' } }), ...list({ siteId: { parameterReference: 'body/folder' } }) }, { body });
    const plain = withCaller(values({ siteId: { parameter: 'site' } }));
    const unknown = withCaller(values({ siteId: { parameter: 'nowhere' } }), { body });
    const dotted = withCaller(values({ siteId: { parameter: 'folder.id' } }), { body, extraParams: [{ name: 'folder.id', in: 'query', type: 'string' }] });
    for (const text of [both, plain, unknown, dotted]) for (const code of ['dynamic-list-extension-required-for-non-parameter-references', 'dynamic-list-extension-required-for-ambiguous-references']) assert.deepEqual(findings(text, code), []);
  });
  it('the x-ms-dynamic-schema pair: x-ms-dynamic-properties is required (errors)', () => {
    const schemaCall = (name: string, properties?: boolean) => ({ 'x-ms-dynamic-schema': { operationId: 'GetLists', parameters: { siteId: { parameter: name } }, 'value-path': 'value' },
      ...(properties ? { 'x-ms-dynamic-properties': { operationId: 'GetLists', parameters: { siteId: { parameterReference: `body/${name}` } }, itemValuePath: 'value' } } : {}) });
    const nonParameter = withCaller(schemaCall('folder'), { body });
    assert.deepEqual(covered(nonParameter, 'dynamic-properties-extension-required-for-non-parameter-references'), ['"folder"']);
    assert.deepEqual(levels(nonParameter, 'dynamic-properties-extension-required-for-non-parameter-references'), [1]);
    const ambiguous = withCaller(schemaCall('site'), { body });
    assert.deepEqual(covered(ambiguous, 'dynamic-properties-extension-required-for-ambiguous-references'), ['"site"']);
    assert.deepEqual(levels(ambiguous, 'dynamic-properties-extension-required-for-ambiguous-references'), [1]);
    assert.deepEqual(findings(withCaller(schemaCall('folder', true), { body }), 'dynamic-properties-extension-required-for-non-parameter-references'), []);
  });
  it('stays quiet for an extension in a shared definition (its source operation is not known)', () => {
    const text = swagger({ '/lists': { get: listOp() } }, { definitions: { ...definitions, T: { type: 'object', properties: { folder: { type: 'string' }, x: { type: 'string', ...values({ siteId: { parameter: 'folder' } }) } } } } });
    assert.deepEqual(findings(text, 'dynamic-list-extension-required-for-non-parameter-references'), []);
  });
});

describe('operation-missing-required-property', () => {
  it('points at the "parameters" key when a required parameter of the called operation is not passed (an error)', () => {
    const text = withCaller(values({ top: { value: 5 } }));
    assert.deepEqual(covered(text, 'operation-missing-required-property'), ['"parameters"']);
    assert.deepEqual(levels(text, 'operation-missing-required-property'), [1]);
    assert.match(findings(text, 'operation-missing-required-property')[0], /requires parameter "siteId"/);
  });
  it('points at the operationId when the call has no "parameters"', () => {
    const text = withCaller({ 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-collection': 'value', 'value-path': 'id' } });
    assert.deepEqual(covered(text, 'operation-missing-required-property'), ['"GetLists"']);
  });
  it('is quiet when it is passed, for an internal parameter with a default, and for an unknown operation', () => {
    assert.deepEqual(findings(withCaller(values({ siteId: { parameter: 'site' } })), 'operation-missing-required-property'), []);
    const internal = listOp({ parameters: [{ name: 'siteId', in: 'query', required: true, type: 'string', 'x-ms-visibility': 'internal', default: 'root' }] });
    assert.deepEqual(findings(withCaller(values({}), { called: internal }), 'operation-missing-required-property'), []);
    assert.deepEqual(findings(withCaller(values({}, { operationId: 'Nope' })), 'operation-missing-required-property'), []);
  });
});

describe('operation-parameter-name-is-ambiguous', () => {
  const called = op('GetLists', { parameters: [{ name: 'siteId', in: 'query', required: true, type: 'string' },
    { name: 'body', in: 'body', schema: { type: 'object', properties: { siteId: { type: 'string' }, other: { type: 'string' } } } }],
  responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/ListPage' } } } });
  it('points at the passed name that is a parameter and a body property (an error)', () => {
    const text = withCaller(values({ siteId: { parameter: 'site' } }), { called });
    assert.deepEqual(covered(text, 'operation-parameter-name-is-ambiguous'), ['"siteId"']);
    assert.deepEqual(levels(text, 'operation-parameter-name-is-ambiguous'), [1]);
    assert.deepEqual(findings(withCaller(values({ siteId: { parameter: 'site' }, other: { value: 'x' } })), 'operation-parameter-name-is-ambiguous'), []);
  });
});

describe('operation-parameter-required-mismatch', () => {
  it('points at the reference to an optional source parameter filling a required one (a warning)', () => {
    const text = withCaller(values({ siteId: { parameter: 'site' } }), { site: { required: false } });
    assert.deepEqual(covered(text, 'operation-parameter-required-mismatch'), ['"site"']);
    assert.deepEqual(levels(text, 'operation-parameter-required-mismatch'), [2]);
    const viaList = withCaller(list({ siteId: { parameterReference: 'site' } }), { site: { required: false } });
    assert.deepEqual(covered(viaList, 'operation-parameter-required-mismatch'), ['"site"']);
  });
  it('is quiet for a required source, an optional target, and body property paths', () => {
    assert.deepEqual(findings(withCaller(values({ siteId: { parameter: 'site' } })), 'operation-parameter-required-mismatch'), []);
    assert.deepEqual(findings(withCaller(values({ siteId: { parameter: 'site' }, top: { parameter: 'site' } }), { site: { required: false, type: 'integer' } }), 'operation-parameter-required-mismatch').length, 1);
    const body = { type: 'object', properties: { folder: { type: 'string' } } };
    assert.deepEqual(findings(withCaller(list({ siteId: { parameterReference: 'body/folder' } }), { body }), 'operation-parameter-required-mismatch'), []);
  });
});

describe('operation-parameter-type-mismatch and operation-parameter-static-type-mismatch', () => {
  it('a reference of another type (an error); an integer into a number is fine', () => {
    const text = withCaller(values({ siteId: { parameter: 'site' }, top: { parameter: 'site' } }));
    assert.deepEqual(covered(text, 'operation-parameter-type-mismatch'), ['"site"']);
    assert.deepEqual(levels(text, 'operation-parameter-type-mismatch'), [1]);
    assert.match(findings(text, 'operation-parameter-type-mismatch')[0], /"top" of "GetLists".*type "integer".*type "string"/);
    const body = { type: 'object', properties: { count: { type: 'integer' }, ratio: { type: 'number' } } };
    const viaPath = withCaller(list({ siteId: { parameterReference: 'body/count' }, top: { parameterReference: 'body/count' } }), { body });
    assert.deepEqual(covered(viaPath, 'operation-parameter-type-mismatch'), ['"body/count"']);
    const called = listOp({ parameters: [{ name: 'siteId', in: 'query', required: true, type: 'string' }, { name: 'top', in: 'query', type: 'number' }] });
    assert.deepEqual(findings(withCaller(list({ siteId: { parameterReference: 'site' }, top: { parameterReference: 'body/count' } }), { body, called }), 'operation-parameter-type-mismatch'), []);
  });
  it('a static value of another type (an error), as {"value": ...} or a bare literal', () => {
    const text = withCaller(values({ siteId: { value: 12 }, top: '10' }));
    assert.deepEqual(covered(text, 'operation-parameter-static-type-mismatch'), ['12', '"10"']);
    assert.deepEqual(levels(text, 'operation-parameter-static-type-mismatch'), [1, 1]);
    assert.deepEqual(findings(withCaller(values({ siteId: 'root', top: { value: 10 } })), 'operation-parameter-static-type-mismatch'), []);
    assert.deepEqual(findings(withCaller(values({ siteId: null })), 'operation-parameter-static-type-mismatch'), []);
  });
});

describe('source-property-internal', () => {
  it('points at a reference to an internal parameter, or into an internal property (an error)', () => {
    const text = withCaller(values({ siteId: { parameter: 'site' } }), { site: { 'x-ms-visibility': 'internal', default: 'root' } });
    assert.deepEqual(covered(text, 'source-property-internal'), ['"site"']);
    assert.deepEqual(levels(text, 'source-property-internal'), [1]);
    const body = { type: 'object', properties: { meta: { type: 'object', 'x-ms-visibility': 'internal', properties: { site: { type: 'string' } } } } };
    const nested = withCaller(list({ siteId: { parameterReference: 'body/meta/site' } }), { body });
    assert.deepEqual(covered(nested, 'source-property-internal'), ['"body/meta/site"']);
  });
  it('is quiet for visible sources and in an internal operation', () => {
    assert.deepEqual(findings(withCaller(values({ siteId: { parameter: 'site' } })), 'source-property-internal'), []);
    const hidden = swagger({ '/lists': { get: listOp() }, '/items': { post: op('CreateItem', { 'x-ms-visibility': 'internal', parameters: [
      { name: 'site', in: 'query', required: true, type: 'string', 'x-ms-visibility': 'internal' },
      { name: 'listId', in: 'query', type: 'string', ...values({ siteId: { parameter: 'site' } }) }] }) } }, { definitions });
    assert.deepEqual(findings(hidden, 'source-property-internal'), []);
  });
});

describe('invoked-operation-should-produce-array and -property', () => {
  it('a list path that is missing or not an array (a warning)', () => {
    const missing = withCaller(values({ siteId: { parameter: 'site' } }, { 'value-collection': 'items' }));
    assert.deepEqual(covered(missing, 'invoked-operation-should-produce-array'), ['"items"']);
    assert.deepEqual(levels(missing, 'invoked-operation-should-produce-array'), [2]);
    const notArray = withCaller(list({ siteId: { parameterReference: 'site' } }, { itemsPath: 'count' }));
    assert.match(findings(notArray, 'invoked-operation-should-produce-array')[0], /array at "count".*of type "integer"/);
  });
  it('a value or title path the items lack (a warning), with a hint for a case-only difference', () => {
    const text = withCaller(values({ siteId: { parameter: 'site' } }, { 'value-title': 'Name' }));
    assert.deepEqual(covered(text, 'invoked-operation-should-produce-property'), ['"Name"']);
    assert.deepEqual(levels(text, 'invoked-operation-should-produce-property'), [2]);
    assert.match(findings(text, 'invoked-operation-should-produce-property')[0], /it has "name": names are case-sensitive/);
    const schemaPath = withCaller({ 'x-ms-dynamic-schema': { operationId: 'GetLists', parameters: { siteId: { parameter: 'site' } }, 'value-path': 'value/schema' } });
    assert.deepEqual(covered(schemaPath, 'invoked-operation-should-produce-property'), []);
    const rootPath = withCaller({ 'x-ms-dynamic-schema': { operationId: 'GetLists', parameters: { siteId: { parameter: 'site' } }, 'value-path': 'schema' } });
    assert.deepEqual(covered(rootPath, 'invoked-operation-should-produce-property'), ['"schema"']);
  });
  it('stays quiet when the response is absent, dynamic or open, and for an array response without value-collection', () => {
    const codes = ['invoked-operation-should-produce-array', 'invoked-operation-should-produce-property'];
    const bad = values({ siteId: { parameter: 'site' } }, { 'value-collection': 'items', 'value-title': 'Name' });
    const cases = [
      listOp({ responses: { 200: { description: 'OK' } } }),
      listOp({ responses: { 201: { description: 'Created' } } }),
      listOp({}, { type: 'object', 'x-ms-dynamic-schema': { operationId: 'X', 'value-path': 'a' } }),
      listOp({}, { type: 'object', additionalProperties: { type: 'string' } }),
      listOp({}, { allOf: [{ $ref: '#/definitions/ListPage' }] }),
      listOp({}, { $ref: '#/definitions/Missing' }),
    ];
    for (const called of cases) for (const code of codes) assert.deepEqual(findings(withCaller(bad, { called }), code), [], JSON.stringify(called));
    const arrayResponse = listOp({}, { type: 'array', items: { $ref: '#/definitions/List' } });
    const ok = withCaller(values({ siteId: { parameter: 'site' } }, { 'value-collection': undefined }), { called: arrayResponse });
    for (const code of codes) assert.deepEqual(findings(ok, code), []);
    const wrongTitle = withCaller(values({ siteId: { parameter: 'site' } }, { 'value-collection': undefined, 'value-title': 'title' }), { called: arrayResponse });
    assert.deepEqual(covered(wrongTitle, 'invoked-operation-should-produce-property'), ['"title"']);
  });
});

describe('hostile shapes of the dynamic extensions', () => {
  it('never throws on wrong types, loops and huge parameter lists', () => {
    const loop = { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' } };
    const shapes: unknown[] = [null, 1, 'x', [], { operationId: 5, parameters: [] }, { operationId: 'GetLists', parameters: { siteId: { parameter: 7 }, top: { parameterReference: null }, x: { value: {} } }, 'value-collection': 3, 'value-path': [] },
      { operationId: 'Loop', parameters: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`p${i}`, { parameter: 'body/a/b/c' }])), 'value-collection': 'a/b/c/d', 'value-path': '/' }];
    for (const shape of shapes) {
      const text = swagger({ '/lists': { get: listOp() }, '/loop': { get: op('Loop', { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/A' } }], responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/A' } } } }) },
        '/a': { post: op('A', { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/A' }, 'x-ms-dynamic-values': shape },
          { name: 'q', in: 'query', type: 'string', 'x-ms-dynamic-values': shape, 'x-ms-dynamic-list': shape, 'x-ms-dynamic-schema': shape, 'x-ms-dynamic-properties': shape, 'x-ms-dynamic-tree': { open: shape, browse: shape } }] }) } },
      { definitions: { ...definitions, ...loop } });
      const errors: string[] = [];
      validateSwaggerText('file:///x/apiDefinition.swagger.json', text, { settings: { validate: true, rules: {}, profile: 'auto' }, profile: 'certified', onRuleError: (id, e) => errors.push(`${id}: ${e}`) });
      assert.deepEqual(errors, []);
    }
  });
});
