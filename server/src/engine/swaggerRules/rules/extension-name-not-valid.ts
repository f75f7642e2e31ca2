// A key that is meant as an extension but does not start with "x-" exactly (X-ms-summary, x_custom, xms-trigger) is
// not an extension: it is an unknown member, which the validator rejects.
import type { SwaggerRule } from '../types';
import { replaceFix } from '../helpers';
import { KIND_NAMES, shapeFindings } from '../shapes';
import { intendedExtension } from './extension-name-misspelled';

/** An unknown key written like an extension: "x"/"X" then "-", "_", "." or "ms", but not the exact "x-" prefix. */
export function looksLikeExtension(name: string): boolean {
  return !name.startsWith('x-') && /^x(?:[-_.]|ms)/i.test(name);
}

export const rule: SwaggerRule = {
  id: 'extension-name-not-valid',
  validatorName: 'ExtensionNameNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A key written like an extension does not start with `x-` exactly (lowercase, with a hyphen).',
  fixable: true,
  check(model, ctx) {
    for (const u of shapeFindings(model).unknown) {
      // A known x-ms-* name in another case is extension-name-misspelled's (with the exact name to use).
      if (!looksLikeExtension(u.name) || intendedExtension(u.name)) continue;
      const renamed = 'x-' + u.name.replace(/^x[-_.]?/i, '');
      const taken = u.owner.children?.some(p => p.children?.[0]?.value === renamed);
      ctx.report({
        node: u.key,
        message: `"${u.name}" in ${KIND_NAMES[u.kind]} is neither a Swagger 2.0 member nor an extension: extension names must begin with "x-" (lowercase, with a hyphen), e.g. ${JSON.stringify(renamed)}.`,
        fixes: taken ? undefined : [replaceFix(ctx.text, u.key, JSON.stringify(renamed), `Rename to "${renamed}"`)],
      });
    }
  },
};
