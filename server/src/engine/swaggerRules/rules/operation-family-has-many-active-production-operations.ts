// Once a newer revision is in Production, the older Production revision should be deprecated: users otherwise see two
// released versions of one action.
import type { SwaggerRule } from '../types';
import { addFix, describeOperation, shortValue } from '../helpers';
import { newestFirst, operationFamilies } from '../families';

export const rule: SwaggerRule = {
  id: 'operation-family-has-many-active-production-operations',
  validatorName: 'OperationFamilyHasManyActiveProductionOperations',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An `x-ms-api-annotation` family has more than one operation in `"status": "Production"` that is not `deprecated`.',
  fixable: true,
  check(model, ctx) {
    for (const [family, members] of operationFamilies(model)) {
      const production = newestFirst(members.filter(m => !m.deprecated && m.status?.toLowerCase() === 'production'));
      if (production.length <= 1) continue;
      for (const m of production.slice(1)) {
        ctx.report({
          node: m.statusNode ?? m.familyNode,
          message: `Operation family ${shortValue(family)} has ${production.length} active operations in Production status. Deprecate the older ${describeOperation(m.op)} ("deprecated": true) and keep only the newest revision active.`,
          fixes: [addFix(m.op.node, 'deprecated', true, 'Mark the operation deprecated')],
        });
      }
    }
  },
};
