// "New Connector Properties File": every starter is strict JSON in paconn's layout, passes our own checks without
// errors, and turns the values to edit into snippet tab stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../../server/src/engine';
import { AUTH_KINDS } from '../../../server/src/engine/authKinds';
import { StarterChoice, starterContent, starterPicks } from '../../../client/src/commands/starterProperties';
import { dialogFor } from './support';

const choices: StarterChoice[] = [
  { kind: 'none' },
  ...AUTH_KINDS.map(k => ({ kind: 'single', auth: k.id }) as StarterChoice),
  { kind: 'multi', auths: ['apiKey', 'basic', 'oauth2'] },
];

test('the picker offers none, each single kind, and multi-auth last', () => {
  assert.deepEqual(starterPicks().map(p => p.label), [
    'No authentication', ...AUTH_KINDS.map(k => k.label), 'Multi-auth (several authentication types)',
  ]);
});

test('no-auth starter, exactly', () => {
  assert.equal(starterContent({ kind: 'none' }, false),
    '{\n  "properties": {\n    "connectionParameters": {},\n    "iconBrandColor": "#3a6ea5",\n    "capabilities": []\n  }\n}\n');
  assert.equal(starterContent({ kind: 'none' }, true),
    '{\n  "properties": {\n    "connectionParameters": {},\n    "iconBrandColor": "${1:#3a6ea5}",\n    "capabilities": []\n  }\n}\n');
});

test('every starter is valid, error-free, and previews as intended', async () => {
  const service = new ConnectorService();
  for (const choice of choices) {
    const text = starterContent(choice, false);
    const parsed = JSON.parse(text) as { properties: Record<string, unknown> };
    assert.deepEqual(Object.keys(parsed.properties).slice(-2), ['iconBrandColor', 'capabilities']);
    assert.equal(JSON.stringify(parsed, null, 2) + '\n', text, 'paconn layout');
    const doc = TextDocument.create('file:///new/apiProperties.json', 'apiproperties', 1, text);
    const errors = (await service.validate(doc, { settings: { validate: true, rules: {}, profile: 'custom' } })).filter(d => d.severity === 1);
    assert.deepEqual(errors.map(d => `${d.code}: ${d.message}`), [], JSON.stringify(choice));
    const view = dialogFor(text);
    assert.equal(view.kind, choice.kind === 'none' ? 'none' : choice.kind, JSON.stringify(choice));
    assert.deepEqual(view.warnings, [], JSON.stringify(choice));
  }
});

test('multi-auth starter: one set per chosen kind, in order, with unique names; snippet tab stops for the values', () => {
  const snippet = starterContent({ kind: 'multi', auths: ['apiKey', 'basic', 'oauth2'] }, true);
  assert.ok(snippet.includes('"displayName": "${1:Authentication type}"'));
  assert.ok(snippet.includes('"clientId": "${'));
  const view = dialogFor(starterContent({ kind: 'multi', auths: ['apiKey', 'basic', 'oauth2'] }, false));
  assert.deepEqual(view.sets.map(s => [s.name, s.label, s.fields.map(f => `${f.name}:${f.control}`)]), [
    ['api-key-auth', 'API key', ['api_key:password']],
    ['basic-auth', 'Basic authentication', ['username:text', 'password:password']],
    ['oauth2-auth', 'OAuth 2.0', ['token:signIn']],
  ]);
  assert.throws(() => starterContent({ kind: 'multi', auths: [] }, false), /at least one/);
});
