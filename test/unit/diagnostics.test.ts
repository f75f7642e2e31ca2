// Built-in diagnostics: JSON syntax, strict JSON (comments, trailing commas, BOM), duplicate keys and the schema.
// Each expectation is the full list: range, severity, code and message.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { diagnostics, summarize } from '../support/engine';

const only = (codes: string[]) => (lines: string[]) => lines.filter(l => codes.some(c => l.split(' ')[2] === c));
const builtin = only(['json-syntax', 'strict-json', 'duplicate-key', 'schema']);

describe('built-in diagnostics', () => {
  it('reports a JSON syntax error at the token', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456"\n    "capabilities": []\n  }\n}';
    assert.deepEqual(builtin(summarize(await diagnostics(text))), ['4:5-4:19 error json-syntax Expected comma']);
  });

  it('reports a comment as a strict-JSON error', async () => {
    const text = '{\n  // note\n  "properties": {\n    "iconBrandColor": "#123456"\n  }\n}';
    assert.deepEqual(builtin(summarize(await diagnostics(text))), [
      '2:3-2:10 error strict-json Comment: paconn and pac load apiProperties.json as strict JSON and reject comments. Remove the comment.',
    ]);
  });

  it('reports a trailing comma as a strict-JSON error', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "capabilities": [],\n  }\n}';
    assert.deepEqual(builtin(summarize(await diagnostics(text))), [
      '4:23-4:24 error strict-json Trailing comma: paconn and pac load apiProperties.json as strict JSON and reject it. Remove the comma.',
    ]);
  });

  it('reports a BOM and still analyses the rest of the file', async () => {
    const text = '\uFEFF{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "colour": 1\n  }\n}';
    const lines = builtin(summarize(await diagnostics(text)));
    assert.equal(lines[0], '1:1-1:2 error strict-json Byte order mark (BOM) at the start of the file: paconn loads apiProperties.json as strict JSON and fails on it. Save the file as UTF-8 without BOM.');
    assert.ok(lines.some(l => l.startsWith('4:5-4:13 warning schema Property colour is not allowed here.')), lines.join('\n'));
  });

  it('reports both copies of a duplicate key', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "iconBrandColor": "#654321"\n  }\n}';
    assert.deepEqual(builtin(summarize(await diagnostics(text))).sort(), [
      '3:5-3:21 error duplicate-key Duplicate key "iconBrandColor": paconn and the service keep only the last value, so the other one is silently lost. Remove or merge one of them.',
      '4:5-4:21 error duplicate-key Duplicate key "iconBrandColor": paconn and the service keep only the last value, so the other one is silently lost. Remove or merge one of them.',
    ]);
  });

  it('a duplicate key with the same value in every copy is a warning: nothing is lost', async () => {
    const text = '{\n  "properties": {\n    "capabilities": [],\n    "iconBrandColor": "#123456",\n    "capabilities": [ ]\n  }\n}';
    const message = 'Duplicate key "capabilities" with the same value each time: loaders keep one copy, so nothing is lost, but it is non-standard. Remove the repeated member.';
    assert.deepEqual(builtin(summarize(await diagnostics(text))).sort(), [
      `3:5-3:19 warning duplicate-key ${message}`,
      `5:5-5:19 warning duplicate-key ${message}`,
    ]);
    // The same text in a string is not the same value.
    const differ = '{"properties": {"publisher": "a b", "iconBrandColor": "#123456", "publisher": "ab"}}';
    assert.deepEqual((await diagnostics(differ)).filter(d => d.code === 'duplicate-key').map(d => d.severity), [1, 1]);
  });

  it('reports an unknown key on the key and a wrong enum value once, naming the allowed values', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameters": {\n      "api_key": {\n        "type": "strin",\n        "uiDefinition": { "displayName": "Key", "colour": "red" }\n      }\n    }\n  }\n}';
    assert.deepEqual(builtin(summarize(await diagnostics(text))), [
      '6:17-6:24 error schema Value is not accepted. Valid values: "string", "securestring", "int", "bool", "oauthSetting", "gatewaySetting".',
      '7:49-7:57 warning schema Property colour is not allowed here. Remove it, or fix its spelling (completion lists the keys allowed at this place). The platform tolerates this, but it is non-standard.',
    ]);
  });

  it('checks redirectMode against its values; a provider\'s customParameters are left to the OAuth rules', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameters": {\n      "token": {\n        "type": "oauthSetting",\n        "oAuthSettings": { "identityProvider": "oauth2", "redirectMode": "Sometimes", "customParameters": { "loginUri": { "value": "x" } } }\n      }\n    }\n  }\n}';
    // The schema would also say "loginUri is not allowed"; the rule at the same key says it better, so it alone reports.
    assert.deepEqual(summarize(await diagnostics(text)), [
      '7:74-7:85 warning schema Value is not accepted. Valid values: "Global", "GlobalPerConnector", "Direct". The platform tolerates this, but it is non-standard.',
      '7:87-7:105 warning custom-parameters-required identityProvider "oauth2" of parameter "token" needs customParameters "authorizationUrl", "tokenUrl", "refreshUrl": the sign-in cannot be built without them. Add "authorizationUrl": { "value": "..." }, "tokenUrl": { "value": "..." }, "refreshUrl": { "value": "..." }.',
      '7:109-7:119 warning custom-parameters-unknown customParameters key "loginUri" of parameter "token" is not read by identityProvider "oauth2" (it reads "authorizationUrl", "tokenUrl", "refreshUrl"). Remove it.',
    ]);
  });

  it('reports a policy template\'s missing required parameter once, on its `parameters` key', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "policyTemplateInstances": [ { "templateId": "setheader", "title": "t", "parameters": { "x-ms-apimTemplateParameter.name": "a" } } ]\n  }\n}';
    assert.deepEqual(summarize(await diagnostics(text)), [
      '4:77-4:89 error template-parameters Policy "t" (setheader) needs "x-ms-apimTemplateParameter.value": the template cannot run without it. Add it.',
    ]);
  });

  it('accepts a complete multi-auth file without any finding', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const text = readFileSync(join(__dirname, '..', '..', 'examples', 'contoso-tickets', 'apiProperties.json'), 'utf8');
    assert.deepEqual(summarize(await diagnostics(text)), []);
  });

  it('reports nothing when validation is disabled', async () => {
    assert.deepEqual(await diagnostics('{ "properties": ', { settings: { validate: false, rules: {}, profile: 'custom' } }), []);
  });

  it('turns a built-in code off or changes its severity through settings', async () => {
    const text = '{\n  // note\n  "properties": {\n    "iconBrandColor": "#123456"\n  }\n}';
    assert.deepEqual(builtin(summarize(await diagnostics(text, { settings: { validate: true, rules: { 'strict-json': 'off' }, profile: 'custom' } }))), []);
    assert.match(builtin(summarize(await diagnostics(text, { settings: { validate: true, rules: { 'strict-json': 'warning' }, profile: 'custom' } })))[0], /^2:3-2:10 warning strict-json/);
  });
});
