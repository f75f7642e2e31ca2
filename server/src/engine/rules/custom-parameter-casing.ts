// Providers look customParameters up by exact key; `TokenUrl` is not `tokenUrl`.
import { CUSTOM_PARAMETERS } from './facts';
import type { Rule } from './types';
import { findIgnoreCase, paramLabel, renameKeyFix } from './util';

export const rule: Rule = {
  id: 'custom-parameter-casing',
  severity: 'warning',
  category: 'casing',
  description: 'A `customParameters` key is a known key of its identity provider in the wrong case (e.g. `TokenUrl`).',
  fixable: true,
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      const provider = s.identityProvider && CUSTOM_PARAMETERS[s.identityProvider];
      if (!provider || !s.customParameters) continue;
      const keys = new Set(s.customParameters.properties.map(p => p.keyNode.value));
      for (const p of s.customParameters.properties) {
        const key = p.keyNode.value;
        const canonical = findIgnoreCase(key, provider.known);
        if (!canonical || canonical === key) continue;
        const clash = keys.has(canonical);
        ctx.report({
          node: p.keyNode,
          message: `customParameters key "${key}" of ${paramLabel(s.parameter)} is in the wrong case for identityProvider "${s.identityProvider}": it expects "${canonical}". ${clash ? `Remove it ("${canonical}" is also present).` : `Rename it to "${canonical}".`}`,
          fixes: clash ? undefined : [renameKeyFix(p, canonical)],
        });
      }
    }
  },
};
