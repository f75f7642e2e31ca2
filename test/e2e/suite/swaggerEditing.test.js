// The swagger in the real VS Code, beside its apiProperties.json (fixture swagger-editing/): the Swagger Validator
// finding with its exact range, hover on x-ms-visibility, completion of an x-ms-* key, a quick fix applied, and no
// JSON syntax error of ours on a broken swagger (VS Code's JSON support reports those).
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);
const SWAGGER = 'swagger-editing/apiDefinition.swagger.json';

/** Opens apiProperties.json, then its swagger beside it; returns the swagger's document and editor. */
async function openBeside() {
  await h.openFixture('swagger-editing/apiProperties.json');
  const doc = await vscode.workspace.openTextDocument(h.fixtureUri(SWAGGER));
  const editor = await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  assert.strictEqual(doc.languageId, 'json', 'the swagger keeps the json language');
  return { doc, editor };
}

const encodingFinding = (list) => list.find((d) => codeOf(d) === 'path-parameter-missing-encoding');

suite('swagger editing', () => {
  teardown(h.revertAndCloseAll);

  test('a swagger opened beside its apiProperties shows the validator finding on the parameter name', async () => {
    const { doc } = await openBeside();
    const list = await h.waitForDiagnostics(doc.uri, encodingFinding, 'the path-parameter-missing-encoding finding');
    assert.deepStrictEqual(list.map((d) => codeOf(d)), ['path-parameter-missing-encoding'], h.describeDiagnostics(list));
    const d = list[0];
    assert.strictEqual(h.rangeText(d.range), '24:20-24:28');
    assert.strictEqual(doc.getText(d.range), '"itemId"');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /^Path parameter "itemId" has no "x-ms-url-encoding"/);
  });

  test('hover on x-ms-visibility shows its documentation and the Learn link', async () => {
    const { doc } = await openBeside();
    const position = doc.positionAt(doc.getText().indexOf('"x-ms-visibility"') + 5);
    let text = '';
    await h.waitFor(async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
      text = hovers.flatMap((x) => x.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
      return text.includes('x-ms-visibility');
    }, { what: 'a hover on x-ms-visibility', describe: () => JSON.stringify(text) });
    assert.ok(text.includes('How prominently the designer shows an operation, a parameter or a field.'), text);
    assert.ok(text.includes('https://learn.microsoft.com/en-us/connectors/custom-connectors/openapi-extensions#x-ms-visibility'), text);
  });

  test('completion of an x-ms-* key in an operation inserts it with its first value', async () => {
    const { doc, editor } = await openBeside();
    await h.waitForDiagnostics(doc.uri, encodingFinding, 'the server has the swagger');
    const at = doc.getText().indexOf('"summary": "Get an item",') + '"summary": "Get an item",'.length;
    const typed = '\n        "x-ms-tri';
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(at), typed)));
    const position = doc.positionAt(at + typed.length);
    let items = [];
    await h.waitFor(async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
      items = list.items.filter((i) => /^x-ms-/.test(typeof i.label === 'string' ? i.label : i.label.label));
      return items.some((i) => i.label === 'x-ms-trigger');
    }, { what: 'x-ms-trigger among the completions', describe: () => JSON.stringify(items.map((i) => i.label)) });
    assert.ok(!items.some((i) => i.label === 'x-ms-url-encoding'), 'a parameter extension is not proposed in an operation');
    const item = items.find((i) => i.label === 'x-ms-trigger');
    assert.ok(item.insertText instanceof vscode.SnippetString, 'inserted as a snippet');
    const range = item.range && item.range.replacing ? item.range.replacing : item.range;
    assert.strictEqual(doc.getText(range), '"x-ms-tri');
    assert.ok(await editor.insertSnippet(item.insertText, range));
    const line = doc.lineAt(position.line).text;
    assert.strictEqual(line, '        "x-ms-trigger": "single",', 'the first value, and a comma before the next key');
  });

  test('the quick fix adds "x-ms-url-encoding": "single" and the finding goes', async () => {
    const { doc } = await openBeside();
    const original = doc.getText();
    const d = encodingFinding(await h.waitForDiagnostics(doc.uri, encodingFinding, 'the finding'));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Add "x-ms-url-encoding": "single"');
    assert.ok(fix && fix.edit, 'quick fixes offered: ' + actions.map((a) => a.title).join(' | '));
    assert.ok(fix.isPreferred);
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
    assert.strictEqual(doc.getText(), original.replace('"x-ms-visibility": "important"\n', '"x-ms-visibility": "important",\n            "x-ms-url-encoding": "single"\n'));
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 0, 'no finding left');
  });

  test('a swagger that is not valid JSON gets no syntax error of ours', async () => {
    const { doc, editor } = await openBeside();
    await h.waitForDiagnostics(doc.uri, encodingFinding, 'the finding before the edit');
    const at = doc.getText().indexOf('"summary": "Get an item",') + '"summary": "Get an item",'.length;
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(at), ',')));
    // Our findings go (the rules need a whole document) and nothing of ours replaces them.
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 0, 'our diagnostics cleared on broken JSON');
    await h.sleep(500);
    assert.deepStrictEqual(h.ourDiagnostics(doc.uri), []);
  });
});
