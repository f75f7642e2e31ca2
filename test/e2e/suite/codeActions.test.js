'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

suite('code actions', () => {
  teardown(h.revertAndCloseAll);

  test('the trailing-comma error has a quick fix that removes exactly that comma', async () => {
    const { doc } = await h.openFixture('broken/apiProperties.json');
    const original = doc.getText();
    const list = await h.waitForDiagnostics(doc.uri, (l) => l.some((d) => d.code === 'strict-json'), 'the strict-json error');
    const comma = list.find((d) => d.code === 'strict-json');
    assert.strictEqual(h.rangeText(comma.range), '16:38-16:39');

    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, comma.range,
      vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Remove trailing comma');
    assert.ok(fix, 'quick fixes offered: ' + actions.map((a) => a.title).join(' | '));
    assert.ok(fix.edit, 'the quick fix carries its edit');
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);

    const commaOffset = doc.offsetAt(new vscode.Position(16, 38));
    assert.strictEqual(doc.getText(), original.slice(0, commaOffset) + original.slice(commaOffset + 1));
    assert.doesNotThrow(() => JSON.parse(doc.getText()));
    const after = await h.waitForDiagnostics(doc.uri, (l) => !l.some((d) => d.code === 'strict-json'), 'the strict-json error to go');
    assert.deepStrictEqual(after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => h.rangeText(d.range)),
      ['6:16-6:29'], 'only the schema error is left: ' + h.describeDiagnostics(after));
  });
});
