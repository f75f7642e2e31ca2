// `IsFirstParty` is read as the string "True"/"False" (the schema's form, and what 223 shipped connectors write).
import { getProperty } from '../ast';
import type { Rule } from './types';
import { paramLabel, setFix, show } from './util';

export const rule: Rule = {
  id: 'is-first-party-value',
  severity: 'warning',
  category: 'oauth',
  description: '`oAuthSettings.properties.IsFirstParty` is not the string "True" or "False".',
  fixable: true,
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      const value = getProperty(s.properties, 'IsFirstParty')?.valueNode;
      if (!value || value.type === 'string' && (value.value === 'True' || value.value === 'False')) continue;
      const raw = value.type === 'boolean' ? String(value.value) : value.type === 'string' ? value.value.trim().toLowerCase() : undefined;
      const canonical = raw === 'true' ? 'True' : raw === 'false' ? 'False' : undefined;
      ctx.report({
        node: value,
        message: `IsFirstParty of ${paramLabel(s.parameter)} is ${show(value)}: the platform expects the string "True" or "False" (capitalised, in quotes). ${canonical ? `Write "${canonical}".` : 'Write "False" for your own app registration.'}`,
        fixes: canonical ? [setFix(value, canonical, `Change to "${canonical}"`, true)] : undefined,
      });
    }
  },
};
