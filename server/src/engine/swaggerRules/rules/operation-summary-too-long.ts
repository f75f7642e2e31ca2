// The designer shows the summary as the action's title; the validator asks for fewer than 120 characters.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';

/** "fewer than 120 characters" (Learn, Fix Swagger Validator errors, OperationSummaryTooLong). */
export const SUMMARY_LIMIT = 120;

export const rule: SwaggerRule = {
  id: 'operation-summary-too-long',
  validatorName: 'OperationSummaryTooLong',
  severity: 'warning',
  category: 'swagger-validator',
  description: `An operation's \`summary\` has ${SUMMARY_LIMIT} characters or more.`,
  check(model, ctx) {
    for (const op of model.operations) {
      const node = val(op.node, 'summary');
      const summary = str(node);
      if (!node || summary === undefined || summary.length < SUMMARY_LIMIT) continue;
      ctx.report({
        node,
        message: `This summary has ${summary.length} characters; the designer shows it as the action's title and the validator wants fewer than ${SUMMARY_LIMIT}. Shorten it and move the detail to "description".`,
      });
    }
  },
};
