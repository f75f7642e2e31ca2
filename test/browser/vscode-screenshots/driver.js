// Runs inside VS Code's extension host (loaded like an extension test module by run.js): sets the scene for each
// screenshot through the real commands — completion, hover, quick fix, preview — and asks run.js to take it.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function waitFor(probe, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Logs the request, then waits until run.js has written the screenshot (or a fixed time without the marker dir). */
async function shot(name, settleMs = 1500) {
  await sleep(settleMs);
  console.log(`PP-SHOT ${name}`);
  const dir = process.env.PP_SHOT_DONE_DIR;
  if (dir) await waitFor(() => fs.existsSync(path.join(dir, name)), `screenshot ${name}`);
  else await sleep(3000);
}

async function open(relative) {
  const root = vscode.workspace.workspaceFolders[0].uri;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root, relative));
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  return { doc, editor };
}

function positionOf(doc, needle, delta = 0) {
  const offset = doc.getText().indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not found`);
  return doc.positionAt(offset + delta);
}

function place(editor, position) {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}

exports.run = async function run() {
  try {
    for (const c of ['workbench.action.closeSidebar', 'workbench.action.closePanel', 'workbench.action.closeAuxiliaryBar']) {
      await vscode.commands.executeCommand(c).then(undefined, () => undefined);
    }
    const ext = vscode.extensions.getExtension('ppconnector.pp-connector-tools');
    let { doc, editor } = await open('multi-auth/apiProperties.json');
    await ext.activate();
    await sleep(2000);

    // Completion: a new member of `properties`.
    const anchor = '"iconBrandColor": "#2b5797",';
    const at = positionOf(doc, anchor, anchor.length);
    await editor.edit(b => b.insert(at, '\n    ""'));
    place(editor, at.translate(1, 5));
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await shot('completion', 2500);
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('undo');

    // Hover: the documentation of identityProvider.
    place(editor, positionOf(doc, '"identityProvider"', 3));
    await vscode.commands.executeCommand('editor.action.showHover');
    await shot('hover', 2500);

    // A diagnostic and its quick fixes: the `displayname` spelling in a set.
    ({ doc, editor } = await open('pitfalls/apiProperties.json'));
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).some(d => d.source === 'pp-connector'), 'diagnostics');
    place(editor, positionOf(doc, '"displayname": "API key"', 3));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await shot('quick-fix', 2500);

    // The preview beside the editor, on the multi-auth connector.
    ({ doc, editor } = await open('multi-auth/apiProperties.json'));
    place(editor, positionOf(doc, '"connectionParameterSets"', 1));
    await vscode.commands.executeCommand('ppConnector.previewConnectionDialog');
    await shot('preview', 3500);

    // Clicking a field in the preview selects its definition in the editor.
    console.log('PP-CLICK token');
    await waitFor(() => fs.existsSync(path.join(process.env.PP_SHOT_DONE_DIR, 'click-token')), 'the click in the preview');
    const selected = await waitFor(() => {
      const e = vscode.window.visibleTextEditors.find(x => x.document.uri.toString() === doc.uri.toString());
      const text = e && e.document.getText(e.selection);
      return text && text.startsWith('"token": {') ? text : undefined;
    }, 'the token definition to be selected', 10000);
    if (!selected.trimEnd().endsWith('}')) throw new Error('selection is not the whole definition: ' + selected);
  } catch (e) {
    console.log('PP-SHOT-ERROR ' + (e && e.stack || e));
  }
};
