// The engine's one definition of where secret values are (engine/secrets.ts), which the CLI, the trace channel
// and the preview's dialog model mask by.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { maskSecrets, maskSecretsInText, secretSpansOfText, SECRET_MASK } from '../../server/src/engine/secrets';
import { buildDialogModel } from '../../server/src/engine/preview/dialogModel';
import { ConnectorService } from '../../server/src/engine';
import { TextDocument } from 'vscode-languageserver-textdocument';

const CLIENT_SECRET = 'Zq8~vR2.kT5_wX9-mN4pL7sA1dF6gH3jK0';
const POLICY_KEY = 'sk-live-7f3a9c2e4b1d8f6a5c3e';
const DEFAULT = 'pw-default-9c4e2a7b1f5d3';
const FUNCTION_CODE = 'aBc123xYz456==';

function connector(overrides: { parameters?: object; policies?: object[] } = {}): string {
  return JSON.stringify({
    properties: {
      connectionParameters: overrides.parameters ?? {
        token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: 'my-client', clientSecret: CLIENT_SECRET } },
        api_key: { type: 'securestring', defaultValue: DEFAULT },
        region: { type: 'string', defaultValue: 'westeurope-0123456789abcdef' },
      },
      policyTemplateInstances: overrides.policies ?? [],
    },
  }, null, 2);
}

const header = (name: string, value: string, templateId = 'setheader') => ({
  templateId, title: name,
  parameters: { 'x-ms-apimTemplateParameter.name': name, 'x-ms-apimTemplateParameter.value': value },
});

/** The masked values, as the text between each span's bounds. */
function secretsOf(text: string): string[] {
  return secretSpansOfText(text).map(s => text.slice(s.offset, s.offset + s.length));
}

test('clientSecret and a securestring defaultValue are secrets; a string parameter default and the client id are not', () => {
  const text = connector();
  assert.deepEqual(secretsOf(text), [CLIENT_SECRET, DEFAULT]);
  const masked = maskSecretsInText(text);
  assert.deepEqual(JSON.parse(masked).properties.connectionParameters.token.oAuthSettings.clientSecret, SECRET_MASK);
  assert.ok(masked.includes('my-client') && masked.includes('westeurope-0123456789abcdef'));
});

test('policy values: a credential header or query value, or a key-shaped literal, is a secret; a connection reference is not', () => {
  const text = connector({
    parameters: {},
    policies: [
      header('x-api-key', POLICY_KEY),
      header('Authorization', 'Bearer abc', 'setheader'),
      header('code', 'short1', 'setqueryparameter'),
      header('x-custom', 'AbCdEf0123456789XyZ'),
      header('x-api-key', "@connectionParameters('api_key')"),
      header('Authorization', "Bearer @connectionParameters('api_key')"),
      header('Content-Type', 'application/json'),
      header('api-version', '2024-01-01'),
      header('X-RapidAPI-Host', 'carbonfootprint1.p.rapidapi.com'),
      header('x-api-key', '[YOUR_API_KEY]'),
      { templateId: 'dynamichosturl', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': `https://fn.example/api/run?code=${FUNCTION_CODE}&x={x}` } },
      { templateId: 'routerequesttoendpoint', parameters: { 'x-ms-apimTemplateParameter.newPath': '/items?key={key}' } },
    ],
  });
  assert.deepEqual(secretsOf(text), [POLICY_KEY, 'Bearer abc', 'short1', 'AbCdEf0123456789XyZ', FUNCTION_CODE]);
});

test('placeholders are not masked (so a fix preview shows what the fix writes); every copy of a duplicated key is', () => {
  for (const placeholder of ['', '[YOUR_CLIENT_SECRET]', '<secret>', '{{secret}}', '$(SECRET)', '%SECRET%', '********']) {
    assert.deepEqual(secretsOf(connector({ parameters: { token: { type: 'oauthSetting', oAuthSettings: { clientSecret: placeholder } } } })), [], placeholder);
  }
  // After a merge: two connectionParameters objects; the model reads the last, the text holds both.
  const text = `{"properties": {"connectionParameters": {"p": {"type": "securestring", "defaultValue": "first-0123456"}},
    "connectionParameters": {"p": {"type": "SecureString", "defaultValue": "second-0123456", "defaultValue": "third-0123456"}}}}`;
  assert.deepEqual(secretsOf(text), ['first-0123456', 'second-0123456', 'third-0123456']);
  // A secure default that is not a string is masked whole.
  assert.deepEqual(secretsOf('{"properties": {"connectionParameters": {"p": {"type": "secureobject", "defaultValue": {"k": 1}}}}}'), ['{"k": 1}']);
});

test('masking keeps every byte around the secrets and every line break; broken JSON is still masked', () => {
  const text = connector();
  const masked = maskSecretsInText(text);
  assert.equal(masked, text.replace(CLIENT_SECRET, SECRET_MASK).replace(DEFAULT, SECRET_MASK));
  assert.equal(maskSecrets('ab\ncd', [{ offset: 1, length: 3 }]), 'a***\nd');
  assert.equal(maskSecrets('abcdef', [{ offset: 3, length: 2 }, { offset: 0, length: 1 }, { offset: 1, length: 1 }]), '***c***f');
  // An unterminated string (mid-typing): the value up to the line end is masked, the quote that opened it stays.
  const broken = `{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"clientSecret": "${CLIENT_SECRET}\n}}}}}`;
  assert.ok(!maskSecretsInText(broken).includes(CLIENT_SECRET), maskSecretsInText(broken));
  assert.equal(maskSecretsInText(broken).split('\n').length, 2);
});

test('the dialog model never carries a secure default; it says that one exists', () => {
  const service = new ConnectorService();
  const model = buildDialogModel(service.analyze(TextDocument.create('file:///projects/c/apiProperties.json', 'apiproperties', 1, connector())).model);
  const fields = model.sets.flatMap(s => s.fields);
  const key = fields.find(f => f.name === 'api_key')!;
  assert.equal(key.defaultValue, undefined);
  assert.equal(key.hasSecretDefault, true);
  assert.equal(fields.find(f => f.name === 'region')!.defaultValue, 'westeurope-0123456789abcdef');
  assert.ok(!JSON.stringify(model).includes(DEFAULT));
});
