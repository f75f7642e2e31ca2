// `filterFunctions` lists the filter functions a column supports; an empty list says nothing and is rejected.
import type { SwaggerRule } from '../types';
import { keywordObjectsWith, prop } from '../model';
import { removeFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'filter-functions-property-empty',
  validatorName: 'FilterFunctionsPropertyEmpty',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `filterFunctions` list is empty.',
  fixable: true,
  check(model, ctx) {
    for (const object of keywordObjectsWith(model, 'filterFunctions')) {
      const value = prop(object, 'filterFunctions')?.children?.[1];
      if (value?.type !== 'array' || value.children?.length) continue;
      ctx.report({
        node: value,
        message: '"filterFunctions" must list at least one function. List the supported functions, or remove the property.',
        fixes: [removeFix(value, 'Remove the empty "filterFunctions"')],
      });
    }
  },
};
