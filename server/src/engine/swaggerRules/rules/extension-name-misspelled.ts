// A misspelled extension (x-ms-visibilty, x-ms-summmary) is silently ignored by the platform and by the validator:
// the parameter shows up, or has no title, and nobody says why.
import type { SwaggerRule } from '../types';
import { replaceFix } from '../helpers';
import { KNOWN_EXTENSIONS, KNOWN_EXTENSION_SET } from '../extensions';
import { editDistance } from '../../suggest';
import { prop } from '../model';

/** The known extension `name` was most likely meant to be, if any. */
export function intendedExtension(name: string): string | undefined {
  if (KNOWN_EXTENSION_SET.has(name)) return undefined;
  const squeezed = name.replace(/\s+/g, '').toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of KNOWN_EXTENSIONS) {
    const k = known.toLowerCase();
    if (k === squeezed) return known; // case or stray spaces only
    if (Math.abs(k.length - squeezed.length) > 2) continue;
    const d = editDistance(squeezed, k);
    if (d < bestDistance) { bestDistance = d; best = known; }
  }
  // Two edits at most, and never on the short stem (x-ms-enum vs x-ms-editor stay apart).
  return best && bestDistance <= (best.length >= 12 ? 2 : 1) ? best : undefined;
}

export const rule: SwaggerRule = {
  id: 'extension-name-misspelled',
  severity: 'warning',
  category: 'swagger-extensions',
  description: 'An `x-ms-*` key is a misspelling of a known extension, which the platform silently ignores.',
  fixable: true,
  check(model, ctx) {
    for (const x of model.extensionKeys) {
      const intended = intendedExtension(x.name);
      if (!intended) continue;
      // Renaming next to the real key would make a duplicate key: say so, and leave the choice to the author.
      const both = !!prop(x.owner, intended);
      ctx.report({
        node: x.key,
        message: `"${x.name}" is not an extension the platform knows, so it is silently ignored; did you mean "${intended}"?${both ? ` This object also has "${intended}": keep one of them.` : ''}`,
        fixes: both ? undefined : [replaceFix(ctx.text, x.key, JSON.stringify(intended), `Rename to "${intended}"`, true)],
      });
    }
  },
};
