// The `pp-connector-language-server` bin (package.json "bin" → dist/languageServer.js), as another editor starts it:
// its own options, and a full LSP session over stdio through it.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../support/lspClient';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const BIN = path.join(REPO_ROOT, pkg.bin['pp-connector-language-server']);
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 10000 });

describe('pp-connector-language-server bin', () => {
  it('is declared in package.json and starts with a shebang', () => {
    assert.equal(pkg.bin['pp-connector-language-server'], 'dist/languageServer.js');
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('prints the package version and the help', () => {
    const v = run('--version');
    assert.equal(v.status, 0);
    assert.equal(v.stdout, pkg.version + '\n');
    const h = run('--help');
    assert.equal(h.status, 0);
    assert.match(h.stdout, /^Usage: pp-connector-language-server --stdio/);
    assert.match(h.stdout, /--node-ipc/);
  });

  it('refuses to start without a transport, with one line and no stack trace', () => {
    const r = run();
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /no transport given.*--stdio/);
    assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
  });

  it('serves LSP over --stdio: initialize, diagnostics with a range, shutdown and exit', async () => {
    const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', d => { stderr += String(d); });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = 'file:///projects/connectors/bin/apiProperties.json';
    const published = new Promise<PublishDiagnosticsParams>(resolve => {
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { if (p.uri === uri) resolve(p); });
    });
    connection.onRequest(() => null);
    connection.listen();
    try {
      // The empty capabilities of a minimal client.
      const init = await connection.sendRequest<{ capabilities: { completionProvider?: unknown; hoverProvider?: unknown } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.ok(init.capabilities.completionProvider);
      assert.ok(init.capabilities.hoverProvider);
      await connection.sendNotification('initialized', {});
      const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n  }\n}\n';
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
      const { diagnostics } = await published;
      const comma = diagnostics.find(d => d.code === 'strict-json');
      assert.deepEqual(comma?.range, { start: { line: 2, character: 31 }, end: { line: 2, character: 32 } }, JSON.stringify(diagnostics));
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
      await connection.sendNotification('exit');
      assert.equal(await exited, 0, stderr);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
