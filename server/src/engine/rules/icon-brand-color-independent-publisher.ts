// Independent Publisher connectors all share one brand colour, #da3b01 (repo README and PR template).
import { IP_BRAND_COLOR } from './facts';
import type { Rule } from './types';
import { setFix, show } from './util';

export const rule: Rule = {
  id: 'icon-brand-color-independent-publisher',
  severity: 'error',
  category: 'branding',
  description: 'Independent Publisher connectors must use `iconBrandColor` `#da3b01`.',
  profiles: ['independent-publisher'],
  fixable: true,
  check(model, ctx) {
    const value = model.member('iconBrandColor')?.valueNode;
    if (!value || value.type === 'string' && value.value.toLowerCase() === IP_BRAND_COLOR) return;
    ctx.report({
      node: value,
      message: `iconBrandColor ${show(value)} is not allowed for an Independent Publisher connector: they must use "${IP_BRAND_COLOR}". Change it to "${IP_BRAND_COLOR}".`,
      fixes: [setFix(value, IP_BRAND_COLOR, `Change to "${IP_BRAND_COLOR}"`, true)],
    });
  },
};
