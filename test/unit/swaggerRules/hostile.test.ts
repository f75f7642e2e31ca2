// Hostile swaggers: deep nesting, huge values, control characters, random corruption. The swagger validation never
// throws, never reports a range outside the text, and never puts a control character in a message.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { validateSwaggerText } from '../../../server/src/engine/swaggerRules/validate';
import { op, pathParam, swagger } from './helpers';

const SETTINGS = { validate: true, rules: {}, profile: 'auto' as const };

function check(text: string): void {
  const errors: string[] = [];
  const { diagnostics } = validateSwaggerText('file:///h/apiDefinition.swagger.json', text, { settings: SETTINGS, profile: 'certified', onRuleError: (id, e) => errors.push(`${id}: ${e}`) });
  assert.deepEqual(errors, []);
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    const { start, end } = d.range;
    assert.ok(start.line < lines.length && end.line < lines.length, `range past the end: ${JSON.stringify(d.range)}`);
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), 'reversed range');
    assert.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(String(d.message)), `control character in ${JSON.stringify(d.message)}`);
  }
}

describe('hostile swaggers', () => {
  it('survives nesting deeper than the call stack, as arrays and as schemas', () => {
    check('['.repeat(200000));
    check('{"a":'.repeat(100000) + '1' + '}'.repeat(100000));
    check(swagger({}, { definitions: { T: JSON.parse('{"properties":{"p":'.repeat(300) + '{}' + '}}'.repeat(300)) } }));
  });
  it('quotes control characters in names as a replacement character', () => {
    const text = swagger({ '/a/{i\u001b[31md}': { get: op('A\u0007', { parameters: [pathParam('i\u001b[31md', { required: false })] }) }, '/b': { get: op('A\u0007') } });
    check(text);
    const messages = validateSwaggerText('file:///x', text, { settings: SETTINGS, profile: 'custom' }).diagnostics.map(d => String(d.message));
    assert.ok(messages.some(m => m.includes('i\ufffd[31md')), messages.join('\n'));
  });
  it('handles a megabyte string, a BOM, CRLF and odd top-level values', () => {
    check('\uFEFF' + swagger({ '/a': { get: op('A', { summary: 'x'.repeat(1_000_000) }) } }).replace(/\n/g, '\r\n'));
    for (const t of ['', ' ', 'null', '"swagger"', '42', '{}', '{"paths": []}', '{"paths": {"/a": []}}', '{"paths": {"/a": {"get": []}}}', '{"paths": {"/a": {"get": {"parameters": {}}}}}', '{"parameters": [], "definitions": 1, "paths": {"/{x}": {"get": {"parameters": [{"$ref": 5}, null, {"$ref": "#/parameters/"}]}}}}']) check(t);
  });
  it('survives 400 random corruptions of a realistic swagger', () => {
    const base = swagger({
      '/items/{id}': { parameters: [pathParam('id')], get: op('GetItem', { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'ListItems', parameters: { q: { parameter: 'q' } } } }] }) },
      '/items': { get: op('ListItems', { 'x-ms-pageable': { nextLinkName: 'nextLink' } }), post: op('AddItem', { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Item' } }] }) },
    }, { definitions: { Item: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 9 } } } }, tags: [{ name: 'x' }], security: [{ k: [] }] });
    let seed = 1234567;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const alphabet = '{}[]":,\\ \n\u0000\u001bx-/0~#$';
    for (let i = 0; i < 400; i++) {
      let t = base;
      for (let k = 1 + rand(4); k > 0; k--) {
        const at = rand(t.length);
        const op = rand(3);
        const ch = alphabet[rand(alphabet.length)];
        t = op === 0 ? t.slice(0, at) + t.slice(at + 1) : op === 1 ? t.slice(0, at) + ch + t.slice(at) : t.slice(0, at) + ch + t.slice(at + 1);
      }
      check(t);
    }
  });
});
