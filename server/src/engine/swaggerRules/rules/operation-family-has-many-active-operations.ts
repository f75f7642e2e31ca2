// A family keeps at most two operations active (the current revision and the one before): older revisions are to be
// deprecated so users are not offered several versions of one action.
import type { SwaggerRule } from '../types';
import { addFix, describeOperation, shortValue } from '../helpers';
import { newestFirst, operationFamilies } from '../families';

export const rule: SwaggerRule = {
  id: 'operation-family-has-many-active-operations',
  validatorName: 'OperationFamilyHasManyActiveOperations',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-api-annotation` family has more than two operations that are not `deprecated`.',
  fixable: true,
  check(model, ctx) {
    for (const [family, members] of operationFamilies(model)) {
      const active = newestFirst(members.filter(m => !m.deprecated));
      if (active.length <= 2) continue;
      // The two newest stay; each older one is reported where its family is named.
      for (const m of active.slice(2)) {
        ctx.report({
          node: m.familyNode,
          message: `Operation family ${shortValue(family)} has ${active.length} operations that are not deprecated; at most two may be. Mark the older ${describeOperation(m.op)} "deprecated": true.`,
          fixes: [addFix(m.op.node, 'deprecated', true, 'Mark the operation deprecated')],
        });
      }
    }
  },
};
