// Certification: the connector title has at most 30 characters, and the string guidance keeps an operation's summary
// (the action's name in the designer) within 80.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION, SUMMARY_GUIDANCE_MAX, TITLE_MAX } from '../certification';
import { describeOperation } from '../helpers';

export const rule: SwaggerRule = {
  id: 'field-length-exceeded',
  validatorName: 'FieldLengthExceeded',
  severity: 'warning',
  category: 'swagger-validator',
  description: `\`info.title\` has more than ${TITLE_MAX} characters, or an operation \`summary\` more than ${SUMMARY_GUIDANCE_MAX} (certification).`,
  profiles: CERTIFICATION,
  check(model, ctx) {
    const title = val(val(model.root, 'info'), 'title');
    const t = str(title);
    if (title && t !== undefined && t.length > TITLE_MAX) {
      ctx.report({
        node: title,
        // No merged independent-publisher title is longer (one certified one is): an error there, a warning for certified.
        severity: ctx.profile === 'independent-publisher' ? 'error' : undefined,
        message: `The connector title has ${t.length} characters; certification allows at most ${TITLE_MAX}. Shorten it to the product or organisation name.`,
        data: { field: 'title', limit: TITLE_MAX },
      });
    }
    for (const op of model.operations) {
      const node = val(op.node, 'summary');
      const s = str(node);
      // From 120 characters operation-summary-too-long reports it.
      if (!node || s === undefined || s.length <= SUMMARY_GUIDANCE_MAX || s.length >= 120) continue;
      ctx.report({
        node,
        message: `The summary of ${describeOperation(op)} has ${s.length} characters; the certification string guidance keeps the action name within ${SUMMARY_GUIDANCE_MAX}. Shorten it and move the detail to "description".`,
        data: { field: 'summary', limit: SUMMARY_GUIDANCE_MAX },
      });
    }
  },
};
