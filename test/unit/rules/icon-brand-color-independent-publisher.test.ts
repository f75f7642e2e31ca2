import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings, fixesOf } from './helpers';

const CODE = 'icon-brand-color-independent-publisher';
const doc = (color: string) => `{\n  "properties": {\n    "iconBrandColor": "${color}",\n    "publisher": "Jane Doe",\n    "stackOwner": "Contoso"\n  }\n}\n`;
const IP = { profile: 'independent-publisher' as const };

describe(CODE, () => {
  it('reports another colour on the value with a safe fix to #da3b01', async () => {
    assert.deepEqual(await findings(doc('#123456'), CODE, IP), [
      '3:23-3:32 error icon-brand-color-independent-publisher ["#123456"] iconBrandColor "#123456" is not allowed for an Independent Publisher connector: they must use "#da3b01". Change it to "#da3b01".',
    ]);
    assert.deepEqual(await fixesOf(doc('#123456'), CODE, IP), [[{ kind: 'set', path: ['properties', 'iconBrandColor'], value: '#da3b01', title: 'Change to "#da3b01"', safe: true }]]);
  });

  it('does not run for custom or certified connectors', async () => {
    assert.deepEqual(await findings(doc('#123456'), CODE), []);
    assert.deepEqual(await findings(doc('#123456'), CODE, { profile: 'certified' }), []);
  });

  it('accepts #da3b01', async () => {
    assert.deepEqual(await findings(doc('#da3b01'), CODE, IP), []);
  });
});
