import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { findings } from './helpers';

const CODE = 'icon-brand-color-certified';
const doc = (color: string) => `{\n  "properties": {\n    "iconBrandColor": "${color}",\n    "publisher": "Contoso",\n    "stackOwner": "Contoso"\n  }\n}\n`;

describe(CODE, () => {
  it('reports a reserved colour on the value with the certified profile', async () => {
    assert.deepEqual(await findings(doc('#007EE5'), CODE, { profile: 'certified' }), [
      '3:23-3:32 warning icon-brand-color-certified ["#007EE5"] iconBrandColor "#007EE5" is not accepted for certified connectors (#007ee5 and #ffffff are reserved): use your brand colour, matching the non-white, non-transparent icon background.',
    ]);
  });

  it('does not run for custom connectors', async () => {
    assert.deepEqual(await findings(doc('#ffffff'), CODE, { profile: 'custom' }), []);
  });

  it('runs with the auto profile for files under certified-connectors/', async () => {
    const uri = 'file:///repo/certified-connectors/Contoso/apiProperties.json';
    assert.equal((await findings(doc('#ffffff'), CODE, { profile: 'auto', uri })).length, 1);
    assert.equal((await findings(doc('#ffffff'), CODE, { profile: 'auto' })).length, 0);
  });

  it('accepts other colours', async () => {
    assert.deepEqual(await findings(doc('#123456'), CODE, { profile: 'certified' }), []);
  });
});
