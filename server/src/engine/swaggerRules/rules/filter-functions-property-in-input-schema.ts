// `filterFunctions` describes how the rows an operation returns can be filtered: it means something only in a
// response schema, never in what the user sends.
import type { SwaggerRule } from '../types';
import { keywordObjectsWith, prop } from '../model';
import { removeFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'filter-functions-property-in-input-schema',
  validatorName: 'FilterFunctionsPropertyInInputSchema',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `filterFunctions` property is inside a parameter (an input schema) instead of a response schema.',
  fixable: true,
  check(model, ctx) {
    // Parameter objects (shared ones at their definition) cover every input schema written inline; a definition
    // reached by `$ref` may serve inputs and outputs alike, so it is left alone.
    const ranges = model.parameters.map(p => [p.node.offset, p.node.offset + p.node.length] as const).sort((a, b) => a[0] - b[0]);
    if (!ranges.length) return;
    const inInput = (offset: number) => ranges.some(([start, end]) => start <= offset && offset < end);
    for (const object of keywordObjectsWith(model, 'filterFunctions')) {
      const property = prop(object, 'filterFunctions');
      const key = property?.children?.[0];
      const value = property?.children?.[1];
      if (!key || !value || !inInput(key.offset)) continue;
      ctx.report({
        node: key,
        message: '"filterFunctions" is only allowed in a response schema; here it is part of a parameter. Move it to the schema of the response, or remove it.',
        fixes: [removeFix(value, 'Remove "filterFunctions"')],
      });
    }
  },
};
