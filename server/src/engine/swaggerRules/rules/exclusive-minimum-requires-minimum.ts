// In Swagger 2.0, exclusiveMinimum is a flag on minimum: alone it means nothing (harmless, so a warning;
// one merged connector has it).
import type { SwaggerRule } from '../types';
import { keyOf, keywordObjectsWith, prop } from '../model';

export const rule: SwaggerRule = {
  id: 'exclusive-minimum-requires-minimum',
  validatorName: 'ExclusiveMinimumRequiresMinimum',
  severity: 'warning',
  category: 'swagger-validator',
  description: '`exclusiveMinimum` is set without `minimum`.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'exclusiveMinimum')) {
      const key = keyOf(prop(o, 'exclusiveMinimum'));
      if (!key || prop(o, 'minimum')) continue;
      ctx.report({ node: key, message: '"exclusiveMinimum" only qualifies "minimum", which is missing here. Add "minimum", or remove "exclusiveMinimum".' });
    }
  },
};
