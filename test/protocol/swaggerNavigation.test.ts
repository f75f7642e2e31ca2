// The swagger's navigation and the operationId rename over real LSP stdio (dist/server.js): go to definition and
// find references for $ref targets and operationIds, the outline, prepareRename and a rename that updates the
// swagger, apiProperties.json (an open, unsaved buffer) and script.csx (read from the disk), as documentChanges with
// versions for a client that declares them and as plain changes otherwise.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, DocumentSymbol, Location, Range, SymbolInformation, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { positionOf } from '../support/caret';
import { LspTestClient, vscodeLikeCapabilities } from '../support/lspClient';
import { PROPS, SCRIPT, SWAGGER } from '../unit/swaggerNavigation/fixtures';

const uriOf = (p: string) => URI.parse(pathToFileURL(p).href).toString();
const withDocumentChanges = (): ClientCapabilities => {
  const c = vscodeLikeCapabilities(false);
  return { ...c, workspace: { ...c.workspace, workspaceEdit: { documentChanges: true } } };
};

describe('swagger navigation and operationId rename over stdio', () => {
  let dir: string;
  let client: LspTestClient;
  let swaggerUri: string, propsUri: string, scriptUri: string;
  // The unsaved apiProperties.json buffer: one more policy entry than the file on disk.
  const buffer = PROPS.replace('"scriptOperations": ["ListWidgets"]', '"scriptOperations": ["ListWidgets", "CreateWidget"]');
  const texts: Record<string, string> = {};
  const covered = (l: Location) => `${path.basename(URI.parse(l.uri).fsPath)} ${TextDocument.create(l.uri, 'json', 0, texts[l.uri]).getText(l.range)} ${l.range.start.line + 1}:${l.range.start.character + 1}`;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-swnav-'));
    fs.writeFileSync(path.join(dir, 'apiDefinition.swagger.json'), SWAGGER);
    fs.writeFileSync(path.join(dir, 'apiProperties.json'), PROPS);
    fs.writeFileSync(path.join(dir, 'script.csx'), SCRIPT);
    swaggerUri = uriOf(path.join(dir, 'apiDefinition.swagger.json'));
    propsUri = uriOf(path.join(dir, 'apiProperties.json'));
    scriptUri = uriOf(path.join(dir, 'script.csx'));
    texts[swaggerUri] = SWAGGER;
    texts[propsUri] = buffer;
    texts[scriptUri] = SCRIPT;
    client = await LspTestClient.start({ capabilities: withDocumentChanges() });
    await client.open(swaggerUri, SWAGGER, 'json', 3);
    await client.open(propsUri, buffer, 'apiproperties', 7);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('go to definition: a $ref to its definition, an x-ms-dynamic-values operationId to its declaration', async () => {
    const ref = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"#/definitions/WidgetList"', 5) });
    assert.deepEqual(ref.map(covered), ['apiDefinition.swagger.json "WidgetList" 30:5']);
    const op = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '{ "operationId": "ListWidgets"', 20) });
    assert.deepEqual(op.map(covered), ['apiDefinition.swagger.json "ListWidgets" 7:24']);
  });

  it('find references of an operationId: the swagger, the apiProperties buffer and script.csx on disk', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"operationId": "CreateWidget"', 18), context: { includeDeclaration: true },
    });
    assert.deepEqual(refs.map(covered), [
      'apiDefinition.swagger.json "CreateWidget" 12:24',
      'apiProperties.json "CreateWidget" 10:62',
      'apiProperties.json "CreateWidget" 14:41',
      'script.csx "CreateWidget" 8:50',
    ]);
  });

  it('find references of a definition: every $ref to it', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"Widget": {', 2), context: { includeDeclaration: false },
    });
    assert.deepEqual(refs.map(covered), ['apiDefinition.swagger.json "#/definitions/Widget" 16:63', 'apiDefinition.swagger.json "#/definitions/Widget" 30:57']);
  });

  it('the outline: paths and operations, definitions, parameters, responses', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: swaggerUri } });
    const names = (list: DocumentSymbol[]): unknown[] => list.map(s => s.children?.length ? [s.name, names(s.children)] : s.name);
    assert.deepEqual(names(symbols), [
      ['paths', [['/widgets', ['GET ListWidgets', 'POST CreateWidget']], ['/widgets/{widgetId}', ['DELETE']]]],
      ['definitions', ['Widget', 'WidgetList']],
      ['parameters', ['widgetId']],
      ['responses', ['NotFound']],
    ]);
  });

  it('prepareRename: the content of the operationId; elsewhere an error', async () => {
    const range = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"operationId": "ListWidgets"', 20) });
    assert.deepEqual(range, { range: { start: { line: 6, character: 24 }, end: { line: 6, character: 35 } }, placeholder: 'ListWidgets' });
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"summary"', 3) }), /operationId/);
  });

  it('rename in the swagger: documentChanges with the open buffers\' versions, script.csx from the disk', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"operationId": "ListWidgets"', 18), newName: 'ListItems' });
    assert.equal(edit.changes, undefined);
    const changes = edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(changes.map(c => [path.basename(URI.parse(c.textDocument.uri).fsPath), c.textDocument.version, c.edits.length]), [
      ['apiDefinition.swagger.json', 3, 2],
      ['apiProperties.json', 7, 2],
      ['script.csx', null, 2],
    ]);
    const applied = (c: TextDocumentEdit) => TextDocument.applyEdits(TextDocument.create(c.textDocument.uri, 'json', 0, texts[c.textDocument.uri]), c.edits as TextEdit[]);
    assert.equal(applied(changes[1]), buffer.replace(/"ListWidgets"/g, '"ListItems"'));
    assert.equal(applied(changes[2]), SCRIPT.replace('"ListWidgets"', '"ListItems"').replace('"listwidgets"', '"listitems"'));
    assert.equal(applied(changes[0]), SWAGGER.replace(/"ListWidgets"/g, '"ListItems"'));
  });

  it('rename from apiProperties.json and from script.csx', async () => {
    const fromProps = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: propsUri }, position: positionOf(buffer, '"CreateWidget"]\n', 3), newName: 'MakeWidget' });
    assert.deepEqual((fromProps.documentChanges as TextDocumentEdit[]).map(c => [path.basename(URI.parse(c.textDocument.uri).fsPath), c.edits.map(e => e.newText).join(',')]), [
      ['apiDefinition.swagger.json', 'MakeWidget'], ['apiProperties.json', 'MakeWidget,MakeWidget'], ['script.csx', 'MakeWidget'],
    ]);
    await client.open(scriptUri, SCRIPT, 'csharp', 2);
    const fromScript = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: scriptUri }, position: positionOf(SCRIPT, '"listwidgets"', 4), newName: 'ListItems' });
    assert.deepEqual((fromScript.documentChanges as TextDocumentEdit[]).map(c => [path.basename(URI.parse(c.textDocument.uri).fsPath), c.textDocument.version, c.edits.map(e => e.newText).join(',')]), [
      ['apiDefinition.swagger.json', 3, 'ListItems,ListItems'], ['apiProperties.json', 7, 'ListItems,ListItems'], ['script.csx', 2, 'ListItems,listitems'],
    ]);
    await client.close(scriptUri);
  });

  it('a rename that would be ambiguous is refused with the reason', async () => {
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"operationId": "ListWidgets"', 18), newName: 'CreateWidget' }),
      (e: Error) => e.message === 'Another operation already has the operationId "CreateWidget".');
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"operationId": "ListWidgets"', 18), newName: 'List Items' }),
      /is not a valid operationId/);
  });
});

describe('operationId rename for a client without documentChanges or hierarchical symbols', () => {
  let dir: string;
  let client: LspTestClient;
  let swaggerUri: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-swnav-'));
    fs.writeFileSync(path.join(dir, 'apiDefinition.swagger.json'), SWAGGER);
    fs.writeFileSync(path.join(dir, 'apiProperties.json'), PROPS);
    swaggerUri = uriOf(path.join(dir, 'apiDefinition.swagger.json'));
    client = await LspTestClient.start({ capabilities: {} });
    await client.open(swaggerUri, SWAGGER, 'json', 1);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gets `changes` keyed by uri, and a flat outline', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: swaggerUri }, position: positionOf(SWAGGER, '"operationId": "ListWidgets"', 18), newName: 'ListItems' });
    assert.equal(edit.documentChanges, undefined);
    assert.deepEqual(Object.entries(edit.changes ?? {}).map(([uri, edits]) => [path.basename(URI.parse(uri).fsPath), edits.length]), [['apiDefinition.swagger.json', 2], ['apiProperties.json', 2]]);
    const symbols = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: swaggerUri } });
    assert.deepEqual(symbols.slice(0, 3).map(s => [s.name, s.containerName]), [['paths', undefined], ['/widgets', 'paths'], ['GET ListWidgets', '/widgets']]);
  });
});
