// Shared helpers for the e2e tests. They run inside the VS Code extension host, so waits are polls with a
// deadline on the real `vscode` API: the language server answers asynchronously and a 2-core machine can be slow.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'ppconnector.pp-connector-tools';
const LANGUAGE_ID = 'apiproperties';
const SOURCE = 'pp-connector';
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const WORKSPACE = path.resolve(__dirname, '..', 'workspace');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a truthy value; fails with `describe()` (the last state) at the deadline. */
async function waitFor(probe, { timeout = 20000, interval = 50, what = 'condition', describe } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}` + (describe ? `; last state: ${describe()}` : ''));
    }
    await sleep(interval);
  }
}

function fixtureUri(relative) {
  return vscode.Uri.file(path.join(WORKSPACE, relative));
}

async function activateExtension() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded (is dist/client.js built?)`);
  await extension.activate();
  return extension;
}

/** Opens a workspace fixture in an editor and waits until our extension has activated. */
async function openFixture(relative) {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  const editor = await vscode.window.showTextDocument(doc);
  await activateExtension();
  return { doc, editor };
}

function ourDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function describeDiagnostics(list) {
  return JSON.stringify(list.map((d) => ({
    code: typeof d.code === 'object' && d.code ? d.code.value : d.code,
    severity: d.severity,
    range: rangeText(d.range),
    message: d.message,
  })));
}

function rangeText(r) {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Waits until our diagnostics for `uri` satisfy `accept(list)`; returns that list. */
async function waitForDiagnostics(uri, accept, what, timeout = 20000) {
  let last = [];
  return waitFor(() => {
    last = ourDiagnostics(uri);
    return accept(last) ? last : undefined;
  }, { timeout, what, describe: () => describeDiagnostics(last) });
}

/** Closes all editors without saving, so a test's in-memory edits never reach the fixtures on disk. */
async function revertAndCloseAll() {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme === 'file') {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function readManifest() {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
}

module.exports = {
  EXTENSION_ID, LANGUAGE_ID, SOURCE, REPO_ROOT, WORKSPACE,
  sleep, waitFor, fixtureUri, activateExtension, openFixture,
  ourDiagnostics, describeDiagnostics, rangeText, waitForDiagnostics, revertAndCloseAll, readManifest,
};
