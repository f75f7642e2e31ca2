import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'tab-index-type';
const text = file('    "connectionParameters": { "host": { "type": "string", "uiDefinition": { "constraints": { "tabIndex": "2" } } } }');

describe(CODE, () => {
  it('reports a numeric string on the value with a safe fix to the integer', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '4:106-4:109 warning tab-index-type ["2"] "tabIndex" of parameter "host" is "2", not an integer: the dialog orders inputs by number. Write 2 without quotes.',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'host', 'uiDefinition', 'constraints', 'tabIndex'], value: 2, title: 'Change to 2', safe: true,
    }]]);
  });

  it('reports a fraction without a fix', async () => {
    const fraction = text.replace('"2"', '1.5');
    assert.deepEqual(await findings(fraction, CODE), [
      '4:106-4:109 warning tab-index-type [1.5] "tabIndex" of parameter "host" is 1.5, not an integer: the dialog orders inputs by number. Write a whole number such as 1 without quotes.',
    ]);
    assert.deepEqual(await fixesOf(fraction, CODE), [undefined]);
  });

  it('accepts integers', async () => {
    assert.deepEqual(await findings(text.replace('"2"', '2'), CODE), []);
  });
});
