// The operationId rename in the real VS Code host: renaming an operation in the swagger updates its x-ms-dynamic-values
// call, apiProperties.json's policy and scriptOperations, and script.csx; go to definition follows a $ref; the
// outline lists the operations by path. Edits are applied in memory and reverted (the fixtures are never saved).
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

function positionIn(doc, needle, delta) {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `fixture contains ${needle}`);
  return doc.positionAt(offset + delta);
}

/** Our `paths` symbol (VS Code's JSON outline has one too, with the raw keys `get`, `post`, ...). */
function ours(symbols) {
  return (symbols || []).filter((s) => s.name === 'paths').find((p) => p.children.some((c) => c.children.some((x) => x.name === 'GET ListWidgets')));
}

suite('swagger rename and navigation', () => {
  teardown(h.revertAndCloseAll);

  test('renaming an operationId in the swagger updates apiProperties.json and script.csx', async () => {
    const swaggerUri = h.fixtureUri('swagger-rename/apiDefinition.swagger.json');
    const propsUri = h.fixtureUri('swagger-rename/apiProperties.json');
    const scriptUri = h.fixtureUri('swagger-rename/script.csx');
    const { doc } = await h.openFixture('swagger-rename/apiDefinition.swagger.json');
    const position = positionIn(doc, '"operationId": "ListWidgets"', 20);
    let edit;
    await h.waitFor(async () => {
      try {
        edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, position, 'ListItems');
      } catch {
        edit = undefined; // the server may not be ready yet
      }
      return edit && edit.size >= 3;
    }, { what: 'a rename edit over the three files', describe: () => JSON.stringify(edit ? edit.entries().map(([u, e]) => [u.path, e.length]) : edit) });
    const files = edit.entries().map(([uri, edits]) => [uri.toString(), edits.length]).sort();
    assert.deepStrictEqual(files, [
      [swaggerUri.toString(), 2],
      [propsUri.toString(), 2],
      [scriptUri.toString(), 2],
    ].sort());
    assert.ok(await vscode.workspace.applyEdit(edit));
    const props = await vscode.workspace.openTextDocument(propsUri);
    const script = await vscode.workspace.openTextDocument(scriptUri);
    assert.match(props.getText(), /"x-ms-apimTemplate-operationName": \["ListItems", "CreateWidget"\]/);
    assert.match(props.getText(), /"scriptOperations": \["ListItems"\]/);
    assert.match(script.getText(), /private const string List = "ListItems";/);
    assert.match(script.getText(), /ToLower\(\) == "listitems"/);
    assert.strictEqual((doc.getText().match(/"ListItems"/g) || []).length, 2);
    assert.ok(!/ListWidgets/.test(doc.getText()));
  });

  test('go to definition on a $ref lands on the definition; the outline lists operations by path', async () => {
    const { doc } = await h.openFixture('swagger-rename/apiDefinition.swagger.json');
    let locations = [];
    await h.waitFor(async () => {
      locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, positionIn(doc, '"#/definitions/WidgetList"', 5));
      return locations && locations.length > 0;
    }, { what: 'a definition for the $ref', describe: () => JSON.stringify(locations) });
    const loc = locations[0];
    assert.strictEqual(doc.getText(loc.targetRange || loc.range), '"WidgetList"');
    let symbols = [];
    await h.waitFor(async () => {
      symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return ours(symbols);
    }, { what: 'the swagger outline', describe: () => JSON.stringify((symbols || []).map((s) => s.name)) });
    const paths = ours(symbols);
    assert.deepStrictEqual(paths.children.map((p) => [p.name, p.children.map((c) => c.name)]), [['/widgets', ['GET ListWidgets', 'POST CreateWidget']], ['/widgets/{widgetId}', ['DELETE']]]);
  });
});
