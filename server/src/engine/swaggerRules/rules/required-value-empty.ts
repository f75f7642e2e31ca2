// Certification: the connector's title and description must have a value; an empty string is as good as none.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION } from '../certification';

export const rule: SwaggerRule = {
  id: 'required-value-empty',
  validatorName: 'RequiredValueEmpty',
  severity: 'error',
  category: 'swagger-validator',
  description: '`info.title` or `info.description` is empty (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    const info = val(model.root, 'info');
    for (const name of ['title', 'description']) {
      const node = val(info, name);
      const value = str(node);
      if (!node || value === undefined || value.trim() !== '') continue;
      ctx.report({ node, message: `"${name}" is empty: certification needs the connector's ${name}, written in English.`, data: { property: name } });
    }
  },
};
