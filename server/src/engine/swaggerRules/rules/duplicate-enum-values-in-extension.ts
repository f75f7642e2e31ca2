// x-ms-enum-values maps each value to one display name; a second entry for a value makes the label ambiguous.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { valueKey } from '../schemaTypes';
import { removeFix, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'duplicate-enum-values-in-extension',
  validatorName: 'DuplicateEnumValuesInExtension',
  severity: 'error',
  category: 'swagger-validator',
  description: 'Two `x-ms-enum-values` entries have the same `value`.',
  fixable: true,
  check(model, ctx) {
    for (const x of model.extensionKeys) {
      if (x.name !== 'x-ms-enum-values') continue;
      const list = x.key.parent?.children?.[1];
      if (list?.type !== 'array') continue;
      const seen = new Set<string>();
      for (const item of list.children ?? []) {
        const value = val(item, 'value');
        if (!value) continue;
        const key = valueKey(value);
        if (!seen.has(key)) { seen.add(key); continue; }
        ctx.report({
          node: value,
          message: `An earlier x-ms-enum-values entry already has the value ${value.type === 'string' ? shortValue(value.value as string) : String(value.value)}: each value gets one display name. Remove this entry or change its value.`,
          // Not safe: the two entries may carry different display names; the author picks which stays.
          fixes: [removeFix(item, 'Remove this entry')],
        });
      }
    }
  },
};
