// Secrets in apiProperties.json never reach the trace output channel: verbose traces echo the document text as a
// JSON string inside the traced message, so the masking must work at every escaping depth.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { redactingOutputChannel, redactSecrets, TraceRedactor } from '../../client/src/redact';

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

test('TraceRedactor masks by the document model: values without a secret key, their echoes in later messages, and a trace turned on late', () => {
  const KEY = 'sk-live-7f3a9c2e4b1d8f6a5c3e';
  const DEFAULT = 'pw-default-9c4e2a7b1f5d3';
  const text = JSON.stringify({
    properties: {
      connectionParameters: { api_key: { type: 'securestring', defaultValue: DEFAULT } },
      policyTemplateInstances: [{ templateId: 'setheader', parameters: { 'x-ms-apimTemplateParameter.name': 'x-api-key', 'x-ms-apimTemplateParameter.value': KEY } }],
    },
  }, null, 2);
  const uri = 'file:///projects/c/apiProperties.json';
  const redactor = new TraceRedactor();
  const open = `Params: ${JSON.stringify({ textDocument: { uri, languageId: 'apiproperties', version: 1, text } }, null, 4)}\n\n`;
  const shown = redactor.redact(open);
  assert.ok(!shown.includes(KEY) && !shown.includes(DEFAULT), shown);
  // Still the same message, only the values masked.
  assert.equal(JSON.parse(shown.slice('Params: '.length)).textDocument.text, text.replace(KEY, '***').replace(DEFAULT, '***'));
  assert.ok(shown.endsWith('}\n\n'));
  // A later result that repeats a value (formatting edits, hover), at any escaping depth, and the JSON trace format.
  assert.equal(redactor.redact(`Result: ${JSON.stringify([{ newText: `"${KEY}"` }], null, 4)}\n\n`), `Result: ${JSON.stringify([{ newText: '"***"' }], null, 4)}\n\n`);
  assert.ok(!redactor.redact(JSON.stringify({ isLSPMessage: true, type: 'receive-response', message: { result: JSON.stringify({ v: DEFAULT }) } })).includes(DEFAULT));
  // A trace turned on after the document was opened: the editor's text is the source, and a typed character that
  // lands in the policy value is masked; one elsewhere is not.
  const late = new TraceRedactor(u => u === uri ? text : undefined);
  const at = (needle: string) => {
    const before = text.slice(0, text.indexOf(needle)).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  const change = (needle: string, insert: string) => `Params: ${JSON.stringify({ textDocument: { uri, version: 5 }, contentChanges: [{ range: { start: at(needle), end: at(needle) }, rangeLength: 0, text: insert }] }, null, 4)}\n\n`;
  assert.ok(late.redact(change(KEY.slice(3), 'k')).includes('"text": "***"'));
  assert.ok(late.redact(change('setheader', 's')).includes('"text": "s"'));
  // Text that is no traced message is passed through, with the key-name mask.
  assert.equal(late.redact('[Info  - 10:00:00] Server started'), '[Info  - 10:00:00] Server started');
  assert.equal(late.redact('Params: {"clientSecret": "abc"'), 'Params: {"clientSecret": "***"');
});
