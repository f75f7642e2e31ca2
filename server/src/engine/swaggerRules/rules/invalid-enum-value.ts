// An enum value of another JSON type than the schema's `type` can never be sent as that type.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { convertScalar, fitsType, jsonTypeOf, typedWith } from '../schemaTypes';
import { replaceFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'invalid-enum-value',
  validatorName: 'InvalidEnumValue',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An `enum` value is not of the schema\'s or parameter\'s `type` (e.g. the string "1" in an integer enum).',
  fixable: true,
  check(model, ctx) {
    for (const t of typedWith(model, 'enum')) {
      const list = val(t.node, 'enum');
      if (list?.type !== 'array') continue;
      for (const item of list.children ?? []) {
        if (fitsType(item, t.type) !== false) continue;
        const converted = convertScalar(item, t.type);
        ctx.report({
          node: item,
          message: `This enum value is of type "${jsonTypeOf(item)}" but the type is "${t.type}": write it as ${t.type === 'integer' ? 'an' : 'a'} ${t.type}, or change "type".`,
          fixes: converted !== undefined ? [replaceFix(ctx.text, item, JSON.stringify(converted), `Write it as ${JSON.stringify(converted)}`, true)] : undefined,
        });
      }
    }
  },
};
