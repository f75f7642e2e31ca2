// Clients compare `required`/`hidden`/`hideInUI` with === 'true', so a JSON boolean silently does nothing.
import type { Rule } from './types';
import { constraint, paramLabel, setFix } from './util';

const KEYS = ['required', 'hidden', 'hideInUI'] as const;

/** What a JSON boolean does in clients that compare with the strings (SPEC §3.5, §6). */
function booleanEffect(key: string, value: boolean): { effect: string; harmless: boolean } {
  if (key === 'required') {
    return value
      ? { effect: 'clients that test === "true" treat the input as optional', harmless: false }
      : { effect: 'clients that treat anything but "false" as required make the input required', harmless: false };
  }
  return value
    ? { effect: 'the input is not hidden', harmless: false }
    : { effect: 'it works only because clients hide on nothing but "true"', harmless: true };
}

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
          const { effect, harmless } = booleanEffect(key, value.value);
          ctx.report({
            node: value,
            // hidden: false behaves as intended by accident (clients hide only on "true"): information, not a warning.
            severity: harmless ? 'information' : undefined,
            message: `"${key}" of ${paramLabel(p)} is the JSON boolean ${text}, but clients compare it with the string "${text}": ${effect}. Write "${text}" (in quotes).`,
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
