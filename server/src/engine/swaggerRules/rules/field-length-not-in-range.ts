// Certification: the connector description has 30 to 500 characters.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION, DESCRIPTION_MAX, DESCRIPTION_MIN } from '../certification';

export const rule: SwaggerRule = {
  id: 'field-length-not-in-range',
  validatorName: 'FieldLengthNotInRange',
  severity: 'error',
  category: 'swagger-validator',
  description: `\`info.description\` is shorter than ${DESCRIPTION_MIN} or longer than ${DESCRIPTION_MAX} characters (certification).`,
  profiles: CERTIFICATION,
  check(model, ctx) {
    const node = val(val(model.root, 'info'), 'description');
    const d = str(node);
    // An empty description is required-value-empty's; a missing one required-property-missing's.
    if (!node || d === undefined || d.trim() === '' || (d.length >= DESCRIPTION_MIN && d.length <= DESCRIPTION_MAX)) return;
    ctx.report({
      node,
      message: `The connector description has ${d.length} characters; certification needs ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX}. ${d.length < DESCRIPTION_MIN ? 'Say what the service is and what the connector lets users do.' : 'Keep the main purpose and value; move the rest to the connector\'s readme.'}`,
      data: { field: 'description', min: DESCRIPTION_MIN, max: DESCRIPTION_MAX },
    });
  },
};
