// A count or length cannot be negative.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'min-length-must-be-greater-than-or-equal-to-zero',
  validatorName: 'MinLengthMustBeGreaterThanOrEqualToZero',
  severity: 'error',
  category: 'swagger-validator',
  description: '`minLength` is negative.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'minLength')) {
      const b = bound(o, 'minLength');
      if (b && b.number < 0) ctx.report({ node: b.value, message: `minLength must be zero or more; ${b.number} is not.` });
    }
  },
};
