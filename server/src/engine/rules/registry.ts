// Every rule the engine runs, in the order findings are reported. One line per rule.
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
];

/** Ids of the built-in (non-rule) diagnostics, which settings may also override. */
export const BUILTIN_CODES = ['json-syntax', 'strict-json', 'duplicate-key', 'schema'] as const;

export function allCodes(): Set<string> {
  return new Set<string>([...BUILTIN_CODES, ...RULES.map(r => r.id)]);
}
