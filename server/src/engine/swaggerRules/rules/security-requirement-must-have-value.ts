// Each security requirement maps a scheme to its scopes: an array, empty when no scope is needed.
import type { SwaggerRule } from '../types';
import { securityRequirementEntries, setFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'security-requirement-must-have-value',
  validatorName: 'SecurityRequirementMustHaveValue',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `security` requirement\'s value is not an array of scopes (use `[]` when there are none).',
  fixable: true,
  check(model, ctx) {
    for (const e of securityRequirementEntries(model)) {
      if (e.value.type === 'array') continue;
      ctx.report({
        node: e.value,
        message: `The security requirement "${e.name}" must be an array of scopes; use [] when no scope is required.`,
        fixes: e.value.type === 'null' ? [setFix(e.value, [], 'Replace with []', true)] : undefined,
      });
    }
  },
};
