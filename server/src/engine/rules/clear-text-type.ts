// Clients treat a parameter as secret when `clearText === false`; the string "false" makes a secret show in clear.
import type { Rule } from './types';
import { constraint, paramLabel, setFix, show } from './util';

export const rule: Rule = {
  id: 'clear-text-type',
  severity: 'warning',
  category: 'values',
  description: '`constraints.clearText` is not a JSON boolean.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.allParameters) {
      const value = constraint(p, 'clearText')?.valueNode;
      if (!value || value.type === 'boolean') continue;
      const lower = value.type === 'string' ? value.value.trim().toLowerCase() : undefined;
      const bool = lower === 'true' ? true : lower === 'false' ? false : undefined;
      ctx.report({
        node: value,
        message: `"clearText" of ${paramLabel(p)} is ${show(value)}, not a boolean: clients test clearText === false to mask a secret, so this input may show its value. Write ${bool !== undefined ? bool : 'true or false'} without quotes.`,
        fixes: bool !== undefined ? [setFix(value, bool, `Change to ${bool}`, true)] : undefined,
      });
    }
  },
};
