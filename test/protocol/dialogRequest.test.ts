// The preview panel's data source over the wire: `ppConnector/dialogModel` answers from the server's current text
// of the document (after didChange), and null for documents it does not hold. Needs dist/server.js (npm test builds).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { previewFixture as fixtureText } from '../support/fixtures';
import { LspTestClient, SERVER_JS } from '../support/lspClient';
import { DialogModelRequest, DialogModelResult } from '../../server/src/common/protocol';

const skip = existsSync(SERVER_JS) ? false : 'dist/server.js is missing: run `npm run build`';
let client: LspTestClient;
before(async () => { if (!skip) client = await LspTestClient.start(); });
after(async () => { await client?.stop(); });

test('dialog model request follows the buffer and knows only open apiProperties documents', { skip }, async () => {
  const uri = 'file:///projects/preview/request/apiProperties.json';
  await client.open(uri, fixtureText('multi-auth'));
  const first = await client.request<DialogModelResult>(DialogModelRequest.method, { uri });
  assert.equal(first?.version, 1);
  assert.deepEqual(first?.view.sets.map(s => s.label), ['Contoso account (OAuth)', 'API key', 'User name and password']);

  await client.change(uri, fixtureText('single-auth'), 2);
  const second = await client.request<DialogModelResult>(DialogModelRequest.method, { uri });
  assert.equal(second?.version, 2);
  assert.equal(second?.view.kind, 'single');
  assert.deepEqual(second?.view.sets[0].fields.map(f => f.name), ['api_key', 'hostName', 'pageSize', 'gateway']);

  assert.equal(await client.request<DialogModelResult>(DialogModelRequest.method, { uri: 'file:///not/open/apiProperties.json' }), null);
  await client.close(uri);
  assert.equal(await client.request<DialogModelResult>(DialogModelRequest.method, { uri }), null);
});
