// The multi-auth docs say a string parameter's description in a set shows only from uiDefinition.schema.description.
// The new designer falls back from description to schema.description, so only some clients miss it: information.
import { getProperty, getValue } from '../ast';
import type { Rule } from './types';
import { addFix, paramLabel } from './util';

export const rule: Rule = {
  id: 'set-string-description-location',
  severity: 'information',
  category: 'multi-auth',
  description: 'A `string` parameter in a set has its description only in `uiDefinition.description`, not in `uiDefinition.schema.description`.',
  fixable: true,
  check(model, ctx) {
    for (const set of model.parameterSets?.sets ?? []) {
      for (const p of set.parameters) {
        if (p.type !== 'string' || !p.uiDefinition) continue;
        const description = getProperty(p.uiDefinition, 'description');
        if (!description || description.valueNode?.type !== 'string') continue;
        if (getValue(getValue(p.uiDefinition, 'schema'), 'description')) continue;
        ctx.report({
          node: description.keyNode,
          message: `${paramLabel(p)} is a string parameter in a set: the multi-auth docs say its description shows in the description box only from uiDefinition.schema.description. Add "schema": { "type": "string", "description": ... } to its uiDefinition (keep "description" for other clients).`,
          fixes: [addFix(p.uiDefinition, ['schema', 'description'], description.valueNode.value, 'Copy the description to uiDefinition.schema.description')],
        });
      }
    }
  },
};
