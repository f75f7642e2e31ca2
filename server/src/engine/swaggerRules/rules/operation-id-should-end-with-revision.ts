// A revision of an operation is told apart by its operationId: the convention is the base name plus "V<revision>"
// ("CreateIssueV2", "ListProjects_V2"), which the first revision does without.
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';
import { operationFamilies } from '../families';

export const rule: SwaggerRule = {
  id: 'operation-id-should-end-with-revision',
  validatorName: 'OperationIdShouldEndWithRevision',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation of an `x-ms-api-annotation` family with `revision` 2 or more has an `operationId` that does not end with `V<revision>`.',
  check(model, ctx) {
    for (const members of operationFamilies(model).values()) {
      for (const m of members) {
        const id = m.op.operationId;
        if (m.revision === undefined || m.revision < 2 || id === undefined || !m.op.operationIdNode) continue;
        if (id.toLowerCase().endsWith(`v${m.revision}`)) continue;
        ctx.report({
          node: m.op.operationIdNode,
          message: `Operation id ${shortValue(id)} has revision ${m.revision} in family ${shortValue(m.family)} but does not end with the revision suffix "V${m.revision}" (for example ${shortValue(id.replace(/_?[vV]\d+$/, '') + '_V' + m.revision)}). Renaming an operationId breaks flows that use it: choose the name before the operation is published.`,
        });
      }
    }
  },
};
