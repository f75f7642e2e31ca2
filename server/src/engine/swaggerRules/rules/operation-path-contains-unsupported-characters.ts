// The platform's routing does not accept a wildcard in a path template.
import { offsetInString } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'operation-path-contains-unsupported-characters',
  validatorName: 'OperationPathContainsUnsupportedCharacters',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A key of `paths` contains the wildcard `*`.',
  check(model, ctx) {
    for (const item of model.pathItems) {
      const i = item.path.indexOf('*');
      if (i < 0) continue;
      const offset = offsetInString(model.text, item.key, i);
      ctx.report({
        ...(offset !== undefined ? { offset, length: 1 } : { node: item.key }),
        message: `The path "${item.path}" contains the wildcard "*", which is not supported. Use a path parameter ("{name}") for the variable part.`,
      });
    }
  },
};
