// A shared definition under the root `responses` that is itself only a `$ref` to another one: the validator does not
// follow chains of references there.
import { entries, keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'response-ref-loop-not-allowed',
  validatorName: 'ResponseRefLoopNotAllowed',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A definition under the root `responses` is a `$ref` to another definition.',
  check(model, ctx) {
    for (const e of entries(prop(model.root, 'responses')?.children?.[1])) {
      const ref = keyOf(prop(e.value, '$ref'));
      if (!ref || e.value.type !== 'object') continue;
      ctx.report({
        node: ref,
        message: `The shared response definition "${e.name}" is a "$ref" to another definition; definitions under "responses" may not point on. Write the definition out here, or refer to the other one directly.`,
      });
    }
  },
};
