// A dropdown or picker reads its items from a list in the called operation's response (`value-collection`,
// `itemsPath`): when the response schema has no array there, the list cannot be built.
import type { SwaggerRule } from '../types';
import { responsePaths } from '../dynamic';
import { str, val } from '../model';
import { describeOperation, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'invoked-operation-should-produce-array',
  validatorName: 'InvokedOperationShouldProduceArray',
  severity: 'warning',
  category: 'swagger-validator',
  description: "The list path of an `x-ms-dynamic-values`, `x-ms-dynamic-list` or `x-ms-dynamic-tree` (`value-collection`, `itemsPath`) is not an array in the called operation's successful response.",
  check(model, ctx) {
    const { paths, listResults } = responsePaths(model);
    for (const entry of paths) {
      if (entry.expects !== 'array') continue;
      const result = listResults.get(entry);
      if (!result || 'unknown' in result) continue;
      const type = 'schema' in result ? str(val(result.schema, 'type')) : undefined;
      if ('schema' in result && (type === undefined || type === 'array')) continue;
      const why = 'missing' in result ? `its successful response schema has no property ${shortValue(result.missing)}${result.caseOnly !== undefined ? ` (it has ${shortValue(result.caseOnly)}: names are case-sensitive)` : ''} on that path` : `it is of type ${shortValue(type ?? "")} there`;
      ctx.report({
        node: entry.node,
        message: `${entry.call.extension} expects an array at ${shortValue(entry.path)} in the response of ${describeOperation(entry.target)}, but ${why}. Fix the path, or define that array in the operation's 200 response.`,
      });
    }
  },
};
