// A dynamic call that takes its value from a hidden (internal) parameter or property of the operation: the user
// never fills it, so the call only works by accident of a default.
import type { SwaggerRule } from '../types';
import { referencedArguments } from '../dynamic';
import { str, val } from '../model';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'source-property-internal',
  validatorName: 'SourcePropertyInternal',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-*` extension takes a value from a parameter or property of its operation that is internal (or inside an internal one).',
  check(model, ctx) {
    for (const { call, argument: a, source, resolved } of referencedArguments(model)) {
      if (str(val(source.node, 'x-ms-visibility')) === 'internal') continue;
      if (!resolved || !resolved.chain.some(n => str(val(n, 'x-ms-visibility')) === 'internal')) continue;
      ctx.report({
        node: a.referenceNode,
        message: `${call.extension} takes ${shortValue(a.name)} from ${shortValue(a.reference)}, which is internal (or inside an internal property) in operation ${shortValue(source.operationId ?? source.path)}. Make it visible, or pass a static "value" instead.`,
      });
    }
  },
};
