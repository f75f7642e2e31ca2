// No string satisfies minLength > maxLength: the field can never be filled.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'min-length-should-be-less-than-or-equal-to-max-length',
  validatorName: 'MinLengthShouldBeLessThanOrEqualToMaxLength',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `minLength` is greater than the `maxLength` beside it.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'minLength')) {
      const min = bound(o, 'minLength');
      const max = bound(o, 'maxLength');
      if (min && max && min.number > max.number) ctx.report({ node: min.value, message: `minLength ${min.number} is greater than maxLength ${max.number}: no value can satisfy both. Lower minLength or raise maxLength.` });
    }
  },
};
