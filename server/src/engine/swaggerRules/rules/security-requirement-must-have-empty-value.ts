// Scopes belong to OAuth 2.0: a requirement on an API key or basic scheme lists none.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { securityRequirementEntries, setFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'security-requirement-must-have-empty-value',
  validatorName: 'SecurityRequirementMustHaveEmptyValue',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `security` requirement on a scheme that is not OAuth 2.0 lists scopes.',
  fixable: true,
  check(model, ctx) {
    const definitions = val(model.root, 'securityDefinitions');
    for (const e of securityRequirementEntries(model)) {
      const type = str(val(val(definitions, e.name), 'type'));
      if (type === undefined || type === 'oauth2' || e.value.type !== 'array' || !e.value.children?.length) continue;
      ctx.report({
        node: e.value,
        message: `"${e.name}" is a ${type} scheme, which has no scopes: its security requirement must be [].`,
        fixes: [setFix(e.value, [], 'Replace with []', true)],
      });
    }
  },
};
