'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('completion', () => {
  teardown(h.revertAndCloseAll);

  test('inside a connectionParameterSets.values[] set, offers the set keys that are still missing', async () => {
    const { doc } = await h.openFixture('completion/apiProperties.json');
    // Line 11 is the empty line inside `{ <here> "name": "basic-auth" }`, the first set of values[].
    assert.strictEqual(doc.lineAt(10).text, '        {');
    assert.strictEqual(doc.lineAt(11).text, '');
    assert.strictEqual(doc.lineAt(12).text, '          "name": "basic-auth"');
    const position = new vscode.Position(11, 0);

    let labels = [];
    await h.waitFor(async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
      labels = list.items.map(labelOf);
      return labels.includes('parameters');
    }, { what: 'set-key completions from the language server', describe: () => labels.join(', ') });

    for (const key of ['uiDefinition', 'parameters', 'metadata']) {
      assert.ok(labels.includes(key), `offers "${key}"; got: ${labels.join(', ')}`);
    }
    assert.ok(!labels.includes('name'), `"name" is already present in this set; got: ${labels.join(', ')}`);
    // Keys of other levels must not leak in here.
    for (const key of ['iconBrandColor', 'values', 'oAuthSettings', 'connectionParameters']) {
      assert.ok(!labels.includes(key), `"${key}" does not belong in a set; got: ${labels.join(', ')}`);
    }
  });
});
