// A local `$ref` is "#" followed by a JSON Pointer (RFC 6901): empty, or "/"-separated segments where "~" is only
// "~0" or "~1"; as a URI fragment, "%" must start a valid escape. Anything else points nowhere.
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';

/** Why `fragment` (after "#") is not a JSON Pointer, or undefined when it is one. */
export function pointerProblem(fragment: string): string | undefined {
  if (fragment !== '' && !fragment.startsWith('/')) return 'after "#" it must start with "/"';
  if (/~(?![01])/.test(fragment)) return '"~" may only appear as "~0" (for ~) or "~1" (for /)';
  try { decodeURIComponent(fragment); } catch { return 'it has a "%" that is not a valid escape'; }
  return undefined;
}

export const rule: SwaggerRule = {
  id: 'json-pointer-not-valid',
  validatorName: 'JsonPointerNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A local `$ref` ("#...") is not a valid JSON Pointer.',
  check(model, ctx) {
    for (const node of model.refs) {
      const ref = String(node.value);
      const hash = ref.indexOf('#');
      if (hash !== 0) continue; // external and relative references are the *-reference-not-valid rules' business
      const problem = pointerProblem(ref.slice(1));
      if (!problem) continue;
      ctx.report({ node, message: `${shortValue(ref)} is not a valid JSON Pointer: ${problem}. Write it as "#/definitions/<name>" (or "#/parameters/...", "#/responses/...").` });
    }
  },
};
