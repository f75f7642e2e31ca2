// Two visible inputs with one tabIndex leave their order in the dialog to chance.
import { getProperty } from '../ast';
import type { ParameterModel } from '../model';
import type { Rule } from './types';
import { paramLabel, visibleInDialog } from './util';

export const rule: Rule = {
  id: 'tab-index-duplicate',
  severity: 'information',
  category: 'values',
  description: 'Two inputs shown in the same connection dialog have the same `tabIndex`.',
  check(model, ctx) {
    const groups: ParameterModel[][] = [];
    if (model.connectionParameters) groups.push(model.connectionParameters.parameters);
    for (const set of model.parameterSets?.sets ?? []) groups.push(set.parameters);
    for (const group of groups) {
      const seen = new Map<number, ParameterModel>();
      for (const p of group) {
        if (!visibleInDialog(p)) continue;
        const value = (getProperty(p.constraints, 'tabIndex') ?? getProperty(p.uiDefinition, 'tabIndex'))?.valueNode;
        if (value?.type !== 'number') continue;
        const first = seen.get(value.value);
        if (!first) { seen.set(value.value, p); continue; }
        ctx.report({
          node: value,
          message: `tabIndex ${value.value} of ${paramLabel(p)} is also used by "${first.name}", which the same dialog shows: their order is undefined. Give each visible input its own tabIndex.`,
        });
      }
    }
  },
};
