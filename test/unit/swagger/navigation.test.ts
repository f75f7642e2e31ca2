// Completion, hover, go to definition and find references across apiProperties.json and its swagger.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ConnectorService } from '../../../server/src/engine';
import { parseSwagger } from '../../../server/src/engine/swagger/swaggerModel';
import { doc, fixture } from './helpers';

const SWAGGER_URI = 'file:///c/apiDefinition.swagger.json';
const swaggerText = fs.readFileSync(fixture('paired', 'apiDefinition.swagger.json'), 'utf8');
const swagger = parseSwagger(SWAGGER_URI, swaggerText);
const props = fs.readFileSync(fixture('paired', 'apiProperties.json'), 'utf8');
const service = new ConnectorService();

/** Document and position of the n-th occurrence of `marker` (caret after `offsetInMarker` characters). */
function at(text: string, marker: string, offsetInMarker: number, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(marker, i + 1);
  assert.ok(i >= 0, `marker ${marker} not found`);
  const d = doc(text);
  return { d, position: d.positionAt(i + offsetInMarker) };
}

test('completion inside an x-ms-apimTemplate-operationName string lists the other operation ids, with method/path and summary', async () => {
  const text = props.replace('"GetWidget",\n            "DeleteWidget"', '"GetWidget",\n            "Del"');
  const { d, position } = at(text, '"Del"', 4);
  const list = await service.complete(d, position, swagger);
  const ours = list!.items.filter(i => i.detail?.match(/^(GET|POST|DELETE) /));
  assert.deepEqual(ours.map(i => [i.label, i.detail]), [
    ['ListWidgets', 'GET /widgets'],
    ['CreateWidget', 'POST /widgets'],
    ['DeleteWidget', 'DELETE /widgets/{widgetId}'],
  ]);
  const del = ours[2];
  assert.deepEqual(del.textEdit, { range: { start: { line: 53, character: 13 }, end: { line: 53, character: 16 } }, newText: 'DeleteWidget' });
  assert.deepEqual(del.documentation, { kind: 'markdown', value: '**DELETE** `/widgets/{widgetId}`\n\nDelete a widget\n\nOperation `DeleteWidget` in apiDefinition.swagger.json' });
});

test('completion in an empty scriptOperations array inserts quoted ids', async () => {
  const text = props.replace('"scriptOperations": [\n      "ListWidgets"\n    ]', '"scriptOperations": []');
  const { d, position } = at(text, '"scriptOperations": []', 21);
  const list = await service.complete(d, position, swagger);
  const ids = list!.items.filter(i => i.detail?.match(/^(GET|POST|DELETE) /));
  assert.deepEqual(ids.map(i => i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : undefined), ['"ListWidgets"', '"CreateWidget"', '"GetWidget"', '"DeleteWidget"']);
});

test('completion of operation ids needs the swagger; without it nothing is invented', async () => {
  const { d, position } = at(props, '"GetWidget"', 2);
  const list = await service.complete(d, position);
  assert.equal((list?.items ?? []).filter(i => i.detail?.startsWith('GET ')).length, 0);
});

test("completion inside @connectionParameters('|') lists every parameter with its type and sets", async () => {
  const multi = JSON.stringify({
    properties: {
      connectionParameterSets: {
        uiDefinition: { displayName: 'Auth', description: 'd' },
        values: [
          { name: 'oauth', uiDefinition: { displayName: 'OAuth', description: 'o' }, parameters: { token: { type: 'oauthSetting' }, region: { type: 'string' } } },
          { name: 'key', uiDefinition: { displayName: 'Key', description: 'k' }, parameters: { api_key: { type: 'securestring' }, region: { type: 'string' } } },
        ],
      },
      policyTemplateInstances: [{ templateId: 'setheader', title: 't', parameters: { 'x-ms-apimTemplateParameter.value': "@connectionParameters('re')" } }],
    },
  }, null, 2);
  const { d, position } = at(multi, "@connectionParameters('re')", 24);
  const list = await service.complete(d, position);
  const items = list!.items.filter(i => i.kind === 6);
  assert.deepEqual(items.map(i => [i.label, i.detail]), [
    ['token', 'oauthSetting — set "oauth"'],
    ['region', 'string — sets "oauth", "key"'],
    ['api_key', 'securestring — set "key"'],
  ]);
  const start = d.offsetAt(position) - 1; // the caret sits after the "r" of "re"
  assert.deepEqual(items[1].textEdit, { range: { start: d.positionAt(start), end: d.positionAt(start + 2) }, newText: 'region' });
});

test('hover on an operation id shows method, path and summary', async () => {
  const { d, position } = at(props, '"GetWidget"', 3);
  const hover = await service.hover(d, position, swagger);
  assert.deepEqual(hover, {
    contents: { kind: 'markdown', value: '**GET** `/widgets/{widgetId}`\n\nGet a widget\n\nReturns one widget by id.\n\nOperation `GetWidget` in apiDefinition.swagger.json' },
    range: { start: { line: 52, character: 12 }, end: { line: 52, character: 23 } },
  });
});

test("hover on @connectionParameters('region') names the declaration", async () => {
  const { d, position } = at(props, "@connectionParameters('region')", 24);
  const hover = await service.hover(d, position, swagger);
  assert.deepEqual(hover?.contents, { kind: 'markdown', value: 'Connection parameter `region` (string), declared in connectionParameters' });
});

test('go to definition: operation id -> the operationId in the swagger', async () => {
  const { d, position } = at(props, '"DeleteWidget"', 5);
  const locations = service.definition(d, position, swagger);
  const line = swaggerText.split('\n').findIndex(l => l.includes('"operationId": "DeleteWidget"'));
  assert.deepEqual(locations, [{ uri: SWAGGER_URI, range: { start: { line, character: 23 }, end: { line, character: 37 } } }]);
});

test("go to definition: @connectionParameters('region') -> the parameter's key", async () => {
  const { d, position } = at(props, "@connectionParameters('region')", 25);
  const locations = service.definition(d, position, swagger);
  const line = props.split('\n').findIndex(l => l.includes('"region": {'));
  assert.deepEqual(locations, [{ uri: d.uri, range: { start: { line, character: 6 }, end: { line, character: 14 } } }]);
});

test('go to definition of an unknown operation id, or without a swagger, finds nothing', async () => {
  const text = props.replace('"GetWidget",', '"Nope",');
  const { d, position } = at(text, '"Nope"', 2);
  assert.deepEqual(service.definition(d, position, swagger), []);
  const p2 = at(props, '"GetWidget"', 2);
  assert.deepEqual(service.definition(p2.d, p2.position, undefined), []);
});

test('find references lists every use of the operation id (and its swagger declaration when asked)', async () => {
  const { d, position } = at(props, '"ListWidgets"', 3);
  const refs = service.references(d, position, false, swagger);
  assert.deepEqual(refs.map(r => [r.uri, d.getText(r.range)]), [[d.uri, '"ListWidgets"'], [d.uri, '"ListWidgets"']]);
  const lines = props.split('\n').flatMap((l, i) => l.trim() === '"ListWidgets"' ? [i] : []);
  assert.deepEqual(refs.map(r => r.range.start.line), lines);
  assert.equal(lines.length, 2);
  const withDecl = service.references(d, position, true, swagger);
  assert.equal(withDecl.length, 3);
  assert.equal(withDecl[0].uri, SWAGGER_URI);
});
