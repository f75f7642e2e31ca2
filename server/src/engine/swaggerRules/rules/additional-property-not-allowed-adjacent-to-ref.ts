// An object with "$ref" is replaced by its target: any other key beside it is ignored (and the validator rejects it).
import { entries, keywordObjectsWith, val } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'additional-property-not-allowed-adjacent-to-ref',
  validatorName: 'AdditionalPropertyNotAllowedAdjacentToRef',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An object with `$ref` has other properties beside it.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, '$ref')) {
      if (val(o, '$ref')?.type !== 'string') continue;
      for (const e of entries(o)) {
        if (e.name === '$ref') continue;
        ctx.report({
          node: e.key,
          message: `"${e.name}" beside "$ref" is ignored: the reference replaces the whole object. Move it into the referenced definition, or drop it.`,
        });
      }
    }
  },
};
