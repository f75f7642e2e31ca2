// The platform fills `token:TenantId` with the signed-in user's tenant only when its metadata says so.
import { getProperty, getValue } from '../ast';
import { TENANT_ID_SOURCE_TYPE } from './facts';
import type { Rule } from './types';
import { addFix, paramLabel, setFix } from './util';

export const rule: Rule = {
  id: 'tenant-id-metadata',
  severity: 'warning',
  category: 'oauth',
  description: '`token:TenantId` without `metadata.sourceType: "AzureActiveDirectoryTenant"`.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.allParameters) {
      if (p.name !== 'token:TenantId' || !p.node) continue;
      const metadata = getProperty(p.node, 'metadata');
      const sourceType = getValue(metadata?.valueNode, 'sourceType');
      if (sourceType?.type === 'string' && sourceType.value === TENANT_ID_SOURCE_TYPE) continue;
      const target = sourceType ?? metadata?.keyNode ?? p.property.keyNode;
      ctx.report({
        node: target,
        message: `${paramLabel(p)} lacks "metadata": { "sourceType": "${TENANT_ID_SOURCE_TYPE}" }: without it the platform does not fill in the user's Entra tenant. Add that metadata.`,
        fixes: [sourceType
          ? setFix(sourceType, TENANT_ID_SOURCE_TYPE, `Set sourceType to "${TENANT_ID_SOURCE_TYPE}"`)
          : metadata?.valueNode?.type === 'object'
            ? addFix(metadata.valueNode, ['sourceType'], TENANT_ID_SOURCE_TYPE, `Add sourceType "${TENANT_ID_SOURCE_TYPE}"`)
            : addFix(p.node, ['metadata'], { sourceType: TENANT_ID_SOURCE_TYPE }, 'Add the tenant metadata')],
      });
    }
  },
};
