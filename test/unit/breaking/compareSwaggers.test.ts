// Golden pairs: a published swagger, one edit, and every finding written out in full (rule, ValuePath, the text the
// range covers in the new file). Compatible edits must give nothing.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { breakingDiagnostics, compareTexts } from '../../../server/src/engine/breaking';

const BASE = {
  swagger: '2.0',
  info: { title: 'Contoso Orders', version: '1.0' },
  host: 'api.contoso.com',
  paths: {
    '/orders': {
      get: {
        operationId: 'ListOrders', summary: 'List orders',
        parameters: [
          { name: 'top', in: 'query', type: 'integer' },
          { name: 'status', in: 'query', type: 'string' },
        ],
        responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/OrderList' } } },
      },
      post: {
        operationId: 'CreateOrder', summary: 'Create an order',
        parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewOrder' } }],
        responses: { '201': { description: 'created', schema: { $ref: '#/definitions/Order' } } },
      },
    },
    '/orders/{id}': {
      get: {
        operationId: 'GetOrder', summary: 'Get an order',
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
        responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Order' } } },
      },
    },
    '/hooks/orders': {
      'x-ms-notification-content': { description: 'Order', schema: { type: 'object', properties: { Type: { type: 'string' }, total: { type: 'number' } } } },
      post: { operationId: 'OnNewOrder', 'x-ms-trigger': 'single', responses: { '201': { description: 'created' } } },
    },
  },
  definitions: {
    OrderList: { type: 'object', properties: { value: { type: 'array', items: { $ref: '#/definitions/Order' } } } },
    Order: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        createdAt: { type: 'string', format: 'date-time' },
        customer: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string' } } },
        Type: { type: 'string' },
      },
    },
    NewOrder: { type: 'object', required: ['customer'], properties: { customer: { type: 'string' }, note: { type: 'string' }, priority: { type: 'string' } } },
  },
};

type Swagger = typeof BASE & Record<string, unknown>;
const clone = (): Swagger => JSON.parse(JSON.stringify(BASE));

/** Compares BASE with its edited copy; each finding as `rule ValuePath @ covered text`. */
function changes(edit: (s: Swagger) => void, profile: 'custom' | 'certified' = 'certified'): string[] {
  const next = clone();
  edit(next);
  const text = JSON.stringify(next, null, 2);
  const result = compareTexts('swagger', JSON.stringify(BASE, null, 2), text);
  assert.equal(result.problem, undefined);
  const doc = TextDocument.create('file:///c/apiDefinition.swagger.json', 'json', 1, text);
  const ds = breakingDiagnostics(doc, result.findings, { profile });
  return ds.map(d => `${d.code} ${(d.data as { valuePath: string }).valuePath} @ ${doc.getText(d.range).split('\n')[0]}`);
}

describe('breaking changes: swagger', () => {
  it('a swagger compared with itself gives nothing', () => {
    assert.deepEqual(changes(() => undefined), []);
  });

  it('compatible edits give nothing: new operation, new optional parameter, new output field, summary and description edits', () => {
    assert.deepEqual(changes(s => {
      (s.paths as Record<string, unknown>)['/customers'] = { get: { operationId: 'ListCustomers', responses: { '200': { description: 'ok' } } } };
      s.paths['/orders'].get.parameters.push({ name: 'skip', in: 'query', type: 'integer' });
      (s.definitions.Order.properties as Record<string, unknown>).updatedAt = { type: 'string', format: 'date-time' };
      s.paths['/orders'].get.summary = 'List all orders';
      (s.paths['/orders/{id}'].get as Record<string, unknown>).description = 'Reads one order.';
      (s.definitions.NewOrder.properties as Record<string, unknown>).tag = { type: 'string' };
    }), []);
  });

  it('a deleted operation is reported at its path item when the path stays, else at paths', () => {
    assert.deepEqual(changes(s => { delete (s.paths['/orders'] as Record<string, unknown>).post; }),
      ['breaking-operation-deleted operation/CreateOrder @ "/orders"']);
    assert.deepEqual(changes(s => { delete (s.paths as Record<string, unknown>)['/orders/{id}']; }),
      ['breaking-operation-deleted operation/GetOrder @ "paths"']);
  });

  it('an output type change, through $ref and array items, at the new type', () => {
    assert.deepEqual(changes(s => { s.definitions.Order.properties.id.type = 'integer'; }), [
      'breaking-output-type-changed operation/ListOrders/responses/200/schema/value/items/id/type @ "integer"',
      'breaking-output-type-changed operation/CreateOrder/responses/201/schema/id/type @ "integer"',
      'breaking-output-type-changed operation/GetOrder/responses/200/schema/id/type @ "integer"',
    ]);
  });

  it('a format change and a removed format are format changes', () => {
    assert.deepEqual(changes(s => { s.definitions.Order.properties.createdAt.format = 'date'; }).slice(0, 1),
      ['breaking-output-format-changed operation/ListOrders/responses/200/schema/value/items/createdAt/format @ "date"']);
    assert.deepEqual(changes(s => { delete (s.definitions.Order.properties.createdAt as Record<string, unknown>).format; }).slice(0, 1),
      ['breaking-output-format-changed operation/ListOrders/responses/200/schema/value/items/createdAt/format @ "createdAt"']);
  });

  it('a deleted output object is reported once at its top; a case rename is a deletion', () => {
    assert.deepEqual(changes(s => { delete (s.definitions.Order.properties as Record<string, unknown>).customer; }), [
      'breaking-output-field-deleted operation/ListOrders/responses/200/schema/value/items/customer @ "properties"',
      'breaking-output-field-deleted operation/CreateOrder/responses/201/schema/customer @ "properties"',
      'breaking-output-field-deleted operation/GetOrder/responses/200/schema/customer @ "properties"',
    ]);
    const props = (s: Swagger) => s.paths['/hooks/orders']['x-ms-notification-content'].schema.properties as Record<string, unknown>;
    assert.deepEqual(changes(s => { props(s).type = props(s).Type; delete props(s).Type; }),
      ['breaking-output-field-deleted operation/OnNewOrder/x-ms-notification-content/schema/Type @ "properties"']);
  });

  it('a new required body field, a field made required, and a case rename of a required field', () => {
    assert.deepEqual(changes(s => { s.definitions.NewOrder.required.push('priority'); }),
      ['breaking-required-input-added operation/CreateOrder/parameter/body/schema/priority @ "priority"']);
    assert.deepEqual(changes(s => {
      const p = s.definitions.NewOrder.properties as Record<string, unknown>;
      p.Customer = p.customer; delete p.customer; s.definitions.NewOrder.required = ['Customer'];
    }), ['breaking-required-input-added operation/CreateOrder/parameter/body/schema/Customer @ "Customer"']);
    // With a default, the platform sends it: not breaking.
    assert.deepEqual(changes(s => {
      s.definitions.NewOrder.required.push('priority');
      (s.definitions.NewOrder.properties.priority as Record<string, unknown>).default = 'normal';
    }), []);
  });

  it('a new required parameter, and an optional one made required', () => {
    assert.deepEqual(changes(s => { s.paths['/orders'].get.parameters.push({ name: 'region', in: 'query', type: 'string', required: true } as never); }),
      ['breaking-required-parameter-added operation/ListOrders/parameter/region @ "region"']);
    assert.deepEqual(changes(s => { (s.paths['/orders'].get.parameters[0] as Record<string, unknown>).required = true; }),
      ['breaking-required-parameter-added operation/ListOrders/parameter/top @ "top"']);
  });

  it('a changed path template and a moved parameter', () => {
    assert.deepEqual(changes(s => {
      const paths = s.paths as Record<string, unknown>;
      paths['/orders/{orderId}'] = paths['/orders/{id}']; delete paths['/orders/{id}'];
    }), ['breaking-path-changed operation/GetOrder @ "/orders/{orderId}"']);
    assert.deepEqual(changes(s => { s.paths['/orders'].get.parameters[1].in = 'header'; }),
      ['breaking-parameter-location-changed operation/ListOrders/parameter/status @ "header"']);
  });

  it('an enum list added to an input', () => {
    assert.deepEqual(changes(s => { (s.paths['/orders'].get.parameters[1] as Record<string, unknown>).enum = ['open', 'closed']; }),
      ['breaking-enum-added operation/ListOrders/parameter/status @ "enum"']);
    assert.deepEqual(changes(s => { (s.definitions.NewOrder.properties.priority as Record<string, unknown>).enum = ['low', 'high']; }),
      ['breaking-enum-added operation/CreateOrder/parameter/body/schema/priority @ "enum"']);
  });

  it('severity: error for certified, warning for custom; messages name the operation, the field and what to do', () => {
    const next = clone();
    next.definitions.Order.properties.createdAt.type = 'integer';
    const text = JSON.stringify(next);
    const r = compareTexts('swagger', JSON.stringify(BASE), text);
    const doc = TextDocument.create('file:///c/apiDefinition.swagger.json', 'json', 1, text);
    const [certified] = breakingDiagnostics(doc, r.findings, { profile: 'certified' });
    const [custom] = breakingDiagnostics(doc, r.findings, { profile: 'custom' });
    assert.equal(certified.severity, 1);
    assert.equal(custom.severity, 2);
    assert.match(String(certified.message), /^Operation "ListOrders", response 200 field value\[\]\.createdAt: type changed from string to integer/);
    assert.match(String(certified.message), /new revision/);
    assert.deepEqual(breakingDiagnostics(doc, r.findings, { profile: 'certified', settings: { validate: true, profile: 'auto', rules: { 'breaking-output-type-changed': 'off' } } }), []);
  });

  it('recursive definitions terminate; a side that is not JSON compares nothing and says why', () => {
    const tree = { swagger: '2.0', paths: { '/t': { get: { operationId: 'T', responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Node' } } } } } },
      definitions: { Node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/Node' } } } } } };
    const changed = JSON.parse(JSON.stringify(tree));
    changed.definitions.Node.properties.name.type = 'integer';
    const r = compareTexts('swagger', JSON.stringify(tree), JSON.stringify(changed));
    assert.deepEqual(r.findings.map(f => f.valuePath), ['operation/T/responses/200/schema/name/type']);
    assert.match(compareTexts('swagger', '{"swagger": ', JSON.stringify(tree)).problem ?? '', /base version is not valid JSON/);
  });
});

describe('shared definitions compared once (clean pairs remembered)', () => {
  const swagger = (responses: Record<string, unknown>, definitions: Record<string, unknown>) => JSON.stringify({
    swagger: '2.0', info: { title: 'T', version: '1' },
    paths: Object.fromEntries(Object.entries(responses).map(([id, schema], i) => [`/p${i}`, { get: { operationId: id, responses: { '200': { description: 'ok', schema } } } }])),
    definitions,
  });
  const rules = (base: string, next: string) => compareTexts('swagger', base, next).findings.map(f => `${f.ruleId} ${f.valuePath}`);

  it('a definition compared clean for one operation is still compared against another operation\'s different inline schema', () => {
    const item = { type: 'object', properties: { id: { type: 'string' } } };
    const base = swagger({ A: item, B: { type: 'object', properties: { id: { type: 'integer' } } } }, {});
    const next = swagger({ A: { $ref: '#/definitions/Item' }, B: { $ref: '#/definitions/Item' } }, { Item: item });
    assert.deepEqual(rules(base, next), ['breaking-output-type-changed operation/B/responses/200/schema/id/type']);
  });

  it('a change inside a shared definition is reported for every operation that uses it', () => {
    const base = swagger({ A: { $ref: '#/definitions/Item' }, B: { $ref: '#/definitions/Item' } }, { Item: { properties: { id: { type: 'string' }, n: { type: 'integer' } } } });
    const next = swagger({ A: { $ref: '#/definitions/Item' }, B: { $ref: '#/definitions/Item' } }, { Item: { properties: { id: { type: 'string' } } } });
    assert.deepEqual(rules(base, next), ['breaking-output-field-deleted operation/A/responses/200/schema/n', 'breaking-output-field-deleted operation/B/responses/200/schema/n']);
  });
});
