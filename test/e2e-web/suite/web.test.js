// The extension in VS Code for the web: its "browser" entry in the web-worker extension host, the language server in
// a Web Worker, files read through vscode.workspace.fs. The fixtures are those of the node e2e layer
// (test/e2e/workspace), copied to a temporary folder so tests may write.
'use strict';
const vscode = require('vscode');
const h = require('./helpers');
const schema = require('../../../schemas/apiProperties.schema.json');

const { assert } = h;
const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);
const VIEW_TYPE = 'ppConnector.connectionDialogPreview';

function positionOf(doc, needle, delta = 1) {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `the document contains ${needle}`);
  return doc.positionAt(offset + delta);
}

suite('VS Code for the web', () => {
  teardown(h.revertAndCloseAll);

  test('the browser entry activates in the web-worker extension host', async () => {
    assert.equal(typeof WorkerGlobalScope, 'function', 'the tests run in a web worker');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    const { doc, extension } = await h.openFixture('multi-auth/apiProperties.json');
    assert.equal(doc.languageId, 'apiproperties');
    assert.ok(extension.isActive, 'the extension is active');
    assert.equal(extension.packageJSON.browser, './dist/web/client.js');
    assert.equal(extension.packageJSON.main, undefined, 'the staged manifest is web-only, as vscode.dev reads it');
    assert.ok(extension.exports.client.isRunning(), 'the language client runs (its server is the worker)');
  });

  test('diagnostics from the worker server have the exact ranges of the faults', async () => {
    const { doc } = await h.openFixture('broken/apiProperties.json');
    assert.equal(doc.lineAt(6).text, '        "type": "securestrin",');
    const list = await h.waitForDiagnostics(doc.uri, (l) => l.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length >= 2,
      'the trailing-comma and bad-type errors');
    const errors = list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
      .map((d) => `${h.codeOf(d)} ${h.rangeText(d.range)}`).sort();
    assert.deepEqual(errors, ['schema 6:16-6:29', 'strict-json 16:38-16:39'], h.describeDiagnostics(list));
    const type = list.find((d) => h.codeOf(d) === 'schema');
    assert.match(type.message, /securestring/);
  });

  test('completion offers the keys a parameter set still lacks', async () => {
    const { doc } = await h.openFixture('completion/apiProperties.json');
    assert.equal(doc.lineAt(11).text, '');
    let labels = [];
    await h.waitFor(async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(11, 0));
      labels = list.items.map(labelOf);
      return labels.includes('parameters');
    }, { what: 'set-key completions', describe: () => labels.join(', ') });
    for (const key of ['uiDefinition', 'parameters', 'metadata']) assert.ok(labels.includes(key), `offers ${key}: ${labels.join(', ')}`);
    for (const key of ['name', 'iconBrandColor', 'connectionParameters']) assert.ok(!labels.includes(key), `does not offer ${key}: ${labels.join(', ')}`);
  });

  test('hover shows the documentation of a key', async () => {
    const { doc } = await h.openFixture('multi-auth/apiProperties.json');
    const node = schema.definitions.oAuthSettings.properties.identityProvider;
    const expected = (node.markdownDescription || node.description).split('\n\n')[0];
    let text = '';
    await h.waitFor(async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, positionOf(doc, '"identityProvider"', 2));
      text = hovers.flatMap((x) => x.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
      return text.length > 0;
    }, { what: 'a hover on identityProvider', describe: () => text });
    assert.ok(text.includes(expected), `hover:\n${text}\nexpected to contain:\n${expected}`);
  });

  test('a quick fix removes exactly the trailing comma', async () => {
    const { doc } = await h.openFixture('broken/apiProperties.json');
    const original = doc.getText();
    const list = await h.waitForDiagnostics(doc.uri, (l) => l.some((d) => h.codeOf(d) === 'strict-json'), 'the strict-json error');
    const comma = list.find((d) => h.codeOf(d) === 'strict-json');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, comma.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Remove trailing comma');
    assert.ok(fix && fix.edit, 'quick fixes offered: ' + actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    const at = doc.offsetAt(new vscode.Position(16, 38));
    assert.equal(doc.getText(), original.slice(0, at) + original.slice(at + 1));
    await h.waitForDiagnostics(doc.uri, (l) => !l.some((d) => h.codeOf(d) === 'strict-json'), 'the strict-json error gone');
  });

  test('the connection-dialog preview opens beside the editor with the sets of the document', async () => {
    const { doc, editor, extension } = await h.openFixture('multi-auth/apiProperties.json');
    await vscode.commands.executeCommand('ppConnector.previewConnectionDialog');
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((tab) => ({ tab, group: g })))
      .filter(({ tab }) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
    const [{ tab, group }] = await h.waitFor(() => (tabs().length ? tabs() : undefined), {
      what: 'the preview webview tab', describe: () => JSON.stringify(vscode.window.tabGroups.all.map((g) => g.tabs.map((t) => t.label))),
    });
    assert.equal(tab.label, 'Dialog: multi-auth/apiProperties.json');
    assert.ok(group.viewColumn !== editor.viewColumn, 'the preview opens beside the editor');
    // What the panel renders: the view model the worker server computes for it.
    const result = await extension.exports.client.sendRequest('ppConnector/dialogModel', { uri: doc.uri.toString() });
    assert.equal(result.view.kind, 'multi');
    assert.deepEqual(result.view.sets.map((s) => s.name), ['key-auth', 'entra-auth', 'api-key-auth']);
  });

  test('a cross-file finding reads the swagger through vscode.workspace.fs and follows its changes', async () => {
    const source = h.workspaceUri('swagger');
    const folder = h.workspaceUri('web-cross-file');
    const decoder = new TextDecoder();
    const read = async (name) => decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(source, name)));
    const swaggerText = await read('apiDefinition.swagger.json');
    const swaggerUri = vscode.Uri.joinPath(folder, 'apiDefinition.swagger.json');
    // The swagger lacks DeleteWidget, which a policy of apiProperties.json names. Never opened in an editor: the
    // server can only see it through the client's file system.
    await h.writeFile(swaggerUri, swaggerText.replace('"operationId": "DeleteWidget"', '"operationId": "RemoveWidget"'));
    await h.writeFile(vscode.Uri.joinPath(folder, 'apiProperties.json'), await read('apiProperties.json'));
    const { doc } = await h.openFixture('web-cross-file/apiProperties.json');
    assert.ok(doc.uri.scheme !== 'file', 'a workspace the web host reaches through a file system provider: ' + doc.uri.scheme);
    const unknown = (l) => l.find((d) => h.codeOf(d) === 'operation-id-unknown');
    const found = unknown(await h.waitForDiagnostics(doc.uri, unknown, 'operation-id-unknown from the swagger on the workspace fs'));
    assert.equal(doc.getText(found.range), '"DeleteWidget"');
    assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === swaggerUri.toString()), 'the swagger was not opened');

    // A change of the file (no editor) reaches the server through the client's file watcher.
    await h.writeFile(swaggerUri, swaggerText);
    await h.waitForDiagnostics(doc.uri, (l) => !unknown(l), 'the finding gone after the swagger was rewritten');

    // Navigation into the swagger works on the same uris.
    let locations = [];
    await h.waitFor(async () => {
      locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '"DeleteWidget"', 3));
      return locations && locations.length > 0;
    }, { what: 'a definition for DeleteWidget', describe: () => JSON.stringify(locations) });
    assert.equal((locations[0].targetUri || locations[0].uri).toString(), swaggerUri.toString());
  });
});
