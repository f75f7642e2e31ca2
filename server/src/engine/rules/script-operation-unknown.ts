// scriptOperations lists the operations routed to the connector's custom code; an id that is not in the swagger
// routes nothing, and the operation the author meant runs without its code.
import { isPaired } from '../swagger/types';
import { closestOperationId, swaggerName } from '../swagger/ruleHelpers';
import { SuggestionBudget } from '../suggest';
import type { Rule } from './types';
import { setFix } from './util';

export const rule: Rule = {
  id: 'script-operation-unknown',
  severity: 'warning',
  category: 'swagger',
  description: 'A `scriptOperations` entry is not an `operationId` of the swagger.',
  fixable: true,
  check(model, ctx) {
    const swagger = ctx.swagger;
    if (!isPaired(swagger)) return;
    const file = swaggerName(swagger);
    const budget = new SuggestionBudget();
    for (const item of model.scriptOperations) {
      if (swagger.operations.has(item.value)) continue;
      const closest = closestOperationId(item.value, swagger, budget);
      ctx.report({
        node: item.node,
        message: `"${item.value}" is not an operationId in ${file}, so no operation runs the custom code for it.${closest ? ` Did you mean "${closest}"?` : ''}`,
        data: closest ? { closest } : undefined,
        fixes: closest ? [setFix(item.node, closest, `Change to "${closest}"`)] : undefined,
      });
    }
  },
};
