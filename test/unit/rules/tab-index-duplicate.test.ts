import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings } from './helpers';

const CODE = 'tab-index-duplicate';

describe(CODE, () => {
  it('reports the second visible input with the same tabIndex', async () => {
    const text = file(`    "connectionParameters": {
      "user": { "type": "string", "uiDefinition": { "constraints": { "tabIndex": 1 } } },
      "pass": { "type": "securestring", "uiDefinition": { "constraints": { "tabIndex": 1 } } }
    }`);
    assert.deepEqual(await findings(text, CODE), [
      '6:88-6:89 information tab-index-duplicate [1] tabIndex 1 of parameter "pass" is also used by "user", which the same dialog shows: their order is undefined. Give each visible input its own tabIndex.',
    ]);
  });

  it('ignores hidden inputs and inputs of different sets', async () => {
    const text = file(`    "connectionParameterSets": { "values": [
      { "name": "a", "parameters": { "x": { "type": "string", "uiDefinition": { "constraints": { "tabIndex": 1 } } },
        "h": { "type": "string", "uiDefinition": { "constraints": { "tabIndex": 1, "hidden": "true" } } } } },
      { "name": "b", "parameters": { "y": { "type": "string", "uiDefinition": { "constraints": { "tabIndex": 1 } } } } }
    ] }`);
    assert.deepEqual(await findings(text, CODE), []);
  });
});
