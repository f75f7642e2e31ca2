// A family orders its operations by revision: a member without one cannot be placed among the others.
import type { SwaggerRule } from '../types';
import { describeOperation, shortValue } from '../helpers';
import { operationFamilies } from '../families';

export const rule: SwaggerRule = {
  id: 'operation-revision-empty',
  validatorName: 'OperationRevisionEmpty',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation names a `family` in `x-ms-api-annotation` but no `revision`.',
  check(model, ctx) {
    for (const members of operationFamilies(model).values()) {
      for (const m of members) {
        if (m.hasRevision) continue;
        ctx.report({
          node: m.revisionNode ?? m.annotationKey,
          message: `${describeOperation(m.op)} is in operation family ${shortValue(m.family)} but its "x-ms-api-annotation" has no "revision". Add "revision" (an integer: 1 for the first version of the operation, 2 for the next, ...).`,
        });
      }
    }
  },
};
