// Two operations with one operationId: the platform identifies actions by it, so one of them cannot be called.
import type { SwaggerRule } from '../types';
import { describeOperation, replaceFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-id-not-unique',
  validatorName: 'OperationIdNotUnique',
  severity: 'error',
  category: 'swagger-validator',
  description: 'Two or more operations use the same `operationId`.',
  check(model, ctx) {
    for (const [id, ops] of model.operationsById) {
      if (ops.length < 2) continue;
      const first = ops[0];
      ops.slice(1).forEach((op, i) => {
        if (!op.operationIdNode) return;
        // A suggestion that is not taken yet; never applied by fix-all (references in apiProperties or flows may use either).
        let n = i + 2;
        while (model.operationsById.has(`${id}${n}`)) n++;
        ctx.report({
          node: op.operationIdNode,
          message: `operationId "${id}" is already used by ${describeOperation(first)}; operation ids must be unique. Rename this one (and any x-ms-dynamic-* or policy that should call it).`,
          fixes: [replaceFix(ctx.text, op.operationIdNode, JSON.stringify(`${id}${n}`), `Rename to "${id}${n}"`)],
        });
      });
    }
  },
};
