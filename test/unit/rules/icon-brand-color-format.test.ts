import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, findings, fixesOf } from './helpers';

const CODE = 'icon-brand-color-format';
const doc = (color: string) => `{\n  "properties": {\n    "iconBrandColor": ${color}\n  }\n}\n`;

describe(CODE, () => {
  it('reports a short colour on the value, expanding it as the fix', async () => {
    assert.deepEqual(await findings(doc('"#0a3"'), CODE), [
      '3:23-3:29 warning icon-brand-color-format ["#0a3"] iconBrandColor "#0a3" is not an HTML colour "#RRGGBB" (6 hex digits), the form the portal writes and every shipped connector uses; it may not show as the icon background. Write "#00aa33".',
    ]);
    assert.deepEqual(await fixesOf(doc('"#0a3"'), CODE), [[{ kind: 'set', path: ['properties', 'iconBrandColor'], value: '#00aa33', title: 'Change to "#00aa33"', safe: true }]]);
    assert.deepEqual(await codes(doc('"#0a3"')), [CODE]);
  });

  it('reports a colour name without a fix', async () => {
    assert.deepEqual(await findings(doc('"orange"'), CODE), [
      '3:23-3:31 warning icon-brand-color-format ["orange"] iconBrandColor "orange" is not an HTML colour "#RRGGBB" (6 hex digits), the form the portal writes and every shipped connector uses; it may not show as the icon background. Write e.g. "#da3b01".',
    ]);
    assert.deepEqual(await fixesOf(doc('"orange"'), CODE), [undefined]);
  });

  it('accepts #RRGGBB in any case', async () => {
    assert.deepEqual(await findings(doc('"#DA3b01"'), CODE), []);
  });
});
