// The validator's error name is spelled this way ("Suppored"); the id keeps it so a pasted name finds this page.
import { keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'path-item-ref-not-suppored',
  validatorName: 'PathItemRefNotSuppored',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A path item uses `$ref`, which the platform does not support.',
  check(model, ctx) {
    for (const item of model.pathItems) {
      const key = keyOf(prop(item.node, '$ref'));
      if (!key) continue;
      ctx.report({ node: key, message: `"$ref" in the path item "${item.path}" is not supported by the platform. Write the operations of this path here instead of referencing them.` });
    }
  },
};
