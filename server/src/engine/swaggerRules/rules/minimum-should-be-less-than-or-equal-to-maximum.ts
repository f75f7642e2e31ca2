// No number satisfies minimum > maximum.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'minimum-should-be-less-than-or-equal-to-maximum',
  validatorName: 'MinimumShouldBeLessThanOrEqualToMaximum',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `minimum` is greater than the `maximum` beside it.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'minimum')) {
      const min = bound(o, 'minimum');
      const max = bound(o, 'maximum');
      if (min && max && min.number > max.number) ctx.report({ node: min.value, message: `minimum ${min.number} is greater than maximum ${max.number}: no number can satisfy both. Fix one of them.` });
    }
  },
};
