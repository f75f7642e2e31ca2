// Swagger Validator rules on MIME types, types and formats, enums and parameter lists (issue #14): for each, a hit
// with its exact range (the covered text) and level, a miss, the fix applied and re-checked, and edge cases ($ref'd
// parameters and schemas, wrong JSON types, hostile nesting).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { validateSwaggerText } from '../../../server/src/engine/swaggerRules/validate';
import { applyFix, covered, diagnose, findings, fixesOf, op, swagger } from './helpers';

const levels = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => d.severity);
const ERROR = 1;
const WARNING = 2;
const INFORMATION = 3;
const body = (schema: Record<string, unknown> = { type: 'object', properties: { a: { type: 'string' } } }) => ({ name: 'payload', in: 'body', schema });
const formField = (name: string, extra: Record<string, unknown> = {}) => ({ name, in: 'formData', type: 'string', ...extra });
const query = (name: string, extra: Record<string, unknown> = {}) => ({ name, in: 'query', type: 'string', ...extra });
const withDefinition = (schema: Record<string, unknown>) => swagger({}, { definitions: { Thing: schema } });

describe('mime-type-not-valid', () => {
  it('flags each value that is not type/subtype, in consumes and produces, top level and per operation (an error)', () => {
    const text = swagger({ '/a': { post: op('A', { consumes: ['application/json', 'json'], produces: ['text/plain; charset=utf-8', 'application json', 7] }) } }, { produces: ['application/json', ''] });
    assert.deepEqual(covered(text, 'mime-type-not-valid'), ['""', '"json"', '"application json"', '7']);
    assert.deepEqual(levels(text, 'mime-type-not-valid'), [ERROR, ERROR, ERROR, ERROR]);
    assert.match(findings(text, 'mime-type-not-valid')[1], /"json" in "consumes" is not a MIME type/);
  });
  it('accepts parameters, quoted values, suffixes and wildcards the merged connectors use', () => {
    const text = swagger({ '/a': { post: op('A', { consumes: ['application/json;odata.metadata=minimal', 'application/*+json', 'multipart/form-data; boundary="x y"'], produces: ['*/*', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] }) } });
    assert.deepEqual(findings(text, 'mime-type-not-valid'), []);
  });
  it('trims surrounding spaces with a safe fix, and offers no guess otherwise', () => {
    const text = swagger({ '/a': { get: op('A', { produces: [' application/json '] }) } });
    assert.equal(fixesOf(text, 'mime-type-not-valid')[0]![0].safe, true);
    const fixed = applyFix(text, 'mime-type-not-valid');
    assert.ok(fixed.includes('"application/json"'));
    assert.deepEqual(findings(fixed, 'mime-type-not-valid'), []);
    assert.equal(fixesOf(swagger({ '/a': { get: op('A', { produces: ['json'] }) } }), 'mime-type-not-valid')[0], undefined);
  });
});

describe('mime-type-not-supported', () => {
  it('notes each consumes value outside the four listed types (information), ignoring parameters and case', () => {
    const text = swagger({ '/a': { post: op('A', { consumes: ['application/json', 'text/json', 'Application/JSON; charset=utf-8', 'application/xml'] }) } });
    assert.deepEqual(covered(text, 'mime-type-not-supported'), ['"text/json"', '"application/xml"']);
    assert.deepEqual(levels(text, 'mime-type-not-supported'), [INFORMATION, INFORMATION]);
    assert.match(findings(text, 'mime-type-not-supported')[0], /not a supported request MIME type/);
  });
  it('leaves produces and malformed values alone (the latter are mime-type-not-valid\'s)', () => {
    const text = swagger({ '/a': { post: op('A', { consumes: ['json'], produces: ['application/octet-stream'] }) } });
    assert.deepEqual(findings(text, 'mime-type-not-supported'), []);
  });
});

describe('consumes-missing', () => {
  it('warns on a form operation without a listed type, at its own "consumes" key, with a fix', () => {
    const text = swagger({ '/a': { post: op('A', { consumes: [], parameters: [formField('f', { type: 'file' })] }) } });
    assert.deepEqual(covered(text, 'consumes-missing'), ['"consumes"']);
    assert.deepEqual(levels(text, 'consumes-missing'), [WARNING]);
    const fixed = applyFix(text, 'consumes-missing');
    assert.match(fixed, /"consumes": \[\s*"multipart\/form-data"\s*\]/);
    assert.deepEqual(findings(fixed, 'consumes-missing'), []);
  });
  it('notes a body operation with no consumes at the method key (information: the platform sends JSON), adding one', () => {
    const text = swagger({ '/a': { post: op('A', { parameters: [body()] }) } });
    assert.deepEqual(covered(text, 'consumes-missing'), ['"post"']);
    assert.deepEqual(levels(text, 'consumes-missing'), [INFORMATION]);
    const fixed = applyFix(text, 'consumes-missing');
    assert.match(fixed, /"consumes": \[\s*"application\/json"\s*\]/);
    assert.deepEqual(findings(fixed, 'consumes-missing'), []);
  });
  it('uses the swagger\'s list when the operation has none, and skips operations that send nothing', () => {
    const inherited = swagger({ '/a': { post: op('A', { parameters: [formField('f')] }), get: op('B', { parameters: [query('q')] }) } }, { consumes: ['application/x-www-form-urlencoded'] });
    assert.deepEqual(findings(inherited, 'consumes-missing'), []);
    const unlisted = swagger({ '/a': { post: op('A', { parameters: [formField('f')] }) } }, { consumes: ['application/xml'] });
    assert.deepEqual(covered(unlisted, 'consumes-missing'), ['"post"']);
    assert.equal(fixesOf(unlisted, 'consumes-missing')[0], undefined);
  });
  it('sees a $ref\'d body parameter and a path-level form field', () => {
    const text = swagger({ '/a': { parameters: [formField('f')], post: op('A'), put: op('B', { parameters: [{ $ref: '#/parameters/Body' }] }) } }, { parameters: { Body: body() } });
    assert.deepEqual(covered(text, 'consumes-missing'), ['"post"', '"put"']);
  });
});

describe('mime-type-not-compatible-with-request-content-schema-type', () => {
  it('warns when form fields meet a JSON-only consumes, and when an object body meets a form-only consumes', () => {
    const text = swagger({
      '/a': { post: op('A', { consumes: ['application/json'], parameters: [formField('f')] }) },
      '/b': { post: op('B', { consumes: ['multipart/form-data'], parameters: [{ name: 'payload', in: 'body', schema: { $ref: '#/definitions/Thing' } }] }) },
    }, { definitions: { Thing: { properties: { a: { type: 'string' } } } } });
    assert.deepEqual(covered(text, 'mime-type-not-compatible-with-request-content-schema-type'), ['"consumes"', '"consumes"']);
    assert.deepEqual(levels(text, 'mime-type-not-compatible-with-request-content-schema-type'), [WARNING, WARNING]);
    const messages = findings(text, 'mime-type-not-compatible-with-request-content-schema-type');
    assert.match(messages[0], /sends form fields.*add "multipart\/form-data" or "application\/x-www-form-urlencoded"/);
    assert.match(messages[1], /sends a JSON object body.*add "application\/json"/);
  });
  it('is quiet on matching pairs, a string body as text, and when consumes-missing already speaks', () => {
    const text = swagger({
      '/a': { post: op('A', { consumes: ['multipart/form-data'], parameters: [formField('f')] }) },
      '/b': { post: op('B', { consumes: ['text/plain'], parameters: [body({ type: 'string' })] }) },
      '/c': { post: op('C', { consumes: ['application/json', 'text/json'], parameters: [body({ type: 'array', items: {} })] }) },
      '/d': { post: op('D', { consumes: ['application/xml'], parameters: [formField('f')] }) },
    });
    assert.deepEqual(findings(text, 'mime-type-not-compatible-with-request-content-schema-type'), []);
  });
  it('points at the method key when the swagger\'s list applies, and survives a $ref loop in the body schema', () => {
    const text = swagger({ '/a': { post: op('A', { parameters: [{ name: 'p', in: 'body', schema: { $ref: '#/definitions/A' } }] }) } },
      { consumes: ['text/plain'], definitions: { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' } } });
    assert.deepEqual(findings(text, 'mime-type-not-compatible-with-request-content-schema-type'), []);
    const object = swagger({ '/a': { post: op('A', { parameters: [body()] }) } }, { consumes: ['text/plain'] });
    assert.deepEqual(covered(object, 'mime-type-not-compatible-with-request-content-schema-type'), ['"post"']);
  });
});

describe('string-binary-not-supported-for-form-url-encoded', () => {
  it('flags the "format" of a string/binary form field of a url-encoded operation (an error), once per parameter', () => {
    const text = swagger({ '/a': { parameters: [formField('file', { format: 'binary' })], post: op('A'), put: op('B') } }, { consumes: ['application/x-www-form-urlencoded'] });
    assert.deepEqual(covered(text, 'string-binary-not-supported-for-form-url-encoded'), ['"binary"']);
    assert.deepEqual(levels(text, 'string-binary-not-supported-for-form-url-encoded'), [ERROR]);
  });
  it('is quiet when multipart/form-data is also listed, and for text fields', () => {
    const text = swagger({ '/a': { post: op('A', { consumes: ['application/x-www-form-urlencoded', 'multipart/form-data'], parameters: [formField('file', { format: 'binary' })] }), put: op('B', { consumes: ['application/x-www-form-urlencoded'], parameters: [formField('name')] }) } });
    assert.deepEqual(findings(text, 'string-binary-not-supported-for-form-url-encoded'), []);
  });
});

describe('invalid-string-binary-property', () => {
  it('warns on string/binary inside a JSON schema, at its "format"', () => {
    const text = withDefinition({ type: 'object', properties: { content: { type: 'string', format: 'binary' }, list: { type: 'array', items: { type: 'string', format: 'binary' } } } });
    assert.deepEqual(covered(text, 'invalid-string-binary-property'), ['"binary"', '"binary"']);
    assert.deepEqual(levels(text, 'invalid-string-binary-property'), [WARNING, WARNING]);
  });
  it('allows it as a whole body (inline or $ref\'d), a form field and a whole response; not on a query parameter', () => {
    const text = swagger({ '/a': { post: op('A', {
      parameters: [{ name: 'p', in: 'body', schema: { $ref: '#/definitions/File' } }, formField('f', { format: 'binary' }), query('q', { format: 'binary' })],
      responses: { 200: { description: 'OK', schema: { type: 'string', format: 'binary' } }, 201: { $ref: '#/responses/Download' } },
    }) } }, { definitions: { File: { type: 'string', format: 'binary' } }, responses: { Download: { description: 'file', schema: { type: 'string', format: 'binary' } } } });
    assert.deepEqual(findings(text, 'invalid-string-binary-property').length, 1);
    assert.match(findings(text, 'invalid-string-binary-property')[0], /^\d+:\d+/);
  });
});

describe('schema-type-file-not-valid', () => {
  it('flags "type": "file" in a schema property or a body schema (an error), at the type value', () => {
    const text = swagger({ '/a': { post: op('A', { parameters: [{ name: 'p', in: 'body', schema: { type: 'file' } }] }) } }, { definitions: { Thing: { type: 'object', properties: { doc: { type: 'file' } } } } });
    assert.deepEqual(covered(text, 'schema-type-file-not-valid'), ['"file"', '"file"']);
    assert.deepEqual(levels(text, 'schema-type-file-not-valid'), [ERROR, ERROR]);
  });
  it('allows a formData parameter (also shared and unused) and a response\'s root schema, direct or $ref\'d', () => {
    const text = swagger({ '/a': { post: op('A', {
      parameters: [formField('f', { type: 'file' })],
      responses: { 200: { description: 'OK', schema: { type: 'file' } }, 201: { description: 'OK', schema: { $ref: '#/definitions/Download' } } },
    }) } }, { parameters: { Upload: formField('u', { type: 'file' }) }, definitions: { Download: { type: 'file' } } });
    assert.deepEqual(findings(text, 'schema-type-file-not-valid'), []);
  });
});

describe('unrecognized-type-format', () => {
  it('warns on an unknown type, a Swagger format under another type, and a format on an object', () => {
    const text = withDefinition({ type: 'object', format: 'Thing', properties: { a: { type: 'null' }, b: { type: 'string', format: 'int64' }, c: { type: 'number', format: 'int32' } } });
    assert.deepEqual(covered(text, 'unrecognized-type-format'), ['"Thing"', '"null"', '"int64"', '"int32"']);
    assert.deepEqual(levels(text, 'unrecognized-type-format'), [WARNING, WARNING, WARNING, WARNING]);
    assert.match(findings(text, 'unrecognized-type-format')[2], /"int64" is a format of "integer"/);
  });
  it('leaves open formats (uuid, email, decimal), empty formats, security schemes and extension data alone', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [query('id', { format: 'uuid' }), query('n', { type: 'number', format: 'decimal' }), query('e', { format: '' })] }) } },
      { securityDefinitions: { oauth: { type: 'oauth2', flow: 'accessCode' } }, 'x-ms-connector-metadata': [{ propertyName: 'Website', propertyValue: 'x', type: 'WEB' }] });
    assert.deepEqual(findings(text, 'unrecognized-type-format'), []);
  });
});

describe('default-value-must-match-type', () => {
  it('warns on a default of another JSON type, with a safe exact conversion', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [query('top', { type: 'integer', default: '10' }), query('flag', { type: 'boolean', default: 'yes' })] }) } });
    assert.deepEqual(covered(text, 'default-value-must-match-type'), ['"10"', '"yes"']);
    assert.deepEqual(levels(text, 'default-value-must-match-type'), [WARNING, WARNING]);
    assert.match(findings(text, 'default-value-must-match-type')[0], /"default" is a string but the type is "integer"/);
    assert.equal(fixesOf(text, 'default-value-must-match-type')[0]![0].safe, true);
    assert.equal(fixesOf(text, 'default-value-must-match-type')[1], undefined);
    const fixed = applyFix(text, 'default-value-must-match-type');
    assert.ok(fixed.includes('"default": 10'));
    assert.deepEqual(covered(fixed, 'default-value-must-match-type'), ['"yes"']);
  });
  it('accepts an integer for a number and compares with the enum', () => {
    const text = withDefinition({ type: 'object', properties: { n: { type: 'number', default: 3 }, size: { type: 'string', enum: ['S', 'M'], default: 'XL' }, ok: { type: 'string', enum: ['S'], default: 'S' } } });
    assert.deepEqual(covered(text, 'default-value-must-match-type'), ['"XL"']);
    assert.match(findings(text, 'default-value-must-match-type')[0], /not one of the "enum" values/);
  });
  it('never echoes the default (it can be a secret) and withholds a conversion that the enum would reject', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [query('key', { format: 'password', default: 12345 }), query('n', { type: 'integer', enum: [1, 2], default: '3' }), query('k', { 'x-ms-visibility': 'internal', default: 98765 })] }) } });
    const found = diagnose(text).filter(d => d.code === 'default-value-must-match-type');
    assert.equal(found.length, 3);
    assert.ok(!found.some(d => /12345|98765/.test(String(d.message))));
    assert.deepEqual(fixesOf(text, 'default-value-must-match-type'), [undefined, undefined, undefined]);
  });
});

describe('invalid-enum-value', () => {
  it('warns on each enum value of another type, converting exact ones safely', () => {
    const text = withDefinition({ type: 'boolean', enum: ['true', false, 'maybe'] });
    assert.deepEqual(covered(text, 'invalid-enum-value'), ['"true"', '"maybe"']);
    assert.deepEqual(levels(text, 'invalid-enum-value'), [WARNING, WARNING]);
    const fixed = applyFix(text, 'invalid-enum-value');
    assert.match(fixed, /"enum": \[\s*true,/);
    assert.deepEqual(covered(fixed, 'invalid-enum-value'), ['"maybe"']);
  });
  it('flags 1.5 in an integer enum, accepts 2 in a number enum', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [query('i', { type: 'integer', enum: [1, 1.5] }), query('n', { type: 'number', enum: [2, 2.5] })] }) } });
    assert.deepEqual(covered(text, 'invalid-enum-value'), ['1.5']);
  });
});

describe('invalid-enum-values-extension-value', () => {
  it('flags an x-ms-enum-values value missing from enum (an error), compared as JSON', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [query('n', { type: 'integer', enum: [1, 2], 'x-ms-enum-values': [{ value: 1, displayName: 'One' }, { value: '2', displayName: 'Two' }] })] }) } });
    assert.deepEqual(covered(text, 'invalid-enum-values-extension-value'), ['"2"']);
    assert.deepEqual(levels(text, 'invalid-enum-values-extension-value'), [ERROR]);
  });
  it('is quiet without an enum', () => {
    assert.deepEqual(findings(withDefinition({ type: 'string', 'x-ms-enum-values': [{ value: 'a', displayName: 'A' }] }), 'invalid-enum-values-extension-value'), []);
  });
});

describe('duplicate-enum-values-in-extension', () => {
  it('flags the repeated value (an error) and offers to remove the entry (not safe: names may differ)', () => {
    const text = withDefinition({ type: 'string', enum: ['a', 'b'], 'x-ms-enum-values': [{ value: 'a', displayName: 'A' }, { value: 'b', displayName: 'B' }, { value: 'a', displayName: 'Also A' }] });
    assert.deepEqual(covered(text, 'duplicate-enum-values-in-extension'), ['"a"']);
    assert.deepEqual(levels(text, 'duplicate-enum-values-in-extension'), [ERROR]);
    assert.equal(fixesOf(text, 'duplicate-enum-values-in-extension')[0]![0].safe, false);
    const fixed = applyFix(text, 'duplicate-enum-values-in-extension');
    assert.ok(!fixed.includes('Also A'));
    assert.deepEqual(findings(fixed, 'duplicate-enum-values-in-extension'), []);
  });
  it('tells 1 from "1"', () => {
    assert.deepEqual(findings(withDefinition({ 'x-ms-enum-values': [{ value: 1, displayName: 'A' }, { value: '1', displayName: 'B' }] }), 'duplicate-enum-values-in-extension'), []);
  });
});

describe('operation-parameters-are-not-unique', () => {
  it('flags an identical repeat (a $ref twice) as an error and removes it safely; the duplicate-parameter rule leaves it', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [{ $ref: '#/parameters/Top' }, query('q'), { $ref: '#/parameters/Top' }] }) } }, { parameters: { Top: query('top', { type: 'integer' }) } });
    assert.deepEqual(covered(text, 'operation-parameters-are-not-unique').map(s => s.replace(/\s+/g, '')), ['{"$ref":"#/parameters/Top"}']);
    assert.deepEqual(levels(text, 'operation-parameters-are-not-unique'), [ERROR]);
    assert.deepEqual(findings(text, 'operation-parameters-contain-duplicate-parameter'), []);
    assert.equal(fixesOf(text, 'operation-parameters-are-not-unique')[0]![0].safe, true);
    const fixed = applyFix(text, 'operation-parameters-are-not-unique');
    assert.equal(fixed.split('#/parameters/Top').length, 2);
    assert.deepEqual(findings(fixed, 'operation-parameters-are-not-unique'), []);
  });
  it('flags an identical inline repeat at its name (key order ignored), not two different definitions of one name', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [query('q'), { type: 'string', in: 'query', name: 'q' }] }), put: op('B', { parameters: [query('q'), query('q', { type: 'integer' })] }) } });
    assert.deepEqual(covered(text, 'operation-parameters-are-not-unique'), ['"q"']);
    assert.equal(findings(text, 'operation-parameters-contain-duplicate-parameter').length, 1);
  });
});

describe('path-parameters-contain-duplicate-parameter', () => {
  it('flags a path item listing one name and location twice (an error), resolving $refs', () => {
    const text = swagger({ '/a/{id}': { parameters: [{ $ref: '#/parameters/Id' }, { name: 'id', in: 'path', required: true, type: 'string' }, query('id')], get: op('A') } },
      { parameters: { Id: { name: 'id', in: 'path', required: true, type: 'string' } } });
    assert.deepEqual(covered(text, 'path-parameters-contain-duplicate-parameter'), ['"id"']);
    assert.deepEqual(levels(text, 'path-parameters-contain-duplicate-parameter'), [ERROR]);
    assert.match(findings(text, 'path-parameters-contain-duplicate-parameter')[0], /path "\/a\/\{id\}" lists the path parameter "id" twice/);
  });
  it('leaves an operation overriding a path-level parameter alone', () => {
    const text = swagger({ '/a': { parameters: [query('q')], get: op('A', { parameters: [query('q', { type: 'integer' })] }) } });
    assert.deepEqual(findings(text, 'path-parameters-contain-duplicate-parameter'), []);
  });
});

describe('path-parameters-contain-multiple-body-parameters', () => {
  it('flags the second body of a path item once (an error); the operation rule stays quiet for it', () => {
    const text = swagger({ '/a': { parameters: [body(), { name: 'other', in: 'body', schema: {} }], post: op('A'), put: op('B') } });
    assert.deepEqual(covered(text, 'path-parameters-contain-multiple-body-parameters'), ['"other"']);
    assert.deepEqual(levels(text, 'path-parameters-contain-multiple-body-parameters'), [ERROR]);
    assert.deepEqual(findings(text, 'operation-parameters-contain-multiple-body-parameters'), []);
  });
  it('leaves one path-level body and an operation body of another name to the operation rule', () => {
    const text = swagger({ '/a': { parameters: [body()], post: op('A', { parameters: [{ name: 'other', in: 'body', schema: {} }] }) } });
    assert.deepEqual(findings(text, 'path-parameters-contain-multiple-body-parameters'), []);
    assert.equal(findings(text, 'operation-parameters-contain-multiple-body-parameters').length, 1);
  });
});

describe('invalid-form-data-parameter-name', () => {
  it('flags a form field name with a non-ASCII character (an error), a shared one once at its definition', () => {
    const text = swagger({ '/a': { post: op('A', { consumes: ['multipart/form-data'], parameters: [formField('prénom'), { $ref: '#/parameters/City' }] }), put: op('B', { consumes: ['multipart/form-data'], parameters: [{ $ref: '#/parameters/City' }] }) } },
      { parameters: { City: formField('städt') } });
    assert.deepEqual(covered(text, 'invalid-form-data-parameter-name'), ['"prénom"', '"städt"']);
    assert.deepEqual(levels(text, 'invalid-form-data-parameter-name'), [ERROR, ERROR]);
    assert.match(findings(text, 'invalid-form-data-parameter-name')[0], /non-ASCII character "é"/);
  });
  it('leaves ASCII form names and non-form parameters alone', () => {
    const text = swagger({ '/a': { post: op('A', { consumes: ['multipart/form-data'], parameters: [formField('first-name_1'), query('prénom')] }) } });
    assert.deepEqual(findings(text, 'invalid-form-data-parameter-name'), []);
  });
});

describe('swtype rules on hostile input', () => {
  const run = (text: string) => {
    const errors: string[] = [];
    validateSwaggerText('file:///h/apiDefinition.swagger.json', text, { settings: { validate: true, rules: {}, profile: 'auto' }, profile: 'certified', onRuleError: (id, e) => errors.push(`${id}: ${e}`) });
    return errors;
  };
  it('survives wrong JSON types in every place these rules read', () => {
    for (const t of [
      { consumes: 'application/json', produces: { a: 1 }, paths: { '/a': { post: { consumes: [null, {}, []], parameters: [{ in: 'body', schema: 5 }, { in: 'formData', type: 7, format: [] }] } } } },
      { definitions: { T: { type: 'string', default: {}, enum: 'x', 'x-ms-enum-values': { value: 1 } }, U: { type: 'integer', enum: [null, [], {}], 'x-ms-enum-values': [null, 3, { value: null }, { value: null }] } } },
      { parameters: { P: { $ref: '#/parameters/P' } }, paths: { '/a': { parameters: 'x', get: { parameters: [{ $ref: '#/parameters/P' }, { $ref: '#/parameters/P' }] } }, '/b': { parameters: [null, 1, { $ref: 3 }] } } },
    ]) assert.deepEqual(run(JSON.stringify(t)), [], JSON.stringify(t));
  });
  it('survives deeply nested defaults, enum values and parameters', () => {
    const deep = JSON.parse('['.repeat(3000) + ']'.repeat(3000));
    const text = JSON.stringify({ definitions: { T: { type: 'array', default: deep, enum: [deep, deep], 'x-ms-enum-values': [{ value: deep }, { value: deep }] } },
      paths: { '/a': { get: { parameters: [{ name: 'q', in: 'query', x: deep }, { name: 'q', in: 'query', x: deep }] } } } });
    assert.deepEqual(run(text), []);
  });
  it('handles 20,000 consumes values, enum entries and same-name parameters without quadratic work', () => {
    const many = Array.from({ length: 20000 }, (_, i) => `application/x-${i}`);
    const paths: Record<string, unknown> = { '/a': { post: op('A', { parameters: many.map(d => query('q', { description: d })) }) } };
    for (let i = 0; i < 200; i++) paths[`/p${i}`] = { post: op(`P${i}`, { parameters: [body()] }) };
    const text = swagger(paths, { consumes: many, definitions: { T: { type: 'string', enum: many, 'x-ms-enum-values': many.map(v => ({ value: v, displayName: v })) } } });
    assert.deepEqual(run(text), []);
    assert.equal(findings(text, 'mime-type-not-supported').length, 20000);
    assert.equal(findings(text, 'operation-parameters-are-not-unique').length, 0);
  });
});
