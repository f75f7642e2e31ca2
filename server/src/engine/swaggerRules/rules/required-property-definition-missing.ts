// A name in a schema's `required` list with no property of that name: nothing can satisfy it.
import { keywordObjectsWith, prop, val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'required-property-definition-missing',
  validatorName: 'RequiredPropertyDefinitionMissing',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A name in a schema\'s `required` list is not defined in its `properties`.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'required')) {
      const required = val(o, 'required');
      const properties = val(o, 'properties');
      if (required?.type !== 'array' || properties?.type !== 'object') continue;
      for (const item of required.children ?? []) {
        if (item.type !== 'string' || prop(properties, String(item.value))) continue;
        ctx.report({
          node: item,
          message: `Required property ${shortValue(String(item.value))} is not defined in this schema's "properties": define it, or remove it from "required" (names are case-sensitive).`,
        });
      }
    }
  },
};
