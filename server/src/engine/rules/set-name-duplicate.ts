// Connections refer to the chosen set by name; two sets with one name make that reference ambiguous. That this breaks
// a connection is inferred, not documented or seen, so it is a warning.
import type { Rule } from './types';

export const rule: Rule = {
  id: 'set-name-duplicate',
  severity: 'warning',
  category: 'multi-auth',
  description: 'Two parameter sets share the same `name`.',
  check(model, ctx) {
    const seen = new Map<string, number>();
    for (const set of model.parameterSets?.sets ?? []) {
      if (set.name === undefined || !set.nameNode || set.name.trim() === '') continue;
      const first = seen.get(set.name);
      if (first === undefined) { seen.set(set.name, set.index); continue; }
      ctx.report({
        node: set.nameNode,
        message: `Set name "${set.name}" is already used by set #${first + 1}: connections record the chosen authentication option by name, so equal names make that choice ambiguous. Rename this set.`,
      });
    }
  },
};
