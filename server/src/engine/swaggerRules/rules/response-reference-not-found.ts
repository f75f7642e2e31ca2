// A `$ref` to a missing #/responses entry: the validator rejects the swagger, and the platform cannot resolve the shared response.
import type { SwaggerRule } from '../types';
import { danglingRefs } from '../references';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'response-reference-not-found',
  validatorName: 'ResponseReferenceNotFound',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `$ref` points to a `#/responses/...` entry that does not exist.',
  check(model, ctx) {
    for (const d of danglingRefs(model, 'responses')) {
      ctx.report({
        node: d.node,
        message: `$ref ${shortValue(d.ref)} points to a shared response that does not exist: "responses" has no ${shortValue(d.name)}. Add it under "responses", or fix the name.`,
      });
    }
  },
};
