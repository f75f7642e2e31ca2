// x-ms-enum-values names the display text of `enum` values; an entry for a value the enum lacks labels nothing the
// user can pick.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { enumKeys, valueKey } from '../schemaTypes';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'invalid-enum-values-extension-value',
  validatorName: 'InvalidEnumValuesExtensionValue',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-enum-values` entry\'s `value` is not one of the `enum` values of the same schema or parameter.',
  check(model, ctx) {
    for (const x of model.extensionKeys) {
      if (x.name !== 'x-ms-enum-values') continue;
      const list = x.key.parent?.children?.[1];
      const enumNode = val(x.owner, 'enum');
      // Without an enum there is nothing to match (the designer then lists the entries themselves).
      if (list?.type !== 'array' || enumNode?.type !== 'array') continue;
      const allowed = enumKeys(enumNode);
      for (const item of list.children ?? []) {
        const value = val(item, 'value');
        if (!value || allowed.has(valueKey(value))) continue;
        const shown = value.type === 'string' ? shortValue(value.value as string) : value.type === 'number' || value.type === 'boolean' ? String(value.value) : `a ${value.type}`;
        ctx.report({ node: value, message: `The x-ms-enum-values value ${shown} is not in "enum": use one of the enum values (same JSON type), or add it to "enum".` });
      }
    }
  },
};
