// With sets present, clients show only the sets; the single-auth block is then dead weight that drifts out of sync.
import type { Rule } from './types';

export const rule: Rule = {
  id: 'legacy-and-sets',
  severity: 'information',
  category: 'multi-auth',
  description: 'Both `connectionParameters` and `connectionParameterSets` are present; clients show only the sets.',
  check(model, ctx) {
    if (!model.connectionParameters || !model.parameterSets) return;
    ctx.report({
      node: model.connectionParameters.property.keyNode,
      message: '"connectionParameters" is ignored by the connection dialog because "connectionParameterSets" is present: only the sets are offered. Keep it only if older tooling needs it, and keep it in sync with one of the sets.',
    });
  },
};
