// The platform reads x-ms-apimTemplate-operationName as a list of operationIds; a plain string is not applied as one.
import { OPERATION_NAME_KEY } from './facts';
import type { Rule } from './types';
import { setFix, show } from './util';

export const rule: Rule = {
  id: 'operation-name-array',
  severity: 'warning',
  category: 'policies',
  description: '`x-ms-apimTemplate-operationName` is not an array of operationId strings.',
  fixable: true,
  check(model, ctx) {
    for (const policy of model.policies) {
      const value = policy.operationNamesProperty?.valueNode;
      if (!value) continue;
      const label = `policy "${policy.title ?? policy.templateId}"`;
      if (value.type === 'array') {
        for (const item of value.items) {
          if (item.type === 'string') continue;
          ctx.report({ node: item, message: `Entries of "${OPERATION_NAME_KEY}" in ${label} must be operationId strings; ${show(item)} is not. Write the operationId in quotes.` });
        }
        continue;
      }
      ctx.report({
        node: value,
        message: `"${OPERATION_NAME_KEY}" in ${label} is ${show(value)}, not an array: the policy expects a list of operationIds (an empty list means all operations). ${value.type === 'string' ? `Write ["${value.value}"].` : 'Write ["<operationId>", ...].'}`,
        fixes: value.type === 'string' ? [setFix(value, [value.value], `Change to ["${value.value}"]`)] : undefined,
      });
    }
  },
};
