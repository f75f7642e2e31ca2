// A GET request carries no body, so a body or formData parameter may never reach the service. Warning: 3 merged
// connectors have one.
import type { SwaggerRule } from '../types';
import { describeOperation, parameterNode } from '../helpers';

export const rule: SwaggerRule = {
  id: 'body-or-form-data-parameter-in-fetch-operation-not-allowed',
  validatorName: 'BodyOrFormDataParameterInFetchOperationNotAllowed',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A GET operation has a `body` or `formData` parameter.',
  check(model, ctx) {
    for (const op of model.operations) {
      if (op.method.toLowerCase() !== 'get') continue;
      for (const p of op.parameters) {
        if (p.in !== 'body' && p.in !== 'formData') continue;
        ctx.report({
          node: p.pathLevel || p.shared ? p.site : parameterNode(p),
          message: `Operation ${describeOperation(op)} is a GET and cannot have a "${p.in}" parameter ("${p.name ?? ''}"). Send the value as a query parameter, or use POST.`,
        });
      }
    }
  },
};
