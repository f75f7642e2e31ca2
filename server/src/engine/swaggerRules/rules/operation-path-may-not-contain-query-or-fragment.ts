// A query belongs in "in": "query" parameters; "?" or "#" in a path key is not routed.
import { offsetInString } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'operation-path-may-not-contain-query-or-fragment',
  validatorName: 'OperationPathMayNotContainQueryOrFragment',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A key of `paths` contains `?` or `#`.',
  check(model, ctx) {
    for (const item of model.pathItems) {
      const i = item.path.search(/[?#]/);
      if (i < 0) continue;
      const offset = offsetInString(model.text, item.key, i);
      ctx.report({
        ...(offset !== undefined ? { offset, length: item.path.length - i } : { node: item.key }),
        message: `The path "${item.path}" contains "${item.path[i]}": a path cannot carry a query or fragment. Declare query values as parameters with "in": "query" (or encode the character as ${item.path[i] === '?' ? '%3F' : '%23'}).`,
      });
    }
  },
};
