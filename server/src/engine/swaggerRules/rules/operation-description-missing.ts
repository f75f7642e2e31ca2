// Certification: every operation has a summary (the action's name) and a description (its help text in the designer).
import { keyOf, prop, str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION } from '../certification';
import { describeOperation } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-description-missing',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation has no `summary` or no `description` (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    for (const op of model.operations) {
      if (str(val(op.node, 'x-ms-visibility')) === 'internal') continue;
      const missing = ['summary', 'description'].filter(k => (str(val(op.node, k)) ?? '').trim() === '');
      if (!missing.length) continue;
      // An empty value is pointed at; a missing one at the method key of the operation that lacks it.
      const empty = missing.length === 1 ? keyOf(prop(op.node, missing[0])) : undefined;
      ctx.report({
        node: empty ? val(op.node, missing[0]) : op.methodKey,
        message: `${describeOperation(op)} has no ${missing.map(m => `"${m}"`).join(' and ')}: certification asks for a summary (the action's name) and a description (its help text) on every operation.`,
        data: { missing },
      });
    }
  },
};
