// Duplicated keys on a fix's path (typical after a merge): JSON loaders keep the last copy, the rules read that copy,
// and every fix must edit exactly the node that was flagged in it, never the shadowed first copy. Where the target
// cannot be identified (the text changed since validation, a refactor that would have to pick a copy), no fix.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { caret } from '../../support/caret';
import { actionsAt, apply, applyAt, assertRepaired, doc, fixAll, service, SETTINGS, titles, validate } from './support';

async function quickFix(before: string, title: string, expected: string, code: string): Promise<void> {
  const after = await applyAt(before, title);
  assert.equal(after, expected);
  await assertRepaired(before.replace('|', ''), after, code);
}

const TWO_CONNECTION_PARAMETERS = `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameters": {
      "username": {"type": "string", "uiDefinition": {"constraints": {"required": "true"}}}
    },
    "connectionParameters": {
      "username": {"type": "string", "uiDefinition": {"constraints": {"required": "true"}}},
      "password": {"type": "securestring", "uiDefinition": {"constraints": {"required": tr|ue}}}
    }
  }
}`;

const TWO_SETS = `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameterSets": {
      "uiDefinition": {"displayName": "Authentication type", "description": "Choose"},
      "values": []
    },
    "connectionParameterSets": {
      "uiDefinition": {"displayName": "Authentication type", "description": "Choose"},
      "values": [
        {
          "name": "key",
          "uiDefinition": {"displayName": "Key", "description": "Key"},
          "parameters": {
            "api_|key": {"type": "securestring", "uiDefinition": {"displayName": "Key"}}
          }
        }
      ]
    }
  }
}`;

const NESTED = `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameters": {
      "token": {
        "type": "oauthSetting",
        "oAuthSettings": {"identityProvider": "oauth2", "clientId": "x", "redirectMode": "Global"},
        "oAuthSettings": {"identityProvider": "oauth2", "clientId": "x", "redirectMode": "glo|bal"}
      },
      "host": {"type": "string", "uiDefinition": {"constraints": {"required": false}, "constraints": {"required": false}}}
    }
  }
}`;

describe('fixes with duplicated keys edit the effective (last) copy', () => {
  it('quick fix: a finding in the second connectionParameters is fixed there; the first copy gets nothing', async () => {
    await quickFix(TWO_CONNECTION_PARAMETERS, 'Change to "true"', TWO_CONNECTION_PARAMETERS.replace('tr|ue', '"true"'), 'string-boolean');
  });

  it('quick fix: a missing member is added to the parameter of the second connectionParameterSets', async () => {
    await quickFix(TWO_SETS, 'Add "required": "true"',
      TWO_SETS.replace('|', '').replace('{"displayName": "Key"}}', '{"displayName": "Key", "constraints": {"required": "true"}}}'),
      'set-parameter-required-missing');
  });

  it('quick fix: a nested duplicate (oAuthSettings twice) is fixed in its second copy', async () => {
    const oauthOnly = NESTED.replace(/,\n {6}"host": .*\n/, '\n');
    assert.notEqual(oauthOnly, NESTED);
    await quickFix(oauthOnly, 'Change to "Global"', oauthOnly.replace('"glo|bal"', '"Global"'), 'redirect-mode-casing');
  });

  it('fix-all repairs the findings of the effective copies only, and a second run changes nothing', async () => {
    const before = NESTED.replace('|', '');
    const once = await fixAll(before);
    assert.equal(once, before
      .replace('"redirectMode": "global"', '"redirectMode": "Global"')
      .replace('"constraints": {"required": false}}', '"constraints": {"required": "false"}}'));
    assert.equal(await fixAll(once), once);
    const twoCopies = TWO_CONNECTION_PARAMETERS.replace('|', '');
    assert.equal(await fixAll(twoCopies), twoCopies.replace('"required": true', '"required": "true"'));
  });
});

describe('fixes whose target cannot be identified are withheld', () => {
  it('a diagnostic from before an edit (its node moved) offers no quick fix and fix-all ignores it', async () => {
    const before = TWO_CONNECTION_PARAMETERS.replace('|', '');
    const diagnostics = (await validate(before)).filter(d => d.code === 'string-boolean');
    assert.equal(diagnostics.length, 1);
    // The user inserts a member above the finding; the client still holds the old diagnostic.
    const edited = doc(before.replace('"iconBrandColor": "#123456",', '"iconBrandColor": "#123456",\n    "capabilities": [],'));
    const actions = await service.codeActions(edited, diagnostics[0].range, { diagnostics, only: ['quickfix'] }, { settings: SETTINGS });
    assert.deepEqual(titles(actions), []);
  });

  it('a diagnostic whose fix points at another node, or at no node, offers no quick fix', async () => {
    const before = TWO_CONNECTION_PARAMETERS.replace('|', '');
    const document = doc(before);
    const [d] = (await validate(before)).filter(x => x.code === 'string-boolean');
    const retarget = (at: { offset: number; length: number }) => {
      const fixes = (d.data as { fixes: object[] }).fixes.map(f => ({ ...f, at }));
      return { ...d, data: { ...(d.data as object), fixes } };
    };
    const color = before.indexOf('"#123456"');
    for (const at of [{ offset: color, length: '"#123456"'.length }, { offset: color, length: 3 }]) {
      const actions = await service.codeActions(document, d.range, { diagnostics: [retarget(at)], only: ['quickfix'] }, { settings: SETTINGS });
      assert.deepEqual(titles(actions), [], JSON.stringify(at));
    }
  });

  it('the single-auth -> multi-auth conversion is not offered with two connectionParameters', async () => {
    const text = TWO_CONNECTION_PARAMETERS.replace('|', '').replace('"required": true', '"required": "true"')
      .replace(/"connectionParameters"(?![\s\S]*"connectionParameters")/, '"|connectionParameters"');
    const { actions } = await actionsAt(text, { only: ['refactor'] });
    assert.deepEqual(titles(actions).filter(t => t.startsWith('Convert')), []);
    const { text: plain, offset } = caret(text);
    const d = doc(plain);
    assert.equal(service.authenticationSetEdit(d, 'apiKey', d.positionAt(offset)), undefined, 'adding a set would have to convert one of the two copies');
  });
});

describe('refactors with duplicated keys edit the copy the model uses', () => {
  it('add authentication type inserts the set into the second connectionParameterSets', async () => {
    const before = TWO_SETS.replace('|', '').replace('"api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key"}}',
      '"api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key", "description": "Key", "constraints": {"required": "true"}}}');
    const document = doc(before);
    const r = service.authenticationSetEdit(document, 'basic', document.positionAt(before.lastIndexOf('"connectionParameterSets"') + 3));
    assert.ok(r, 'an edit');
    const after = TextDocument.applyEdits(document, [r.edit]);
    const secondCopy = before.lastIndexOf('"connectionParameterSets"');
    assert.equal(after.slice(0, secondCopy), before.slice(0, secondCopy), 'the first copy is untouched');
    assert.match(after.slice(secondCopy), /"name": "basic-auth"/);
    assert.equal(JSON.parse(after).properties.connectionParameterSets.values.length, 2);
  });

  it('with two "properties", the conversion moves the parameters of the second one', async () => {
    const text = `{
  "properties": {
    "connectionParameters": {}
  },
  "properties": {
    "iconBrandColor": "#123456",
    "|connectionParameters": {
      "api_key": {"type": "securestring", "uiDefinition": {"displayName": "Key", "description": "Key", "constraints": {"required": "true"}}}
    }
  }
}`;
    const after = await applyAt(text, 'Convert to connectionParameterSets (multi-auth)');
    const second = text.indexOf('"properties"', 10);
    assert.equal(after.slice(0, second), text.slice(0, second), 'the shadowed "properties" is untouched');
    const effective = JSON.parse(after).properties;
    assert.equal(effective.connectionParameters, undefined);
    assert.deepEqual(Object.keys(effective.connectionParameterSets.values[0].parameters), ['api_key']);
  });
});
