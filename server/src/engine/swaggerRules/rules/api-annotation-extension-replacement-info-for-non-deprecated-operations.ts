// x-ms-api-annotation's `replacement` points users from a deprecated operation to its successor: only a deprecated
// operation may have one.
import { keyOf, prop, val } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation } from '../helpers';

export const rule: SwaggerRule = {
  id: 'api-annotation-extension-replacement-info-for-non-deprecated-operations',
  validatorName: 'ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation that is not `deprecated` has `x-ms-api-annotation.replacement`.',
  check(model, ctx) {
    for (const op of model.operations) {
      const key = keyOf(prop(val(op.node, 'x-ms-api-annotation'), 'replacement'));
      const deprecated = val(op.node, 'deprecated');
      if (!key || (deprecated?.type === 'boolean' && deprecated.value === true)) continue;
      ctx.report({
        node: key,
        message: `${describeOperation(op)} names a replacement but is not marked "deprecated": true. Mark it deprecated, or remove "replacement".`,
      });
    }
  },
};
