// A name passed to the called operation that is both one of its parameters and a property of its body: the platform
// cannot tell which one gets the value.
import type { SwaggerRule } from '../types';
import { bodyProperties, calledOperation, dynamicArguments, dynamicCalls } from '../dynamic';
import { val } from '../model';
import { describeOperation, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-parameter-name-is-ambiguous',
  validatorName: 'OperationParameterNameIsAmbiguous',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-*` extension passes a name that is both a parameter and a body property of the operation it calls.',
  check(model, ctx) {
    for (const call of dynamicCalls(model)) {
      const target = calledOperation(model, call);
      const body = target ? bodyProperties(model, target) : undefined;
      if (!target || !body) continue;
      for (const a of dynamicArguments(call)) {
        if (!val(body, a.name) || !target.parameters.some(p => p.name === a.name && p.in !== 'body')) continue;
        ctx.report({
          node: a.key,
          message: `${shortValue(a.name)} is both a parameter and a body property of ${describeOperation(target)}, so ${call.extension} passes an ambiguous value. Rename the parameter or the body property.`,
        });
      }
    }
  },
};
