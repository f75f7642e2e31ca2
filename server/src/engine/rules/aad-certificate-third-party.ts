// The schema allows identityProvider `aadcertificate` only for first-party (Microsoft) apps.
import { getProperty } from '../ast';
import type { Rule } from './types';
import { paramLabel } from './util';

export const rule: Rule = {
  id: 'aad-certificate-third-party',
  severity: 'warning',
  category: 'oauth',
  description: '`identityProvider: "aadcertificate"` without `properties.IsFirstParty: "True"`.',
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      if (s.identityProvider !== 'aadcertificate' || !s.identityProviderNode) continue;
      const firstParty = getProperty(s.properties, 'IsFirstParty')?.valueNode;
      if (firstParty?.type === 'string' && firstParty.value.toLowerCase() === 'true') continue;
      ctx.report({
        node: s.identityProviderNode,
        message: `identityProvider "aadcertificate" of ${paramLabel(s.parameter)} is meant for first-party (Microsoft) apps, but IsFirstParty is not "True": a third-party app registration cannot use the certificate credential. Use "aad" for your own Entra ID app, or set properties.IsFirstParty to "True" if this really is a first-party app.`,
      });
    }
  },
};
