// Cross-file features in the real VS Code host: go to definition from a policy operation name into the swagger,
// operation-id completion, and an unsaved swagger edit re-checking apiProperties.json.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);

function positionIn(doc, needle, delta) {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `fixture contains ${needle}`);
  return doc.positionAt(offset + delta);
}

suite('swagger', () => {
  teardown(h.revertAndCloseAll);

  test('go to definition on a policy operation name opens the operation in the swagger', async () => {
    const { doc } = await h.openFixture('swagger/apiProperties.json');
    const position = positionIn(doc, '"DeleteWidget"', 3);
    let locations = [];
    await h.waitFor(async () => {
      locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, position);
      return locations && locations.length > 0;
    }, { what: 'a definition for "DeleteWidget"', describe: () => JSON.stringify(locations) });
    const loc = locations[0];
    const uri = loc.targetUri || loc.uri;
    const range = loc.targetRange || loc.range;
    assert.strictEqual(uri.toString(), h.fixtureUri('swagger/apiDefinition.swagger.json').toString());
    const swagger = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(swagger.getText(range), '"DeleteWidget"');
    assert.match(swagger.lineAt(range.start.line).text, /"operationId": "DeleteWidget"/);
  });

  test('completion inside x-ms-apimTemplate-operationName offers the swagger operation ids', async () => {
    const { doc } = await h.openFixture('swagger/apiProperties.json');
    const position = positionIn(doc, '"GetWidget"', 1);
    let labels = [];
    await h.waitFor(async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
      labels = list.items.filter((i) => /^(GET|POST|DELETE) /.test(i.detail || '')).map((i) => `${typeof i.label === 'string' ? i.label : i.label.label} ${i.detail}`);
      return labels.length > 0;
    }, { what: 'operation id completions', describe: () => JSON.stringify(labels) });
    assert.deepStrictEqual(labels.sort(), ['CreateWidget POST /widgets', 'GetWidget GET /widgets/{widgetId}', 'ListWidgets GET /widgets']);
  });

  test('an unsaved edit of the swagger re-checks apiProperties.json', async () => {
    const { doc } = await h.openFixture('swagger/apiProperties.json');
    const swaggerUri = h.fixtureUri('swagger/apiDefinition.swagger.json');
    const swagger = await vscode.workspace.openTextDocument(swaggerUri);
    await vscode.window.showTextDocument(swagger, { preview: false, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
    const at = swagger.getText().indexOf('"operationId": "DeleteWidget"') + '"operationId": "'.length;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(swaggerUri, new vscode.Range(swagger.positionAt(at), swagger.positionAt(at + 'DeleteWidget'.length)), 'ArchiveWidgetPermanently');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const found = await h.waitForDiagnostics(doc.uri, (list) => list.some((d) => codeOf(d) === 'operation-id-unknown'), 'operation-id-unknown after the unsaved swagger edit');
    const d = found.find((x) => codeOf(x) === 'operation-id-unknown');
    assert.strictEqual(doc.getText(d.range), '"DeleteWidget"');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    await vscode.window.showTextDocument(swagger);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await h.waitForDiagnostics(doc.uri, (list) => !list.some((x) => codeOf(x) === 'operation-id-unknown'), 'the finding gone after the revert');
  });

  test('a swagger created or deleted on disk is picked up through the file watcher', async () => {
    const { doc } = await h.openFixture('swagger-watch/apiProperties.json');
    const target = path.join(h.WORKSPACE, 'swagger-watch', 'apiDefinition.swagger.json');
    const source = path.join(h.WORKSPACE, 'swagger', 'apiDefinition.swagger.json');
    const noted = (list) => list.some((d) => codeOf(d) === 'swagger-unavailable');
    try {
      const [note] = (await h.waitForDiagnostics(doc.uri, noted, 'the swagger-unavailable note')).filter((d) => codeOf(d) === 'swagger-unavailable');
      assert.strictEqual(note.severity, vscode.DiagnosticSeverity.Information);
      assert.strictEqual(doc.getText(note.range), '"properties"');
      fs.copyFileSync(source, target);
      await h.waitForDiagnostics(doc.uri, (list) => !noted(list), 'the note gone once the swagger exists');
      fs.rmSync(target);
      await h.waitForDiagnostics(doc.uri, noted, 'the note back once the swagger is deleted');
    } finally {
      fs.rmSync(target, { force: true });
    }
  });
});
