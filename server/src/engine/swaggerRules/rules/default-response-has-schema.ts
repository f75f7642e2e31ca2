// The designer takes outputs from the expected responses; a schema on `default` is not how outputs are defined.
import { keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation, removeFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'default-response-has-schema',
  validatorName: 'DefaultResponseHasSchema',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'The `default` response of an operation defines a `schema`.',
  fixable: true,
  check(model, ctx) {
    for (const op of model.operations) {
      const def = prop(op.responses, 'default')?.children?.[1];
      const schema = prop(def, 'schema');
      const key = keyOf(schema);
      if (!schema || !key) continue;
      ctx.report({
        node: key,
        message: `The "default" response of ${describeOperation(op)} has a schema; schemas belong on the expected responses (such as "200"). Move it to the success response, or remove it.`,
        fixes: [removeFix(schema.children![1], 'Remove the schema of the "default" response')],
      });
    }
  },
};
