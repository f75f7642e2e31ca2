// A count or length cannot be negative.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'max-properties-must-be-greater-than-or-equal-to-zero',
  validatorName: 'MaxPropertiesMustBeGreaterThanOrEqualToZero',
  severity: 'error',
  category: 'swagger-validator',
  description: '`maxProperties` is negative.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'maxProperties')) {
      const b = bound(o, 'maxProperties');
      if (b && b.number < 0) ctx.report({ node: b.value, message: `maxProperties must be zero or more; ${b.number} is not.` });
    }
  },
};
