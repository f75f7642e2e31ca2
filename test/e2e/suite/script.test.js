// Custom code in the real VS Code host: script.csx opens as C#, shows our findings against the folder's swagger and
// apiProperties.json, and go to definition on a compared operation id lands on its operationId in the swagger.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);

suite('script.csx', () => {
  teardown(h.revertAndCloseAll);

  test('an unknown operation id is reported on its string, with the closest id', async () => {
    const { doc } = await h.openFixture('script/script.csx');
    assert.strictEqual(doc.languageId, 'csharp');
    const list = await h.waitForDiagnostics(doc.uri, (l) => l.some((d) => codeOf(d) === 'script-code-operation-unknown'), 'script-code-operation-unknown');
    const d = list.find((x) => codeOf(x) === 'script-code-operation-unknown');
    assert.strictEqual(doc.getText(d.range), '"GetWidgets"');
    assert.strictEqual(h.rangeText(d.range), '11:17-11:29');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /Did you mean "GetWidget"\?/);
  });

  test('go to definition on a compared operation id opens its operationId in the swagger', async () => {
    const { doc } = await h.openFixture('script/script.csx');
    const position = doc.positionAt(doc.getText().indexOf('"ListWidgets"') + 3);
    let locations = [];
    await h.waitFor(async () => {
      locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, position);
      return locations && locations.some((l) => (l.targetUri || l.uri).fsPath.endsWith('apiDefinition.swagger.json'));
    }, { what: 'a definition for "ListWidgets" in the swagger', describe: () => JSON.stringify(locations) });
    const loc = locations.find((l) => (l.targetUri || l.uri).fsPath.endsWith('apiDefinition.swagger.json'));
    const uri = loc.targetUri || loc.uri;
    assert.strictEqual(uri.toString(), h.fixtureUri('script/apiDefinition.swagger.json').toString());
    const swagger = await vscode.workspace.openTextDocument(uri);
    const range = loc.targetRange || loc.range;
    assert.strictEqual(swagger.getText(range), '"ListWidgets"');
    assert.match(swagger.lineAt(range.start.line).text, /"operationId": "ListWidgets"/);
  });
});
