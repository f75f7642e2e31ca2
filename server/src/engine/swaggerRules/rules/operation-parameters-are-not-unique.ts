// An operation's `parameters` list is a set (Swagger 2.0 says its items are unique): the same item twice, typically
// one `$ref` pasted twice, is a copy to remove.
import type { Node } from 'jsonc-parser';
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { valueKey } from '../schemaTypes';
import { describeOperation, removeFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-parameters-are-not-unique',
  validatorName: 'OperationParametersAreNotUnique',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation\'s `parameters` list holds the same item twice (identical JSON, e.g. one `$ref` repeated).',
  fixable: true,
  check(model, ctx) {
    for (const op of model.operations) {
      const list = val(op.node, 'parameters');
      if (list?.type !== 'array') continue;
      // Items are grouped by a cheap key (the $ref, or name and location); only items sharing one are compared whole.
      // Per cheap key: its first item until a second arrives, then the set of whole keys seen.
      const groups = new Map<string, Node | Set<string>>();
      for (const item of list.children ?? []) {
        if (item.type !== 'object') continue;
        const ref = val(item, '$ref');
        const cheap = ref ? `$ref\u0000${String(ref.value)}` : `${String(val(item, 'in')?.value)}\u0000${String(val(item, 'name')?.value)}`;
        const earlier = groups.get(cheap);
        if (!earlier) { groups.set(cheap, item); continue; }
        const wholes = earlier instanceof Set ? earlier : new Set([valueKey(earlier)]);
        groups.set(cheap, wholes);
        const whole = valueKey(item);
        if (!wholes.has(whole)) { wholes.add(whole); continue; }
        ctx.report({
          node: ref ? item : val(item, 'name') ?? item,
          message: `Operation ${describeOperation(op)} lists this parameter twice, identically. Remove the copy.`,
          // The copy is identical, so removing it changes nothing else.
          fixes: [removeFix(item, 'Remove the repeated parameter', true)],
        });
      }
    }
  },
};
