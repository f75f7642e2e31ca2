// x-ms-api-annotation's `replacement` names the successor by its connector (`api`) and `operationId`: both are needed.
import { prop, val } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation } from '../helpers';
import { ownerAnchor } from '../certification';

export const rule: SwaggerRule = {
  id: 'api-annotation-extension-replacement-info-missing-operation-id-property',
  validatorName: 'ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-api-annotation.replacement` object has no `operationId`.',
  check(model, ctx) {
    for (const op of model.operations) {
      const replacement = val(val(op.node, 'x-ms-api-annotation'), 'replacement');
      if (replacement?.type !== 'object' || prop(replacement, 'operationId')) continue;
      ctx.report({
        ...ownerAnchor(replacement),
        message: `The replacement of ${describeOperation(op)} has no "operationId": name the successor with both "api" and "operationId".`,
      });
    }
  },
};
