import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'set-string-description-location';
const text = file(`    "connectionParameterSets": { "values": [ { "name": "key", "parameters": {
      "host": { "type": "string", "uiDefinition": { "description": "Your host", "constraints": { "required": "true" } } },
      "site": { "type": "string", "uiDefinition": { "description": "Site", "schema": { "type": "string", "description": "Site" }, "constraints": { "required": "true" } } },
      "api_key": { "type": "securestring", "uiDefinition": { "description": "Key", "constraints": { "required": "true" } } }
    } } ] }`);

describe(CODE, () => {
  it('reports a string parameter in a set whose description is not under schema.description', async () => {
    assert.deepEqual(await findings(text, CODE), [
      '5:53-5:66 information set-string-description-location ["description"] parameter "host" of set "key" is a string parameter in a set: the multi-auth docs say its description shows in the description box only from uiDefinition.schema.description. Add "schema": { "type": "string", "description": ... } to its uiDefinition (keep "description" for other clients).',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameterSets', 'values', 0, 'parameters', 'host', 'uiDefinition', 'schema', 'description'],
      value: 'Your host', title: 'Copy the description to uiDefinition.schema.description', safe: false,
    }]]);
  });

  it('ignores top-level string parameters', async () => {
    const single = file('    "connectionParameters": { "host": { "type": "string", "uiDefinition": { "description": "Host" } } }');
    assert.deepEqual(await findings(single, CODE), []);
  });
});
