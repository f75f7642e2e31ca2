// A request has one body; a second body parameter has nowhere to go.
import type { SwaggerRule } from '../types';
import { describeOperation, parameterNode } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-parameters-contain-multiple-body-parameters',
  validatorName: 'OperationParametersContainMultipleBodyParameters',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation has more than one `body` parameter.',
  check(model, ctx) {
    for (const op of model.operations) {
      const bodies = op.parameters.filter(p => p.in === 'body');
      // Bodies all from the path item's list are path-parameters-contain-multiple-body-parameters' (once per path).
      if (bodies.every(p => p.pathLevel)) continue;
      for (const p of bodies.slice(1)) {
        ctx.report({
          node: p.pathLevel || p.shared ? p.site : parameterNode(p),
          message: `Operation ${describeOperation(op)} already has the body parameter "${bodies[0].name ?? ''}"; at most one is allowed. Merge the two into one body schema.`,
        });
      }
    }
  },
};
