import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'string-boolean';
const text = file(`    "connectionParameters": {
      "a": { "type": "string", "uiDefinition": { "constraints": { "required": true, "hidden": "True", "hideInUI": "yes" } } },
      "b": { "type": "string", "uiDefinition": { "constraints": { "required": "true", "hidden": "false" } } }
    }`);

describe(CODE, () => {
  it('reports booleans, wrong case and other strings on the value', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '5:79-5:83 warning string-boolean [true] "required" of parameter "a" is the JSON boolean true: clients compare it with the string "true", so it has no effect. Write "true" (in quotes).',
      '5:95-5:101 warning string-boolean ["True"] "hidden" of parameter "a" is "True": clients only understand the exact strings "true" and "false". Use "true".',
      '5:115-5:120 warning string-boolean ["yes"] "hideInUI" of parameter "a" is "yes": clients only understand the exact strings "true" and "false". Use "true" or "false".',
    ]);
    assert.ok(!(await codes(text)).includes('schema'), 'the schema does not report the same values again');
  });

  it('offers safe fixes to the canonical strings', async () => {
    const path = ['properties', 'connectionParameters', 'a', 'uiDefinition', 'constraints'];
    assert.deepEqual(await fixesOf(text, CODE), [
      [{ kind: 'set', path: [...path, 'required'], value: 'true', title: 'Change to "true"', safe: true }],
      [{ kind: 'set', path: [...path, 'hidden'], value: 'true', title: 'Change to "true"', safe: true }],
      undefined,
    ]);
  });

  it('accepts "true" and "false"', async () => {
    assert.deepEqual(await findings(file('    "connectionParameters": { "b": { "type": "string", "uiDefinition": { "constraints": { "required": "true", "hidden": "false" } } } }'), CODE), []);
  });
});
