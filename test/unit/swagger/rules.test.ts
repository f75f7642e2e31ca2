// Each cross-file rule: a hit with its exact range and message, and a miss.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'node:fs';
import { parseSwagger } from '../../../server/src/engine/swagger/swaggerModel';
import type { SwaggerContext } from '../../../server/src/engine/swagger/types';
import { fixture, swaggerDiagnostics } from './helpers';

const SWAGGER_URI = 'file:///c/apiDefinition.swagger.json';
const pairedSwaggerText = fs.readFileSync(fixture('paired', 'apiDefinition.swagger.json'), 'utf8');
const pairedProps = fs.readFileSync(fixture('paired', 'apiProperties.json'), 'utf8');
const paired = parseSwagger(SWAGGER_URI, pairedSwaggerText);

function swagger(securityDefinitions: unknown, paths: unknown = { '/x': { get: { operationId: 'GetX' } } }): SwaggerContext {
  return parseSwagger(SWAGGER_URI, JSON.stringify({ swagger: '2.0', paths, securityDefinitions }));
}
const props = (properties: unknown) => JSON.stringify({ properties }, null, 2);
const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** The offset span of a range: a fix is anchored at the node its diagnostic flags. */
function spanOf(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  const doc = TextDocument.create('file:///x.json', 'json', 1, text);
  return { offset: doc.offsetAt(range.start), length: doc.offsetAt(range.end) - doc.offsetAt(range.start) };
}

test('the paired fixture is clean: no cross-file finding', async () => {
  assert.deepEqual(await swaggerDiagnostics(pairedProps, paired), []);
});

test('without a swagger context the cross-file rules stay silent', async () => {
  assert.deepEqual(await swaggerDiagnostics(pairedProps.replace('"GetWidget"', '"Nope"'), undefined), []);
});

test('operation-id-unknown: exact range, closest id and a fix', async () => {
  const text = pairedProps.replace('"DeleteWidget"', '"deleteWidgets"');
  const [d, ...rest] = await swaggerDiagnostics(text, paired);
  assert.equal(rest.length, 0);
  assert.equal(d.code, 'operation-id-unknown');
  assert.equal(d.severity, 2);
  assert.equal(d.text, '"deleteWidgets"');
  assert.deepEqual(d.range, range(53, 12, 53, 27));
  assert.equal(d.message, '"deleteWidgets" is not an operationId in apiDefinition.swagger.json, so this policy never applies to it. Did you mean "DeleteWidget"?');
  assert.deepEqual(d.data.fixes, [{ kind: 'set', path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplate-operationName', 1], at: spanOf(text, d.range), value: 'DeleteWidget', title: 'Change to "DeleteWidget"', safe: false }]);
});

test('operation-id-unknown: nothing close, no suggestion and no fix', async () => {
  const [d] = await swaggerDiagnostics(pairedProps.replace('"ListWidgets"\n          ]', '"SendInvoice"\n          ]'), paired);
  assert.equal(d.message, '"SendInvoice" is not an operationId in apiDefinition.swagger.json, so this policy never applies to it.');
  assert.equal(d.data.fixes, undefined);
});

test('script-operation-unknown: exact range and fix', async () => {
  const text = pairedProps.replace('"scriptOperations": [\n      "ListWidgets"', '"scriptOperations": [\n      "ListWidget"');
  const [d, ...rest] = await swaggerDiagnostics(text, paired);
  assert.equal(rest.length, 0);
  assert.equal(d.code, 'script-operation-unknown');
  assert.equal(d.text, '"ListWidget"');
  assert.equal(d.message, '"ListWidget" is not an operationId in apiDefinition.swagger.json, so no operation runs the custom code for it. Did you mean "ListWidgets"?');
  assert.deepEqual(d.data.fixes, [{ kind: 'set', path: ['properties', 'scriptOperations', 0], at: spanOf(text, d.range), value: 'ListWidgets', title: 'Change to "ListWidgets"', safe: false }]);
});

test('route-path-parameter: a {param} the targeted operation lacks, range on the name only', async () => {
  const text = pairedProps.replace('/v2/widgets/{widgetId}', '/v2/widgets/{widgetID}/parts/{top}');
  const ds = await swaggerDiagnostics(text, paired);
  assert.deepEqual(ds.map(d => [d.code, d.text, d.message]), [
    ['route-path-parameter', 'widgetID', '"{widgetID}" in newPath is not a parameter of 2 of the 2 operations this policy applies to ("GetWidget" and "DeleteWidget") (it has "widgetId": names are case-sensitive) in apiDefinition.swagger.json; it would stay in the URL as literal text.'],
    ['route-path-parameter', 'top', '"{top}" in newPath is not a parameter of 2 of the 2 operations this policy applies to ("GetWidget" and "DeleteWidget") in apiDefinition.swagger.json; it would stay in the URL as literal text.'],
  ]);
  assert.equal(ds[0].range.start.line, ds[0].range.end.line);
});

test('route-path-parameter: one operation named; policy expressions are not parameters', async () => {
  const text = pairedProps
    .replace('/v2/widgets/{widgetId}', "/v2/{widgetId}/@{connectionParameters('region')}/{top}")
    .replace('"GetWidget",\n            "DeleteWidget"', '"GetWidget"');
  const ds = await swaggerDiagnostics(text, paired);
  assert.deepEqual(ds.map(d => [d.text, d.message]), [
    ['top', '"{top}" in newPath is not a parameter of operation "GetWidget" (GET /widgets/{widgetId}) in apiDefinition.swagger.json; it would stay in the URL as literal text.'],
  ]);
});

test('route-path-parameter: dynamichosturl urlTemplate over every operation when none is listed', async () => {
  const text = props({ policyTemplateInstances: [{ templateId: 'dynamichosturl', title: 'h', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': 'https://{widgetId}.contoso.example' } }] });
  const ds = await swaggerDiagnostics(text, paired, 'route-path-parameter');
  assert.deepEqual(ds.map(d => [d.code, d.text, d.message]), [
    ['route-path-parameter', 'widgetId', '"{widgetId}" in urlTemplate is not a parameter of 2 of the 4 operations this policy applies to ("ListWidgets" and "CreateWidget") in apiDefinition.swagger.json; it would stay in the URL as literal text.'],
  ]);
});

test('swagger-security-mismatch: apiKey definition without a securestring parameter', async () => {
  const text = props({ connectionParameters: { host: { type: 'string' } } });
  const ds = await swaggerDiagnostics(text, swagger({ key: { type: 'apiKey', in: 'header', name: 'X-Key' } }));
  assert.deepEqual(ds.map(d => [d.code, d.severity, d.text, d.message]), [
    ['swagger-security-mismatch', 2, '"connectionParameters"', 'Security definition "key" (apiKey, header "X-Key") in apiDefinition.swagger.json has no matching connection parameter: add a "securestring" parameter (usually "api_key") so the connection asks for the key.'],
  ]);
  assert.deepEqual(await swaggerDiagnostics(props({ connectionParameters: { api_key: { type: 'securestring' } } }), swagger({ key: { type: 'apiKey', in: 'header', name: 'X-Key' } })), []);
});

test('swagger-security-mismatch: basic needs username and password', async () => {
  const text = props({ connectionParameters: { username: { type: 'string' } } });
  const ds = await swaggerDiagnostics(text, swagger({ basic_auth: { type: 'basic' } }));
  assert.deepEqual(ds.map(d => d.message), ['Security definition "basic_auth" (basic) in apiDefinition.swagger.json expects connection parameters "username" and "password"; missing: "password".']);
  assert.deepEqual(await swaggerDiagnostics(props({ connectionParameters: { username: { type: 'securestring' }, password: { type: 'securestring' } } }), swagger({ b: { type: 'basic' } })), []);
});

test('swagger-security-mismatch: oauth2 without an oauthSetting parameter; oauthSetting with no oauth2 (information)', async () => {
  const ds = await swaggerDiagnostics(props({ connectionParameters: {} }), swagger({ o: { type: 'oauth2', flow: 'accessCode' } }));
  assert.deepEqual(ds.map(d => d.message), ['Security definition "o" (oauth2) in apiDefinition.swagger.json has no matching connection parameter: add an "oauthSetting" parameter named "token" with oAuthSettings.']);
  const reverse = await swaggerDiagnostics(props({ connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad' } } } }), swagger({}));
  assert.deepEqual(reverse.map(d => [d.severity, d.text, d.message]), [
    [3, '"token"', 'Parameter "token" is an OAuth setting, but apiDefinition.swagger.json has no securityDefinitions; add an oauth2 security definition so the swagger describes the same sign-in.'],
  ]);
});

test('swagger-security-mismatch: a secure parameter a policy sends needs no definition', async () => {
  const sent = props({
    connectionParameters: { api_key: { type: 'securestring' } },
    policyTemplateInstances: [{ templateId: 'setheader', title: 'k', parameters: { 'x-ms-apimTemplateParameter.name': 'X-Key', 'x-ms-apimTemplateParameter.value': "@connectionParameters('api_key')" } }],
  });
  assert.deepEqual(await swaggerDiagnostics(sent, swagger({})), []);
  const unsent = await swaggerDiagnostics(props({ connectionParameters: { api_key: { type: 'securestring' } } }), swagger({}));
  assert.deepEqual(unsent.map(d => [d.severity, d.text]), [[3, '"api_key"']]);
});

test('swagger-security-mismatch: multi-auth sets are compared at information level, and not at all with empty securityDefinitions', async () => {
  const sets = props({
    connectionParameterSets: {
      uiDefinition: { displayName: 'Auth', description: 'd' },
      values: [
        { name: 'oauth', uiDefinition: { displayName: 'OAuth', description: 'o' }, parameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } } } },
        { name: 'key', uiDefinition: { displayName: 'Key', description: 'k' }, parameters: { api_key: { type: 'securestring' } } },
      ],
    },
  });
  assert.deepEqual(await swaggerDiagnostics(sets, swagger({})), []);
  const ds = await swaggerDiagnostics(sets, swagger({ basic: { type: 'basic' }, o: { type: 'oauth2' } }));
  assert.deepEqual(ds.map(d => [d.severity, d.text, d.message]), [
    [3, '"key"', 'Set "key" signs in with an API key, but apiDefinition.swagger.json has no apiKey security definition (it declares "basic" (basic), "o" (oauth2)).'],
    [3, '"connectionParameterSets"', 'Security definition "basic" (basic) in apiDefinition.swagger.json matches no connection parameter set: no set has "username" and "password".'],
  ]);
});

test('swagger-oauth-mismatch: different hosts and scopes, with both values', async () => {
  const text = pairedProps
    .replace('https://login.contoso.example/oauth/authorize', 'https://login-test.contoso.example/oauth/authorize')
    .replace('"widgets.read widgets.write"', '"widgets.read"');
  const ds = await swaggerDiagnostics(text, paired);
  assert.deepEqual(ds.map(d => [d.code, d.severity, d.text, d.message]), [
    ['swagger-oauth-mismatch', 2, '"https://login-test.contoso.example/oauth/authorize"', 'The authorizationUrl host differs from apiDefinition.swagger.json: oAuthSettings has "https://login-test.contoso.example/oauth/authorize" (login-test.contoso.example), security definition "oauth2_auth" has "https://login.contoso.example/oauth/authorize" (login.contoso.example).'],
    ['swagger-oauth-mismatch', 2, '[\n            "widgets.read"\n          ]', 'The scopes differ from apiDefinition.swagger.json: oAuthSettings.scopes has "widgets.read", security definition "oauth2_auth" has "widgets.read widgets.write".'],
  ]);
});

test('swagger-oauth-mismatch: placeholders, order and resource-prefixed scopes are not differences', async () => {
  const text = pairedProps
    .replace('https://login.contoso.example/oauth/authorize', '[YOUR_AUTHORIZATION_URL]')
    .replace('"widgets.read widgets.write"', '"https://api.contoso.example/widgets.write", "WIDGETS.READ"');
  assert.deepEqual(await swaggerDiagnostics(text, paired), []);
});

test('swagger-unavailable: one information note on "properties" for missing, invalid and unreadable swaggers', async () => {
  const base = { operations: new Map(), securityDefinitions: {} };
  const missing = await swaggerDiagnostics(pairedProps, { uri: '', ...base, status: 'missing', problem: 'no apiDefinition.swagger.json in the folder' });
  assert.deepEqual(missing.map(d => [d.code, d.severity, d.text, d.message]), [
    ['swagger-unavailable', 3, '"properties"', 'No swagger found (no apiDefinition.swagger.json in the folder). Checks against the swagger (operation ids, security definitions, route parameters) are off.'],
  ]);
  const invalid = await swaggerDiagnostics(pairedProps, { uri: SWAGGER_URI, ...base, status: 'invalid', problem: 'the swagger is not valid JSON (CommaExpected at line 3, column 5)' });
  assert.deepEqual(invalid.map(d => d.message), ['apiDefinition.swagger.json cannot be used: the swagger is not valid JSON (CommaExpected at line 3, column 5). Checks against the swagger (operation ids, security definitions, route parameters) are off.']);
  assert.deepEqual(await swaggerDiagnostics(pairedProps, paired, 'swagger-unavailable'), []);
});

test('severity overrides and "off" apply to the swagger rules like any other', async () => {
  const { ConnectorService } = await import('../../../server/src/engine');
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const d = TextDocument.create('file:///c/apiProperties.json', 'apiproperties', 1, pairedProps.replace('"GetWidget",', '"GetWidgets",'));
  const service = new ConnectorService();
  const on = await service.validate(d, { swagger: paired, settings: { validate: true, rules: { 'operation-id-unknown': 'error' }, profile: 'custom' } });
  assert.deepEqual(on.filter(x => x.code === 'operation-id-unknown').map(x => x.severity), [1]);
  const off = await service.validate(d, { swagger: paired, settings: { validate: true, rules: { 'operation-id-unknown': 'off' }, profile: 'custom' } });
  assert.equal(off.filter(x => x.code === 'operation-id-unknown').length, 0);
});

test('a cross-file note on a key does not hide a schema error at the same key', async () => {
  const { ConnectorService } = await import('../../../server/src/engine');
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  // "properties" lacks required members (the schema reports that on the "properties" key), and the swagger is missing
  // (swagger-unavailable is reported on the same key).
  const d = TextDocument.create('file:///c/apiProperties.json', 'apiproperties', 1, '{\n  "properties": {}\n}');
  const service = new ConnectorService();
  const plain = await service.validate(d, { settings: { validate: true, rules: {}, profile: 'custom' } });
  const schemaOnKey = plain.filter(x => x.code === 'schema' && x.range.start.line === 1 && x.range.start.character === 2);
  assert.ok(schemaOnKey.length > 0, JSON.stringify(plain));
  const missing = { uri: '', operations: new Map(), securityDefinitions: {}, status: 'missing' as const, problem: 'no apiDefinition.swagger.json in the folder' };
  const withNote = await service.validate(d, { swagger: missing, settings: { validate: true, rules: {}, profile: 'custom' } });
  assert.deepEqual(withNote.filter(x => x.code === 'schema').map(x => x.message), schemaOnKey.map(x => x.message).concat(plain.filter(x => x.code === 'schema' && !schemaOnKey.includes(x)).map(x => x.message)));
  assert.equal(withNote.filter(x => x.code === 'swagger-unavailable').length, 1);
});

test('the operation-id-unknown quick fix replaces the entry with the closest id', async () => {
  const { ConnectorService } = await import('../../../server/src/engine');
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const d = TextDocument.create('file:///c/apiProperties.json', 'apiproperties', 1, pairedProps.replace('"DeleteWidget"', '"deleteWidgets"'));
  const service = new ConnectorService();
  const diagnostics = (await service.validate(d, { swagger: paired, settings: { validate: true, rules: {}, profile: 'custom' } })).filter(x => x.code === 'operation-id-unknown');
  assert.equal(diagnostics.length, 1);
  const actions = await service.codeActions(d, diagnostics[0].range, { diagnostics }, { swagger: paired, settings: { validate: true, rules: {}, profile: 'custom' } });
  const fix = actions.find(a => a.title === 'Change to "DeleteWidget"');
  assert.ok(fix, JSON.stringify(actions.map(a => a.title)));
  const edits = fix!.edit!.changes![d.uri];
  assert.equal(TextDocument.applyEdits(d, edits), pairedProps);
});
