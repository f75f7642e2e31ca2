import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { file, findings, fixesOf } from './helpers';

const CODE = 'tenant-id-metadata';

describe(CODE, () => {
  it('reports token:TenantId without metadata on its name, inserting the metadata', async () => {
    const text = file('    "connectionParameters": { "token:TenantId": { "type": "string", "uiDefinition": { "constraints": { "required": "false", "hidden": "true" } } } }');
    assert.deepEqual(await findings(text, CODE), [
      '4:31-4:47 warning tenant-id-metadata ["token:TenantId"] parameter "token:TenantId" lacks "metadata": { "sourceType": "AzureActiveDirectoryTenant" }: without it the platform does not fill in the user\'s Entra tenant. Add that metadata.',
    ]);
    assert.deepEqual(await fixesOf(text, CODE), [[{
      kind: 'set', path: ['properties', 'connectionParameters', 'token:TenantId', 'metadata'], value: { sourceType: 'AzureActiveDirectoryTenant' }, title: 'Add the tenant metadata', safe: false,
    }]]);
  });

  it('reports a wrong sourceType on the value', async () => {
    const text = file('    "connectionParameters": { "token:TenantId": { "type": "string", "metadata": { "sourceType": "Tenant" } } }');
    assert.deepEqual(await findings(text, CODE), [
      '4:97-4:105 warning tenant-id-metadata ["Tenant"] parameter "token:TenantId" lacks "metadata": { "sourceType": "AzureActiveDirectoryTenant" }: without it the platform does not fill in the user\'s Entra tenant. Add that metadata.',
    ]);
  });

  it('accepts the metadata, and token:tenantId used as a template input', async () => {
    assert.deepEqual(await findings(file('    "connectionParameters": { "token:TenantId": { "type": "string", "metadata": { "sourceType": "AzureActiveDirectoryTenant" } } }'), CODE), []);
    assert.deepEqual(await findings(file('    "connectionParameters": { "token:tenantId": { "type": "string" } }'), CODE), []);
  });
});
