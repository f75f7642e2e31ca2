// Each security requirement maps a scheme to its scopes: an array, empty when no scope is needed.
import { entries, val } from '../model';
import type { Node } from 'jsonc-parser';
import type { SwaggerRule } from '../types';
import { setFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'security-requirement-must-have-value',
  validatorName: 'SecurityRequirementMustHaveValue',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `security` requirement\'s value is not an array of scopes (use `[]` when there are none).',
  fixable: true,
  check(model, ctx) {
    const lists: Node[] = [];
    const top = val(model.root, 'security');
    if (top) lists.push(top);
    for (const op of model.operations) { const s = val(op.node, 'security'); if (s) lists.push(s); }
    for (const list of lists) {
      if (list.type !== 'array') continue;
      for (const requirement of list.children ?? []) {
        for (const e of entries(requirement)) {
          if (e.value.type === 'array') continue;
          ctx.report({
            node: e.value,
            message: `The security requirement "${e.name}" must be an array of scopes; use [] when no scope is required.`,
            fixes: e.value.type === 'null' ? [setFix(e.value, [], 'Replace with []', true)] : undefined,
          });
        }
      }
    }
  },
};
