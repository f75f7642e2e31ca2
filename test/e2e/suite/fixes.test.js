'use strict';
// Quick fixes and refactors in the real VS Code host: "Add Authentication Type…" (the command, and the light-bulb
// action that calls it) inserts a set as a snippet, the conversion refactor rewrites single-auth parameters, and
// fix-all repairs the safe findings. Each test works on its own file in a temporary folder.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

const SETS_EMPTY = [
  '{',
  '  "properties": {',
  '    "iconBrandColor": "#123456",',
  '    "connectionParameterSets": {',
  '      "uiDefinition": {',
  '        "displayName": "Authentication type",',
  '        "description": "Choose how to sign in"',
  '      },',
  '      "values": []',
  '    }',
  '  }',
  '}',
  '',
].join('\n');

const API_KEY_SET = [
  '        {',
  '          "name": "api-key-auth",',
  '          "uiDefinition": {',
  '            "displayName": "API key",',
  '            "description": "Use an API key"',
  '          },',
  '          "parameters": {',
  '            "api_key": {',
  '              "type": "securestring",',
  '              "uiDefinition": {',
  '                "displayName": "API key",',
  '                "description": "The API key for the service",',
  '                "tooltip": "Provide your API key",',
  '                "constraints": {',
  '                  "tabIndex": 2,',
  '                  "clearText": false,',
  '                  "required": "true"',
  '                }',
  '              }',
  '            }',
  '          }',
  '        }',
];

let dir;
let counter = 0;

/** Writes `text` to a fresh apiProperties.json outside the workspace fixtures and opens it. */
async function openTemp(text) {
  const folder = path.join(dir, String(++counter));
  fs.mkdirSync(folder);
  const file = path.join(folder, 'apiProperties.json');
  fs.writeFileSync(file, text);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(doc);
  await h.activateExtension();
  assert.strictEqual(doc.languageId, h.LANGUAGE_ID);
  return { doc, editor };
}

/** Errors and warnings only: the information that no swagger sits beside the file is expected here. */
const problems = (list) => list.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);

async function waitForText(doc, accept, what) {
  return h.waitFor(() => accept(doc.getText()), { what, describe: () => doc.getText() });
}

suite('quick fixes and refactors', () => {
  suiteSetup(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppc-fixes-')); });
  teardown(() => h.revertAndCloseAll());
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('Add Authentication Type inserts an API key set as a snippet, and the file validates clean', async () => {
    const { doc, editor } = await openTemp(SETS_EMPTY);
    await h.waitForDiagnostics(doc.uri, () => true, 'first diagnostics');
    const inside = new vscode.Position(8, 17);
    editor.selection = new vscode.Selection(inside, inside);
    await vscode.commands.executeCommand('ppConnector.addAuthenticationType', 'apiKey');
    const expected = SETS_EMPTY.replace('"values": []', ['"values": [', ...API_KEY_SET, '      ]'].join('\n'));
    await waitForText(doc, (t) => t === expected, 'the inserted set');
    // The snippet session selects the first tab stop: the set name.
    assert.strictEqual(doc.getText(editor.selection), 'api-key-auth');
    await h.waitForDiagnostics(doc.uri, (l) => problems(l).length === 0 && l.length <= 1, 'clean diagnostics');
  });

  test('the light-bulb action for a set runs the command at the requested place', async () => {
    const { doc } = await openTemp(SETS_EMPTY);
    await h.waitForDiagnostics(doc.uri, () => true, 'first diagnostics');
    const inside = new vscode.Range(8, 17, 8, 17);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, inside, vscode.CodeActionKind.Refactor.value);
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('Add authentication type'));
    assert.deepStrictEqual(titles, [
      'Add authentication type: Basic authentication', 'Add authentication type: API key', 'Add authentication type: Microsoft Entra ID',
      'Add authentication type: Microsoft Entra ID service principal', 'Add authentication type: OAuth 2.0', 'Add authentication type: OAuth 2.0 with templates',
    ]);
    const sp = actions.find((a) => a.title === 'Add authentication type: Microsoft Entra ID service principal');
    await vscode.commands.executeCommand(sp.command.command, ...sp.command.arguments);
    const parsed = await waitForText(doc, (t) => { try { return JSON.parse(t); } catch { return undefined; } }, 'valid JSON with the set');
    const set = parsed.properties.connectionParameterSets.values[0];
    assert.strictEqual(set.name, 'aad-service-principal');
    assert.deepStrictEqual(Object.keys(set.parameters), ['token', 'token:TenantId', 'token:clientId', 'token:clientSecret']);
    await h.waitForDiagnostics(doc.uri, (l) => problems(l).length === 0, 'no errors or warnings');
  });

  test('the conversion refactor turns connectionParameters into a first set', async () => {
    const single = [
      '{',
      '  "properties": {',
      '    "iconBrandColor": "#123456",',
      '    "connectionParameters": {',
      '      "api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key", "description": "Key"}}',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const { doc } = await openTemp(single);
    await h.waitForDiagnostics(doc.uri, () => true, 'first diagnostics');
    const onKey = new vscode.Range(3, 8, 3, 8);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, onKey, vscode.CodeActionKind.RefactorRewrite.value);
    const convert = actions.find((a) => a.title === 'Convert to connectionParameterSets (multi-auth)');
    assert.ok(convert, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(convert.edit));
    const expected = [
      '{',
      '  "properties": {',
      '    "iconBrandColor": "#123456",',
      '    "connectionParameterSets": {',
      '      "uiDefinition": {',
      '        "displayName": "Authentication type",',
      '        "description": "Choose how to sign in"',
      '      },',
      '      "values": [',
      '        {',
      '          "name": "api-key-auth",',
      '          "uiDefinition": {',
      '            "displayName": "API key",',
      '            "description": "Use an API key"',
      '          },',
      '          "parameters": {',
      '            "api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key", "description": "Key", "constraints": {"required": "true"}}}',
      '          }',
      '        }',
      '      ]',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.strictEqual(doc.getText(), expected);
    await h.waitForDiagnostics(doc.uri, (l) => problems(l).length === 0, 'no errors or warnings');
  });

  test('fix-all repairs casing, string booleans and strict JSON in one edit', async () => {
    const broken = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameterSets": {\n      "uiDefinition": {"displayname": "Authentication type", "description": "Choose"},\n      "values": [\n        {"name": "k", "uiDefinition": {"displayName": "K", "description": "K"}, "parameters": {"api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": true}}}}}\n      ]\n    },\n  }\n}\n';
    const { doc } = await openTemp(broken);
    await h.waitForDiagnostics(doc.uri, (l) => problems(l).length >= 3, 'the findings');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.SourceFixAll.value);
    assert.deepStrictEqual(actions.map((a) => a.title), ['Fix all safe connector problems']);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit));
    assert.strictEqual(doc.getText(), broken.replace('"displayname"', '"displayName"').replace('"required": true', '"required": "true"').replace('    },\n  }', '    }\n  }'));
    await h.waitForDiagnostics(doc.uri, (l) => problems(l).length === 0, 'no errors or warnings');
  });
});
