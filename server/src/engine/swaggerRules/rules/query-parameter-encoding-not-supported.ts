// Query values are always encoded once by the platform; x-ms-url-encoding on a query parameter has no effect.
import { keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';
import { removeFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'query-parameter-encoding-not-supported',
  validatorName: 'QueryParameterEncodingNotSupported',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A query parameter sets `x-ms-url-encoding`, which only applies to path parameters.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.parameters) {
      if (p.in !== 'query') continue;
      const encoding = prop(p.node, 'x-ms-url-encoding');
      const key = keyOf(encoding);
      if (!encoding || !key) continue;
      ctx.report({
        node: key,
        message: `Query parameter "${p.name ?? ''}" sets "x-ms-url-encoding", but query values are always encoded once by the platform. Remove it.`,
        fixes: [removeFix(encoding.children![1], 'Remove "x-ms-url-encoding"')],
      });
    }
  },
};
