import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'clear-text-type';
const text = file('    "connectionParameters": { "password": { "type": "securestring", "uiDefinition": { "constraints": { "clearText": "false" } } } }');

describe(CODE, () => {
  it('reports a string clearText on the value, instead of the schema type error', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '4:117-4:124 warning clear-text-type ["false"] "clearText" of parameter "password" is "false", not a boolean: clients test clearText === false to mask a secret, so this input may show its value. Write false without quotes.',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'password', 'uiDefinition', 'constraints', 'clearText'], value: false, title: 'Change to false', safe: true,
    }]]);
  });

  it('has no fix for a value that is not a boolean spelling', async () => {
    const other = text.replace('"false"', '1');
    assert.deepEqual(await fixesOf(other, CODE), [undefined]);
  });

  it('accepts booleans', async () => {
    assert.deepEqual(await findings(text.replace('"false"', 'false'), CODE), []);
  });
});
