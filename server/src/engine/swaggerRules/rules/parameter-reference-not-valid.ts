// A `$ref` in parameter position must point into `#/parameters/` with a valid JSON Pointer.
import type { SwaggerRule } from '../types';
import { pointsInto, refPosition } from '../refPositions';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'parameter-reference-not-valid',
  validatorName: 'ParameterReferenceNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A parameter `$ref` does not point into `#/parameters/`.',
  check(model, ctx) {
    for (const node of model.refs) {
      const ref = String(node.value);
      if (refPosition(model, node) !== 'parameter' || pointsInto(ref, 'parameters')) continue;
      ctx.report({
        node,
        message: `${shortValue(ref)} is not a valid parameter reference: it must have the form "#/parameters/<name>" (a reference into this file).`,
      });
    }
  },
};
