'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);

suite('diagnostics', () => {
  teardown(h.revertAndCloseAll);

  test('the broken fixture gets pp-connector errors at the exact ranges of its faults', async () => {
    const { doc } = await h.openFixture('broken/apiProperties.json');
    assert.strictEqual(doc.lineAt(6).text, '        "type": "securestrin",');
    assert.strictEqual(doc.lineAt(16).text, '    "publisher": "Fabrikam Test Tools",');

    const atRange = (list, range) => list.find((d) => h.rangeText(d.range) === range);
    const list = await h.waitForDiagnostics(doc.uri,
      (l) => atRange(l, '16:38-16:39') && atRange(l, '6:16-6:29'), 'diagnostics of the trailing comma and of the bad type');

    const comma = atRange(list, '16:38-16:39');
    assert.strictEqual(comma.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(comma.source, 'pp-connector');
    assert.strictEqual(codeOf(comma), 'strict-json');
    assert.match(comma.message, /trailing comma/i);

    const type = atRange(list, '6:16-6:29');
    assert.strictEqual(type.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(type.source, 'pp-connector');
    assert.strictEqual(codeOf(type), 'schema');
    assert.match(type.message, /securestring/, 'the message names the allowed value: ' + type.message);
    // Nothing else in this file is wrong.
    const errors = list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(errors.map((d) => h.rangeText(d.range)).sort(), ['16:38-16:39', '6:16-6:29'], h.describeDiagnostics(errors));
  });
});
