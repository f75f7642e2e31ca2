// The platform reads only `oAuthSettings`; any other casing leaves the OAuth parameter without settings.
import { getProperty } from '../ast';
import type { Rule } from './types';
import { paramLabel, renameKeyFix } from './util';

export const rule: Rule = {
  id: 'oauth-settings-casing',
  severity: 'error',
  category: 'casing',
  description: 'The OAuth settings key is spelled `oauthSettings` (or another casing) instead of `oAuthSettings`.',
  fixable: true,
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      const key = s.property.keyNode.value;
      if (key === 'oAuthSettings') continue;
      const clash = !!getProperty(s.parameter.node, 'oAuthSettings');
      ctx.report({
        node: s.property.keyNode,
        message: `"${key}" of ${paramLabel(s.parameter)} is not read: the platform only knows "oAuthSettings" (capital A), so sign-in has no settings. ${clash ? 'Merge it into the existing "oAuthSettings" and remove it.' : 'Rename it to "oAuthSettings".'}`,
        fixes: clash ? undefined : [renameKeyFix(s.property, 'oAuthSettings')],
        // The schema's "Missing property oAuthSettings" on the parameter name is this same problem.
        supersedes: [s.parameter.property.keyNode],
      });
    }
  },
};
