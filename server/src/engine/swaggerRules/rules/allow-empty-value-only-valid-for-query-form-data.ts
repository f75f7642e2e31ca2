// allowEmptyValue means "send the parameter with no value", which only query and form parameters can do.
import { keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';
import { removeFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'allow-empty-value-only-valid-for-query-form-data',
  validatorName: 'AllowEmptyValueOnlyValidForQueryFormData',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A parameter not in `query` or `formData` uses `allowEmptyValue`.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.parameters) {
      const allow = prop(p.node, 'allowEmptyValue');
      const key = keyOf(allow);
      if (!key || p.in === undefined || p.in === 'query' || p.in === 'formData') continue;
      ctx.report({
        node: key,
        message: `"allowEmptyValue" applies to query and formData parameters only; this one is in "${p.in}". Remove it.`,
        fixes: [removeFix(allow!.children![1], 'Remove "allowEmptyValue"', true)],
      });
    }
  },
};
