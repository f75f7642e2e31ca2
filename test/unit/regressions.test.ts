// Failures the fuzzer (test/fuzz, `npm run fuzz`) found, each reduced to a small input, with the exact expected
// behaviour after the fix.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../server/src/engine';
import { assessDocument, LIMITS, nestingDepth } from '../../server/src/engine/limits';

const URI = 'file:///x/apiProperties.json';
const SETTINGS = { validate: true, rules: {}, profile: 'custom' as const };
const doc = (text: string, version = 1) => TextDocument.create(URI, 'apiproperties', version, text);

test('regression: 10,000 nested arrays overflowed the JSON parser\'s stack (RangeError); now one warning', async () => {
  const service = new ConnectorService();
  for (const text of ['['.repeat(10000) + ']'.repeat(10000), '{"a":'.repeat(10000) + '1' + '}'.repeat(10000), '['.repeat(10000)]) {
    const d = doc(text);
    const diagnostics = await service.validate(d, { settings: SETTINGS });
    assert.deepEqual(diagnostics, [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: 'Nesting deeper than 500 levels: not analysed (real connectors nest under 15 levels; paconn fails near 1,000).',
      severity: 2, code: 'analysis-limit', source: 'pp-connector',
    }]);
    assert.equal(await service.hover(d, { line: 0, character: 5000 }), null);
    assert.deepEqual(service.documentSymbols(d), []);
    assert.deepEqual(service.foldingRanges(d), []);
    assert.deepEqual(service.format(d, undefined), []);
    assert.equal(service.selectionRanges(d, [{ line: 0, character: 5 }]).length, 1);
    assert.equal(await service.complete(d, { line: 0, character: 5000 }), null);
    service.forget(URI);
  }
});

test('regression: nesting up to the limit is analysed in full, one level more is declined', async () => {
  const service = new ConnectorService();
  const atLimit = doc('[\n'.repeat(LIMITS.maxDepth) + ']\n'.repeat(LIMITS.maxDepth));
  assert.deepEqual((await service.validate(atLimit, { settings: SETTINGS })).map(d => d.code), ['schema']);
  assert.equal(service.foldingRanges(atLimit).length, LIMITS.maxDepth - 1);
  const over = doc('['.repeat(LIMITS.maxDepth + 1) + ']'.repeat(LIMITS.maxDepth + 1), 2);
  assert.deepEqual((await service.validate(over, { settings: SETTINGS })).map(d => d.code), ['analysis-limit']);
});

test('regression: formatting at nesting level 100 returned an edit with undefined newText (jsonc-parser indent cache)', () => {
  const service = new ConnectorService();
  const text = '['.repeat(101) + ']'.repeat(101);
  const d = doc(text);
  const edits = service.format(d, undefined);
  assert.ok(edits.every(e => typeof e.newText === 'string'), 'every edit has text');
  const formatted = TextDocument.applyEdits(d, edits);
  const lines = formatted.split('\n');
  assert.equal(lines.length, 201);
  assert.equal(lines[100], ' '.repeat(200) + '[]');
  assert.equal(lines[101], ' '.repeat(198) + ']');
  assert.deepEqual(JSON.parse(formatted), JSON.parse(text));
});

test('regression: a binary file named apiProperties.json is declined with one error, not hundreds of syntax errors', async () => {
  const service = new ConnectorService();
  const binary = doc('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' + '\u0000\u00ff{['.repeat(2000));
  const diagnostics = await service.validate(binary, { settings: SETTINGS });
  assert.deepEqual(diagnostics.map(d => [d.code, d.severity, d.message]), [[
    'analysis-limit', 1, 'This looks like a binary file (NUL character at offset 8), not JSON text: not analysed.',
  ]]);
  assert.deepEqual(service.format(binary, undefined), []);
});

test('limits: a large file gets syntax checks only, with one note; an empty file gets no diagnostic', async () => {
  assert.deepEqual(assessDocument('x'.repeat(LIMITS.fullAnalysisChars)), { level: 'full' });
  assert.deepEqual(assessDocument(' '.repeat(LIMITS.fullAnalysisChars + 1)), {
    level: 'syntax', severity: 3, reason: 'File too large for full analysis (2.0 MB; limit 2.0 MB): syntax checks only.',
  });
  assert.deepEqual(assessDocument(' '.repeat(LIMITS.parseChars + 1)), {
    level: 'none', severity: 3, reason: 'File too large to analyse (16.0 MB; limit 16.0 MB): no checks, completion or formatting.',
  });
  const service = new ConnectorService();
  // Syntax errors still reported, schema (missing "properties") and rules are not.
  const big = doc('{"a": 1,}' + ' '.repeat(LIMITS.fullAnalysisChars));
  assert.deepEqual((await service.validate(big, { settings: SETTINGS })).map(d => d.code), ['analysis-limit', 'strict-json']);
  // An empty file is a file just created: no diagnostics, and completion offers the skeleton.
  const empty = doc('', 2);
  assert.deepEqual(await service.validate(empty, { settings: SETTINGS }), []);
  assert.ok(((await service.complete(empty, { line: 0, character: 0 }))?.items.length ?? 0) > 0);
});

test('nestingDepth ignores brackets in strings (with escaped quotes) and stops early', () => {
  assert.equal(nestingDepth('{"a": "[[[[\\"[[[", "b": [[1]]}'), 3);
  assert.equal(nestingDepth('"unterminated [[[[\n[[]]'), 2);
  assert.equal(nestingDepth(']]]]{}'), 1);
  assert.equal(nestingDepth('['.repeat(100000), 10), 11);
});

test('regression: "Add authentication type" on an unclosed object ("{") gave a reversed edit range (start 1, end 0)', async () => {
  const service = new ConnectorService();
  for (const text of ['{', '{"properties": {']) {
    const d = doc(text);
    const actions = await service.codeActions(d, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [] });
    const add = actions.find(a => a.title === 'Add authentication type: API key');
    assert.ok(add, `offered for ${JSON.stringify(text)}: ${actions.map(a => a.title).join(', ')}`);
    const [edit] = add.edit!.changes![URI];
    assert.deepEqual(edit.range, { start: { line: 0, character: text.length }, end: { line: 0, character: text.length } }, 'inserted right after the opening brace');
    const result = TextDocument.applyEdits(d, [edit]);
    assert.ok(result.startsWith(text + '\n  "'), result.slice(0, 40));
    // Closing the brackets the user had not typed yet gives valid JSON with the new set.
    const closed = JSON.parse(result + (text === '{' ? '}' : '}}'));
    assert.deepEqual(Object.keys(closed.properties), ['connectionParameterSets']);
  }
});

test('regression: a swagger with 10,000 unclosed brackets overflowed jsonc-parser\'s stack while looking for the syntax error', async () => {
  const { parseSwagger, operationLocation } = await import('../../server/src/engine/swagger/swaggerModel');
  const broken = parseSwagger('file:///x/apiDefinition.swagger.json', '{"swagger": "2.0", "x": ' + '['.repeat(10000));
  assert.equal(broken.status, 'invalid');
  assert.equal(broken.problem, 'the swagger is not valid JSON (nested too deeply to locate the error)');
  // Valid but deep: JSON.parse copes; looking up an operation's location (jsonc-parser) must not throw either.
  const deep = parseSwagger('file:///x/apiDefinition.swagger.json',
    '{"swagger": "2.0", "paths": {"/a": {"get": {"operationId": "GetA"}}}, "x": ' + '['.repeat(10000) + ']'.repeat(10000) + '}');
  assert.equal(deep.status, 'paired');
  assert.deepEqual([...deep.operations.keys()], ['GetA']);
  assert.equal(operationLocation(deep, 'GetA'), undefined);
});
