// Two parameters with one name and location: the request can carry only one value.
import type { Node } from 'jsonc-parser';
import type { SwaggerRule } from '../types';
import { valueKey } from '../schemaTypes';
import { describeOperation, parameterNode } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-parameters-contain-duplicate-parameter',
  validatorName: 'OperationParametersContainDuplicateParameter',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation lists two parameters with the same `name` and `in`.',
  check(model, ctx) {
    for (const op of model.operations) {
      const seen = new Map<string, Node>();
      for (const p of op.ownParameters) {
        if (p.name === undefined || p.in === undefined) continue;
        const key = p.in + '\u0000' + p.name;
        const first = seen.get(key);
        if (first === undefined) { seen.set(key, p.site); continue; }
        // An identical copy is operation-parameters-are-not-unique's (with a safe removal); this rule keeps the
        // two different definitions of one parameter.
        if (valueKey(first) === valueKey(p.site)) continue;
        ctx.report({
          node: p.shared ? p.site : parameterNode(p),
          message: `Operation ${describeOperation(op)} lists the ${p.in} parameter "${p.name}" twice. Remove one of them.`,
        });
      }
    }
  },
};
