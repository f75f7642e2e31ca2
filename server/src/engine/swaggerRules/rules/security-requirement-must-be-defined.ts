// A security requirement naming a scheme that securityDefinitions lacks names nothing the connection can use.
// Warning: 22 merged connectors carry one (the platform takes authentication from securityDefinitions).
import { entries, val } from '../model';
import type { SwaggerRule } from '../types';
import { securityRequirementEntries } from '../helpers';

export const rule: SwaggerRule = {
  id: 'security-requirement-must-be-defined',
  validatorName: 'SecurityRequirementMustBeDefined',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A `security` requirement names a scheme that `securityDefinitions` does not define.',
  check(model, ctx) {
    const defined = new Set(entries(val(model.root, 'securityDefinitions')).map(e => e.name));
    for (const e of securityRequirementEntries(model)) {
      if (defined.has(e.name)) continue;
      ctx.report({
        node: e.key,
        message: `The security requirement "${e.name}" is not defined in "securityDefinitions". Define it there, or use one of ${defined.size ? [...defined].map(d => `"${d}"`).join(', ') : 'the defined schemes (there are none)'}.`,
      });
    }
  },
};
