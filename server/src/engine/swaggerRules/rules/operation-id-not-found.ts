// An x-ms-dynamic-* extension that calls an operationId the swagger does not define: the dropdown or dynamic schema
// fails at run time.
import type { SwaggerRule } from '../types';
import { replaceFix } from '../helpers';
import { dynamicCalls } from '../dynamic';
import { indexFor, SuggestionBudget } from '../../suggest';

export const rule: SwaggerRule = {
  id: 'operation-id-not-found',
  validatorName: 'OperationIdNotFound',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-*` extension names an `operationId` that no operation of the swagger has.',
  fixable: true,
  check(model, ctx) {
    const ids = model.operationsById;
    const budget = new SuggestionBudget();
    for (const call of dynamicCalls(model)) {
      const node = call.operationIdNode;
      if (!node || call.operationId === undefined || model.operationsById.has(call.operationId)) continue;
      const suggestion = indexFor(ids, () => ids.keys(), ids.size).nearest(call.operationId, { budget });
      ctx.report({
        node,
        message: `${call.extension} calls operation "${call.operationId}", which this swagger does not define${suggestion ? `; did you mean "${suggestion}"?` : '. Use the operationId of an operation in this file.'}`,
        fixes: suggestion ? [replaceFix(ctx.text, node, JSON.stringify(suggestion), `Change to "${suggestion}"`)] : undefined,
      });
    }
  },
};
