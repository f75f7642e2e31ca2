// Swagger 2.0 requires at least one response per operation. Warning: 8 merged connectors have webhook registration
// operations without one.
import { keyOf } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-must-have-response',
  validatorName: 'OperationMustHaveResponse',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation has no `responses`, or an empty one.',
  check(model, ctx) {
    for (const op of model.operations) {
      const r = op.responses;
      if (r?.type === 'object' && r.children?.length) continue;
      ctx.report({
        node: r ? keyOf(r.parent) ?? op.methodKey : op.methodKey,
        message: `Operation ${describeOperation(op)} defines no response. Add at least one, e.g. "responses": { "200": { "description": "OK" } }.`,
      });
    }
  },
};
