// Helpers on the `vscode` API alone, shared by the desktop e2e layer (test/e2e/suite/helpers.js, node extension host)
// and the web layer (test/e2e-web/suite/helpers.js, bundled for the web-worker extension host): no node modules here.
// Waits are polls with a deadline: the language server answers asynchronously and a 2-core machine can be slow.
'use strict';
const vscode = require('vscode');

const EXTENSION_ID = 'ppconnector.pp-connector-tools';
const SOURCE = 'pp-connector';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);
const rangeText = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

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

async function activateExtension() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded (is it built?)`);
  await extension.activate();
  return extension;
}

function ourDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function describeDiagnostics(list) {
  return JSON.stringify(list.map((d) => ({ code: codeOf(d), severity: d.severity, range: rangeText(d.range), message: d.message })));
}

/** Waits until our diagnostics for `uri` satisfy `accept(list)`; returns that list. */
async function waitForDiagnostics(uri, accept, what, timeout = 20000) {
  let last = [];
  return waitFor(() => {
    last = ourDiagnostics(uri);
    return accept(last) ? last : undefined;
  }, { timeout, what, describe: () => describeDiagnostics(last) });
}

/** Closes all editors without saving, so a test's in-memory edits never reach the fixtures. */
async function revertAndCloseAll() {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme !== 'untitled') {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

module.exports = {
  EXTENSION_ID, SOURCE, sleep, codeOf, rangeText, waitFor, activateExtension, ourDiagnostics, describeDiagnostics,
  waitForDiagnostics, revertAndCloseAll,
};
