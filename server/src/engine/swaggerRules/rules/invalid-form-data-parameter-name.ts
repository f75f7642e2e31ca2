// Form field names travel in the request body's own encoding (multipart headers, url-encoded keys); the platform
// accepts US-ASCII names only.
import type { SwaggerRule } from '../types';
import { parameterNode, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'invalid-form-data-parameter-name',
  validatorName: 'InvalidFormDataParameterName',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `formData` parameter\'s `name` has a character outside US-ASCII.',
  check(model, ctx) {
    for (const p of model.parameters) {
      // eslint-disable-next-line no-control-regex
      if (p.in !== 'formData' || p.name === undefined || /^[\u0000-\u007f]*$/.test(p.name)) continue;
      const first = [...p.name].find(c => c.charCodeAt(0) > 0x7f) ?? '';
      ctx.report({
        node: parameterNode(p),
        message: `The form parameter name ${shortValue(p.name)} has the non-ASCII character ${shortValue(first)}: form field names must be US-ASCII. Rename the parameter (the API's field name must match).`,
      });
    }
  },
};
