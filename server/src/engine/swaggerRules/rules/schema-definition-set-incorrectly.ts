// Certification: an action's outputs come from the schema of its 200 or 201 response (a webhook trigger's from
// x-ms-notification-content); without one the designer shows no outputs to later steps.
import { entries, str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION } from '../certification';
import { describeOperation } from '../helpers';

export const rule: SwaggerRule = {
  id: 'schema-definition-set-incorrectly',
  validatorName: 'SchemaDefinitionSetIncorrectly',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation with a 200 or 201 response defines no output schema on it (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    for (const op of model.operations) {
      // DELETE rarely returns a body; internal operations are not shown; webhooks describe outputs elsewhere.
      if (op.method.toLowerCase() === 'delete' || str(val(op.node, 'x-ms-visibility')) === 'internal' || val(op.node, 'x-ms-notification-content')) continue;
      const success = entries(op.responses).filter(e => e.name === '200' || e.name === '201');
      if (!success.length || success.some(e => e.value.type !== 'object' || val(e.value, 'schema') || val(e.value, '$ref'))) continue;
      ctx.report({
        node: success[0].key,
        message: `The ${success.map(e => `"${e.name}"`).join(' and ')} response of ${describeOperation(op)} has no "schema", so the designer shows no outputs for it. Add the response's schema (certification asks for one on every action unless the response is dynamic).`,
      });
    }
  },
};
