// An internal parameter is hidden from the user, so its default is the only value it can have; an optional internal
// parameter is left out of the request, and the default never reaches the API.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { addFix, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'property-must-be-required',
  validatorName: 'PropertyMustBeRequired',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A parameter is `x-ms-visibility: internal` with a `default` but is not `"required": true`.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.parameters) {
      const visibility = val(p.node, 'x-ms-visibility');
      if (str(visibility) !== 'internal' || p.in === 'body' || !val(p.node, 'default')) continue;
      const required = val(p.node, 'required');
      if (required?.type === 'boolean' && required.value === true) continue;
      ctx.report({
        node: required ?? visibility!,
        message: `Parameter ${shortValue(p.name ?? '(unnamed)')} is internal with a default but not required: optional internal parameters are left out, so the default is never sent. Set "required": true.`,
        // Not safe: from then on the default is sent with every request, which changes what the API receives.
        fixes: [addFix(p.node, 'required', true, 'Set "required": true')],
      });
    }
  },
};
