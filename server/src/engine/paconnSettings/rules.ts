// The checks of a paconn settings.json. JSON syntax findings reuse the built-in codes of apiProperties.json
// (`json-syntax`, `strict-json`, `duplicate-key`): paconn loads both files with the same strict JSON parser.
import type { Severity } from '../settings';

export const SETTINGS_RULES = {
  'settings-schema': {
    severity: 'warning',
    description: 'A member of settings.json that paconn does not read, or a value of the wrong shape (an error when it is not a string: paconn fails on it).',
  },
  'settings-file-missing': {
    severity: 'warning',
    description: 'settings.json names an apiProperties, apiDefinition, icon or script file that does not exist.',
  },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type SettingsRuleId = keyof typeof SETTINGS_RULES;
