// Revisions tell a family's operations apart: two members without one are indistinguishable versions.
import type { SwaggerRule } from '../types';
import { describeOperation, shortValue } from '../helpers';
import { operationFamilies } from '../families';

export const rule: SwaggerRule = {
  id: 'operation-family-has-many-empty-revisions',
  validatorName: 'OperationFamilyHasManyEmptyRevisions',
  severity: 'error',
  category: 'swagger-validator',
  description: 'Two or more operations of one `x-ms-api-annotation` family have no `revision`.',
  check(model, ctx) {
    for (const [family, members] of operationFamilies(model)) {
      const empty = members.filter(m => !m.hasRevision);
      for (const m of empty.slice(1)) {
        ctx.report({
          node: m.familyNode,
          message: `Operation family ${shortValue(family)} has ${empty.length} operations without a revision (${describeOperation(empty[0].op)} and ${describeOperation(m.op)} among them); only one may have none. Give ${describeOperation(m.op)} a "revision".`,
        });
      }
    }
  },
};
