// A count or length cannot be negative.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'min-properties-must-be-greater-than-or-equal-to-zero',
  validatorName: 'MinPropertiesMustBeGreaterThanOrEqualToZero',
  severity: 'error',
  category: 'swagger-validator',
  description: '`minProperties` is negative.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'minProperties')) {
      const b = bound(o, 'minProperties');
      if (b && b.number < 0) ctx.report({ node: b.value, message: `minProperties must be zero or more; ${b.number} is not.` });
    }
  },
};
