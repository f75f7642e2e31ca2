// The certification checklist rejects the default blue and white. 11 shipped certified connectors still use them, so
// the service does not enforce it: a warning, not an error (errors are for files that cannot work).
import { CERTIFIED_FORBIDDEN_COLORS } from './facts';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'icon-brand-color-certified',
  severity: 'warning',
  category: 'branding',
  description: 'Certified connectors must not use `#007ee5` or `#ffffff` as `iconBrandColor`.',
  profiles: ['certified'],
  check(model, ctx) {
    const value = model.member('iconBrandColor')?.valueNode;
    if (value?.type !== 'string' || !(CERTIFIED_FORBIDDEN_COLORS as readonly string[]).includes(value.value.toLowerCase())) return;
    ctx.report({
      node: value,
      message: `iconBrandColor "${value.value}" is not accepted for certified connectors (${CERTIFIED_FORBIDDEN_COLORS.join(' and ')} are reserved): use your brand colour, matching the non-white, non-transparent icon background.`,
    });
  },
};
