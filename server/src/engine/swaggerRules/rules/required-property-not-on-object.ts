// A `required` list names properties, so it belongs on object schemas only.
import { keyOf, keywordObjectsWith, prop, str, val } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'required-property-not-on-object',
  validatorName: 'RequiredPropertyNotOnObject',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A schema whose `type` is not `object` has a `required` list.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'required')) {
      const p = prop(o, 'required');
      const type = str(val(o, 'type'));
      if (p?.children?.[1]?.type !== 'array' || type === undefined || type === 'object') continue;
      ctx.report({
        node: keyOf(p)!,
        message: `"required" lists properties, but this schema is of type "${type}": remove "required", or make the schema an object.`,
      });
    }
  },
};
