// Certification: the connector's title and description must exist, and the publisher's contact is given in `info`.
import { prop, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION, ownerAnchor } from '../certification';

export const rule: SwaggerRule = {
  id: 'required-property-missing',
  validatorName: 'RequiredPropertyMissing',
  severity: 'error',
  category: 'swagger-validator',
  description: '`info` has no `title`, `description` or `contact` (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    const info = val(model.root, 'info');
    if (!info) {
      ctx.report({ ...ownerAnchor(model.root), message: 'The swagger has no "info": certification needs "info" with the connector\'s "title", "description" and "contact".', data: { property: 'info' } });
      return;
    }
    if (info.type !== 'object') return;
    const at = ownerAnchor(info);
    for (const name of ['title', 'description']) {
      if (prop(info, name)) continue;
      ctx.report({ ...at, message: `"info" has no "${name}": certification needs the connector's ${name}, written in English.`, data: { property: name } });
    }
    if (!prop(info, 'contact')) {
      ctx.report({
        ...at,
        // Every merged independent-publisher swagger has a contact; 25 certified ones do not.
        severity: ctx.profile === 'certified' ? 'warning' : undefined,
        message: '"info" has no "contact": certification shows the publisher\'s contact. Add "contact": { "name": ..., "url": ..., "email": ... }.',
        data: { property: 'contact' },
      });
    }
  },
};
