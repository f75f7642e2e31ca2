// A `$ref` to a missing #/parameters entry: the validator rejects the swagger, and the platform cannot resolve the shared parameter.
import type { SwaggerRule } from '../types';
import { danglingRefs } from '../references';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'parameter-reference-not-found',
  validatorName: 'ParameterReferenceNotFound',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `$ref` points to a `#/parameters/...` entry that does not exist.',
  check(model, ctx) {
    for (const d of danglingRefs(model, 'parameters')) {
      ctx.report({
        node: d.node,
        message: `$ref ${shortValue(d.ref)} points to a shared parameter that does not exist: "parameters" has no ${shortValue(d.name)}. Add it under "parameters", or fix the name.`,
      });
    }
  },
};
