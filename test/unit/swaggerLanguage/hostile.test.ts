// Hostile swaggers for the editor features: completion, hover and code actions at many positions of corrupted,
// deeply nested and odd texts never throw and never return a range outside the document.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Range, TextEdit } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { swaggerCodeActions, swaggerCompletion, swaggerHover, validateSwaggerText } from '../../../server/src/engine';
import { doc, SETTINGS, SWAGGER_URI } from '../../support/engine';
import { op, pathParam, swagger } from '../swaggerRules/helpers';

const OPTIONS = { settings: SETTINGS, profile: 'certified' as const };

function inside(document: TextDocument, r: Range, what: string): void {
  const end = document.positionAt(document.getText().length);
  const ok = (p: { line: number; character: number }) => p.line < end.line || (p.line === end.line && p.character <= end.character);
  assert.ok(ok(r.start) && ok(r.end), `${what}: range outside the document: ${JSON.stringify(r)}`);
  assert.ok(document.offsetAt(r.start) <= document.offsetAt(r.end), `${what}: reversed range`);
  // A position past the end of a line would be clamped by offsetAt: the range must round-trip.
  assert.deepEqual(document.positionAt(document.offsetAt(r.start)), r.start, `${what}: start not on a character`);
}

async function check(text: string, positions: number[]): Promise<void> {
  const document = doc(text, SWAGGER_URI, 'json');
  const diagnostics = validateSwaggerText(SWAGGER_URI, text, OPTIONS).diagnostics;
  for (const offset of positions) {
    const at = document.positionAt(offset);
    for (const item of swaggerCompletion(document, at)?.items ?? []) inside(document, (item.textEdit as TextEdit).range, `completion ${item.label} at ${offset}`);
    const h = swaggerHover(document, at, diagnostics);
    if (h?.range) inside(document, h.range, `hover at ${offset}`);
    const touching = diagnostics.filter(d => document.offsetAt(d.range.start) <= offset && offset <= document.offsetAt(d.range.end));
    for (const a of await swaggerCodeActions(document, { start: at, end: at }, { diagnostics: touching }, OPTIONS)) {
      for (const e of a.edit?.changes?.[document.uri] ?? []) inside(document, e.range, `action ${a.title}`);
    }
  }
}

describe('hostile swaggers in the editor', () => {
  it('deep nesting, odd top-level values, control characters', async () => {
    await check('['.repeat(200000), [0, 1, 100000, 200000]);
    await check('{"a":'.repeat(100000) + '1' + '}'.repeat(100000), [0, 6, 500000, 600000]);
    for (const t of ['', ' ', 'null', '"x-ms-visibility"', '{}', '{"paths": []}', '{"x-ms-visibility": {"x-ms-visibility": []}}', '{"paths": {"/a": {"get": {"x-ms-dynamic-values": {"operationId": 5}}}}}']) {
      await check(t, Array.from({ length: t.length + 1 }, (_, i) => i));
    }
    const ctl = swagger({ '/a/{i\u001b[31md}': { get: op('A\u0007', { parameters: [pathParam('i\u001b[31md', { 'x-ms-url-encoding': 'tr\u0000iple' })] }) } });
    await check(ctl, Array.from({ length: ctl.length + 1 }, (_, i) => i));
  });

  it('200 random corruptions of a realistic swagger, at random positions', async () => {
    const base = swagger({
      '/items/{id}': { parameters: [pathParam('id')], get: op('GetItem', { 'x-ms-visibility': 'advanced', parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'ListItems', 'value-path': 'id' } }] }) },
      '/items': { get: op('ListItems', { 'x-ms-pageable': { nextLinkName: 'nextLink' } }), post: op('AddItem', { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Item' } }] }) },
    }, { definitions: { Item: { type: 'object', properties: { id: { type: 'string', 'x-ms-summary': 'Id' } } } }, 'x-ms-connector-metadata': [{ propertyName: 'Website', propertyValue: 'x' }] });
    let seed = 7654321;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const alphabet = '{}[]":,\\ \n\r\u0000x-/|$';
    for (let i = 0; i < 200; i++) {
      let t = base;
      for (let k = 1 + rand(4); k > 0; k--) {
        const at = rand(t.length);
        const kind = rand(3);
        const ch = alphabet[rand(alphabet.length)];
        t = kind === 0 ? t.slice(0, at) + t.slice(at + 1) : kind === 1 ? t.slice(0, at) + ch + t.slice(at) : t.slice(0, at) + ch + t.slice(at + 1);
      }
      await check(t, Array.from({ length: 6 }, () => rand(t.length + 1)));
    }
  });
});
