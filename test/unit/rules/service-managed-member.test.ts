import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'service-managed-member';

describe(CODE, () => {
  it('reports service-managed members on their key with a removal fix', async () => {
    const text = file('    "displayName": "Contoso"', '    "iconUri": "https://x/icon.png"');
    assert.deepEqual(await findings(text, CODE), [
      '4:5-4:18 warning service-managed-member ["displayName"] "displayName" is managed by the service: paconn and pac set it from the swagger info.title on upload, so the value here is ignored or overwritten. Remove it and edit the swagger info.title instead.',
      '5:5-5:14 warning service-managed-member ["iconUri"] "iconUri" is managed by the service: paconn and pac set it from the uploaded icon on upload, so the value here is ignored or overwritten. Remove it.',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [
      [{ kind: 'remove', path: ['properties', 'displayName'], title: 'Remove "displayName"', safe: false }],
      [{ kind: 'remove', path: ['properties', 'iconUri'], title: 'Remove "iconUri"', safe: false }],
    ]);
  });

  it('accepts file members', async () => {
    assert.deepEqual(await findings(file('    "publisher": "Contoso"', '    "capabilities": []'), CODE), []);
  });
});
