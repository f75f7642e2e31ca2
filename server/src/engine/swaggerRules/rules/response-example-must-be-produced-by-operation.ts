// A response's `examples` are keyed by MIME type; an example for a type the operation does not produce is never used.
import { entries, str, val } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation, shortValue } from '../helpers';
import { resolveResponse } from '../schemaGraph';

const bare = (mime: string) => mime.split(';')[0].trim().toLowerCase();

export const rule: SwaggerRule = {
  id: 'response-example-must-be-produced-by-operation',
  validatorName: 'ResponseExampleMustBeProducedByOperation',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A response example is keyed by a MIME type the operation does not list in `produces`.',
  check(model, ctx) {
    const rootProduces = val(model.root, 'produces');
    for (const op of model.operations) {
      // The operation's own list replaces the root one; with neither, nothing says what it produces: left alone.
      const list = val(op.node, 'produces') ?? rootProduces;
      if (list?.type !== 'array') continue;
      // The produced types are read only for an operation with a response example (few have one).
      let produced: Set<string> | undefined;
      for (const r of entries(op.responses)) {
        const response = resolveResponse(model, r.value);
        for (const x of entries(val(response, 'examples'))) {
          produced ??= new Set((list.children ?? []).map(c => str(c)).filter((s): s is string => s !== undefined).map(bare));
          if (produced.has(bare(x.name))) continue;
          ctx.report({
            node: x.key,
            message: `The response example for ${shortValue(x.name)} is not produced by operation ${describeOperation(op)}: key it by a type in "produces"${produced.size ? ` (${[...produced].map(m => shortValue(m)).join(', ')})` : ''}, or add the type there.`,
          });
        }
      }
    }
  },
};
