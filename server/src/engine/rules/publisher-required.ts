// Certification needs the publisher (company, or the author's name for Independent Publisher) in the file.
import type { Rule } from './types';
import { requireMember } from './certification';

export const rule: Rule = {
  id: 'publisher-required',
  severity: 'warning',
  category: 'branding',
  description: '`publisher` is missing, empty or a placeholder (certified and Independent Publisher connectors).',
  profiles: ['certified', 'independent-publisher'],
  check(model, ctx) {
    requireMember(model, ctx, 'publisher', ctx.profile === 'independent-publisher'
      ? 'your full name (or your company\'s name)'
      : 'the name of your company or organisation');
  },
};
