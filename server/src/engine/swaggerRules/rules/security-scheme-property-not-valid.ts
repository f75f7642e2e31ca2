// A member that does not belong to the security definition's type (a tokenUrl on an implicit flow, scopes on an
// apiKey) is not read: usually a sign the type or the flow is not the one meant.
import { entries } from '../model';
import type { SwaggerRule } from '../types';
import { removeFix, shortValue } from '../helpers';
import { schemeKind, securitySchemes } from '../securitySchemes';

export const rule: SwaggerRule = {
  id: 'security-scheme-property-not-valid',
  validatorName: 'SecuritySchemePropertyNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `securityDefinitions` entry has a member its type (or oauth2 flow) does not define.',
  fixable: true,
  check(model, ctx) {
    for (const s of securitySchemes(model)) {
      if (!s.shape.allowed.size) continue; // oauth2 without a known flow: which members apply is unknown
      for (const e of entries(s.node)) {
        if (s.shape.allowed.has(e.name) || /^x-/i.test(e.name)) continue;
        ctx.report({
          node: e.key,
          message: `"${e.name}" does not belong in security definition ${shortValue(s.name)} of type "${schemeKind(s)}": remove it, or correct the type or flow if another one was meant.`,
          fixes: [removeFix(e.value, `Remove "${e.name}"`)],
        });
      }
    }
  },
};
