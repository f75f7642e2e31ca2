// A count or length cannot be negative.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'max-length-must-be-greater-than-or-equal-to-zero',
  validatorName: 'MaxLengthMustBeGreaterThanOrEqualToZero',
  severity: 'error',
  category: 'swagger-validator',
  description: '`maxLength` is negative.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'maxLength')) {
      const b = bound(o, 'maxLength');
      if (b && b.number < 0) ctx.report({ node: b.value, message: `maxLength must be zero or more; ${b.number} is not.` });
    }
  },
};
