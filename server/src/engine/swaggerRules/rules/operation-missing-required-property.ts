// The operation an x-ms-dynamic-* extension calls cannot be sent without its required parameters: when the call does
// not pass one, the dropdown or schema fails.
import type { SwaggerRule } from '../types';
import { calledOperation, dynamicArguments, dynamicCalls } from '../dynamic';
import { str, val } from '../model';
import { describeOperation, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-missing-required-property',
  validatorName: 'OperationMissingRequiredProperty',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-*` extension does not pass a parameter that the operation it calls requires.',
  check(model, ctx) {
    for (const call of dynamicCalls(model)) {
      const target = calledOperation(model, call);
      if (!target) continue;
      const passed = dynamicArguments(call).map(a => a.name);
      for (const p of target.parameters) {
        const required = val(p.node, 'required');
        if (p.name === undefined || required?.type !== 'boolean' || required.value !== true) continue;
        if (passed.includes(p.name)) continue;
        // An internal parameter with a default is sent by the platform; a body may be passed property by property.
        if (str(val(p.node, 'x-ms-visibility')) === 'internal' && val(p.node, 'default')) continue;
        if (p.in === 'body' && passed.some(n => !target.parameters.some(q => q.name === n && q.in !== 'body'))) continue;
        const where = call.parameters ? call.parameters.parent!.children![0] : call.operationIdNode ?? call.node.parent!.children![0];
        ctx.report({
          node: where,
          message: `${call.extension} calls ${describeOperation(target)}, which requires parameter ${shortValue(p.name)}, but does not pass it. Add ${shortValue(p.name)} to its "parameters".`,
          data: { parameter: p.name },
        });
      }
    }
  },
};
