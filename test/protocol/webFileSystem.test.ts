// The server as VS Code for the web runs it: no disk, every file read is a `ppConnector/fs/*` request to the client
// (server/src/browser/clientFileSystem.ts), which answers from the editor's file systems. Here the client answers
// from an in-memory github.dev-like workspace (vscode-vfs:// URIs) and the server's source runs in process.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspTestClient } from '../support/lspClient';
import { clientFileSystem } from '../../server/src/browser/clientFileSystem';
import { MemoryFileSystem } from '../../server/src/engine/swagger/fileSystem';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../../server/src/common/protocol';

const FOLDER = 'vscode-vfs://github/contoso/connectors/widgets';
const PROPS = `${FOLDER}/apiProperties.json`;
const SWAGGER = `${FOLDER}/apiDefinition.swagger.json`;

const properties = JSON.stringify({
  properties: {
    iconBrandColor: '#007ee5',
    policyTemplateInstances: [{
      templateId: 'routerequesttoendpoint',
      title: 'Route',
      parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/widgets', 'x-ms-apimTemplate-operationName': ['ListWidgets', 'DeleteWidget'] },
    }],
  },
}, null, 2) + '\n';

const swagger = (ids: string[]) => JSON.stringify({
  swagger: '2.0', info: { title: 'Widgets', version: '1.0' }, host: 'api.contoso.example', basePath: '/', schemes: ['https'],
  paths: Object.fromEntries(ids.map(id => [`/${id}`, { get: { operationId: id, responses: { 200: { description: 'OK' } } } }])),
}, null, 2);

describe('the server on a client file system (VS Code for the web)', () => {
  const files = new MemoryFileSystem().set(SWAGGER, swagger(['ListWidgets'])).set(PROPS, properties);
  const asked: string[] = [];
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.startInProcess({ fileSystem: clientFileSystem });
    client.connection.onRequest(StatRequest.method, async ({ uri }: { uri: string }) => { asked.push(`stat ${uri}`); return (await files.stat(uri)) ?? null; });
    client.connection.onRequest(ReadFileRequest.method, ({ uri }: { uri: string }) => { asked.push(`readFile ${uri}`); return files.readFile(uri); });
    client.connection.onRequest(ReadDirectoryRequest.method, ({ uri }: { uri: string }) => { asked.push(`readDirectory ${uri}`); return files.readDirectory(uri); });
  });
  after(() => client.stop());

  const unknownIds = (uri: string) => (client.diagnostics.get(uri)?.diagnostics ?? []).filter(d => d.code === 'operation-id-unknown');

  it('pairs a swagger in a virtual workspace and reads it only through the client', async () => {
    await client.open(PROPS, properties);
    const [found] = await client.waitFor(() => unknownIds(PROPS).length ? unknownIds(PROPS) : undefined, 10000, 'operation-id-unknown');
    const line = properties.split('\n').findIndex(l => l.trim() === '"DeleteWidget"');
    const character = properties.split('\n')[line].indexOf('"DeleteWidget"');
    assert.deepEqual(found.range, { start: { line, character }, end: { line, character: character + '"DeleteWidget"'.length } });
    assert.ok(asked.includes(`readFile ${SWAGGER}`), asked.join('\n'));
    assert.ok(asked.every(a => a.split(' ')[1].startsWith('vscode-vfs://github/')), 'only the virtual file system is read:\n' + asked.join('\n'));
  });

  it('re-reads the swagger when the client reports it changed (watched files)', async () => {
    files.set(SWAGGER, swagger(['ListWidgets', 'DeleteWidget']));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: SWAGGER, type: 2 }] });
    await client.waitFor(() => unknownIds(PROPS).length === 0, 10000, 'the finding gone');
  });

  it('pairs nothing for an untitled buffer: no request, no "no swagger" note', async () => {
    const before = asked.length;
    const uri = 'untitled:Untitled-1';
    await client.open(uri, properties);
    const list = await client.diagnosticsFor(uri);
    assert.deepEqual(list.filter(d => /^(operation-id-unknown|swagger-unavailable)$/.test(String(d.code))), []);
    assert.deepEqual(asked.slice(before).filter(a => a.includes('untitled')), []);
  });
});
