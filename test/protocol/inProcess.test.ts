// The server's source (server/src/server.ts) in this process, over a pair of in-memory streams: the harness for
// debugging the LSP layer without a build or a child process. Same protocol, same answers as over stdio.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { caret } from '../support/caret';
import { LspTestClient, undeclaredRequests } from '../support/lspClient';

describe('the server in process, over a pair of streams', () => {
  let rich: LspTestClient;
  let minimal: LspTestClient;
  before(async () => {
    rich = await LspTestClient.startInProcess();
    minimal = await LspTestClient.startInProcess({ capabilities: {} });
  });
  after(async () => { await rich.stop(); await minimal.stop(); });

  it('publishes a diagnostic with its exact range', async () => {
    const uri = 'file:///projects/connectors/in-process/apiProperties.json';
    await rich.open(uri, '{\n  "properties": {\n    "iconBrandColor": "#123456",\n  }\n}\n');
    const trailing = (await rich.diagnosticsFor(uri)).filter(d => d.code === 'strict-json');
    assert.deepEqual(trailing.map(d => d.range), [{ start: { line: 2, character: 31 }, end: { line: 2, character: 32 } }]);
    assert.equal(rich.initializeResult?.serverInfo?.name, 'pp-connector-language-server');
  });

  it('answers a completion as a snippet or as plain text, as each client declared', async () => {
    const { text, position } = caret('{\n  "properties": {\n    "connectionParameterSets": {\n      "values": [\n        { "name": "a", | }\n      ]\n    }\n  }\n}');
    const uri = 'file:///projects/connectors/in-process-complete/apiProperties.json';
    type List = { items: { label: string; insertTextFormat?: number; textEdit?: { newText: string } }[] };
    const newText = async (client: LspTestClient) => {
      await client.open(uri, text);
      const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position });
      const item = list.items.find(i => i.label === 'uiDefinition');
      return [item?.textEdit?.newText, item?.insertTextFormat];
    };
    assert.deepEqual(await newText(rich), ['"uiDefinition": {$1}', 2]);
    assert.deepEqual(await newText(minimal), ['"uiDefinition": {}', 1]);
    assert.deepEqual(undeclaredRequests({}, minimal.serverRequests), []);
    assert.deepEqual(minimal.serverRequests, []);
  });
});
