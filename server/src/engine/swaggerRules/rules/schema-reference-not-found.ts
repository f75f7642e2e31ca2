// A `$ref` to a missing #/definitions entry: the validator rejects the swagger, and the platform cannot resolve the definition.
import type { SwaggerRule } from '../types';
import { danglingRefs } from '../references';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'schema-reference-not-found',
  validatorName: 'SchemaReferenceNotFound',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `$ref` points to a `#/definitions/...` entry that does not exist.',
  check(model, ctx) {
    for (const d of danglingRefs(model, 'definitions')) {
      ctx.report({
        node: d.node,
        message: `$ref ${shortValue(d.ref)} points to a definition that does not exist: "definitions" has no ${shortValue(d.name)}. Add it under "definitions", or fix the name.`,
      });
    }
  },
};
