// The keys of `responses` are HTTP status codes or "default" (extensions aside).
import { entries } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'response-must-be-default-or-http-status-code',
  validatorName: 'ResponseMustBeDefaultOrHttpStatusCode',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A key of an operation\'s `responses` is neither an HTTP status code nor `default`.',
  check(model, ctx) {
    for (const op of model.operations) {
      for (const e of entries(op.responses)) {
        if (e.name === 'default' || /^[1-5]\d\d$/.test(e.name) || e.name.startsWith('x-')) continue;
        ctx.report({
          node: e.key,
          message: `Response ${shortValue(e.name)} of ${describeOperation(op)} is not an HTTP status code (such as "200") or "default".`,
        });
      }
    }
  },
};
