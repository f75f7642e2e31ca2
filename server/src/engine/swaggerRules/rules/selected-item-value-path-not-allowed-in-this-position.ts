// `selectedItemValuePath` passes the item the user picked in a file picker: only x-ms-dynamic-tree's `browse`
// operation has a picked item.
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';
import { dynamicArguments, dynamicCalls } from '../dynamic';

export const rule: SwaggerRule = {
  id: 'selected-item-value-path-not-allowed-in-this-position',
  validatorName: 'SelectedItemValuePathNotAllowedInThisPosition',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `selectedItemValuePath` parameter value is used outside the `browse` operation of `x-ms-dynamic-tree`.',
  check(model, ctx) {
    for (const call of dynamicCalls(model)) {
      if (call.extension === 'x-ms-dynamic-tree.browse') continue;
      for (const a of dynamicArguments(call)) {
        if (a.kind !== 'selectedItemValuePath' || !a.referenceNode?.parent) continue;
        ctx.report({
          node: a.referenceNode.parent.children![0],
          message: `"selectedItemValuePath" (passing ${shortValue(a.name)}) is only allowed in the "browse" operation of x-ms-dynamic-tree; ${call.extension} has no selected item. Pass a "parameterReference" or a static "value" instead.`,
        });
      }
    }
  },
};
