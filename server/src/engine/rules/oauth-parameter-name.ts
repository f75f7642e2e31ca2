// paconn injects the client secret only into a parameter named `token`; any other name never gets its secret.
import { getProperty } from '../ast';
import type { Rule } from './types';
import { paramLabel, renameKeyFix } from './util';

export const rule: Rule = {
  id: 'oauth-parameter-name',
  severity: 'warning',
  category: 'oauth',
  description: 'An OAuth (`oauthSetting`) parameter is not named `token`.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.allParameters) {
      if (p.type?.toLowerCase() !== 'oauthsetting' || p.name === 'token') continue;
      const siblings = p.property.parent;
      const clash = !!getProperty(siblings, 'token');
      ctx.report({
        node: p.property.keyNode,
        message: `OAuth ${paramLabel(p)} is not named "token": paconn and pac inject the client secret only into "token", and token:<name> inputs and clients expect that name. ${clash ? 'Use one OAuth parameter named "token".' : 'Rename it to "token".'}`,
        fixes: clash ? undefined : [renameKeyFix(p.property, 'token', false)],
      });
    }
  },
};
