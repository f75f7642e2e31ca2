// The multi-auth docs make `constraints.required` mandatory in sets; clients disagree on what a missing one means.
import { getValue } from '../ast';
import type { Rule } from './types';
import { addFix, paramLabel } from './util';

export const rule: Rule = {
  id: 'set-parameter-required-missing',
  severity: 'warning',
  category: 'multi-auth',
  description: 'A parameter inside a parameter set has no `uiDefinition.constraints.required`.',
  fixable: true,
  check(model, ctx) {
    for (const set of model.parameterSets?.sets ?? []) {
      for (const p of set.parameters) {
        if (!p.node || getValue(p.constraints, 'required')) continue;
        const value = p.hidden ? 'false' : 'true';
        ctx.report({
          node: p.property.keyNode,
          message: `${paramLabel(p)} has no uiDefinition.constraints.required: the multi-auth docs make it mandatory in sets, and some clients then treat the input as required, others as optional. Add "required": "${value}".`,
          fixes: [addFix(p.node, ['uiDefinition', 'constraints', 'required'], value, `Add "required": "${value}"`)],
        });
      }
    }
  },
};
