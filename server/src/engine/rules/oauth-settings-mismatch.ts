// `type: oauthSetting` and `oAuthSettings` only work together: either alone is a broken or ignored sign-in.
import type { Rule } from './types';
import { paramLabel } from './util';

export const rule: Rule = {
  id: 'oauth-settings-mismatch',
  severity: 'error',
  category: 'oauth',
  description: '`type: "oauthSetting"` without `oAuthSettings` (error), or `oAuthSettings` on a parameter of another type (warning).',
  check(model, ctx) {
    for (const p of model.allParameters) {
      const isOAuthType = p.type?.toLowerCase() === 'oauthsetting';
      if (isOAuthType && !p.oAuthSettings && p.typeNode) {
        ctx.report({
          node: p.typeNode,
          message: `${paramLabel(p)} has type "${p.type}" but no "oAuthSettings": sign-in cannot work without an identity provider and client id. Add "oAuthSettings" (identityProvider, clientId, scopes, redirectMode, customParameters).`,
          supersedes: [p.property.keyNode],
        });
      } else if (!isOAuthType && p.oAuthSettings && p.type !== undefined) {
        ctx.report({
          node: p.oAuthSettings.property.keyNode,
          severity: 'warning',
          message: `"${p.oAuthSettings.property.keyNode.value}" is ignored on ${paramLabel(p)} because its type is "${p.type}": OAuth settings only apply to type "oauthSetting". Change the type to "oauthSetting" (and name the parameter "token"), or remove the settings.`,
          supersedes: p.oAuthSettings.node ? [p.oAuthSettings.node] : undefined,
        });
      }
    }
  },
};
