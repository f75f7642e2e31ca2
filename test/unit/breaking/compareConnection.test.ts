// apiProperties: what breaks existing connections (a removed or retyped connection parameter, a removed set, another
// identity provider), and what does not (a new optional input, the conversion to multi-auth that keeps the names).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { breakingDiagnostics, compareTexts } from '../../../server/src/engine/breaking';

const single = {
  properties: {
    connectionParameters: {
      token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad', clientId: 'x', scopes: [] } },
      region: { type: 'string', uiDefinition: { displayName: 'Region' } },
    },
  },
};

function changes(base: unknown, next: unknown): string[] {
  const text = JSON.stringify(next, null, 2);
  const r = compareTexts('apiProperties', JSON.stringify(base), text);
  assert.equal(r.problem, undefined);
  const doc = TextDocument.create('file:///c/apiProperties.json', 'apiproperties', 1, text);
  return breakingDiagnostics(doc, r.findings, { profile: 'custom' }).map(d => `${(d.data as { valuePath: string }).valuePath} @ ${doc.getText(d.range).split('\n')[0]}`);
}

const edit = (f: (p: typeof single) => void) => { const c = JSON.parse(JSON.stringify(single)); f(c); return c; };

describe('breaking changes: connection parameters', () => {
  it('nothing for the same file or a new parameter', () => {
    assert.deepEqual(changes(single, single), []);
    assert.deepEqual(changes(single, edit(p => { (p.properties.connectionParameters as Record<string, unknown>).extra = { type: 'string' }; })), []);
  });

  it('a removed parameter, a changed type and a changed identity provider', () => {
    assert.deepEqual(changes(single, edit(p => { delete (p.properties.connectionParameters as Record<string, unknown>).region; })),
      ['connectionParameters/region @ "connectionParameters"']);
    assert.deepEqual(changes(single, edit(p => { p.properties.connectionParameters.region.type = 'securestring'; })),
      ['connectionParameters/region @ "securestring"']);
    assert.deepEqual(changes(single, edit(p => { p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'oauth2'; })),
      ['connectionParameters/token @ "oauth2"']);
  });

  it('conversion to multi-auth that keeps the names breaks nothing; a removed set does', () => {
    const multi = { properties: { connectionParameterSets: { uiDefinition: {}, values: [
      { name: 'oauth', uiDefinition: {}, parameters: { token: single.properties.connectionParameters.token } },
      { name: 'key', uiDefinition: {}, parameters: { region: single.properties.connectionParameters.region, api_key: { type: 'securestring' } } },
    ] } } };
    assert.deepEqual(changes(single, multi), []);
    const fewer = JSON.parse(JSON.stringify(multi));
    fewer.properties.connectionParameterSets.values.pop();
    assert.deepEqual(changes(multi, fewer), ['connectionParameterSets/key @ "connectionParameterSets"']);
  });
});

describe('breaking-change ids in settings', () => {
  it('are known codes with a doc page each', async () => {
    const { allCodes } = await import('../../../server/src/engine/rules/registry');
    const { BREAKING_RULES } = await import('../../../server/src/engine/breaking');
    const { existsSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    for (const id of Object.keys(BREAKING_RULES)) {
      assert.ok(allCodes().has(id), id);
      const page = path.resolve(__dirname, '..', '..', '..', 'docs', 'rules', `${id}.md`);
      assert.ok(existsSync(page), page);
      assert.ok(readFileSync(page, 'utf8').startsWith(`# \`${id}\``));
    }
  });
});
