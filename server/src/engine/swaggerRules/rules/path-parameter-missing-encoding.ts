// Without "x-ms-url-encoding", a value with "/" or "?" changes the URL the request goes to.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { parameterNode, addFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'path-parameter-missing-encoding',
  validatorName: 'PathParameterMissingEncoding',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A path parameter has no `x-ms-url-encoding`.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.parameters) {
      if (p.in !== 'path' || val(p.node, 'x-ms-url-encoding')) continue;
      const name = p.name ?? '(unnamed)';
      ctx.report({
        node: parameterNode(p),
        message: `Path parameter "${name}" has no "x-ms-url-encoding": a value containing "/", "?" or "#" would change the request URL. Add "x-ms-url-encoding": "single".`,
        fixes: [addFix(p.node, 'x-ms-url-encoding', 'single', 'Add "x-ms-url-encoding": "single"', true)],
      });
    }
  },
};
