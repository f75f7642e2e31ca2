// An empty `required` list says nothing, and the validator rejects it.
import { keyOf, keywordObjectsWith, prop } from '../model';
import type { SwaggerRule } from '../types';
import { removeFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'required-property-array-empty',
  validatorName: 'RequiredPropertyArrayEmpty',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A schema\'s `required` array is empty.',
  fixable: true,
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'required')) {
      const p = prop(o, 'required');
      const value = p?.children?.[1];
      if (!keyOf(p) || value?.type !== 'array' || value.children?.length) continue;
      ctx.report({
        node: value,
        message: '"required" is empty: list the required properties, or remove "required".',
        fixes: [removeFix(value, 'Remove the empty "required"', true)],
      });
    }
  },
};
