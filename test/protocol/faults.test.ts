// Faults around the server: the paired swagger disappears, cannot be read, becomes a folder, grows to 100 MB or
// turns invalid while apiProperties.json is open; bad user settings. Each time the features for apiProperties.json
// keep working, with at most one information note, and a bad setting gives a clear message and falls back.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const PAIRED = path.resolve(__dirname, '..', 'fixtures', 'swagger', 'paired');
const FileChangeType = { Created: 1, Changed: 2, Deleted: 3 };

let dir: string;
let client: LspTestClient;
let propertiesUri: string;
let swaggerPath: string;
let swaggerUri: string;
let properties: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-faults-'));
  properties = fs.readFileSync(path.join(PAIRED, 'apiProperties.json'), 'utf8');
  fs.writeFileSync(path.join(dir, 'apiProperties.json'), properties);
  swaggerPath = path.join(dir, 'apiDefinition.swagger.json');
  fs.copyFileSync(path.join(PAIRED, 'apiDefinition.swagger.json'), swaggerPath);
  // scriptOperations routes operations to custom code: the folder has it, so the connector is clean.
  fs.writeFileSync(path.join(dir, 'script.csx'), 'public class Script : ScriptBase { }\n');
  propertiesUri = pathToFileURL(path.join(dir, 'apiProperties.json')).href;
  swaggerUri = pathToFileURL(swaggerPath).href;
  client = await LspTestClient.start({ configuration: { validate: { enable: true }, profile: 'custom', rules: {} } });
});

after(async () => {
  await client?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The next diagnostics published for `uri` after `count` publishes. */
function nextDiagnostics(uri: string, count: number): Promise<Diagnostic[]> {
  return client.waitFor(() => (client.publishCount.get(uri) ?? 0) > count && client.diagnostics.get(uri)!.diagnostics, 15000, `a new publish for ${uri}`);
}

/** Applies a change to the swagger on disk and tells the server as the editor's file watcher would. */
async function swaggerFault(apply: () => void, type: number): Promise<Diagnostic[]> {
  const count = client.publishCount.get(propertiesUri) ?? 0;
  apply();
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: swaggerUri, type }] });
  return nextDiagnostics(propertiesUri, count);
}

function removeSwagger(): void {
  fs.rmSync(swaggerPath, { recursive: true, force: true });
}

/** Completion, hover, symbols and formatting of apiProperties.json still answer. */
async function featuresWork(): Promise<void> {
  const doc = { textDocument: { uri: propertiesUri } };
  const completion = await client.request<{ items: unknown[] } | null>('textDocument/completion', { ...doc, position: { line: 2, character: 5 } });
  assert.ok(completion && completion.items.length > 0, 'completion answers');
  const hover = await client.request<unknown>('textDocument/hover', { ...doc, position: { line: 1, character: 5 } });
  assert.ok(hover, 'hover on "properties" answers');
  const symbols = await client.request<unknown[]>('textDocument/documentSymbol', doc);
  assert.ok(symbols.length > 0, 'symbols answer');
  assert.ok(Array.isArray(await client.request('textDocument/formatting', { ...doc, options: { tabSize: 4, insertSpaces: true } })), 'formatting answers');
  assert.equal(client.child.exitCode, null, 'server alive');
}

const codes = (ds: Diagnostic[]) => ds.map(d => d.code).sort();
let baseline: Diagnostic[];

test('baseline: the paired connector is clean', async () => {
  await client.open(propertiesUri, properties);
  baseline = await client.diagnosticsFor(propertiesUri, 1);
  assert.deepEqual(baseline, []);
  await featuresWork();
});

const NOTE = (reason: string) => `${reason}. Checks against the swagger (operation ids, security definitions, route parameters) are off.`;

function assertOneNote(diagnostics: Diagnostic[], reason: string | RegExp): void {
  const notes = diagnostics.filter(d => d.code === 'swagger-unavailable');
  assert.equal(notes.length, 1, JSON.stringify(diagnostics));
  assert.equal(notes[0].severity, 3);
  if (typeof reason === 'string') assert.equal(notes[0].message, NOTE(reason));
  else assert.match(notes[0].message, reason);
  assert.deepEqual(codes(diagnostics.filter(d => d !== notes[0])), codes(baseline), 'nothing else changes');
}

test('the swagger disappears: one information note; back again: the note goes', async () => {
  assertOneNote(await swaggerFault(removeSwagger, FileChangeType.Deleted), /^No swagger found \(.*\)\. Checks against the swagger/);
  await featuresWork();
  const back = await swaggerFault(() => fs.copyFileSync(path.join(PAIRED, 'apiDefinition.swagger.json'), swaggerPath), FileChangeType.Created);
  assert.deepEqual(back, []);
});

test('the swagger cannot be read (a symbolic link loop; permissions do not stop root): one note', async () => {
  const loop = path.join(dir, 'loop.json');
  assertOneNote(await swaggerFault(() => {
    removeSwagger();
    fs.symlinkSync(loop, swaggerPath);
    fs.symlinkSync(swaggerPath, loop);
  }, FileChangeType.Changed), /cannot be used|No swagger found/);
  await featuresWork();
  fs.rmSync(loop, { force: true });
});

test('the swagger is replaced by a folder: one note', async () => {
  assertOneNote(await swaggerFault(() => { removeSwagger(); fs.mkdirSync(swaggerPath); }, FileChangeType.Changed),
    'apiDefinition.swagger.json cannot be used: the swagger path is a folder, not a file');
  await featuresWork();
});

test('the swagger is a named pipe (reading would block forever): one note, no hang', async () => {
  const { spawnSync } = await import('node:child_process');
  const diagnostics = await swaggerFault(() => { removeSwagger(); spawnSync('mkfifo', [swaggerPath]); }, FileChangeType.Changed);
  assertOneNote(diagnostics, /cannot be used/);
  await featuresWork();
});

test('the swagger grows to 100 MB: one note, the file is not read', async () => {
  const diagnostics = await swaggerFault(() => {
    removeSwagger();
    const fd = fs.openSync(swaggerPath, 'w');
    fs.writeSync(fd, '{"swagger": "2.0", "info": {"title": "big"}, "x-pad": "');
    fs.ftruncateSync(fd, 100 * 1024 * 1024); // sparse: 100 MB on stat, nothing on disk
    fs.closeSync(fd);
  }, FileChangeType.Changed);
  assertOneNote(diagnostics, 'apiDefinition.swagger.json cannot be used: the swagger is too large to check (100 MB)');
  await featuresWork();
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8'))![1]);
  assert.ok(rssKb < 400 * 1024, `RSS ${rssKb} kB stays under 400 MB`);
});

test('the swagger becomes invalid JSON: one note', async () => {
  const diagnostics = await swaggerFault(() => { removeSwagger(); fs.writeFileSync(swaggerPath, '{"swagger": "2.0", "paths": {'); }, FileChangeType.Changed);
  assertOneNote(diagnostics, /^apiDefinition\.swagger\.json cannot be used: /);
  await featuresWork();
});

test('the swagger becomes 10,000 unclosed brackets: one note that says so, no stack overflow', async () => {
  const diagnostics = await swaggerFault(() => { removeSwagger(); fs.writeFileSync(swaggerPath, '{"swagger": "2.0", "x": ' + '['.repeat(10000)); }, FileChangeType.Changed);
  assertOneNote(diagnostics, 'apiDefinition.swagger.json cannot be used: the swagger is not valid JSON (nested too deeply to locate the error)');
  await featuresWork();
});

test('bad user settings: one clear message each, defaults used, diagnostics still published', async () => {
  const bad = await LspTestClient.start({
    configuration: { validate: { enable: 'yes' }, profile: 42, rules: { 'no-such-rule': 'error', 'icon-brand-color-format': 'loud', 'strict-json': ['off'] } },
  });
  try {
    const uri = 'file:///faults/settings/apiProperties.json';
    await bad.open(uri, '{"properties": {"connectionParameters": {}, "iconBrandColor": "red", "capabilities": [],}}');
    const diagnostics = await bad.diagnosticsFor(uri, 1);
    // Defaults: the colour rule and strict JSON keep their default severities (warning, error), validation stays on.
    assert.deepEqual(diagnostics.filter(d => d.code !== 'swagger-unavailable').map(d => [d.code, d.severity]), [['strict-json', 1], ['icon-brand-color-format', 2]]);
    await bad.waitFor(() => bad.messages.length >= 5, 5000, 'five messages');
    assert.deepEqual(bad.messages.map(m => [m.type, m.message]).sort(), [
      [2, 'Power Platform Connector Tools: "profile" must be one of auto, custom, certified, independent-publisher; got 42. Using "auto".'],
      [2, 'Power Platform Connector Tools: "validate.enable" must be true or false; got "yes". Using true.'],
      [2, 'Power Platform Connector Tools: Rule "icon-brand-color-format": severity must be one of error, warning, information, hint, off; got "loud". Using the rule\'s default.'],
      [2, 'Power Platform Connector Tools: Rule "strict-json": severity must be one of error, warning, information, hint, off; got an array. Using the rule\'s default.'],
      [2, 'Power Platform Connector Tools: Unknown rule id "no-such-rule" in settings; it is ignored.'],
    ]);
    // A second document does not repeat the messages.
    await bad.open(uri.replace('settings', 'settings2'), '{}');
    await bad.diagnosticsFor(uri.replace('settings', 'settings2'), 1);
    assert.equal(bad.messages.length, 5);
    assert.equal(bad.child.exitCode, null);
  } finally {
    await bad.stop();
  }
});

test('settings of the wrong type altogether (a string): one message, defaults', async () => {
  const bad = await LspTestClient.start({ configuration: 'strict' });
  try {
    const uri = 'file:///faults/settings3/apiProperties.json';
    await bad.open(uri, '{"properties": {"iconBrandColor": "red"}}');
    const diagnostics = await bad.diagnosticsFor(uri, 1);
    assert.ok(diagnostics.some(d => d.code === 'icon-brand-color-format'));
    await bad.waitFor(() => bad.messages.length >= 1, 5000, 'a message');
    assert.deepEqual(bad.messages.map(m => m.message), ['Power Platform Connector Tools: Settings must be an object; got "strict". Using defaults.']);
  } finally {
    await bad.stop();
  }
});

test('a document whose analysis stalls (the client never answers its settings request) does not hold back the others', async () => {
  const c = await LspTestClient.start({ configuration: { rules: { 'swagger-unavailable': 'off' } } });
  try {
    // Replaces the test client's handler: the stalled document's settings never arrive.
    c.connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) =>
      p.items.some(i => i.scopeUri?.includes('/stalled/')) ? new Promise(() => undefined) : p.items.map(() => c.configuration));
    const stalled = 'file:///faults/stalled/apiProperties.json';
    const other = 'file:///faults/other/apiProperties.json';
    await c.open(stalled, '{}');
    await new Promise(r => setTimeout(r, 100));
    const start = Date.now();
    await c.open(other, '{"properties": {"iconBrandColor": "red"}}');
    const diagnostics = await c.diagnosticsFor(other, 1, 15000);
    const ms = Date.now() - start;
    assert.ok(diagnostics.some(d => d.code === 'icon-brand-color-format'));
    assert.ok(ms < 4000, `the other document waited ${ms} ms`);
    const hover = await c.request('textDocument/hover', { textDocument: { uri: stalled }, position: { line: 0, character: 1 } });
    assert.ok(hover === null || typeof hover === 'object', 'requests on the stalled document still answer');
    assert.equal(c.diagnostics.has(stalled), false);
  } finally {
    await c.stop();
  }
});
