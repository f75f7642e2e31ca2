import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codes, file, findings, fixesOf } from './helpers';

const CODE = 'template-id-unknown';
const doc = (id: string) => file(`    "policyTemplateInstances": [ { "templateId": "${id}", "title": "t", "parameters": {} } ]`);

describe(CODE, () => {
  it('reports an unknown id on the value with the nearest known id, instead of the schema enum message', async () => {
    assert.deepEqual(await findings(doc('setheaders'), CODE), [
      '4:50-4:62 warning template-id-unknown ["setheaders"] templateId "setheaders" is not a known policy template. Did you mean "setheader"?',
    ]);
    assert.deepEqual(await fixesOf(doc('setheaders'), CODE), [[{
      kind: 'set', path: ['properties', 'policyTemplateInstances', 0, 'templateId'], value: 'setheader', title: 'Change to "setheader"', safe: false,
    }]]);
    assert.ok(!(await codes(doc('setheaders'))).includes('schema'));
  });

  it('lists the templates when nothing is close', async () => {
    assert.deepEqual(await findings(doc('cache'), CODE), [
      '4:50-4:57 warning template-id-unknown ["cache"] templateId "cache" is not a known policy template. Known templates: setheader, setqueryparameter, dynamichosturl, routerequesttoendpoint, setproperty, setvaluefromurl, convertarraytoobject, convertobjecttoarray, stringtoarray, stringreplace, encodepropertyvalue, updatenextlink, pollingtrigger, setconnectionstatustounauthenticated.',
    ]);
  });

  it('accepts known ids in any case', async () => {
    assert.deepEqual(await findings(doc('DynamicHostUrl'), CODE), []);
  });
});
