// Secrets in apiProperties.json never reach the trace output channel: verbose traces echo the document text as a
// JSON string inside the traced message, so the masking must work at every escaping depth.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { redactingOutputChannel, redactSecrets } from '../../client/src/redact';

const SECRET = 'S3cr3t-9f8e7d6c5b4a';
const doc = JSON.stringify({
  properties: {
    connectionParameters: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: { identityProvider: 'oauth2', clientId: 'my-client', clientSecret: SECRET, customParameters: { tokenUrl: { value: 'https://x.example/token' } } },
      },
      api_key: { type: 'securestring' },
    },
  },
}, null, 2);

test('redactSecrets masks secret values in the document, in a traced didOpen (escaped once) and escaped twice', () => {
  const once = 'Params: ' + JSON.stringify({ textDocument: { uri: 'file:///c/apiProperties.json', text: doc } }, null, 4);
  const twice = JSON.stringify({ message: once });
  for (const text of [doc, once, twice]) {
    const out = redactSecrets(text);
    assert.ok(!out.includes(SECRET), out);
    assert.ok(out.includes('***'));
    // Everything else stays: the client id, the URLs and the parameter named api_key (its value is an object).
    assert.ok(out.includes('my-client') && out.includes('https://x.example/token') && out.includes('securestring'));
    assert.equal(out.length, text.length - SECRET.length + 3);
  }
  assert.equal(redactSecrets('{"clientSecret": "abc", "password":"p", "clientId": "id"}'), '{"clientSecret": "***", "password":"***", "clientId": "id"}');
  assert.equal(redactSecrets('\\"client_secret\\":\\n  \\"xyz\\"'), '\\"client_secret\\":\\n  \\"***\\"');
  // A quote escaped inside the secret does not end it, at any depth; the result is still valid JSON at every level.
  const tricky = JSON.stringify({ clientSecret: 'ab"cd\\ef', clientId: 'id' });
  const masked = { clientSecret: '***', clientId: 'id' };
  assert.deepEqual(JSON.parse(redactSecrets(tricky)), masked);
  assert.deepEqual(JSON.parse(JSON.parse(redactSecrets(JSON.stringify({ text: tricky }))).text), masked);
  const deeper = JSON.parse(redactSecrets(JSON.stringify({ m: JSON.stringify({ text: tricky }) })));
  assert.deepEqual(JSON.parse(JSON.parse(deeper.m).text), masked);
});

test('redactingOutputChannel masks append, appendLine and replace and passes everything else through', () => {
  const written: string[] = [];
  let shown = 0;
  const channel = {
    name: 'Power Platform Connector Tools',
    append: (v: string) => written.push('append:' + v),
    appendLine: (v: string) => written.push('line:' + v),
    replace: (v: string) => written.push('replace:' + v),
    show: () => { shown++; },
  };
  const wrapped = redactingOutputChannel(channel as never) as unknown as typeof channel;
  wrapped.append(`{"clientSecret": "${SECRET}"}`);
  wrapped.appendLine(`[Trace] Params: {"text": "{\\"clientSecret\\": \\"${SECRET}\\"}"}`);
  wrapped.replace('plain');
  wrapped.show();
  assert.equal(wrapped.name, 'Power Platform Connector Tools');
  assert.equal(shown, 1);
  assert.deepEqual(written, [
    'append:{"clientSecret": "***"}',
    'line:[Trace] Params: {"text": "{\\"clientSecret\\": \\"***\\"}"}',
    'replace:plain',
  ]);
});
