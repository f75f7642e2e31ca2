// A policy's x-ms-apimTemplate-operationName lists the operations it applies to; a name that is not an operationId
// in the swagger is silently ignored by the platform, so the policy never runs where the author meant it to.
import { isPaired } from '../swagger/types';
import { closestOperationId, swaggerName } from '../swagger/ruleHelpers';
import { SuggestionBudget } from '../suggest';
import type { Rule } from './types';
import { setFix } from './util';

export const rule: Rule = {
  id: 'operation-id-unknown',
  severity: 'warning',
  category: 'swagger',
  description: 'An `x-ms-apimTemplate-operationName` entry is not an `operationId` of the swagger.',
  fixable: true,
  check(model, ctx) {
    const swagger = ctx.swagger;
    if (!isPaired(swagger)) return;
    const file = swaggerName(swagger);
    const budget = new SuggestionBudget();
    for (const policy of model.policies) {
      for (const item of policy.operationNames) {
        if (swagger.operations.has(item.value)) continue;
        const closest = closestOperationId(item.value, swagger, budget);
        ctx.report({
          node: item.node,
          message: `"${item.value}" is not an operationId in ${file}, so this policy never applies to it.${closest ? ` Did you mean "${closest}"?` : ''}`,
          data: closest ? { closest } : undefined,
          fixes: closest ? [setFix(item.node, closest, `Change to "${closest}"`)] : undefined,
        });
      }
    }
  },
};
