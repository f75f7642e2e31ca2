// An empty enum allows no value at all.
import { keyOf, keywordObjectsWith, prop } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'enum-must-contain-at-least-one-element',
  validatorName: 'EnumMustContainAtLeastOneElement',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `enum` array is empty.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'enum')) {
      const p = prop(o, 'enum');
      const key = keyOf(p);
      const value = p?.children?.[1];
      if (!key || value?.type !== 'array' || value.children?.length) continue;
      ctx.report({ node: key, message: '"enum" is empty, so no value is allowed. List the allowed values, or remove "enum".' });
    }
  },
};
