'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

suite('activation', () => {
  teardown(h.revertAndCloseAll);

  test('an apiProperties.json gets the apiproperties language and activates the extension', async () => {
    const extension = vscode.extensions.getExtension(h.EXTENSION_ID);
    assert.ok(extension, `${h.EXTENSION_ID} is loaded from the repo root`);
    const doc = await vscode.workspace.openTextDocument(h.fixtureUri('multi-auth/apiProperties.json'));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, h.LANGUAGE_ID);
    // Opening the document alone must activate us (activation event from the language), not the test's activate().
    await h.waitFor(() => extension.isActive, { what: 'activation after opening the document' });
    const api = await extension.activate();
    assert.ok(api && api.client, 'the extension API exposes the language client');
    assert.strictEqual(api.client.isRunning(), true, 'the language server is running');
  });

  test('the valid multi-auth fixture has no error diagnostics', async () => {
    const { doc, editor } = await h.openFixture('multi-auth/apiProperties.json');
    // "No diagnostics" cannot be awaited directly: break the file first and wait for that error, then undo and
    // wait for it to go; the server has then validated the original text again.
    const closing = doc.positionAt(doc.getText().lastIndexOf('}'));
    await editor.edit((e) => e.insert(closing, ',\n'), { undoStopBefore: true, undoStopAfter: true });
    const hasTrailingComma = (list) => list.some((d) => d.code === 'strict-json');
    await h.waitForDiagnostics(doc.uri, hasTrailingComma, 'the strict-json error of an inserted trailing comma');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.isDirty, false, 'undo restored the saved text');
    const list = await h.waitForDiagnostics(doc.uri, (l) => !hasTrailingComma(l), 'the trailing-comma error to go');
    const errors = list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(errors.length === 0, 'errors: ' + h.describeDiagnostics(errors));
  });
});
