// More Swagger Validator rules decidable from the swagger alone: schema keywords (required, items, $ref siblings),
// x-ms-enum-values, responses, x-ms-api-annotation replacements and security requirements. A hit with its exact range
// (the covered text), the level, a miss, and the fix where there is one.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFix, covered, diagnose, findings, fixesOf, op, swagger } from './helpers';

const levels = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => d.severity);
const withDefinition = (schema: Record<string, unknown>) => swagger({}, { definitions: { Thing: schema } });

describe('missing-enum-values-display-name', () => {
  it('points at the "value" key of an entry without displayName (an error)', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [{ name: 'k', in: 'query', type: 'string', enum: ['a', 'b'],
      'x-ms-enum-values': [{ value: 'a', displayName: 'A' }, { value: 'b' }] }] }) } });
    assert.deepEqual(covered(text, 'missing-enum-values-display-name'), ['"value"']);
    assert.deepEqual(levels(text, 'missing-enum-values-display-name'), [1]);
    assert.match(findings(text, 'missing-enum-values-display-name')[0], /entry \("b"\) has no "displayName"/);
  });
  it('is quiet when every entry has one', () => {
    assert.deepEqual(findings(withDefinition({ type: 'string', 'x-ms-enum-values': [{ value: 'a', displayName: 'A' }] }), 'missing-enum-values-display-name'), []);
  });
});

describe('array-has-no-items', () => {
  it('points at the property name of an array schema without items (a warning), or the "type" key of a parameter', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [{ name: 'ids', in: 'query', type: 'array' }] }) } },
      { definitions: { Thing: { type: 'object', properties: { tags: { type: 'array' }, ok: { type: 'array', items: { type: 'string' } } } } } });
    assert.deepEqual(covered(text, 'array-has-no-items'), ['"type"', '"tags"']);
    assert.deepEqual(levels(text, 'array-has-no-items'), [2, 2]);
  });
});

describe('required-property-array-empty', () => {
  const text = withDefinition({ type: 'object', properties: { a: { type: 'string' } }, required: [] });
  it('flags the empty list and removes it (safe)', () => {
    assert.deepEqual(covered(text, 'required-property-array-empty'), ['[]']);
    const fixed = applyFix(text, 'required-property-array-empty');
    assert.ok(!fixed.includes('"required"'));
    assert.equal(fixesOf(text, 'required-property-array-empty')[0]![0].safe, true);
    assert.deepEqual(findings(fixed, 'required-property-array-empty'), []);
  });
  it('ignores a parameter\'s boolean "required"', () => {
    assert.deepEqual(findings(swagger({ '/a': { get: op('A', { parameters: [{ name: 'q', in: 'query', type: 'string', required: false }] }) } }), 'required-property-array-empty'), []);
  });
});

describe('required-property-definition-missing', () => {
  it('points at the required name that has no property (an error)', () => {
    const text = withDefinition({ type: 'object', properties: { id: { type: 'string' } }, required: ['id', 'Name'] });
    assert.deepEqual(covered(text, 'required-property-definition-missing'), ['"Name"']);
    assert.deepEqual(levels(text, 'required-property-definition-missing'), [1]);
  });
  it('leaves a schema without "properties" alone (allOf, additionalProperties)', () => {
    assert.deepEqual(findings(withDefinition({ allOf: [{ $ref: '#/definitions/Other' }], required: ['x'] }), 'required-property-definition-missing'), []);
  });
});

describe('required-property-not-on-object', () => {
  it('warns on "required" of a non-object schema, at the key', () => {
    const text = withDefinition({ type: 'string', required: ['x'] });
    assert.deepEqual(covered(text, 'required-property-not-on-object'), ['"required"']);
    assert.deepEqual(levels(text, 'required-property-not-on-object'), [2]);
    assert.deepEqual(findings(withDefinition({ type: 'object', properties: { x: {} }, required: ['x'] }), 'required-property-not-on-object'), []);
  });
});

describe('allow-empty-value-only-valid-for-query-form-data', () => {
  it('flags it on a header parameter and removes it (safe); allows it on a query parameter', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [{ name: 'h', in: 'header', type: 'string', allowEmptyValue: true }, { name: 'q', in: 'query', type: 'string', allowEmptyValue: true }] }) } });
    assert.deepEqual(covered(text, 'allow-empty-value-only-valid-for-query-form-data'), ['"allowEmptyValue"']);
    const fixed = applyFix(text, 'allow-empty-value-only-valid-for-query-form-data');
    assert.equal(fixed.split('allowEmptyValue').length, 2);
    assert.deepEqual(findings(fixed, 'allow-empty-value-only-valid-for-query-form-data'), []);
  });
});

describe('additional-property-not-allowed-adjacent-to-ref', () => {
  it('warns on each key beside "$ref"', () => {
    const text = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/T', description: 'x' } } } }) } }, { definitions: { T: { type: 'string' } } });
    assert.deepEqual(covered(text, 'additional-property-not-allowed-adjacent-to-ref'), ['"description"']);
    assert.deepEqual(levels(text, 'additional-property-not-allowed-adjacent-to-ref'), [2]);
  });
  it('is quiet on a bare $ref and on a property named "$ref"', () => {
    assert.deepEqual(findings(withDefinition({ type: 'object', properties: { $ref: { type: 'string' }, b: { $ref: '#/definitions/Thing' } } }), 'additional-property-not-allowed-adjacent-to-ref'), []);
  });
});

describe('response-must-be-default-or-http-status-code', () => {
  it('flags a response key that is no status code; accepts default, 2XX-style digits and extensions', () => {
    const text = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK' }, default: { description: 'E' }, OK: { description: 'x' }, 'x-ms-foo': {} } }) } });
    assert.deepEqual(covered(text, 'response-must-be-default-or-http-status-code'), ['"OK"']);
    assert.deepEqual(levels(text, 'response-must-be-default-or-http-status-code'), [1]);
  });
});

describe('x-ms-api-annotation replacement', () => {
  it('flags a replacement on an operation that is not deprecated, at the "replacement" key', () => {
    const text = swagger({ '/a': { get: op('A', { 'x-ms-api-annotation': { replacement: { api: 'contoso', operationId: 'B' } } }) } });
    assert.deepEqual(covered(text, 'api-annotation-extension-replacement-info-for-non-deprecated-operations'), ['"replacement"']);
  });
  it('flags a replacement without api or operationId, at the "replacement" key', () => {
    const text = swagger({ '/a': { get: op('A', { deprecated: true, 'x-ms-api-annotation': { replacement: { operationId: 'B' } } }) }, '/b': { get: op('B', { deprecated: true, 'x-ms-api-annotation': { replacement: { api: 'c' } } }) } });
    assert.deepEqual(covered(text, 'api-annotation-extension-replacement-info-missing-api-property'), ['"replacement"']);
    assert.deepEqual(covered(text, 'api-annotation-extension-replacement-info-missing-operation-id-property'), ['"replacement"']);
    assert.deepEqual(findings(text, 'api-annotation-extension-replacement-info-for-non-deprecated-operations'), []);
  });
  it('is quiet on a complete replacement of a deprecated operation', () => {
    const text = swagger({ '/a': { get: op('A', { deprecated: true, 'x-ms-api-annotation': { family: 'A', revision: 1, replacement: { api: 'contoso', operationId: 'A2' } } }) } });
    assert.deepEqual(diagnose(text).filter(d => String(d.code).startsWith('api-annotation')), []);
  });
});

describe('security requirements and their scopes', () => {
  const root = { securityDefinitions: { key: { type: 'apiKey', name: 'k', in: 'header' }, oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: { read: 'Read' } } } };
  it('security-requirement-must-have-empty-value: scopes on an apiKey requirement, replaced by [] (safe)', () => {
    const text = swagger({ '/a': { get: op('A') } }, { ...root, security: [{ key: ['read'] }, { oauth: ['read'] }] });
    assert.deepEqual(covered(text, 'security-requirement-must-have-empty-value').map(s => s.replace(/\s+/g, '')), ['["read"]']);
    assert.equal(fixesOf(text, 'security-requirement-must-have-empty-value')[0]![0].safe, true);
    assert.deepEqual(findings(applyFix(text, 'security-requirement-must-have-empty-value'), 'security-requirement-must-have-empty-value'), []);
  });
  it('oauth-security-requirement-value-must-be-scope-name: an undefined scope (a warning), at the scope', () => {
    const text = swagger({ '/a': { get: op('A', { security: [{ oauth: ['read', 'write'] }] }) } }, root);
    assert.deepEqual(covered(text, 'oauth-security-requirement-value-must-be-scope-name'), ['"write"']);
    assert.deepEqual(levels(text, 'oauth-security-requirement-value-must-be-scope-name'), [2]);
  });
});

describe('reference positions: *-reference-not-valid', () => {
  const text = swagger({ '/a': { post: op('A', {
    parameters: [{ $ref: '#/definitions/P' }, { name: 'body', in: 'body', schema: { $ref: '#/parameters/Q' } }],
    responses: { 200: { $ref: '#/definitions/R' }, 201: { description: 'OK', schema: { $ref: '#/definitions/R/properties/id' } } },
  }) } }, { definitions: { P: { type: 'string' }, R: { type: 'object', properties: { id: { type: 'string' } } } }, parameters: { Q: { name: 'q', in: 'query', type: 'string' } } });
  it('flags a parameter item, a schema and a response pointing into the wrong section, each under its code', () => {
    assert.deepEqual(covered(text, 'parameter-reference-not-valid'), ['"#/definitions/P"']);
    assert.deepEqual(covered(text, 'schema-reference-not-valid'), ['"#/parameters/Q"']);
    assert.deepEqual(covered(text, 'response-reference-not-valid'), ['"#/definitions/R"']);
    assert.deepEqual(levels(text, 'parameter-reference-not-valid'), [1]);
    assert.deepEqual(levels(text, 'response-reference-not-valid'), [2]);
  });
  it('accepts references into their own section, and pointers into a definition', () => {
    const ok = swagger({ '/a': { post: op('A', { parameters: [{ $ref: '#/parameters/Q' }], responses: { 200: { $ref: '#/responses/R' } } }) } },
      { parameters: { Q: { name: 'q', in: 'query', type: 'string' } }, responses: { R: { description: 'OK', schema: { $ref: '#/definitions/T/properties/x' } } }, definitions: { T: { type: 'object', properties: { x: { type: 'string' } } } } });
    assert.deepEqual(diagnose(ok).filter(d => String(d.code).endsWith('reference-not-valid')), []);
  });
});

describe('*-ref-loop-not-allowed', () => {
  it('flags a shared definition that is a $ref to another, at its "$ref" key', () => {
    const text = swagger({}, {
      definitions: { A: { $ref: '#/definitions/B' }, B: { type: 'string' } },
      parameters: { P: { $ref: '#/parameters/Q' }, Q: { name: 'q', in: 'query', type: 'string' } },
      responses: { R: { $ref: '#/responses/S' }, S: { description: 'OK' } },
    });
    for (const code of ['schema-ref-loop-not-allowed', 'parameter-ref-loop-not-allowed', 'response-ref-loop-not-allowed']) {
      assert.deepEqual(covered(text, code), ['"$ref"'], code);
      assert.deepEqual(levels(text, code), [1], code);
    }
    assert.deepEqual(diagnose(text).filter(d => String(d.code).endsWith('reference-not-valid')), [], 'each $ref points into its own section');
  });
  it('leaves $ref inside a definition alone', () => {
    assert.deepEqual(findings(withDefinition({ type: 'object', properties: { a: { $ref: '#/definitions/Thing' } } }), 'schema-ref-loop-not-allowed'), []);
  });
});

describe('duplicate-operation-path', () => {
  it('flags the later path key when both paths have the same method (an error)', () => {
    const text = swagger({ '/items/{id}': { get: op('A', { parameters: [] }) }, '/items/{itemId}': { get: op('B'), delete: op('C') } });
    assert.deepEqual(covered(text, 'duplicate-operation-path'), ['"/items/{itemId}"']);
    assert.match(findings(text, 'duplicate-operation-path')[0], /error .*matches the same requests as "\/items\/\{id\}".*both have GET/);
  });
  it('is quiet when the methods differ (merged connectors do that) or the paths differ in a literal segment', () => {
    assert.deepEqual(findings(swagger({ '/items/{id}': { delete: op('A') }, '/items/{itemId}': { post: op('B') } }), 'duplicate-operation-path'), []);
    assert.deepEqual(findings(swagger({ '/items/{id}': { get: op('A') }, '/things/{id}': { get: op('B') } }), 'duplicate-operation-path'), []);
  });
});

describe('array-duplicate-value', () => {
  it('warns on the repeat in an enum and removes it (safe); quiet on unique lists', () => {
    const text = withDefinition({ type: 'string', enum: ['a', 'b', 'a'] });
    assert.deepEqual(covered(text, 'array-duplicate-value'), ['"a"']);
    assert.deepEqual(levels(text, 'array-duplicate-value'), [2]);
    const fixed = applyFix(text, 'array-duplicate-value');
    assert.deepEqual(findings(fixed, 'array-duplicate-value'), []);
    assert.equal(fixed.split('"a"').length, 2);
    assert.deepEqual(findings(swagger({ '/a': { get: op('A', { tags: ['x', 'y'] }) } }, { schemes: ['https', 'http'] }), 'array-duplicate-value'), []);
  });
});
