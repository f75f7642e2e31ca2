// Cross-file checks over real LSP stdio: the swagger changes on disk (with workspace/didChangeWatchedFiles) and as an
// open, unsaved buffer, and the apiProperties.json diagnostics and the ppConnector/status notification follow.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT } from '../support/lspClient';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'swagger', 'paired');
const SWAGGER_CODES = ['swagger-security-mismatch', 'swagger-oauth-mismatch', 'operation-id-unknown', 'script-operation-unknown', 'route-path-parameter', 'swagger-unavailable'];
const uriOf = (p: string) => URI.parse(pathToFileURL(p).href).toString();

/** The temporary folder is outside any git repository: no breaking-change comparison, said in the status. */
const NO_GIT = { note: 'not in a git repository: no comparison with the published version' };

interface Status { uri: string; swagger: string; swaggerUri?: string; swaggerName?: string; problem?: string; sets?: string[]; profile?: string; base?: { ref?: string; note?: string } }

describe('swagger pairing over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  let propsUri: string;
  let swaggerPath: string;
  let swaggerUri: string;
  let swaggerText: string;
  const statuses: Status[] = [];

  const swaggerFindings = () => (client.diagnostics.get(propsUri)?.diagnostics ?? []).filter(d => SWAGGER_CODES.includes(String(d.code)));
  const summary = (ds: Diagnostic[]) => ds.map(d => `${d.code}: ${d.message}`);
  /** Waits until the published cross-file findings are exactly `expected` (code: message). */
  const expectFindings = async (expected: string[], what: string) => {
    try {
      await client.waitFor(() => JSON.stringify(summary(swaggerFindings())) === JSON.stringify(expected), 10000, what);
    } catch {
      assert.deepEqual(summary(swaggerFindings()), expected, what);
    }
  };
  const watched = (type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: swaggerUri, type }] });
  const lastStatus = () => statuses.filter(s => s.uri === propsUri).at(-1);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-swagger-'));
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
    propsUri = uriOf(path.join(dir, 'apiProperties.json'));
    swaggerPath = path.join(dir, 'apiDefinition.swagger.json');
    swaggerUri = uriOf(swaggerPath);
    swaggerText = fs.readFileSync(swaggerPath, 'utf8');
    client = await LspTestClient.start();
    client.connection.onNotification('ppConnector/status', (s: Status) => { statuses.push(s); });
    await client.open(propsUri, fs.readFileSync(path.join(dir, 'apiProperties.json'), 'utf8'));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('pairs the sibling swagger: no cross-file findings, status "paired"', async () => {
    await client.diagnosticsFor(propsUri, 1);
    assert.deepEqual(summary(swaggerFindings()), []);
    await client.waitFor(() => lastStatus(), 5000, 'status');
    assert.deepEqual(lastStatus(), { uri: propsUri, swagger: 'paired', swaggerUri, swaggerName: 'apiDefinition.swagger.json', authentication: 'OAuth 2.0', profile: 'custom', base: NO_GIT });
  });

  it('go to definition jumps from a policy operation name into the swagger', async () => {
    const text = fs.readFileSync(path.join(dir, 'apiProperties.json'), 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex(l => l.trim() === '"DeleteWidget"');
    const character = lines[line].indexOf('Delete') + 2;
    const locations = await client.request<{ uri: string; range: { start: { line: number; character: number } } }[]>('textDocument/definition', { textDocument: { uri: propsUri }, position: { line, character } });
    const swaggerLine = swaggerText.split('\n').findIndex(l => l.includes('"operationId": "DeleteWidget"'));
    assert.deepEqual(locations.map(l => [l.uri, l.range.start.line, l.range.start.character]), [[swaggerUri, swaggerLine, 23]]);
  });

  it('find references and completion of operation ids answer over the wire', async () => {
    const lines = fs.readFileSync(path.join(dir, 'apiProperties.json'), 'utf8').split('\n');
    const uses = lines.flatMap((l, i) => l.trim() === '"ListWidgets"' ? [i] : []);
    const position = { line: uses[0], character: lines[uses[0]].indexOf('List') + 1 };
    const refs = await client.request<{ uri: string; range: { start: { line: number } } }[]>('textDocument/references', { textDocument: { uri: propsUri }, position, context: { includeDeclaration: true } });
    const declLine = swaggerText.split('\n').findIndex(l => l.includes('"operationId": "ListWidgets"'));
    assert.deepEqual(refs.map(r => [r.uri, r.range.start.line]), [[swaggerUri, declLine], ...uses.map(l => [propsUri, l])]);
    const list = await client.request<{ items: { label: string; detail?: string }[] }>('textDocument/completion', { textDocument: { uri: propsUri }, position });
    assert.deepEqual(list.items.filter(i => /^(GET|POST|DELETE) /.test(i.detail ?? '')).map(i => `${i.label} ${i.detail}`), [
      'ListWidgets GET /widgets', 'CreateWidget POST /widgets', 'GetWidget GET /widgets/{widgetId}', 'DeleteWidget DELETE /widgets/{widgetId}',
    ]);
  });

  it('re-validates when the swagger changes on disk (watched-file event)', async () => {
    fs.writeFileSync(swaggerPath, swaggerText.replace('"operationId": "DeleteWidget"', '"operationId": "ArchiveWidgetPermanently"'));
    await watched(2);
    await expectFindings(['operation-id-unknown: "DeleteWidget" is not an operationId in apiDefinition.swagger.json, so this policy never applies to it.'], 'operation-id-unknown after the disk change');
  });

  it('notes a deleted swagger once, at information level, and the status says "missing"', async () => {
    fs.rmSync(swaggerPath);
    await watched(3);
    await expectFindings(['swagger-unavailable: No swagger found (no apiDefinition.swagger.json in the folder). Checks against the swagger (operation ids, security definitions, route parameters) are off.'], 'swagger-unavailable after delete');
    assert.equal(swaggerFindings()[0].severity, 3);
    await client.waitFor(() => lastStatus()?.swagger === 'missing', 5000, 'missing status');
    assert.deepEqual(lastStatus(), { uri: propsUri, swagger: 'missing', problem: 'no apiDefinition.swagger.json in the folder', authentication: 'OAuth 2.0', profile: 'custom', base: NO_GIT });
  });

  it('an open, unsaved swagger buffer takes precedence over disk, and each didChange counts', async () => {
    await client.open(swaggerUri, swaggerText, 'json', 1);
    await expectFindings([], 'paired through the open buffer');
    await client.change(swaggerUri, '{ "swagger": "2.0", "paths": {', 2);
    await expectFindings(['swagger-unavailable: apiDefinition.swagger.json cannot be used: the swagger is not valid JSON (CloseBraceExpected at line 1, column 31). Checks against the swagger (operation ids, security definitions, route parameters) are off.'], 'invalid buffer');
    await client.waitFor(() => lastStatus()?.swagger === 'invalid', 5000, 'invalid status');
    await client.change(swaggerUri, swaggerText.replace('"operationId": "ListWidgets"', '"operationId": "ListWidgetsV2"'), 3);
    await expectFindings([
      'operation-id-unknown: "ListWidgets" is not an operationId in apiDefinition.swagger.json, so this policy never applies to it. Did you mean "ListWidgetsV2"?',
      'script-operation-unknown: "ListWidgets" is not an operationId in apiDefinition.swagger.json, so no operation runs the custom code for it. Did you mean "ListWidgetsV2"?',
    ], 'unknown ids after the buffer edit');
    // The swagger itself is never validated as an apiProperties.json.
    assert.deepEqual(client.diagnostics.get(swaggerUri)?.diagnostics ?? [], []);
  });

  it('closing the buffer falls back to disk (where the file is gone)', async () => {
    await client.close(swaggerUri);
    await expectFindings(['swagger-unavailable: No swagger found (no apiDefinition.swagger.json in the folder). Checks against the swagger (operation ids, security definitions, route parameters) are off.'], 'back to missing');
  });

  it('a swagger that appears on disk is paired again', async () => {
    fs.writeFileSync(swaggerPath, swaggerText);
    await watched(1);
    await expectFindings([], 'paired after create');
    await client.waitFor(() => lastStatus()?.swagger === 'paired', 5000, 'paired status');
  });

  it('an untitled apiProperties buffer has no folder to pair in: no note, no status', async () => {
    const untitled = 'untitled:Untitled-1';
    const before = statuses.length;
    await client.open(untitled, fs.readFileSync(path.join(dir, 'apiProperties.json'), 'utf8'));
    const diagnostics = await client.diagnosticsFor(untitled, 1);
    assert.deepEqual(diagnostics.filter(d => SWAGGER_CODES.includes(String(d.code))), []);
    assert.equal(statuses.slice(before).filter(s => s.uri === untitled).length, 0);
    await client.close(untitled);
  });
});
