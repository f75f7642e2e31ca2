// x-ms-enum-values gives each enum value its display name in the designer's dropdown; an entry without one is invalid.
import { entries, keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'missing-enum-values-display-name',
  validatorName: 'MissingEnumValuesDisplayName',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-enum-values` entry has no `displayName`.',
  check(model, ctx) {
    for (const x of model.extensionKeys) {
      if (x.name !== 'x-ms-enum-values') continue;
      const list = x.key.parent?.children?.[1];
      if (list?.type !== 'array') continue;
      for (const item of list.children ?? []) {
        if (item.type !== 'object' || prop(item, 'displayName')) continue;
        // The entry's "value" key says which one; an entry without it is pointed at whole.
        const valueKey = keyOf(prop(item, 'value'));
        const value = entries(item).find(e => e.name === 'value')?.value;
        ctx.report({
          node: valueKey ?? item,
          message: `This x-ms-enum-values entry${value?.type === 'string' ? ` (${shortValue(String(value.value))})` : ''} has no "displayName": add the text the dropdown shows for it.`,
        });
      }
    }
  },
};
