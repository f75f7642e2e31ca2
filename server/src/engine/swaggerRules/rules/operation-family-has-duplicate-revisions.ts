// Each revision of a family is one version of the operation: two members with the same number cannot be ordered.
import type { SwaggerRule } from '../types';
import { describeOperation, shortValue } from '../helpers';
import { operationFamilies } from '../families';

export const rule: SwaggerRule = {
  id: 'operation-family-has-duplicate-revisions',
  validatorName: 'OperationFamilyHasDuplicateRevisions',
  severity: 'error',
  category: 'swagger-validator',
  description: 'Two operations of one `x-ms-api-annotation` family have the same `revision`.',
  check(model, ctx) {
    for (const [family, members] of operationFamilies(model)) {
      const first = new Map<number, (typeof members)[number]>();
      for (const m of members) {
        if (m.revision === undefined || !m.revisionNode) continue;
        const earlier = first.get(m.revision);
        if (!earlier) { first.set(m.revision, m); continue; }
        ctx.report({
          node: m.revisionNode,
          message: `${describeOperation(m.op)} has revision ${m.revision} in operation family ${shortValue(family)}, as ${describeOperation(earlier.op)} has. Each operation of a family needs its own revision: give the newer one the next number.`,
        });
      }
    }
  },
};
