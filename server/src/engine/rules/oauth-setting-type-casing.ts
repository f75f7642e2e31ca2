// Clients compare the parameter type literally with 'oauthSetting'; `oAuthSetting` is not recognised as OAuth.
import type { Rule } from './types';
import { paramLabel, setFix } from './util';

export const rule: Rule = {
  id: 'oauth-setting-type-casing',
  severity: 'error',
  category: 'casing',
  description: 'Parameter `type` is `oAuthSetting` (or another casing) instead of `oauthSetting`.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.allParameters) {
      if (!p.type || !p.typeNode || p.type === 'oauthSetting' || p.type.toLowerCase() !== 'oauthsetting') continue;
      ctx.report({
        node: p.typeNode,
        message: `Type "${p.type}" of ${paramLabel(p)} is not recognised: clients compare the type literally with "oauthSetting" (lower-case o, capital S). Change it to "oauthSetting".`,
        fixes: [setFix(p.typeNode, 'oauthSetting', 'Change to "oauthSetting"', true)],
      });
    }
  },
};
