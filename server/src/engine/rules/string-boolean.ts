// Clients compare `required`/`hidden`/`hideInUI` with === 'true', so a JSON boolean silently does nothing.
import type { Rule } from './types';
import { constraint, paramLabel, setFix } from './util';

const KEYS = ['required', 'hidden', 'hideInUI'] as const;

export const rule: Rule = {
  id: 'string-boolean',
  severity: 'warning',
  category: 'values',
  description: '`required`, `hidden` or `hideInUI` in `constraints` is not the string "true" or "false".',
  fixable: true,
  check(model, ctx) {
    for (const p of model.allParameters) {
      for (const key of KEYS) {
        const value = constraint(p, key)?.valueNode;
        if (!value) continue;
        if (value.type === 'boolean') {
          const text = String(value.value);
          ctx.report({
            node: value,
            message: `"${key}" of ${paramLabel(p)} is the JSON boolean ${text}: clients compare it with the string "${text}", so it has no effect. Write "${text}" (in quotes).`,
            fixes: [setFix(value, text, `Change to "${text}"`, true)],
          });
        } else if (value.type === 'string' && value.value !== 'true' && value.value !== 'false') {
          const lower = value.value.trim().toLowerCase();
          const canonical = lower === 'true' || lower === 'false' ? lower : undefined;
          ctx.report({
            node: value,
            message: `"${key}" of ${paramLabel(p)} is ${JSON.stringify(value.value)}: clients only understand the exact strings "true" and "false". Use ${canonical ? `"${canonical}"` : '"true" or "false"'}.`,
            fixes: canonical ? [setFix(value, canonical, `Change to "${canonical}"`, true)] : undefined,
          });
        }
      }
    }
  },
};
