// A path item's `parameters` apply to every operation of the path, and a request has one body.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { listedNode, listedParameters } from '../pathItemParameters';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'path-parameters-contain-multiple-body-parameters',
  validatorName: 'PathParametersContainMultipleBodyParameters',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A path item\'s `parameters` list has more than one `body` parameter.',
  check(model, ctx) {
    for (const item of model.pathItems) {
      const bodies = listedParameters(model, val(item.node, 'parameters')).filter(p => p.in === 'body');
      for (const p of bodies.slice(1)) {
        ctx.report({
          node: listedNode(p),
          message: `The path ${shortValue(item.path)} already lists the body parameter ${shortValue(bodies[0].name ?? '')} in its "parameters"; at most one is allowed. Merge the two into one body schema.`,
        });
      }
    }
  },
};
