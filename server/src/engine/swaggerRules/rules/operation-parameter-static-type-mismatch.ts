// A static value passed to the called operation must be of the parameter's type.
import type { SwaggerRule } from '../types';
import { calledOperation, declaredType, dynamicArguments, dynamicCalls, jsonType, typeFits } from '../dynamic';
import { describeOperation, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-parameter-static-type-mismatch',
  validatorName: 'OperationParameterStaticTypeMismatch',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-*` extension passes a static value whose type differs from the called parameter\'s type.',
  check(model, ctx) {
    for (const call of dynamicCalls(model)) {
      const target = calledOperation(model, call);
      if (!target) continue;
      for (const a of dynamicArguments(call)) {
        if (!a.staticValue) continue;
        const called = target.parameters.filter(p => p.name === a.name);
        if (called.length !== 1) continue;
        const expected = declaredType(model, called[0].node);
        const given = jsonType(a.staticValue);
        if (expected === undefined || given === undefined || typeFits(expected, given)) continue;
        ctx.report({
          node: a.staticValue,
          message: `${shortValue(a.name)} of ${describeOperation(target)} has type ${shortValue(expected)}, but ${call.extension} passes a static value of type ${shortValue(given)}. Pass a value of that type.`,
          data: { expected, given },
        });
      }
    }
  },
};
