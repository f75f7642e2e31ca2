// A security definition without a member its type needs (apiKey's name and in, oauth2's flow, URLs and scopes) cannot
// be used to sign in or to send the key.
import { prop } from '../model';
import type { SwaggerRule } from '../types';
import { addFix, shortValue } from '../helpers';
import { schemeKind, securitySchemes } from '../securitySchemes';

export const rule: SwaggerRule = {
  id: 'security-scheme-property-required',
  validatorName: 'SecuritySchemePropertyRequired',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `securityDefinitions` entry lacks a member its type requires (apiKey `name`/`in`; oauth2 `flow`, URLs, `scopes`).',
  fixable: true,
  check(model, ctx) {
    for (const s of securitySchemes(model)) {
      for (const member of s.shape.required) {
        if (prop(s.node, member)) continue;
        // An empty scopes map is the one member with a neutral value; URLs, names and locations are the author's.
        const fix = member === 'scopes' ? [addFix(s.node, 'scopes', {}, 'Add "scopes": {}', true)] : undefined;
        ctx.report({
          node: s.key,
          message: `Security definition ${shortValue(s.name)} of type "${schemeKind(s)}" must have "${member}"${member === 'scopes' ? ' (an empty object when the API has no scopes)' : ''}: add it.`,
          fixes: fix,
          data: { member },
        });
      }
    }
  },
};
