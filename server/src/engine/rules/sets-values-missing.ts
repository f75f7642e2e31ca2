// A multi-auth block without sets gives the connection dialog nothing to offer: the connector cannot be connected.
import type { Rule } from './types';

export const rule: Rule = {
  id: 'sets-values-missing',
  severity: 'error',
  category: 'multi-auth',
  description: '`connectionParameterSets` has no `values` array, or an empty one.',
  check(model, ctx) {
    const sets = model.parameterSets;
    if (!sets || !sets.node) return;
    if (!sets.valuesProperty) {
      ctx.report({
        node: sets.property.keyNode,
        message: '"connectionParameterSets" has no "values": the connection dialog has no authentication option to offer. Add "values" with at least one set ({ "name", "uiDefinition", "parameters" }), or remove "connectionParameterSets" and use "connectionParameters".',
      });
    } else if (sets.values && sets.values.items.length === 0) {
      ctx.report({
        node: sets.values,
        message: '"connectionParameterSets.values" is empty: the connection dialog has no authentication option to offer. Add at least one set ({ "name", "uiDefinition", "parameters" }), or remove "connectionParameterSets".',
      });
    }
  },
};
