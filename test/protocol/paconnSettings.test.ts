// A paconn settings.json over real LSP stdio of the bundled server (opened as `json`, as VS Code opens it):
// diagnostics with exact ranges, completion of the folder's file names, hover from the schema; a `.vscode/settings.json`
// and a settings.json with editor settings get nothing. apiProperties.json of a certified folder gets the folder's
// readme and icon findings.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import type { CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT } from '../support/lspClient';
import { caret } from '../support/caret';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'swagger', 'paired');
const uriOf = (p: string) => URI.parse(pathToFileURL(p).href).toString();
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const show = (ds: Diagnostic[]) => ds.map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${SEVERITY[d.severity ?? 1]}`);

describe('paconn settings.json over stdio', () => {
  let client: LspTestClient;
  let root: string;
  let dir: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-settings-'));
    dir = path.join(root, 'certified-connectors', 'Contoso');
    fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'icon.png'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    fs.mkdirSync(path.join(root, 'tool'));
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('diagnostics: a non-string value, an unknown member, a file that does not exist, a trailing comma', async () => {
    const uri = uriOf(path.join(dir, 'settings.json'));
    const text = '{\n  "environment": 42,\n  "apiDefiniton": "x",\n  "icon": "logo.png",\n  "script": "script.csx",\n}';
    await client.open(uri, text, 'json');
    const ds = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(show(ds), [
      '1:17-1:19 settings-schema error',
      '2:2-2:16 settings-schema warning',
      '3:10-3:20 settings-file-missing warning',
      '4:12-4:24 settings-file-missing warning',
      '4:24-4:25 strict-json error',
    ]);
    assert.match(ds[1].message, /Did you mean "apiDefinition"\?/);
    assert.ok(ds[2].message.includes(path.join(dir, 'logo.png')), ds[2].message);
    assert.equal(ds[0].codeDescription?.href.endsWith('/settings-schema.md'), true);
    // Fixed in the buffer: nothing left.
    await client.change(uri, '{\n  "apiDefinition": "apiDefinition.swagger.json",\n  "icon": "icon.png"\n}', 2);
    assert.deepEqual(await client.diagnosticsFor(uri, 2), []);
  });

  it('completion offers the folder\'s files in a file-name value; hover shows the schema', async () => {
    const uri = uriOf(path.join(dir, 'settings.json'));
    const { text, position } = caret('{\n  "apiDefinition": "|"\n}');
    await client.change(uri, text, 3);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
    assert.deepEqual(list.items.map(i => i.label), ['apiDefinition.swagger.json', 'apiProperties.json']);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } });
    assert.match(JSON.stringify(hover.contents), /OpenAPI 2\.0 definition/);
  });

  it('.vscode/settings.json and a settings.json with editor settings get nothing', async () => {
    const editor = uriOf(path.join(dir, '.vscode', 'settings.json'));
    const other = uriOf(path.join(root, 'tool', 'settings.json'));
    await client.open(editor, '{ "apiDefinition": 1, "editor.tabSize": 2, }', 'json');
    await client.open(other, '{ "editor.tabSize": 2, }', 'json');
    assert.deepEqual(await client.diagnosticsFor(other, 1), []);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 4 } });
    assert.equal(hover, null);
    assert.equal(client.diagnostics.get(editor), undefined);
    const completion = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: editor }, position: { line: 0, character: 2 } });
    assert.ok(!completion || completion.items.length === 0);
  });

  it('apiProperties.json of a certified folder: no readme.md, and the icon is no PNG', async () => {
    const uri = uriOf(path.join(dir, 'apiProperties.json'));
    await client.open(uri, fs.readFileSync(path.join(dir, 'apiProperties.json'), 'utf8'));
    const ds = (await client.diagnosticsFor(uri, 1)).filter(d => /^(readme-|icon-format|icon-dimensions)/.test(String(d.code)));
    assert.deepEqual(ds.map(d => `${d.range.start.line}:${d.range.start.character} ${d.code} ${SEVERITY[d.severity ?? 1]}`), [
      '0:0 readme-missing warning',
      '41:22 icon-format warning',
    ]);
  });
});
