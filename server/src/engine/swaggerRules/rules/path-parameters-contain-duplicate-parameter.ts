// A path item's `parameters` apply to every operation of the path; two with one name and location leave the request
// two values for one slot.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { listedNode, listedParameters } from '../pathItemParameters';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'path-parameters-contain-duplicate-parameter',
  validatorName: 'PathParametersContainDuplicateParameter',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A path item\'s `parameters` list has two parameters with the same `name` and `in`.',
  check(model, ctx) {
    for (const item of model.pathItems) {
      const seen = new Set<string>();
      for (const p of listedParameters(model, val(item.node, 'parameters'))) {
        if (p.name === undefined || p.in === undefined) continue;
        const key = p.in + '\u0000' + p.name;
        if (!seen.has(key)) { seen.add(key); continue; }
        ctx.report({
          node: listedNode(p),
          message: `The path ${shortValue(item.path)} lists the ${shortValue(p.in, 20).slice(1, -1)} parameter ${shortValue(p.name)} twice in its "parameters". Remove one of them.`,
        });
      }
    }
  },
};
