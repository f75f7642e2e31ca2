// A request body is either a form or a payload, not both.
import type { SwaggerRule } from '../types';
import { describeOperation, parameterNode } from '../helpers';

export const rule: SwaggerRule = {
  id: 'parameter-list-contains-form-data-and-body',
  validatorName: 'ParameterListContainsFormDataAndBody',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation has both a `body` parameter and `formData` parameters.',
  check(model, ctx) {
    for (const op of model.operations) {
      const body = op.parameters.find(p => p.in === 'body');
      const form = op.parameters.find(p => p.in === 'formData');
      if (!body || !form) continue;
      ctx.report({
        node: body.pathLevel || body.shared ? body.site : parameterNode(body),
        message: `Operation ${describeOperation(op)} has a body parameter and formData parameters ("${form.name ?? ''}"); a request carries only one of them. Keep one kind.`,
      });
    }
  },
};
