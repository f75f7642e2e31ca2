// The extension's verbose trace, end to end: a real vscode-jsonrpc connection to the bundled server traces every
// message (text and JSON trace formats, written to the channel exactly as vscode-languageclient's logTrace /
// logObjectTrace do), and the channel is the extension's redacting one (client/src/redact.ts). Secrets that no key
// name gives away must not reach it: a client secret pasted over the old one (the incremental didChange carries only
// the pasted text), one typed a character at a time, an API key in a policy value and a securestring default in
// the didOpen text; and the ppConnector/dialogModel result carries no secure default at all.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Trace, TraceFormat } from 'vscode-jsonrpc/node';
import { positionAt } from '../support/caret';
import { LspTestClient, SERVER_JS } from '../support/lspClient';
import { redactingOutputChannel } from '../../client/src/redact';
import type { DialogModelResult } from '../../server/src/common/protocol';

const OLD_SECRET = 'Old~Secret.0123456789abcdefXYZ';
const PASTED_SECRET = 'New~Pasted.9876543210zyxwvuTSR';
const TYPED_SECRET = 'Typ3dS3cretV4lue';
const API_KEY = 'sk-live-7f3a9c2e4b1d8f6a5c3e';
const SECURE_DEFAULT = 'pw-default-9c4e2a7b1f5d3';
const URI = 'file:///projects/traced/apiProperties.json';

const TEXT = JSON.stringify({
  properties: {
    connectionParameters: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: { identityProvider: 'oauth2', clientId: 'my-client', clientSecret: OLD_SECRET, scopes: ['read'], redirectMode: 'Global' },
      },
      api_key: { type: 'securestring', defaultValue: SECURE_DEFAULT, uiDefinition: { displayName: 'API key', constraints: { required: 'true' } } },
    },
    policyTemplateInstances: [{
      templateId: 'setheader', title: 'Key',
      parameters: { 'x-ms-apimTemplateParameter.name': 'x-custom-header', 'x-ms-apimTemplateParameter.value': API_KEY },
    }],
  },
}, null, 2);

/** Runs the editing session with the given trace format; returns what the channel got and the raw trace. */
async function session(format: TraceFormat): Promise<{ shown: string[]; raw: string[]; dialog: DialogModelResult }> {
  const shown: string[] = [];
  const raw: string[] = [];
  const sink = { name: 'trace', append: (v: string) => shown.push(v), appendLine: (v: string) => shown.push(v), replace: (v: string) => shown.push(v) };
  const channel = redactingOutputChannel(sink as never);
  const time = () => new Date().toLocaleTimeString();
  // vscode-languageclient 9, BaseLanguageClient.logTrace and logObjectTrace.
  const tracer = {
    log(message: unknown, data?: string) {
      if (typeof message === 'string') {
        raw.push(message, data ?? '');
        channel.appendLine(`[Trace - ${time()}] ${message}`);
        if (data) channel.appendLine(data);
      } else {
        raw.push(JSON.stringify(message));
        channel.append(`[LSP   - ${time()}] `);
        channel.appendLine(JSON.stringify(message));
      }
    },
  };
  const client = await LspTestClient.start({ configuration: { validate: { enable: true }, profile: 'auto', rules: {} } });
  try {
    await client.connection.trace(Trace.Verbose, tracer, { sendNotification: false, traceFormat: format });
    await client.open(URI, TEXT);
    await client.diagnosticsFor(URI, 1, 15000);
    // Paste a new secret over the old one: the change is only the pasted text and its range.
    const start = TEXT.indexOf(OLD_SECRET);
    let text = TEXT;
    let version = 1;
    const edit = async (offset: number, length: number, insert: string) => {
      const range = { start: positionAt(text, offset), end: positionAt(text, offset + length) };
      text = text.slice(0, offset) + insert + text.slice(offset + length);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: ++version }, contentChanges: [{ range, rangeLength: length, text: insert }] });
    };
    await edit(start, OLD_SECRET.length, PASTED_SECRET);
    // Delete it and type another one, a character at a time.
    await edit(start, PASTED_SECRET.length, '');
    for (const [i, ch] of [...TYPED_SECRET].entries()) await edit(start + i, 0, ch);
    await client.diagnosticsFor(URI, version, 15000);
    const dialog = await client.request<DialogModelResult>('ppConnector/dialogModel', { uri: URI });
    return { shown, raw, dialog };
  } finally {
    await client.stop();
  }
}

/** The contentChanges texts of the traced didChange messages, as the channel shows them. */
function changeTexts(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const json = line.startsWith('Params: ') ? line.slice('Params: '.length) : line.startsWith('{') ? line : undefined;
    if (!json) continue;
    const value = JSON.parse(json);
    const params = value.isLSPMessage ? value.message.params : value;
    for (const c of params?.contentChanges ?? []) out.push(c.text);
  }
  return out;
}

for (const [name, format] of [['text', TraceFormat.Text], ['json', TraceFormat.JSON]] as const) {
  test(`verbose trace (${name} format): no secret without a key name reaches the channel`, { skip: !fs.existsSync(SERVER_JS) && 'dist/server.js is not built' }, async () => {
    const { shown, raw, dialog } = await session(format);
    const rawText = raw.join('\n');
    const shownText = shown.join('\n');
    // Not vacuous: the real trace carries them, and the channel still shows the messages (JSON intact).
    for (const s of [OLD_SECRET, PASTED_SECRET, API_KEY, SECURE_DEFAULT]) assert.ok(rawText.includes(s), `the raw trace has ${s}`);
    assert.match(shownText, /textDocument\/didOpen|send-notification/);
    assert.ok(shownText.includes('x-custom-header') && shownText.includes('my-client'));
    const leaked = Object.entries({ OLD_SECRET, PASTED_SECRET, TYPED_SECRET, API_KEY, SECURE_DEFAULT }).filter(([, s]) => shownText.includes(s));
    assert.deepEqual(leaked.map(([k]) => k), [], 'secrets shown in the channel');
    // Every change that landed in the client secret shows as a mask, down to the single typed characters.
    const changes = changeTexts(shown);
    assert.equal(changes.length, 2 + TYPED_SECRET.length);
    assert.deepEqual(changes, ['***', '', ...[...TYPED_SECRET].map(() => '***')]);
    // The dialog model: the secure default is not in the result at all; the field says it has one.
    const field = dialog?.view.sets.flatMap(s => s.fields).find(f => f.name === 'api_key');
    assert.equal(field?.hasSecretDefault, true);
    assert.equal(field?.defaultValue, undefined);
    assert.ok(!JSON.stringify(dialog).includes(SECURE_DEFAULT));
    assert.ok(rawText.includes('hasSecretDefault'), 'the traced dialogModel result is in the raw trace');
  });
}
