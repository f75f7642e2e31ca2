// A path parameter fills a segment of the URL; without a value the request cannot be built.
import { keyOf, prop, val } from '../model';
import type { SwaggerRule } from '../types';
import { parameterNode, addFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'path-parameter-must-be-required',
  validatorName: 'PathParameterMustBeRequired',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A parameter with `"in": "path"` is not marked `"required": true`.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.parameters) {
      if (p.in !== 'path') continue;
      const required = val(p.node, 'required');
      if (required?.type === 'boolean' && required.value === true) continue;
      const name = p.name ?? '(unnamed)';
      ctx.report({
        node: required ?? parameterNode(p),
        message: `Path parameter "${name}" must have "required": true: it fills a segment of the URL, so the request cannot be sent without it.`,
        fixes: [addFix(p.node, 'required', true, 'Set "required": true', true)],
        data: { parameter: name, hasRequiredKey: !!keyOf(prop(p.node, 'required')) },
      });
    }
  },
};
