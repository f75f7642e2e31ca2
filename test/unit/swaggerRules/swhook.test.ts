// Swagger Validator rules for webhooks (x-ms-notification-url, x-ms-notification-content, x-ms-notification),
// operation families (x-ms-api-annotation family / revision / status) and path templates. Each: a hit with its exact
// range (the covered text) and level, a miss, the fix where there is one (re-checked clean), and odd shapes ($ref'd
// schemas and parameters, wrong JSON types).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFix, covered, diagnose, findings, fixesOf, op, pathParam, swagger } from './helpers';
import { SWAGGER_RULES } from '../../../server/src/engine/swaggerRules/registry';
import { validateSwaggerText } from '../../../server/src/engine/swaggerRules/validate';

const levels = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => d.severity);
const messages = (text: string, code: string) => diagnose(text).filter(d => d.code === code).map(d => String(d.message));

// A webhook trigger as merged connectors write it: the registration's body has the callback URL property, marked
// and internal; the path describes the payload posted back.
const urlProperty = (extra: Record<string, unknown> = {}) => ({ type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal', ...extra });
/** A required body parameter; `required` lists the schema's required properties (all by default, null for no list). */
const bodyWith = (properties: Record<string, unknown>, required: string[] | null = Object.keys(properties)) =>
  ({ name: 'body', in: 'body', required: true, schema: { type: 'object', properties, ...(required ? { required } : {}) } });
const trigger = (body: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  op('OnEvent', { 'x-ms-trigger': 'single', parameters: [body], responses: { 201: { description: 'Created' } }, ...extra });
const content = { description: 'The event', schema: { type: 'object', properties: { id: { type: 'string' } } } };
const webhook = (body: Record<string, unknown> = bodyWith({ callbackUrl: urlProperty() }), root: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  swagger({ '/hooks': { post: trigger(body, extra), 'x-ms-notification-content': content } }, root);

const WEBHOOK_CODES = [
  'notification-extension-not-supported-in-webhook-operation', 'notification-extension-supported-for-trigger-only',
  'notification-operation-must-be-webhook', 'operation-must-have-notification-content-extension',
  'webhook-operations-missing-notification-url-property', 'notification-url-not-allowed-in-this-position',
  'notification-url-not-internal', 'notification-url-not-required', 'notification-url-not-string',
];

describe('webhook rules: a well-formed webhook trigger', () => {
  it('gets none of them, also when the URL property is behind $refs and in an allOf member', () => {
    const plain = webhook();
    const referenced = webhook({ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Registration' } }, {
      definitions: {
        Registration: { allOf: [{ $ref: '#/definitions/Base' }, { type: 'object', properties: { target: { $ref: '#/definitions/Target' } } }], required: ['target'] },
        Base: { type: 'object', properties: { event: { type: 'string' } } },
        Target: { type: 'object', 'x-ms-visibility': 'internal', properties: { url: { type: 'string', 'x-ms-notification-url': true } }, required: ['url'] },
      },
    });
    for (const text of [plain, referenced]) {
      const codes = diagnose(text).map(d => String(d.code)).filter(c => WEBHOOK_CODES.includes(c));
      assert.deepEqual(codes, []);
    }
  });
});

describe('webhook-operations-missing-notification-url-property', () => {
  it('flags a trigger whose path has x-ms-notification-content but whose body marks no URL (an error, at the method)', () => {
    const text = webhook(bodyWith({ callbackUrl: { type: 'string' } }));
    assert.deepEqual(covered(text, 'webhook-operations-missing-notification-url-property'), ['"post"']);
    assert.deepEqual(levels(text, 'webhook-operations-missing-notification-url-property'), [1]);
    assert.match(messages(text, 'webhook-operations-missing-notification-url-property')[0], /"OnEvent" \(POST \/hooks\) is a webhook trigger/);
  });
  it('leaves alone a polling trigger (no notification content) and the unsubscribe operation of a webhook path', () => {
    const polling = swagger({ '/poll': { get: op('Poll', { 'x-ms-trigger': 'batch' }) } });
    assert.deepEqual(findings(polling, 'webhook-operations-missing-notification-url-property'), []);
    const unsubscribe = swagger({ '/hooks/{id}': { delete: op('Unsubscribe', { parameters: [pathParam('id')] }), 'x-ms-notification-content': content } });
    assert.deepEqual(findings(unsubscribe, 'webhook-operations-missing-notification-url-property'), []);
  });
  it('does not count "x-ms-notification-url": false or a string as a mark', () => {
    for (const mark of [false, 'true']) {
      const text = webhook(bodyWith({ callbackUrl: urlProperty({ 'x-ms-notification-url': mark }) }));
      assert.equal(findings(text, 'webhook-operations-missing-notification-url-property').length, 1, String(mark));
    }
  });
});

describe('operation-must-have-notification-content-extension', () => {
  it('flags an operation that marks a notification URL while its path has no x-ms-notification-content (an error)', () => {
    const text = swagger({ '/hooks': { post: trigger(bodyWith({ callbackUrl: urlProperty(), other: urlProperty() })) } });
    assert.deepEqual(covered(text, 'operation-must-have-notification-content-extension'), ['"post"']);
    assert.deepEqual(levels(text, 'operation-must-have-notification-content-extension'), [1]);
    assert.match(messages(text, 'operation-must-have-notification-content-extension')[0], /has 2 properties marked "x-ms-notification-url"/);
  });
  it('accepts the content on the path (Learn) or on the operation, and an action that waits for a callback with it', () => {
    assert.deepEqual(findings(webhook(), 'operation-must-have-notification-content-extension'), []);
    const onOperation = swagger({ '/hooks': { post: trigger(bodyWith({ callbackUrl: urlProperty() }), { 'x-ms-notification-content': content }) } });
    assert.deepEqual(findings(onOperation, 'operation-must-have-notification-content-extension'), []);
    const action = swagger({ '/send': { post: op('SendCard', { parameters: [bodyWith({ callbackUrl: urlProperty() })] }), 'x-ms-notification-content': content } });
    assert.deepEqual(findings(action, 'operation-must-have-notification-content-extension'), []);
  });
});

describe('notification-url-not-string', () => {
  it('flags a non-string type at "type" and sets it to string (then clean)', () => {
    const text = webhook(bodyWith({ callbackUrl: urlProperty({ type: 'object' }) }));
    assert.deepEqual(covered(text, 'notification-url-not-string'), ['"object"']);
    assert.deepEqual(levels(text, 'notification-url-not-string'), [1]);
    const fixed = applyFix(text, 'notification-url-not-string');
    assert.deepEqual(findings(fixed, 'notification-url-not-string'), []);
  });
  it('flags a missing type at the marker and adds one', () => {
    const text = webhook(bodyWith({ callbackUrl: { 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } }));
    assert.deepEqual(covered(text, 'notification-url-not-string'), ['"x-ms-notification-url"']);
    assert.deepEqual(findings(applyFix(text, 'notification-url-not-string'), 'notification-url-not-string'), []);
    assert.equal(fixesOf(text, 'notification-url-not-string')[0]![0].safe, false);
  });
  it('flags a wrong JSON type of "type" without echoing it as text', () => {
    const text = webhook(bodyWith({ callbackUrl: urlProperty({ type: ['string'] }) }));
    assert.deepEqual(covered(text, 'notification-url-not-string').length, 1);
    assert.match(messages(text, 'notification-url-not-string')[0], /has type "array"|has type array/);
  });
});

describe('notification-url-not-internal', () => {
  it('flags a visible URL property at its marker and makes it internal (then clean)', () => {
    const text = webhook(bodyWith({ callbackUrl: urlProperty({ 'x-ms-visibility': 'advanced' }) }));
    assert.deepEqual(covered(text, 'notification-url-not-internal'), ['"x-ms-notification-url"']);
    assert.deepEqual(levels(text, 'notification-url-not-internal'), [1]);
    const fixed = applyFix(text, 'notification-url-not-internal');
    assert.ok(fixed.includes('"x-ms-visibility": "internal"'));
    assert.deepEqual(findings(fixed, 'notification-url-not-internal'), []);
    const noVisibility = webhook(bodyWith({ callbackUrl: { type: 'string', 'x-ms-notification-url': true } }));
    assert.deepEqual(findings(applyFix(noVisibility, 'notification-url-not-internal'), 'notification-url-not-internal'), []);
  });
  it('accepts an internal parent (an object property, or the body parameter) and "Internal" in any case', () => {
    const parent = webhook(bodyWith({ target: { type: 'object', 'x-ms-visibility': 'internal', properties: { url: { type: 'string', 'x-ms-notification-url': true } }, required: ['url'] } }));
    assert.deepEqual(findings(parent, 'notification-url-not-internal'), []);
    const onParameter = webhook({ ...bodyWith({ url: { type: 'string', 'x-ms-notification-url': true } }), 'x-ms-visibility': 'internal' });
    assert.deepEqual(findings(onParameter, 'notification-url-not-internal'), []);
    assert.deepEqual(findings(webhook(bodyWith({ url: urlProperty({ 'x-ms-visibility': 'Internal' }) })), 'notification-url-not-internal'), []);
  });
});

describe('notification-url-not-required', () => {
  it('flags the first property on the way down that its schema does not require, and adds it to "required"', () => {
    const text = webhook(bodyWith({ target: { type: 'object', properties: { url: urlProperty() }, required: ['url'] } }, []));
    assert.deepEqual(covered(text, 'notification-url-not-required'), ['"target"']);
    assert.deepEqual(levels(text, 'notification-url-not-required'), [1]);
    const fixed = applyFix(text, 'notification-url-not-required');
    assert.deepEqual(findings(fixed, 'notification-url-not-required'), []);
  });
  it('adds a "required" list where the schema has none', () => {
    const text = webhook(bodyWith({ url: urlProperty() }, null));
    assert.deepEqual(covered(text, 'notification-url-not-required'), ['"url"']);
    const fixed = applyFix(text, 'notification-url-not-required');
    assert.match(fixed, /"required": \[\s*"url"\s*\]/);
    assert.deepEqual(findings(fixed, 'notification-url-not-required'), []);
  });
  it('accepts a property required by the schema holding the allOf, and an optional body parameter (30 merged connectors)', () => {
    const allOf = webhook({ name: 'body', in: 'body', required: true, schema: { allOf: [{ type: 'object', properties: { url: urlProperty() } }], required: ['url'] } });
    assert.deepEqual(findings(allOf, 'notification-url-not-required'), []);
    assert.deepEqual(findings(webhook({ ...bodyWith({ url: urlProperty() }), required: false }), 'notification-url-not-required'), []);
  });
  it('reports a shared definition once however many operations reach it', () => {
    const registration = { type: 'object', properties: { url: urlProperty() } };
    const text = swagger({
      '/a': { post: trigger({ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/R' } }), 'x-ms-notification-content': content },
      '/b': { post: op('OnOther', { 'x-ms-trigger': 'single', parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/R' } }] }), 'x-ms-notification-content': content },
    }, { definitions: { R: registration } });
    assert.deepEqual(covered(text, 'notification-url-not-required'), ['"url"']);
  });
});

describe('notification-url-not-allowed-in-this-position', () => {
  it('flags the marker on a query parameter (an error) and removes it', () => {
    const text = swagger({ '/hooks': { post: op('Subscribe', { 'x-ms-trigger': 'single', parameters: [{ name: 'callback', in: 'query', type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' }] }), 'x-ms-notification-content': content } });
    assert.deepEqual(covered(text, 'notification-url-not-allowed-in-this-position'), ['"x-ms-notification-url"']);
    assert.deepEqual(levels(text, 'notification-url-not-allowed-in-this-position'), [1]);
    assert.match(messages(text, 'notification-url-not-allowed-in-this-position')[0], /in "query"/);
    assert.deepEqual(findings(applyFix(text, 'notification-url-not-allowed-in-this-position'), 'notification-url-not-allowed-in-this-position'), []);
  });
  it('flags it on a shared (#/parameters) header parameter once, and on a body parameter object itself', () => {
    const shared = swagger({
      '/a': { post: op('A', { parameters: [{ $ref: '#/parameters/Cb' }] }) },
      '/b': { post: op('B', { parameters: [{ $ref: '#/parameters/Cb' }] }) },
    }, { parameters: { Cb: { name: 'cb', in: 'header', type: 'string', 'x-ms-notification-url': true } } });
    assert.equal(covered(shared, 'notification-url-not-allowed-in-this-position').length, 1);
    const onBody = webhook({ ...bodyWith({ url: urlProperty() }), 'x-ms-notification-url': true });
    assert.match(messages(onBody, 'notification-url-not-allowed-in-this-position')[0], /the body parameter itself/);
  });
  it('leaves alone a response schema that reuses the registration body (AtBot Admin, Tikit) and body properties', () => {
    const text = webhook({ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/R' } }, { definitions: { R: { type: 'object', properties: { url: urlProperty() }, required: ['url'] } } },
      { responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/R' } } } });
    assert.deepEqual(findings(text, 'notification-url-not-allowed-in-this-position'), []);
  });
});

describe('x-ms-notification', () => {
  const polling = (notification: unknown) => op('OnItem', { 'x-ms-trigger': 'batch', 'x-ms-notification': notification });
  it('notification-extension-supported-for-trigger-only: flags it on an action (an error) and removes it', () => {
    const text = swagger({ '/items': { get: op('ListItems', { 'x-ms-notification': { operationId: 'OnEvent' } }) } });
    assert.deepEqual(covered(text, 'notification-extension-supported-for-trigger-only'), ['"x-ms-notification"']);
    assert.deepEqual(levels(text, 'notification-extension-supported-for-trigger-only'), [1]);
    assert.deepEqual(findings(applyFix(text, 'notification-extension-supported-for-trigger-only'), 'notification-extension-supported-for-trigger-only'), []);
    assert.deepEqual(findings(swagger({ '/items': { get: polling({ operationId: 'X' }) } }), 'notification-extension-supported-for-trigger-only'), []);
  });
  it('notification-extension-not-supported-in-webhook-operation: flags it on a webhook trigger', () => {
    const text = webhook(undefined, {}, { 'x-ms-notification': { operationId: 'OnEvent' } });
    assert.deepEqual(covered(text, 'notification-extension-not-supported-in-webhook-operation'), ['"x-ms-notification"']);
    assert.deepEqual(levels(text, 'notification-extension-not-supported-in-webhook-operation'), [1]);
    assert.deepEqual(findings(swagger({ '/items': { get: polling({ operationId: 'X' }) } }), 'notification-extension-not-supported-in-webhook-operation'), []);
  });
  it('notification-operation-must-be-webhook: flags an operationId of a non-webhook operation, not of a webhook or an unknown id', () => {
    const paths = (target: string) => ({
      '/items': { get: polling({ operationId: target }) },
      '/list': { get: op('ListItems') },
      '/hooks': { post: trigger(bodyWith({ url: urlProperty() })), 'x-ms-notification-content': content },
    });
    const text = swagger(paths('ListItems'));
    assert.deepEqual(covered(text, 'notification-operation-must-be-webhook'), ['"ListItems"']);
    assert.deepEqual(levels(text, 'notification-operation-must-be-webhook'), [1]);
    assert.deepEqual(findings(swagger(paths('OnEvent')), 'notification-operation-must-be-webhook'), []);
    assert.deepEqual(findings(swagger(paths('Nowhere')), 'notification-operation-must-be-webhook'), []);
    assert.deepEqual(findings(swagger({ '/items': { get: polling('OnEvent') } }), 'notification-operation-must-be-webhook'), []);
  });
});

// Operation families: x-ms-api-annotation { family, revision, status } groups the versions of one operation.
const annotated = (id: string, family: unknown, revision?: unknown, extra: Record<string, unknown> = {}, status?: string) =>
  op(id, { 'x-ms-api-annotation': { family, ...(revision !== undefined ? { revision } : {}), ...(status ? { status } : {}) }, ...extra });

describe('operation families', () => {
  it('operation-revision-empty: warns at the annotation key of a family member without revision (as Adobe Experience Manager has)', () => {
    const text = swagger({ '/a': { post: annotated('GetA', 'GetA') } });
    assert.deepEqual(covered(text, 'operation-revision-empty'), ['"x-ms-api-annotation"']);
    assert.deepEqual(levels(text, 'operation-revision-empty'), [2]);
    assert.deepEqual(covered(swagger({ '/a': { post: annotated('GetA', 'GetA', null) } }), 'operation-revision-empty'), ['null']);
    assert.deepEqual(findings(swagger({ '/a': { post: annotated('GetA', 'GetA', 1) } }), 'operation-revision-empty'), []);
    assert.deepEqual(findings(swagger({ '/a': { post: op('GetA', { 'x-ms-api-annotation': { status: 'Preview' } }) } }), 'operation-revision-empty'), []);
  });
  it('operation-family-has-many-empty-revisions: flags the second member without revision (an error) at its family', () => {
    const text = swagger({ '/a': { post: annotated('GetA', 'Get') }, '/b': { post: annotated('GetB', 'Get') }, '/c': { post: annotated('GetC', 'Get', 2) } });
    assert.deepEqual(covered(text, 'operation-family-has-many-empty-revisions'), ['"Get"']);
    assert.deepEqual(levels(text, 'operation-family-has-many-empty-revisions'), [1]);
    assert.match(messages(text, 'operation-family-has-many-empty-revisions')[0], /"GetB"/);
  });
  it('operation-family-has-duplicate-revisions: flags the later member with the same revision (an error), not other families', () => {
    const text = swagger({ '/a': { post: annotated('Get', 'Get', 1) }, '/b': { post: annotated('GetV2', 'Get', 1) }, '/c': { post: annotated('Put', 'Put', 1) } });
    assert.deepEqual(covered(text, 'operation-family-has-duplicate-revisions'), ['1']);
    assert.deepEqual(diagnose(text).filter(d => d.code === 'operation-family-has-duplicate-revisions').map(d => d.range.start.line), [diagnose(text).find(d => d.code === 'operation-family-has-duplicate-revisions')!.range.start.line]);
    assert.match(messages(text, 'operation-family-has-duplicate-revisions')[0], /"GetV2".*as "Get"/);
    assert.deepEqual(levels(text, 'operation-family-has-duplicate-revisions'), [1]);
    assert.deepEqual(findings(swagger({ '/a': { post: annotated('Get', 'Get', 1) }, '/b': { post: annotated('GetV2', 'Get', 2) } }), 'operation-family-has-duplicate-revisions'), []);
  });
  it('operation-family-has-many-active-operations: flags the oldest of three active revisions and deprecates it', () => {
    const text = swagger({ '/a': { post: annotated('Get', 'Get', 1) }, '/b': { post: annotated('GetV2', 'Get', 2) }, '/c': { post: annotated('GetV3', 'Get', 3) } });
    assert.deepEqual(covered(text, 'operation-family-has-many-active-operations'), ['"Get"']);
    assert.deepEqual(levels(text, 'operation-family-has-many-active-operations'), [1]);
    assert.match(messages(text, 'operation-family-has-many-active-operations')[0], /older "Get" \(POST \/a\)/);
    const fixed = applyFix(text, 'operation-family-has-many-active-operations');
    assert.deepEqual(findings(fixed, 'operation-family-has-many-active-operations'), []);
    const oneDeprecated = swagger({ '/a': { post: annotated('Get', 'Get', 1, { deprecated: true }) }, '/b': { post: annotated('GetV2', 'Get', 2) }, '/c': { post: annotated('GetV3', 'Get', 3) } });
    assert.deepEqual(findings(oneDeprecated, 'operation-family-has-many-active-operations'), []);
  });
  it('operation-family-has-many-active-production-operations: warns at the older Production status, any case', () => {
    const text = swagger({ '/a': { post: annotated('Get', 'Get', 1, {}, 'production') }, '/b': { post: annotated('GetV2', 'Get', 2, {}, 'Production') } });
    assert.deepEqual(covered(text, 'operation-family-has-many-active-production-operations'), ['"production"']);
    assert.deepEqual(levels(text, 'operation-family-has-many-active-production-operations'), [2]);
    assert.deepEqual(findings(applyFix(text, 'operation-family-has-many-active-production-operations'), 'operation-family-has-many-active-production-operations'), []);
    const preview = swagger({ '/a': { post: annotated('Get', 'Get', 1, {}, 'Production') }, '/b': { post: annotated('GetV2', 'Get', 2, {}, 'Preview') } });
    assert.deepEqual(findings(preview, 'operation-family-has-many-active-production-operations'), []);
  });
  it('operation-id-should-end-with-revision: warns when revision 2+ is not the id\'s suffix (any case, with or without "_")', () => {
    const text = swagger({ '/a': { post: annotated('Get', 'Get', 1) }, '/b': { post: annotated('GetNew', 'Get', 2) }, '/c': { post: annotated('Get_v3', 'Get', 3) }, '/d': { post: annotated('GetV4', 'Get', 4) } });
    assert.deepEqual(covered(text, 'operation-id-should-end-with-revision'), ['"GetNew"']);
    assert.deepEqual(levels(text, 'operation-id-should-end-with-revision'), [2]);
    assert.match(messages(text, 'operation-id-should-end-with-revision')[0], /suffix "V2" \(for example "GetNew_V2"\)/);
    const wrongNumber = swagger({ '/a': { post: annotated('PdfOcr_V1', 'PdfOcr', 2) } });
    assert.match(messages(wrongNumber, 'operation-id-should-end-with-revision')[0], /"PdfOcr_V2"/);
  });
  it('ignores annotations of the wrong shape (family not a string, revision a string or fraction)', () => {
    const text = swagger({ '/a': { post: annotated('A', 7, 1) }, '/b': { post: annotated('B', 'F', '2') }, '/c': { post: annotated('C', 'F', '2') }, '/d': { post: op('D', { 'x-ms-api-annotation': [] }) } });
    const codes = diagnose(text).map(d => String(d.code)).filter(c => c.startsWith('operation-family') || c === 'operation-id-should-end-with-revision');
    assert.deepEqual(codes, []);
  });
});

describe('operation-path-template-not-valid', () => {
  const cases: [string, string, RegExp][] = [
    ['/items/{id', '{id', /never closed/],
    ['/items/id}', '}', /closes no variable/],
    ['/items/{a{b}}', '{a{', /inside another variable/],
    ['/items/{a/b}', '{a/', /spans a "\/"/],
    ['/items/{}', '{}', /empty variable/],
  ];
  for (const [path, text, why] of cases) {
    it(`flags ${path} at ${text} (an error)`, () => {
      const doc = swagger({ [path]: { get: op('A') } });
      assert.deepEqual(covered(doc, 'operation-path-template-not-valid'), [text]);
      assert.deepEqual(levels(doc, 'operation-path-template-not-valid'), [1]);
      assert.match(messages(doc, 'operation-path-template-not-valid')[0], why);
    });
  }
  it('accepts variables, several in one segment, and encoded braces', () => {
    const doc = swagger({ '/items/{id}/files/{name}.{ext}': { get: op('A', { parameters: [pathParam('id'), pathParam('name'), pathParam('ext')] }) }, '/q/%7Bx%7D': { get: op('B') } });
    assert.deepEqual(findings(doc, 'operation-path-template-not-valid'), []);
  });
});

describe('operation-path-variables-contain-defaults', () => {
  it('flags "=default" inside a variable (an error) and removes it', () => {
    const doc = swagger({ '/items/{id=1}/{kind=all}': { get: op('A', { parameters: [pathParam('id'), pathParam('kind')] }) } });
    assert.deepEqual(covered(doc, 'operation-path-variables-contain-defaults'), ['=1', '=all']);
    assert.deepEqual(levels(doc, 'operation-path-variables-contain-defaults'), [1, 1]);
    const fixed = applyFix(doc, 'operation-path-variables-contain-defaults');
    assert.ok(fixed.includes('"/items/{id}/{kind}"'));
    assert.deepEqual(findings(fixed, 'operation-path-variables-contain-defaults'), []);
  });
  it('accepts plain variables and "=" outside a variable', () => {
    assert.deepEqual(findings(swagger({ '/items/{id}/a=b': { get: op('A', { parameters: [pathParam('id')] }) } }), 'operation-path-variables-contain-defaults'), []);
  });
});

describe('partial-duplicate-operation-path', () => {
  it('warns at both paths when a variable segment faces a static one under the same method', () => {
    const doc = swagger({ '/items/{id}': { get: op('GetItem', { parameters: [pathParam('id')] }) }, '/items/search': { get: op('Search') } });
    const certified = { profile: 'certified' as const };
    assert.deepEqual(covered(doc, 'partial-duplicate-operation-path', certified), ['"/items/{id}"', '"/items/search"']);
    const found = diagnose(doc, certified).filter(d => d.code === 'partial-duplicate-operation-path');
    assert.deepEqual(found.map(d => d.severity), [2, 2]);
    assert.match(String(found[1].message), /"\/items\/search" \(GET\) can match the same requests as "\/items\/\{id\}"/);
    // A certification recommendation (81 merged connectors have such paths): custom connectors are not told.
    assert.deepEqual(findings(doc, 'partial-duplicate-operation-path', { profile: 'custom' }), []);
  });
  it('is quiet for different methods, different lengths, different static segments, and full duplicates (another rule)', () => {
    const doc = swagger({
      '/items/{id}': { delete: op('DeleteItem', { parameters: [pathParam('id')] }) }, '/items/search': { get: op('Search') },
      '/users/{id}/x': { get: op('U', { parameters: [pathParam('id')] }) }, '/users/me': { get: op('Me') },
      '/a/{id}/b': { get: op('AB', { parameters: [pathParam('id')] }) }, '/a/c/d': { get: op('ACD') },
      '/b/{id}': { get: op('B1', { parameters: [pathParam('id')] }) }, '/b/{key}': { get: op('B2', { parameters: [pathParam('key')] }) },
    });
    assert.deepEqual(findings(doc, 'partial-duplicate-operation-path', { profile: 'certified' }), []);
  });
});

describe('odd shapes', () => {
  it('follows a $ref loop in the registration body once, and still finds the URL property', () => {
    const text = webhook({ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Node' } }, {
      definitions: { Node: { type: 'object', properties: { next: { $ref: '#/definitions/Node' }, items: { type: 'array', items: { $ref: '#/definitions/Node' } }, url: urlProperty() }, required: ['url'] } },
    });
    const codes = diagnose(text).map(d => String(d.code)).filter(c => WEBHOOK_CODES.includes(c));
    assert.deepEqual(codes, []);
  });
  it('survives wrong JSON types in every place the rules read', () => {
    const text = swagger({
      '/a': { post: op('A', { 'x-ms-trigger': 'single', 'x-ms-notification': 'OnEvent', parameters: [{ name: 'b', in: 'body', schema: { properties: [], required: 'url', allOf: {} } }], 'x-ms-api-annotation': { family: 'F', revision: { n: 1 }, status: 3 } }), 'x-ms-notification-content': [] },
      '/b': { post: op('B', { parameters: [{ name: 'b', in: 'body', schema: { properties: { url: { 'x-ms-notification-url': true, type: 5, 'x-ms-visibility': ['internal'] } }, required: [1, null] } }], 'x-ms-notification': { operationId: 7 } }) },
      '/c/{x=': { get: op('C') },
    });
    const codes = new Set(diagnose(text).map(d => String(d.code)));
    // The URL property in /b: not a string, not internal, not required, and no notification content on its path.
    for (const c of ['notification-url-not-string', 'notification-url-not-internal', 'notification-url-not-required', 'operation-must-have-notification-content-extension', 'operation-path-template-not-valid']) assert.ok(codes.has(c), c);
    // A revision of the wrong type is not an empty one (a type error is another rule's finding).
    assert.ok(!codes.has('operation-revision-empty'));
  });
  it('walks a registration body nested thousands deep without a rule failing', () => {
    // Written as text: JSON.stringify itself recurses too deep for this.
    const inner = JSON.stringify({ type: 'object', properties: { url: urlProperty() }, required: ['url'] });
    const deep = '{"type":"object","required":["p"],"properties":{"p":'.repeat(3000) + inner + '}}'.repeat(3000);
    const text = webhook({ name: 'body', in: 'body', required: true, schema: { type: 'string' } }).replace('"type": "string"\n', deep + '\n');
    assert.ok(text.length > 150000 && text.includes('"x-ms-notification-url":true'));
    const failures: string[] = [];
    const ids = new Set(WEBHOOK_CODES);
    validateSwaggerText('file:///deep.json', text, { settings: { validate: true, rules: {}, profile: 'auto' }, profile: 'certified', rules: SWAGGER_RULES.filter(r => ids.has(r.id)), onRuleError: id => failures.push(id) });
    assert.deepEqual(failures, []);
  });
});
