// The called operation requires a parameter, but the call fills it from an optional one of the source operation:
// until the user fills that, the call cannot be made.
import type { SwaggerRule } from '../types';
import { referencedArguments } from '../dynamic';
import { val } from '../model';
import { describeOperation, shortValue } from '../helpers';
import type { Node } from 'jsonc-parser';

const isRequired = (node: Node) => { const r = val(node, 'required'); return r?.type === 'boolean' && r.value === true; };

export const rule: SwaggerRule = {
  id: 'operation-parameter-required-mismatch',
  validatorName: 'OperationParameterRequiredMismatch',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-*` extension fills a required parameter of the operation it calls from an optional parameter of its own operation.',
  check(model, ctx) {
    for (const { call, argument: a, source, target, called, resolved } of referencedArguments(model)) {
      if (!target || called.length !== 1 || !isRequired(called[0].node)) continue;
      // Only a plain parameter reference: a body property's requiredness depends on every schema above it.
      if (!resolved || resolved.chain.length !== 1 || isRequired(resolved.parameter.node)) continue;
      ctx.report({
        node: a.referenceNode,
        message: `${shortValue(a.name)} is required by ${describeOperation(target)}, but ${call.extension} fills it from ${shortValue(a.reference)}, which is optional in ${describeOperation(source)}. Make that parameter required, or pass a static "value".`,
      });
    }
  },
};
