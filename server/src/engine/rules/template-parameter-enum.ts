// existsAction, httpMethod and retainKey take fixed values; anything else is rejected or falls back silently.
import { getProperty } from '../ast';
import { POLICY_TEMPLATES, TEMPLATE_PARAMETER_PREFIX } from './facts';
import type { Rule } from './types';
import { findIgnoreCase, setFix, show } from './util';

export const rule: Rule = {
  id: 'template-parameter-enum',
  severity: 'warning',
  category: 'policies',
  description: 'A policy parameter with fixed values (`existsAction`, `httpMethod`, `retainKey`) has another value.',
  fixable: true,
  check(model, ctx) {
    for (const policy of model.policies) {
      const id = policy.templateId?.toLowerCase();
      const enums = id ? POLICY_TEMPLATES[id]?.enums : undefined;
      if (!enums) continue;
      for (const [name, allowed] of Object.entries(enums)) {
        const value = getProperty(policy.parameters, TEMPLATE_PARAMETER_PREFIX + name)?.valueNode;
        if (!value || value.type === 'string' && allowed.includes(value.value)) continue;
        const canonical = value.type === 'string' ? findIgnoreCase(value.value, allowed) : undefined;
        ctx.report({
          node: value,
          message: `${name} ${show(value)} in policy "${policy.title ?? policy.templateId}" is not valid for ${id}: use one of ${allowed.map(a => `"${a}"`).join(', ')}.`,
          fixes: canonical ? [setFix(value, canonical, `Change to "${canonical}"`, true)] : undefined,
        });
      }
    }
  },
};
