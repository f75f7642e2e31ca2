// No array satisfies minItems > maxItems.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'min-items-should-be-less-than-or-equal-to-max-items',
  validatorName: 'MinItemsShouldBeLessThanOrEqualToMaxItems',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `minItems` is greater than the `maxItems` beside it.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'minItems')) {
      const min = bound(o, 'minItems');
      const max = bound(o, 'maxItems');
      if (min && max && min.number > max.number) ctx.report({ node: min.value, message: `minItems ${min.number} is greater than maxItems ${max.number}: no array can satisfy both. Lower minItems or raise maxItems.` });
    }
  },
};
