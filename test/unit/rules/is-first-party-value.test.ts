import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'is-first-party-value';
const doc = (value: string) => file(`    "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "clientId": "x", "properties": { "IsFirstParty": ${value} }, "customParameters": { "resourceUri": { "value": "r" } } } } }`);

describe(CODE, () => {
  it('reports a boolean on the value with a safe fix to the capitalised string', async () => {
    assert.deepEqual(await findings(doc('false'), CODE), [
      '4:161-4:166 warning is-first-party-value [false] IsFirstParty of parameter "token" is false: the platform expects the string "True" or "False" (capitalised, in quotes). Write "False".',
    ]);
    assert.deepEqual(await fixesOf(doc('false'), CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'properties', 'IsFirstParty'], value: 'False', title: 'Change to "False"', safe: true,
    }]]);
  });

  it('reports other strings, without a fix when there is no obvious one', async () => {
    assert.deepEqual(await fixesOf(doc('"true"'), CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'properties', 'IsFirstParty'], value: 'True', title: 'Change to "True"', safe: true,
    }]]);
    assert.deepEqual(await fixesOf(doc('"no"'), CODE), [undefined]);
  });

  it('accepts "True" and "False"', async () => {
    assert.deepEqual(await findings(doc('"False"'), CODE), []);
    assert.deepEqual(await findings(doc('"True"'), CODE), []);
  });
});
