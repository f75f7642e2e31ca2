// Helpers of the web layer. They run in the web-worker extension host: no node modules (no fs, path, assert), only
// the `vscode` API (the shared ../../e2e/suite/vscodeApi.js); the workspace is a copy of test/e2e/workspace.
'use strict';
const vscode = require('vscode');

const shared = require('../../e2e/suite/vscodeApi');
const { EXTENSION_ID, SOURCE, sleep, codeOf, rangeText, activateExtension, ourDiagnostics, describeDiagnostics, revertAndCloseAll } = shared;

// The web workbench is slower than the desktop one: longer deadlines, slower polls.
const waitFor = (probe, options = {}) => shared.waitFor(probe, { timeout: 30000, interval: 100, ...options });
const waitForDiagnostics = (uri, accept, what, timeout = 30000) => shared.waitForDiagnostics(uri, accept, what, timeout);

function workspaceUri(relative) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...relative.split('/'));
}

async function openFixture(relative) {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  const editor = await vscode.window.showTextDocument(doc);
  const extension = await activateExtension();
  return { doc, editor, extension };
}

const utf8 = new TextEncoder();
/** Writes a workspace file through vscode.workspace.fs (the only file access a web extension has). */
function writeFile(uri, text) {
  return vscode.workspace.fs.writeFile(uri, utf8.encode(text));
}

/** node's assert, the few calls the tests need (the worker has no node modules). */
const assert = {
  ok(value, message) { if (!value) throw new Error(message || `expected a truthy value, got ${JSON.stringify(value)}`); },
  equal(actual, expected, message) {
    if (actual !== expected) throw new Error(`${message ? message + ': ' : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  },
  deepEqual(actual, expected, message) {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e) throw new Error(`${message ? message + ': ' : ''}expected ${e}, got ${a}`);
  },
  match(text, re, message) { if (!re.test(text)) throw new Error(`${message ? message + ': ' : ''}${JSON.stringify(text)} does not match ${re}`); },
};

module.exports = {
  EXTENSION_ID, SOURCE, sleep, codeOf, rangeText, waitFor, workspaceUri, activateExtension, openFixture,
  ourDiagnostics, describeDiagnostics, waitForDiagnostics, revertAndCloseAll, writeFile, assert,
};
