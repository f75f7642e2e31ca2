// Breaking changes in the real VS Code host: `workspace/git-connector` is a git repository made by the runner
// (runTest.js) with the swagger committed; deleting an operation in the (unsaved) swagger buffer brings a
// breaking-operation-deleted diagnostic against HEAD, and reverting the buffer takes it away.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);

suite('breaking changes', () => {
  teardown(h.revertAndCloseAll);

  test('deleting an operation in the swagger of a git workspace brings breaking-operation-deleted', async () => {
    const { doc } = await h.openFixture('git-connector/apiDefinition.swagger.json');
    // Let the first analysis (and the base's first read) settle on the unchanged text: no finding.
    await h.waitForDiagnostics(doc.uri, (list) => !list.some((d) => codeOf(d) === 'breaking-operation-deleted'), 'no finding on the committed text');
    // Delete the `delete` operation (DeleteWidget) of /widgets/{widgetId}, with the comma before it.
    const text = doc.getText();
    const keyAt = text.indexOf('"delete": {', text.indexOf('"/widgets/{widgetId}"'));
    const start = text.lastIndexOf(',', keyAt);
    assert.ok(keyAt > 0 && start > 0, 'the fixture has the DeleteWidget operation after GetWidget');
    let depth = 0;
    let end = text.indexOf('{', keyAt);
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(doc.positionAt(start), doc.positionAt(end + 1)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(!doc.getText().includes('DeleteWidget'));
    JSON.parse(doc.getText());

    const found = await h.waitForDiagnostics(doc.uri, (list) => list.some((d) => codeOf(d) === 'breaking-operation-deleted'), 'breaking-operation-deleted', 30000);
    const d = found.find((x) => codeOf(x) === 'breaking-operation-deleted');
    assert.match(d.message, /^Operation "DeleteWidget"/);
    // A custom connector (no certified folder): a warning, at the path item that remains.
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(doc.getText(d.range), '"/widgets/{widgetId}"');

    await vscode.commands.executeCommand('workbench.action.files.revert');
    await h.waitForDiagnostics(doc.uri, (list) => !list.some((x) => codeOf(x) === 'breaking-operation-deleted'), 'the finding gone after the revert');
  });
});
