'use strict';
// "Add Authentication Type…" end to end: the client command asks the server for the edit and inserts it as a
// snippet. The kind id is passed as the command argument, which skips the quick pick.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

/** Kind ids as declared by the engine (read from its source so a new kind is tested without editing this file). */
function authKindIds() {
  const source = fs.readFileSync(path.join(h.REPO_ROOT, 'server', 'src', 'engine', 'authKinds.ts'), 'utf8');
  return [...source.matchAll(/^\s+id: '([A-Za-z0-9]+)', label:/gm)].map((m) => m[1]);
}

/**
 * Waits until the server has validated the current text: break it with a trailing comma, wait for that error, undo,
 * wait for the error to go. Returns the diagnostics of the current text.
 */
async function diagnosticsOfCurrentText(editor) {
  const doc = editor.document;
  const text = doc.getText();
  const closing = doc.positionAt(doc.getText().lastIndexOf('}'));
  await editor.edit((e) => e.insert(closing, ',\n'), { undoStopBefore: true, undoStopAfter: true });
  const comma = (list) => list.some((d) => d.code === 'strict-json');
  await h.waitForDiagnostics(doc.uri, comma, 'the strict-json error of a probe comma');
  await vscode.commands.executeCommand('undo');
  assert.strictEqual(doc.getText(), text, 'undo removed exactly the probe comma');
  return h.waitForDiagnostics(doc.uri, (l) => !comma(l), 'the probe comma error to go');
}

const kinds = authKindIds();

suite('Add Authentication Type command', () => {
  teardown(h.revertAndCloseAll);

  test('the engine declares the authentication kinds', () => {
    for (const known of ['basic', 'apiKey', 'aad', 'aadServicePrincipal', 'oauth2', 'oauth2generic']) {
      assert.ok(kinds.includes(known), `kind ${known} found in authKinds.ts; got: ${kinds.join(', ')}`);
    }
  });

  for (const kind of kinds) {
    test(`adds a "${kind}" set to a multi-auth file, leaving strict JSON without errors`, async () => {
      const { doc, editor } = await h.openFixture('multi-auth/apiProperties.json');
      const before = JSON.parse(doc.getText()).properties.connectionParameterSets.values;
      const result = await vscode.commands.executeCommand('ppConnector.addAuthenticationType', kind);
      assert.ok(result && typeof result.name === 'string', 'the command returns the added set: ' + JSON.stringify(result));
      await vscode.commands.executeCommand('leaveSnippet');

      const text = doc.getText();
      let parsed;
      assert.doesNotThrow(() => { parsed = JSON.parse(text); }, `strict JSON after adding ${kind}:\n${text}`);
      const values = parsed.properties.connectionParameterSets.values;
      assert.deepStrictEqual(values.slice(0, before.length), before, 'the existing sets are unchanged');
      assert.strictEqual(values.length, before.length + 1);
      assert.strictEqual(values[before.length].name, result.name);
      assert.ok(Object.keys(values[before.length].parameters).length > 0, 'the new set has parameters');
      assert.ok(!before.some((s) => s.name === result.name), `the new set name ${result.name} is unique`);

      const list = await diagnosticsOfCurrentText(editor);
      const errors = list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.ok(errors.length === 0, `errors after adding ${kind}: ${h.describeDiagnostics(errors)}\n${doc.getText()}`);
    });
  }

  for (const kind of kinds) {
    test(`adds connectionParameterSets with one "${kind}" set to a file without authentication`, async () => {
      const { doc, editor } = await h.openFixture('empty-target/apiProperties.json');
      const before = JSON.parse(doc.getText()).properties;
      assert.strictEqual(before.connectionParameterSets, undefined);
      const result = await vscode.commands.executeCommand('ppConnector.addAuthenticationType', kind);
      assert.ok(result && typeof result.name === 'string', 'the command returns the added set: ' + JSON.stringify(result));
      await vscode.commands.executeCommand('leaveSnippet');

      const text = doc.getText();
      let parsed;
      assert.doesNotThrow(() => { parsed = JSON.parse(text); }, `strict JSON after adding ${kind}:\n${text}`);
      const { connectionParameterSets, ...rest } = parsed.properties;
      assert.deepStrictEqual(rest, before, 'the other members are unchanged');
      assert.strictEqual(connectionParameterSets.values.length, 1);
      assert.strictEqual(connectionParameterSets.values[0].name, result.name);
      assert.ok(Object.keys(connectionParameterSets.values[0].parameters).length > 0, 'the new set has parameters');

      const list = await diagnosticsOfCurrentText(editor);
      const errors = list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.ok(errors.length === 0, `errors after adding ${kind}: ${h.describeDiagnostics(errors)}\n${doc.getText()}`);
    });
  }
});
