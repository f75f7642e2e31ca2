// A `$ref` in schema position must point into `#/definitions/` with a valid JSON Pointer.
import type { SwaggerRule } from '../types';
import { pointsInto, refPosition } from '../refPositions';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'schema-reference-not-valid',
  validatorName: 'SchemaReferenceNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A schema `$ref` does not point into `#/definitions/`.',
  check(model, ctx) {
    for (const node of model.refs) {
      const ref = String(node.value);
      if (refPosition(model, node) !== 'schema' || pointsInto(ref, 'definitions')) continue;
      // A pointer deeper into a definition (#/definitions/A/properties/b) is not the validator's form, but resolves.
      if (ref.startsWith('#/definitions/')) continue;
      ctx.report({
        node,
        message: `${shortValue(ref)} is not a valid schema reference: it must have the form "#/definitions/<name>" (a reference into this file).`,
      });
    }
  },
};
