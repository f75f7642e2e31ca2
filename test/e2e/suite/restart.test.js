// The language server process killed mid-session: vscode-languageclient restarts it (connectionOptions
// .maxRestartCount, 4 restarts within 3 minutes), re-sends the open documents, and features come back; the
// user's document is untouched.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

function serverPid(client) {
  // LanguageClient keeps the child process of an IPC/stdio server here; there is no public accessor.
  const child = client && client._serverProcess;
  return child && child.exitCode === null ? child.pid : undefined;
}

async function hoverText(doc, key) {
  const position = doc.positionAt(doc.getText().indexOf(`"${key}"`) + 2);
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
  return hovers.flatMap((x) => x.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

suite('server restart', () => {
  teardown(h.revertAndCloseAll);

  test('after the server is killed, it is restarted, features return and the document is intact', async () => {
    const { doc, editor } = await h.openFixture('multi-auth/apiProperties.json');
    const extension = await h.activateExtension();
    const client = extension.exports && extension.exports.client;
    assert.ok(client, 'the extension exports its language client');
    const before = doc.getText();
    await h.waitFor(async () => (await hoverText(doc, 'connectionParameterSets')).length > 0, { what: 'a first hover' });
    const pid = await h.waitFor(() => serverPid(client), { what: 'the server pid' });

    process.kill(pid, 'SIGKILL');
    const newPid = await h.waitFor(() => { const p = serverPid(client); return p && p !== pid && client.isRunning() ? p : undefined; },
      { timeout: 30000, what: 'a restarted server' });
    assert.notEqual(newPid, pid);

    const text = await h.waitFor(async () => { const t = await hoverText(doc, 'connectionParameterSets'); return t.length > 0 && t; },
      { timeout: 30000, what: 'hover after the restart' });
    assert.match(text, /Multi-auth/);
    assert.equal(doc.getText(), before, 'the document text is unchanged');
    assert.equal(doc.isDirty, false, 'the document is not marked modified');

    // The restarted server analyses new edits: break the colour, expect its diagnostic, then undo.
    const offset = before.indexOf('"#2a6f97"');
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + 9)), '"red"'));
    await h.waitFor(() => h.ourDiagnostics(doc.uri).some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'icon-brand-color-format'),
      { timeout: 30000, what: 'a diagnostic from the restarted server', describe: () => h.describeDiagnostics(h.ourDiagnostics(doc.uri)) });
  });
});
