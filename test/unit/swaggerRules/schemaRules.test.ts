// Swagger rules on schema keywords, schemes, tags, parameters and responses: a hit with its exact range (the covered
// text), a miss, severity where it is not an error, and the fix where there is one.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFix, covered, diagnose, findings, fixesOf, op, swagger } from './helpers';

const severities = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => d.severity);
const withDefinition = (schema: Record<string, unknown>) => swagger({}, { definitions: { Thing: schema } });

describe('bounds', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>, string][] = [
    ['min-length-should-be-less-than-or-equal-to-max-length', { type: 'string', minLength: 10, maxLength: 5 }, { type: 'string', minLength: 5, maxLength: 5 }, '10'],
    ['min-items-should-be-less-than-or-equal-to-max-items', { type: 'array', items: {}, minItems: 3, maxItems: 1 }, { type: 'array', items: {}, minItems: 1 }, '3'],
    ['minimum-should-be-less-than-or-equal-to-maximum', { type: 'number', minimum: 100.5, maximum: 1 }, { type: 'number', minimum: 1, maximum: 100 }, '100.5'],
    ['multiple-of-must-be-greater-than-zero', { type: 'number', multipleOf: 0 }, { type: 'number', multipleOf: 0.01 }, '0'],
    ['max-length-must-be-greater-than-or-equal-to-zero', { type: 'string', maxLength: -1 }, { type: 'string', maxLength: 0 }, '-1'],
    ['min-length-must-be-greater-than-or-equal-to-zero', { type: 'string', minLength: -2 }, { type: 'string', minLength: 0 }, '-2'],
    ['max-items-must-be-greater-than-or-equal-to-zero', { type: 'array', items: {}, maxItems: -1 }, { type: 'array', items: {}, maxItems: 2 }, '-1'],
    ['min-items-must-be-greater-than-or-equal-to-zero', { type: 'array', items: {}, minItems: -1 }, { type: 'array', items: {}, minItems: 0 }, '-1'],
    ['max-properties-must-be-greater-than-or-equal-to-zero', { type: 'object', maxProperties: -3 }, { type: 'object', maxProperties: 3 }, '-3'],
    ['min-properties-must-be-greater-than-or-equal-to-zero', { type: 'object', minProperties: -1 }, { type: 'object', minProperties: 1 }, '-1'],
  ];
  for (const [code, bad, good, at] of cases) {
    it(`${code}: flags the value, not a valid pair`, () => {
      assert.deepEqual(covered(withDefinition(bad), code), [at]);
      assert.deepEqual(severities(withDefinition(bad), code), [1]);
      assert.deepEqual(findings(withDefinition(good), code), []);
    });
  }
  it('checks non-body parameters too, and never a property that is merely named "minLength"', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [{ name: 'q', in: 'query', type: 'string', minLength: 4, maxLength: 2 }] }) } },
      { definitions: { T: { type: 'object', properties: { minLength: { type: 'integer' }, maxLength: { type: 'integer' } } } } });
    assert.deepEqual(covered(text, 'min-length-should-be-less-than-or-equal-to-max-length'), ['4']);
  });
  it('exclusive-maximum/minimum-requires-maximum/minimum: warns on the flag alone', () => {
    assert.deepEqual(covered(withDefinition({ type: 'integer', exclusiveMaximum: true, exclusiveMinimum: true }), 'exclusive-maximum-requires-maximum'), ['"exclusiveMaximum"']);
    assert.deepEqual(covered(withDefinition({ type: 'integer', exclusiveMaximum: true, exclusiveMinimum: true }), 'exclusive-minimum-requires-minimum'), ['"exclusiveMinimum"']);
    assert.deepEqual(severities(withDefinition({ type: 'integer', exclusiveMaximum: true }), 'exclusive-maximum-requires-maximum'), [2]);
    assert.deepEqual(findings(withDefinition({ type: 'integer', maximum: 3, exclusiveMaximum: true }), 'exclusive-maximum-requires-maximum'), []);
  });
  it('enum-must-contain-at-least-one-element: flags the key of an empty enum', () => {
    assert.deepEqual(covered(withDefinition({ type: 'string', enum: [] }), 'enum-must-contain-at-least-one-element'), ['"enum"']);
    assert.deepEqual(findings(withDefinition({ type: 'string', enum: ['a'] }), 'enum-must-contain-at-least-one-element'), []);
  });
});

describe('schemes', () => {
  it('schemes-array-empty: flags the key', () => {
    assert.deepEqual(covered(swagger({}, { schemes: [] }), 'schemes-array-empty'), ['"schemes"']);
    assert.deepEqual(findings(swagger({}), 'schemes-array-empty'), []);
  });
  it('scheme-not-valid: flags the entry and fixes the case (safe); ws is scheme-not-supported', () => {
    const text = swagger({}, { schemes: ['HTTPS', 'ftp', 'wss'] });
    assert.deepEqual(covered(text, 'scheme-not-valid'), ['"HTTPS"', '"ftp"']);
    assert.deepEqual(fixesOf(text, 'scheme-not-valid').map(f => f?.[0].safe), [true, undefined]);
    assert.ok(applyFix(text, 'scheme-not-valid').includes('"https",\n    "ftp"'));
    assert.deepEqual(covered(text, 'scheme-not-supported'), ['"wss"']);
  });
});

describe('tags, parameters, responses, security', () => {
  it('tag-redefined: flags the second name', () => {
    assert.deepEqual(covered(swagger({}, { tags: [{ name: 'Items' }, { name: 'Other' }, { name: 'Items', description: 'again' }] }), 'tag-redefined'), ['"Items"']);
    assert.deepEqual(findings(swagger({}, { tags: [{ name: 'A' }, { name: 'B' }] }), 'tag-redefined'), []);
  });
  it('file-parameter-must-be-in-form-data: flags "file" outside formData', () => {
    const text = swagger({ '/a': { post: op('A', { parameters: [{ name: 'f', in: 'query', type: 'file' }, { name: 'g', in: 'formData', type: 'file' }] }) } });
    assert.deepEqual(covered(text, 'file-parameter-must-be-in-form-data'), ['"file"']);
  });
  it('parameter-list-contains-form-data-and-body: flags the body parameter', () => {
    const text = swagger({ '/a': { post: op('A', { parameters: [{ name: 'payload', in: 'body', schema: {} }, { name: 'g', in: 'formData', type: 'file' }] }) } });
    assert.deepEqual(covered(text, 'parameter-list-contains-form-data-and-body'), ['"payload"']);
    assert.deepEqual(findings(swagger({ '/a': { post: op('A', { parameters: [{ name: 'g', in: 'formData', type: 'file' }] }) } }), 'parameter-list-contains-form-data-and-body'), []);
  });
  it('body-parameter-schema-required and non-body-parameter-schema-not-valid', () => {
    const text = swagger({ '/a': { post: op('A', { parameters: [{ name: 'payload', in: 'body' }, { name: 'q', in: 'query', schema: { type: 'string' } }] }) } });
    assert.deepEqual(covered(text, 'body-parameter-schema-required'), ['"payload"']);
    assert.deepEqual(covered(text, 'non-body-parameter-schema-not-valid'), ['"schema"']);
  });
  it('invalid-next-link-name-value: warns on another name, accepts @odata.nextLink', () => {
    const text = swagger({ '/a': { get: op('A', { 'x-ms-pageable': { nextLinkName: 'next' } }) }, '/b': { get: op('B', { 'x-ms-pageable': { nextLinkName: '@odata.nextLink' } }) } });
    assert.deepEqual(covered(text, 'invalid-next-link-name-value'), ['"next"']);
    assert.deepEqual(severities(text, 'invalid-next-link-name-value'), [2]);
  });
  it('operation-should-have-successful-response: warns on the responses key without 2xx', () => {
    const text = swagger({ '/a': { get: op('A', { responses: { default: { description: 'x' } } }) }, '/b': { get: op('B') } });
    assert.deepEqual(covered(text, 'operation-should-have-successful-response'), ['"responses"']);
    assert.deepEqual(severities(text, 'operation-should-have-successful-response'), [2]);
  });
  it('security-requirement-must-have-value: flags a non-array and replaces null with [] (safe)', () => {
    const text = swagger({}, { securityDefinitions: { k: { type: 'apiKey', name: 'k', in: 'header' } }, security: [{ k: null }] });
    assert.deepEqual(covered(text, 'security-requirement-must-have-value'), ['null']);
    assert.ok(applyFix(text, 'security-requirement-must-have-value').includes('"k": []'));
    assert.deepEqual(findings(swagger({}, { securityDefinitions: { k: { type: 'apiKey', name: 'k', in: 'header' } }, security: [{ k: [] }] }), 'security-requirement-must-have-value'), []);
  });
});
