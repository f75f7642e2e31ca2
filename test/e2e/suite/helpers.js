// Helpers of the desktop e2e tests (node extension host): the shared `vscode` API helpers (./vscodeApi.js) plus the
// fixtures on disk (test/e2e/workspace) and the manifest.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const { EXTENSION_ID, SOURCE, sleep, waitFor, activateExtension, ourDiagnostics, describeDiagnostics, rangeText,
  waitForDiagnostics, revertAndCloseAll } = require('./vscodeApi');

const LANGUAGE_ID = 'apiproperties';
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const WORKSPACE = path.resolve(__dirname, '..', 'workspace');

function fixtureUri(relative) {
  return vscode.Uri.file(path.join(WORKSPACE, relative));
}

/** Opens a workspace fixture in an editor and waits until our extension has activated. */
async function openFixture(relative) {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  const editor = await vscode.window.showTextDocument(doc);
  await activateExtension();
  return { doc, editor };
}

function readManifest() {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
}

module.exports = {
  EXTENSION_ID, LANGUAGE_ID, SOURCE, REPO_ROOT, WORKSPACE,
  sleep, waitFor, fixtureUri, activateExtension, openFixture,
  ourDiagnostics, describeDiagnostics, rangeText, waitForDiagnostics, revertAndCloseAll, readManifest,
};
