// The value, title or schema a dynamic extension reads must exist in the called operation's response (or in each of
// its items): a path to nothing gives empty dropdown entries or no schema.
import type { SwaggerRule } from '../types';
import { responsePaths, walkPath } from '../dynamic';
import { describeOperation, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'invoked-operation-should-produce-property',
  validatorName: 'InvokedOperationShouldProduceProperty',
  severity: 'warning',
  category: 'swagger-validator',
  description: "A value path of an `x-ms-dynamic-*` extension (`value-path`, `value-title`, `itemValuePath`, ...) names a property the called operation's successful response (or its items) does not define.",
  check(model, ctx) {
    for (const entry of responsePaths(model).paths) {
      if (entry.expects !== 'property') continue;
      const result = walkPath(model, entry.base, entry.path);
      if (!('missing' in result)) continue;
      ctx.report({
        node: entry.node,
        message: `${entry.call.extension} reads ${shortValue(entry.path)} from the response of ${describeOperation(entry.target)}, but its successful response schema has no property ${shortValue(result.missing)}${result.caseOnly !== undefined ? ` (it has ${shortValue(result.caseOnly)}: names are case-sensitive)` : ''} there. Fix the path, or define the property in the operation's 200 response.`,
        data: { missing: result.missing },
      });
    }
  },
};
