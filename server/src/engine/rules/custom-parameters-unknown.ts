// A customParameters key the provider does not read is dead configuration, usually a typo or a copy from another provider.
import { CUSTOM_PARAMETERS } from './facts';
import type { Rule } from './types';
import { findIgnoreCase, nearest, paramLabel } from './util';
import { templatePlaceholders } from './oauth2generic-placeholder';

export const rule: Rule = {
  id: 'custom-parameters-unknown',
  severity: 'warning',
  category: 'oauth',
  description: 'A `customParameters` key does not belong to the identity provider.',
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      const provider = s.identityProvider && CUSTOM_PARAMETERS[s.identityProvider];
      if (!provider || !s.customParameters) continue;
      // oauth2generic: extra keys are template variables; only the ones no template uses are dead.
      const used = provider.open ? new Set(templatePlaceholders(s, ctx.text).map(p => p.name.toLowerCase())) : undefined;
      for (const p of s.customParameters.properties) {
        const key = p.keyNode.value;
        if (findIgnoreCase(key, provider.known)) continue; // wrong case: custom-parameter-casing
        if (used?.has(key.toLowerCase())) continue;
        const suggestion = nearest(key, provider.known);
        const known = provider.known.length ? provider.known.map(k => `"${k}"`).join(', ') : 'none';
        ctx.report({
          node: p.keyNode,
          message: provider.open
            ? `customParameters key "${key}" of ${paramLabel(s.parameter)} is neither an oauth2generic setting nor used as {${key}} in any template, so it has no effect. ${suggestion ? `Did you mean "${suggestion}"? ` : ''}Use it in a template or remove it.`
            : `customParameters key "${key}" of ${paramLabel(s.parameter)} is not read by identityProvider "${s.identityProvider}" (it reads ${known}). ${suggestion ? `Did you mean "${suggestion}"?` : 'Remove it.'}`,
        });
      }
    }
  },
};
