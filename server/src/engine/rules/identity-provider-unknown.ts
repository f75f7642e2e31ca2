// An unknown identityProvider cannot be configured by the service; a wrong case is most likely a typo.
import { IDENTITY_PROVIDERS_OBSERVED, IDENTITY_PROVIDERS_SCHEMA } from './facts';
import type { Rule } from './types';
import { findIgnoreCase, nearest, paramLabel, setFix } from './util';

const KNOWN = [...IDENTITY_PROVIDERS_SCHEMA, ...IDENTITY_PROVIDERS_OBSERVED];

export const rule: Rule = {
  id: 'identity-provider-unknown',
  severity: 'warning',
  category: 'oauth',
  description: '`identityProvider` is not a provider the platform knows.',
  fixable: true,
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      const node = s.identityProviderNode;
      if (node?.type !== 'string' || (KNOWN as string[]).includes(node.value)) continue;
      const suggestion = findIgnoreCase(node.value, KNOWN) ?? nearest(node.value, KNOWN);
      ctx.report({
        node,
        message: `identityProvider "${node.value}" of ${paramLabel(s.parameter)} is not known to the platform (known: ${IDENTITY_PROVIDERS_SCHEMA.join(', ')}). ${suggestion ? `Did you mean "${suggestion}"?` : 'For any other OAuth 2.0 service use "oauth2" with authorizationUrl, tokenUrl and refreshUrl.'}`,
        fixes: suggestion ? [setFix(node, suggestion, `Change to "${suggestion}"`, suggestion.toLowerCase() === node.value.toLowerCase())] : undefined,
      });
    }
  },
};
