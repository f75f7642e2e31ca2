// One describe per swagger rule: a hit (exact range = the covered text, severity, message), a miss, and the fix.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFix, covered, diagnose, findings, fixesOf, op, pathParam, swagger } from './helpers';

const severities = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => d.severity);

describe('operation-id-not-unique', () => {
  const text = swagger({ '/a': { get: op('GetItem') }, '/b': { get: op('GetItem') }, '/c': { get: op('GetItem2') } });
  it('flags every repeat (not the first) on its operationId value', () => {
    const lines = findings(text, 'operation-id-not-unique');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^\d+:\d+-\d+:\d+ error operation-id-not-unique \["GetItem"\] operationId "GetItem" is already used by "GetItem" \(GET \/a\)/);
    assert.ok(text.indexOf('"GetItem"', text.indexOf('"/b"')) > 0);
    assert.equal(diagnose(text).find(d => d.code === 'operation-id-not-unique')!.range.start.line + 1, text.slice(0, text.indexOf('"GetItem"', text.indexOf('"/b"'))).split('\n').length);
  });
  it('renames to a free id (GetItem2 is taken: GetItem3), not in fix-all', () => {
    const fixed = applyFix(text, 'operation-id-not-unique');
    assert.ok(fixed.includes('"operationId": "GetItem3"'));
    assert.equal(fixesOf(text, 'operation-id-not-unique')[0]![0].safe, false);
    assert.deepEqual(findings(fixed, 'operation-id-not-unique'), []);
  });
  it('is quiet on unique ids', () => assert.deepEqual(findings(swagger({ '/a': { get: op('A'), post: op('B') } }), 'operation-id-not-unique'), []));
});

describe('operation-id-required', () => {
  it('flags the method key of an operation without operationId', () => {
    const text = swagger({ '/a': { get: { summary: 'x', responses: { 200: { description: 'OK' } } }, post: op('Make') } });
    assert.deepEqual(covered(text, 'operation-id-required'), ['"get"']);
    assert.match(findings(text, 'operation-id-required')[0], /Operation GET \/a has no "operationId"/);
  });
  it('ignores path-item members that are not operations', () => {
    assert.deepEqual(findings(swagger({ '/a': { parameters: [], 'x-ms-notification-content': {}, get: op('A') } }), 'operation-id-required'), []);
  });
});

describe('path-parameter-must-be-required', () => {
  it('points at "required": false and sets it to true (safe)', () => {
    const text = swagger({ '/a/{id}': { get: op('A', { parameters: [pathParam('id', { required: false })] }) } });
    assert.deepEqual(covered(text, 'path-parameter-must-be-required'), ['false']);
    const fixed = applyFix(text, 'path-parameter-must-be-required');
    assert.ok(fixed.includes('"required": true'));
    assert.equal(fixed.length, text.length - 1);
    assert.equal(fixesOf(text, 'path-parameter-must-be-required')[0]![0].safe, true);
  });
  it('points at the name when "required" is missing, and inserts it', () => {
    const p = pathParam('id'); delete (p as Record<string, unknown>).required;
    const text = swagger({ '/a/{id}': { get: op('A', { parameters: [p] }) } });
    assert.deepEqual(covered(text, 'path-parameter-must-be-required'), ['"id"']);
    assert.deepEqual(findings(applyFix(text, 'path-parameter-must-be-required'), 'path-parameter-must-be-required'), []);
  });
  it('reports a shared #/parameters definition once, at the definition', () => {
    const text = swagger({ '/a/{id}': { get: op('A', { parameters: [{ $ref: '#/parameters/Id' }] }), put: op('B', { parameters: [{ $ref: '#/parameters/Id' }] }) } },
      { parameters: { Id: { name: 'id', in: 'path', type: 'string', 'x-ms-url-encoding': 'single' } } });
    assert.deepEqual(covered(text, 'path-parameter-must-be-required'), ['"id"']);
    assert.ok(applyFix(text, 'path-parameter-must-be-required').includes('"x-ms-url-encoding": "single",\n      "required": true'));
  });
  it('is quiet on required path parameters and on query parameters', () => {
    assert.deepEqual(findings(swagger({ '/a/{id}': { get: op('A', { parameters: [pathParam('id'), { name: 'q', in: 'query', type: 'string' }] }) } }), 'path-parameter-must-be-required'), []);
  });
});

describe('path-parameter-not-defined-in-template', () => {
  it('flags a path parameter missing from the path, with a case hint', () => {
    const text = swagger({ '/a/{ID}': { get: op('A', { parameters: [pathParam('id'), pathParam('ID')] }) } });
    assert.deepEqual(covered(text, 'path-parameter-not-defined-in-template'), ['"id"']);
    assert.match(findings(text, 'path-parameter-not-defined-in-template')[0], /The path has "\{ID\}": names are case-sensitive/);
  });
  it('is quiet when every path parameter is in the template', () => {
    assert.deepEqual(findings(swagger({ '/a/{id}': { get: op('A', { parameters: [pathParam('id')] }) } }), 'path-parameter-not-defined-in-template'), []);
  });
});

describe('operation-missing-path-parameter', () => {
  it('flags the {name} inside the path key, naming the operations without it', () => {
    const text = swagger({ '/a/{id}/b': { get: op('A', { parameters: [pathParam('id')] }), post: op('B') } });
    assert.deepEqual(covered(text, 'operation-missing-path-parameter'), ['id']);
    assert.match(findings(text, 'operation-missing-path-parameter')[0], /no path parameter named "id" in operation "B"/);
  });
  it('accepts a path-level parameter for every operation', () => {
    assert.deepEqual(findings(swagger({ '/a/{id}': { parameters: [pathParam('id')], get: op('A'), post: op('B') } }), 'operation-missing-path-parameter'), []);
  });
});

describe('path-parameter-missing-encoding', () => {
  const p = pathParam('id'); delete (p as Record<string, unknown>)['x-ms-url-encoding'];
  const text = swagger({ '/a/{id}': { get: op('A', { parameters: [p] }) } });
  it('warns on the parameter name and adds "x-ms-url-encoding": "single"', () => {
    assert.deepEqual(covered(text, 'path-parameter-missing-encoding'), ['"id"']);
    assert.deepEqual(severities(text, 'path-parameter-missing-encoding'), [2]);
    const fixed = applyFix(text, 'path-parameter-missing-encoding');
    assert.ok(fixed.includes('"type": "string",\n            "x-ms-url-encoding": "single"\n'));
    assert.deepEqual(findings(fixed, 'path-parameter-missing-encoding'), []);
  });
  it('accepts "double" too', () => {
    assert.deepEqual(findings(swagger({ '/a/{id}': { get: op('A', { parameters: [pathParam('id', { 'x-ms-url-encoding': 'double' })] }) } }), 'path-parameter-missing-encoding'), []);
  });
});

describe('schema-, parameter- and response-reference-not-found', () => {
  const text = swagger({
    '/a': { post: op('A', {
      parameters: [{ $ref: '#/parameters/Nope' }, { name: 'body', in: 'body', schema: { $ref: '#/definitions/Missing' } }],
      responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Thing' } }, 404: { $ref: '#/responses/Gone' } },
    }) },
  }, { definitions: { Thing: { type: 'object', properties: { child: { $ref: '#/definitions/Thing/properties/name' }, name: { type: 'string' } } } } });
  it('flags each dangling $ref value under its own code', () => {
    assert.deepEqual(covered(text, 'schema-reference-not-found'), ['"#/definitions/Missing"']);
    assert.deepEqual(covered(text, 'parameter-reference-not-found'), ['"#/parameters/Nope"']);
    assert.deepEqual(covered(text, 'response-reference-not-found'), ['"#/responses/Gone"']);
    assert.match(findings(text, 'schema-reference-not-found')[0], /"definitions" has no "Missing"/);
  });
  it('follows pointers into a definition and decodes ~1 and %20', () => {
    const t = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/a~1b%20c' } } } }) } }, { definitions: { 'a/b c': { type: 'string' } } });
    assert.deepEqual(findings(t, 'schema-reference-not-found'), []);
  });
});

describe('operation-summary-too-long', () => {
  it('warns from 120 characters on the summary value', () => {
    const long = 'x'.repeat(120);
    const text = swagger({ '/a': { get: op('A', { summary: long }) }, '/b': { get: op('B', { summary: 'y'.repeat(119) }) } });
    assert.deepEqual(covered(text, 'operation-summary-too-long'), [JSON.stringify(long)]);
    assert.deepEqual(severities(text, 'operation-summary-too-long'), [2]);
  });
});

describe('default-response-has-schema', () => {
  const text = swagger({ '/a': { get: op('A', { responses: { 200: { description: 'OK' }, default: { description: 'Error', schema: { type: 'object' } } } }) } });
  it('points at the schema key and removes it', () => {
    assert.deepEqual(covered(text, 'default-response-has-schema'), ['"schema"']);
    const fixed = applyFix(text, 'default-response-has-schema');
    assert.ok(fixed.includes('"default": {\n            "description": "Error"\n          }'));
  });
  it('is quiet on a default response without schema', () => {
    assert.deepEqual(findings(swagger({ '/a': { get: op('A', { responses: { default: { description: 'x' } } }) } }), 'default-response-has-schema'), []);
  });
});

describe('path-item-ref-not-suppored', () => {
  it('flags "$ref" in a path item', () => {
    assert.deepEqual(covered(swagger({ '/a': { $ref: 'other.json#/a' } }), 'path-item-ref-not-suppored'), ['"$ref"']);
    assert.deepEqual(findings(swagger({ '/a': { get: op('A') } }), 'path-item-ref-not-suppored'), []);
  });
});

describe('specification-version-incorrect', () => {
  it('flags a number 2 and fixes it to the string "2.0"', () => {
    const text = swagger({}, { swagger: 2 });
    assert.deepEqual(covered(text, 'specification-version-incorrect'), ['2']);
    assert.ok(applyFix(text, 'specification-version-incorrect').startsWith('{\n  "swagger": "2.0",'));
  });
  it('flags "3.0.1" without a fix, and accepts "2.0"', () => {
    assert.deepEqual(fixesOf(swagger({}, { swagger: '3.0.1' }), 'specification-version-incorrect'), [undefined]);
    assert.deepEqual(findings(swagger({}), 'specification-version-incorrect'), []);
  });
});

describe('base-path-not-valid', () => {
  it('flags a basePath without "/" and adds it', () => {
    const text = swagger({}, { basePath: 'api/v1' });
    assert.deepEqual(covered(text, 'base-path-not-valid'), ['"api/v1"']);
    assert.ok(applyFix(text, 'base-path-not-valid').includes('"basePath": "/api/v1"'));
  });
  it('keeps only the path of a URL', () => {
    assert.ok(applyFix(swagger({}, { basePath: 'https://api.contoso.com/v2' }), 'base-path-not-valid').includes('"basePath": "/v2"'));
    assert.deepEqual(findings(swagger({}, { basePath: '/v2' }), 'base-path-not-valid'), []);
  });
});

describe('host-name-not-valid', () => {
  it('flags a host with a scheme and strips it', () => {
    const text = swagger({}, { host: 'https://api.contoso.com/' });
    assert.deepEqual(covered(text, 'host-name-not-valid'), ['"https://api.contoso.com/"']);
    assert.ok(applyFix(text, 'host-name-not-valid').includes('"host": "api.contoso.com"'));
  });
  it('withholds the fix when basePath already holds another path (moving it is swschema.test.ts); accepts host:port and templated hosts', () => {
    assert.deepEqual(fixesOf(swagger({}, { host: 'api.contoso.com/v1', basePath: '/v2' }), 'host-name-not-valid'), [undefined]);
    assert.match(findings(swagger({}, { host: 'api.contoso.com/v1' }), 'host-name-not-valid')[0], /with "\/v1" in "basePath"/);
    assert.deepEqual(findings(swagger({}, { host: 'localhost:8080' }), 'host-name-not-valid'), []);
    assert.deepEqual(findings(swagger({}, { host: '{region}.contoso.com' }), 'host-name-not-valid'), []);
  });
});

describe('operation paths', () => {
  it('operation-path-must-start-with-slash: flags the key and adds "/"', () => {
    const text = swagger({ 'items': { get: op('A') } });
    assert.deepEqual(covered(text, 'operation-path-must-start-with-slash'), ['"items"']);
    assert.ok(applyFix(text, 'operation-path-must-start-with-slash').includes('"/items": {'));
  });
  it('operation-path-may-not-contain-query-or-fragment: covers from "?" to the end', () => {
    assert.deepEqual(covered(swagger({ '/items?api-version=1': { get: op('A') } }), 'operation-path-may-not-contain-query-or-fragment'), ['?api-version=1']);
    assert.deepEqual(findings(swagger({ '/items': { get: op('A') } }), 'operation-path-may-not-contain-query-or-fragment'), []);
  });
  it('operation-path-contains-unsupported-characters: covers the "*"', () => {
    assert.deepEqual(covered(swagger({ '/files/*': { get: op('A') } }), 'operation-path-contains-unsupported-characters'), ['*']);
  });
  it('path-redefined: flags the second path of a case-insensitive pair', () => {
    assert.deepEqual(covered(swagger({ '/Items': { get: op('A') }, '/items': { post: op('B') } }), 'path-redefined'), ['"/items"']);
    assert.deepEqual(findings(swagger({ '/a': { get: op('A') }, '/b': { get: op('B') } }), 'path-redefined'), []);
  });
});

describe('parameters', () => {
  it('connection-id-parameter-not-allowed: flags the name', () => {
    assert.deepEqual(covered(swagger({ '/a': { get: op('A', { parameters: [{ name: 'connectionId', in: 'query', type: 'string' }] }) } }), 'connection-id-parameter-not-allowed'), ['"connectionId"']);
  });
  it('body-or-form-data-parameter-in-fetch-operation-not-allowed: warns on a GET body', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [{ name: 'payload', in: 'body', schema: { type: 'object' } }] }), post: op('B', { parameters: [{ name: 'payload', in: 'body', schema: {} }] }) } });
    assert.deepEqual(covered(text, 'body-or-form-data-parameter-in-fetch-operation-not-allowed'), ['"payload"']);
    assert.deepEqual(severities(text, 'body-or-form-data-parameter-in-fetch-operation-not-allowed'), [2]);
  });
  it('operation-parameters-contain-multiple-body-parameters: flags the second body', () => {
    const text = swagger({ '/a': { post: op('A', { parameters: [{ name: 'one', in: 'body', schema: {} }, { name: 'two', in: 'body', schema: {} }] }) } });
    assert.deepEqual(covered(text, 'operation-parameters-contain-multiple-body-parameters'), ['"two"']);
  });
  it('operation-parameters-contain-duplicate-parameter: same name and location, not same name elsewhere', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [{ name: 'q', in: 'query', type: 'string' }, { name: 'q', in: 'header', type: 'string' }, { name: 'q', in: 'query', type: 'integer' }] }) } });
    assert.equal(covered(text, 'operation-parameters-contain-duplicate-parameter').length, 1);
    assert.match(findings(text, 'operation-parameters-contain-duplicate-parameter')[0], /lists the query parameter "q" twice/);
  });
  it('query-parameter-encoding-not-supported: warns on the key and removes it', () => {
    const text = swagger({ '/a': { get: op('A', { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-url-encoding': 'single' }] }) } });
    assert.deepEqual(covered(text, 'query-parameter-encoding-not-supported'), ['"x-ms-url-encoding"']);
    assert.ok(!applyFix(text, 'query-parameter-encoding-not-supported').includes('x-ms-url-encoding'));
  });
});

describe('operation-must-have-response', () => {
  it('warns on the method key without responses, on the responses key when empty', () => {
    const text = swagger({ '/a': { get: { operationId: 'A' }, post: { operationId: 'B', responses: {} }, put: op('C') } });
    assert.deepEqual(covered(text, 'operation-must-have-response'), ['"get"', '"responses"']);
    assert.deepEqual(severities(text, 'operation-must-have-response'), [2, 2]);
  });
});

describe('security-requirement-must-be-defined', () => {
  it('warns on a requirement name that securityDefinitions lacks', () => {
    const text = swagger({ '/a': { get: op('A', { security: [{ oauth: [] }] }) } }, { securityDefinitions: { oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://x', tokenUrl: 'https://x', scopes: {} } }, security: [{ oauth2_auth: [] }] });
    assert.deepEqual(covered(text, 'security-requirement-must-be-defined'), ['"oauth"']);
    assert.match(findings(text, 'security-requirement-must-be-defined')[0], /use one of "oauth2_auth"/);
  });
});

describe('operation-id-not-found and operation-parameter-name-not-found (x-ms-dynamic-*)', () => {
  const text = swagger({
    '/lists': { get: op('GetLists', { parameters: [{ name: 'site', in: 'query', type: 'string' }] }) },
    '/items': { post: op('AddItem', { parameters: [
      { name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetList', 'value-path': 'id' } },
      { name: 'view', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetLists', parameters: { Site: { parameter: 'list' } }, 'value-path': 'id' } },
      { name: 'body', in: 'body', schema: { 'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {}, 'value-path': 'schema' } } },
    ] }) },
  });
  it('flags the unknown operationId and suggests the closest one', () => {
    assert.deepEqual(covered(text, 'operation-id-not-found'), ['"GetList"', '"GetSchema"']);
    assert.match(findings(text, 'operation-id-not-found')[0], /x-ms-dynamic-values calls operation "GetList", which this swagger does not define; did you mean "GetLists"\?/);
    assert.ok(applyFix(text, 'operation-id-not-found').includes('"operationId": "GetLists",\n              "value-path": "id"'));
    assert.deepEqual(fixesOf(text, 'operation-id-not-found')[1], undefined);
  });
  it('flags a parameter the called operation lacks, with the case hint', () => {
    assert.deepEqual(covered(text, 'operation-parameter-name-not-found'), ['"Site"']);
    assert.match(findings(text, 'operation-parameter-name-not-found')[0], /it has "site": names are case-sensitive/);
  });
});

describe('json-value-not-in-enum (x-ms-visibility, x-ms-url-encoding, x-ms-trigger)', () => {
  const text = swagger({ '/a/{id}': { get: op('A', { 'x-ms-visibility': 'hidden', 'x-ms-trigger': 'Batch', parameters: [pathParam('id', { 'x-ms-url-encoding': 'triple' })] }) } });
  it('errors on values outside the set, warns on case-only ones, fixes the case', () => {
    assert.deepEqual(covered(text, 'json-value-not-in-enum'), ['"hidden"', '"Batch"', '"triple"']);
    assert.deepEqual(severities(text, 'json-value-not-in-enum'), [1, 2, 1]);
    assert.deepEqual(fixesOf(text, 'json-value-not-in-enum').map(f => f?.[0].title), [undefined, 'Change to "batch"', undefined]);
    assert.ok(applyFix(text, 'json-value-not-in-enum', 1).includes('"x-ms-trigger": "batch"'));
  });
  it('ignores an x-ms-visibility that is the name of a schema property', () => {
    const t = swagger({}, { definitions: { T: { type: 'object', properties: { 'x-ms-visibility': { type: 'string' } } } } });
    assert.deepEqual(findings(t, 'json-value-not-in-enum'), []);
  });
});

describe('extension-name-misspelled', () => {
  it('flags x-ms-visibilty, x-ms-summmary and "x-ms  -summary", and renames them', () => {
    const text = swagger({ '/a': { get: op('A', { 'x-ms-visibilty': 'advanced', parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-summmary': 'Query', description: 'd' }, { name: 'r', in: 'query', type: 'string', 'x-ms  -summary': 'R' }] }) } });
    assert.deepEqual(covered(text, 'extension-name-misspelled'), ['"x-ms-visibilty"', '"x-ms-summmary"', '"x-ms  -summary"']);
    const fixed = applyFix(text, 'extension-name-misspelled', 1);
    assert.ok(fixed.includes('"x-ms-summary": "Query"'));
    assert.deepEqual(covered(fixed, 'extension-name-misspelled'), ['"x-ms-visibilty"', '"x-ms  -summary"']);
  });
  it('withholds the rename when the object already has the real key', () => {
    const text = swagger({ '/a': { get: op('A', { 'x-ms-visibility': 'advanced', 'x-ms-visibilty': 'advanced' }) } });
    assert.deepEqual(fixesOf(text, 'extension-name-misspelled'), [undefined]);
    assert.match(findings(text, 'extension-name-misspelled')[0], /also has "x-ms-visibility": keep one of them/);
  });
  it('leaves known extensions, other x- keys, header names and examples alone', () => {
    const text = swagger({ '/a': { get: op('A', { 'x-ms-enum-values': [], 'x-nullable': true, responses: { 200: { description: 'OK', headers: { 'x-ms-request-idd': { type: 'string' } }, examples: { 'application/json': { 'x-ms-summry': 1 } } } } }) } });
    assert.deepEqual(findings(text, 'extension-name-misspelled'), []);
  });
});

describe('swagger validation as a whole', () => {
  it('returns a problem and no diagnostics for text that is not a JSON object', async () => {
    const { validateSwaggerText } = await import('../../../server/src/engine/swaggerRules/validate');
    const settings = { validate: true, rules: {}, profile: 'auto' as const };
    assert.deepEqual(validateSwaggerText('file:///s.json', '[1]', { settings, profile: 'custom' }), { diagnostics: [], problem: 'the swagger is not a JSON object' });
    assert.equal(validateSwaggerText('file:///s.json', '{ "paths": ', { settings, profile: 'custom' }).problem, 'the swagger is not valid JSON');
    assert.equal(validateSwaggerText('file:///s.json', '['.repeat(100000), { settings, profile: 'custom' }).diagnostics.length, 0);
  });
  it('honours rule levels from settings and carries ruleId, validatorName and the doc link', () => {
    const text = swagger({ '/a': { get: op('X') }, '/b': { get: op('X') } });
    assert.deepEqual(findings(text, 'operation-id-not-unique', { rules: { 'operation-id-not-unique': 'off' } }), []);
    const [d] = diagnose(text, { rules: { 'operation-id-not-unique': 'hint' } }).filter(x => x.code === 'operation-id-not-unique');
    assert.equal(d.severity, 4);
    assert.equal(d.source, 'pp-connector');
    assert.deepEqual({ ruleId: (d.data as Record<string, unknown>).ruleId, validatorName: (d.data as Record<string, unknown>).validatorName }, { ruleId: 'operation-id-not-unique', validatorName: 'OperationIdNotUnique' });
    assert.ok(d.codeDescription!.href.endsWith('/operation-id-not-unique.md'));
  });
  it('keeps offsets exact after a BOM and with comments', () => {
    const text = '\uFEFF{\n  // c\n  "paths": { "/a": { "get": { "operationId": "A", "responses": {"200": {"description": "x"}} }, "post": { "operationId": "A", "responses": {"200": {"description": "x"}} } } }\n}';
    assert.deepEqual(covered(text, 'operation-id-not-unique'), ['"A"']);
    assert.equal(diagnose(text).find(d => d.code === 'operation-id-not-unique')!.range.start.character, text.split('\n')[2].lastIndexOf('"A"'));
  });
});
