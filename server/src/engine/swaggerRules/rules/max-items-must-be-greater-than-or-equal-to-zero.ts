// A count or length cannot be negative.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'max-items-must-be-greater-than-or-equal-to-zero',
  validatorName: 'MaxItemsMustBeGreaterThanOrEqualToZero',
  severity: 'error',
  category: 'swagger-validator',
  description: '`maxItems` is negative.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'maxItems')) {
      const b = bound(o, 'maxItems');
      if (b && b.number < 0) ctx.report({ node: b.value, message: `maxItems must be zero or more; ${b.number} is not.` });
    }
  },
};
