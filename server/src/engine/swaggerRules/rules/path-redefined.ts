// Paths that differ only in letter case route to the same place: the platform cannot tell them apart.
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'path-redefined',
  validatorName: 'PathRedefined',
  severity: 'error',
  category: 'swagger-validator',
  description: 'Two keys of `paths` differ only in letter case.',
  check(model, ctx) {
    const seen = new Map<string, string>();
    for (const item of model.pathItems) {
      const lower = item.path.toLowerCase();
      const first = seen.get(lower);
      if (first === undefined) { seen.set(lower, item.path); continue; }
      if (first === item.path) continue; // an exact duplicate key is the JSON support's duplicate-key error
      ctx.report({ node: item.key, message: `The path "${item.path}" differs from "${first}" only in letter case; paths must be unique ignoring case. Merge their operations under one path.` });
    }
  },
};
