// Decoding document uris that a client may send malformed (server/src/engine/uri.ts).
import { it } from 'node:test';
import * as assert from 'node:assert/strict';
import { decodeUriSafe, uriFileName } from '../../server/src/engine/uri';

it('decodes valid escapes and keeps malformed ones literally instead of throwing', () => {
  assert.equal(decodeUriSafe('file:///a%20b/apiProperties.json'), 'file:///a b/apiProperties.json');
  assert.equal(decodeUriSafe('file:///x/%E0%A4%A/apiProperties.json'), 'file:///x/%E0%A4%A/apiProperties.json');
  assert.equal(decodeUriSafe('file:///x/%E0%A4%A/a%20b%/%C3%A9'), 'file:///x/%E0%A4%A/a b%/é');
  assert.equal(uriFileName('file:///x/%ZZ%20api.swagger.json'), '%ZZ api.swagger.json');
});
