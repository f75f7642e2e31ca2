// Paths are appended to basePath; one without a leading "/" makes a malformed URL.
import type { SwaggerRule } from '../types';
import { replaceFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-path-must-start-with-slash',
  validatorName: 'OperationPathMustStartWithSlash',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A key of `paths` does not start with `/`.',
  fixable: true,
  check(model, ctx) {
    for (const item of model.pathItems) {
      if (item.path.startsWith('/') || /^x-/i.test(item.path)) continue;
      ctx.report({
        node: item.key,
        message: `The path "${item.path}" must start with "/".`,
        fixes: [replaceFix(ctx.text, item.key, JSON.stringify('/' + item.path), `Rename to "/${item.path}"`)],
      });
    }
  },
};
