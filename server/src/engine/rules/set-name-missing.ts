// Connections record the chosen set by its name, so a set without one cannot be selected reliably.
import type { Rule } from './types';

export const rule: Rule = {
  id: 'set-name-missing',
  severity: 'error',
  category: 'multi-auth',
  description: 'A parameter set in `connectionParameterSets.values` has no `name` (or an empty one).',
  check(model, ctx) {
    for (const set of model.parameterSets?.sets ?? []) {
      if (!set.object) continue;
      if (!set.nameNode) {
        // The opening brace only: the whole set would underline dozens of lines.
        ctx.report({
          offset: set.object.offset, length: 1,
          message: `Parameter set #${set.index + 1} has no "name": connections store the chosen authentication option by set name. Add a short, stable "name" such as "oauth" or "api-key".`,
        });
      } else if (set.nameNode.type === 'string' && set.nameNode.value.trim() === '') {
        ctx.report({
          node: set.nameNode,
          message: `Parameter set #${set.index + 1} has an empty "name": connections store the chosen authentication option by set name. Give it a short, stable name such as "oauth" or "api-key".`,
        });
      }
    }
  },
};
