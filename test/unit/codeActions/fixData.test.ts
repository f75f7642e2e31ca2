// The FixData machinery, independent of the real rules: test-only rules report findings with each kind of fix
// (set, remove, renameKey, replaceText); the quick fix applies exactly that edit and nothing else.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { getProperty, getPropertyIgnoreCase } from '../../../server/src/engine/ast';
import { addFix, removeFix, renameKeyFix, replaceTextFix, setFix } from '../../../server/src/engine/rules/fixes';
import type { Rule } from '../../../server/src/engine/rules/types';
import { actionsAt, applyAt, assertFixAllIdempotent, assertRepaired, fixAll, titles, SETS } from './support';

/** `required: true` (boolean) -> "true"; safe. */
const booleanRequired: Rule = {
  id: 'test-boolean-required', severity: 'warning', category: 'values', description: 'test', fixable: true,
  check(model, ctx) {
    for (const p of model.allParameters) {
      const req = getProperty(p.constraints, 'required');
      if (req?.valueNode?.type === 'boolean') {
        const value = String(req.valueNode.value);
        ctx.report({ node: req.valueNode, message: 'boolean required', fixes: [setFix(req.valueNode, value, `Write "${value}"`, true)] });
      }
    }
  },
};

/** A set parameter without constraints.required: insert it (not safe: it is a decision). */
const missingRequired: Rule = {
  id: 'test-missing-required', severity: 'warning', category: 'multi-auth', description: 'test', fixable: true,
  check(model, ctx) {
    for (const set of model.parameterSets?.sets ?? []) {
      for (const p of set.parameters) {
        if (getProperty(p.constraints, 'required')) continue;
        ctx.report({ node: p.property.keyNode, message: 'required missing', fixes: [addFix(p.property.valueNode!, ['uiDefinition', 'constraints', 'required'], 'true', 'Add "required": "true"')] });
      }
    }
  },
};

/** `displayname` -> `displayName` on set uiDefinitions; safe. */
const displayNameCase: Rule = {
  id: 'test-display-name', severity: 'warning', category: 'multi-auth', description: 'test', fixable: true,
  check(model, ctx) {
    for (const ui of [model.parameterSets?.uiDefinition, ...(model.parameterSets?.sets ?? []).map(s => s.uiDefinition)]) {
      const prop = getPropertyIgnoreCase(ui, 'displayName');
      if (prop && prop.keyNode.value !== 'displayName') {
        ctx.report({ node: prop.keyNode, message: 'casing', fixes: [{ ...renameKeyFix(prop, 'displayName'), title: 'Rename to displayName' }] });
      }
    }
  },
};

/** A service-managed member: remove it (not safe). */
const serviceManaged: Rule = {
  id: 'test-service-managed', severity: 'warning', category: 'branding', description: 'test', fixable: true,
  check(model, ctx) {
    const prop = model.member('iconUri');
    if (prop) ctx.report({ node: prop.keyNode, message: 'managed', fixes: [removeFix(prop, 'Remove iconUri')] });
  },
};

/** A reference differing only in case: rename it inside the expression string; safe. */
const referenceCase: Rule = {
  id: 'test-reference-case', severity: 'hint', category: 'policies', description: 'test', fixable: true,
  check(model, ctx) {
    for (const r of model.references) {
      const declared = model.allParameters.find(p => p.name !== r.name && p.name.toLowerCase() === r.name.toLowerCase());
      if (declared) ctx.report({ offset: r.offset, length: r.length, message: 'case', fixes: [replaceTextFix(ctx.text, r.offset, r.length, declared.name, `Use "${declared.name}"`, true)] });
    }
  },
};

const rules = [booleanRequired, missingRequired, displayNameCase, serviceManaged, referenceCase];
const opts = { rules };


describe('quick fixes from FixData', () => {
  it('set: replaces a boolean with the string form, touching only that value', async () => {
    const before = SETS('            "api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": tr|ue, "tabIndex": 2}}}');
    const after = await applyAt(before, 'Write "true"', opts);
    assert.equal(after, before.replace('tr|ue', '"true"'));
    await assertRepaired(before.replace('|', ''), after, 'test-boolean-required', opts);
  });

  it('set: inserts a missing member into a multi-line object with the file\'s indentation', async () => {
    const params = [
      '            "api_|key": {',
      '              "type": "securestring",',
      '              "uiDefinition": {',
      '                "constraints": {',
      '                  "tabIndex": 2',
      '                }',
      '              }',
      '            }',
    ].join('\n');
    const before = SETS(params);
    const after = await applyAt(before, 'Add "required": "true"', opts);
    assert.equal(after, before.replace('|', '').replace('"tabIndex": 2', '"tabIndex": 2,\n                  "required": "true"'));
    await assertRepaired(before.replace('|', ''), after, 'test-missing-required', opts);
  });

  it('set: inserts into a one-line object in the same one-line style, and creates missing parents', async () => {
    const before = SETS('            "api_|key": {"type": "securestring", "uiDefinition": {"displayName": "Key"}}');
    const after = await applyAt(before, 'Add "required": "true"', opts);
    assert.equal(after, before.replace('|', '').replace('{"displayName": "Key"}', '{"displayName": "Key", "constraints": {"required": "true"}}'));
    await assertRepaired(before.replace('|', ''), after, 'test-missing-required', opts);
  });

  it('set: follows tabs and CRLF when the inserted member breaks lines', async () => {
    const before = ['{', '\t"properties": {', '\t\t"iconBrandColor": "#123456",', '\t\t"connectionParameterSets": {',
      '\t\t\t"uiDefinition": {"displayName": "A", "description": "B"},', '\t\t\t"values": [', '\t\t\t\t{',
      '\t\t\t\t\t"name": "k",', '\t\t\t\t\t"uiDefinition": {"displayName": "K", "description": "K"},', '\t\t\t\t\t"parameters": {',
      '\t\t\t\t\t\t"api_|key": {', '\t\t\t\t\t\t\t"type": "securestring",', '\t\t\t\t\t\t\t"uiDefinition": {}', '\t\t\t\t\t\t}',
      '\t\t\t\t\t}', '\t\t\t\t}', '\t\t\t]', '\t\t}', '\t}', '}'].join('\r\n');
    const after = await applyAt(before, 'Add "required": "true"', opts);
    assert.equal(after, before.replace('|', '').replace('"uiDefinition": {}',
      '"uiDefinition": {\r\n\t\t\t\t\t\t\t\t"constraints": {\r\n\t\t\t\t\t\t\t\t\t"required": "true"\r\n\t\t\t\t\t\t\t\t}\r\n\t\t\t\t\t\t\t}'));
    await assertRepaired(before.replace('|', ''), after, 'test-missing-required', opts);
  });

  it('renameKey: renames only the key', async () => {
    const before = SETS('            "api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": "true"}}}', '"display|name":   "Authentication type"');
    const after = await applyAt(before, 'Rename to displayName', opts);
    assert.equal(after, before.replace('"display|name"', '"displayName"'));
    await assertRepaired(before.replace('|', ''), after, 'test-display-name', opts);
  });

  it('remove: removes a member with its comma, first, middle or last', async () => {
    const doc = (members: string[]) => `{\n  "properties": {\n${members.map(m => '    ' + m).join(',\n')}\n  }\n}`;
    const color = '"iconBrandColor": "#123456"';
    const icon = '"icon|Uri": "https://x"';
    const caps = '"capabilities": []';
    for (const order of [[icon, color, caps], [color, icon, caps], [color, caps, icon]]) {
      const before = doc(order);
      const after = await applyAt(before, 'Remove iconUri', opts);
      assert.equal(after, doc(order.filter(m => m !== icon)));
      await assertRepaired(before.replace('|', ''), after, 'test-service-managed', opts);
    }
  });

  it('replaceText: renames a reference inside an expression string', async () => {
    const before = `{
  "properties": {
    "iconBrandColor": "#123456",
    "connectionParameters": {"hostUrl": {"type": "string", "uiDefinition": {"constraints": {"required": "true"}}}},
    "policyTemplateInstances": [
      {"templateId": "dynamichosturl", "title": "Host", "parameters": {"x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters('host|url')/api"}}
    ]
  }
}`;
    const after = await applyAt(before, 'Use "hostUrl"', opts);
    assert.equal(after, before.replace("'host|url'", "'hostUrl'"));
    await assertRepaired(before.replace('|', ''), after, 'test-reference-case', opts);
  });

  it('offers only the fixes of the diagnostics under the caret, first safe one preferred', async () => {
    const before = SETS('            "api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": tr|ue}}}', '"displayname": "A"');
    const { actions } = await actionsAt(before, { ...opts, only: ['quickfix'] });
    assert.deepEqual(titles(actions), ['Write "true"']);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[0].kind, 'quickfix');
    assert.equal(actions[0].diagnostics?.[0].code, 'test-boolean-required');
  });

  it('fix-all applies the safe fixes only, in one edit, and a second run changes nothing', async () => {
    const before = `{
  "properties": {
    "iconUri": "https://x",
    "iconBrandColor": "#123456",
    "connectionParameterSets": {
      "uiDefinition": {"displayname": "Authentication type", "description": "Choose"},
      "values": [
        {
          "name": "key",
          "uiDefinition": {"displayname": "Key", "description": "Key"},
          "parameters": {
            "api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": true, "hidden": false}}},
            "other": {"type": "string", "uiDefinition": {"constraints": {"required": false}}}
          }
        }
      ]
    },
  }
}`;
    const once = await assertFixAllIdempotent(before, opts);
    assert.equal(once, before
      .replace(/"displayname"/g, '"displayName"')
      .replace('"required": true', '"required": "true"')
      .replace('"required": false', '"required": "false"')
      .replace('    },\n  }\n}', '    }\n  }\n}'));
    // The unsafe removal of iconUri is left for the author to choose.
    assert.match(once, /"iconUri"/);
  });

  it('fix-all offers nothing on a clean document, and ignores a fix whose path no longer exists', async () => {
    const clean = SETS('            "api_key": {"type": "securestring", "uiDefinition": {"constraints": {"required": "true"}}}');
    assert.equal(await fixAll(clean, opts), clean);
    const stale: Rule = {
      id: 'test-stale', severity: 'warning', category: 'values', description: 'test',
      check(model, ctx) {
        if (model.properties) ctx.report({ node: model.propertiesProperty!.keyNode, message: 'stale', fixes: [{ kind: 'remove', path: ['properties', 'nope'], at: { offset: model.propertiesProperty!.keyNode.offset, length: model.propertiesProperty!.keyNode.length }, title: 'Remove nope', safe: true }] });
      },
    };
    const { actions } = await actionsAt(clean.replace('"properties"', '"prop|erties"'), { rules: [stale], only: ['quickfix'] });
    assert.deepEqual(titles(actions), []);
    assert.equal(await fixAll(clean, { rules: [stale] }), clean);
  });
});
