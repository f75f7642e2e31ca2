// A body parameter describes its payload with `schema`; `type`, `format`, `items`, `enum` and the like written on the
// parameter itself are not read.
import { entries, val } from '../model';
import type { SwaggerRule } from '../types';
import { removeFix, shortValue } from '../helpers';

const BODY_MEMBERS: ReadonlySet<string> = new Set(['name', 'in', 'description', 'required', 'schema']);

export const rule: SwaggerRule = {
  id: 'body-parameter-property-not-valid',
  validatorName: 'BodyParameterPropertyNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A body parameter has a member other than `name`, `in`, `description`, `required`, `schema` and `x-` extensions.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.parameters) {
      if (p.in !== 'body') continue;
      const hasSchema = val(p.node, 'schema')?.type === 'object';
      for (const e of entries(p.node)) {
        if (BODY_MEMBERS.has(e.name) || /^x-/i.test(e.name)) continue;
        ctx.report({
          node: e.key,
          message: `Body parameter ${shortValue(p.name ?? '(unnamed)')} cannot use "${e.name}": describe the payload in its "schema" instead${hasSchema ? '' : ' (move it there)'}.`,
          // With a schema present the stray member is dead weight; without one, it may be the only description: move, not drop.
          fixes: hasSchema ? [removeFix(e.value, `Remove "${e.name}"`)] : undefined,
        });
      }
    }
  },
};
