// A schema or parameter of type "array" says what its items are with `items`; without it the designer cannot build
// the field.
import { keyOf, keywordObjectsWith, ownerKey, prop, str, val } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'array-has-no-items',
  validatorName: 'ArrayHasNoItems',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A schema or parameter with `"type": "array"` has no `items`.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'type')) {
      const type = val(o, 'type');
      if (str(type) !== 'array' || prop(o, 'items')) continue;
      // Where a missing property is reported: the key of the object that lacks it (a property name), else its "type".
      ctx.report({
        node: ownerKey(o) ?? keyOf(prop(o, 'type'))!,
        message: 'This array has no "items": add "items" with the schema of its elements (for example { "type": "string" }).',
      });
    }
  },
};
