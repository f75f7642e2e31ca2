// A `$ref` in response position must point into `#/responses/` with a valid JSON Pointer.
import type { SwaggerRule } from '../types';
import { pointsInto, refPosition } from '../refPositions';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'response-reference-not-valid',
  validatorName: 'ResponseReferenceNotValid',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A response `$ref` does not point into `#/responses/`.',
  check(model, ctx) {
    for (const node of model.refs) {
      const ref = String(node.value);
      if (refPosition(model, node) !== 'response' || pointsInto(ref, 'responses')) continue;
      // A merged connector (Morta) points responses at "#/definitions/...": tolerated, so a warning.
      ctx.report({
        node,
        message: `${shortValue(ref)} is not a valid response reference: it must have the form "#/responses/<name>" (a reference into this file).`,
      });
    }
  },
};
