import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'stack-owner-casing';

describe(CODE, () => {
  it('reports stackowner on the key as the only diagnostic, with a safe rename', async () => {
    const text = file('    "stackowner": "Contoso"');
    assert.deepEqual(await findings(text, CODE), [
      '4:5-4:17 warning stack-owner-casing ["stackowner"] "stackowner" is not a connector property: the platform reads only "stackOwner", so the stack owner is lost. Rename it to "stackOwner".',
    ]);
    assert.deepEqual(await codes(text), [CODE]);
    assert.deepEqual(await fixesOf(text, CODE), [[{ kind: 'renameKey', path: ['properties', 'stackowner'], newKey: 'stackOwner', title: 'Rename "stackowner" to "stackOwner"', safe: true }]]);
  });

  it('reports other spellings and offers no rename when stackOwner exists', async () => {
    const text = file('    "stackOwner": "Contoso"', '    "Stack Owner": "Contoso"', '    "stackOwmer": "Contoso"');
    assert.deepEqual(await findings(text, CODE), [
      '5:5-5:18 warning stack-owner-casing ["Stack Owner"] "Stack Owner" is not a connector property: the platform reads only "stackOwner", so the stack owner is lost. Remove it ("stackOwner" is also present).',
      '6:5-6:17 warning stack-owner-casing ["stackOwmer"] "stackOwmer" is not a connector property: the platform reads only "stackOwner", so the stack owner is lost. Remove it ("stackOwner" is also present).',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [undefined, undefined]);
  });

  it('accepts stackOwner and unrelated members', async () => {
    assert.deepEqual(await findings(file('    "stackOwner": "Contoso"', '    "publisher": "Contoso"'), CODE), []);
  });
});
