import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings } from './helpers';

const CODE = 'stack-owner-required';

describe(CODE, () => {
  it('warns on the properties key when an Independent Publisher file has no stackOwner', async () => {
    assert.deepEqual(await findings(file('    "publisher": "Jane Doe"'), CODE, { profile: 'independent-publisher' }), [
      '2:3-2:15 warning stack-owner-required ["properties"] "stackOwner" is missing: Independent Publisher connectors must give the company or organisation that owns the service the connector calls. Add "stackOwner": "<name>" to properties.',
    ]);
  });

  it('reports an empty value on the value, and leaves a misspelt key to stack-owner-casing', async () => {
    assert.deepEqual(await findings(file('    "stackOwner": " "'), CODE, { profile: 'independent-publisher' }), [
      '4:19-4:22 warning stack-owner-required [" "] "stackOwner" is empty: Independent Publisher connectors must give the company or organisation that owns the service the connector calls in plain text. Replace it.',
    ]);
    assert.deepEqual(await findings(file('    "stackowner": "Contoso"'), CODE, { profile: 'independent-publisher' }), []);
  });

  it('does not run for custom connectors', async () => {
    assert.deepEqual(await findings(file('    "publisher": "Jane Doe"'), CODE), []);
  });
});
