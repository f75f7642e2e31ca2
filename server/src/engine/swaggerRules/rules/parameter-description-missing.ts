// Certification: every parameter users see has a title ("x-ms-summary") and a description (its help text).
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION } from '../certification';
import { parameterNode } from '../helpers';

export const rule: SwaggerRule = {
  id: 'parameter-description-missing',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A visible non-body parameter has no `x-ms-summary` or no `description` (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    for (const p of model.parameters) {
      // Body parameters are described by their schema's properties; internal ones are never shown.
      if (p.in === 'body' || p.in === undefined || str(val(p.node, 'x-ms-visibility')) === 'internal') continue;
      const missing = ['x-ms-summary', 'description'].filter(k => (str(val(p.node, k)) ?? '').trim() === '');
      if (!missing.length) continue;
      ctx.report({
        node: parameterNode(p),
        message: `Parameter "${p.name ?? '(unnamed)'}" has no ${missing.map(m => `"${m}"`).join(' and ')}: certification asks for a title ("x-ms-summary") and a description on every parameter users see.`,
        data: { missing },
      });
    }
  },
};
