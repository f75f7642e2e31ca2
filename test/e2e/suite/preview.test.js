// The connection-dialog preview and the new-file command in the real VS Code: the command opens our webview
// beside the editor (found through the tab model: a webview tab with our view type), a second run reveals the same
// panel, and "New Connector Properties File" writes a starter that opens as API Properties without errors.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

const VIEW_TYPE = 'ppConnector.connectionDialogPreview';

function previewTabs() {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((tab) => ({ tab, group: g })))
    .filter(({ tab }) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
}

suite('connection-dialog preview', () => {
  teardown(h.revertAndCloseAll);

  test('Preview Connection Dialog opens a webview beside the editor, once per document', async () => {
    const { editor } = await h.openFixture('multi-auth/apiProperties.json');
    assert.deepStrictEqual(previewTabs(), []);
    await vscode.commands.executeCommand('ppConnector.previewConnectionDialog');
    const [{ tab, group }] = await h.waitFor(() => (previewTabs().length ? previewTabs() : undefined), {
      what: 'a webview tab of type ' + VIEW_TYPE,
      describe: () => JSON.stringify(vscode.window.tabGroups.all.map((g) => g.tabs.map((t) => t.label))),
    });
    assert.strictEqual(tab.label, 'Dialog: multi-auth/apiProperties.json');
    assert.notStrictEqual(group.viewColumn, editor.viewColumn, 'the preview opens beside the editor');

    await vscode.commands.executeCommand('ppConnector.previewConnectionDialog');
    await h.sleep(300);
    assert.strictEqual(previewTabs().length, 1, 'running the command again reveals the same panel');
    await vscode.window.tabGroups.close(tab);
    assert.deepStrictEqual(previewTabs(), []);
  });

  test('from the Explorer (a uri argument) the file opens and its preview appears beside it', async () => {
    await h.activateExtension();
    const uri = h.fixtureUri('completion/apiProperties.json');
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString()));
    await vscode.commands.executeCommand('ppConnector.previewConnectionDialog', uri);
    const [{ tab }] = await h.waitFor(() => (previewTabs().length ? previewTabs() : undefined), { what: 'the preview tab' });
    assert.strictEqual(tab.label, 'Dialog: completion/apiProperties.json');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString()), 'the file is open in an editor');
  });

  test('New Connector Properties File writes a multi-auth starter that opens as API Properties without errors', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-new-properties-'));
    const uri = vscode.Uri.file(path.join(dir, 'apiProperties.json'));
    try {
      await h.activateExtension();
      const doc = await vscode.commands.executeCommand('ppConnector.newConnectorProperties', {
        choice: { kind: 'multi', auths: ['apiKey', 'basic'] }, uri,
      });
      assert.ok(doc, 'the command returns the opened document');
      assert.strictEqual(doc.uri.toString(), uri.toString());
      assert.strictEqual(doc.languageId, h.LANGUAGE_ID);
      const onDisk = JSON.parse(fs.readFileSync(uri.fsPath, 'utf8'));
      assert.deepStrictEqual(onDisk.properties.connectionParameterSets.values.map((v) => v.name), ['api-key-auth', 'basic-auth']);
      // The buffer holds the same text (inserted again as a snippet, so the values are tab stops).
      assert.deepStrictEqual(JSON.parse(doc.getText()), onDisk);
      const list = await h.waitFor(() => {
        const all = vscode.languages.getDiagnostics(uri);
        return all.some((d) => d.source === h.SOURCE) ? all : undefined;
      }, { what: 'the first diagnostics of the new file (at least the swagger-unavailable note)' });
      const errors = list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.deepStrictEqual(h.describeDiagnostics(errors), '[]');
    } finally {
      // Saved and closed first: a dirty editor of a deleted file would make the teardown's revert prompt.
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open && open.isDirty) await open.save();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
