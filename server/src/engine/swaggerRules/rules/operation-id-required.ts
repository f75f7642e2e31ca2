// An operation without operationId has no name for the designer, flows or policies to call it by.
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'operation-id-required',
  validatorName: 'OperationIdRequired',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation has no `operationId`.',
  check(model, ctx) {
    for (const op of model.operations) {
      if (op.operationIdNode) continue;
      ctx.report({
        node: op.methodKey,
        message: `Operation ${op.method.toUpperCase()} ${op.path} has no "operationId". Add one (a unique PascalCase name such as "GetItem"): the platform names the action by it.`,
      });
    }
  },
};
