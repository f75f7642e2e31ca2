// Only a body parameter has a schema; other locations take type/format/items directly.
import { keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'non-body-parameter-schema-not-valid',
  validatorName: 'NonBodyParameterSchemaNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A parameter that is not `"in": "body"` defines a `schema`.',
  check(model, ctx) {
    for (const p of model.parameters) {
      if (p.in === undefined || p.in === 'body') continue;
      const key = keyOf(prop(p.node, 'schema'));
      if (!key) continue;
      ctx.report({ node: key, message: `Parameter "${p.name ?? ''}" is "in": "${p.in}" and cannot have a "schema": describe it with "type" (and "format", "items") directly.` });
    }
  },
};
