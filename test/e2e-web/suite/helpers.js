// Helpers of the web layer. They run in the web-worker extension host: no node modules (no fs, path, assert), only
// the `vscode` API; the workspace is a copy of test/e2e/workspace, reached through its (vscode-remote) URIs.
'use strict';
const vscode = require('vscode');

const EXTENSION_ID = 'ppconnector.pp-connector-tools';
const SOURCE = 'pp-connector';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);
const rangeText = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Polls `probe` until it returns a truthy value; fails with `describe()` (the last state) at the deadline. */
async function waitFor(probe, { timeout = 30000, interval = 100, what = 'condition', describe } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}` + (describe ? `; last state: ${describe()}` : ''));
    await sleep(interval);
  }
}

function workspaceUri(relative) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...relative.split('/'));
}

async function activateExtension() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
  return extension;
}

async function openFixture(relative) {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  const editor = await vscode.window.showTextDocument(doc);
  const extension = await activateExtension();
  return { doc, editor, extension };
}

function ourDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function describeDiagnostics(list) {
  return JSON.stringify(list.map((d) => ({ code: codeOf(d), severity: d.severity, range: rangeText(d.range), message: d.message })));
}

async function waitForDiagnostics(uri, accept, what, timeout = 30000) {
  let last = [];
  return waitFor(() => {
    last = ourDiagnostics(uri);
    return accept(last) ? last : undefined;
  }, { timeout, what, describe: () => describeDiagnostics(last) });
}

async function revertAndCloseAll() {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme !== 'untitled') {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
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
