// "Add authentication type": where it is offered, the full document after inserting, unique names, layout like
// the file (spaces/tabs, width, CRLF), commas in empty and non-empty arrays, and a clean validation afterwards.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { AUTH_KINDS } from '../../../server/src/engine/authKinds';
import { caret } from '../../support/caret';
import { actionsAt, apply, applyAt, doc, service, summarize, titles, validate } from './support';

const ADD = (label: string) => `Add authentication type: ${label}`;
const ALL_ADD_TITLES = AUTH_KINDS.map(k => ADD(k.label));

const API_KEY_SET_2 = `        {
          "name": "api-key-auth",
          "uiDefinition": {
            "displayName": "API key",
            "description": "Use an API key"
          },
          "parameters": {
            "api_key": {
              "type": "securestring",
              "uiDefinition": {
                "displayName": "API key",
                "description": "The API key for the service",
                "tooltip": "Provide your API key",
                "constraints": {
                  "tabIndex": 2,
                  "clearText": false,
                  "required": "true"
                }
              }
            }
          }
        }`;

const setsDoc = (values: string) => `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameterSets": {
      "uiDefinition": {
        "displayName": "Authentication type",
        "description": "Choose how to sign in"
      },
      "values": ${values}
    }
  }
}
`;

async function assertClean(text: string): Promise<void> {
  assert.doesNotThrow(() => JSON.parse(text));
  assert.deepEqual(summarize(await validate(text)), []);
}

describe('add authentication type', () => {
  it('fills an empty values array, with the caret inside it', async () => {
    const after = await applyAt(setsDoc('[|]'), ADD('API key'));
    assert.equal(after, setsDoc(`[\n${API_KEY_SET_2}\n      ]`));
    await assertClean(after);
  });

  it('offers all six kinds inside values, on the connectionParameterSets key, and nowhere else in a multi-auth file', async () => {
    assert.deepEqual(titles((await actionsAt(setsDoc('[|]'))).actions), ALL_ADD_TITLES);
    assert.deepEqual(titles((await actionsAt(setsDoc('[]').replace('"connectionParameterSets"', '"connection|ParameterSets"'))).actions), ALL_ADD_TITLES);
    assert.deepEqual(titles((await actionsAt(setsDoc('[]').replace('"#123456"', '"#12|3456"'))).actions), []);
    assert.deepEqual(titles((await actionsAt(setsDoc('[]').replace('"Choose how', '"Choose| how'))).actions), []);
  });

  it('inserts after the set under the caret, keeps that compact set byte for byte, and picks a new name (tabs)', async () => {
    const before = [
      '{',
      '\t"properties": {',
      '\t\t"iconBrandColor": "#123456",',
      '\t\t"connectionParameterSets": {',
      '\t\t\t"uiDefinition": {"displayName": "Authentication type", "description": "Choose how to sign in"},',
      '\t\t\t"values": [',
      '\t\t\t\t{"name": "api-|key-auth", "uiDefinition": {"displayName": "Key", "description": "Key"}, "parameters": {"api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": "true"}}}}},',
      '\t\t\t\t{"name": "basic-auth", "uiDefinition": {"displayName": "Basic", "description": "Basic"}, "parameters": {}}',
      '\t\t\t]',
      '\t\t}',
      '\t}',
      '}',
    ].join('\n');
    const after = await applyAt(before, ADD('API key'));
    const inserted = API_KEY_SET_2.replace('"api-key-auth"', '"api-key-auth-2"').split('\n')
      .map(l => l.replace(/^ {8}/, '').replace(/ {2}/g, '\t')).map(l => '\t\t\t\t' + l);
    const expected = before.replace('|', '').split('\n');
    expected.splice(7, 0, ...inserted.map((l, i) => i === inserted.length - 1 ? l + ',' : l));
    assert.equal(after, expected.join('\n'));
    await assertClean(after);
  });

  it('never reuses a name, whatever its case', async () => {
    const before = setsDoc(`[
        {"name": "API-KEY-AUTH", "uiDefinition": {"displayName": "A", "description": "A"}, "parameters": {}},
        {"name": "api-key-auth-2", "uiDefinition": {"displayName": "B", "description": "B"}, "parameters": {}}|
      ]`);
    const after = await applyAt(before, ADD('API key'));
    assert.match(after, /"name": "api-key-auth-3"/);
    const { text, offset } = caret(before);
    assert.equal(after.slice(0, offset), text.slice(0, offset));
    assert.ok(after.endsWith(text.slice(offset)));
    await assertClean(after);
  });

  it('creates the connectionParameterSets block in a file that has none (4-space file, CRLF kept)', async () => {
    const before = ['{', '    "properties": {', '        "iconBrandColor": "#123456",', '        "capabilities": []|', '    }', '}', ''].join('\r\n');
    const after = await applyAt(before, ADD('Basic authentication'));
    const expected = [
      '{', '    "properties": {', '        "iconBrandColor": "#123456",', '        "capabilities": [],',
      '        "connectionParameterSets": {',
      '            "uiDefinition": {',
      '                "displayName": "Authentication type",',
      '                "description": "Choose how to sign in"',
      '            },',
      '            "values": [',
      '                {',
      '                    "name": "basic-auth",',
      '                    "uiDefinition": {',
      '                        "displayName": "Basic authentication",',
      '                        "description": "Sign in with a user name and password"',
      '                    },',
      '                    "parameters": {',
      '                        "username": {',
      '                            "type": "securestring",',
      '                            "uiDefinition": {',
      '                                "displayName": "User name",',
      '                                "description": "The user name for the service",',
      '                                "tooltip": "Provide your user name",',
      '                                "constraints": {',
      '                                    "tabIndex": 2,',
      '                                    "clearText": true,',
      '                                    "required": "true"',
      '                                }',
      '                            }',
      '                        },',
      '                        "password": {',
      '                            "type": "securestring",',
      '                            "uiDefinition": {',
      '                                "displayName": "Password",',
      '                                "description": "The password for the service",',
      '                                "tooltip": "Provide your password",',
      '                                "constraints": {',
      '                                    "tabIndex": 3,',
      '                                    "clearText": false,',
      '                                    "required": "true"',
      '                                }',
      '                            }',
      '                        }',
      '                    }',
      '                }',
      '            ]',
      '        }',
      '    }', '}', '',
    ].join('\r\n');
    assert.equal(after, expected);
    await assertClean(after);
  });

  it('is offered in a file without sets on properties and its direct members, not deeper, and not beside single-auth parameters', async () => {
    const base = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "policyTemplateInstances": []\n  }\n}';
    assert.deepEqual(titles((await actionsAt(base.replace('"properties"', '"prop|erties"'))).actions), ALL_ADD_TITLES);
    assert.deepEqual(titles((await actionsAt(base.replace('"policyTemplateInstances"', '"policy|TemplateInstances"'))).actions), ALL_ADD_TITLES);
    assert.deepEqual(titles((await actionsAt(base.replace('[]', '[|]'))).actions), []);
    const single = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameters": {"api_key": {"type": "securestring"}}|\n  }\n}';
    assert.deepEqual(titles((await actionsAt(single)).actions), []);
  });

  it('puts the block right after an empty connectionParameters', async () => {
    const before = '{\n  "properties": {\n    "connectionParameters": {},\n    "iconBrandColor": "#123456"|\n  }\n}';
    const after = await applyAt(before, ADD('API key'));
    const block = `    "connectionParameterSets": {
      "uiDefinition": {
        "displayName": "Authentication type",
        "description": "Choose how to sign in"
      },
      "values": [
${API_KEY_SET_2}
      ]
    },\n`;
    assert.equal(after, '{\n  "properties": {\n    "connectionParameters": {},\n' + block + '    "iconBrandColor": "#123456"\n  }\n}');
    assert.deepEqual(summarize(await validate(after)).map(s => s.split(' ').slice(1, 3).join(' ')), ['information legacy-and-sets']);
  });

  for (const kind of AUTH_KINDS) {
    it(`inserts a clean "${kind.label}" set next to an existing one`, async () => {
      const before = setsDoc(`[
        {
          "name": "${kind.setName}",
          "uiDefinition": {"displayName": "Existing", "description": "Existing"},
          "parameters": {}
        }|
      ]`);
      const after = await applyAt(before, ADD(kind.label));
      const { text, offset } = caret(before);
      assert.equal(after.slice(0, offset), text.slice(0, offset), 'text before the insertion point is unchanged');
      assert.ok(after.endsWith(text.slice(offset)), 'text after the insertion point is unchanged');
      const sets = JSON.parse(after).properties.connectionParameterSets.values;
      assert.deepEqual(sets.map((s: { name: string }) => s.name), [kind.setName, `${kind.setName}-2`]);
      for (const [name, p] of Object.entries(sets[1].parameters as Record<string, { uiDefinition?: { constraints?: { required?: string } } }>)) {
        assert.match(String(p.uiDefinition?.constraints?.required), /^(true|false)$/, `${name} has constraints.required`);
      }
      await assertClean(after);
    });
  }

  it('gives the client command a snippet with tab stops when asked', async () => {
    const { text, offset } = caret(setsDoc('[|]'));
    const d = doc(text);
    const r = service.authenticationSetEdit(d, 'oauth2', d.positionAt(offset), true)!;
    assert.equal(r.snippet, true);
    assert.equal(r.name, 'oauth2-auth');
    assert.deepEqual(r.edit.range, { start: { line: 8, character: 17 }, end: { line: 8, character: 17 } });
    assert.equal(r.edit.newText.split('\n').slice(0, 3).join('\n'), '\n        {\n          "name": "${1:oauth2-auth}",');
    assert.match(r.edit.newText, /"clientId": "\$\{4:\[YOUR_CLIENT_ID\]\}"/);
    // tokenUrl and refreshUrl share one tab stop: typing the URL once fills both.
    assert.match(r.edit.newText, /"tokenUrl": \{\n\s+"value": "\$\{6:https:\/\/example.com\/oauth2\/token\}"/);
    assert.match(r.edit.newText, /"refreshUrl": \{\n\s+"value": "\$\{6:https:\/\/example.com\/oauth2\/token\}"/);
  });

  it('adds the missing values array on the connectionParameterSets key', async () => {
    const before = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connection|ParameterSets": {\n      "uiDefinition": {"displayName": "Authentication type", "description": "Choose"}\n    }\n  }\n}';
    const after = await applyAt(before, ADD('API key'));
    assert.equal(after, before.replace('|', '').replace('"description": "Choose"}\n', '"description": "Choose"},\n      "values": [\n' + API_KEY_SET_2 + '\n      ]\n'));
    await assertClean(after);
  });

  it('answers the requested kinds only: refactor, refactor.insert, quickfix, source.fixAll', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connection|Parameters": {}\n  }\n}';
    const kinds = async (only?: string[]) => [...new Set((await actionsAt(text, { only })).actions.map(a => a.kind))];
    assert.deepEqual(await kinds(), ['refactor.insert.authenticationSet', 'refactor.rewrite.connectionParameterSets']);
    assert.deepEqual(await kinds(['refactor']), ['refactor.insert.authenticationSet', 'refactor.rewrite.connectionParameterSets']);
    assert.deepEqual(await kinds(['refactor.insert']), ['refactor.insert.authenticationSet']);
    assert.deepEqual(await kinds(['quickfix']), []);
    assert.deepEqual(await kinds(['source.fixAll']), []); // nothing to fix
    assert.deepEqual(await kinds(['source']), []);
  });

  it('offers nothing in a file that is not parsed (binary), and only quick fixes in an oversized one', async () => {
    assert.deepEqual(titles((await actionsAt('{"properties": {|}}\u0000')).actions), []);
    const big = '{\n  "properties": {|\n    "iconBrandColor": "#123456",\n    "x": "' + 'a'.repeat(2.5 * 1024 * 1024) + '",\n  }\n}';
    assert.deepEqual(titles((await actionsAt(big)).actions), []);
    const { actions } = await actionsAt(big.replace('|', '').replace('",\n  }', '",|\n  }'));
    assert.deepEqual(titles(actions), ['Remove trailing comma']);
  });

  it('calls the client\'s snippet command instead of carrying an edit when the client announces one', async () => {
    const { text, offset } = caret(setsDoc('[|]'));
    const d = doc(text);
    const position = d.positionAt(offset);
    const actions = await service.codeActions(d, { start: position, end: position }, { diagnostics: [] }, { addSetCommand: 'ppConnector.addAuthenticationType' });
    assert.deepEqual(actions.map(a => [a.title, a.edit, a.command?.command, a.command?.arguments]), AUTH_KINDS.map(k =>
      [ADD(k.label), undefined, 'ppConnector.addAuthenticationType', [k.id, d.uri, position]]));
  });

  it('the command converts single-auth parameters first, then adds the new set after them', async () => {
    const text = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameters": {\n      "api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key", "description": "Key", "constraints": {"required": "true"}}}\n    }\n  }\n}\n';
    const d = doc(text);
    const r = service.authenticationSetEdit(d, 'apiKey')!;
    const after = apply(d, { title: 'x', edit: { changes: { [d.uri]: [r.edit] } } });
    const sets = JSON.parse(after).properties;
    assert.equal(sets.connectionParameters, undefined);
    assert.deepEqual(sets.connectionParameterSets.values.map((s: { name: string }) => s.name), ['api-key-auth', 'api-key-auth-2']);
    assert.equal(r.name, 'api-key-auth-2');
    await assertClean(after);
  });
});
