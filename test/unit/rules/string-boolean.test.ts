import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'string-boolean';
const text = file(`    "connectionParameters": {
      "a": { "type": "string", "uiDefinition": { "constraints": { "required": true, "hidden": "True", "hideInUI": "yes" } } },
      "b": { "type": "string", "uiDefinition": { "constraints": { "required": false, "hidden": true } } },
      "c": { "type": "string", "uiDefinition": { "constraints": { "required": "true", "hidden": false } } }
    }`);

describe(CODE, () => {
  it('reports booleans, wrong case and other strings on the value, saying what each does in clients', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '5:79-5:83 warning string-boolean [true] "required" of parameter "a" is the JSON boolean true, but clients compare it with the string "true": clients that test === "true" treat the input as optional. Write "true" (in quotes).',
      '5:95-5:101 warning string-boolean ["True"] "hidden" of parameter "a" is "True": clients only understand the exact strings "true" and "false". Use "true".',
      '5:115-5:120 warning string-boolean ["yes"] "hideInUI" of parameter "a" is "yes": clients only understand the exact strings "true" and "false". Use "true" or "false".',
      '6:79-6:84 warning string-boolean [false] "required" of parameter "b" is the JSON boolean false, but clients compare it with the string "false": clients that treat anything but "false" as required make the input required. Write "false" (in quotes).',
      '6:96-6:100 warning string-boolean [true] "hidden" of parameter "b" is the JSON boolean true, but clients compare it with the string "true": the input is not hidden. Write "true" (in quotes).',
      '7:97-7:102 information string-boolean [false] "hidden" of parameter "c" is the JSON boolean false, but clients compare it with the string "false": it works only because clients hide on nothing but "true". Write "false" (in quotes).',
    ]);
    assert.ok(!(await codes(text)).includes('schema'), 'the schema does not report the same values again');
  });

  it('offers safe fixes to the canonical strings', async () => {
    const path = ['properties', 'connectionParameters', 'a', 'uiDefinition', 'constraints'];
    const fixes = await fixesOf(text, CODE);
    assert.deepEqual(fixes.slice(0, 3), [
      [{ kind: 'set', path: [...path, 'required'], value: 'true', title: 'Change to "true"', safe: true }],
      [{ kind: 'set', path: [...path, 'hidden'], value: 'true', title: 'Change to "true"', safe: true }],
      undefined,
    ]);
    assert.deepEqual(fixes[5], [{ kind: 'set', path: ['properties', 'connectionParameters', 'c', 'uiDefinition', 'constraints', 'hidden'], value: 'false', title: 'Change to "false"', safe: true }]);
  });

  it('accepts "true" and "false"', async () => {
    assert.deepEqual(await findings(file('    "connectionParameters": { "b": { "type": "string", "uiDefinition": { "constraints": { "required": "true", "hidden": "false" } } } }'), CODE), []);
  });
});
