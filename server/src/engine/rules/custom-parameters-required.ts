// Each provider builds its sign-in URLs from customParameters; without them the sign-in cannot start.
import { CUSTOM_PARAMETERS } from './facts';
import type { FixData, Rule } from './types';
import { addFix, paramLabel } from './util';

/** Obvious placeholders: the author must replace them, and client-secret-style checks never mistake them for data. */
export const CUSTOM_PARAMETER_PLACEHOLDERS: Record<string, string> = {
  authorizationUrl: 'https://<login host>/oauth2/authorize',
  tokenUrl: 'https://<login host>/oauth2/token',
  refreshUrl: 'https://<login host>/oauth2/token',
  authorizationUrlTemplate: 'https://<login host>/oauth2/authorize',
  tokenUrlTemplate: 'https://<login host>/oauth2/token',
  refreshUrlTemplate: 'https://<login host>/oauth2/token',
  resourceUri: '<resource URI of the protected API>',
};

export const rule: Rule = {
  id: 'custom-parameters-required',
  severity: 'warning',
  category: 'oauth',
  description: 'An identity provider is missing `customParameters` it needs (aad: `resourceUri`; oauth2: authorization, token and refresh URLs; oauth2generic: their templates).',
  fixable: true,
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      const provider = s.identityProvider && CUSTOM_PARAMETERS[s.identityProvider];
      if (!provider || !provider.required.length || !s.node) continue;
      const present = new Set((s.customParameters?.properties ?? []).map(p => p.keyNode.value.toLowerCase()));
      const missing = provider.required.filter(k => !present.has(k.toLowerCase()));
      if (!missing.length) continue;
      const placeholder = (k: string) => ({ value: CUSTOM_PARAMETER_PLACEHOLDERS[k] ?? '' });
      // With customParameters present, one insertion per missing key keeps the rest of the object as written.
      const fixes: FixData[] = s.customParameters
        ? missing.map(k => addFix(s.customParameters!, [k], placeholder(k), `Add customParameters "${k}" (placeholder)`))
        : [addFix(s.node, ['customParameters'], Object.fromEntries(missing.map(k => [k, placeholder(k)])), `Add customParameters ${missing.join(', ')} (placeholders)`)];
      const cpProperty = s.customParameters?.parent?.type === 'property' ? s.customParameters.parent : undefined;
      ctx.report({
        node: cpProperty ? cpProperty.keyNode : s.property.keyNode,
        message: `identityProvider "${s.identityProvider}" of ${paramLabel(s.parameter)} needs customParameters ${missing.map(k => `"${k}"`).join(', ')}: the sign-in cannot be built without ${missing.length > 1 ? 'them' : 'it'}. Add ${missing.map(k => `"${k}": { "value": "..." }`).join(', ')}.`,
        fixes,
      });
    }
  },
};
