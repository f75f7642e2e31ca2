// A count or length cannot be negative.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'min-items-must-be-greater-than-or-equal-to-zero',
  validatorName: 'MinItemsMustBeGreaterThanOrEqualToZero',
  severity: 'error',
  category: 'swagger-validator',
  description: '`minItems` is negative.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'minItems')) {
      const b = bound(o, 'minItems');
      if (b && b.number < 0) ctx.report({ node: b.value, message: `minItems must be zero or more; ${b.number} is not.` });
    }
  },
};
