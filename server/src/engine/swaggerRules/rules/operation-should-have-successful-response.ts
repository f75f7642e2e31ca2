// Without a 2xx response the designer has no outputs for the action (and no success to test against).
import type { SwaggerRule } from '../types';
import { entries } from '../model';
import { describeOperation } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-should-have-successful-response',
  validatorName: 'OperationShouldHaveSuccessfulResponse',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation has responses, but no successful (2xx) one.',
  check(model, ctx) {
    for (const op of model.operations) {
      const responses = entries(op.responses);
      if (!responses.length || responses.some(r => /^2\d\d$/.test(r.name) || /^2XX$/i.test(r.name))) continue;
      const key = op.responses?.parent?.children?.[0];
      ctx.report({ node: key ?? op.methodKey, message: `Operation ${describeOperation(op)} has no successful response ("200", "201", ...). Add the response the API returns on success.` });
    }
  },
};
