// The dialog orders inputs by a numeric tabIndex; a string or fraction sorts unpredictably.
import { getProperty } from '../ast';
import type { Rule } from './types';
import { paramLabel, setFix, show } from './util';

export const rule: Rule = {
  id: 'tab-index-type',
  severity: 'warning',
  category: 'values',
  description: '`tabIndex` is not an integer.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.allParameters) {
      for (const holder of [p.constraints, p.uiDefinition]) {
        const value = getProperty(holder, 'tabIndex')?.valueNode;
        if (!value || value.type === 'number' && Number.isInteger(value.value)) continue;
        const numeric = value.type === 'string' && /^\s*-?\d+\s*$/.test(value.value) ? parseInt(value.value, 10) : undefined;
        ctx.report({
          node: value,
          message: `"tabIndex" of ${paramLabel(p)} is ${show(value)}, not an integer: the dialog orders inputs by number. Write ${numeric ?? 'a whole number such as 1'} without quotes.`,
          fixes: numeric !== undefined ? [setFix(value, numeric, `Change to ${numeric}`, true)] : undefined,
        });
      }
    }
  },
};
