// Metadata of the built-in codes (validation.ts), so docs, the README table and SARIF describe them like rules.
import type { RuleMeta } from './types';

export const BUILTIN_META: readonly RuleMeta[] = [
  { id: 'json-syntax', severity: 'error', category: 'json', description: 'The file is not valid JSON (missing comma, unclosed brace, truncated file).' },
  { id: 'strict-json', severity: 'error', category: 'json', description: 'Comments, trailing commas or a byte order mark, which paconn and pac reject.', fixable: true },
  { id: 'duplicate-key', severity: 'error', category: 'json', description: 'The same key twice in one object; loaders keep only the last value (a warning when every copy has the same value).' },
  { id: 'schema', severity: 'error', category: 'json', description: 'A shape the apiProperties schema does not allow (unknown member, wrong type, missing required member): an error where the constraint is a platform requirement, otherwise a warning.' },
  { id: 'file-encoding', severity: 'warning', category: 'json', description: 'The file is not valid UTF-8 (e.g. saved as Windows-1252); paconn fails on it on macOS and Linux. Command-line checker only.' },
];
