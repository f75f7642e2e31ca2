// The called operation's parameter has one type and the value passed from the source operation another: the call
// sends a value the service does not expect.
import type { SwaggerRule } from '../types';
import { declaredType, referencedArguments, typeFits } from '../dynamic';
import { describeOperation, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-parameter-type-mismatch',
  validatorName: 'OperationParameterTypeMismatch',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-*` extension fills a parameter of the operation it calls from a parameter or property of another type.',
  check(model, ctx) {
    for (const { call, argument: a, target, called, resolved } of referencedArguments(model)) {
      if (!target || called.length !== 1 || !resolved) continue;
      const expected = declaredType(model, called[0].node);
      const given = declaredType(model, resolved.chain[resolved.chain.length - 1]);
      if (expected === undefined || given === undefined || typeFits(expected, given)) continue;
      ctx.report({
        node: a.referenceNode,
        message: `${shortValue(a.name)} of ${describeOperation(target)} has type ${shortValue(expected)}, but ${call.extension} fills it from ${shortValue(a.reference)} of type ${shortValue(given)}. Make the two types match.`,
        data: { expected, given },
      });
    }
  },
};
