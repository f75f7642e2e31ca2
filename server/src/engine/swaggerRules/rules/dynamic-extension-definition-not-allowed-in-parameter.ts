// A body parameter's value is its schema: the x-ms-dynamic-* extensions that shape or fill it belong in that schema,
// not on the parameter object, where they are not read.
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';
import { entries } from '../model';

const DYNAMIC = new Set(['x-ms-dynamic-values', 'x-ms-dynamic-schema', 'x-ms-dynamic-list', 'x-ms-dynamic-properties', 'x-ms-dynamic-tree']);

export const rule: SwaggerRule = {
  id: 'dynamic-extension-definition-not-allowed-in-parameter',
  validatorName: 'DynamicExtensionDefinitionNotAllowedInParameter',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A body parameter defines an `x-ms-dynamic-*` extension on the parameter itself instead of in its `schema`.',
  check(model, ctx) {
    for (const p of model.parameters) {
      if (p.in !== 'body') continue;
      for (const e of entries(p.node)) {
        if (!DYNAMIC.has(e.name)) continue;
        ctx.report({
          node: e.key,
          message: `"${e.name}" is defined on the body parameter${p.name !== undefined ? ` ${shortValue(p.name)}` : ''}; dynamic extensions of a body belong in its "schema". Move it into the schema object.`,
        });
      }
    }
  },
};
