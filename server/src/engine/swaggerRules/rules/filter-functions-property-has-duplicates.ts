// `filterFunctions` is a set of function names: a repeated name is rejected.
import type { SwaggerRule } from '../types';
import { keywordObjectsWith, prop } from '../model';
import { removeFix, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'filter-functions-property-has-duplicates',
  validatorName: 'FilterFunctionsPropertyHasDuplicates',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `filterFunctions` list names the same function more than once.',
  fixable: true,
  check(model, ctx) {
    for (const object of keywordObjectsWith(model, 'filterFunctions')) {
      const value = prop(object, 'filterFunctions')?.children?.[1];
      if (value?.type !== 'array') continue;
      const seen = new Set<string>();
      for (const item of value.children ?? []) {
        if (item.type !== 'string') continue;
        const name = item.value as string;
        if (!seen.has(name)) { seen.add(name); continue; }
        ctx.report({
          node: item,
          message: `"filterFunctions" lists ${shortValue(name)} more than once. Remove the repeat.`,
          fixes: [removeFix(item, `Remove the repeated ${shortValue(name)}`, true)],
        });
      }
    }
  },
};
