import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings } from './helpers';

const CODE = 'publisher-required';

describe(CODE, () => {
  it('warns on the properties key when an Independent Publisher file has no publisher', async () => {
    assert.deepEqual(await findings(file('    "stackOwner": "Contoso"'), CODE, { profile: 'independent-publisher' }), [
      '2:3-2:15 warning publisher-required ["properties"] "publisher" is missing: Independent Publisher connectors must give your full name (or your company\'s name). Add "publisher": "<name>" to properties.',
    ]);
  });

  it('reminds certified connectors at information level, and flags template placeholders', async () => {
    assert.deepEqual(await findings(file('    "publisher": "[Full name or name of company or organization]"'), CODE, { profile: 'certified' }), [
      '4:18-4:66 information publisher-required ["[Full name or name of company or organization]"] "publisher" is still a template placeholder: certified connectors must give the name of your company or organisation in plain text. Replace it.',
    ]);
  });

  it('does not run for custom connectors, and accepts a plain name', async () => {
    assert.deepEqual(await findings(file('    "stackOwner": "Contoso"'), CODE), []);
    assert.deepEqual(await findings(file('    "publisher": "Jane Doe"'), CODE, { profile: 'independent-publisher' }), []);
  });
});
