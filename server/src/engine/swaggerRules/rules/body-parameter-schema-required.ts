// A body parameter is described by its schema; without one the designer has no fields to show.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { parameterNode } from '../helpers';

export const rule: SwaggerRule = {
  id: 'body-parameter-schema-required',
  validatorName: 'BodyParameterSchemaRequired',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A parameter with `"in": "body"` has no `schema`.',
  check(model, ctx) {
    for (const p of model.parameters) {
      if (p.in !== 'body' || val(p.node, 'schema')) continue;
      ctx.report({ node: parameterNode(p), message: `Body parameter "${p.name ?? ''}" has no "schema". Describe the payload with "schema" (for example { "type": "object", "properties": { ... } }).` });
    }
  },
};
