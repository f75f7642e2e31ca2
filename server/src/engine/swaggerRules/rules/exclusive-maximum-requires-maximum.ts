// In Swagger 2.0, exclusiveMaximum is a flag on maximum: alone it means nothing (harmless, so a warning;
// one merged connector has it).
import type { SwaggerRule } from '../types';
import { keyOf, keywordObjectsWith, prop } from '../model';

export const rule: SwaggerRule = {
  id: 'exclusive-maximum-requires-maximum',
  validatorName: 'ExclusiveMaximumRequiresMaximum',
  severity: 'warning',
  category: 'swagger-validator',
  description: '`exclusiveMaximum` is set without `maximum`.',
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'exclusiveMaximum')) {
      const key = keyOf(prop(o, 'exclusiveMaximum'));
      if (!key || prop(o, 'maximum')) continue;
      ctx.report({ node: key, message: '"exclusiveMaximum" only qualifies "maximum", which is missing here. Add "maximum", or remove "exclusiveMaximum".' });
    }
  },
};
