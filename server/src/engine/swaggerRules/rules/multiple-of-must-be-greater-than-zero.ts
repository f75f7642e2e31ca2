// multipleOf divides the value: zero or a negative step has no meaning.
import { keywordObjectsWith } from '../model';
import type { SwaggerRule } from '../types';
import { bound } from '../bounds';

export const rule: SwaggerRule = {
  id: 'multiple-of-must-be-greater-than-zero',
  validatorName: 'MultipleOfMustBeGreaterThanZero',
  severity: 'error',
  category: 'swagger-validator',
  description: '`multipleOf` is zero or negative.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'multipleOf')) {
      const m = bound(o, 'multipleOf');
      if (m && m.number <= 0) ctx.report({ node: m.value, message: `multipleOf must be greater than zero; ${m.number} is not. Use a positive step such as 1 or 0.01, or remove it.` });
    }
  },
};
