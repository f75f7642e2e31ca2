// Hostile and large documents through the real server process (dist/server.js --stdio): huge files, nesting far
// beyond the parser's stack, a very long line, a binary file, an empty file, 200 open documents and 1,000 rapid
// edits. The server answers each with at most one clear note, stays responsive to other documents, keeps its memory
// bounded and analyses only the latest version. All documents are generated here; none is committed.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspTestClient } from '../support/lspClient';

// The documents live nowhere on disk: the note about the missing swagger is not what these tests look at.
const CONFIG = { validate: { enable: true }, profile: 'custom', rules: { 'swagger-unavailable': 'off' } };
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'fuzz');
const uri = (name: string) => `file:///hostile/${name}/apiProperties.json`;
let client: LspTestClient;

/** Resident and peak resident memory of a process, MB (Linux /proc). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** A valid connector of about `bytes` characters: many connection parameters, one per line. */
export function largeConnector(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const p = `"p${i}": {"type": "string", "uiDefinition": {"displayName": "Parameter ${i}", "description": "Generated", "constraints": {"required": "false"}}}`;
    parts.push(p);
    length += p.length + 2;
  }
  return '{"properties": {"connectionParameters": {\n' + parts.join(',\n') + '\n}, "iconBrandColor": "#007ee5"}}';
}

const small = fs.readFileSync(path.join(FIXTURES, 'apikey-policies.apiProperties.json'), 'utf8');
const figures: Record<string, unknown> = {};

before(async () => {
  client = await LspTestClient.start({ configuration: CONFIG });
  await client.open(uri('idle'), small);
  await client.diagnosticsFor(uri('idle'), 1);
  figures.idle = memoryOf(client.child.pid!);
});

after(async () => {
  await client?.stop();
  // The figures quoted in the README's reliability section come from this line.
  console.log('hostile-figures ' + JSON.stringify(figures));
});

async function timeToDiagnostics(name: string, text: string, timeoutMs = 20000): Promise<{ ms: number; diagnostics: { code?: unknown; message: string; severity?: number }[] }> {
  const start = Date.now();
  await client.open(uri(name), text);
  const diagnostics = await client.diagnosticsFor(uri(name), 1, timeoutMs);
  return { ms: Date.now() - start, diagnostics };
}

test('a 5 MB apiProperties.json gets one note (syntax checks only) and features still answer', async () => {
  const { ms, diagnostics } = await timeToDiagnostics('large5', largeConnector(5 * 1024 * 1024), 60000);
  assert.deepEqual(diagnostics.map(d => [d.code, d.severity, d.message]), [
    ['analysis-limit', 3, 'File too large for full analysis (5.0 MB; limit 2.0 MB): syntax checks only.'],
  ]);
  const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: uri('large5') } });
  assert.ok(Array.isArray(symbols));
  const hover = await client.request<unknown>('textDocument/hover', { textDocument: { uri: uri('large5') }, position: { line: 1, character: 2 } });
  assert.ok(hover === null || typeof hover === 'object');
  figures.large5 = { msToDiagnostics: ms, ...memoryOf(client.child.pid!) };
});

test('a 50 MB apiProperties.json is declined with one note while another document is analysed meanwhile', async () => {
  const start = Date.now();
  await client.open(uri('large50'), largeConnector(50 * 1024 * 1024));
  // Sent right behind the 50 MB document: must not wait for it.
  const other = await timeToDiagnostics('beside-large50', small);
  assert.deepEqual(other.diagnostics, []);
  const diagnostics = await client.diagnosticsFor(uri('large50'), 1, 60000);
  assert.deepEqual(diagnostics.map(d => [d.code, d.severity, d.message]), [
    ['analysis-limit', 3, 'File too large to analyse (50.0 MB; limit 16.0 MB): no checks, completion or formatting.'],
  ]);
  const completion = await client.request<unknown>('textDocument/completion', { textDocument: { uri: uri('large50') }, position: { line: 1, character: 1 } });
  assert.equal(completion, null);
  const memory = memoryOf(client.child.pid!);
  figures.large50 = { msToDiagnostics: Date.now() - start, otherDocumentMs: other.ms, ...memory };
  // 50 MB of text arrives as one JSON-RPC message (UTF-8 buffer + string); everything beyond stays small.
  assert.ok(memory.peak < 1024, `peak RSS ${memory.peak} MB`);
  await client.close(uri('large50'));
  await client.close(uri('large5'));
});

test('opening and closing a 50 MB document three times: memory does not grow with each round', async () => {
  const big = '{"properties": {"x": "' + 'y'.repeat(50 * 1024 * 1024) + '"}}';
  const rounds: number[] = [];
  for (let i = 1; i <= 3; i++) {
    await client.open(uri(`round-${i}`), big);
    await client.diagnosticsFor(uri(`round-${i}`), 1, 60000);
    await client.close(uri(`round-${i}`));
    await new Promise(r => setTimeout(r, 1000));
    rounds.push(memoryOf(client.child.pid!).rss);
  }
  figures.openCloseRoundsRss = rounds;
  assert.ok(rounds[2] <= rounds[0] + 100, `RSS after each round: ${rounds.join(', ')} MB`);
});

test('10,000-deep nesting, a binary file and an empty file: one note or nothing; a 1 MB single line is analysed', async () => {
  const deep = await timeToDiagnostics('deep', '{"properties": ' + '['.repeat(10000) + ']'.repeat(10000) + '}');
  assert.deepEqual(deep.diagnostics.map(d => [d.code, d.severity, d.message]), [
    ['analysis-limit', 2, 'Nesting deeper than 500 levels: not analysed (real connectors nest under 15 levels; paconn fails near 1,000).'],
  ]);
  const binary = Array.from({ length: 64 * 1024 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  const bin = await timeToDiagnostics('binary', binary);
  assert.deepEqual(bin.diagnostics.map(d => [d.code, d.severity, d.message]), [
    ['analysis-limit', 1, 'This looks like a binary file (NUL character at offset 0), not JSON text: not analysed.'],
  ]);
  const empty = await timeToDiagnostics('empty', '');
  assert.deepEqual(empty.diagnostics, []);
  // Under the full-analysis limit: the connector rules run (the colour is wrong) on the single 1 MB line.
  const line = await timeToDiagnostics('line', '{"properties": {"connectionParameters": {"k": {"type": "string", "uiDefinition": {"displayName": "K", "description": "'
    + 'x'.repeat(1024 * 1024) + '", "constraints": {"required": "true"}}}}, "iconBrandColor": "red", "capabilities": []}}');
  assert.deepEqual(line.diagnostics.map(d => d.code), ['icon-brand-color-format'], JSON.stringify(line.diagnostics).slice(0, 500));
  const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: uri('line') }, position: { line: 0, character: 3 } });
  assert.ok(hover && JSON.stringify(hover.contents).length > 10, 'hover on "properties" answers');
  figures.deepMs = deep.ms;
  figures.binaryMs = bin.ms;
  figures.oneMbLineMs = line.ms;
  assert.ok(client.child.exitCode === null, 'server alive');
});

test('200 open connectors: each gets its diagnostics once; the 201st document is answered promptly', async () => {
  const fixtures = fs.readdirSync(FIXTURES).sort().map(f => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  const start = Date.now();
  const uris = Array.from({ length: 200 }, (_, i) => uri(`many-${i}`));
  await Promise.all(uris.map((u, i) => client.open(u, fixtures[i % fixtures.length])));
  // A hover while the 200 documents are being analysed: answered between two validations, not after all of them.
  await client.waitFor(() => uris.filter(u => client.diagnostics.has(u)).length >= 10, 60000, 'the first diagnostics');
  const hoverStart = Date.now();
  const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: uris[199] }, position: { line: 1, character: 4 } });
  const hoverMs = Date.now() - hoverStart;
  assert.ok(hover, 'hover answers during the burst');
  const doneWhenAnswered = uris.filter(u => client.diagnostics.has(u)).length;
  assert.ok(doneWhenAnswered < 200, `the hover waited for all 200 analyses (${hoverMs} ms)`);
  await client.waitFor(() => uris.every(u => client.diagnostics.get(u)?.version === 1), 60000, 'diagnostics of 200 documents');
  const allMs = Date.now() - start;
  const last = await timeToDiagnostics('after-many', small);
  assert.deepEqual(last.diagnostics, []);
  assert.deepEqual([...new Set(uris.map(u => client.publishCount.get(u)))], [1], 'one publish per document');
  figures.many = { documents: 200, msToAllDiagnostics: allMs, hoverDuringBurstMs: hoverMs, documentsDoneWhenHoverAnswered: doneWhenAnswered, msFor201st: last.ms, ...memoryOf(client.child.pid!) };
  await Promise.all(uris.map(u => client.close(u)));
});

test('1,000 rapid edits: only the latest version is analysed and published', async () => {
  const u = uri('rapid');
  await client.open(u, small);
  await client.diagnosticsFor(u, 1);
  const before = client.publishCount.get(u) ?? 0;
  const start = Date.now();
  for (let v = 2; v <= 1001; v++) {
    // Every intermediate version has a different broken value; only the last one is valid.
    const text = v === 1001 ? small.replace('"#007ee5"', '"red"') : small.replace('"#007ee5"', `"#${v}`);
    void client.change(u, text, v);
  }
  const diagnostics = await client.diagnosticsFor(u, 1001, 30000);
  const ms = Date.now() - start;
  // Wait one debounce period more: a late publish of a stale version would show up here.
  await new Promise(r => setTimeout(r, 600));
  assert.equal(client.diagnostics.get(u)?.version, 1001);
  assert.equal((client.publishCount.get(u) ?? 0) - before, 1, 'exactly one publish for 1,000 edits');
  assert.deepEqual(diagnostics.map(d => d.code), ['icon-brand-color-format']);
  figures.rapidEdits = { edits: 1000, msToLatestDiagnostics: ms };
});

test('protocol abuse: unknown documents, positions far outside, changes to unopened documents, malformed params', async () => {
  const ghost = uri('never-opened');
  const doc = { textDocument: { uri: ghost } };
  assert.equal(await client.request('textDocument/hover', { ...doc, position: { line: 0, character: 0 } }), null);
  assert.equal(await client.request('textDocument/completion', { ...doc, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(await client.request('textDocument/documentSymbol', doc), []);
  assert.deepEqual(await client.request('textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }), []);

  const u = uri('abuse');
  await client.open(u, small);
  await client.diagnosticsFor(u, 1);
  const far = { line: 1_000_000, character: 1_000_000 };
  await client.request('textDocument/hover', { textDocument: { uri: u }, position: far });
  await client.request('textDocument/completion', { textDocument: { uri: u }, position: far });
  await client.request('textDocument/selectionRange', { textDocument: { uri: u }, positions: [far, { line: 0, character: 0 }] });
  await client.request('textDocument/rangeFormatting', { textDocument: { uri: u }, range: { start: far, end: { line: 0, character: 0 } }, options: { tabSize: 2, insertSpaces: true } });
  await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: far, end: far }, context: { diagnostics: [] } });

  // A change to a document that was never opened, an incremental change past the end, a second open of the same uri.
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: ghost, version: 2 }, contentChanges: [{ text: '{}' }] });
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: far, end: far }, text: ' ' }],
  });
  await client.diagnosticsFor(u, 2);
  await client.open(u, '{"properties": {"iconBrandColor": "red"}}', 'apiproperties', 3);

  // Malformed params: an empty answer (the guard logs the error); an unknown method: an error answer. Never silence.
  const settle = (p: Promise<unknown>) => p.then(value => ({ value }), (e: Error) => ({ error: e.message }));
  assert.deepEqual(await settle(client.request('textDocument/hover', { position: { line: 0, character: 0 } })), { value: null });
  assert.deepEqual(await settle(client.request('textDocument/documentSymbol', { textDocument: 42 })), { value: [] });
  assert.match(String((await settle(client.request('ppConnector/noSuchMethod', {})) as { error?: string }).error), /Unhandled method/);

  // Still serving: a new document gets its diagnostics.
  const after = uri('after-abuse');
  await client.open(after, '{"properties": {"iconBrandColor": "red"}}');
  const diagnostics = await client.diagnosticsFor(after, 1);
  assert.ok(diagnostics.some(d => d.code === 'icon-brand-color-format'));
  assert.equal(client.child.exitCode, null);
  assert.equal(client.logs.filter(l => /Uncaught exception|Unhandled rejection/.test(l.message)).length, 0, client.logs.map(l => l.message).join('\n'));
});

test('the CLI over the same hostile files: one line each, no crash, exit 1 for the binary file', { skip: !fs.existsSync(path.join(__dirname, '..', '..', 'dist', 'cli.js')) && 'dist/cli.js is not built' }, async () => {
  const { spawnSync } = await import('node:child_process');
  const os = await import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-hostile-cli-'));
  try {
    const put = (name: string, content: string | Buffer) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, 'apiProperties.json'), content);
    };
    put('binary', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)));
    put('deep', '['.repeat(10000) + ']'.repeat(10000));
    put('empty', '');
    put('huge', '{"properties": {"x": "' + 'y'.repeat(17 * 1024 * 1024) + '"}}');
    fs.mkdirSync(path.join(dir, 'folder', 'apiProperties.json'), { recursive: true });
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'cli.js'), '--no-swagger', dir], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const findings = r.stdout.split('\n').filter(l => /^\s+1:1 .*analysis-limit$/.test(l)).map(l => l.trim().replace(/\s+/g, ' '));
    assert.deepEqual(findings, [
      '1:1 error This looks like a binary file (NUL character at offset 0), not JSON text: not analysed. analysis-limit',
      '1:1 warning Nesting deeper than 500 levels: not analysed (real connectors nest under 15 levels; paconn fails near 1,000). analysis-limit',
      '1:1 info File too large to analyse (17.0 MB; limit 16.0 MB): no checks, completion or formatting. analysis-limit',
    ]);
    assert.equal(r.stderr, '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
