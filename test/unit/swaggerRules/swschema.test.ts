// Swagger Validator rules of the swschema batch: security definitions by type, response headers and schemas, request
// body properties (readOnly, internal defaults), discriminators, required loops, body parameter members, JSON
// pointers, response examples and the dictionary editor. Each: a hit with its exact range and level, a miss, the fix
// where there is one (applied and re-checked), and awkward shapes (wrong types, $ref'd schemas, loops).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFix, covered, diagnose, findings, fixesOf, op, swagger } from './helpers';
import { fixToEdits, isFixData } from '../../../server/src/engine/codeActions/fixData';
import { detectFormatting } from '../../../server/src/engine/codeActions/formatting';

const levels = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => d.severity);
const messages = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => String(d.message));
const withSecurity = (defs: Record<string, unknown>) => swagger({}, { securityDefinitions: defs });
const withDefinitions = (definitions: Record<string, unknown>) => swagger({}, { definitions });
/** An operation posting `schema` as its body. */
const posting = (schema: unknown, definitions: Record<string, unknown> = {}) =>
  swagger({ '/a': { post: op('A', { parameters: [{ name: 'body', in: 'body', schema }] }) } }, { definitions });

describe('security-scheme-property-required', () => {
  const code = 'security-scheme-property-required';
  it('flags each member an apiKey or oauth2 flow lacks, at the definition\'s key (an error)', () => {
    const text = withSecurity({ key: { type: 'apiKey', in: 'header' }, oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/a' } });
    assert.deepEqual(covered(text, code), ['"key"', '"oauth"', '"oauth"']);
    assert.deepEqual(levels(text, code), [1, 1, 1]);
    assert.match(messages(text, code)[0], /"key" of type "apiKey" must have "name"/);
    assert.match(messages(text, code)[1], /flow "accessCode" must have "tokenUrl"/);
    assert.match(messages(text, code)[2], /must have "scopes"/);
  });
  it('adds an empty "scopes" (safe) and offers nothing for the URLs', () => {
    const text = withSecurity({ oauth: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://login.contoso.com/a' } });
    assert.equal(fixesOf(text, code)[0]![0].safe, true);
    const fixed = applyFix(text, code);
    assert.deepEqual(findings(fixed, code), []);
    assert.match(fixed, /"scopes": \{\}/);
    assert.equal(fixesOf(withSecurity({ k: { type: 'apiKey', in: 'query' } }), code)[0], undefined);
  });
  it('asks an oauth2 scheme for its flow first, and leaves complete, basic and unknown ones alone', () => {
    assert.deepEqual(covered(withSecurity({ o: { type: 'oauth2' } }), code), ['"o"']);
    assert.deepEqual(findings(withSecurity({
      b: { type: 'basic' }, k: { type: 'apiKey', name: 'X-Key', in: 'header' }, x: { type: 'custom' }, n: { type: 7 }, s: 'text',
      o: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {} },
    }), code), []);
  });
});

describe('security-scheme-property-not-valid', () => {
  const code = 'security-scheme-property-not-valid';
  it('flags members that do not belong to the type or flow, at the key (an error), and removes them', () => {
    const text = withSecurity({
      k: { type: 'apiKey', name: 'X-Key', in: 'header', scopes: {} },
      o: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {}, 'x-ms-note': 1 },
    });
    assert.deepEqual(covered(text, code), ['"scopes"', '"tokenUrl"']);
    assert.deepEqual(levels(text, code), [1, 1]);
    assert.equal(fixesOf(text, code)[1]![0].safe, false);
    const fixed = applyFix(text, code, 1);
    assert.ok(!fixed.includes('tokenUrl'));
    assert.deepEqual(covered(fixed, code), ['"scopes"']);
  });
  it('does not judge an oauth2 scheme whose flow is unknown', () => {
    assert.deepEqual(findings(withSecurity({ o: { type: 'oauth2', flow: 'device', whatever: 1 } }), code), []);
  });
});

describe('response-headers-are-not-unique', () => {
  const code = 'response-headers-are-not-unique';
  it('flags a header listed again with other case, in an operation\'s and a shared response (an error)', () => {
    const text = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', headers: { 'X-Id': { type: 'string' }, 'x-id': { type: 'string' }, ETag: { type: 'string' } } } } }) } },
      { responses: { Err: { description: 'E', headers: { Retry: { type: 'integer' }, RETRY: { type: 'integer' } } } } });
    assert.deepEqual(covered(text, code), ['"x-id"', '"RETRY"']);
    assert.deepEqual(levels(text, code), [1, 1]);
    assert.match(messages(text, code)[0], /as "X-Id"/);
  });
  it('flags an exact repeat of a key too, and is quiet on distinct names', () => {
    const text = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', headers: { A: { type: 'string' } } } } }) } })
      .replace('"A": {', '"A": { "type": "string" }, "A": {');
    assert.deepEqual(covered(text, code), ['"A"']);
    assert.deepEqual(findings(swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', headers: { A: {}, B: {} } } } }) } }), code), []);
  });
});

describe('operation-has-many-responses-with-schema', () => {
  const code = 'operation-has-many-responses-with-schema';
  it('warns once per operation, at the second response\'s "schema" key, following response $refs', () => {
    const text = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', schema: { type: 'object' } }, 201: { $ref: '#/responses/Made' }, 400: { description: 'Bad', schema: { type: 'object' } } } }) } },
      { responses: { Made: { description: 'Made', schema: { type: 'array', items: { type: 'string' } } } } });
    assert.deepEqual(covered(text, code), ['"201"']);
    assert.deepEqual(levels(text, code), [2]);
    assert.match(messages(text, code)[0], /"200", "201"; the designer/);
  });
  it('counts success responses only: not "default" (another rule\'s business), an error schema, nor a response without schema', () => {
    const text = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', schema: { type: 'object' } }, 202: { description: 'Accepted' }, 400: { description: 'Bad', schema: { type: 'object' } }, 404: { description: 'No' }, default: { description: 'E', schema: { type: 'object' } } } }) } });
    assert.deepEqual(findings(text, code), []);
  });
  it('is quiet when the success responses share one schema (200 and 202 of an asynchronous operation)', () => {
    const same = { $ref: '#/definitions/Job' };
    const text = swagger({ '/a': { post: op('A', { responses: { 200: { description: 'OK', schema: same }, 202: { description: 'Accepted', schema: same } } }) } },
      { definitions: { Job: { type: 'object' } } });
    assert.deepEqual(findings(text, code), []);
    const inline = swagger({ '/a': { post: op('A', { responses: { 200: { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string' } } } }, 202: { description: 'Accepted', schema: { type: 'object', properties: { id: { type: 'string' } } } } } }) } });
    assert.deepEqual(findings(inline, code), []);
  });
});

describe('required-read-only-property-not-allowed-as-input', () => {
  const code = 'required-read-only-property-not-allowed-as-input';
  it('flags "readOnly" of a required property of a body schema, through $refs (an error)', () => {
    const text = posting({ $ref: '#/definitions/Item' }, { Item: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { $ref: '#/definitions/Name' }, etag: { type: 'string', readOnly: true } } }, Name: { type: 'string', readOnly: true } });
    assert.deepEqual(covered(text, code), ['"readOnly"', '"readOnly"']);
    assert.deepEqual(levels(text, code), [1, 1]);
    assert.match(messages(text, code)[0], /Property "id" is sent in a request body/);
  });
  it('ignores response-only schemas, readOnly: false and loops of references', () => {
    const out = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Item' } } } }) } },
      { definitions: { Item: { type: 'object', required: ['id'], properties: { id: { type: 'string', readOnly: true } } } } });
    assert.deepEqual(findings(out, code), []);
    const loop = posting({ $ref: '#/definitions/A' }, { A: { type: 'object', required: ['b'], properties: { b: { $ref: '#/definitions/A' }, c: { type: 'string', readOnly: false } } } });
    assert.deepEqual(findings(loop, code), []);
  });
});

describe('property-must-be-required', () => {
  const code = 'property-must-be-required';
  const param = (extra: Record<string, unknown>) => swagger({ '/a': { get: op('A', { parameters: [{ name: 'v', in: 'query', type: 'string', 'x-ms-visibility': 'internal', default: '2', ...extra }] }) } });
  it('warns on an internal parameter with a default that is optional, at "required" or else the visibility value', () => {
    assert.deepEqual(covered(param({ required: false }), code), ['false']);
    assert.deepEqual(covered(param({}), code), ['"internal"']);
    assert.deepEqual(levels(param({}), code), [2]);
  });
  it('sets "required": true (not a safe fix: the default is then always sent)', () => {
    const text = param({ required: false });
    assert.equal(fixesOf(text, code)[0]![0].safe, false);
    const fixed = applyFix(text, code);
    assert.match(fixed, /"required": true/);
    assert.deepEqual(findings(fixed, code), []);
  });
  it('is quiet without a default, when visible, when required, and for body parameters', () => {
    assert.deepEqual(findings(param({ required: true }), code), []);
    assert.deepEqual(findings(param({ default: undefined }), code), []);
    assert.deepEqual(findings(param({ 'x-ms-visibility': 'advanced' }), code), []);
    assert.deepEqual(findings(swagger({ '/a': { post: op('A', { parameters: [{ name: 'b', in: 'body', 'x-ms-visibility': 'internal', default: {}, schema: {} }] }) } }), code), []);
  });
});

describe('internal-property-with-default-optional', () => {
  const code = 'internal-property-with-default-optional';
  it('warns on an internal body property with a default that is not required, at its visibility value', () => {
    const text = posting({ type: 'object', required: ['kept'], properties: { mode: { type: 'string', 'x-ms-visibility': 'internal', default: 'fast' }, kept: { type: 'string', 'x-ms-visibility': 'internal', default: 'x' }, free: { type: 'string', default: 'y' } } });
    assert.deepEqual(covered(text, code), ['"internal"']);
    assert.deepEqual(levels(text, code), [2]);
    assert.match(messages(text, code)[0], /"mode"/);
  });
  it('leaves response schemas alone', () => {
    const text = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', schema: { type: 'object', properties: { m: { type: 'string', 'x-ms-visibility': 'internal', default: 'a' } } } } } }) } });
    assert.deepEqual(findings(text, code), []);
  });
});

describe('discriminator-must-be-a-required-string-property', () => {
  const code = 'discriminator-must-be-a-required-string-property';
  it('flags a discriminator that is missing, not a string, or not required, at its value (an error)', () => {
    const text = withDefinitions({
      A: { type: 'object', discriminator: 'kind', properties: { kind: { type: 'string' } }, required: ['x'] },
      B: { type: 'object', discriminator: 'kind', properties: { kind: { type: 'integer' } }, required: ['kind'] },
      C: { type: 'object', discriminator: 'nope', properties: { kind: { type: 'string' } } },
      D: { type: 'object', discriminator: 42 },
    });
    assert.deepEqual(covered(text, code), ['"kind"', '"kind"', '"nope"', '42']);
    assert.deepEqual(levels(text, code), [1, 1, 1, 1]);
    assert.match(messages(text, code)[0], /is not in "required"/);
    assert.match(messages(text, code)[1], /is not of type "string"/);
    assert.deepEqual(fixesOf(text, code).map(f => f?.length ?? 0), [1, 0, 0, 0]);
  });
  it('adds the name to "required" (appended, or a new list) and is then quiet', () => {
    const appended = applyFix(withDefinitions({ A: { type: 'object', discriminator: 'kind', properties: { kind: { type: 'string' } }, required: ['x'] } }), code);
    assert.deepEqual(JSON.parse(appended).definitions.A.required, ['x', 'kind']);
    const created = applyFix(withDefinitions({ A: { type: 'object', discriminator: 'kind', properties: { kind: { $ref: '#/definitions/K' } } }, K: { type: 'string' } }), code);
    assert.deepEqual(JSON.parse(created).definitions.A.required, ['kind']);
    assert.deepEqual(findings(created, code), []);
  });
});

describe('required-loop-in-schema-not-allowed', () => {
  const code = 'required-loop-in-schema-not-allowed';
  it('flags the $ref that closes a loop of required properties (an error), also inside allOf', () => {
    const text = withDefinitions({
      A: { type: 'object', required: ['b'], properties: { b: { $ref: '#/definitions/B' } } },
      B: { allOf: [{ type: 'object', required: ['a'], properties: { a: { $ref: '#/definitions/A' } } }] },
      Self: { type: 'object', required: ['me'], properties: { me: { $ref: '#/definitions/Self' } } },
    });
    assert.deepEqual(covered(text, code), ['"#/definitions/A"', '"#/definitions/Self"']);
    assert.deepEqual(levels(text, code), [1, 1]);
    assert.match(messages(text, code)[0], /A → B → A/);
  });
  it('allows loops through optional properties and arrays', () => {
    const text = withDefinitions({
      Node: { type: 'object', required: ['children'], properties: { parent: { $ref: '#/definitions/Node' }, children: { type: 'array', items: { $ref: '#/definitions/Node' } } } },
    });
    assert.deepEqual(findings(text, code), []);
  });
});

describe('body-parameter-property-not-valid', () => {
  const code = 'body-parameter-property-not-valid';
  const body = (p: Record<string, unknown>) => swagger({ '/a': { post: op('A', { parameters: [{ name: 'body', in: 'body', ...p }] }) } });
  it('flags members other than name/in/description/required/schema/x-*, at the key (an error)', () => {
    const text = body({ type: 'object', schema: { type: 'object' }, 'x-ms-summary': 'Body', required: true });
    assert.deepEqual(covered(text, code), ['"type"']);
    assert.deepEqual(levels(text, code), [1]);
    const fixed = applyFix(text, code);
    assert.deepEqual(findings(fixed, code), []);
    assert.deepEqual(Object.keys(JSON.parse(fixed).paths['/a'].post.parameters[0]), ['name', 'in', 'schema', 'x-ms-summary', 'required']);
  });
  it('offers no removal when there is no schema (the member may be the only description), and skips other locations', () => {
    assert.equal(fixesOf(body({ type: 'string' }), code)[0], undefined);
    assert.deepEqual(findings(swagger({ '/a': { get: op('A', { parameters: [{ name: 'q', in: 'query', type: 'string' }] }) } }), code), []);
  });
});

describe('json-pointer-not-valid', () => {
  const code = 'json-pointer-not-valid';
  it('flags local references that are not JSON Pointers (an error)', () => {
    const text = posting({ type: 'object', properties: { a: { $ref: '#definitions/A' }, b: { $ref: '#/definitions/A~2' }, c: { $ref: '#/definitions/%zz' }, d: { $ref: '#/definitions/A' } } }, { A: { type: 'string' } });
    assert.deepEqual(covered(text, code), ['"#definitions/A"', '"#/definitions/A~2"', '"#/definitions/%zz"']);
    assert.deepEqual(levels(text, code), [1, 1, 1]);
  });
  it('leaves valid pointers (with ~1, %20) and external references alone', () => {
    const text = posting({ type: 'object', properties: { a: { $ref: '#/definitions/a~1b' }, b: { $ref: '#/definitions/a%20b' }, c: { $ref: 'other.json#/X' } } });
    assert.deepEqual(findings(text, code), []);
  });
});

describe('response-example-must-be-produced-by-operation', () => {
  const code = 'response-example-must-be-produced-by-operation';
  const withExample = (produces: Record<string, unknown>, examples: Record<string, unknown>) =>
    swagger({ '/a': { get: op('A', { ...produces, responses: { 200: { description: 'OK', examples } } }) } });
  it('flags an example keyed by a type the operation does not produce (an error), at its key', () => {
    const text = withExample({ produces: ['application/json; charset=utf-8'] }, { 'application/json': { a: 1 }, 'text/xml': '<a/>' });
    assert.deepEqual(covered(text, code), ['"text/xml"']);
    assert.deepEqual(levels(text, code), [1]);
    assert.match(messages(text, code)[0], /"application\/json"/);
  });
  it('uses the root "produces" when the operation has none, and says nothing when neither exists', () => {
    const root = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', examples: { 'text/plain': 'x' } } } }) } }, { produces: ['application/json'] });
    assert.deepEqual(covered(root, code), ['"text/plain"']);
    assert.deepEqual(findings(withExample({}, { 'text/plain': 'x' }), code), []);
  });
});

describe('invalid-custom-editor-extension-dictionary-value', () => {
  const code = 'invalid-custom-editor-extension-dictionary-value';
  it('flags "dictionary" on a schema that is not an object allowing additional properties, at the value (an error)', () => {
    const text = withDefinitions({
      S: { type: 'string', 'x-ms-editor': 'dictionary' },
      O: { type: 'object', 'x-ms-editor': 'dictionary' },
      F: { type: 'object', additionalProperties: false, 'x-ms-editor': 'dictionary' },
      Ok: { type: 'object', additionalProperties: { type: 'string' }, 'x-ms-editor': 'dictionary' },
      Other: { type: 'string', 'x-ms-editor': 'code' },
    });
    assert.deepEqual(covered(text, code), ['"dictionary"', '"dictionary"', '"dictionary"']);
    assert.deepEqual(levels(text, code), [1, 1, 1]);
    assert.match(messages(text, code)[0], /of type "string"/);
    assert.match(messages(text, code)[2], /forbids them/);
  });
});

describe('host-name-not-valid: moving a path to basePath (one fix, two edits)', () => {
  const code = 'host-name-not-valid';
  it('sets host to the bare name and basePath to the path, when basePath is "/" (not a safe fix)', () => {
    const text = swagger({}, { host: 'api.contoso.com/v2/' });
    const fix = fixesOf(text, code)[0]![0];
    assert.equal(fix.kind, 'all');
    assert.equal(fix.safe, false);
    assert.equal(fix.title, 'Change host to "api.contoso.com" and basePath to "/v2"');
    const fixed = applyFix(text, code);
    assert.deepEqual([JSON.parse(fixed).host, JSON.parse(fixed).basePath], ['api.contoso.com', '/v2']);
    assert.deepEqual(findings(fixed, code), []);
    // Only the two values change: every other byte is kept.
    assert.equal(fixed, text.replace('"api.contoso.com/v2/"', '"api.contoso.com"').replace('"basePath": "/"', '"basePath": "/v2"'));
  });
  it('adds basePath when there is none, and drops a scheme on the way', () => {
    const text = JSON.stringify({ swagger: '2.0', info: { title: 'C', version: '1' }, host: 'https://api.contoso.com/v1/items', paths: {} }, null, 2);
    const fixed = applyFix(text, code);
    assert.deepEqual([JSON.parse(fixed).host, JSON.parse(fixed).basePath], ['api.contoso.com', '/v1/items']);
    assert.deepEqual(findings(fixed, code), []);
  });
  it('withholds it when basePath holds another path, or is not a string', () => {
    assert.deepEqual(fixesOf(swagger({}, { host: 'api.contoso.com/v2', basePath: '/v2' }), code), [undefined]);
    assert.deepEqual(fixesOf(swagger({}, { host: 'api.contoso.com/v2', basePath: 7 }), code), [undefined]);
  });
  it('is all or nothing: when one anchor moved (the text changed since validation), no edit at all', () => {
    const text = swagger({}, { host: 'api.contoso.com/v2' });
    const fix = fixesOf(text, code)[0]![0];
    const changed = text.replace('"basePath": "/"', '"basePath": "/x"');
    assert.deepEqual(fixToEdits(changed, fix, detectFormatting(changed)), []);
    assert.ok(fixToEdits(text, fix, detectFormatting(text)).length === 2);
  });
  it('accepts the shape back from a client only with 1 to 8 plain parts', () => {
    const fix = fixesOf(swagger({}, { host: 'api.contoso.com/v2' }), code)[0]![0];
    assert.equal(isFixData(JSON.parse(JSON.stringify(fix))), true);
    assert.equal(isFixData({ kind: 'all', title: 't', fixes: [] }), false);
    assert.equal(isFixData({ kind: 'all', title: 't', fixes: [fix] }), false);
    assert.equal(isFixData({ kind: 'all', title: 't', fixes: Array(9).fill((fix as { fixes: unknown[] }).fixes[0]) }), false);
    assert.equal(isFixData({ kind: 'all', title: 't', fixes: [{ kind: 'set' }] }), false);
  });
});

describe('additional-property-not-allowed', () => {
  const code = 'additional-property-not-allowed';
  it('flags members Swagger 2.0 does not define, at the key (an error), through every kind of object', () => {
    const text = swagger({ '/a': { get: op('A', {
      parameters: [{ name: 'q', in: 'query', type: 'string', example: 'x' }],
      responses: { 200: { description: 'OK', schema: { type: 'object', nullable: true, properties: { p: { type: 'string', oneOf: [] } } } } },
    }) } }, { info: { title: 'C', version: '1', logo: 'x' }, securityDefinitions: { k: { type: 'apiKey', name: 'k', in: 'header', secret: 1 } } });
    // Document order: the op() helper writes "responses" before "parameters".
    assert.deepEqual(covered(text, code), ['"logo"', '"nullable"', '"oneOf"', '"example"', '"secret"']);
    assert.deepEqual(levels(text, code), [1, 1, 1, 1, 1]);
    assert.match(messages(text, code)[3], /not a Swagger 2\.0 member of a parameter/);
    const fixed = applyFix(text, code, 1);
    assert.ok(!fixed.includes('nullable'));
    assert.equal(covered(fixed, code).length, 4);
  });
  it('warns on a member in the wrong case and renames it (withheld when the real one is there)', () => {
    const text = swagger({}, { basepath: '/v1' }).replace('"basePath": "/",', '');
    assert.deepEqual(covered(text, code), ['"basepath"']);
    assert.deepEqual(levels(text, code), [2]);
    const fixed = applyFix(text, code);
    assert.equal(JSON.parse(fixed).basePath, '/v1');
    assert.deepEqual(findings(fixed, code), []);
    assert.deepEqual(fixesOf(swagger({}, { basepath: '/v1' }), code), [undefined]);
  });
  it('allows x- extensions everywhere, names in maps, example payloads, $ref objects and body parameters (their own rule)', () => {
    const text = swagger({ '/a': { 'x-ms-notification-content': { whatever: 1 }, post: op('A', {
      'x-ms-visibility': 'important',
      parameters: [{ name: 'b', in: 'body', schema: { $ref: '#/definitions/T' }, type: 'object' }, { $ref: '#/parameters/P' }],
      responses: { 200: { description: 'OK', examples: { 'application/json': { anything: { goes: 1 } } }, headers: { 'X-Id': { type: 'string' } } }, default: { description: 'E' } },
    }) } }, { definitions: { T: { type: 'object', properties: { nullable: { type: 'string', default: { odd: 1 }, example: { any: 1 } } } } }, parameters: { P: { name: 'p', in: 'query', type: 'string' } } });
    assert.deepEqual(findings(text, code), []);
  });
});

describe('extension-name-not-valid', () => {
  const code = 'extension-name-not-valid';
  it('flags keys written like an extension without the exact "x-" prefix (an error) and renames them', () => {
    const text = swagger({ '/a': { get: op('A', { X_custom: 1, 'xms-owner': 'me' }) } });
    assert.deepEqual(covered(text, code), ['"X_custom"', '"xms-owner"']);
    assert.deepEqual(levels(text, code), [1, 1]);
    assert.match(messages(text, code)[0], /e\.g\. "x-custom"/);
    const fixed = applyFix(text, code);
    assert.match(fixed, /"x-custom": 1/);
    assert.deepEqual(covered(fixed, code), ['"xms-owner"']);
  });
  it('leaves known x-ms names in another case to extension-name-misspelled, and other unknown keys to additional-property-not-allowed', () => {
    const text = swagger({ '/a': { get: op('A', { 'X-ms-visibility': 'internal', owner: 'me' }) } });
    assert.deepEqual(findings(text, code), []);
    assert.deepEqual(covered(text, 'extension-name-misspelled'), ['"X-ms-visibility"']);
    assert.deepEqual(covered(text, 'additional-property-not-allowed'), ['"owner"']);
  });
});

describe('json-type-incorrect', () => {
  const code = 'json-type-incorrect';
  it('flags values of the wrong JSON type, at the value (an error)', () => {
    const text = swagger({ '/a': { get: op('A', {
      tags: 'items', deprecated: 'true',
      parameters: [{ name: 'q', in: 'query', type: 'string', required: 'true', maxLength: '50', minimum: 1.5 }],
      responses: { 200: { description: 'OK', schema: { type: 'object', required: 'id', properties: [] } } },
    }) } }, { schemes: 'https', info: { title: 7, version: '1' } });
    assert.deepEqual(covered(text, code), ['7', '"https"', '"id"', '[]', '"items"', '"true"', '"true"', '"50"']);
    assert.deepEqual(levels(text, code), [1, 1, 1, 1, 1, 1, 1, 1]);
    assert.match(messages(text, code)[5], /"deprecated" must be a boolean, but this value is a string \(remove the quotes\?\)/);
    assert.match(messages(text, code)[7], /"maxLength" must be an integer/);
  });
  it('accepts integers for numbers, a type list, a boolean or schema additionalProperties, schema or list items; never throws on odd shapes', () => {
    const text = withDefinitions({ A: { type: ['string', 'null'], maximum: 5, additionalProperties: false }, B: { type: 'array', items: [{ type: 'string' }] }, C: { additionalProperties: { type: 'string' } } });
    assert.deepEqual(findings(text, code), []);
    assert.deepEqual(covered(swagger({}, { paths: [] }), code), ['[]']);
    assert.deepEqual(covered(swagger({ '/a': 5 }), code), ['5']);
  });
});
