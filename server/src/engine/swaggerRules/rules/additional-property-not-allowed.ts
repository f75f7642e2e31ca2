// A member Swagger 2.0 does not define for that object (and that is not an `x-` extension) is not read: often a
// keyword of another version (OpenAPI 3's `nullable`, `oneOf`) or one put in the wrong object.
import type { SwaggerRule } from '../types';
import { removeFix, replaceFix } from '../helpers';
import { KIND_NAMES, memberInOtherCase, shapeFindings } from '../shapes';
import { looksLikeExtension } from './extension-name-not-valid';

export const rule: SwaggerRule = {
  id: 'additional-property-not-allowed',
  validatorName: 'AdditionalPropertyNotAllowed',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An object has a member Swagger 2.0 does not define there (and it is not an `x-` extension).',
  fixable: true,
  check(model, ctx) {
    for (const u of shapeFindings(model).unknown) {
      if (looksLikeExtension(u.name)) continue;
      const value = u.key.parent?.children?.[1];
      // A member in the wrong case ("basepath") is meant as that member: rename it, unless the real one is there too.
      // One merged connector has such a key, so the platform has let it through: a warning.
      const meant = memberInOtherCase(u.kind, u.name);
      if (meant) {
        const both = u.owner.children?.some(p => p.children?.[0]?.value === meant);
        ctx.report({
          node: u.key,
          severity: 'warning',
          message: `"${u.name}" is not a Swagger 2.0 member of ${KIND_NAMES[u.kind]} (member names are case-sensitive), so it is not read; did you mean "${meant}"?${both ? ` This object also has "${meant}": keep one of them.` : ''}`,
          fixes: both ? undefined : [replaceFix(ctx.text, u.key, JSON.stringify(meant), `Rename to "${meant}"`)],
        });
        continue;
      }
      ctx.report({
        node: u.key,
        message: `"${u.name}" is not a Swagger 2.0 member of ${KIND_NAMES[u.kind]}, so it is not read: remove it, move it where it belongs, or rename it "x-${u.name}" if it is your own extension.`,
        fixes: value ? [removeFix(value, `Remove "${u.name}"`)] : undefined,
      });
    }
  },
};
