// An OAuth 2.0 requirement lists scopes the scheme defines in its `scopes`.
import { prop, str, val } from '../model';
import type { SwaggerRule } from '../types';
import { securityRequirementEntries, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'oauth-security-requirement-value-must-be-scope-name',
  validatorName: 'OAuthSecurityRequirementValueMustBeScopeName',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An OAuth 2.0 security requirement names a scope its security definition does not define.',
  check(model, ctx) {
    const definitions = val(model.root, 'securityDefinitions');
    for (const e of securityRequirementEntries(model)) {
      const definition = val(definitions, e.name);
      if (str(val(definition, 'type')) !== 'oauth2' || e.value.type !== 'array') continue;
      const scopes = val(definition, 'scopes');
      for (const item of e.value.children ?? []) {
        if (item.type !== 'string' || prop(scopes, String(item.value))) continue;
        ctx.report({
          node: item,
          message: `Scope ${shortValue(String(item.value))} is not defined in the "scopes" of security definition "${e.name}": add it there, or remove it here.`,
        });
      }
    }
  },
};
