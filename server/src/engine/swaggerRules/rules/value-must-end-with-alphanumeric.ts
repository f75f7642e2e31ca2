// Certification: the connector title can't end in a non-alphanumeric character (punctuation, space, line break).
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION } from '../certification';
import { setFix, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'value-must-end-with-alphanumeric',
  validatorName: 'ValueMustEndWithAlphanumeric',
  severity: 'warning',
  category: 'swagger-validator',
  description: '`info.title` ends with a character that is not a letter or digit (certification).',
  profiles: CERTIFICATION,
  fixable: true,
  check(model, ctx) {
    const node = val(val(model.root, 'info'), 'title');
    const title = str(node);
    if (!node || title === undefined || title === '' || /[\p{L}\p{N}]$/u.test(title)) return;
    const trimmed = title.replace(/[^\p{L}\p{N}]+$/u, '');
    ctx.report({
      node,
      message: `The connector title ${shortValue(title)} ends with ${shortValue(title.slice(-1))}; certification needs it to end with a letter or digit.${trimmed ? ` Write ${shortValue(trimmed)}.` : ''}`,
      // Changes what users see as the connector's name: offered, never applied by fix-all.
      fixes: trimmed ? [setFix(node, trimmed, `Change the title to ${shortValue(trimmed)}`)] : undefined,
      data: { field: 'title' },
    });
  },
};
