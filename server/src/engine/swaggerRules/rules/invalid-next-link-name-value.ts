// x-ms-pageable's nextLinkName names the response property with the next page's URL; the validator accepts two names.
// Warning: one merged connector (3 operations) uses another name.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation } from '../helpers';

const NAMES = ['nextLink', '@odata.nextLink'];

export const rule: SwaggerRule = {
  id: 'invalid-next-link-name-value',
  validatorName: 'InvalidNextLinkNameValue',
  severity: 'warning',
  category: 'swagger-validator',
  description: '`x-ms-pageable.nextLinkName` is not `nextLink` or `@odata.nextLink`.',
  check(model, ctx) {
    for (const op of model.operations) {
      const node = val(val(op.node, 'x-ms-pageable'), 'nextLinkName');
      const name = str(node);
      if (!node || (name !== undefined && NAMES.includes(name)) || node.type === 'null') continue;
      ctx.report({ node, message: `nextLinkName of ${describeOperation(op)} must be "nextLink" or "@odata.nextLink"; the platform does not page with other names.` });
    }
  },
};
