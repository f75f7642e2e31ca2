// x-ms-dynamic-properties replaces x-ms-dynamic-schema for new clients: both must read the same schema, so its
// `itemValuePath` is the schema's `value-path` without the trailing `properties`.
import type { SwaggerRule } from '../types';
import { dynamicCalls } from '../dynamic';
import { str, val } from '../model';
import { replaceFix, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'dynamic-properties-item-value-path-mismatch',
  validatorName: 'DynamicPropertiesItemValuePathMismatch',
  severity: 'error',
  category: 'swagger-validator',
  description: "`x-ms-dynamic-properties`' `itemValuePath` differs from the beside `x-ms-dynamic-schema`'s `value-path` (without a trailing `properties`).",
  fixable: true,
  check(model, ctx) {
    for (const call of dynamicCalls(model)) {
      if (call.extension !== 'x-ms-dynamic-schema') continue;
      const valuePath = str(val(call.node, 'value-path'));
      const properties = val(call.owner, 'x-ms-dynamic-properties');
      const node = val(properties, 'itemValuePath');
      const itemValuePath = str(node);
      if (valuePath === undefined || !node || itemValuePath === undefined) continue;
      const expected = valuePath.replace(/\/?properties$/, '');
      if (itemValuePath === expected) continue;
      ctx.report({
        node,
        message: `x-ms-dynamic-properties' itemValuePath ${shortValue(itemValuePath)} should be ${shortValue(expected)}: the value-path of the x-ms-dynamic-schema beside it (${shortValue(valuePath)}) without a trailing "properties".`,
        fixes: [replaceFix(ctx.text, node, JSON.stringify(expected), `Change to ${shortValue(expected)}`)],
        data: { expected },
      });
    }
  },
};
