'use strict';
const assert = require('assert');
const vscode = require('vscode');

suite('e2e host', () => {
  test('runs in a real VS Code extension host', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    // The offline host is the web workbench talking to a local VS Code server's Node extension host.
    assert.strictEqual(typeof process.versions.node, 'string');
    assert.ok(vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length === 1, 'workspace folder is open');
    assert.strictEqual(vscode.workspace.workspaceFolders[0].name, 'workspace');
    console.log(`vscode ${vscode.version}, node ${process.version}, uiKind ${vscode.env.uiKind}`);
  });
});
